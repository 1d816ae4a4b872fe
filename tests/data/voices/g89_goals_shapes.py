# Written before scoring (session 10): goals in shapes other than "our goal is" (success
# looks like, the point is, we're trying to shift, KPI lines, ultimately), beside targets hit,
# a competitor's goal, a meeting's aim and a worry. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("What we really want is for people to stop thinking of us as just a bank.", {"obj": 1}),
    ("Success for us looks like 1,000 demo requests by June.", {"obj": 1}),
    ("The point of the campaign is to get lapsed members back.", {"obj": 1}),
    ("We're trying to shift the average order value up by 10%.", {"obj": 1}),
    ("KPI: cost per lead under $40.", {"obj": 1}),
    ("We hit our target last quarter.", {}),
    ("Our competitor's goal is clearly market share.", {}),
    ("Ultimately it's about getting more footfall in the January sales.", {"obj": 1}),
    ("We'd love to double newsletter sign-ups.", {"obj": 1}),
    ("The aim of the meeting is to agree the timeline.", {}),
    ("Brand awareness among under-30s is the priority this year.", {"obj": 1}),
    ("I want to make sure we don't miss the deadline.", {}),
]
