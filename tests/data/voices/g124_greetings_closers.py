# Written before scoring (session 10): greetings, closers and apologies that carry dates,
# wishes and "need" words but ask nothing. Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Have a great weekend!", {}),
    ("Looking forward to seeing the first drafts.", {}),
    ("Let me know if you need anything else.", {}),
    ("Speak soon.", {}),
    ("Hope all is well with you and the team.", {}),
    ("Happy holidays from all of us!", {}),
    ("Sorry for the late reply, it's been a crazy week.", {}),
    ("Thanks in advance!", {}),
    ("Enjoy the long weekend and see you on Tuesday.", {}),
    ("Wishing you a great start to 2027!", {}),
    ("I'll be in touch after the holidays.", {}),
    ("Hope the move to the new office went smoothly.", {}),
]
