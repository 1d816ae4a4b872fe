"""The seventy-fifth labelled set (1620-1639), written on 2026-12-07 (twenty-fifth session)
after tune57's rules: the split ``blind29``, never tuned on, scored with the session's
starting code and its end.

Written to measure tune57's theme on mail its rules never saw: feedback that says what is
wrong without asking for anything, and rules given by third parties (a landlord, a health
department, an airline's co-brand team, a grocery chain, a school board, an insurer, a
platform's ad policy), in plain, phone, Outlook and forwarded mail, by native writers and
learners. Dates run in the week of 13 March 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

TACO = Person("Luis Vega", "luis@vegatacos.com", "America/Phoenix")
CLINIC = Person("Dr. Amy Shore", "amy@shorefamilymed.com", "America/Chicago")
TRAVEL = Person("Ken Ito", "ken@itotravel.com", "America/Los_Angeles")
AIRLINE = Person("Beth Cho", "bcho@skyway-air.com", "America/Chicago")
BAKER = Person("Ola Berg", "ola@bergbageri.se", "Europe/Stockholm")
SCHOOL = Person("Marcy Dunn", "mdunn@pinecrestschool.org", "America/New_York")
INSURE = Person("Raj Patel", "rpatel@patelinsurance.com", "America/Chicago")
SHOES = Person("Gina Russo", "gina@russoshoes.it", "Europe/Rome")
APP = Person("Dev Kapoor", "dev@budgetly.app", "America/New_York")
YOGA = Person("Sara Lind", "sara@lindyoga.com", "America/Denver")
FARM = Person("Walt Gray", "walt@grayorchards.com", "America/Chicago")
HOTEL = Person("Pam Reid", "preid@lakesidehotel.com", "America/Chicago")
BIKE = Person("Theo Marx", "theo@marxbikes.de", "Europe/Berlin")
DENTAL = Person("Dr. Ng", "ng@ngdental.com", "America/Los_Angeles")
PUB = Person("Fergal Ryan", "fergal@ryanspub.ie", "Europe/Dublin")
SALON = Person("Kim Vo", "kim@vosalon.com", "America/Chicago")
CHAIN = Person("Mark Bell", "mbell@freshmartgrocers.com", "America/Chicago")
SUPPLIER = Person("Jane Fox", "jane@foxjams.com", "America/Chicago")
MUSEUM = Person("Hal Price", "hprice@rivermuseum.org", "America/New_York")
CAFE = Person("Mia Costa", "mia@costacafe.pt", "Europe/Lisbon")

ITEMS = [
    Mail(
        1620, "taco-menu-wrong-things", TACO, SAM, "2028-03-13 09:00", "Re: New menu",
        """Sam, the carnitas is listed twice and the horchata is missing. Also the spicy icon is next to the wrong dish, it belongs with the diablo burrito.

Luis""",
        style="gmail",
        quote=Quote(SAM, "2028-03-10 15:00", """Luis, the new menu proof is attached.

Sam"""),
        labels=dict(cr=["the carnitas is listed twice and the horchata is missing",
                        "the spicy icon is next to the wrong dish"]),
    ),
    Mail(
        1621, "clinic-health-dept", CLINIC, SAM, "2028-03-13 10:15", "Flu shot flyer",
        """Hi Sam,

The county health department told us any vaccine flyer has to list the address of the state vaccine registry. Could you add it under our phone number?

The photo of the syringe is a bit scary for kids, honestly.

We'd like to post them by March 24.

Dr. Shore""",
        style="outlook",
        labels=dict(req=["any vaccine flyer has to list the address of the state vaccine registry"],
                    cr=["Could you add it under our phone number?",
                        "The photo of the syringe is a bit scary for kids"],
                    due=["2028-03-24"]),
    ),
    Forward(
        1622, "travel-airline-cobrand", TRAVEL, SAM, "2028-03-13 11:30",
        "Sam, the airline's rules for the co-branded ads, below. Our current draft breaks two of them I think.\n\nKen",
        Mail(
            0, "travel-airline-orig", AIRLINE, TRAVEL, "2028-03-10 14:00", "Co-brand guidelines",
            """Ken,

