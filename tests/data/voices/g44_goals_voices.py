# Written before scoring (session 9): what the work is for, in the words of owners, marketers
# and non-profits, beside goals of meetings, of the past and of other people.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We want people to stop thinking of us as just a bakery.", {"obj": 1}),
    ("Success looks like 300 RSVPs for the open day.", {"obj": 1}),
    ("KPI: CTR above 2% on the paid social.", {"obj": 1}),
    ("Honestly we just need more bums on seats for the spring classes.", {"obj": 1}),
    ("The whole point is to get the new app in front of commuters.", {"obj": 1}),
    ("The goal of Thursday's call is to agree the scope.", {}),
    ("Last year the campaign grew sales by 20%.", {}),
    ("Our competitor is trying to win the student market.", {}),
    ("We'd like to double our newsletter list by summer.", {"obj": 1}),
    ("This is about getting donors to give monthly instead of once.", {"obj": 1}),
    ("I want to make sure we're all on the same page.", {}),
    ("Target: 1,000 test drives booked in January.", {"obj": 1}),
    ("We're hoping to reposition the brand as premium.", {"obj": 1}),
    ("Our aim is to have the files to you by Friday.", {}),
]
