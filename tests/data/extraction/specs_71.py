"""The sixty-sixth labelled set (1440-1459), written on 2026-12-07 (twenty-fourth session)
after tune50's rules and before any rule of its own: the split ``tune51``, scored blind
first, then tuned on.

The first week of January 2028 as it comes: a top-posted reply over an Outlook chain, an
assistant writing for her boss, a timeline under a heading, "3 grand", "not a cent over",
"is it possible to", "not loving the font", "let's lose", a rule for mobile and a letter
printer, a goal to book online, end of month and mid-January, a Korean and a German
client's English, a French client in French, an ad budget a month beside a retainer, a
thank-you for the holidays with a new year's plan, a forward of a landlord's rules, and a
client who moves two dates at once.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

WENDY = Person("Wendy Cho", "wendy@choacupuncture.com", "America/Los_Angeles")
ROSA = Person("Rosa Diaz", "rdiaz@grantmotors.com", "America/Chicago")
BEN = Person("Ben Archer", "ben@archerroofing.com", "America/Denver")
TRISH = Person("Trish Nolan", "trish@nolanflorals.com", "America/New_York")
GARY = Person("Gary Pike", "gary@pikemarine.com", "America/Chicago")
IVY = Person("Ivy Lam", "ivy@lamteahouse.com", "America/Los_Angeles")
SETH = Person("Seth Moore", "seth@mooreortho.com", "America/New_York")
KEVIN = Person("Kevin Ross", "kevin@rossfitness.com", "America/Denver")
DANA = Person("Dana Wells", "dana@wellspediatrics.com", "America/Chicago")
TINA = Person("Tina Brooks", "tina@brookscatering.com", "America/New_York")
JIHO = Person("Jiho Park", "jiho.park@parkbeauty.kr", "Asia/Seoul")
MARKUS = Person("Markus Braun", "m.braun@braun-werkzeuge.de", "Europe/Berlin")
SOPHIE = Person("Sophie Lefèvre", "sophie@librairie-lefevre.fr", "Europe/Paris")
JAKE = Person("Jake Turner", "jake@turnerhvac.com", "America/Chicago")
NORA = Person("Nora Quinn", "nora@quinnbridal.com", "America/New_York")
PAUL = Person("Paul Grady", "paul@gradydeli.com", "America/New_York")
LANDLORD = Person("Meridian Properties", "leasing@meridianplaza.com", "America/New_York")
OMAR = Person("Omar Haddad", "omar@haddadrugs.com", "America/Chicago")
LENA = Person("Lena Fischer", "lena@fischerpilates.com", "America/Denver")
RICK = Person("Rick Lowell", "rick@lowellbrewing.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1440, "acupuncture-top-posted-outlook", WENDY, SAM, "2028-01-03 09:10",
        "RE: New patient postcard",
        """Hi Sam - yes, go ahead with the mint green. One change: please take out the line about
insurance, we stopped taking Blue Shield.

Wendy

From: Sam Rivera <sam@brightlane.agency>
Sent: Thursday, December 30, 2027 4:12 PM
To: Wendy Cho <wendy@choacupuncture.com>
Subject: New patient postcard

Hi Wendy, attached are two color options for the new patient postcard. We'd need your
pick by January 5 to print by January 12.

Sam""",
        style="plain",
        labels=dict(cr=["take out the line about\ninsurance"]),
    ),
    Mail(
        1441, "motors-assistant-for-boss", ROSA, SAM, "2028-01-03 10:30",
        "Re: Presidents Day TV spot - first cut",
        """Hello Sam,

I'm writing on behalf of Mr. Grant. He would like the Presidents Day TV spot to mention the
0% financing for 72 months, and he wants to see the revised cut by January 14.

He also asked me to remind you that all our ads must show the dealer license number.

Thank you,
Rosa Diaz
Executive Assistant to Robert Grant""",
        style="outlook",
        labels=dict(due=["2028-01-14"],
                    cr=["like the Presidents Day TV spot to mention the\n0% financing"],
                    req=["all our ads must show the dealer license number"]),
    ),
    Mail(
        1442, "roofing-timeline-heading", BEN, SAM, "2028-01-03 11:45", "Spring push",
        """Sam,

