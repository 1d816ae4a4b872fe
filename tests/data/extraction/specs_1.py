"""Food, retail, banking, software and tourism clients: briefs, edits and replies (001-016)."""

from build import Forward, Mail, Quote
from cast import (
    ANGELA,
    CLAIRE,
    DANA,
    HELEN,
    INTAKE,
    JESS,
    LUCA,
    MARCUS,
    MIA,
    NINA,
    PRIYA,
    RAY,
    ROBERT,
    SAM,
    TOM,
)

CRUMB_SIG = """Dana Whitfield
Marketing & Community | Crumb & Co. Bakery
2245 N Lincoln Ave, Chicago, IL 60614
(312) 555-0187"""

ITEMS = [
    Mail(
        1, "bakery-launch-move", DANA, SAM, "2026-03-02 09:14", "Re: Spring menu launch - timing",
        """Hi Sam,

Quick update from our side. The new ovens at the Lincoln Park store won't be
installed in time, so let's move the launch from March 16 to March 23 and shift
the media plan to match.

We still want the window posters printed by March 13 so they can go up the week
before. Budget for the whole push stays at $18,500.

Thanks!
Dana""",
        signature=CRUMB_SIG,
        quote=Quote(SAM, "2026-02-27 16:02", """Hi Dana,

Here's where we landed: launch on March 16, posters due March 9, and $16,000
for paid social plus $2,500 for print.

Best,
Sam"""),
        labels=dict(due=["2026-03-23", "2026-03-13"], replaced=["2026-03-16"],
                    budgets=[("18500", "USD")], cr=["move the launch"]),
    ),
    Mail(
        2, "bakery-poster-edits", RAY, SAM, "2026-03-11 16:40", "RE: Window posters - proof v2",
        """Sam,

Thanks for the proofs. A few edits before we sign off:

- Swap the hero photo for the sourdough shot from the February shoot
- Change "Fresh every morning" to "Baked fresh every morning"
- Remove the QR code from the small 11x17 version
- Make the store hours text larger, it's hard to read at 8pt

Printer needs final files by COB Friday. We're printing 250 copies on 100lb
gloss, the quote came in at $1.85 per poster.""",
        style="outlook",
        signature="""Ray Alvarez
Operations Manager | Crumb & Co. Bakery
2245 N Lincoln Ave, Chicago, IL 60614
o: (312) 555-0187 | m: (773) 555-0142""",
        quote=Quote(SAM, "2026-03-10 11:25", """Hi Ray,

Attached are the v2 proofs for the window posters. They go to print on March 16
once you approve.

Sam"""),
        labels=dict(due=["2026-03-13"], non_budget=[("1.85", "USD", "price")],
                    cr=["swap the hero photo", "Baked fresh every morning", "remove the QR code",
                        "store hours text larger"]),
    ),
    Mail(
        3, "mealkit-summer-brief", MARCUS, PRIYA, "2026-04-07 11:02",
        "Summer meal kit campaign - brief",
        """Hi Priya,

Following our call last Thursday, here's the short version of the brief for the
summer campaign.

We want to grow trial subscriptions by 20% over the summer, mostly with
first-time buyers in the 25-34 bracket. The second goal is to win back lapsed
subscribers who cancelled in the last 12 months.

Budget is $75k for paid social and another $20k for influencer seeding. We'd
like to see concepts by April 24 and launch on June 1.

A couple of must-haves: every claim about calories or nutrition has to be
cleared by our registered dietitian before anything goes live. All creative
needs to follow the new 2026 brand guidelines (I'll send the PDF separately).

Our box price is $59.99 per week, in case you need it for the offer mechanics.

Cheers,
Marcus

Marcus Lee | Head of Growth, Verde Kitchen
1500 Abbot Kinney Blvd, Venice, CA 90291
+1 310 555 0123""",
        style="apple",
        labels=dict(due=["2026-04-24", "2026-06-01"],
                    budgets=[("75000", "USD"), ("20000", "USD")],
                    non_budget=[("59.99", "USD", "price")],
                    obj=["grow trial subscriptions by 20%", "win back lapsed subscribers"],
                    req=["registered dietitian", "2026 brand guidelines"]),
    ),
    Mail(
        4, "mealkit-concept-feedback", MARCUS, PRIYA, "2026-04-29 08:30", "Re: Summer concepts",
        """Priya,

We loved concept B. Could we swap the tagline for "Dinner, sorted by summer"
and drop the beach scene from the 15s cut? The team also asked whether we can
add a Spanish version of the paid social set.

Launch date doesn't change.

M.""",
        style="apple",
        quote=Quote(PRIYA, "2026-04-24 17:45", """Hi Marcus,

Attached are three concepts for the summer campaign. We're on track for the
June 1 launch and the $75k media budget. Could you give us feedback by May 1?

Priya"""),
        labels=dict(cr=["swap the tagline", "add a Spanish version"]),
    ),
    Mail(
        5, "dairy-fall-budget", CLAIRE, SAM, "2026-05-14 10:20", "Fall cheese campaign budget",
        """Hi Sam,

Good news: finance approved CA$12,000 for the fall cheese campaign, plus up to
CA$3,000 for in-store sampling if the retailers agree.

All packaging shots must show the bilingual (English/French) label, that's a
CFIA requirement for us. We also need the Quebec creative written in French by
a native speaker, not translated.

Can we have the first round of layouts by May 29? The retailer deadline for
planogram material is June 12.

Thanks,
Claire""",
        style="outlook",
        signature="""Claire Boucher
Marketing Director, Maple Ridge Dairy Co-operative
410 Queen St W, Toronto ON M5V 2A8
T 416-555-0199""",
        labels=dict(due=["2026-05-29", "2026-06-12"],
                    budgets=[("12000", "CAD"), ("3000", "CAD", "cap")],
                    req=["bilingual", "native speaker"], default_currency="CAD"),
    ),
    Mail(
        6, "dairy-hold-quebec-html", CLAIRE, SAM, "2026-06-01 15:45", "RE: Layouts round 1",
        """Hi Sam,

Thanks for the layouts. Please hold the Quebec print run until we hear back
from the retailer. For the Ontario version, change the price burst from $7.99
to $6.99 - the promo price changed this morning.

Could you send revised files by Thursday?

Claire""",
        style="html", cte="quoted-printable",
        quote=Quote(SAM, "2026-05-29 13:10", """Hi Claire,

Layouts attached. Print deadline is June 12 and the sampling budget is
CA$3,000.

Sam"""),
        labels=dict(due=["2026-06-04"],
                    non_budget=[("7.99", "CAD", "price"), ("6.99", "CAD", "price")],
                    cr=["hold the Quebec print run", "change the price burst"],
                    default_currency="CAD"),
    ),
    Mail(
        7, "outfitters-catalog-specs", JESS, SAM, "2026-07-14 13:05", "Fall catalog - specs",
        """Hey Sam,

Specs for the fall catalog, as promised:

- 48 pages plus cover, 8.5 x 11
- 80lb matte text, 100lb cover
- print run of 35,000, mailing in mid-September

We need final files at the printer by August 21. The total budget for design
and production is between $40k and $45k, printing is billed separately by the
printer.

The CEO has to sign off on the cover before it goes to print - last year we
skipped that and it was a mess.

Our goal for this catalog is to drive 15% of fall online revenue from catalog
codes.""",
        signature="""Jess Romero
Brand Marketing Lead
Northwind Outfitters | 1801 Wynkoop St, Denver, CO 80202
(720) 555-0110""",
        labels=dict(due=["2026-08-21"], budgets=[("45000", "USD", "range", "40000")],
                    req=["CEO has to sign off"], obj=["15% of fall online revenue"]),
    ),
    Mail(
        8, "outfitters-cover-swap", JESS, SAM, "2026-07-30 09:40",
        "Re: Fall catalog - cover options",
        """Sam - cover option 2 is the winner. Can we try it with the orange parka
instead of the green one? And please take out the "Free shipping over $75"
line, we ended that offer last week.

No change to the August 21 deadline.

J""",
        quote=Quote(SAM, "2026-07-28 15:30", """Hi Jess,

Three cover options attached. Reminder that files are due August 21 and we're
at $41,200 of the budget so far.

Sam"""),
        labels=dict(due=["2026-08-21"], non_budget=[("75", "USD", "other")],
                    cr=["orange parka", "Free shipping over"]),
    ),
    Mail(
        9, "creditunion-home-loans", ANGELA, SAM, "2026-02-09 08:55", "Spring home loan campaign",
        """Good morning Sam,

We'd like to get the spring home loan campaign in market by March 2. The
objective is to increase first-mortgage applications from members under 35 by
10% versus last spring.

Budget: USD 9,200 for digital, and no more than $4,500 for the direct mail
piece.

Compliance notes: every ad must include the Equal Housing Opportunity logo and
the NMLS ID, and rates cannot be quoted without the APR disclosure. Our
compliance officer, Gary, reviews everything before it goes out, so please
build in 5 business days for his review.

Thanks,
Angela""",
        style="outlook",
        signature="""Angela Brooks, CCUFC
VP Marketing | Lakeshore Credit Union
NMLS #408821
600 E Wisconsin Ave, Milwaukee, WI 53202
P: 414.555.0166""",
        labels=dict(due=["2026-03-02"],
                    budgets=[("9200", "USD"), ("4500", "USD", "cap")],
                    obj=["first-mortgage applications"],
                    req=["Equal Housing Opportunity", "5 business days"]),
    ),
    Mail(
        10, "creditunion-dm-proof", ANGELA, SAM, "2026-02-25 14:10", "RE: Direct mail proof",
        """Sam,

Gary went through the direct mail proof. Please increase the APR footnote to
8pt. We also need a signed model release on file for the couple in the photo
before we can use it.

Otherwise approved. Can the final go to the mail house by Monday?

Angela""",
        style="outlook",
        quote=Quote(SAM, "2026-02-24 10:05", """Hi Angela,

Proof attached. The mail house date is March 4 and the print cost came in at
$3,980.

Sam"""),
        labels=dict(due=["2026-03-02"], cr=["APR footnote"], req=["model release"]),
    ),
    Mail(
        11, "bank-q4-smallbiz", ROBERT, SAM, "2026-09-15 17:20", "Q4 small business push",
        """Sam,

Following up on Thursday's steering meeting: we're going ahead with the Q4
small business push. Headline goals: open 1,200 new small business checking
accounts in Q4 and lift awareness of Meridian Business Online among business
owners in the tri-state area.

Budget is $2.5M across TV, radio and digital. Production is on top of that,
capped at $250,000.

Timing: scripts for legal review by October 2, final spots delivered to
stations by October 23.

Legal requirements: all spots need the Member FDIC tag, and any mention of the
$300 account bonus has to carry the full offer terms on screen for at least 5
seconds.

Let's find time next week to walk through the media plan - I'm free Tuesday at
10am or Wednesday afternoon.

Robert""",
        style="outlook",
        signature="""Robert Kim
SVP, Brand & Marketing
Meridian Bank | 250 Park Avenue South, New York, NY 10003
Tel +1 212 555 0134""",
        labels=dict(due=["2026-10-02", "2026-10-23"],
                    budgets=[("2500000", "USD"), ("250000", "USD", "cap")],
                    non_budget=[("300", "USD", "other")],
                    obj=["1,200 new small business"], req=["Member FDIC"]),
    ),
    Forward(
        12, "bank-legal-fw-outlook", SAM, INTAKE, "2026-10-05 11:32",
        "Forwarding for the record.\n\n-Sam",
        Mail(
            0, "bank-legal-orig", HELEN, SAM, "2026-10-05 11:00", "Q4 scripts - legal review",
            """Sam,

Legal has reviewed the scripts. Please remove the phrase "guaranteed approval"
from spot 2. In spot 3, replace "no fees" with "no monthly maintenance fees".

Revised scripts back to me by Wednesday, October 7 please.

Thanks,
Helen""",
            style="outlook",
            signature="""Helen Ashford
Senior Counsel, Marketing Compliance
Meridian Bank""",
        ),
        style="outlook",
        labels=dict(due=["2026-10-07"],
                    cr=["remove the phrase", "no monthly maintenance fees"]),
    ),
    Mail(
        13, "saas-webinar-promo", NINA, PRIYA, "2026-01-15 10:30", "Webinar promo + landing page",
        """Hi Priya,

We're running a webinar next month ("Shipping faster with feature flags") and
need a promo push. Target is 600 registrations, with at least 40% from
companies over 500 employees.

Deliverables: 3 LinkedIn ads, 2 emails, and a landing page. Please have the
landing page live by January 28 so the first email can go out January 29.

Budget is $15k. Please don't use the old logo anywhere: the rebrand is final and
legal wants the new trademark symbol on the product name.

Nina""",
        labels=dict(due=["2026-01-28", "2026-01-29"], budgets=[("15000", "USD")],
                    obj=["600 registrations"], req=["old logo"]),
    ),
    Mail(
        14, "saas-landing-edits", NINA, PRIYA, "2026-01-23 16:50", "Re: Webinar landing page v1",
        """Looks good overall. Could you change the CTA from "Sign up" to "Save my
seat", and add our speaker's headshot next to the agenda? One more: please cut
the pricing section entirely, sales doesn't want pricing on a webinar page.

We're still good for the 28th.

Nina""",
        quote=Quote(PRIYA, "2026-01-22 12:00", """Hi Nina,

v1 of the landing page is on staging. We'll go live January 28. Ad spend so
far is $4,200.

Priya"""),
        labels=dict(due=["2026-01-28"], cr=["Save my seat", "cut the pricing section"]),
    ),
    Mail(
        15, "fintech-tradeshow", TOM, SAM, "2026-08-05 12:15", "Trade show booth - AFP 2026",
        """Hi Sam,

We've confirmed our booth at AFP in October. We need the booth graphics, a
one-page product sheet and a giveaway idea. The booth is 10x20, and the
graphics files are due to the exhibit house by September 18.

Goal: book 150 qualified demos at the show (last year we got 92).

Budget for the creative is USD 22,000; the booth rental itself ($18,750) is
already paid and not part of this.

Requirements: all product screenshots must come from the current release
(v7.2), and the SOC 2 badge needs to appear on the product sheet.

Thanks,
Tom""",
        style="outlook",
        signature="""Tom Becker | Director of Demand Generation
Ledgerline, Inc.
500 W 2nd St, Suite 1900, Austin, TX 78701
Office: 512-555-0148""",
        labels=dict(due=["2026-09-18"], budgets=[("22000", "USD")],
                    non_budget=[("18750", "USD", "other")],
                    obj=["150 qualified demos"], req=["current release"]),
    ),
    Mail(
        16, "tourism-sydney-utc-date", MIA, LUCA, "2026-11-30 08:15",
        "Summer campaign - next steps",
        """Hi Luca,

Morning from Sydney! Can we get the rough cut of the hero video by tomorrow?
The board sees it on Wednesday. Social assets are due by the 11th so we can
schedule them before the school holidays start.

We want to lift summer midweek bookings by 12% compared with last year. The
budget for the paid social boost is AUD 5,000.

Every shot with people in it needs a signed talent release before it's used,
including the lifeguards.

Thanks heaps,
Mia""",
        utc_header=True,
        labels=dict(due=["2026-12-01", "2026-12-11"], budgets=[("5000", "AUD")],
                    obj=["midweek bookings"], req=["talent release"],
                    default_currency="AUD"),
    ),
]
