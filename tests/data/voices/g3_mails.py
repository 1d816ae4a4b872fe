# Written before scoring (session 7): whole mails in the shapes real clients send: inline
# answers under the AE's quoted questions, German Outlook headers, Apple Mail quoting,
# HTML-only Outlook with a table, phone replies with signatures, several asks in one mail.
GRID = [
    # 0: inline answers: the client types under each quoted question
    ({"body": """See my answers below.

> What's the budget for the spring push?
Around $20,000, maybe a bit more if the results are good.

> When do you need the first concepts?
By Friday Dec 11 please.

> Any must-haves?
The logo has to appear in the first 3 seconds of every video.

Kim
"""}, {"budget": ["USD 20000"], "due": ["2026-12-11"], "req": 1}),
    # 1: German Outlook header over the AE's mail; the client's words on top
    ({"body": """Hi Sam,

please move the launch from Jan 12 to Jan 19, our distributor is late.

Best regards
Kim

Von: Sam Ortiz <sam@brightlane.agency>
Gesendet: Dienstag, 1. Dezember 2026 16:02
An: Kim Lee <kim@client.example>
Betreff: Spring campaign

Hi Kim, the budget is $80,000 and we need your logo files by Dec 4. Please confirm the launch date.
"""}, {"due": ["2027-01-19"], "cr": 1}),
    # 2: Apple Mail quoting with "On ... wrote:" and ">" lines
    ({"body": """Looks good! Just swap the headline to "Ride further" and we're done.

Sent from my iPhone

> On Dec 1, 2026, at 4:10 PM, Sam Ortiz <sam@brightlane.agency> wrote:
>
> Hi Kim, attached is round 2. Could you send feedback by Thursday? The print deadline is Dec 10.
"""}, {"cr": 1}),
    # 3: HTML-only Outlook with a table of deliverables and dates
    ({"html": True, "body": """<html><body><p>Hi Sam,</p>
<p>Here is the schedule we agreed with the stores:</p>
<table border="1"><tr><th>Deliverable</th><th>Due</th></tr>
<tr><td>Window posters</td><td>Dec 14</td></tr>
<tr><td>Shelf talkers</td><td>Dec 18</td></tr></table>
<p>The total budget is $35,000 including print.</p>
<p>Thanks,<br>Kim</p></body></html>"""}, {"due": ["2026-12-14", "2026-12-18"], "budget": ["USD 35000"]}),
    # 4: several asks in one mail, in a list, after pleasantries
    ({"body": """Hi Sam,

Thanks for the quick turnaround, the team is happy overall. A few things:

1. Make the logo on the cover bigger.
2. The phone number on page 3 is wrong, it should be 555-0199.
3. Can we use the photo of the storefront instead of the aerial shot?

Also, the printer needs the final files by Dec 9.

Cheers,
Kim
"""}, {"cr": 3, "due": ["2026-12-09"]}),
    # 5: a terse phone reply: approval with nothing else
    ({"body": """ok go ahead

Sent from my Galaxy
"""}, {}),
    # 6: long mail, history of an old budget, the new one stated
    ({"body": """Hi Sam,

Quick update after our board meeting. Last year we spent $60,000 on the fall campaign, which was too much for the results we got. This year the board approved $45,000 for everything, media included.

Our main goal is to get 300 new members before the summer.

The board also asked that every ad carries the new accessibility logo.

Let me know if you need anything else.
Kim
"""}, {"budget": ["USD 45000"], "obj": 1, "req": 1}),
    # 7: a forward from the client's boss, quoted inside, with the client's own ask on top
    ({"body": """Sam, see below from our CEO. Can we turn this around by Wednesday?

---------- Forwarded message ---------
From: Pat Reyes <pat@client.example>
Date: Tue, Dec 1, 2026 at 6:45 PM
Subject: Spring ad
To: Kim Lee <kim@client.example>

Kim, the spring ad needs a stronger call to action. Please ask the agency to change "Learn more" to "Book a test ride".
"""}, {"due": ["2026-12-09"], "cr": 1}),
    # 8: out-of-office-ish personal note with dates that are no deadlines
    ({"body": """Hi Sam,

I'll be on vacation from Dec 21 to Jan 4. My colleague Jordan (jordan@client.example) will approve anything urgent while I'm away.

Happy holidays!
Kim
"""}, {}),
    # 9: a non-native writer, one long paragraph with a change and a due date
    ({"body": """Dear Sam, thank you for the new version, it is much better now. Only one thing, the colour of the button please make it more dark, the client of us say it is not easy to see. We need the final version until Monday because the shop open on 15 December. Kind regards, Kim"""},
     {"cr": 1, "due": ["2026-12-07"]}),
]
