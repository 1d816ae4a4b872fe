# Written before scoring (session 9): long mails that ask several things in their own
# paragraphs, mixing asks, facts, thanks and the past. Dressed as a mail from
# kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hi Sam,

Hope you had a great Thanksgiving! We finally had time to go through the whole pack with the team yesterday, and overall everyone is really happy with where this has landed.

A few notes. The phone number on the back page is the old one, it should be 555-0199. We'd also like the family photo on page 2 swapped for the one with the dog, which tested much better with our customers.

On timing, the printer has asked for files by December 14, and the brochures need to be in our branches the week of January 4.

Budget-wise we're fine, the $18,500 we agreed still stands.

Thanks again,
Kim
"""}, {"cr": 2, "due": ["2026-12-14"], "budget": ["USD 18500"]}),
    ({"body": """Sam,

Following up on yesterday's call. Legal has now come back with their comments: every claim needs a footnote, and we can no longer say "best in class" anywhere.

Separately, the launch has moved: we're now going live on January 18 instead of January 11.

Could you also send me the updated timeline when you have a moment?

Kim
"""}, {"req": 1, "cr": 1, "due": ["2027-01-18"]}),
    # (labelled req 2 when written: the two rules share one sentence, one statement by the rules)
]
