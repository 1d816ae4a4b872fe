# Written before scoring (session 8): objectives in more voices, beside results reported,
# personal aims and idioms. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We're hoping to sell out the gala (400 seats).", {"obj": 1}),
    ("Ideally this drives foot traffic to the new store.", {"obj": 1}),
    ("KPIs: CTR above 2%, CPA under $40.", {"obj": 1}),
    ("We want to be top of mind when people think about HVAC.", {"obj": 1}),
    ("The point is to get people to download the app.", {"obj": 1}),
    ("Main thing: more bookings in January.", {"obj": 1}),
    ("We're trying to win back lapsed customers.", {"obj": 1}),
    ("Success = 200 demo requests.", {"obj": 1}),
    ("The campaign should generate at least 500 leads.", {"obj": 1}),
    ("We hit our target last quarter.", {}),
    ("Sales were up 10% in November.", {}),
    ("The goal posts have moved again, sorry.", {}),
    ("My aim is to reply to everyone by Friday.", {}),
    ("Our mission statement is on the website.", {}),
    ("Our target audience is parents of teens.", {}),
]
