# Written before scoring (session 10): terse replies from phones above the AE's quoted mail,
# whose dates and sums are the AE's, not the client's. Dressed as a mail from
# kim@client.example, sent Wed 2 Dec 2026 (New York).
_IPHONE = "\n\nSent from my iPhone\n\n> On Dec 1, 2026, at 4:12 PM, Sam Ortiz <sam@brightlane.agency> wrote:\n>\n"
GRID = [
    ({"body": "Yes fine go ahead" + _IPHONE
      + "> Hi Kim, the revised budget is $9,400 and we'd deliver on Dec 16. OK to proceed?\n"},
     {}),
    ({"body": """Can u make the logo bigger on the 2nd one thx

Sent from my Galaxy

-------- Original message --------
From: Sam Ortiz <sam@brightlane.agency>
Date: 01/12/2026 17:02 (GMT-05:00)
To: Kim Lee <kim@client.example>
Subject: Spring campaign

Hi Kim, attached are three banner options. Files go to print on Dec 10.
"""}, {"cr": 1}),
    ({"body": "Need these by fri latest" + _IPHONE
      + "> Here are the social assets for review.\n"}, {"due": ["2026-12-04"]}),
    ({"body": "Budget is 6k not 8k" + _IPHONE
      + "> Just confirming the budget of $8,000 for the flyers.\n"},
     {"budget": ["USD 6000"]}),
    ({"body": "sorry cant do thurs, can we do the call fri?\n\nSent from my iPhone\n"}, {}),
    ({"body": "Pls add the store hours to the footer. Mon-Sat 9-6.\n\nSent from my iPad\n\n"
      "> On Dec 1, 2026, at 4:12 PM, Sam Ortiz <sam@brightlane.agency> wrote:\n>\n"
      "> The flyer is attached.\n"}, {"cr": 1}),
    ({"body": "ok but the price has to be $49 not $59 on all of them" + _IPHONE
      + "> Here are the final ads, going live Dec 8.\n"}, {"cr": 1}),
]
