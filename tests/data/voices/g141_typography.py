# Written before scoring (session 10): the same asks and facts typed differently (capitals,
# exclamation marks, emoji, no-break and zero-width spaces, curly quotes, tabs, dashes, bullet
# characters, no space after a colon). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("PLEASE SEND THE FINAL FILES BY FRIDAY.", {"due": ["2026-12-04"]}),
    ("Please send the final files by Friday!!!", {"due": ["2026-12-04"]}),
    ("Please send the final files by Friday \U0001F64F", {"due": ["2026-12-04"]}),
    ("Please send the final files by\u00a0Friday.", {"due": ["2026-12-04"]}),
    ("Please send the final files by Friday\u200b.", {"due": ["2026-12-04"]}),
    ("Could you make the logo \u201cbigger\u201d?", {"cr": 1}),
    ("Budget:\t$5,000", {"budget": ["USD 5000"]}),
    ("Budget \u2014 $5,000", {"budget": ["USD 5000"]}),
    ("CAN YOU MAKE THE LOGO BIGGER", {"cr": 1}),
    ("can you make the logo bigger", {"cr": 1}),
    ("Deadline: Fri 4th Dec", {"due": ["2026-12-04"]}),
    ("deadline:friday", {"due": ["2026-12-04"]}),
    ("The budget is USD5000.", {"budget": ["USD 5000"]}),
    ("Budget = 5k", {"budget": ["USD 5000"]}),
    ("\u27a2 Swap the hero image", {"cr": 1}),
    ("\u2714 Approved", {}),
]
