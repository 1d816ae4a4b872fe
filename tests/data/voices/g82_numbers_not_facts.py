# Written before scoring (session 10): numbers that are neither dates nor money to spend
# (versions, addresses, phones, units, rooms, codes, flights, results), and two that are asks.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We're on version 2.3 of the app now.", {}),
    ("The headline is 10x better than before.", {}),
    ("Page 12 has a typo in the second paragraph.", {"cr": 1}),
    ("Our store at 1200 Market St reopens after the refit.", {}),
    ("Call me on 020 7946 0018 after 3.", {}),
    ("We sold 3,400 units in November.", {}),
    ("Room 4.12 is booked for the workshop.", {}),
    ("The 2027 catalogue needs 48 pages.", {"req": 1}),
    ("Ref: PO 45-2026-118", {}),
    ("Our Q3 revenue was $1.2M.", {}),
    ("The promo code SAVE20 gives 20% off until Dec 31.", {}),
    ("Flight BA 117 lands at 14:05 on the 9th.", {}),
    ("We had 12 people at the workshop on the 1st.", {}),
]
