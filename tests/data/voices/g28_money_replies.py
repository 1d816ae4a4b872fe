# Written before scoring (session 8): money in replies to the agency's proposals and quotes:
# agreed fees, counter-offers, caps, totals beside money spent, and money that is no budget.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Yes, $12k works for us.", {"budget": ["USD 12000"]}),
    ("Can we do it for 10k instead?", {"budget": ["USD 10000"]}),
    ("That's more than we budgeted.", {}),
    ("We'll go with the $15,000 option.", {"budget": ["USD 15000"]}),
    ("The quote is too high; we can do $9,500 max.", {"budget": ["USD 9500"]}),
    ("We've already spent $3,000 of the $10,000.", {"budget": ["USD 10000"]}),
    ("Budget: 10-12k.", {"budget": ["USD 12000"]}),
    ("Somewhere around the 20 mark.", {}),
    ("The media budget is separate, around $40,000.", {"budget": ["USD 40000"]}),
    ("Our annual revenue is $4M.", {}),
    ("The competitor spent $1M on their Super Bowl spot.", {}),
    ("Each extra size costs $150, right?", {}),
    ("We can stretch to $14k if the animation is included.", {"budget": ["USD 14000"]}),
    ("Please keep it under 5 grand.", {"budget": ["USD 5000"]}),
    ("Total spend for Q1: €45.000", {"budget": ["EUR 45000"]}),
    ("Budget is £8,000 ex VAT.", {"budget": ["GBP 8000"]}),
]
