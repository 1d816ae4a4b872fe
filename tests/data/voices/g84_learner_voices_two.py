# Written before scoring (session 10): English as Italian, Brazilian, Indian, Polish and
# German writers often write it ("revert", "do the needful", "until Friday" for by Friday,
# "more big"). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Kindly revert with the revised artwork latest by Monday.", {"due": ["2026-12-07"]}),
    ("Please do the needful and update the phone number in all the banners.", {"cr": 1}),
    ("We are needing the final files until Friday.", {"due": ["2026-12-04"]}),
    ("For us is important that the colours are same like in the catalogue.", {"req": 1}),
    ("I would like that you change the background in white.", {"cr": 1}),
    ("The budget what we have is around 5 thousand euros.", {"budget": ["EUR 5000"]}),
    ("Please to send the quotation for the video.", {}),
    ("Our target is to arrive at 10 thousand followers on Instagram before summer.",
     {"obj": 1}),
    ("The event will be done on 22 of January in Milano.", {"due": ["2027-01-22"]}),
    ("Is it possible to make the text more big in the poster?", {"cr": 1}),
    ("We cannot use the photos of people without the release signed.", {"req": 1}),
    ("Until now we did not receive the invoice.", {}),
    ("Me and my colleague we will come to your office on Tuesday for discuss.", {}),
    ("Please the deadline is 15/12, not later.", {"due": ["2026-12-15"]}),
]
