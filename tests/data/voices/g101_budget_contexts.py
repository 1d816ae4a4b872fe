# Written before scoring (session 10): money the client commits in office words (costed at, a
# PO raised, sign-off for, finance approved, our share, we'll cover), beside money of others,
# salaries and refunds. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("The job is costed at $7,800 on our side.", {"budget": ["USD 7800"]}),
    ("A PO for $5,200 has been raised for the brochure.", {"budget": ["USD 5200"]}),
    ("We've got sign-off for $12k.", {"budget": ["USD 12000"]}),
    ("Finance approved $4,000 for the extra shoot day.", {"budget": ["USD 4000"]}),
    ("Our share of the co-op ad is $2,500.", {"budget": ["USD 2500"]}),
    ("We'll cover $1,000 of the printing cost.", {"budget": ["USD 1000"]}),
    ("The photographer's day rate is $1,800.", {}),
    ("We got a $300 refund from the printer.", {}),
    ("The new hire's salary is $65,000.", {}),
    ("Our competitor spent $2M on their launch.", {}),
    ("The venue deposit of $1,500 was paid last week.", {}),
    ("We can put $6k towards the video.", {"budget": ["USD 6000"]}),
]