Here's where we landed on timing for the spring push.

Timeline
- Drafts: Jan 14
- Final: Jan 21
- Live: Feb 1

We've got 3 grand for this, so keep it simple.

Ben""",
        style="gmail",
        labels=dict(due=["2028-01-14", "2028-01-21", "2028-02-01"],
                    budgets=[("3000", "USD")]),
    ),
    Mail(
        1443, "florals-not-a-cent-over", TRISH, SAM, "2028-01-03 14:00", "Valentine's mailer",
        """Hi Sam, for the Valentine's mailer we can do 4k but not a cent over. Is it possible to
make the text on the back bigger? Our customers skew older.

Trish""",
        style="apple",
        labels=dict(budgets=[("4000", "USD", "cap")], cr=["make the text on the back bigger"]),
    ),
    Mail(
        1444, "marine-not-loving", GARY, SAM, "2028-01-04 08:30", "Re: Boat show booth",
        """Sam,

Not loving the font on the booth backdrop, it feels too corporate for us. And let's lose
the second paragraph on the handout, nobody reads it.

Gary""",
        style="gmail",
        labels=dict(cr=["Not loving the font on the booth backdrop",
                        "let's lose\nthe second paragraph on the handout"]),
    ),
    Mail(
        1445, "teahouse-mobile-letter", IVY, SAM, "2028-01-04 10:00", "New menu",
        """Hi Sam,

For the new menu, it has to work on phones since most people look at it from the QR code on
the table. The print version needs to be printable on our office printer, so letter size
only.

We're trying to get people to order online instead of calling in.

Ivy""",
        style="gmail",
        labels=dict(req=["it has to work on phones", "needs to be printable on our office printer"],
                    obj=["get people to order online instead of calling"]),
    ),
    Mail(
        1446, "ortho-end-of-month", SETH, SAM, "2028-01-04 11:20", "Invisalign promo",
        """Sam,

Can we have the Invisalign promo live by end of month? We're thinking mid-January for the
email to patients, but the landing page is the priority.

Seth""",
        style="gmail",
        labels=dict(due=["2028-01-31"]),
    ),
    Mail(
        1447, "fitness-retainer-and-ads", KEVIN, SAM, "2028-01-04 13:40", "Q1 plan",
        """Sam,

For Q1 we'd like to put $2,500/month into paid social. Your retainer stays at $4,000/month
as agreed.

Kevin""",
        style="gmail",
        labels=dict(budgets=[("2500", "USD")], non_budget=[("4000", "USD", "fee")]),
    ),
    Mail(
        1448, "pediatrics-two-moves", DANA, SAM, "2028-01-04 15:00", "Flu season campaign",
        """Hi Sam,

We need to move things around a bit. The flu shot email should go out January 10 instead
of January 7, and the clinic posters can wait until January 17 instead of January 12.

Dana""",
        style="gmail",
        labels=dict(due=["2028-01-10", "2028-01-17"], replaced=["2028-01-07", "2028-01-12"],
                    cr=["flu shot email should go out January 10 instead"]),
    ),
    Mail(
        1449, "catering-holiday-thanks", TINA, SAM, "2028-01-05 09:00", "Happy new year!",
        """Happy new year Sam! Thanks for all your help with the holiday menus, we had our best
December ever. Let's catch up next week about plans for spring.

