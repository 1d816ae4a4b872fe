# Written before scoring (session 27): deadlines in the voices of the trade and of other
# Englishes ("Friday week", "first thing Monday", "close of play", "a fortnight today", "the
# Monday after next", "ahead of our board meeting"), beside days that are no deadline (a
# closure, an invoice's date, a conference, a past launch, a fiscal year, a promo code, a
# call, a recital, a payment, a return, the client's own promise, a holiday wish). Due dates
# are the blind splits' field furthest from its goal after rules (0.934). Sent Wed 2 Dec 2026
# (New York).
GRID = [
    # deadlines
    ("Could we have the banners by Friday week?", {"due": ["2026-12-11"]}),
    ("Need the copy back first thing Monday.", {"due": ["2026-12-07"]}),
    ("Please get the files over to the printer before the weekend.", {"due": ["2026-12-04"]}),
    ("We'll need everything wrapped up by close of play Thursday.", {"due": ["2026-12-03"]}),
    ("The deadline is a fortnight today.", {"due": ["2026-12-16"]}),
    ("Artwork is due the Monday after next.", {"due": ["2026-12-14"]}),
    ("Final files no later than noon on the 9th, please.", {"due": ["2026-12-09"]}),
    ("Send the proofs over ahead of our board meeting on the 15th.", {"due": ["2026-12-14"]}),
    ("We need the posters up by the 1st.", {"due": ["2027-01-01"]}),
    ("Could you get us a first look by tomorrow EOD?", {"due": ["2026-12-03"]}),
    ("Everything must be signed off by 12/18.", {"due": ["2026-12-18"]}),
    ("The video needs to be ready for the holiday party on December 17.",
     {"due": ["2026-12-17"]}),
    ("Latest possible date for files is Jan 8.", {"due": ["2027-01-08"]}),
    ("The show opens January 12, so we need the booth graphics by January 4.",
     {"due": ["2027-01-04"]}),
    ("We're closed December 24-26, so the files need to be at the printer by the 23rd.",
     {"due": ["2026-12-23"]}),
    ("Please send the revised deck by the 10th, not the 11th as I said before.",
     {"due": ["2026-12-10"]}),
    ("Spots air from January 4 through January 31.", {"due": ["2027-01-04"]}),
    # (labelled no date when written; the project reads "by mid-March" as the 15th, test_dates)
    ("Let's aim to have the site live by mid-January.", {"due": ["2027-01-15"]}),
    ("The mailer has to land in homes the week of the 14th.", {}),
    # days that are no deadline
    ("Our office is closed from the 24th to the 1st.", {}),
    ("The invoice dated November 30 is attached.", {}),
    ("I'm at a conference in Denver on the 9th and 10th.", {}),
    ("Last year the campaign launched on December 1.", {}),
    ("Our fiscal year ends on the 31st.", {}),
    ("The promo code is valid until January 15.", {}),
    ("Can we chat Thursday at 3?", {}),
    ("My daughter's recital is on the 11th, so I'll leave early.", {}),
    ("We moved into the new office on November 20.", {}),
    ("The sale ended on Sunday.", {}),
    ("Payment is due on the 15th.", {}),
    ("The CEO is back on the 7th, she'll approve it then.", {}),
    ("We'll send you the logo files by Friday.", {}),
    ("The store opened on Black Friday.", {}),
    ("The webinar recording from Nov 18 is on YouTube.", {}),
]
