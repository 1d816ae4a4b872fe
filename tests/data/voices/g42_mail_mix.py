# Written before scoring (session 9): whole mails in several shapes: numbered asks, an Outlook
# table, quoted offers, a learner's long paragraph, a legal footer, a first brief, an Outlook
# quote under a terse answer, a colleague's forward, a mail of meetings, answers typed under
# quoted questions. Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: three numbered asks and a print date
    ({"body": """Hi Sam,

Thanks for the first round. A few things from the team:

1) Can the headline be shorter? It wraps on mobile.
2) The photo on page 2 is too dark, please lighten it.
3) We'd like the CTA to say "Book now" instead of "Learn more".

Also, just a heads-up that I'm off on Friday.

Can we still make the Dec 11 print date?

Thanks,
Kim
"""}, {"cr": 3, "due": ["2026-12-11"]}),
    # 1: an Outlook table of deliverables
    ({"html": True, "body": """<html><body><p>Hi Sam, here is what we need:</p>
<table border="1"><tr><th>Deliverable</th><th>Due</th><th>Budget</th></tr>
<tr><td>Print ad</td><td>Dec 14</td><td>$3,000</td></tr>
<tr><td>Banner set</td><td>Dec 18</td><td>$1,500</td></tr></table>
<p>Thanks,<br>Kim</p></body></html>"""},
     {"due": ["2026-12-14", "2026-12-18"], "budget": ["USD 1500", "USD 3000"]}),
    # 2: keeps one of the agency's quoted days; the quoted budget is the agency's
    ({"body": """Sounds good, let's keep the 18th.

On Tue, Dec 1, 2026 at 4:12 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Hi Kim, the budget of $12,000 covers both videos. We could deliver on Dec 18 or Dec 21.
"""}, {"due": ["2026-12-18"]}),
    # 3: a learner's paragraph: two asks in one sentence, a date moved, an event
    ({"body": """Dear Sam,

I hope you are fine. About the brochure, we would like that you make following changes: the title must be in bold, and please to put the new phone number on the back side. Also the deadline is now the 10th of December and not the 15th, because our fair begins on 12th.

Kind regards,
Kim
"""}, {"cr": 2, "due": ["2026-12-10"]}),
    # 4: thanks above a signature with a legal footer full of "must"
    ({"body": """Thanks Sam, got it!

Kim Lee
Marketing Manager | Client Co.
T: +1 212 555 0100

CONFIDENTIALITY NOTICE: This e-mail must not be copied or forwarded without permission. If you received it in error you must delete it immediately.
"""}, {}),
    # 5: a first brief: goal, budget, rule, launch and proposal dates
    ({"body": """Hi Sam,

We're launching our new oat milk in March and need a campaign. The aim is to get trial among 25-40 year olds in Boston and Chicago. Budget is around $60k including media. Everything has to carry the organic seal. Launch is March 1.

Can you send a proposal by Dec 16?

Kim
"""}, {"obj": 1, "budget": ["USD 60000"], "req": 1, "due": ["2026-12-16", "2027-03-01"]}),
    # 6: a terse answer above an Outlook quote
    ({"body": """Fine by me. Pls move the shoot to Jan 12 though.

From: Sam Ortiz <sam@brightlane.agency>
Sent: Tuesday, December 1, 2026 3:02 PM
To: Kim Lee <kim@client.example>
Subject: Spring campaign

Hi Kim, the shoot is booked for Jan 7 and the budget is $8,000. Must we include the product close-ups?
"""}, {"cr": 1, "due": ["2027-01-12"]}),
    # 7: a colleague's mail forwarded with a short note
    ({"body": """Sam, see below from our CEO. Can we make this happen?

---------- Forwarded message ---------
From: Pat Chen <pat@client.example>
Date: Tue, Dec 1, 2026 at 9:00 AM
Subject: Holiday card
To: Kim Lee <kim@client.example>

Kim, the holiday card needs to be in the mail by Dec 14, and it must use the new logo.
"""}, {"due": ["2026-12-14"], "req": 1}),
    # 8: meetings only
    ({"body": """Hi Sam, can we meet Thursday at 2 to go through the concepts? I'm also free Friday morning. Our CMO will join on the 10th for the final review.

Kim
"""}, {}),
    # 9: answers typed under the agency's quoted questions
    ({"body": """> Is Dec 18 still the go-live date?
Yes.
> Any budget change?
No, still $15k.

Kim
"""}, {"due": ["2026-12-18"], "budget": ["USD 15000"]}),
]
