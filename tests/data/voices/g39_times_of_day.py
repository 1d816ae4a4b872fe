# Written before scoring (session 9): deadlines with a time of day or a zone beside them, and
# times that are meetings or absences. Sent Wed 2 Dec 2026, 10:00 (New York).
GRID = [
    ("Please send the final cut by 5pm ET on Friday.", {"due": ["2026-12-04"]}),
    ("We need it EOD tomorrow.", {"due": ["2026-12-03"]}),
    ("Deadline: Monday 9am sharp.", {"due": ["2026-12-07"]}),
    ("Files due 12/14 @ noon.", {"due": ["2026-12-14"]}),
    ("Can you have it ready first thing Tuesday?", {"due": ["2026-12-08"]}),
    ("The call is at 3pm tomorrow.", {}),
    ("Let's aim for midday on the 9th for the proofs.", {"due": ["2026-12-09"]}),
    ("Submit by 23:59 CET on 10 December.", {"due": ["2026-12-10"]}),
    ("I'm out from 2pm Thursday.", {}),
    ("We go live at 6am on Dec 15.", {"due": ["2026-12-15"]}),
    ("The webinar is Dec 10 at 1pm, and the slides need to be with us by the 8th.",
     {"due": ["2026-12-08"]}),
    ("By tomorrow morning would be amazing.", {"due": ["2026-12-03"]}),
    ("Our office hours are 9-5 Mon-Fri.", {}),
    ("Copy deadline is Thursday at 10.", {"due": ["2026-12-03"]}),
    ("Can we move the review from 2pm to 4pm on Friday?", {}),
    ("The email should hit inboxes at 7am PT on Monday, Dec 14.", {"due": ["2026-12-14"]}),
]
