# Written before scoring (session 9): dates beside due-ish words that set no deadline for the
# agency's work (a talk, a payment, the past, a vague time, an abandoned date), and a few
# that do. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("We need to talk before Friday.", {}),
    ("Send me the invoice by the 15th.", {}),
    ("Our last campaign launched on Nov 3.", {}),
    ("The files you sent on Monday look great.", {}),
    ("Deadline TBC, probably mid-January.", {}),
    ("We were hoping for Dec 10 but that's not going to happen now.", {}),
    ("The new deadline is Dec 17.", {"due": ["2026-12-17"]}),
    ("Let's say Jan 6 for the first round.", {"due": ["2027-01-06"]}),
    ("My boss is back on the 14th and needs to see it then.", {"due": ["2026-12-14"]}),
    ("Holiday cards need to be in the post by the 15th at the latest.",
     {"due": ["2026-12-15"]}),
    ("I'll be in New York from the 9th to the 11th.", {}),
    ("The 12th works for the photo shoot.", {"due": ["2026-12-12"]}),
]
