# Written before scoring (session 8): money a careful reader keeps apart from the budget, and
# budgets in spellings the earlier grids lack. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We have $3.5K for the flyers.", {"budget": ["USD 3500"]}),
    ("Budget: USD 12,500.00", {"budget": ["USD 12500"]}),
    ("Budget is TBD until our board meets on the 9th.", {}),
    ("Last year we spent about $40k on this event.", {}),
    ("Each flyer costs $0.40 to print.", {}),
    ("The prize for the contest winner is a $500 gift card.", {}),
    ("We can go up to 10k on this.", {"budget": ["USD 10000"]}),
    ("Somewhere between 8 and 10 thousand dollars.", {"budget": ["USD 10000"]}),
    ("Tickets are $25 each.", {}),
    ("Please keep production under $7,500.", {"budget": ["USD 7500"]}),
    ("We've set aside roughly 15 grand for social.", {"budget": ["USD 15000"]}),
    ("The quote you sent ($9,800) is approved.", {"budget": ["USD 9800"]}),
    ("Our revenue target for Q1 is $2M.", {}),
    ("Media spend will be CHF 45'000.", {"budget": ["CHF 45000"]}),
    ("The client has allocated €18k to the relaunch.", {"budget": ["EUR 18000"]}),
    ("Could you invoice us the $2,400 by Friday?", {}),
    ("Our budget got cut from $50k to $35k.", {"budget": ["USD 35000"]}),
    ("We're looking at a budget in the low five figures.", {}),
]
