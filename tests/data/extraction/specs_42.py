"""The thirty-seventh labelled set (156-175), written on 2026-12-06 (eighteenth session)
after tune29's fixes and before any tuning on it, scored blind, then tuned on: the split
``tune30``.

A week of mail (12-16 April 2027): phone typos, Indian English ("kindly do the needful and
revert"), Chinese English ("please help to change"), shouting in a subject, the news in a
new thread's subject only, a budget raised and one cut, "by the 1st", "ASAP, latest
tomorrow", a vague "mid-May", house rules in short lines, a goal without a number, "don't
change the headline", a question about the past deadline, an approval waiting on a typo, a
translator's note, a landlord's rule passed on, a plain go-live under a long Outlook
signature, a retailer's planogram dates, and a reply inline under the AE's numbered
questions.
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

HANNAH = Person("Hannah Brooks", "hannah@brookscycles.com", "America/New_York")
PRIYA_S = Person("Priya Sharma", "priya.sharma@sharmatextiles.in", "Asia/Kolkata")
LI = Person("Li Wei", "li.wei@weitea.cn", "Asia/Shanghai")
MARCO = Person("Marco Ricci", "marco@riccigelato.com", "America/New_York")
JUNE = Person("June Abbott", "june@abbottbakery.com", "America/Chicago")
TED = Person("Ted Fuller", "tfuller@fullerinsurance.com", "America/New_York")
NINA_K = Person("Nina Kovac", "nina@kovacdesignstore.com", "America/Los_Angeles")
BEN = Person("Ben Ortiz", "ben@ortizfitness.com", "America/Denver")
GLORIA = Person("Gloria Tan", "gloria@tanpharmacy.sg", "Asia/Singapore")
WALT = Person("Walt Becker", "walt@beckerlumber.com", "America/Chicago")
IRIS = Person("Iris Nolan", "inolan@nolanlaw.com", "America/New_York")
CARL = Person("Carl Lund", "carl@lundmarine.com", "America/Chicago")
SOFIA = Person("Sofia Rossi", "sofia@rossiwines.com", "America/Los_Angeles")
KEN = Person("Ken Ito", "ken@itonoodles.com", "America/Los_Angeles")
DANA_R = Person("Dana Ruiz", "druiz@ruizrealty.com", "America/Denver")
PETRA = Person("Petra Novak", "petra@novakcafe.com", "America/New_York")
OWEN = Person("Owen Price", "owen.price@pricegrocers.com", "America/Chicago")
ALMA = Person("Alma Fields", "alma@fieldsfarm.com", "America/Chicago")

ITEMS = [
    Mail(
        156, "cycles-phone-typos", HANNAH, SAM, "2027-04-12 08:05", "Re: spring ad",
        """cna you make teh logo bigger and swap the bike photo for the red one? need it by
fri pls

Sent from my iPhone""",
        style="gmail",
        quote=Quote(SAM, "2027-04-09 16:00", """Hannah, the spring ad proof is attached.

Sam"""),
        labels=dict(due=["2027-04-16"],
                    cr=["cna you make teh logo bigger"]),
    ),
    Mail(
        157, "textiles-indian-english", PRIYA_S, SAM, "2027-04-12 10:30",
        "RE: Catalogue revisions",
        """Dear Sam,

Please find attached the revised copy for pages 4 to 7. Kindly incorporate the changes
and share the final creative by 20th April positively.

Also kindly change the background of the cover to ivory. Kindly do the needful and revert.

Thanks & Regards,
Priya Sharma""",
        style="outlook",
        quote=Quote(SAM, "2027-04-09 18:00", """Priya, the catalogue draft is attached.

Sam"""),
        labels=dict(due=["2027-04-20"],
                    cr=["Kindly incorporate the changes", "change the background of the cover"]),
    ),
    Mail(
        158, "tea-chinese-english", LI, LUCA, "2027-04-12 11:00", "Re: packaging",
        """Dear Luca,