For co-branded advertising:
- The Skyway logo must appear at equal size or larger than the partner logo.
- Fares must include all taxes and fees.
- Never show aircraft of another airline.

Beth Cho
Partner Marketing""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(req=["The Skyway logo must appear at equal size or larger than the partner logo",
                         "Fares must include all taxes and fees",
                         "Never show aircraft of another airline"]),
    ),
    Mail(
        1623, "swedish-bakery", BAKER, SAM, "2028-03-13 13:00", "Påsk poster",
        """Hi Sam,

The poster is nice but the semla is not an Easter bun, it is for Fettisdagen. We need the photo of the saffron buns instead.

And the date of our Easter market is 8 April, not 9.

Ola""",
        style="gmail",
        labels=dict(cr=["the semla is not an Easter bun",
                        "We need the photo of the saffron buns instead",
                        "the date of our Easter market is 8 April, not 9"], **EU),
    ),
    Mail(
        1624, "school-board-rules", SCHOOL, SAM, "2028-03-13 14:30", "Open house mailer",
        """Sam,

Board policy: no student faces without a signed release, and every mailer needs the non-discrimination statement. Please check both before it goes out.

The mailer is in homes the week of April 3, so final files by March 22.

Marcy""",
        style="outlook",
        labels=dict(req=["no student faces without a signed release"],
                    due=["2028-03-22"]),
    ),
    Mail(
        1625, "insurance-phone", INSURE, SAM, "2028-03-13 16:45", "Re: Billboard",
        """rate on the billboard is last year's. should be $29/mo now""",
        style="plain",
        quote=Quote(SAM, "2028-03-13 12:00", """Raj, billboard proof attached.

Sam"""),
        labels=dict(cr=["rate on the billboard is last year's"],
                    non_budget=[("29", "USD", "price")]),
    ),
    Mail(
        1626, "italian-shoes", SHOES, SAM, "2028-03-14 09:20", "Catalogue spring",
        """Dear Sam,

Some corrections for the catalogue. The model Vera exists also in red, but in the catalogue there is only black. The sole of model Tina is in rubber, not leather as written.

Prices must be shown with VAT included for all EU countries.

Thank you,
Gina""",
        style="gmail",
        labels=dict(cr=["in the catalogue there is only black",
                        "The sole of model Tina is in rubber, not leather as written"],
                    req=["Prices must be shown with VAT included for all EU countries"], **EU),
    ),
    Mail(
        1627, "app-store-policy", APP, SAM, "2028-03-14 10:00", "App store screenshots",
        """Hey Sam,

Apple rejected our screenshots: no prices allowed in the screenshots, and the device frames have to be the current iPhone. Can you redo the set?

We want to resubmit by Friday.

Dev""",
        style="gmail",
        labels=dict(req=["no prices allowed in the screenshots"], cr=["Can you redo the set?"],
                    due=["2028-03-17"]),
    ),
    Mail(
        1628, "yoga-statements", YOGA, SAM, "2028-03-14 11:40", "Re: Retreat page",
        """Hi Sam,

Looked at the retreat page. The price is per person, not per room. The photo at the top is from Bali, our retreat is in Costa Rica. Oh and the dates are April 20-24.

Sara""",
        style="gmail",
        quote=Quote(SAM, "2028-03-13 17:00", """Sara, the retreat landing page is live on staging.

Sam"""),
        labels=dict(cr=["The price is per person, not per room",
                        "The photo at the top is from Bali"]),
    ),
    Mail(
        1629, "orchard-grocery-chain", FARM, SAM, "2028-03-14 13:00", "Apple bags",
        """Sam,

FreshMart's packaging rules: country of origin on the front, the PLU sticker area left blank, and recyclable plastic only. Our bag design has the origin on the back right now.

They need the final art by April 7.

Walt""",
        style="outlook",
        labels=dict(req=["FreshMart's packaging rules: country of origin on the front"],
                    cr=["Our bag design has the origin on the back right now"],
                    due=["2028-04-07"]),
    ),
    Mail(
        1630, "hotel-no-asks-thanks", HOTEL, SAM, "2028-03-14 15:00", "Thank you",
        """Sam, the spring brochures arrived this morning and they look wonderful. Thank you to the whole team!

Pam""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1631, "german-bike-english", BIKE, SAM, "2028-03-15 09:00", "Flyer e-bikes",
        """Hello Sam,

thanks for the flyer. The battery range is 120 km, not 150 km, this is important because of the law for advertising claims. The logo of Bosch is old, they have a new one since January.

Best
Theo""",
        style="gmail",
        labels=dict(cr=["The battery range is 120 km, not 150 km", "The logo of Bosch is old"],
                    **EU),
    ),
    Mail(
        1632, "dental-insurer-rules", DENTAL, SAM, "2028-03-15 10:30", "Ad rules from Delta",
        """Sam,

Our insurer partnership requires that any ad mentioning insurance says "in-network with most plans" and never "accepts all insurance". The current bus ad says "we take all insurance" - that has to change.

Dr. Ng""",
        style="outlook",
        labels=dict(req=["any ad mentioning insurance says \"in-network with most plans\""],
                    cr=["that has to change"]),
    ),
    Mail(
        1633, "irish-pub-phone", PUB, SAM, "2028-03-15 17:30", "Re: Paddy's day poster",
        """Poster's grand but the band's name is spelt wrong, it's The Dublin Rovers. And we've no cover charge this year so take that line out

Sent from my phone""",
        style="plain",
        labels=dict(cr=["the band's name is spelt wrong", "take that line out"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        1634, "salon-colors", SALON, SAM, "2028-03-16 09:45", "Salon menu",
        """Hi Sam, the gold on the menu prints kind of brown on our printer. And the balayage price went up to $180 last month.

Kim""",
        style="gmail",
        labels=dict(cr=["the gold on the menu prints kind of brown on our printer",
                        "the balayage price went up to $180 last month"],
                    non_budget=[("180", "USD", "price")]),
    ),
    Forward(
        1635, "supplier-chain-rules", SUPPLIER, SAM, "2028-03-16 11:00",
        "Sam - FreshMart's note below. Can we fix the jam labels before the April order?\n\nJane",
        Mail(
            0, "supplier-chain-orig", CHAIN, SUPPLIER, "2028-03-15 16:00", "Label compliance",
            """Jane,

Your labels are missing the allergen statement, which is required for all products we carry. Please correct before the next shipment.

Mark Bell
Category Manager, FreshMart""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["Can we fix the jam labels before the April order?",
                        "Your labels are missing the allergen statement"]),
    ),
    Mail(
        1636, "museum-lender", MUSEUM, SAM, "2028-03-16 13:30", "Banner credit",
        """Sam,

The lender requires the credit line "Collection of the Whitfield Foundation" wherever the painting appears. The banner has no credit at all.

Hal""",
        style="gmail",
        labels=dict(req=["The lender requires the credit line"],
                    cr=["The banner has no credit at all"]),
    ),
    Mail(
        1637, "portuguese-cafe", CAFE, SAM, "2028-03-16 15:00", "Menu board",
        """Hi Sam,

The menu board is beautiful. Only the pastel de nata is €1,50 now, not €1,20. And the opening hours on Sunday are until 14h.

Obrigada,
Mia""",
        style="gmail",
        labels=dict(cr=["the pastel de nata is €1,50 now, not €1,20",
                        "the opening hours on Sunday are until 14h"],
                    non_budget=[("1.50", "EUR", "price"), ("1.20", "EUR", "price")], **EU),
    ),
    Mail(
        1638, "clinic-followup-ok", CLINIC, SAM, "2028-03-17 09:00", "Re: Flu shot flyer",
        """Perfect, thank you. Approved to print.

Dr. Shore""",
        style="outlook",
        labels=dict(),
    ),
    Mail(
        1639, "app-update-date", APP, SAM, "2028-03-17 10:30", "Launch date",
        """Sam, heads up: Apple approved the build, so the launch is now March 28 instead of April 4. The launch emails need to move with it.

Dev""",
        style="gmail",
        labels=dict(cr=["the launch is now March 28 instead of April 4",
                        "The launch emails need to move with it"],
                    due=["2028-03-28"], replaced=["2028-04-04"]),
    ),
]
