"""European clients with day-first dates, forwards of every shape, hard negatives (017-034)."""

from build import Forward, Mail, Quote
from cast import (
    ANGELA,
    CAMILLE,
    DANA,
    ERIK,
    INTAKE,
    INTAKE_NS,
    JESS,
    JONAS,
    KENJI,
    KENJI_SIG,
    LUCA,
    MIA,
    NINA,
    OLIVER,
    PRIYA,
    RAY,
    ROBERT,
    SAM,
    TOM,
)

JONAS_SIG = """Mit freundlichen Grüßen / Best regards

Jonas Weber
Leiter Marketing | Head of Marketing
Brenner Werkzeuge GmbH
Industriestraße 14, 80939 München
Tel. +49 89 1234 5678 | Fax +49 89 1234 5679
Registergericht München HRB 123456 | USt-IdNr. DE123456789"""

ITEMS = [
    Mail(
        17, "candles-holiday-planning-fr", CAMILLE, SAM, "2026-03-03 10:05",
        "Holiday collection 2026 - planning",
        """Hello Sam,

Thank you for the nice meeting last week in Paris. As discussed, here is the
planning for the holiday collection.

We would like the moodboards by 20/03 and the final key visual by 10.04.2026.
The budget is € 22.500,00 HT for the key visual and all the adaptations.

Please note: all texts must be validated by our legal department (the word
"naturel" is regulated for us).

We want to position the collection as the reference gift for urban women of
30-45 years.

Best regards,
Camille""",
        signature="""Camille Durand
Responsable Marketing | Maison Lumière
12 rue de Turenne, 75004 Paris
+33 1 42 72 00 00""",
        labels=dict(due=["2026-03-20", "2026-04-10"], budgets=[("22500", "EUR")],
                    req=["legal department"], obj=["reference gift"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        18, "candles-kv-changes-fr", CAMILLE, SAM, "2026-04-06 14:30", "Re: Key visual V2",
        """Hi Sam,

Thank you for the V2, we are almost there. Some changes:
- replace the pine branch by eucalyptus
- the logo must be smaller, about 2/3 of the current size
- please remove the price from the visual

Could we move the delivery of the final KV from 10/04 to 17/04? Our
photographer is only available next week.

For the adaptations the budget can go up to 48 000 € HT.

Merci !
Camille""",
        quote=Quote(SAM, "2026-04-03 18:20", """Hi Camille,

V2 of the key visual is attached. The final KV is due 10/04 as agreed, within
the € 22.500 budget.

Sam"""),
        labels=dict(due=["2026-04-17"], replaced=["2026-04-10"],
                    budgets=[("48000", "EUR", "cap")],
                    cr=["eucalyptus", "logo must be smaller", "remove the price",
                        "move the delivery"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        19, "tools-fair-catalogue-de", JONAS, SAM, "2026-09-10 09:12",
        "Trade fair catalogue 2027",
        """Dear Mr. Ortiz,

thank you for your offer. We would like to start with the catalogue for the
trade fair.

The catalogue has 64 pages, printed on 150 g/m² paper, run of 5.000 copies.
We need the print data by 02.10.2026 latest. Our budget for layout and image
editing is 18.000 EUR net.

The product photos must have a white background according to our CI manual.
All technical data must be checked by our product management before print.

Our aim is to generate 300 dealer leads at the fair.""",
        style="outlook", cte="quoted-printable", signature=JONAS_SIG,
        labels=dict(due=["2026-10-02"], budgets=[("18000", "EUR")],
                    req=["white background", "product management"],
                    obj=["300 dealer leads"], day_first=True, default_currency="EUR"),
    ),
    Mail(
        20, "tools-corrections-de", JONAS, SAM, "2026-09-23 16:20", "AW: Katalog Korrektur 1",
        """Hello Sam,

please find our corrections below:

- page 12: the torque value for the BW-400 is 45 Nm, not 40 Nm
- page 30: please exchange the photo of the angle grinder with the new one
  (file BW-G125.jpg)
- page 48: delete the discontinued set "Steckschlüssel 7-teilig"

Because of the corrections the print data can come on 05/10 instead of 02/10.

Best regards
Jonas Weber""",
        style="outlook", cte="quoted-printable",
        quote=Quote(SAM, "2026-09-21 17:00", """Dear Jonas,

attached the first proof of the catalogue. Print data is due 02.10.2026.

Kind regards,
Sam""", subject="Katalog Korrektur 1"),
        labels=dict(due=["2026-10-05"], replaced=["2026-10-02"],
                    cr=["torque value", "exchange the photo", "delete the discontinued set",
                        "print data can come"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        21, "homeware-spring-sale-uk", OLIVER, LUCA, "2026-02-17 11:45", "Spring sale - emails",
        """Luca,

The spring sale is the first fortnight of March. We need the three sale emails
signed off by Friday 27 February and the homepage takeover ready by 4 March.

Budget is £8.2k for the email design and a max of £2,500 for the homepage.

All sale prices must be checked by the trading team against the price file,
and the "was" prices need to comply with CMA guidance.

We're aiming for a 25% open rate and £400k of online sales over the sale
fortnight.

Oliver""",
        style="apple",
        signature="""Oliver Grant
Head of Ecommerce, Halden Home
Unit 4, Canal Yard, London N1 9AA
07700 900123""",
        labels=dict(due=["2026-02-27", "2026-03-04"],
                    budgets=[("8200", "GBP"), ("2500", "GBP", "cap")],
                    non_budget=[("400000", "GBP", "other")],
                    req=["trading team"], obj=["25% open rate"],
                    day_first=True, default_currency="GBP"),
    ),
    Forward(
        22, "homeware-january-pull-forward-fw", LUCA, INTAKE_NS, "2026-12-09 10:40",
        "FYI - Oliver's change below. Let's discuss at stand-up tomorrow 9:30.\n\nLuca",
        Mail(
            0, "homeware-jan-orig", OLIVER, LUCA, "2026-12-09 10:00",
            "January sale - change of plan",
            """Hi Luca,

We've decided to pull the January sale forward. Please move the email send from
2 Jan to 29 Dec, and bring the homepage takeover forward to 28 Dec as well.

Also, please drop the "extra 10% off" banner, the margin doesn't allow it.

Thanks,
Oliver""",
            style="apple",
        ),
        style="gmail",
        labels=dict(due=["2026-12-29", "2026-12-28"], replaced=["2027-01-02"],
                    cr=["move the email send", "drop the"],
                    day_first=True, default_currency="GBP"),
    ),
    Forward(
        23, "eyewear-newyear-fw-apple", SAM, INTAKE, "2026-12-17 15:02",
        "Please log this one.\n\nSam",
        Mail(
            0, "eyewear-newyear-orig", KENJI, SAM, "2026-12-17 14:20", "New Year campaign",
            """Hi Sam,

For the New Year campaign we need the final social cuts by Jan 4 and the
in-store posters delivered to all 14 stores by January 8.

Please add a 6-second bumper version for YouTube, that wasn't in the original
scope. Budget for the extra cut is up to $6,000.

Our frames start at $129 and that should be the hero price on the posters.

Thanks,
Kenji""",
            style="apple", signature=KENJI_SIG,
        ),
        style="apple",
        labels=dict(due=["2027-01-04", "2027-01-08"], budgets=[("6000", "USD", "cap")],
                    non_budget=[("129", "USD", "price")], cr=["6-second bumper"]),
    ),
    Forward(
        24, "resort-brochure-rfc822", SAM, INTAKE, "2026-10-12 09:15",
        "Attaching Erik's email for intake.\n\nSam Ortiz\nBrightlane",
        Mail(
            0, "resort-brochure-orig", ERIK, SAM, "2026-10-12 07:50", "Winter brochure",
            """Hi Sam,

We want the winter brochure (24 pages, 170gsm silk) at the printer by
October 30. Let's also add a page on the new spa.

Budget is $32,000 including photography. Early-bird lift tickets are $79 this
year, list them on page 3.

The goal: 5,000 direct bookings for the season.

All photos of guests need a signed release, and the Forest Service permit
number has to be printed on the back cover.

Erik""",
            style="outlook",
            signature="""Erik Lindqvist
Marketing Manager | Alpine Lakes Resort
Box 200, 1 Summit Rd, Breckenridge, CO 80424
970-555-0191""",
        ),
        style="rfc822",
        labels=dict(due=["2026-10-30"], budgets=[("32000", "USD")],
                    non_budget=[("79", "USD", "price")], cr=["new spa"],
                    obj=["5,000 direct bookings"],
                    req=["signed release", "Forest Service permit"]),
    ),
    Forward(
        25, "bakery-podcast-pause-fw-gmail", SAM, INTAKE, "2026-04-16 18:30",
        "fyi",
        Mail(
            0, "bakery-podcast-orig", DANA, SAM, "2026-04-16 17:05", "Re: Summer patio menu",
            """Sam, small change: we're pausing the podcast ads for May, the host left
the show. Can you move that money into Instagram instead?

Also, the patio menu launch is now May 15, not May 8.

Dana""",
            quote=Quote(SAM, "2026-04-14 09:00", """Hi Dana,

Podcast ads start May 1 at $3,200/month and the patio menu launches May 8.

Sam"""),
        ),
        style="gmail",
        labels=dict(due=["2026-05-15"], replaced=["2026-05-08"],
                    cr=["pausing the podcast ads", "Instagram", "patio menu launch"]),
    ),
    Mail(
        26, "fintech-thanks-negative", TOM, SAM, "2026-09-11 10:02", "RE: Booth graphics v1",
        """Sam,

These look great, thanks to you and the team. Approved as is.

Tom""",
        style="outlook",
        quote=Quote(SAM, "2026-09-10 16:45", """Hi Tom,

Booth graphics v1 attached. They're due to the exhibit house September 18;
spend to date is $9,400 of the $22,000.

Sam"""),
        labels=dict(),
    ),
    Mail(
        27, "creditunion-invoice-negative", ANGELA, SAM, "2026-04-14 09:30", "RE: Invoice 2026-031",
        """Hi Sam,

Accounts payable asked me to confirm: invoice #2026-031 for $12,480.00 was paid
on April 10 under PO 4500219873. The remaining invoice for the direct mail
piece ($3,980) will go out in the next payment run.

Also, our branches are open 9-5 on Saturday now, if that matters for the next
ad.

Thanks,
Angela""",
        style="outlook",
        labels=dict(non_budget=[("12480", "USD", "invoice"), ("3980", "USD", "invoice")]),
    ),
    Mail(
        28, "bank-meeting-times", ROBERT, SAM, "2026-11-02 08:40", "Creative review",
        """Sam,

Can we do the creative review on Thursday at 2pm ET instead of Wednesday? I'm
in Boston on Wednesday. Let's also set up the January planning session for the
week of January 11.

The holiday spots still need to be with the stations by November 20.

Robert""",
        style="outlook",
        labels=dict(due=["2026-11-20"]),
    ),
    Mail(
        29, "saas-launch-html-qp", NINA, PRIYA, "2026-06-09 13:15",
        "Product launch — Stackwise 3.0",
        """Hi Priya,

Stackwise 3.0 ships on July 14 — we need the launch video, the blog header and
5 social cards ready by July 7.

The video must include a customer quote from Acme Robotics; they’ve already
agreed to it.

Budget: $48,000 all-in, hard cap.

Our goal is 2,000 trial sign-ups in the first 30 days after launch.

Everything must pass our accessibility checklist (WCAG 2.1 AA) — captions on
every video, alt text on every image.

Thanks!
Nina""",
        style="html", cte="quoted-printable",
        labels=dict(due=["2026-07-14", "2026-07-07"], budgets=[("48000", "USD", "cap")],
                    req=["customer quote", "accessibility checklist"],
                    obj=["2,000 trial sign-ups"]),
    ),
    Mail(
        30, "outfitters-gift-guide-relative", JESS, SAM, "2026-09-16 11:20", "Holiday gift guide",
        """Sam,

We'd like to do a holiday gift guide this year: 16 pages, digital only.

Can you send a first outline within 7 working days? Design should be final by
the end of the month, and the guide goes live in three weeks.

We have $12k to $15k for it. The point is to lift average order value over
the holidays.

Jess""",
        labels=dict(due=["2026-09-25", "2026-09-30", "2026-10-07"],
                    budgets=[("15000", "USD", "range", "12000")],
                    obj=["average order value"]),
    ),
    Mail(
        31, "tourism-banner-fix-cob", MIA, LUCA, "2026-07-09 16:30", "Winter escapes - banners",
        """Luca,

The HTML5 banners need a fix: the "Book now" button is cut off on the 300x250
size. Please also update the price from $199 to $179 per night in all sizes.

Need them back COB Wednesday.

Thanks,
Mia""",
        labels=dict(due=["2026-07-15"],
                    non_budget=[("199", "AUD", "price"), ("179", "AUD", "price")],
                    cr=["Book now", "update the price"], default_currency="AUD"),
    ),
    Mail(
        32, "bakery-pies-grand-ordinals", DANA, SAM, "2026-10-13 10:00", "Holiday pies",
        """Sam,

For the holiday pie pre-orders we can spend 15 grand, tops. The pre-order page
needs to be up by the 20th, and the email by the 27th.

Goal is 1,500 pre-orders (we did 1,100 last year).

Every pie photo has to be of our actual pies, no stock.

Dana""",
        signature="Dana Whitfield | Crumb & Co. | (312) 555-0187",
        labels=dict(due=["2026-10-20", "2026-10-27"], budgets=[("15000", "USD", "cap")],
                    obj=["1,500 pre-orders"], req=["no stock"]),
    ),
    Mail(
        33, "bakery-cafe-cancel-qp", RAY, SAM, "2026-11-09 13:45", "RE: Café menu boards",
        """Sam,

Please cancel the menu board reprint for the Wicker Park café, we're closing
that location for renovation. The other two boards are fine.

Invoice INV-8842 ($640) can be voided.

Ray""",
        style="plain", cte="quoted-printable",
        quote=Quote(SAM, "2026-11-06 12:00", """Ray,

The reprint of the 3 menu boards is ordered: delivery on November 16, $640 in
total.

Sam""", subject="Café menu boards"),
        labels=dict(cr=["cancel the menu board reprint"],
                    non_budget=[("640", "USD", "invoice")]),
    ),
]