Please help to change the color of the box to dark red. We need the final design before
20 April because factory start printing.

Best wishes
Li Wei""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-09 09:00", """Li, the tea box design is attached.

Luca"""),
        labels=dict(due=["2027-04-19"], cr=["change the color of the box to dark red"],
                    day_first=True, default_currency="CNY"),
    ),
    Mail(
        159, "gelato-shouting-subject", MARCO, SAM, "2027-04-12 13:15",
        "URGENT - NEED THE SANDWICH BOARDS BY THURSDAY",
        """Sam, see subject. The shop opens for the season on Saturday and we have nothing
outside. Same design as last year is fine, just change the year.

Marco""",
        style="gmail",
        labels=dict(due=["2027-04-15"]),
    ),
    Mail(
        160, "bakery-subject-only", JUNE, SAM, "2027-04-12 14:40",
        "Easter flyer: budget $900, needed April 22",
        """Hi Sam, details in the subject. Thanks!

June""",
        style="gmail",
        labels=dict(due=["2027-04-22"], budgets=[("900", "USD")]),
    ),
    Mail(
        161, "insurance-budget-raised", TED, SAM, "2027-04-13 09:00", "Budget update",
        """Sam,

Good news, we got approval for another $5,000 for the radio flight, so the total for
the campaign is now $20,000.

Ted""",
        style="gmail",
        labels=dict(budgets=[("20000", "USD")], non_budget=[("5000", "USD", "other")]),
    ),
    Mail(
        162, "designstore-budget-cut", NINA_K, SAM, "2027-04-13 10:10", "Re: Summer lookbook",
        """Hi Sam,

Bad news from finance: the lookbook budget has been cut to $8k. Can we do it with fewer
pages, maybe 16 instead of 24?

Nina""",
        style="gmail",
        quote=Quote(SAM, "2027-04-12 15:00", """Nina, the lookbook plan is attached: 24
pages, $12k.

Sam"""),
        labels=dict(budgets=[("8000", "USD")], cr=["fewer pages"]),
    ),
    Mail(
        163, "fitness-by-the-first", BEN, SAM, "2027-04-13 11:30", "Summer challenge",
        """Hey Sam,

We'd like the summer challenge landing page live by the 1st. Budget around $3,500.

Ben""",
        style="gmail",
        labels=dict(due=["2027-05-01"], budgets=[("3500", "USD")]),
    ),
    Mail(
        164, "pharmacy-asap-tomorrow", GLORIA, SAM, "2027-04-13 12:00", "Shelf strips",
        """Hi Sam, we need the shelf strips ASAP, latest tomorrow. Thank you!

Gloria""",
        style="gmail",
        labels=dict(due=["2027-04-14"], day_first=True, default_currency="SGD"),
    ),
    Mail(
        165, "lumber-vague-mid-may", WALT, SAM, "2027-04-13 14:20", "Deck season",
        """Sam,

Let's aim for mid-May for the deck season mailer. Budget is $6,000 like last time.

Walt""",
        style="gmail",
        labels=dict(budgets=[("6000", "USD")]),
    ),
    Mail(
        166, "law-house-rules-lines", IRIS, SAM, "2027-04-14 09:30", "Website refresh",
        """Sam,

House rules for the website refresh:
All images must be royalty-free.
The font has to be Garamond throughout.
Every page needs our bar number in the footer.

We'd like to see the first designs by April 28.

Iris""",
        style="outlook",
        labels=dict(due=["2027-04-28"],
                    req=["must be royalty-free", "has to be Garamond throughout",
                         "bar number in the footer"]),
    ),
    Mail(
        167, "marine-goal-no-number", CARL, SAM, "2027-04-14 10:45", "Boat show",
        """Hi Sam,

For the boat show we're hoping the new ads drive people to our booth and get our name
back in front of fishermen. Booth number is 412.

