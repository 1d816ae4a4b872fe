# Written before scoring (session 8): chat-style lines typed on a phone, no capitals or full
# stops. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("logo bigger pls", {"cr": 1}),
    ("need it by thurs", {"due": ["2026-12-03"]}),
    ("budget 5k max", {"budget": ["USD 5000"]}),
    ("no red!!", {"req": 1}),
    ("thx!", {}),
    ("can u swap pic 2 for the beach one", {"cr": 1}),
    ("cta -> Shop now", {"cr": 1}),
    ("move shoot to 12/15", {"cr": 1, "due": ["2026-12-15"]}),
    ("all good, send to print", {}),
    ("price shd be 49 not 59", {"cr": 1}),
    ("also need a square version for insta", {"cr": 1}),
    ("pls keep under 30 sec", {"req": 1}),
    ("got it ty", {}),
    ("deadline mon 14th", {"due": ["2026-12-14"]}),
    ("20k total for both phases", {"budget": ["USD 20000"]}),
    ("hate the font tbh, something cleaner?", {"cr": 1}),
    ("on a call, will reply later", {}),
    ("goal = 500 signups", {"obj": 1}),
    ("pls drop the 2nd para", {"cr": 1}),
]
