# Written before scoring (session 10): goals in idioms (count it a win, the measure of
# success, move the needle, drive people to, bums on seats, sell out, fill the rooms),
# beside the same idioms about the agency's work. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We'd count it a win if 300 people signed up.", {"obj": 1}),
    ("The measure of success is repeat bookings.", {"obj": 1}),
    ("We need to move the needle on brand awareness in Texas.", {"obj": 1}),
    ("The campaign should drive people to the new store.", {"obj": 1}),
    ("Basically we need bums on seats for the February shows.", {"obj": 1}),
    ("We want the gala to sell out.", {"obj": 1}),
    ("The aim is to fill the rooms midweek in January.", {"obj": 1}),
    ("The new layout is a real win.", {}),
    ("Drive safely over the holidays!", {}),
    ("The seats for the launch event are booked.", {}),
    ("Our last show sold out in two days.", {}),
    ("I'd count the first round a success.", {}),
]
