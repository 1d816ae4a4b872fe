# Written before scoring (session 10): several deadlines of one job in one sentence (rounds,
# proofs, finals, print), beside a sentence of dates past. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Proofs by the 8th, final files by the 15th, and print on the 18th.",
     {"due": ["2026-12-08", "2026-12-15", "2026-12-18"]}),
    ("Round 1 on Dec 9, round 2 on Dec 14.", {"due": ["2026-12-09", "2026-12-14"]}),
    ("We met on the 20th and the 27th of November.", {}),
    ("Copy deadline Dec 10, design deadline Dec 17.", {"due": ["2026-12-10", "2026-12-17"]}),
    ("The teaser goes out on the 7th and the full campaign on the 14th.",
     {"due": ["2026-12-07", "2026-12-14"]}),
]
