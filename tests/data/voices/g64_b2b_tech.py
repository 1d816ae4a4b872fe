# Written before scoring (session 9): software and B2B clients: GA dates, webinars, MQLs,
# product marketing's reviews, beta access, lead times that point back from an event.
# Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("GA date is Feb 3.", {"due": ["2027-02-03"]}),
    ("The webinar landing page needs to be live two weeks before the event on Jan 20.",
     {"due": ["2027-01-06"]}),
    ("We're targeting a 25% lift in MQLs from paid social.", {"obj": 1}),
    ("All content must be reviewed by product marketing before it ships.", {"req": 1}),
    ("Beta customers get early access on Jan 12.", {}),
    ("Please use the new product screenshots, the UI changed in v4.", {"cr": 1}),
    ("Our sales kickoff is Jan 18 in Austin.", {}),
    ("The case study needs customer sign-off before we can publish.", {"req": 1}),
    ("Budget for the launch is $85k, events not included.", {"budget": ["USD 85000"]}),
    ("Can the demo video be under 90 seconds?", {"cr": 1}),
    ("Our ARR grew 40% this year.", {}),
    ("We need 500 SQLs from the campaign by end of Q1.", {"obj": 1}),
]
