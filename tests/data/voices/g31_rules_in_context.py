# Written before scoring (session 8): sentences a client writes in the middle of a mail that
# sound like rules and set none (importance, people, money process, errands, closures),
# beside rules of the work said as plainly. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("It's really important that we hit the January 8 date, the whole team is counting on it.",
     {"due": ["2027-01-08"]}),
    ("We need three banner sizes: 300x250, 728x90 and 160x600.", {"req": 1}),
    ("Our legal team is swamped this week, so approvals might take a few extra days.", {}),
    ("Everyone here needs a break after this launch!", {}),
    ("The brand team has to sign off on anything with the new logo.", {"req": 1}),
    ("We should probably talk about next year's plan.", {}),
    ("I need the invoice split into two POs.", {}),
    ("It's important to me that you know how much we appreciate the work.", {}),
    ("Accessibility matters to us: all videos need captions.", {"req": 1}),
    ("The colours must match the printed catalogue exactly.", {"req": 1}),
    ("We need to get this right, it's our biggest launch of the year.", {}),
    ("Please note our office will be closed on December 24.", {}),
    ("Note: the hero image has to be royalty-free.", {"req": 1}),
    ("We'll need you to sign an NDA before the kickoff.", {}),
    ("Our guidelines say the logo can't be smaller than 1 inch.", {"req": 1}),
    ("Legal has to be in the loop on anything that mentions pricing.", {"req": 1}),
    ("Sorry, I have to run to another meeting.", {}),
    ("Should we loop in our PR agency?", {}),
]
