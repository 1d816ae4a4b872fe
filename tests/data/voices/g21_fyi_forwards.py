# Written before scoring (session 8): a client forwarding what is no ask of theirs (a trade
# newsletter, a printer's invoice, an invitation, the boss's praise, press coverage), beside
# one forward whose note does ask. Dressed as a mail from kim@client.example, sent Wed 2 Dec
# 2026 (New York).
_NEWSLETTER = """---------- Forwarded message ---------
From: Retail Weekly <news@retailweekly.example>
Date: Tue, Dec 1, 2026 at 7:00 AM
Subject: This week in retail
To: Kim Lee <kim@client.example>

Holiday sales are up 4% on last year. Join our webinar on December 10 at 2pm ET.
Early-bird tickets are $199 until Dec 8. Brands must register by December 9.

View this email in your browser | Unsubscribe
"""

GRID = [
    # 0: a trade newsletter, FYI only
    ({"body": f"""FYI, thought you'd find this interesting.

{_NEWSLETTER}"""}, {}),
    # 1: the printer's invoice, to be checked
    ({"body": """Can you check this invoice from the printer before I pay it?

---------- Forwarded message ---------
From: Accounts <accounts@quickprint.example>
Date: Tue, Dec 1, 2026 at 9:30 AM
Subject: Invoice 4432
To: Kim Lee <kim@client.example>

Invoice #4432 for 5,000 flyers. Amount due: $3,450. Payment is due by December 15.
"""}, {}),
    # 2: an invitation to a show
    ({"body": """We were invited to this, could be a good fit for us next year.

---------- Forwarded message ---------
From: Spring Home Show <info@homeshow.example>
Date: Mon, Nov 30, 2026 at 11:00 AM
Subject: Exhibit at the Spring Home Show
To: Kim Lee <kim@client.example>

You're invited to exhibit at the Spring Home Show, March 12-14. Booth rental starts at
$1,200. Reserve your space by January 15.
"""}, {}),
    # 3: the boss's praise
    ({"body": """See below from our CEO!

---------- Forwarded message ---------
From: Dana Price <dana@client.example>
Date: Tue, Dec 1, 2026 at 5:12 PM
Subject: Great work
To: Kim Lee <kim@client.example>

Great work on the campaign, team. Sales are up 12% since the launch on November 2.
"""}, {}),
    # 4: press coverage
    ({"body": """We got featured!

---------- Forwarded message ---------
From: Google Alerts <googlealerts-noreply@google.com>
Date: Tue, Dec 1, 2026 at 8:00 AM
Subject: Google Alert - Orbit Bikes
To: Kim Lee <kim@client.example>

Orbit Bikes launched its spring line on Nov 15, backed by a $2M campaign. The brand plans
to open two new stores by March.
"""}, {}),
    # 5: a real ask above a newsletter
    ({"body": f"""Can we add a holiday banner like the one in this newsletter to our homepage by Dec 11?

{_NEWSLETTER}"""}, {"cr": 1, "due": ["2026-12-11"]}),
]
