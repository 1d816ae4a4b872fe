# Written before scoring (session 8): dates in replies: agreeing to a date, absences, a
# meeting that works, the client's own promises, vague times, a run of dates. Sent Wed 2 Dec
# 2026 (New York).
GRID = [
    ("Friday works for the review.", {}),
    ("Let's aim for Jan 15 for the launch then.", {"due": ["2027-01-15"]}),
    ("I'm out until Jan 4.", {}),
    ("Happy holidays! Back on the 4th.", {}),
    ("The files went out yesterday.", {}),
    ("Our office is closed Dec 24 - Jan 1.", {}),
    ("We'll have feedback to you by Monday.", {}),
    ("Proofs by Friday would be ideal.", {"due": ["2026-12-04"]}),
    ("Any chance of getting it before the weekend?", {"due": ["2026-12-04"]}),
    ("Can we get it by the 15th or is that too tight?", {"due": ["2026-12-15"]}),
    ("The ad runs from Jan 4 to Jan 31.", {"due": ["2027-01-04"]}),
    ("The shoot wrapped on Monday.", {}),
    ("Early next week works.", {}),
    ("The proof needs to be approved by the 10th so it can print on the 12th.",
     {"due": ["2026-12-10", "2026-12-12"]}),
    ("Could we push the review call to Thursday?", {}),
    ("Our new fiscal year starts February 1.", {}),
    ("The promo code expires December 31.", {}),
    ("We'd love to have everything live by New Year's Eve.", {"due": ["2026-12-31"]}),
]
