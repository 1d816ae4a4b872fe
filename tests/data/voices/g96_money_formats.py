# Written before scoring (session 10): how people type a sum (k and K, decimals, currency
# after, tildes, plus signs, "ish") and vague sizes that name no sum.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Budget: USD 12.5k", {"budget": ["USD 12500"]}),
    ("We have $12.5K for the video.", {"budget": ["USD 12500"]}),
    ("Budget is ~20k.", {"budget": ["USD 20000"]}),
    ("Budget around 15k-ish.", {"budget": ["USD 15000"]}),
    ("We're looking at a low five-figure budget.", {}),
    ("Budget: 8 500 €", {"budget": ["EUR 8500"]}),
    ("Our budget is £7.5k.", {"budget": ["GBP 7500"]}),
    ("Spend: $3k/month on Meta.", {"budget": ["USD 3000"]}),
    ("Budget TBC, probably mid five figures.", {}),
    ("Budget is 25,000 dollars.", {"budget": ["USD 25000"]}),
    ("We can spend CAD 6,000.", {"budget": ["CAD 6000"]}),
    ("The budget's 4 grand.", {"budget": ["USD 4000"]}),
]
