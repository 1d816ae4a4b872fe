# Written before scoring (session 10): ranges and caps typed many ways (between, a dash, a
# "to", a range noun, not a penny over, max after, up to about, ten grand), beside prices.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Budget is between 5 and 8k.", {"budget": ["USD 8000"]}),
    ("We're thinking $5k to $8k for the video.", {"budget": ["USD 8000"]}),
    ("Somewhere in the 10-15k range for the site.", {"budget": ["USD 15000"]}),
    ("Not a penny over £3k.", {"budget": ["GBP 3000"]}),
    ("5k max for the photography.", {"budget": ["USD 5000"]}),
    ("We can go up to about 7k.", {"budget": ["USD 7000"]}),
    ("No more than ten grand for the whole thing.", {"budget": ["USD 10000"]}),
    ("Tickets are $20 to $35.", {}),
    ("The jackets retail between $120 and $180.", {}),
    ("Budget of 12-15K EUR.", {"budget": ["EUR 15000"]}),
]
