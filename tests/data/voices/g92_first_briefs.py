# Written before scoring (session 10): first briefs from clients in several trades, each with
# its dates, money, rules and goals in running prose (requests in a first brief are no change
# requests: there is no agreed work yet). Dressed as a mail from kim@client.example, sent
# Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hi Sam,

We're opening our second bakery in Hoboken and need a launch pack: a window poster, a flyer and three Instagram posts. Opening day is January 16, so everything needs to be with us by January 8. We have about $4,000 for the lot. Please only use photos of our own bread, no stock. The main thing is to get the neighbourhood through the door in the first week.

Thanks,
Kim
"""}, {"due": ["2027-01-08"], "budget": ["USD 4000"], "req": 1, "obj": 1}),
    ({"body": """Sam,

Brief for the Q1 webinar series below.

Three webinars, one a month from January. Registration pages and a 3-email invite sequence for each. The first invite goes out December 15. Budget is 9,500 USD including paid promotion. All emails must comply with CASL since half our list is Canadian. We want 400 registrations per webinar.

Kim
"""}, {"due": ["2026-12-15"], "budget": ["USD 9500"], "req": 1, "obj": 1}),
    ({"body": """Hello Sam,

Our firm is sponsoring the regional law conference on February 4 and we need a roll-up banner and a one-page handout. The bar association's rules mean we cannot use client testimonials. We'd like the banner to be delivered to our office by January 27. Nothing fancy, we're thinking around $1,500.

Best,
Kim
"""}, {"due": ["2027-01-27"], "budget": ["USD 1500"], "req": 1}),
    ({"body": """Hi Sam, quick brief for the spring menu.

New menu cards for both restaurants, A4 and A5 versions. Allergens have to be marked on every dish. Printed menus need to be in the restaurants before March 1. Budget max $2,200.

Kim
"""}, {"due": ["2027-02-28"], "budget": ["USD 2200"], "req": 1}),
]
