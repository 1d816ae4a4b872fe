"""Short client mails: date forms, money forms, statements, nested forwards, negatives (058-095)."""

from build import Forward, Mail, Person, Quote
from cast import (
    ANGELA,
    CAMILLE,
    CLAIRE,
    DANA,
    ERIK,
    HELEN,
    INTAKE,
    INTAKE_HF,
    INTAKE_NS,
    JESS,
    JONAS,
    KENJI,
    LUCA,
    MARCUS,
    MIA,
    NINA,
    OLIVER,
    PRIYA,
    RAY,
    ROBERT,
    SAM,
    SOPHIE,
    TOM,
)

AIKO = Person("Aiko Tanaka", "aiko@lumenaeyewear.com", "America/New_York")
FR = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

ITEMS = [
    Mail(
        58, "bakery-valentines-december", DANA, SAM, "2026-12-08 14:00", "Valentine's",
        """Sam,

Looking ahead: we want Valentine's pre-orders open by Feb 2, and the
heart-shaped cookie photos by 1/15. Budget is $6,500.

Please make sure every product shot includes the allergen icons.

Dana""",
        labels=dict(due=["2027-02-02", "2027-01-15"], budgets=[("6500", "USD")],
                    req=["allergen icons"]),
    ),
    Mail(
        59, "bakery-catering-us-numeric", RAY, SAM, "2026-02-23 09:00", "Catering menu",
        """Sam,

Can we get the catering menu proofs by 03/06? Print run is 500, 16 pages,
100# cover. The printer quoted $2.40 a copy.

Also please add the new gluten-free section on page 9.

Ray""",
        style="outlook",
        labels=dict(due=["2026-03-06"], non_budget=[("2.40", "USD", "price")],
                    cr=["gluten-free section"]),
    ),
    Mail(
        60, "mealkit-past-references", MARCUS, PRIYA, "2026-05-20 10:00", "Re: Influencers",
        """Priya,

As we said on Tuesday, the summer launch stays June 1, no changes there. Last
spring we launched on April 2 and regretted it.

Could you send the final influencer list by Friday?

Thanks,
M""",
        style="apple",
        labels=dict(due=["2026-06-01", "2026-05-22"]),
    ),
    Mail(
        61, "dairy-valentines-iso", CLAIRE, SAM, "2026-12-11 11:00", "Valentine's cheese boards",
        """Sam,

For the Valentine's cheese board promo: the retailer needs the shelf talkers by
2027-02-01, and the promo runs the week before Valentine's Day. We have
CA$4,500 for it.

Please use the "Made in Ontario since 1932" line on everything.

Claire""",
        style="outlook",
        labels=dict(due=["2027-02-01"], budgets=[("4500", "CAD")],
                    req=["Made in Ontario since 1932"], default_currency="CAD"),
    ),
    Mail(
        62, "outfitters-lookbook-written-days", JESS, SAM, "2026-02-16 12:00",
        "Spring trail lookbook",
        """Sam,

For the spring trail campaign we need the lookbook by the 2nd of March, and the
store windows installed 3 Mar.

Can you also add a kids' section to the lookbook? The budget for the kids'
add-on is max $4,000.

Jess""",
        style="apple",
        labels=dict(due=["2026-03-02", "2026-03-03"], budgets=[("4000", "USD", "cap")],
                    cr=["kids' section"]),
    ),
    Mail(
        63, "creditunion-annual-report-html", ANGELA, SAM, "2026-10-08 13:00", "Annual report",
        """Sam,

For the annual report: it's 32 pages on 80lb silk, 1,200 copies. The printer's
quote is $4.85 per copy.

We need the designed PDF by October 30 so the board can approve it at the
November 12 meeting.

The CEO must approve the letter from the president before layout.

Angela""",
        style="html",
        labels=dict(due=["2026-10-30"], non_budget=[("4.85", "USD", "price")],
                    req=["CEO must approve"]),
    ),
    Mail(
        64, "bank-monday-cob-wednesday", ROBERT, SAM, "2026-04-16 15:00", "Two quick ones",
        """Sam - two quick ones.

Please pull the "Rates as low as" banner from the homepage by Monday; rates
changed this morning. And we need the branch poster files COB Wednesday.

Robert""",
        style="outlook",
        labels=dict(due=["2026-04-20", "2026-04-22"], cr=["Rates as low as"]),
    ),
    Mail(
        65, "bank-legal-requirements", HELEN, SAM, "2026-06-23 10:00",
        "Summer savings - legal rules",
        """Sam,

For the summer savings campaign: every ad must include "Member FDIC" and the
Equal Housing Lender logo. The APY must be shown with the "as of" date.
Testimonials require a signed release and a disclosure that the customer was
not paid.

Please send everything to me for review no later than July 8.

Helen""",
        style="outlook",
        signature="""Helen Ashford
Senior Counsel, Marketing Compliance
Meridian Bank | 250 Park Avenue South, New York, NY 10003""",
        labels=dict(due=["2026-07-08"], req=["Member FDIC", "as of", "signed release"]),
    ),
    Mail(
        66, "saas-abm-objectives", NINA, PRIYA, "2026-10-19 09:30",
        "Q4 ABM - what success looks like",
        """Priya,

Quick note on what success looks like for the Q4 ABM push. We want 40 target
accounts to book a meeting. We'd also like to lift the win rate on enterprise
deals from 18% to 25%.

Secondary goal: get 3 new case studies from the accounts we close.

No new budget, we'll use what's left of the $60k.

Nina""",
        labels=dict(budgets=[("60000", "USD")],
                    obj=["40 target accounts", "win rate", "3 new case studies"]),
    ),
    Mail(
        67, "fintech-cancel-remove", TOM, SAM, "2026-03-04 16:00", "Podcast + Spanish page",
        """Sam,

We're cancelling the podcast series; leadership decided to stop all audio this
year. Please also remove the Spanish landing page from the scope, we're not
launching in Mexico after all.

The webinar landing page stays as planned.

Tom""",
        style="outlook",
        labels=dict(cr=["cancelling the podcast series", "remove the Spanish landing page"]),
    ),
    Mail(
        68, "tourism-australia-day-rollover", MIA, LUCA, "2026-12-16 14:00",
        "Australia Day weekend",
        """Luca,

For the Australia Day weekend push: creative by Jan 8 please, and we go live on
Jan 22. Budget: AUD 18,000 for social and search.

All creative must include the Acknowledgement of Country in the footer.

Mia""",
        labels=dict(due=["2027-01-08", "2027-01-22"], budgets=[("18000", "AUD")],
                    req=["Acknowledgement of Country"], default_currency="AUD"),
    ),
    Mail(
        69, "resort-two-weeks-end-of-month", ERIK, SAM, "2026-11-09 09:00", "Ski school flyer",
        """Sam,

The ski school flyer needs to be at the printer in two weeks, and the website
banner by the end of the month.

Please swap the photo on the flyer for one with a helmet, our insurer insists.
Lift ticket price on the flyer: $149 a day.

Erik""",
        labels=dict(due=["2026-11-23", "2026-11-30"], non_budget=[("149", "USD", "price")],
                    cr=["swap the photo"]),
    ),
    Forward(
        70, "eyewear-nested-forward", SAM, INTAKE, "2026-09-14 11:00", "for intake",
        Forward(
            0, "eyewear-nested-mid", KENJI, SAM, "2026-09-14 09:10",
            "Sam - see Aiko's note below. Can we talk this afternoon?\n\nKenji",
            Mail(
                0, "eyewear-nested-orig", AIKO, KENJI, "2026-09-14 08:00", "Holiday concepts",
                """Kenji,

I've seen the holiday concepts. Let's go with the "See the season" idea, but
please replace the model in the red coat; she's in our competitor's campaign
this year.

I also want the holiday windows in all stores by November 16.

Aiko""",
                style="apple",
            ),
            style="apple",
        ),
        style="gmail",
        labels=dict(due=["2026-11-16"], cr=["replace the model"]),
    ),
    Forward(
        71, "mealkit-hold-fw-outlook", PRIYA, INTAKE_HF, "2026-07-09 17:00",
        "Logging Marcus's hold.\n\n- P",
        Mail(
            0, "mealkit-hold-orig", MARCUS, PRIYA, "2026-07-09 16:20", "Fall shoot",
            """Priya,

We need to hold the fall shoot until the new recipes are final, probably two
weeks. Everything else stays as planned.

Please make sure the food stylist has a California food handler card; our
insurer asks for it.

Marcus""",
            style="apple",
        ),
        style="outlook",
        labels=dict(cr=["hold the fall shoot"], req=["food handler card"]),
    ),
    Forward(
        72, "homeware-poster-fw-outlook", LUCA, INTAKE_NS, "2026-09-21 09:00", "FYI\n\nLuca",
        Mail(
            0, "homeware-poster-orig", OLIVER, LUCA, "2026-09-21 08:30", "Westfield poster",
            """Luca,

Please add a 6-sheet poster for the Westfield White City site; the landlord
offered us a slot for free. Artwork is needed by 2 October.

Oliver""",
            style="apple",
        ),
        style="outlook",
        labels=dict(due=["2026-10-02"], cr=["6-sheet poster"], **UK),
    ),
    Forward(
        73, "candles-sophie-fw-gmail", SAM, INTAKE, "2026-11-03 05:00", "",
        Mail(
            0, "candles-sophie-orig", SOPHIE, SAM, "2026-11-03 10:00", "Vitrines Noël",
            """Hello Sam,

Camille is on holidays so I am writing you. The printer needs the window files
one day earlier, on 05/11 instead of 06/11. Could you also add the boutique of
Bordeaux? It opens in December.

Thank you,
Sophie""",
        ),
        style="gmail",
        labels=dict(due=["2026-11-05"], replaced=["2026-11-06"],
                    cr=["one day earlier", "boutique of Bordeaux"], **FR),
    ),
    Forward(
        74, "tools-xmas-mailing-rfc822", SAM, INTAKE, "2026-11-30 06:00", "Jonas, attached.",
        Mail(
            0, "tools-xmas-orig", JONAS, SAM, "2026-11-30 09:00", "Christmas mailing dealers",
            """Hello Sam,

we need the Christmas mailing for our dealers: a 4-page flyer (A4, 170 g/m²)
and an e-mail. Print data by 15.12., e-mail send date 18.12.

Budget max. 6.500 EUR net.

Please use the new product photos only, the old ones show the previous housing
design.

Best regards
Jonas Weber""",
            style="outlook", cte="quoted-printable",
        ),
        style="rfc822",
        labels=dict(due=["2026-12-15", "2026-12-18"], budgets=[("6500", "EUR", "cap")],
                    req=["new product photos only"], **FR),
    ),
    Mail(
        75, "bakery-prices-qp", RAY, SAM, "2026-05-08 09:30", "New prices",
        """Sam —

The new croissant price is $4.25 (was $3.95), and the pain au chocolat goes to
$4.75. Please update the menu boards and the website; no rush, by the 22nd is
fine.

Ray""",
        style="plain", cte="quoted-printable",
        labels=dict(due=["2026-05-22"], cr=["update the menu boards"],
                    non_budget=[("4.25", "USD", "price"), ("3.95", "USD", "price"),
                                ("4.75", "USD", "price")]),
    ),
    Mail(
        76, "creditunion-business-days", ANGELA, SAM, "2026-08-03 10:00", "Fall auto loans",
        """Sam,

The board approved the fall auto loan campaign. Budget is USD 28,000, with a
max of $3,000 for the radio production.

Please send the first concepts within 10 business days.

Rate ads need the APR and the "rates subject to change" line.

Angela""",
        style="outlook",
        labels=dict(due=["2026-08-17"], budgets=[("28000", "USD"), ("3000", "USD", "cap")],
                    req=["subject to change"]),
    ),
    Mail(
        77, "mealkit-late-night-utc", MARCUS, PRIYA, "2026-11-10 19:45", "Thanksgiving box email",
        """Priya,

Late one from me: for the Thanksgiving box email, can we swap the hero image
for the turkey-free option? About half our subscribers are vegetarian now.

Please have the final by tomorrow noon, it goes out Thursday.

Marcus""",
        style="html", utc_header=True,
        labels=dict(due=["2026-11-11", "2026-11-12"], cr=["swap the hero image"]),
    ),
    Mail(
        78, "saas-newsletter-us-numeric", NINA, PRIYA, "2026-02-02 11:00", "Partner newsletter",
        """Priya - the partner newsletter goes out 2/14, so copy is due 2/10.

Please add a section on the new Terraform provider. Budget-wise, the extra
section shouldn't cost more than $2k.

Nina""",
        labels=dict(due=["2026-02-14", "2026-02-10"], budgets=[("2000", "USD", "cap")],
                    cr=["Terraform provider"]),
    ),
    Mail(
        79, "fintech-admin-negative", TOM, SAM, "2026-06-11 10:00", "Vendor number + PO",
        """Sam,

Two admin things: our new vendor number is V-40417, and please put
PO 4500331982 on the June invoice. The last one ($14,250) went to the wrong
cost center.

Also, our new address from July 1 is 600 Congress Ave, Floor 12, Austin, TX
78701.

Tom""",
        style="outlook",
        labels=dict(non_budget=[("14250", "USD", "invoice")]),
    ),
    Mail(
        80, "tourism-winter-three-weeks", MIA, LUCA, "2026-04-02 10:00", "Winter campaign",
        """Luca,

The Easter campaign did really well, thank you!

For winter, we want to grow bookings from Melbourne by 20%. We'd also love to
see the whale-watching tours sold out in July.

Can you send a first idea in three weeks? Budget is AUD 40,000, no more than
AUD 8,000 of it on production.

Mia""",
        labels=dict(due=["2026-04-23"],
                    budgets=[("40000", "AUD"), ("8000", "AUD", "cap")],
                    obj=["Melbourne by 20%", "whale-watching"], default_currency="AUD"),
    ),
    Mail(
        81, "outfitters-catalog-drop-move", JESS, SAM, "2026-08-25 09:00", "Printer delay",
        """Sam,

Printer delay: can we move the catalog drop from 9/14 to 9/21? Also swap the
back cover for the tent ad, the sleeping bag promo got cancelled.

Jess""",
        labels=dict(due=["2026-09-21"], replaced=["2026-09-14"],
                    cr=["move the catalog drop", "swap the back cover"]),
    ),
    Mail(
        82, "bakery-wholesale-brochure", RAY, SAM, "2026-09-09 15:30", "Wholesale brochure",
        """Sam,

For the wholesale brochure, the goal is to sign 15 new restaurant accounts this
year. It must list all allergens per item, that's required by the city.

Layout by the 30th please.

Ray""",
        style="outlook",
        labels=dict(due=["2026-09-30"], obj=["15 new restaurant accounts"],
                    req=["allergens"]),
    ),
    Mail(
        83, "eyewear-spring-millions", KENJI, SAM, "2026-11-16 09:00", "Spring budget confirmed",
        """Sam,

Budget for spring is confirmed at $1.2M for media, plus $90k production. The
CFO wants a hard cap on agency fees of $150,000.

Please plan the launch for March 1.

Kenji""",
        style="apple", signature="Kenji",
        labels=dict(due=["2027-03-01"],
                    budgets=[("1200000", "USD"), ("90000", "USD"), ("150000", "USD", "cap")]),
    ),
    Mail(
        84, "candles-valentine-fr", CAMILLE, SAM, "2026-12-10 11:00", "Saint-Valentin",
        """Hello Sam,

For the Valentine's Day campaign we need the key visual by 15/01/2027 and the
newsletter by 02/02. Budget: 12 000 € HT.

The perfume bottle must always be shown with the box (rule of the brand book).

Bonne journée,
Camille""",
        labels=dict(due=["2027-01-15", "2027-02-02"], budgets=[("12000", "EUR")],
                    req=["with the box"], **FR),
    ),
    Mail(
        85, "tools-postpone-newsletter-de", JONAS, SAM, "2026-12-15 14:00",
        "AW: Händler-Newsletter Januar",
        """Hello Sam,

please postpone the dealer newsletter from 07.01. to 14.01.2027, our new
catalogue comes later than planned.

All prices in the newsletter must be net prices without VAT.

Best regards
Jonas""",
        style="outlook", cte="quoted-printable",
        quote=Quote(SAM, "2026-12-14 16:00", """Dear Jonas,

the dealer newsletter is planned for 07.01.2027, budget 3.200 EUR.

Kind regards
Sam""", subject="Händler-Newsletter Januar"),
        labels=dict(due=["2027-01-14"], replaced=["2027-01-07"],
                    cr=["postpone the dealer newsletter"], req=["net prices"], **FR),
    ),
    Mail(
        86, "bank-working-days-reallocate", ROBERT, SAM, "2026-01-20 11:00", "Media plan",
        """Sam,

Please send the revised media plan within 7 working days. We're reallocating
$400k from linear TV to CTV.

The brand team wants to reach 2 million unique households in the New York DMA.

Robert""",
        style="outlook",
        labels=dict(due=["2026-01-29"], budgets=[("400000", "USD")],
                    cr=["reallocating"], obj=["2 million unique households"]),
    ),
    Mail(
        87, "saas-pause-remove-html", NINA, PRIYA, "2026-07-22 14:00", "Q3 scope",
        """Hi Priya,

Please pause the LinkedIn retargeting until the new pricing page is live. And
we'd like to remove the case study video from the Q3 scope, the customer pulled
out.

Keep everything else.

Nina""",
        style="html",
        labels=dict(cr=["pause the LinkedIn retargeting", "remove the case study video"]),
    ),
    Mail(
        88, "fintech-giveaway-swap", TOM, SAM, "2026-10-12 10:00", "Booth giveaway",
        """Sam,

Can we change the booth giveaway from socks to branded notebooks? The socks
vendor can't deliver in time.

Notebooks need to ship to Chicago by Friday, Oct 16. 500 units at $6.20 each.

Tom""",
        style="outlook",
        labels=dict(due=["2026-10-16"], cr=["giveaway"],
                    non_budget=[("6.20", "USD", "price")]),
    ),
    Mail(
        89, "resort-approved-negative", ERIK, SAM, "2026-04-14 12:00", "Re: Summer page",
        """Sam, all good - approved. See you on Thursday for the walkthrough at 10.

Erik""",
        style="apple",
        quote=Quote(SAM, "2026-04-13 17:00", """Hi Erik,

The summer page is ready for review. Final assets were due April 13; we're at
$21,300 of production.

Sam"""),
        labels=dict(),
    ),
    Mail(
        90, "homeware-teaser-grand-uk", OLIVER, LUCA, "2026-10-14 16:00", "Black Friday teaser",
        """Luca,

We'd like to do a Black Friday teaser video after all. Budget's about 15 grand
and it needs to be live by 20 November.

It must not show any prices, trading will add those to the cards.

Oliver""",
        style="apple",
        labels=dict(due=["2026-11-20"], budgets=[("15000", "GBP")], cr=["teaser video"],
                    req=["must not show any prices"], **UK),
    ),
    Mail(
        91, "dairy-quebec-french-rules", CLAIRE, SAM, "2026-01-14 10:00", "Quebec spring rules",
        """Sam,

Quick reminder of the rules for the spring Quebec campaign: all copy must be in
French first, with the French text at least as large as the English (Bill 96).

Can we have the first drafts by the 2nd of February?

Claire""",
        style="outlook",
        labels=dict(due=["2026-02-02"], req=["French first"], default_currency="CAD"),
    ),
    Mail(
        92, "bakery-catering-negative", DANA, SAM, "2026-06-15 12:00", "Catering guide",
        """Sam,

The new catering guide is 12 pages; call our caterer at 312-555-0111 if you
need photos of the trays. We sell about 2,000 boxes a month at $45 each.

Nothing urgent, just so you have it.

Dana""",
        labels=dict(non_budget=[("45", "USD", "price")]),
    ),
    Mail(
        93, "mealkit-range-max", MARCUS, PRIYA, "2026-02-12 13:00", "Spring refresh shoot",
        """Priya,

For the spring refresh we have between $10k and $12k for the photo shoot and a
max of $5,000 for retouching.

Please make sure the photographer can deliver RAW files; our in-house team does
the grading.

Marcus""",
        style="apple",
        labels=dict(budgets=[("12000", "USD", "range", "10000"), ("5000", "USD", "cap")],
                    req=["RAW files"]),
    ),
    Forward(
        94, "outfitters-quoted-inside-fw", SAM, INTAKE, "2026-11-04 16:30", "",
        Mail(
            0, "outfitters-gg-v2-orig", JESS, SAM, "2026-11-04 14:00",
            "Re: Holiday gift guide - v2",
            """Sam, two last things. Change the cover line to "Gifts for the trail". And
please drop the page with the socks, they're out of stock.

We're fine for the Nov 12 go-live.

Jess""",
            quote=Quote(SAM, "2026-11-03 11:00", """Hi Jess,

v2 is attached. Go-live is Nov 12, and we've spent $13,400 so far.

Sam"""),
        ),
        style="outlook",
        labels=dict(due=["2026-11-12"],
                    cr=["Gifts for the trail", "drop the page with the socks"]),
    ),
    Forward(
        95, "bank-connecticut-fw-apple", SAM, INTAKE, "2026-11-19 13:00", "Logging.",
        Mail(
            0, "bank-ct-orig", HELEN, SAM, "2026-11-19 12:15", "Connecticut",
            """Sam,

Robert asked me to confirm: the campaign must not run in Connecticut until we
get the state license, expected in March. Please remove the CT zip codes from
the targeting.

Helen""",
            style="outlook",
        ),
        style="apple",
        labels=dict(req=["must not run in Connecticut"], cr=["remove the CT zip codes"]),
    ),
]
