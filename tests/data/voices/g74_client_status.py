# Written before scoring (session 9): the client's own status: their part done or promised,
# their suppliers' dates, their people coming and going, beside the agency's dates said in
# the same breath. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("The product photos are done and we'll upload them Friday.", {}),
    ("The printer confirmed delivery of the brochures for Dec 18.", {"due": ["2026-12-18"]}),
    ("Legal signed off the copy this morning.", {}),
    ("Our new CMO starts on Jan 4.", {}),
    ("We're still waiting on the final prices from our supplier.", {}),
    ("I'll send the logo files tomorrow, and we need the first drafts by Dec 11.",
     {"due": ["2026-12-11"]}),
    ("The store fit-out finishes on Jan 8, so the window graphics go up Jan 9.",
     {"due": ["2027-01-09"]}),
    ("Our team has reviewed everything and has no comments.", {}),
    ("The board approved the budget of $75,000 yesterday.", {"budget": ["USD 75000"]}),
    ("FYI the warehouse is closed on Dec 26.", {}),
]
