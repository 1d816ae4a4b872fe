# Written before scoring (session 10): money said while haggling (a counter-offer, a ceiling,
# a pot, earmarked sums, spelled-out amounts), beside quotes, deposits, past fees and prices.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Could you do the whole thing for 8k?", {"budget": ["USD 8000"]}),
    ("The best we can do is $11,000 all in.", {"budget": ["USD 11000"]}),
    ("Our ceiling for this is €25k.", {"budget": ["EUR 25000"]}),
    ("We've earmarked about $3,000 for the photography.", {"budget": ["USD 3000"]}),
    ("Your quote of $14,200 is more than we expected.", {}),
    ("If you can bring it under $9k we'll sign tomorrow.", {"budget": ["USD 9000"]}),
    ("Last year's agency charged us $6,500 for the same job.", {}),
    ("We'll pay the 50% deposit once the PO is raised.", {}),
    ("There's an extra $2k in the pot if we add the video.", {"budget": ["USD 2000"]}),
    ("Our finance team approved a budget of forty thousand dollars.",
     {"budget": ["USD 40000"]}),
    ("The ticket price is $35 per person.", {}),
    ("Spend is capped at 2.5k per month on LinkedIn.", {"budget": ["USD 2500"]}),
]
