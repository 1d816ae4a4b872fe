# Written before scoring (session 9): objectives inside whole mails: stated at the end, as
# the reason for the work, as a hope after the budget, in a forwarded note from the boss,
# beside last year's results. Dressed as a mail from kim@client.example, sent Wed 2 Dec
# 2026 (New York).
GRID = [
    # 0: the goal at the end
    ({"body": """Hi Sam,

Attached are the product shots for the spring range. Budget is $40,000 and we'd like to be live by March 1.

Ultimately this is about getting more people to try the new flavours.

Kim
"""}, {"budget": ["USD 40000"], "due": ["2027-03-01"], "obj": 1}),
    # 1: the goal as the reason for the work
    ({"body": """Sam, we need a direct mail piece for the new branch because we want to bring in 200 new accounts by June.

Kim
"""}, {"obj": 1}),
    # 2: last year's result, this year's aim
    ({"body": """Last year the campaign brought in 1,200 leads. This year we're aiming for 2,000.

Kim
"""}, {"obj": 1}),
    # 3: the boss's goal in a forward
    ({"body": """Sam, see Pat's note.

---------- Forwarded message ---------
From: Pat Chen <pat@client.example>
Date: Tue, Dec 1, 2026 at 6:00 PM
Subject: Spring
To: Kim Lee <kim@client.example>

Kim, for spring I want us to win back lapsed members, at least 500 of them.
"""}, {"obj": 1}),
    # 4: a goal of the AE's meeting, not of the work
    ({"body": """Hi Sam, the aim of Thursday's workshop is to agree the messaging. See you then.

Kim
"""}, {}),
]
