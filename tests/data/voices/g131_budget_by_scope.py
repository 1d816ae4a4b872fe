# Written before scoring (session 10): money said through the scope it buys or the freedom it
# gives (in total, whatever you can do for, how you split), beside a flexible budget named
# with no sum. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We can afford one video and two banners, around $9k in total.", {"budget": ["USD 9000"]}),
    ("Whatever you can do for $2,500.", {"budget": ["USD 2500"]}),
    ("Up to you how you split the $10k.", {"budget": ["USD 10000"]}),
    ("Budget-wise we're flexible.", {}),
    ("Price isn't an issue.", {}),
    ("We've set aside 3,500 dollars for the launch video.", {"budget": ["USD 3500"]}),
    ("All in, we shouldn't go past $20,000.", {"budget": ["USD 20000"]}),
    ("The photographer charges $1,200 a day.", {}),
]
