# Written before scoring (session 10): budgets in other currencies and their marks (AUD, R$,
# yen, CHF with an apostrophe, NZ$, lakh rupees). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Budget: AUD 12,000", {"budget": ["AUD 12000"]}),
    ("We have R$ 20.000 for this.", {"budget": ["BRL 20000"]}),
    ("Budget ¥500,000.", {"budget": ["JPY 500000"]}),
    ("CHF 8'000 is our budget.", {"budget": ["CHF 8000"]}),
    ("We've got NZ$5k for the campaign.", {"budget": ["NZD 5000"]}),
    ("Budget is 2 lakh rupees.", {"budget": ["INR 200000"]}),
    ("Our budget is 40.000 SEK.", {"budget": ["SEK 40000"]}),
]
