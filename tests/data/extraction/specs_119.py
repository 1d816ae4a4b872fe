"""The hundred-and-fourteenth labelled set (2420-2439), written on 2026-12-07 (thirty-third
session) after tune88's rules, before any rule of its own: the split ``tune89``, scored blind
first, then tuned on.

Mail that tools and habits shape: a project tool's comment notification, a web form's
submission, a pasted chat thread, a voice memo's transcript, a public agency's formal
request with "shall", a markup note of one line, a client putting the AE's recap right
under its quoted lines, a Vietnamese client's day-first "3/10", a Mexican client mixing
Spanish into English about a printed date, a must/nice-to-have list, an angry third ask, a
request for a quote of new work, a boss's rule added on a reply-all, a deadline only in the
subject, a traveller's go-ahead, a goal against last quarter, a French Gmail header above
English, the AE's own mail sent back with yes and no, a purchase order approved, a shoot moved from
Outlook on a phone. Dates run in the week of 24 September 2029 (a Monday).
"""

from specs_103 import _mail

from build import Mail, Person, Quote, Raw
from cast import SAM

FORM = Person("Paul Grant", "paul@grantorchards.com", "America/New_York")
CHAT = Person("Dana Price", "dana@pricepets.com", "America/Chicago")
MEMO = Person("Bob Hanley", "bob@hanleyhvac.com", "America/Chicago")
GOV = Person("Linda Marsh", "linda.marsh@countyparks.gov", "America/New_York")
MARKUP = Person("Joe Ruiz", "joe@ruizrealty.com", "America/Phoenix")
RECAP = Person("Erin Walsh", "erin@walshpilates.com", "America/New_York")
VN = Person("Nguyen Thi Lan", "lan.nguyen@saigoncoffee.vn", "Asia/Ho_Chi_Minh")
MX = Person("Ana Torres", "ana@torresfloreria.mx", "America/Mexico_City")
MUST = Person("Greg Lane", "greg@lanephysio.com", "America/Denver")
ANGRY = Person("Carl Boyd", "carl@boydplumbing.com", "America/New_York")
QUOTE = Person("Mia Chen", "mia@chenbakery.com", "America/Los_Angeles")
BOSS = Person("Rita Gomez", "rgomez@localunion12.org", "America/Chicago")
SUBJECT = Person("Tyler Ross", "tyler@rossfitness.com", "America/New_York")
TRAVEL = Person("Helen Park", "hpark@parkdental.com", "America/Los_Angeles")
GOAL = Person("Nick Adams", "nick@adamssolar.com", "America/Denver")
PO = Person("Procurement Office", "purchasing@riverbendcollege.edu", "America/Chicago")


