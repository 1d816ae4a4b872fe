# Written before scoring (session 9): hotels, restaurants and venues: menus changing, spas
# opening, bookings, rates, seasons. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We need the Valentine's menu design by Jan 25.", {"due": ["2027-01-25"]}),
    ("The spa opens Feb 1 and we want the launch emails out a week before.",
     {"due": ["2027-01-25"]}),
    ("We're fully booked through Jan 3.", {}),
    ("Room rates must never appear in the ads.", {"req": 1}),
    ("Could you swap the pool photo for the rooftop bar?", {"cr": 1}),
    ("Our chef changes the tasting menu every season.", {}),
    ("We'd love to fill the hotel midweek in January and February.", {"obj": 1}),
    ("The brunch promo runs Sundays only.", {}),
    ("Check-in is from 3pm.", {}),
    ("Photos must show real guests, no models.", {"req": 1}),
    ("Budget is $4k per property, across 3 properties.", {"budget": ["USD 4000"]}),
    ("The new terrace menu launches on the 15th.", {"due": ["2026-12-15"]}),
]
