# Written before scoring (session 10): first lines written like subjects (a label, a dash, an
# ask), beside labels that ask nothing. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Re the flyer - need it Thursday", {"due": ["2026-12-03"]}),
    ("Flyer: bigger logo pls", {"cr": 1}),
    ("Budget update: now $6k", {"budget": ["USD 6000"]}),
    ("Quick update on the shoot", {}),
    ("Banners - swap the photo on the 2nd one", {"cr": 1}),
    ("Newsletter: looks great", {}),
]
