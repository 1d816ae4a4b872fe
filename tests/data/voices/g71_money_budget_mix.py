# Written before scoring (session 9): budgets said as limits, complaints, counter-offers and
# accepted quotes, beside prices, deposits and last year's costs.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We can't go above 10k.", {"budget": ["USD 10000"]}),
    ("Max spend per month: $2,500.", {"budget": ["USD 2500"]}),
    ("The quote came in at $8,400, which is fine.", {"budget": ["USD 8400"]}),
    ("That's way over our 5k budget.", {"budget": ["USD 5000"]}),
    ("Could you do it for $6k?", {"budget": ["USD 6000"]}),
    ("Each video is $1,500.", {}),
    ("We've already paid the $2,000 deposit.", {}),
    ("The stand cost 20k last year.", {}),
    ("We'd like to keep production under $15,000 and media under $35,000.",
     {"budget": ["USD 15000", "USD 35000"]}),
    ("Our annual revenue is around $4M.", {}),
    ("Happy to approve $3,200 for the extra photography.", {"budget": ["USD 3200"]}),
    ("The tickets will sell for $35.", {}),
]
