# Written before scoring (session 9): mails that carry someone else's words: a printer's specs
# the client forwards, the boss's changes, a retailer's rules, a colleague's budget; and what
# a forward carries that is nobody's ask. Dressed as a mail from kim@client.example, sent
# Wed 2 Dec 2026 (New York).
GRID = [
    # 0: the printer's specs forwarded with a one-line note
    ({"body": """Sam, specs from the printer below. Files to them by Dec 14.

---------- Forwarded message ---------
From: Print Desk <jobs@quickprint.example>
Date: Tue, Dec 1, 2026 at 2:00 PM
Subject: Specs for the catalogue
To: Kim Lee <kim@client.example>

Hi Kim, files need to be PDF/X-4 with 3 mm bleed and crop marks. Minimum 300 dpi for all images.
Regards, Print Desk
"""}, {"due": ["2026-12-14"], "req": 2}),
    # 1: the boss's changes forwarded as they are
    ({"body": """See Pat's notes below, can you make these?

---------- Forwarded message ---------
From: Pat Chen <pat@client.example>
Date: Tue, Dec 1, 2026 at 6:00 PM
Subject: Re: Brochure v2
To: Kim Lee <kim@client.example>

Kim, two things: the cover photo is too dark, and please take out the price list on page 8.
"""}, {"cr": 1}),  # labelled 2 when written; one sentence is one request (labelling rules)
    # 2: a colleague's budget in an Outlook forward
    ({"body": """FYI, budget confirmed.

From: Dana Ruiz <dana@client.example>
Sent: Tuesday, December 1, 2026 11:04 AM
To: Kim Lee <kim@client.example>
Subject: Spring budget

Hi Kim, finance signed off $45,000 for the spring campaign, media included.
"""}, {"budget": ["USD 45000"]}),
    # 3: a retailer's rules forwarded
    ({"body": """Sam, please see the rules from Greenway below for the in-store posters.

-------- Original Message --------
Subject: POS guidelines
Date: Tue, 1 Dec 2026 09:12:00 -0500
From: Vendor Team <vendors@greenway.example>
To: kim@client.example

All POS materials must carry the Greenway partner badge. No price claims on any poster.
"""}, {"req": 2}),
    # 4: a webinar invitation forwarded for interest: nobody's ask
    ({"body": """Thought this might interest you!

---------- Forwarded message ---------
From: Events <events@marketingweek.example>
Date: Mon, Nov 30, 2026 at 8:00 AM
Subject: Webinar: Holiday retail trends
To: kim@client.example

Join us on December 10 at 1pm ET for a free webinar. Tickets are $0 for members, $49 for others. Register by Dec 8. Unsubscribe here.
"""}, {}),
    # 5: a forward whose note moves the date the colleague gave
    ({"body": """Sam, Pat says Dec 18 below, but let's say Dec 16 to be safe.

---------- Forwarded message ---------
From: Pat Chen <pat@client.example>
Date: Tue, Dec 1, 2026 at 6:00 PM
Subject: Holiday video
To: Kim Lee <kim@client.example>

The holiday video has to be on the site by Dec 18.
"""}, {"due": ["2026-12-16"]}),
]
