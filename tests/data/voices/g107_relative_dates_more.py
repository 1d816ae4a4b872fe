# Written before scoring (session 10): deadlines counted from the day of the mail (a
# fortnight, a week Friday, Monday week, the Friday after next, within ten days, by the start
# of next month), beside vague ones. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We need it in a fortnight.", {"due": ["2026-12-16"]}),
    ("Two weeks from today is the deadline.", {"due": ["2026-12-16"]}),
    ("Could we have it by the Friday after next?", {"due": ["2026-12-11"]}),
    ("The files are due within the next ten days.", {"due": ["2026-12-12"]}),
    ("Please have everything ready by the start of next month.", {"due": ["2027-01-01"]}),
    ("No later than next Wednesday, please.", {"due": ["2026-12-09"]}),
    ("Before the end of the week would be great.", {"due": ["2026-12-04"]}),
    ("Sometime in the new year is fine.", {}),
    ("In the coming weeks we'll share more.", {}),
    ("A couple of weeks ago we sent the logo.", {}),
    ("We need the banners a week from tomorrow.", {"due": ["2026-12-10"]}),
    ("The deadline is in three days.", {"due": ["2026-12-05"]}),
]
