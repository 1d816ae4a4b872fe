# Written before scoring (session 10): text-message English (abbreviations, no articles, 2 for
# too, # for number). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("ok go", {}),
    ("pls chg date to 12/18", {"cr": 1, "due": ["2026-12-18"]}),
    ("logo 2 small", {"cr": 1}),
    ("need by 2moro", {"due": ["2026-12-03"]}),
    ("budget 5k max", {"budget": ["USD 5000"]}),
    ("no red pls", {"req": 1}),
    ("add tel # to footer", {"cr": 1}),
    ("dont use the old pic", {"req": 1}),
    ("thx!! lgtm", {}),
    ("can u call me l8r", {}),
    ("headline 2 long, pls shorten", {"cr": 1}),
    ("files by fri pls", {"due": ["2026-12-04"]}),
]
