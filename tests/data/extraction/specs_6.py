"""Mails written after the extractors were first scored, as a check on tuning (096-115)."""

from build import Forward, Mail, Person, Quote
from cast import (
    ANGELA,
    CLAIRE,
    ERIK,
    INTAKE,
    JONAS,
    KENJI,
    LUCA,
    MARCUS,
    MIA,
    NINA,
    OLIVER,
    PRIYA,
    SAM,
    TOM,
)

GRACE = Person("Grace Liu", "grace.liu@opsmetric.com", "America/Los_Angeles")
TIAGO = Person("Tiago Ferreira", "tiago@lisboawalks.pt", "Europe/Lisbon")
BRENDA = Person("Brenda Owusu", "bowusu@cascadefcu.org", "America/Los_Angeles")
HANNAH = Person("Hannah Cole", "hannah@pebbleandpine.com", "America/New_York")
MARCO = Person("Marco Rossi", "mrossi@harvestlanefoods.com", "America/Chicago")
FR = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

ITEMS = [
    Mail(
        96, "saas-analyst-report", GRACE, PRIYA, "2026-05-05 10:00", "Analyst report launch",
        """Hi Priya,

The analyst report launch is confirmed. We need the gated landing page by
May 15 and the three nurture emails a week later, by May 22.

Budget for promotion is $30,000, and we can't go over $5k on the design side.

Goal: 1,200 downloads, at least half from directors or above.

Please note the report can only be quoted with the analyst firm's written
approval.

Grace""",
        labels=dict(due=["2026-05-15", "2026-05-22"],
                    budgets=[("30000", "USD"), ("5000", "USD", "cap")],
                    obj=["1,200 downloads"], req=["written approval"]),
    ),
    Mail(
        97, "saas-analyst-edits", GRACE, PRIYA, "2026-05-18 09:00", "Re: Analyst report page",
        """Priya, the page looks good. Could we swap the hero chart for the quadrant
image? Also please drop the second form field (company size); it hurts
conversion.

The emails can slip to May 26, legal is slow this week.

Grace""",
        quote=Quote(PRIYA, "2026-05-15 16:00", """Hi Grace,

The landing page is live. The emails are due May 22, and we've spent $3,900 on
design.

Priya"""),
        labels=dict(due=["2026-05-26"],
                    cr=["swap the hero chart", "drop the second form field", "slip to May 26"]),
    ),
    Mail(
        98, "tours-brochure-pt", TIAGO, LUCA, "2026-02-05 15:00", "Summer brochure",
        """Dear Luca,

for the summer season we would like to have the new brochure in English,
German and Dutch. The texts must be ready by 27/02 and the print files by
13.03.2026.

Our budget is € 7.800 for design and translation.

The goal is to sell 20% more private tours to families.

Please use only photos with a model release; we had a complaint last year.

Best regards,
Tiago Ferreira
Lisboa Walks | Rua da Madalena 88, 1100-322 Lisboa | +351 21 000 0000""",
        style="outlook",
        labels=dict(due=["2026-02-27", "2026-03-13"], budgets=[("7800", "EUR")],
                    obj=["private tours"],
                    req=["English, German and Dutch", "model release"], **FR),
    ),
    Mail(
        99, "tours-small-change-pt", TIAGO, LUCA, "2026-03-09 10:00", "Brochure",
        """Luca, small change please: replace the photo of the tram on page 2 by the
one of the Alfama viewpoint. And we need 500 more copies, so the run is now
3.500.

Thank you,
Tiago""",
        style="outlook",
        labels=dict(cr=["replace the photo of the tram", "500 more copies"], **FR),
    ),
    Mail(
        100, "cu-heloc-html", BRENDA, SAM, "2026-09-02 13:00", "HELOC campaign approved",
        """Hi Sam,

Our board approved the HELOC campaign with a budget of $52,000 for media and no
more than $8,000 for creative production. We'd like to launch October 5.

All rate ads must be reviewed by our compliance team and must show the APR and
the date the rate was set.

Our objective is $10M in new HELOC balances in the fourth quarter.

Brenda""",
        style="html",
        labels=dict(due=["2026-10-05"], budgets=[("52000", "USD"), ("8000", "USD", "cap")],
                    non_budget=[("10000000", "USD", "other")],
                    req=["compliance team"], obj=["new HELOC balances"]),
    ),
    Mail(
        101, "cu-meeting-vs-due", BRENDA, SAM, "2026-09-18 09:00", "Round 2",
        """Sam, thanks for Tuesday's presentation. Let's meet again on Thursday at 1pm
to review round 2. Round 2 itself is due Wednesday, September 23.

Brenda""",
        style="outlook",
        labels=dict(due=["2026-09-23"]),
    ),
    Mail(
        102, "toys-holiday-catalog", HANNAH, SAM, "2026-11-02 08:00", "Holiday toy catalog",
        """Sam,

Holiday toy catalog: 20 pages, 9x12, 2,500 copies on 100# silk. Please add two
pages for the new wooden train sets.

We need everything at the printer by Nov 13, and in homes the week of
Thanksgiving. Budget is between $9,000 and $11,000 including print.

Every toy shown must carry its age grade and the CPSIA warning.

Hannah""",
        style="apple",
        labels=dict(due=["2026-11-13"], budgets=[("11000", "USD", "range", "9000")],
                    cr=["two pages for the new wooden train sets"], req=["CPSIA"]),
    ),
    Forward(
        103, "toys-sold-out-fw", SAM, INTAKE, "2026-12-01 12:00", "Please log.",
        Mail(
            0, "toys-sold-out-orig", HANNAH, SAM, "2026-12-01 11:20", "Little Chef kitchen",
            """Sam,

We're sold out of the Little Chef kitchen; please pull it from the December
emails and the homepage. Can you replace it with the doll house?

Thanks,
Hannah""",
            style="apple",
        ),
        style="outlook",
        labels=dict(cr=["pull it from the December emails", "replace it with the doll house"]),
    ),
    Mail(
        104, "foods-trade-show", MARCO, SAM, "2026-06-10 11:00", "Foodservice show",
        """Hi Sam,

For the foodservice trade show in Chicago we need a booth backdrop (10 ft), a
sell sheet and a sample-box sleeve. Files to the printer by July 1 please.

We have $14,500 for all three. The goal is 60 new distributor meetings.

Our food-safety certificates (SQF Level 2) must be shown on the sell sheet.

Marco Rossi
VP Sales, Harvest Lane Foods
1300 W Fulton Market, Chicago, IL 60607 | 312-555-0177""",
        labels=dict(due=["2026-07-01"], budgets=[("14500", "USD")],
                    obj=["60 new distributor meetings"], req=["SQF Level 2"]),
    ),
    Mail(
        105, "foods-sell-sheet-edits", MARCO, SAM, "2026-06-22 16:00", "Re: Sell sheet v1",
        """Sam, two edits on the sell sheet: change the case price column to "Call for
pricing", and update the phone number to 312-555-0199. We're good for July 1.

Marco""",
        quote=Quote(SAM, "2026-06-19 10:00", """Hi Marco,

Sell sheet v1 attached; cost so far is $6,200 and files are due July 1.

Sam"""),
        labels=dict(due=["2026-07-01"], cr=["Call for pricing"]),
    ),
    Mail(
        106, "saas-report-qp", NINA, PRIYA, "2026-12-03 12:00", "State of Releases report",
        """Priya —

For the January “State of Releases” report: draft by Jan 12, design by Jan 26,
launch Feb 2. Budget $22k.

It must include the survey methodology on page 2 (that’s a legal requirement
for us).

Nina""",
        cte="quoted-printable",
        labels=dict(due=["2027-01-12", "2027-01-26", "2027-02-02"],
                    budgets=[("22000", "USD")], req=["survey methodology"]),
    ),
    Mail(
        107, "creditunion-hold-cancel", ANGELA, SAM, "2026-12-01 10:30", "January CDs",
        """Sam,

Please put the January CD campaign on hold until the rate committee meets. And
cancel the radio buy for December, we're over budget on media.

Angela""",
        style="outlook",
        labels=dict(cr=["on hold", "cancel the radio buy"]),
    ),
    Mail(
        108, "homeware-gift-cards-uk", OLIVER, LUCA, "2026-10-05 09:00", "Gift cards + posters",
        """Luca,

We need the Christmas gift card artwork by 14/10, and the in-store posters by
21/10. We've got £6k for the gift cards and up to £4,000 for the posters.

Everything must use the new festive logo.

Oliver""",
        style="apple",
        labels=dict(due=["2026-10-14", "2026-10-21"],
                    budgets=[("6000", "GBP"), ("4000", "GBP", "cap")],
                    req=["festive logo"], **UK),
    ),
    Mail(
        109, "tools-fair-postponed-de", JONAS, SAM, "2026-06-16 09:00", "Messe verschoben",
        """Hello Sam,

the trade fair is postponed. Please move the delivery of the booth graphics
from 14.07.2026 to 28.07.2026. The budget stays at 9.800 EUR.

Best regards
Jonas""",
        style="outlook",
        labels=dict(due=["2026-07-28"], replaced=["2026-07-14"], budgets=[("9800", "EUR")],
                    cr=["move the delivery"], **FR),
    ),
    Mail(
        110, "tourism-xmas-brochure", MIA, LUCA, "2026-10-12 09:00", "Christmas brochure",
        """Luca,

Can we get the Christmas brochure to the printer by Friday 23 October? We have
AUD 12,500 for design and print.

Our goal is to lift December bookings from Sydney families by 15%.

All images must be from our own library.

Mia""",
        style="apple",
        labels=dict(due=["2026-10-23"], budgets=[("12500", "AUD")],
                    obj=["December bookings"], req=["own library"], default_currency="AUD"),
    ),
    Mail(
        111, "mealkit-paid-negative", MARCUS, PRIYA, "2026-09-30 10:00", "Invoice paid",
        """Priya,

I paid invoice HF-2291 ($18,400) yesterday. The summer campaign we ran from
June 1 to August 31 delivered 5,200 new subscribers at $41 each.

Thanks for a great season!

Marcus""",
        style="apple",
        labels=dict(non_budget=[("18400", "USD", "invoice"), ("41", "USD", "other")]),
    ),
    Mail(
        112, "resort-spring-html", ERIK, SAM, "2026-01-08 15:00", "Spring skiing promo",
        """Sam,

The spring skiing promo: the landing page needs to be live by January 19, and
the email goes out January 21. Budget: $8,500.

Please make sure the lift ticket price ($129 midweek) appears with "plus tax"
everywhere.

Erik""",
        style="html",
        labels=dict(due=["2026-01-19", "2026-01-21"], budgets=[("8500", "USD")],
                    non_budget=[("129", "USD", "price")], req=["plus tax"]),
    ),
    Forward(
        113, "eyewear-cancel-move-rfc822", SAM, INTAKE, "2026-02-10 11:30", "Kenji's changes.",
        Mail(
            0, "eyewear-cancel-orig", KENJI, SAM, "2026-02-10 11:00", "Valentine's + spring",
            """Sam,

Please cancel the Valentine's email; we're out of the red frames. Also, the
spring collection shoot moves from March 3 to March 10.

Kenji""",
            style="apple",
        ),
        style="rfc822",
        labels=dict(due=["2026-03-10"], replaced=["2026-03-03"],
                    cr=["cancel the Valentine's email", "shoot moves"]),
    ),
    Mail(
        114, "dairy-spring-objectives", CLAIRE, SAM, "2026-02-12 10:00", "Spring brand campaign",
        """Sam,

Objectives for the spring brand campaign: we want to grow unaided awareness in
Quebec from 12% to 20%. We also want to increase the share of sales from our
organic line to 30%.

Budget is CA$90,000. Concepts by March 6, please.

Claire""",
        style="outlook",
        labels=dict(due=["2026-03-06"], budgets=[("90000", "CAD")],
                    obj=["unaided awareness", "organic line"], default_currency="CAD"),
    ),
    Mail(
        115, "fintech-german-version", TOM, SAM, "2026-04-13 14:00", "DACH launch",
        """Sam,

We'd also need a German version of the product tour video for the DACH launch.
The voice-over must be done by a native speaker, and the subtitles must be
checked by our Munich team.

Can you send an estimate by Thursday?

Tom""",
        style="outlook",
        labels=dict(due=["2026-04-16"], cr=["German version"], req=["native speaker"]),
    ),
]
