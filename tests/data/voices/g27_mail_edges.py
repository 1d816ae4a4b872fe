# Written before scoring (session 8): whole mails whose shape hides or invents facts:
# signatures with office hours and show dates, a P.S. with an ask, answers typed inside an
# Outlook quote with the writer's initials, a calendar invitation, a forward with no note,
# bullets with a deadline. Dressed as a mail from kim@client.example, sent Wed 2 Dec 2026
# (New York).
GRID = [
    # 0: a signature with office hours and a closure
    ({"body": """Hi Sam, the new photos are in the shared folder. Thanks!

Kim Lee
Marketing Manager | Client Co.
Office hours: Mon-Fri 9am-5pm
Closed Dec 24 - Jan 2 for the holidays
(555) 201-3344
"""}, {}),
    # 1: a signature with a trade show banner
    ({"body": """Looks great, approved.

Kim Lee | Client Co.
Visit us at the Home Show, March 12-14, Booth 214!
"""}, {}),
    # 2: a P.S. with an ask
    ({"body": """Hi Sam,

Thanks for the update, the timeline works for us.

Kim

P.S. Can you also make the logo on the flyer a bit bigger?
"""}, {"cr": 1}),
    # 3: answers typed inside an Outlook quote, marked with the writer's initials
    ({"body": """Hi Sam, answers below in blue.

From: Sam Ortiz <sam@brightlane.agency>
Sent: Tuesday, December 1, 2026 4:10 PM
To: Kim Lee <kim@client.example>
Subject: Spring campaign

Hi Kim, a few questions:
1. Do you want to keep the launch on Jan 12? [KL] No, please move it to Jan 19.
2. Is the budget still $80,000? [KL] Yes.
3. Any changes to the headline? [KL] No changes.

Thanks, Sam
"""}, {"due": ["2027-01-19"], "cr": 1}),
    # 4: a calendar invitation's text
    ({"body": """Invitation: Concept review @ Thu Dec 10, 2026 2pm - 3pm (EST)

Join Zoom Meeting
https://zoom.us/j/123456789

Kim Lee has invited you to this event.
"""}, {}),
    # 5: a forward with no note of the client's own earlier mail
    ({"body": """---------- Forwarded message ---------
From: Kim Lee <kim@client.example>
Date: Mon, Nov 30, 2026 at 9:00 AM
Subject: Spring campaign
To: Sam Ortiz <sam@brightlane.agency>

Sam, we need the spring banners live by December 14. The budget is $12,000.
"""}, {"due": ["2026-12-14"], "budget": ["USD 12000"]}),
    # 6: bullets with a deadline and a budget
    ({"body": """Hi Sam, here's what we need for the pop-up:

• 2 roll-up banners
• 500 flyers
• Deadline: 12/18
• Budget: $3,500 max

Thanks,
Kim
"""}, {"due": ["2026-12-18"], "budget": ["USD 3500"]}),
    # 7: a short reply over a colleague's long mail quoted with ">"
    ({"body": """Thoughts? See Dana's note below.

> On Tue, Dec 1, 2026 at 5:12 PM Dana Price <dana@client.example> wrote:
> I think we should move the launch to January 19 and raise the budget to $90,000.
"""}, {}),
]
