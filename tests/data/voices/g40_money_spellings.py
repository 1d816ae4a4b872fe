# Written before scoring (session 9): budgets spelled as people type them (grand, k, Swiss
# apostrophes, ",-", lakh commas, R$, words), beside other people's prices.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We can spend 8 grand on this, no more.", {"budget": ["USD 8000"]}),
    ("The budget's £3.5k ex VAT.", {"budget": ["GBP 3500"]}),
    ("Budget: CHF 12'000.", {"budget": ["CHF 12000"]}),
    ("We have 12.000,- € for the trade fair stand.", {"budget": ["EUR 12000"]}),
    ("Our budget is ₹2,50,000 for the launch video.", {"budget": ["INR 250000"]}),
    ("Budget: R$ 20.000 for the social campaign.", {"budget": ["BRL 20000"]}),
    ("Around 15K USD for the whole thing.", {"budget": ["USD 15000"]}),
    ("We were quoted $4,500 by another agency for the same work.", {}),
    ("Each banner costs us $200 to traffic.", {}),
    ("Total budget ~ $50k (incl. media).", {"budget": ["USD 50000"]}),
    ("We've set aside five thousand dollars for photography.", {"budget": ["USD 5000"]}),
    ("budget 30k eur", {"budget": ["EUR 30000"]}),
    ("Ticket price is $25 so the ads should say that.", {}),
    ("We can go up to $7,500 if the animation is included.", {"budget": ["USD 7500"]}),
    ("Budget remains unchanged at 20,000 dollars.", {"budget": ["USD 20000"]}),
    ("The shoot budget is USD 9.5k, travel included.", {"budget": ["USD 9500"]}),
]
