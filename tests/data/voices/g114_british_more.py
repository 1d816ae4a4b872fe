# Written before scoring (session 10): British office English (pop on, Thursday week, w/c, close
# of play, "we've a budget", ta), beside their look-alikes. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Could you pop the new strapline on?", {"cr": 1}),
    ("Cheers, can we have it by Thursday week?", {"due": ["2026-12-10"]}),
    ("We've a budget of £4k for this.", {"budget": ["GBP 4000"]}),
    ("It needs to go to print w/c 14th.", {}),
    ("Ta, that's brilliant.", {}),
    ("Can you send over the artwork by close of play tomorrow?", {"due": ["2026-12-03"]}),
    ("I'm on annual leave w/c 21st.", {}),
    ("Shall we have a quick natter on Monday?", {}),
    ("The font's a bit naff, can we try something cleaner?", {"cr": 1}),
    ("Spend is capped at £2.5k.", {"budget": ["GBP 2500"]}),
]
