# Written before scoring (session 9): dates in client mail that set no deadline for the work
# (quarters, data cut-offs, offers, store hours, travel, closures, contracts, payments),
# beside a few that do. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Our Q4 ends Dec 31.", {}),
    ("The data is as of Nov 30.", {}),
    ("Prices valid until Dec 31.", {}),
    ("Offer ends Jan 15, so make that clear in the copy.", {}),
    ("Store hours on Dec 24 are 9 to 3.", {}),
    ("My flight lands on the 8th, I'll call you after.", {}),
    ("We close for inventory on Jan 2.", {}),
    ("The contract runs until June 30.", {}),
    ("Our new fiscal year starts Feb 1.", {}),
    ("Please note we're closed Dec 24 to Jan 1.", {}),
    ("The sale starts Dec 26, so the ads need to run from Dec 20.", {"due": ["2026-12-20"]}),
    ("The invoice dated Dec 1 is due Dec 31.", {}),
    ("Happy to chat on the 10th.", {}),
    ("The pop-up shop opens Dec 12 and we need the signage installed by Dec 10.",
     {"due": ["2026-12-10"]}),
]
