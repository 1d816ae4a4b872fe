# Written before scoring (session 7): HTML-only mail shapes and reply headers of other mail
# programs; every quoted part holds facts that must NOT be read as the client's.
Q = "Hi Kim, the budget is $80,000, the launch is Jan 12 and we must use the old logo. Could you move the shoot to Dec 15?"
GRID = [
    # 0: Yahoo reply header
    ({"body": f"""Let's move the launch to Jan 19 please.

Kim

On Tuesday, December 1, 2026, 04:10:22 PM EST, Sam Ortiz <sam@brightlane.agency> wrote:

{Q}
"""}, {"due": ["2027-01-19"], "cr": 1}),
    # 1: Thunderbird numeric attribution
    ({"body": f"""Budget is now 95k, the board approved it this morning.

On 12/1/26 4:10 PM, Sam Ortiz wrote:
> {Q}
"""}, {"budget": ["USD 95000"]}),
    # 2: French Gmail attribution
    ({"body": f"""Merci Sam, nous avons besoin des fichiers finaux avant le 10 décembre.

Le mar. 1 déc. 2026 à 16:10, Sam Ortiz <sam@brightlane.agency> a écrit :
> {Q}
"""}, {"due": ["2026-12-10"]}),
    # 3: Outlook mobile block without a rule above it
    ({"body": f"""Approved, thanks!

Get Outlook for iOS
________________________________
From: Sam Ortiz <sam@brightlane.agency>
Sent: Tuesday, December 1, 2026 4:10 PM
To: Kim Lee <kim@client.example>
Subject: Spring campaign

{Q}
"""}, {}),
    # 4: -----Original Message----- with the client's words above
    ({"body": f"""Please use the new logo, not the old one.

-----Original Message-----
From: Sam Ortiz [mailto:sam@brightlane.agency]
Sent: Tuesday, December 01, 2026 4:10 PM
To: Kim Lee
Subject: Spring campaign

{Q}
"""}, {"cr": 1}),
    # 5: HTML-only with <ul> bullets and <br> breaks inside a sentence
    ({"html": True, "body": """<div>Hi Sam,</div><div><br></div>
<div>Feedback on round 2:</div>
<ul><li>Swap the hero photo for the one with the family</li>
<li>The tagline should be shorter</li>
<li>Remove the QR code from the back</li></ul>
<div>We need the next round by<br>Tuesday Dec 8.</div>
<div><br></div><div>Thanks!<br>Kim</div>"""}, {"cr": 3, "due": ["2026-12-08"]}),
    # 6: HTML Outlook reply with the quoted history in a div after an <hr>
    ({"html": True, "body": f"""<html><body><p>Hi Sam, the budget is capped at $50,000 now.</p>
<p>Kim</p>
<hr><div><b>From:</b> Sam Ortiz &lt;sam@brightlane.agency&gt;<br><b>Sent:</b> Tuesday, December 1, 2026 4:10 PM<br><b>To:</b> Kim Lee<br><b>Subject:</b> Spring campaign</div>
<p>{Q}</p></body></html>"""}, {"budget": ["USD 50000"]}),
    # 7: HTML with &nbsp; and a table of sizes (requirements) and a due date
    ({"html": True, "body": """<p>Hi&nbsp;Sam,</p>
<p>All banners must be under 150&nbsp;KB and delivered by Friday.</p>
<table><tr><td>300x250</td><td>728x90</td></tr></table>
<p>Kim</p>"""}, {"req": 1, "due": ["2026-12-04"]}),
    # 8: Gmail reply with the attribution wrapped over two lines, top-posted objective
    ({"body": f"""Our aim with this campaign is to double online bookings by summer.

On Tue, Dec 1, 2026 at 4:10 PM Sam Ortiz <
sam@brightlane.agency> wrote:

> {Q}
"""}, {"obj": 1}),
    # 9: the client replies below the quote (bottom-posting)
    ({"body": f"""On Tue, Dec 1, 2026 at 4:10 PM Sam Ortiz <sam@brightlane.agency> wrote:
> {Q}

Yes, the shoot can move to Dec 15. But please make the logo bigger on the poster.

Kim
"""}, {"cr": 1}),
]
