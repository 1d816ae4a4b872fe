# Written before scoring (session 10): goals said with "must" and "need to" (they are the aim,
# not a rule of the work), beside rules said the same way. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("The ads must drive at least 500 sign-ups.", {"obj": 1}),
    ("We need to reach 10,000 people in the first month.", {"obj": 1}),
    ("We must beat last year's sales by 5%.", {"obj": 1}),
    ("It has to feel premium.", {"req": 1}),
    ("The ads must carry the AdChoices icon.", {"req": 1}),
    ("We need to grow the email list to 20,000 by spring.", {"obj": 1}),
    ("The landing page must load in under 2 seconds.", {"req": 1}),
    ("This campaign has to bring in new customers, not just loyal ones.", {"obj": 1}),
]
