# Written before scoring (session 9): very terse replies and one long rambling mail with asks
# buried in its paragraphs. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Fine.", {}),
    ("Go.", {}),
    ("Bigger.", {"cr": 1}),
    ("Not this one. The other.", {}),
    ("Logo left pls", {"cr": 1}),
    ("Thurs ok?", {}),
    ("Fri latest", {"due": ["2026-12-04"]}),
    ("Budget 12k", {"budget": ["USD 12000"]}),
    ("No caps in the headline", {"req": 1}),
    ("Make it pop", {"cr": 1}),
]
