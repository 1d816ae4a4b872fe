# Written before scoring (session 10): a client answering the AE's questions in prose, above
# or without the quote. Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (NY).
GRID = [
    ({"body": """Hi Sam,

To answer your questions: the budget is $8k, we need everything by the 18th, and yes, the logo must be on every page.

Kim
"""}, {"budget": ["USD 8000"], "due": ["2026-12-18"], "req": 1}),
    ({"body": """Sam, re your questions - 1) yes, A5 is fine 2) Friday the 11th for the final files 3) around $3,000.

Kim
"""}, {"due": ["2026-12-11"], "budget": ["USD 3000"]}),
    ({"body": """Hi Sam,

In answer to your email: no, we don't need a Spanish version this time, and the deadline hasn't changed.

Kim
"""}, {}),
]
