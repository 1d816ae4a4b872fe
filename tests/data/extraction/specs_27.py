"""The twenty-second labelled set (720-739), written on 2026-12-06 (fourteenth session) after
tune20's rules and before any other; scored blind first, then tuned on (split ``tune21``;
both scores in docs/performance.md).

Mail forms more than voices: a signature with the office's holiday closing, a plain-text
table typed with pipes, ISO dates with a time zone, a deliverable for a named meeting, two
projects in one mail, a calendar invitation pasted as text, a long brief under headings, a
phone's two asks joined with "+", a go-ahead above the AE's quoted dates, a colleague
covering a leave, product prices beside budgets, an approval with a condition, a British
hedge, a rival's quote and a ceiling, a Spanish mail, a New Zealander's fault and fix, a
fashion brand's slang, a venue's rules, a confidentiality footer, and praise with revenue.
"""

from build import Mail, Person, Quote
from cast import LUCA, PRIYA, SAM

EU = dict(day_first=True, default_currency="EUR")

PRIYA_S = Person("Priya Shah", "priya@shahdental.com", "America/Chicago")
KEVIN = Person("Kevin Tran", "kevin@tranmotors.com", "America/Los_Angeles")
LARS = Person("Lars Nielsen", "lars@nordlys-design.dk", "Europe/Copenhagen")
GLORIA = Person("Gloria Banks", "gloria@banksfinancial.com", "America/New_York")
MEG = Person("Meg Olsen", "meg@aldercycles.com", "America/Denver")
ALAN_R = Person("Alan Reed", "alan@reedinsurance.com", "America/New_York")
SUZY = Person("Suzy Park", "suzy@parkbakes.com", "America/New_York")
NINA_L = Person("Nina Lowe", "nina@lowehome.com", "America/Chicago")
JENNA = Person("Jenna Ford", "jenna@fordclinic.com", "America/New_York")
ED = Person("Ed Marsh", "ed@marshfurniture.com", "America/Chicago")
GWEN = Person("Gwen Li", "gwen@lijewelry.com", "America/Los_Angeles")
HARRIET = Person("Harriet Cole", "harriet@colehouse.co.uk", "Europe/London")
FRANK = Person("Frank Ruiz", "frank@ruizroofing.com", "America/Denver")
LUCIA = Person("Lucía Ortega", "lucia@ortegavinos.es", "Europe/Madrid")
AROHA = Person("Aroha Ngata", "aroha@kauricafe.co.nz", "Pacific/Auckland")
DEV = Person("Dev Malik", "dev@maliklabel.com", "America/Los_Angeles")
DEE = Person("Dee Grant", "dee@grantfoundation.org", "America/Chicago")
BILL = Person("Bill Hart", "bhart@hartinsure.com", "America/New_York")
ROSS = Person("Ross Vale", "ross@valewinery.com", "America/Los_Angeles")
BECKY = Person("Becky Moss", "becky@mossyoga.com", "America/New_York")

