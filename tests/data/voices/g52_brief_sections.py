# Written before scoring (session 9): briefs written in labelled sections (Background,
# Objective, Audience, Mandatories, Budget, Timing), with the past in the background.
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: a full brief in sections
    ({"body": """Hi Sam,

Brief for the spring push below.

Background: last spring we ran a $20k campaign that launched March 3 and did OK.

Objective: 25% more online bookings than last spring.

Audience: young families within 30 minutes of our parks.

Mandatories: park map on every piece; booking URL in the first frame of every video.

Budget: $35,000 all in.

Timing: creative by Jan 15, live Feb 22.

Thanks,
Kim
"""}, {"obj": 1, "req": 1, "budget": ["USD 35000"], "due": ["2027-01-15", "2027-02-22"]}),
    # 1: KPIs as a list
    ({"body": """KPIs:
- 10,000 app downloads
- 4.5 star rating
- CPI under $2

Launch date Jan 11.
"""}, {"obj": 3, "due": ["2027-01-11"]}),  # labelled 2 when written; each KPI is one (a bullet)
    # 2: a heading with no items under it and a question
    ({"body": """Objective

We're still working this out internally, will confirm next week.

Any thoughts on timing?

Kim
"""}, {}),
    # 3: deliverables and a budget line with a range
    ({"body": """Deliverables: 2 x 30s radio, 4 x social cutdowns.
Budget: 15-20k.
Deadline: Jan 8.
"""}, {"budget": ["USD 20000"], "due": ["2027-01-08"]}),
    # 4: a brief that says what not to do
    ({"body": """Hi Sam,

A few don'ts for the new campaign:
No price claims.
No comparison with competitors.
Don't use the old tagline.

Thanks
"""}, {"req": 3}),
]
