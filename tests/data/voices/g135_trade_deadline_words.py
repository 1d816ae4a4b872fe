# Written before scoring (session 10): publishing, retail and direct-mail deadline words (ad
# close, materials due, space booking, on-sale, street date, in-home date, drop date), beside
# an embargo. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Ad close for the March issue is Jan 15.", {"due": ["2027-01-15"]}),
    ("Materials due to the publisher Jan 20.", {"due": ["2027-01-20"]}),
    ("Space booking deadline: Dec 18.", {"due": ["2026-12-18"]}),
    ("On-sale date is Feb 1.", {"due": ["2027-02-01"]}),
    ("Street date is Feb 1.", {"due": ["2027-02-01"]}),
    ("In-home date: Jan 8.", {"due": ["2027-01-08"]}),
    ("Drop date for the DM is Jan 5.", {"due": ["2027-01-05"]}),
    ("The embargo lifts at 9am on Jan 12.", {}),
]
