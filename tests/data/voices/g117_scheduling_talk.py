# Written before scoring (session 10): scheduling talk (calls, invites, check-ins moved) beside
# the work's own dates moved. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Does Tuesday the 8th at 10 work for a call?", {}),
    ("I've sent an invite for Thursday.", {}),
    ("Let's push our check-in to next week.", {}),
    ("Can we move the review meeting to Friday?", {}),
    ("The shoot has moved to the 9th.", {"cr": 1, "due": ["2026-12-09"]}),
    ("Please move the launch to the 15th.", {"cr": 1, "due": ["2026-12-15"]}),
    ("Our weekly sync is now on Wednesdays.", {}),
    ("Could we bring the print date forward to the 7th?", {"cr": 1, "due": ["2026-12-07"]}),
    ("I'll be free after 3 on Monday if you want to talk.", {}),
    ("The go-live slips to January 18.", {"cr": 1, "due": ["2027-01-18"]}),
]
