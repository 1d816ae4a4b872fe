# Written before scoring (session 9): Chinese, Japanese and Korean writers' business English:
# "please kindly help to", "more bigger", "please noted", slashed year-first dates,
# "looking forward to receive". Sent Wed 2 Dec 2026 (New York).
GRID = [
    ("Please kindly help to revise the logo bigger.", {"cr": 1}),
    ("We hope the poster can finish before 12/20.", {"due": ["2026-12-19"]}),
    ("Please noted that the color must be Pantone 485C.", {"req": 1}),
    ("Kindly find the attached brief, the deadline is 2026/12/18.", {"due": ["2026-12-18"]}),
    ("We are looking forward to receive the draft on next Monday.", {"due": ["2026-12-07"]}),
    ("Could you please adjust the font more bigger?", {"cr": 1}),
    ("Budget is 50K RMB.", {"budget": ["CNY 50000"]}),
    ("Thank you for your hard working!", {}),
    ("Our boss said the slogan is not so good, please change another one.", {"cr": 1}),
    ("We want to let more young people know our brand.", {"obj": 1}),
    ("Sorry for late reply, I was in business trip.", {}),
    ("The video length should within 60 seconds.", {"req": 1}),
]
