# Written before scoring (session 9): European learners of English (Italian, Portuguese, Dutch,
# Polish habits): "until" for "by", "for the 12.", "in the next days", "I ask you to", "it
# would be perfect to have", "kindly note". Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Please can you send us the offer until Friday?", {"due": ["2026-12-04"]}),
    ("We would need the files for the 12.", {"due": ["2026-12-12"]}),
    ("Kindly note that the logo has to be placed on right side.", {"req": 1}),
    ("I ask you to change the colour of the title in dark blue.", {"cr": 1}),
    ("We are expecting the proposal in the next days.", {}),
    ("It would be perfect to have it within the 10th of January.", {"due": ["2027-01-10"]}),
    ("Is it possible to put the text more big?", {"cr": 1}),
    ("For us is important that the photos are of real clients, not stock.", {"req": 1}),
    ("We have a budget of around 8.000 euro for this.", {"budget": ["EUR 8000"]}),
    ("Our director would like to arrive to more young people with this campaign.", {"obj": 1}),
    ("I remain at your disposal for any question.", {}),
    ("Please take in consideration that the leaflet must be in two languages.", {"req": 1}),
    ("We thought to make the event on 20 January.", {}),
    ("The delivery must be done at latest on 15 of December.", {"due": ["2026-12-15"]}),
]
