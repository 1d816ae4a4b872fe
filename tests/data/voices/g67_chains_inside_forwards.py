# Written before scoring (session 9): forwards that carry a thread: a Gmail forward holding an
# Outlook reply chain, an Outlook forward of a Gmail reply, a forward whose innermost mail is
# the AE's own (its facts are not the client's). Dressed as a mail from kim@client.example,
# sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: Gmail forward of a colleague's Outlook reply above the boss's mail
    ({"body": """Sam, FYI below. Looks like we need this by the 11th.

---------- Forwarded message ---------
From: Dana Ruiz <dana@client.example>
Date: Tue, Dec 1, 2026 at 4:00 PM
Subject: RE: Investor deck
To: Kim Lee <kim@client.example>

Agreed, let's get the agency on it. The deck must use the new template.

From: Pat Chen <pat@client.example>
Sent: Tuesday, December 1, 2026 2:15 PM
To: Dana Ruiz <dana@client.example>
Subject: Investor deck

Dana, we need a refreshed investor deck for the Dec 14 board meeting.
"""}, {"due": ["2026-12-11"], "req": 1}),
    # 1: a forward of the AE's own mail with the client's one-line change
    ({"body": """Pat wants the launch on Jan 19 instead, see your note below.

---------- Forwarded message ---------
From: Sam Ortiz <sam@brightlane.agency>
Date: Mon, Nov 30, 2026 at 10:00 AM
Subject: Launch plan
To: Kim Lee <kim@client.example>

Hi Kim, we plan to launch on Jan 12 with a budget of $30,000.
"""}, {"cr": 1, "due": ["2027-01-19"]}),
    # 2: a forward with no note at all of a colleague's ask
    ({"body": """---------- Forwarded message ---------
From: Dana Ruiz <dana@client.example>
Date: Tue, Dec 1, 2026 at 9:30 AM
Subject: Menu boards
To: Kim Lee <kim@client.example>

Can the agency make the prices on the menu boards larger? They're hard to read.
"""}, {"cr": 1}),
]
