# Written before scoring (session 8): budgets as briefs state them (ranges, tentative
# figures, lines per channel, totals for a year), beside money that is no budget (a media
# metric, a share of spend, a day rate, quantities, last quarter's spend, a per-head price).
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We're thinking $25-30k all in.", {"budget": ["USD 30000"]}),
    ("Budget hasn't been confirmed yet, but assume around 20k.", {"budget": ["USD 20000"]}),
    ("Production budget: $8,000. Media: $12,000.", {"budget": ["USD 12000", "USD 8000"]}),
    ("Our CPM target is $12.", {}),
    ("We'd like to keep agency fees under 15% of spend.", {}),
    ("The photographer's day rate is $2,500.", {}),
    ("Please quote for 5,000 and 10,000 copies.", {}),
    ("Last quarter's ad spend was $60k.", {}),
    ("Total investment for the year: £120,000.", {"budget": ["GBP 120000"]}),
    ("We can only afford about 3 grand for this.", {"budget": ["USD 3000"]}),
    ("Think mid-five figures.", {}),
    ("Our CFO signed off on €22,500 for phase one.", {"budget": ["EUR 22500"]}),
    ("Each influencer gets $500.", {}),
    ("For paid social we've earmarked 7.5k per month.", {"budget": ["USD 7500"]}),
]
