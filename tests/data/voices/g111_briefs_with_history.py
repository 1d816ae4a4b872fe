# Written before scoring (session 10): briefs that open with the company's story (years,
# past campaigns, revenue, awards) before the asks: only the asks are this job's facts.
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hi Sam,

A bit of background first. We started in 2009 with one shop and now have twelve. Our 2024 rebrand cost about $60,000 and won a regional design award in March 2025. Revenue last year was $4.2M.

For 2027 we want a refreshed loyalty programme launch. We need a landing page, an email and in-store posters, all live by February 1. The budget is $14,000. Every piece must mention that points never expire. We want 2,000 members to join in the first month.

Thanks,
Kim
"""}, {"due": ["2027-02-01"], "budget": ["USD 14000"], "req": 1, "obj": 1}),
    ({"body": """Sam,

Some context: last spring's campaign ran from April 3 to May 15 and brought in 340 leads, but we overspent by $5k.

This time: two LinkedIn ads and a one-pager for the sales team by January 15. We have $6,500. No stock photography.

Kim
"""}, {"due": ["2027-01-15"], "budget": ["USD 6500"], "req": 1}),
]
