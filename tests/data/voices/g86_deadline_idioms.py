# Written before scoring (session 10): office idioms for a deadline (COB, close of play, EOD,
# first thing, ahead of, aim for, the end of next week), beside vague weeks, the holidays and
# a past talk. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Need it COB Thursday.", {"due": ["2026-12-03"]}),
    ("Can we have it by close of play on the 9th?", {"due": ["2026-12-09"]}),
    ("First thing Monday morning is the latest we can take delivery.",
     {"due": ["2026-12-07"]}),
    ("Ahead of the 10th would be ideal.", {"due": ["2026-12-09"]}),
    ("No later than noon on the 9th, please.", {"due": ["2026-12-09"]}),
    ("We need the final cut by the end of next week.", {"due": ["2026-12-11"]}),
    ("Print deadline is EOD tomorrow.", {"due": ["2026-12-03"]}),
    ("Anytime before the holidays is fine.", {}),
    ("Any chance of seeing a draft tomorrow?", {"due": ["2026-12-03"]}),
    ("The mailer drops in homes the week of the 14th.", {}),
    ("Deadline's the 18th but earlier is better.", {"due": ["2026-12-18"]}),
    ("We talked on the 30th about the timings.", {}),
    ("Let's aim for the 16th for the first draft.", {"due": ["2026-12-16"]}),
]
