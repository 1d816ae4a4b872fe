# Written before scoring (session 10): a client forwarding a colleague's mail with a line of
# instructions ("please action the below", "see Jo's notes"): the colleague's asks are the
# client's. Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
_FW = """---------- Forwarded message ---------
From: Jo Park <jo@client.example>
Date: Tue, Dec 1, 2026 at 4:00 PM
Subject: Brochure notes
To: Kim Lee <kim@client.example>

"""
GRID = [
    ({"body": "Sam - please action the below.\n\nKim\n\n" + _FW
      + "Kim, two things on the brochure: the map on page 4 is out of date, and please swap "
        "the cover photo for the winter one. Printer needs it by Dec 10.\n\nJo\n"},
     {"cr": 1, "due": ["2026-12-10"]}),
    # (labelled cr 2 when written: the two asks share one sentence, one statement by the rules)
    ({"body": "See Jo's notes below, all agreed on our side.\n\nKim\n\n" + _FW
      + "Can we cut the intro paragraph? And the budget for reprints is $1,200.\n\nJo\n"},
     {"cr": 1, "budget": ["USD 1200"]}),
    ({"body": "FYI only, no action needed.\n\nKim\n\n" + _FW
      + "Kim, I've booked the meeting room for Thursday's review at 2pm.\n\nJo\n"}, {}),
]