ITEMS = [
    Mail(
        720, "dental-signature-holiday-closing", PRIYA_S, SAM, "2026-12-15 10:30",
        "January newsletter",
        """Hi Sam,

Please add the new office address to the footer of the newsletter: 410 Elm St, Suite 2.
Send date is still Jan 6.

Thanks,
Priya Shah
Shah Dental Group | (312) 555-0142
Our office will be closed Dec 24 - Jan 1. Happy holidays!""",
        style="gmail",
        labels=dict(due=["2027-01-06"], cr=["add the new office address"]),
    ),
    Mail(
        721, "motors-plain-text-pipe-table", KEVIN, SAM, "2026-12-16 09:15", "Q1 flight plan",
        """Sam - here's the plan we signed off:

Channel   | Creative due | Spend
Radio     | 1/11         | $8,000
Digital   | 1/18         | $5,500
OOH       | 2/1          | $12,000

Kevin""",
        style="gmail",
        labels=dict(due=["2027-01-11", "2027-01-18", "2027-02-01"],
                    budgets=[("8000", "USD"), ("5500", "USD"), ("12000", "USD")]),
    ),
    Mail(
        722, "design-iso-dates-time-zone", LARS, PRIYA, "2026-12-15 15:40", "Timeline",
        """Hi Priya,

Final assets are due 2027-01-12 17:00 CET. The campaign goes live 2027-01-19. Budget
confirmed: EUR 40.000.

Regards,
Lars""",
        style="outlook",
        labels=dict(due=["2027-01-12", "2027-01-19"], budgets=[("40000", "EUR")], **EU),
    ),
    Mail(
        723, "bank-deck-for-board-meeting", GLORIA, SAM, "2026-12-14 08:50", "Board deck",
        """Sam, can you have the revised deck ready for Thursday's board meeting? They want to
see where we landed on the campaign.

Gloria""",
        style="outlook",
        labels=dict(due=["2026-12-17"]),
    ),
    Mail(
        724, "cycles-two-projects-one-mail", MEG, SAM, "2026-12-16 13:25", "Catalog + website",
        """Hi Sam,

Two things. Spring catalog: please move the kids section before the outdoor section, and
the cover needs the new logo. Website: the contact form should go live with the catalog on
Feb 15. For both we have $20k left this quarter.

Thanks,
Meg""",
        style="gmail",
        labels=dict(due=["2027-02-15"], budgets=[("20000", "USD")],
                    cr=["move the kids section"]),
    ),
    Mail(
        725, "insurance-invitation-pasted", ALAN_R, SAM, "2026-12-15 11:00",
        "Invitation: Creative review @ Tue Dec 22, 2026 10am - 11am (EST)",
        """Invitation: Creative review @ Tue Dec 22, 2026 10am - 11am (EST)

Join Zoom Meeting
https://zoom.us/j/5551234567

See you there,
Alan""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        726, "cycles-brief-under-headings", MEG, SAM, "2026-12-14 09:00", "E-bike campaign brief",
        """Hi Sam,

Here's the brief for the e-bike campaign.

Background
Alder Cycles has sold bikes in Colorado since 1998. E-bikes are now a third of our sales.

Objective
Grow online sales of e-bikes by 25% in the first half of 2027.

Deliverables
- 3 social videos (15s)
- 1 landing page
- Email series (3 emails)

Mandatories
- Helmet on every rider in every shot
- Prices shown with "from" and the financing line

Timing
Kickoff: January 5
First round: January 22
Launch: March 1

Budget
$65,000 all in, production and media.

Meg""",
        style="outlook",
        labels=dict(due=["2027-01-22", "2027-03-01"], budgets=[("65000", "USD")],
                    obj=["25%"], req=["Helmet on every rider", "financing line"]),
    ),
    Mail(
        727, "bakery-phone-two-asks-plus", SUZY, SAM, "2026-12-16 21:10", "Re: menu flyer",
        """pls make logo bigger + swap hero pic w/ the beach one. thx

Sent from my Galaxy""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 15:00", """Suzy, the menu flyer draft is attached.

Sam"""),
        labels=dict(cr=["make logo bigger"]),
    ),
    Mail(
        728, "home-go-ahead-above-dates", NINA_L, SAM, "2026-12-15 14:05", "Re: schedule",
        """Sounds good, go ahead.

Nina""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 10:00", """Nina, proposed schedule: first drafts Jan 8,
final files Jan 20, in stores Feb 1. Budget stays at $14,000.

Sam"""),
        labels=dict(),
    ),
    Mail(
        729, "clinic-colleague-covers-leave", JENNA, SAM, "2026-12-14 16:45", "While I'm out",
        """Hi Sam, heads up that I'm out Dec 21 - Jan 4. Mark will cover, please send the proofs
to him (mark@fordclinic.com) by Dec 18 so he can sign off.

Jenna""",
        style="gmail",
        labels=dict(due=["2026-12-18"]),
    ),
    Mail(
        730, "furniture-prices-beside-budgets", ED, SAM, "2026-12-15 12:20", "Jan sale flyer",
        """Sam, the sale prices are: sofa $899 (was $1,299), recliner $549. Please make the
was/now prices big on the flyer. We have $6k for printing and $4k for Facebook.

Ed""",
        style="gmail",
        labels=dict(budgets=[("6000", "USD"), ("4000", "USD")],
                    cr=["make the was/now prices big"]),
    ),
    Mail(
        731, "jewelry-approval-with-condition", GWEN, SAM, "2026-12-16 10:10",
        "Re: holiday email final",
        """Approved, as long as you fix the typo in the second line ("recieve"). Go ahead and
schedule it for Tuesday.

Gwen""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 08:00", """Gwen, the final holiday email is attached.

Sam"""),
        labels=dict(due=["2026-12-22"], cr=["fix the typo"]),
    ),
    Mail(
        732, "house-british-hedge", HARRIET, LUCA, "2026-12-15 09:40", "Re: spring invite",
        """Hi Luca,

Hope you're well. Not sure if it's too late, but would it be at all possible to nudge the
date on the invite to the 14th of February? No worries if not.

Best,
Harriet""",
        style="gmail",
        quote=Quote(LUCA, "2026-12-14 16:00", """Harriet, the spring launch invite is attached.

Luca"""),
        labels=dict(cr=["nudge the date on the invite"], day_first=True,
                    default_currency="GBP"),
    ),
    Mail(
        733, "roofing-rival-quote-and-ceiling", FRANK, SAM, "2026-12-16 15:50", "Re: quote",
        """Sam, we got another quote for $18,500 for the same scope. Can you get closer to that?
Our ceiling is $20k.

Frank""",
        style="gmail",
        labels=dict(budgets=[("20000", "USD", "cap")]),
    ),
    Mail(
        734, "wines-spanish-in-spanish", LUCIA, LUCA, "2026-12-15 10:00", "Folleto primavera",
        """Hola Luca:

Te escribo por el folleto de primavera. Por favor, cambien la foto de portada por una más
luminosa y agreguen el logo del patrocinador. El presupuesto es de 4.000 euros y
necesitamos los archivos finales antes del 20 de enero.

Saludos,
Lucía""",
        style="gmail",
        labels=dict(due=["2027-01-19"], budgets=[("4000", "EUR")],
                    cr=["cambien la foto de portada"], **EU),
    ),
    Mail(
        735, "cafe-new-zealand-fault-and-fix", AROHA, SAM, "2026-12-15 11:20", "Re: banner",
        """Kia ora Sam,

Sweet as on the drafts. Only thing - the macron is missing on Māori on the banner. Can you
sort that by Friday?

Ngā mihi,
Aroha""",
        style="gmail",
        labels=dict(due=["2026-12-18"], cr=["macron is missing"], day_first=True,
                    default_currency="NZD"),
    ),
    Mail(
        736, "label-fashion-slang", DEV, SAM, "2026-12-16 23:30", "capsule drop",
        """yo sam the capsule drops 1/22, we need the teaser on IG 3 days before. budget for
boosting is like 2k. make sure the logo is the black one not the white one

dev""",
        style="gmail",
        labels=dict(due=["2027-01-22", "2027-01-19"], budgets=[("2000", "USD")],
                    req=["logo is the black one"]),
    ),
    Mail(
        737, "foundation-venue-rules", DEE, SAM, "2026-12-15 13:00", "Gala signage",
        """Hi Sam,

The venue requires all signage to be free-standing, nothing taped to walls. The gala is Feb
27 and the signs need to be delivered to the venue by Feb 25. Sponsor logos must all be the
same size.

Thanks,
Dee""",
        style="outlook",
        labels=dict(due=["2027-02-25"], req=["free-standing", "same size"]),
    ),
    Mail(
        738, "insurance-confidentiality-footer", BILL, SAM, "2026-12-16 10:45", "Landing page",
        """Sam, please move the phone number above the fold on the landing page. Live by Jan 12
please.

Regards,
Bill Hart
Hart Insurance Agency

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named
recipient. It must not be forwarded or copied. If you received it in error, you must delete
it and notify the sender immediately.""",
        style="outlook",
        labels=dict(due=["2027-01-12"], cr=["move the phone number above the fold"]),
    ),
    Mail(
        739, "winery-praise-and-revenue", ROSS, SAM, "2026-12-17 09:30", "December!",
        """Sam, FYI our tasting room did $48,000 in December, up 12% on last year. The holiday
campaign really worked. Thanks to you and the team!

Ross""",
        style="gmail",
        labels=dict(),
    ),
]