Tina""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1450, "beauty-korean-english", JIHO, SAM, "2028-01-05 18:30", "Re: Lunar New Year banner",
        """Dear Sam,

Thank you for banner. Please kindly change the phone number into new one: 02-555-1234. And
the model photo is too small, please make it more big.

We need final file before 20th January because of printing.

Best regards,
Jiho Park""",
        style="outlook",
        labels=dict(due=["2028-01-19"],
                    cr=["change the phone number into new one",
                        "the model photo is too small"]),
    ),
    Mail(
        1451, "tools-german-english", MARKUS, LUCA, "2028-01-05 10:15", "Catalogue 2028",
        """Dear Luca,

Could you please send us the final data for the catalogue until 14.01.? Our printer needs
it then. Please note that all prices must be shown net and gross.

Kind regards
Markus Braun""",
        style="outlook",
        labels=dict(due=["2028-01-14"], req=["all prices must be shown net and gross"], **EU),
    ),
    Mail(
        1452, "bookshop-french", SOPHIE, LUCA, "2028-01-05 14:30",
        "Re: Affiche Salon du livre",
        """Bonjour Luca,

Pour l'affiche du salon, le budget est de 3 500 € HT. Nous aurions besoin des fichiers pour
le vendredi 14 janvier au plus tard. Pouvez-vous aussi ajouter le logo de la ville en bas
de l'affiche ?

Bien à vous,
Sophie""",
        style="gmail",
        labels=dict(due=["2028-01-14"], budgets=[("3500", "EUR")],
                    cr=["ajouter le logo de la ville"], **EU),
    ),
    Mail(
        1453, "hvac-swap-in", JAKE, SAM, "2028-01-06 08:05", "Re: Furnace tune-up ad",
        """Can we swap in the winter photo? The truck one looks like summer.

Jake""",
        style="plain",
        quote=Quote(SAM, "2028-01-05 16:00", """Jake, here's the furnace tune-up ad for the
Sunday paper.

Sam"""),
        labels=dict(cr=["swap in the winter photo"]),
    ),
    Mail(
        1454, "bridal-ada-goal", NORA, SAM, "2028-01-06 10:40", "Website refresh",
        """Hi Sam,

A couple of things for the website refresh. The new site needs to be ADA compliant - we got
a demand letter last year and don't want to go through that again. We'd love to double the
number of consultation bookings from the site this spring.

Could you send a proposal by next Wednesday?

Nora""",
        style="gmail",
        labels=dict(due=["2028-01-12"], req=["needs to be ADA compliant"],
                    obj=["double the\nnumber of consultation bookings"]),
    ),
    Forward(
        1455, "deli-landlord-rules", PAUL, SAM, "2028-01-06 13:00",
        "Sam - rules from the landlord for the window signs, see below. Thx, Paul",
        Mail(
            0, "deli-landlord-orig", LANDLORD, PAUL, "2028-01-05 17:00", "Window signage",
            """Dear Tenant,

As a reminder, window signage may not cover more than 25% of any storefront window, and
no neon or illuminated signs are permitted. All signage must be approved by management
before installation.

Meridian Properties Leasing""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(req=["may not cover more than 25%", "must be approved by management"]),
    ),
    Mail(
        1456, "rugs-eom-budget", OMAR, SAM, "2028-01-06 15:20", "Clearance sale",
        """Sam, we need the clearance sale emails ready by EOM. Budget is whatever's left from
December, around $1,800.

Omar""",
        style="gmail",
        labels=dict(due=["2028-01-31"], budgets=[("1800", "USD")]),
    ),
    Mail(
        1457, "pilates-first-week-feb", LENA, SAM, "2028-01-07 09:00", "Spring schedule",
        """Hi Sam,

We're launching the spring class schedule the first week of February. Could we see the
flyer draft by the 19th? Also please use the photos from the December shoot only, not the
old studio ones.

Lena""",
        style="gmail",
        labels=dict(due=["2028-01-19"],
                    req=["use the photos from the December shoot only"]),
    ),
    Mail(
        1458, "brewing-two-labels", RICK, SAM, "2028-01-07 11:00", "Re: Winter ale labels",
        """Sam - label A is great, approved. On label B the ABV should be 7.2%, not 7.0%, and the
hops illustration is a bit muddy. Need both at the printer by the 14th.

Rick""",
        style="gmail",
        labels=dict(due=["2028-01-14"], cr=["the ABV should be 7.2%, not 7.0%"]),
    ),
    Mail(
        1459, "roofing-status", BEN, SAM, "2028-01-07 14:30", "Re: Spring push",
        """Hey Sam, how are the drafts coming along? No pressure, just planning my week.

Ben""",
        style="apple",
        labels=dict(),
    ),
]
