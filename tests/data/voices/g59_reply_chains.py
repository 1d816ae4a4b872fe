# Written before scoring (session 9): replies in threads: a change above the AE's quoted mail
# full of rules and money, thanks above a phone signature, answers under numbered quoted
# questions, a meeting moved with a deadline kept, an Outlook reply above a disclaimer.
# Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026 (New York).
GRID = [
    # 0: one change; the quote's rules, budget and dates are the AE's
    ({"body": """Looks great. Could you make the headline a bit larger on mobile?

Kim

On Tue, Dec 1, 2026 at 5:30 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Hi Kim, attached is v2. As agreed, the budget is $22,000, every banner must carry the
> legal line, and we go live on Dec 14. Files for the printer are due Dec 9.
"""}, {"cr": 1}),
    # 1: thanks above a phone signature with an address
    ({"body": """Perfect, thank you!

Kim Lee | Head of Marketing
Client Co., 200 Park Ave, New York, NY 10166
Sent from my iPhone
"""}, {}),
    # 2: answers under the AE's numbered questions
    ({"body": """Answers below.

> 1. What's the budget for the video?
About $12,000.
> 2. When do you need the final cut?
January 15.
> 3. Any must-haves?
The end card must show our new URL.

Kim
"""}, {"budget": ["USD 12000"], "due": ["2027-01-15"], "req": 1}),
    # 3: a meeting moved, the deadline kept
    ({"body": """Sam, can we push our check-in from Thursday to Friday at 11? The Dec 18 deadline for the landing page stays as is.

Kim
"""}, {"due": ["2026-12-18"]}),
    # 4: an Outlook reply: answer on top, a long disclaimer under the quote
    ({"body": """Yes please go ahead with option B, and keep the budget under $9,000.

From: Sam Ortiz <sam@brightlane.agency>
Sent: Tuesday, December 1, 2026 6:10 PM
To: Kim Lee <kim@client.example>
Subject: Options

Hi Kim, option A is $11,000 and option B is $8,500. Which do you prefer?

This email and any attachments are confidential and must not be disclosed. If you are not the intended recipient you must delete it.
"""}, {"budget": ["USD 9000"]}),
    # 5: a reply that only schedules
    ({"body": """Tuesday at 10 works. Or Wednesday afternoon if that's easier for you.

Kim
"""}, {}),
]