The ads need to be live by May 10.

Carl""",
        style="gmail",
        labels=dict(due=["2027-05-10"], obj=["drive people to our booth"]),
    ),
    Mail(
        168, "wines-dont-change", SOFIA, SAM, "2027-04-14 12:30", "Re: Label v3",
        """Don't change the headline, it's perfect. But the vintage should be 2025, not 2024.

Sofia""",
        style="gmail",
        quote=Quote(SAM, "2027-04-13 17:00", """Sofia, label v3 is attached.

Sam"""),
        labels=dict(cr=["vintage should be 2025"]),
    ),
    Mail(
        169, "noodles-past-deadline-question", KEN, SAM, "2027-04-14 15:00", "deadline?",
        """Hey Sam, can you remind me what the deadline was for the menu photos? I thought it
was April 9 but I might be wrong.

Ken""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        170, "realty-approved-once-typo", DANA_R, SAM, "2027-04-15 09:15", "Re: Open house sign",
        """Approved once the typo in line 2 is fixed ("Bedrooms" is spelled "Bedroms").

Dana""",
        style="gmail",
        quote=Quote(SAM, "2027-04-14 16:00", """Dana, the open house sign is attached for
approval.

Sam"""),
        labels=dict(cr=["once the typo in line 2 is fixed"]),
    ),
    Mail(
        171, "cafe-landlord-rule", PETRA, SAM, "2027-04-15 10:40", "Window decals",
        """Hi Sam,

Our landlord says window decals can't cover more than 25% of the glass. Please keep that
in mind for the new decals. We need them installed before May 3.

Petra""",
        style="gmail",
        labels=dict(due=["2027-05-02"], req=["can't cover more than 25% of the glass"]),
    ),
    Mail(
        172, "grocers-planogram-dates", OWEN, SAM, "2027-04-15 13:00", "Summer POS",
        """Sam,

Summer POS timing from our merchandising team:

Planogram reset: May 17-19
POS in stores: May 14
Artwork to printer: April 30

Budget for the POS kit is $18,500.

Owen""",
        style="outlook",
        signature=("Owen Price\nDirector of Marketing | Price Grocers\n"
                   "Store hours: Mon-Sat 7am-10pm, Sun 8am-8pm\n"
                   "Closed Memorial Day, May 31"),
        labels=dict(due=["2027-05-14", "2027-04-30"], budgets=[("18500", "USD")]),
    ),
    Mail(
        173, "farm-numbered-answers", ALMA, SAM, "2027-04-16 09:30", "Re: Farm stand sign",
        """1. Yes, the green from the website.
2. 4 ft x 8 ft, double sided.
3. We need it up by May 8, that's opening day.

Alma""",
        style="gmail",
        quote=Quote(SAM, "2027-04-15 14:00", """Alma, a few questions before we start the sign:
1. Any colour preference?
2. What size?
3. When do you need it?

Sam"""),
        labels=dict(due=["2027-05-08"]),
    ),
    Mail(
        174, "cycles-confirm-thanks", HANNAH, SAM, "2027-04-16 11:00", "Re: spring ad",
        """perfect, thanks! all good now""",
        style="gmail",
        quote=Quote(SAM, "2027-04-15 10:00", """Hannah, updated ad with the bigger logo and
the red bike attached. Delivering to the paper on April 16.

Sam"""),
        labels=dict(),
    ),
    Mail(
        175, "gelato-two-asks-one-line", MARCO, SAM, "2027-04-16 12:20", "Re: Sandwich boards",
        """Looks great. Can you also do a version without the price, and send me the files for
the printer by Monday?

Marco""",
        style="gmail",
        quote=Quote(SAM, "2027-04-15 18:00", """Marco, the sandwich board design for 2027 is
attached.

Sam"""),
        labels=dict(due=["2027-04-19"], cr=["do a version without the price"]),
    ),
]
