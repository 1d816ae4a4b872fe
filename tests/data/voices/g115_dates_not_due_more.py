# Written before scoring (session 10): dates that set no deadline for the agency (closures,
# leave, a financial year, an offer's end, a competition's close, payment terms, availability,
# a move), beside one that does. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We're closed from 24 Dec to 2 Jan.", {}),
    ("My maternity leave starts 15 January.", {}),
    ("Our financial year ends 31 March.", {}),
    ("The offer is valid until 31 January.", {}),
    ("The competition closes on 20 December.", {}),
    ("Payment is due 30 days from invoice.", {}),
    ("The webinar recording will be available from the 10th.", {}),
    ("We moved into the new office on the 1st.", {}),
    ("The posters for the competition need to be up by 10 December.", {"due": ["2026-12-10"]}),
    ("Our new CEO starts on January 4.", {}),
]
