# Written before scoring (session 10): specifications said as short lines (sizes, lengths,
# file limits, paper, format), beside lines that only count things.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Banner sizes: 300x250 and 728x90.", {"req": 1}),
    ("Video should be 15 or 30 seconds.", {"req": 1}),
    ("Max file size 150KB.", {"req": 1}),
    ("Paper: 350gsm silk.", {"req": 1}),
    ("Format: A4 portrait, 8 pages.", {"req": 1}),
    ("We have 3 stores in Ohio.", {}),
    ("The team is 12 people.", {}),
    ("Our last video got 30,000 views.", {}),
    ("Copy: max 90 characters per headline.", {"req": 1}),
    ("Resolution 300 dpi minimum.", {"req": 1}),
]