def _quote(text: str, when: str = "2029-09-24 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Raw(
        2420, "tool-comment-notification",
        _mail("Kim Lee (via Tasklane) <notifications@tasklane.io>",
              "[Lee Yoga] Kim Lee commented on \"Homepage v2\"",
              "Mon, 24 Sep 2029 10:12:00 -0400", """Kim Lee commented on Homepage v2:

"Can we swap the hero image for the team photo from the retreat? Also the button should say Book a class, not Learn more."

Reply to this email to comment on the task, or view it in Tasklane.

You are receiving this because you are assigned to Homepage v2.
Unsubscribe from this task's notifications
""", mid="task-88213-c4@tasklane.io",
              extra="Reply-To: reply+88213@tasklane.io\n"),
        labels=dict(timezone="America/New_York",
                    cr=["Can we swap the hero image for the team photo from the retreat",
                        "the button should say Book a class"]),
    ),
    Raw(
        2421, "orchard-web-form",
        _mail("Grant Orchards Website <wordpress@grantorchards.com>",
              "New submission: Contact the agency form",
              "Mon, 24 Sep 2029 08:47:00 -0400", """You have a new form submission.

Name: Paul Grant
Company: Grant Orchards
Email: paul@grantorchards.com
Project type: Print brochure
Budget: $5,000 - $7,500
Deadline: October 19

Message:
We need a 12-page brochure for our harvest open house. All photos must be of our own orchard, no stock.

--
This email was sent from the contact form on grantorchards.com
""", mid="wpforms-5521@grantorchards.com"),
        labels=dict(timezone="America/New_York", due=["2029-10-19"],
                    budgets=[("7500", "USD", "range", "5000")],
                    req=["All photos must be of our own orchard"]),
    ),
    Mail(
        2422, "pets-pasted-chat", CHAT, SAM, "2029-09-24 11:20", "Re: Fall ads - team feedback",
        """Sam, pasting our thread from Slack so you have it all:

[10:02 AM] Dana Price: the headline feels long
[10:03 AM] Mark Ellis: agree, and can we get the logo bigger
[10:05 AM] Dana Price: also heads up, launch moved to Oct 15 because of the warehouse
[10:06 AM] Mark Ellis: 👍

That's it from us.
Dana""",
        style="gmail",
        quote=_quote("Dana, the fall ads are attached for your team's feedback."),
        labels=dict(due=["2029-10-15"],
                    cr=["the headline feels long", "can we get the logo bigger",
                        "launch moved to Oct 15"]),
    ),
    Mail(
        2423, "hvac-voice-memo", MEMO, SAM, "2029-09-24 07:55", "Voice memo: truck wrap",
        """[Transcribed from voice memo]

Hey Sam it's Bob um so a couple things on the the truck wrap uh the phone number needs to be way bigger you can't read it from the road and uh we need it done by the fifteenth of October because we're picking up the new truck that Monday ok thanks bye""",
        style="plain",
        labels=dict(due=["2029-10-15"],
                    cr=["the phone number needs to be way bigger"]),
    ),
    Mail(
        2424, "parks-formal-request", GOV, SAM, "2029-09-24 09:30",
        "Request for Proposal: Trail System Wayfinding Campaign",
        """Dear Mr. Ortiz,

The County Parks Department invites your firm to submit a proposal for the Trail System Wayfinding Campaign described in the attached scope.

All deliverables must comply with Section 508 of the Rehabilitation Act. The contractor shall provide editable source files for all creative at the close of the project.

The total contract value shall not exceed $85,000.

Proposals are due October 12, 2029 at 3:00 p.m. EDT. Questions may be submitted until October 3.

Sincerely,
Linda Marsh
Procurement Specialist, County Parks Department""",
        style="outlook",
        labels=dict(due=["2029-10-12"],
                    budgets=[("85000", "USD", "cap")],
                    req=["All deliverables must comply with Section 508",
                         "The contractor shall provide editable source files"]),
    ),
    Mail(
        2425, "realty-markup-note", MARKUP, SAM, "2029-09-24 13:05", "Re: Open house flyer",
        """See markup attached. Main thing is the map, it's the old office.

Joe""",
        style="gmail",
        quote=_quote("Joe, the open house flyer is attached."),
        labels=dict(cr=["Main thing is the map, it's the old office"]),
    ),
    Raw(
        2426, "pilates-recap-corrected",
        _mail("Erin Walsh <erin@walshpilates.com>", "Re: Recap of today's call",
              "Mon, 24 Sep 2029 16:40:00 -0400", """Mostly right, two corrections below.

On Mon, Sep 24, 2029 at 3:15 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Hi Erin, recap of today's call:
>
> - New member offer: first month $49

No, it's $59 now, we raised it in August.

> - Launch: October 8

Yes.

> - Photos: we shoot at the Elm St studio

Not Elm St, it has to be the new Pine Ave studio.

> Sam

Erin
""", mid="BN8P-walsh-0924@walshpilates.com"),
        labels=dict(timezone="America/New_York", due=["2029-10-08"],
                    cr=["No, it's $59 now", "it has to be the new Pine Ave studio"],
                    non_budget=[("59", "USD", "price"), ("49", "USD", "price")]),
    ),
    Mail(
        2427, "coffee-vietnamese-english", VN, SAM, "2029-09-24 15:10", "Re: Menu board design",
        """Dear Sam,

Thank you for the menu board. Please help us to change the color of price to white, now it is hard to see on the brown.

Deadline is 3/10 please, because we open the new shop on 5/10.

Best regards,
Lan""",
        style="gmail",
        quote=_quote("Dear Lan, the menu board design is attached."),
        labels=dict(due=["2029-10-03"],
                    cr=["Please help us to change the color of price to white"],
                    day_first=True),
    ),
    Mail(
        2428, "floreria-spanglish", MX, SAM, "2029-09-24 12:40", "Re: Flyer Día de Muertos",
        """Hola Sam!

The flyer looks great, me encanta. Solo one thing: the fecha of the event should be 2 de noviembre, not 1.

Gracias!!
Ana""",
        style="gmail",
        quote=_quote("Hola Ana, here is the Día de Muertos flyer."),
        labels=dict(cr=["the fecha of the event should be 2 de noviembre, not 1"]),
    ),
    Mail(
        2429, "physio-must-nice", MUST, SAM, "2029-09-24 10:00", "New website - wishlist",
        """Sam,

Our list for the new site:

Must have:
- works on phones
- online booking with Jane App

Nice to have:
- a blog

We'd like it live before the new year.

Greg""",
        style="gmail",
        labels=dict(due=["2029-12-31"],
                    req=["works on phones", "online booking with Jane App"]),
    ),
    Mail(
        2430, "plumbing-angry-third-ask", ANGRY, SAM, "2029-09-24 14:25", "ADDRESS STILL WRONG",
        """Sam,

This is the third time I'm asking. The address is STILL wrong on the website, it's 880 Dale Rd not 808. Fix it today please.

Carl""",
        style="gmail",
        labels=dict(due=["2029-09-24"],
                    cr=["The address is STILL wrong on the website"]),
    ),
    Mail(
        2431, "bakery-quote-new-work", QUOTE, SAM, "2029-09-24 11:50", "Quote for tote bags?",
        """Hi Sam,

Could you quote for 500 canvas tote bags with our logo? We'd need them by November 9 for the holiday market, and we're thinking around $2k all in.

Thanks,
Mia""",
        style="gmail",
        labels=dict(due=["2029-11-09"], budgets=[("2000", "USD")]),
    ),
    Mail(
        2432, "union-boss-adds-rule", BOSS, SAM, "2029-09-24 15:45", "RE: Fall mailer",
        """Adding to Jen's note: every printed piece has to carry the union bug, no exceptions.

Rita Gomez
President, Local 12""",
        style="outlook",
        quote=Quote(Person("Jen Wu", "jwu@localunion12.org", "America/Chicago"),
                    "2029-09-24 14:00", """Sam, the fall mailer looks good, just make the dues amount bold.

Jen"""),
        labels=dict(req=["every printed piece has to carry the union bug"]),
    ),
    Mail(
        2433, "fitness-subject-deadline", SUBJECT, SAM, "2029-09-24 09:05",
        "URGENT - need banner by Thurs",
        """Can you resize the October banner for the 300x250 slot on the Gazette site? Thanks""",
        style="gmail",
        labels=dict(due=["2029-09-27"],
                    cr=["Can you resize the October banner for the 300x250 slot"]),
    ),
    Mail(
        2434, "dental-traveller-goahead", TRAVEL, SAM, "2029-09-24 06:30", "Traveling this week",
        """Hi Sam,

I'm traveling until Oct 2 with limited email. Please go ahead with the changes we discussed on Friday and send the proofs to Mark in the meantime.

Helen""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2435, "solar-goal-last-quarter", GOAL, SAM, "2029-09-24 13:30", "Q4 goals",
        """Sam,

For Q4 we want 25% more leads than last quarter (we had 412). Same budget as Q3, $15,000 a month.

Nick""",
        style="gmail",
        labels=dict(budgets=[("15000", "USD")],
                    obj=["we want 25% more leads than last quarter"]),
    ),
    Raw(
        2436, "french-gmail-header-english",
        _mail("Claire Martin <claire@martin-parfums.fr>", "Re: Holiday catalogue",
              "Mon, 24 Sep 2029 18:20:00 +0200", """Hello Sam,

We need the final files for the 05/10, the printer is waiting. And please use the new bottle photo on page 3.

Claire

Le lun. 24 sept. 2029 à 10:00, Sam Ortiz <sam.ortiz@brightlane.agency> a écrit :
> Hi Claire, the holiday catalogue proof is attached. When do you need the final files?
""", mid="CAF-martin-0924@martin-parfums.fr"),
        labels=dict(timezone="Europe/Paris", due=["2029-10-05"],
                    cr=["please use the new bottle photo on page 3"],
                    day_first=True, default_currency="EUR"),
    ),
    Raw(
        2437, "agency-mail-sent-back",
        _mail("Tom Reyes <tom@reyesmotors.com>", "Fwd: Three options for the sale ad",
              "Mon, 24 Sep 2029 17:05:00 -0500", """See below - yes to #1 and #3, no to #2. For #3 make it blue though.

---------- Forwarded message ---------
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Date: Mon, Sep 24, 2029 at 11:00 AM
Subject: Three options for the sale ad
To: Tom Reyes <tom@reyesmotors.com>

Tom, three ideas for the fall sale ad:

1. Add the 0% financing line under the headline
2. Drop the trade-in offer
3. Put the new SUV on the cover in red

Let me know by Wednesday.

Sam
""", mid="CAG-reyes-0924@reyesmotors.com"),
        labels=dict(timezone="America/Chicago", original_sender="sam.ortiz@brightlane.agency",
                    cr=["For #3 make it blue though"]),
    ),
    Mail(
        2438, "college-po-approved", PO, SAM, "2029-09-24 14:50", "PO 4471 approved",
        """Hello,

Purchase order 4471 for $12,400 has been approved for the fall enrollment campaign. Please reference the PO number on all invoices.

Riverbend College Purchasing""",
        style="outlook",
        labels=dict(budgets=[("12400", "USD")]),
    ),
    Raw(
        2439, "restaurant-outlook-mobile-move",
        _mail("Marco Bellini <marco@bellinitrattoria.com>", "RE: Menu photo shoot",
              "Mon, 24 Sep 2029 20:15:00 -0400", """Can we move the photo shoot from Oct 4 to Oct 11? Our chef is away that week.

Get Outlook for iOS
________________________________
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, September 24, 2029 4:30:12 PM
To: Marco Bellini <marco@bellinitrattoria.com>
Subject: Menu photo shoot

Marco, the photographer is booked for the menu shoot on October 4 at 10am. See you then!

Sam
""", mid="SN6P-bellini-0924@bellinitrattoria.com"),
        labels=dict(timezone="America/New_York", due=["2029-10-11"], replaced=["2029-10-04"],
                    cr=["Can we move the photo shoot from Oct 4 to Oct 11"]),
    ),
]
