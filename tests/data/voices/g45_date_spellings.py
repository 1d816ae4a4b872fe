# Written before scoring (session 9): days spelled with stops, suffixes, ISO, week-ending and
# European habits in English ("per 15.12.", "till the 18.12"), and vague times that name no
# day. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Final artwork due Dec. 11th.", {"due": ["2026-12-11"]}),
    ("Deadline: 2026-12-18", {"due": ["2026-12-18"]}),
    ("We need the files per 15.12.", {"due": ["2026-12-15"]}),
    ("Please deliver till the 18.12 at the latest.", {"due": ["2026-12-18"]}),
    ("Launch: Thurs 10th", {"due": ["2026-12-10"]}),
    ("Copy due 11 Dec.", {"due": ["2026-12-11"]}),
    ("Sometime in the second week of January for the proofs.", {}),
    ("The mailer drops early Jan.", {}),
    ("Files by COB 12/11 please.", {"due": ["2026-12-11"]}),
    ("Can we get v2 on Weds?", {"due": ["2026-12-09"]}),
    ("Go-live is the 4th of Jan.", {"due": ["2027-01-04"]}),
    ("Deadline for the print files is Tue 15/12.", {"due": ["2026-12-15"]}),
    ("We're thinking Q1 for the relaunch.", {}),
    ("The radio spot starts airing 1/4.", {"due": ["2027-01-04"]}),
]
