# Written before scoring (session 9): money that is not a budget (targets, retail prices, past
# raises, invoices, prizes, fees per post) beside budgets in the same words.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Our CPM target is $12.", {}),
    ("The bike retails at $1,299.", {}),
    ("We raised $40k at last year's gala.", {}),
    ("Your invoice of $3,200 is approved.", {}),
    ("Tickets are $45 each.", {}),
    ("The prize is a $500 voucher.", {}),
    ("We pay our influencers $300 a post.", {}),
    ("The client has signed off 60k for phase 2.", {"budget": ["USD 60000"]}),
    ("We have approx. 25.000 EUR for the whole activation.", {"budget": ["EUR 25000"]}),
    ("Media: $30k, production: $12k.", {"budget": ["USD 12000", "USD 30000"]}),
    ("We'd like to keep the total under $18,000.", {"budget": ["USD 18000"]}),
    ("The new store cost us $2M to build.", {}),
    ("Please quote for 5,000 flyers.", {}),
    ("Our average order is about $85.", {}),
    ("There's $5k left in the Q4 budget we'd like to use on this.", {"budget": ["USD 5000"]}),
]
