# Written before scoring (session 10): charities, foundations and councils: appeals, grants,
# funders' rules, boards, volunteers; beside meetings, past results and money raised.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Our annual appeal mails on December 28, so the letter needs to be final by the 18th.",
     {"due": ["2026-12-18", "2026-12-28"]}),
    ("The board meets on January 12 to approve the annual report design.", {}),
    ("Our restricted gift covers up to $12,000 for the campaign.", {"budget": ["USD 12000"]}),
    ("All materials must carry the funder's logo and the line 'Supported by the Hale "
     "Foundation'.", {"req": 1}),
    ("The city's accessibility policy requires every PDF to be tagged for screen readers.",
     {"req": 1}),
    ("We aim to recruit 300 new volunteers by the end of spring.", {"obj": 1}),
    ("Donations were up 14% last year thanks to your video.", {}),
    ("Please could the donate button be moved above the fold.", {"cr": 1}),
    ("We can't spend more than $4,500 from this year's comms line.", {"budget": ["USD 4500"]}),
    ("The council's consultation closes on 19 January.", {}),
    ("Our gala is on February 6 and the invitations must go out four weeks before.",
     {"due": ["2027-01-09"]}),
    ("The trustees would like the annual report to feel less corporate.", {"cr": 1}),
    ("Volunteers will hand out flyers at the market on Saturday.", {}),
    ("Our goal is to raise $250,000 for the new shelter.", {"obj": 1}),
]
