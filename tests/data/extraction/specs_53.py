"""The forty-eighth labelled set (1100-1119), written on 2026-12-06 (nineteenth session) after
blind20 and before any tuning on it, scored blind, then tuned on: the split ``tune39``.

A week (28 June - 2 July 2027) of rules and asks from the people around a client: IT and
security ("the site has to pass WCAG 2.1 AA", "no third-party trackers"), venues, retailers'
packaging specs, a committee's verdict ("the consensus was option B"), "heads up:" and "NB:"
notes, rules with a condition ("if we show food, it has to be our own dishes"), "I think we
should lose ...", days said as "no later than", "on or before", "the Friday before Labor Day", and
money "set aside", "to play with", "give or take".
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

UK = dict(day_first=True, default_currency="GBP")

AMIR = Person("Amir Haddad", "amir@haddadbank.com", "America/New_York")
BETH = Person("Beth Carver", "beth@carverhealth.org", "America/Chicago")
CHAZ = Person("Chaz Lin", "chaz@linsnacks.com", "America/Los_Angeles")
DORA = Person("Dora Kent", "dora@kentcouncil.gov.uk", "Europe/London")
EMIL = Person("Emil Stone", "emil@stonebrewery.com", "America/Denver")
FAYE = Person("Faye Allen", "faye@allenschool.org", "America/New_York")
GUS = Person("Gus Moreno", "gus@morenogrill.com", "America/Chicago")
HELGA = Person("Helga Berg", "helga@bergskincare.com", "America/New_York")
IAN = Person("Ian Lowe", "ian@lowesoftware.com", "America/Los_Angeles")
JADE = Person("Jade Wong", "jade@wongevents.com", "America/Los_Angeles")
KURT = Person("Kurt Vogel", "kurt@vogeltools.com", "America/Chicago")
LILA = Person("Lila Hart", "lila@hartgallery.co.uk", "Europe/London")
MATT = Person("Matt Dunn", "matt@dunnhvac.com", "America/Chicago")
NINA_S = Person("Nina Shah", "nina@shahcreditunion.org", "America/New_York")
OSCAR = Person("Oscar Lund", "oscar@lundmarine.com", "America/New_York")
PERI = Person("Peri Young", "peri@youngkids.com", "America/Denver")
REX = Person("Rex Ford", "rex@fordfitness.com", "America/Los_Angeles")
SUE = Person("Sue Pike", "sue@pikevets.com", "America/Chicago")
THEO = Person("Theo Grant", "theo@grantwines.co.uk", "Europe/London")
VERA = Person("Vera Olsen", "vera@olsenhotels.com", "America/New_York")

ITEMS = [
    Mail(
        1100, "bank-it-security", AMIR, SAM, "2027-06-28 09:00", "Landing page - IT requirements",
        """Hi Sam,

Our IT security team reviewed the plan for the mortgage landing page. Their conditions: no
third-party trackers other than our own analytics, and the rate calculator has to run on
our servers, not an outside widget. The page has to pass WCAG 2.1 AA before launch.

Launch is Tuesday July 20.

Amir""",
        style="outlook",
        labels=dict(due=["2027-07-20"],
                    req=["no third-party trackers", "has to pass WCAG 2.1 AA"]),
    ),
    Mail(
        1101, "health-committee-verdict", BETH, SAM, "2027-06-28 11:30",
        "Re: Flu campaign concepts",
        """Sam,

The marketing committee met this morning. The consensus was concept B, but with the
photography from concept A. They also felt the headline "Get your shot, get your life back"
is too flippant for a hospital, so we'd need a few alternatives.

Beth""",
        style="gmail",
        quote=Quote(SAM, "2027-06-25 16:00", """Beth, the three flu campaign concepts are attached
for the committee on Monday.

Sam"""),
        labels=dict(cr=["with the photography from concept A", "too flippant for a hospital"]),
    ),
    Mail(
        1102, "snacks-retailer-specs", CHAZ, SAM, "2027-06-28 14:00", "New chip bags",
        """Hey Sam,

Heads up on the new chip bags: Whole Foods wants the UPC on the back panel, bottom right,
at least 1 inch wide. They also won't take any "natural" claim without certification. Art
is due to the printer no later than July 16.

We have about $12k to play with for the three flavours.

Chaz""",
        style="gmail",
        labels=dict(due=["2027-07-16"], budgets=[("12000", "USD")],
                    req=["wants the UPC on the back panel",
                         "won't take any \"natural\" claim without certification"]),
    ),
    Mail(
        1103, "council-uk-nb", DORA, LUCA, "2027-06-28 15:45", "Recycling leaflet",
        """Dear Luca,

Please find our comments on the recycling leaflet below.

NB: as a public body we must publish in Welsh as well as English.
The collection calendar on page 3 shows the old Tuesday rounds; these moved to
Wednesdays in April, so please correct it.
We'd also like the contact centre number in bold.

We need the final artwork on or before 16 July.

Kind regards,
Dora Kent
Communications Officer""",
        style="outlook",
        labels=dict(due=["2027-07-16"],
                    req=["must publish in Welsh as well as English"],
                    cr=["please correct it", "contact centre number in bold"], **UK),
    ),
    Mail(
        1104, "brewery-think-we-should", EMIL, SAM, "2027-06-29 09:15", "Re: Can label",
        """Sam, I think we should lose the second paragraph on the side of the can, nobody reads
it. And I'm wondering if the hop illustration could be a bit more detailed? Otherwise I'm
happy.

Emil""",
        style="gmail",
        quote=Quote(SAM, "2027-06-28 17:30", """Emil, the can label for the hazy IPA is attached.

Sam"""),
        labels=dict(cr=["lose the second paragraph", "hop illustration could be a bit more"]),
    ),
    Mail(
        1105, "school-conditional-rules", FAYE, SAM, "2027-06-29 10:40", "Open day materials",
        """Hi Sam,

A couple of rules from the head for the open day materials. If we show pupils, they have
to be ones whose parents signed the photo consent. Any quote from a parent needs their
written OK first.

The open day is Saturday 2 October; we'd like everything printed by September 17.
Budget: we've set aside $6,000.

Faye""",
        style="gmail",
        labels=dict(due=["2027-09-17"], budgets=[("6000", "USD")],
                    req=["they have to be ones whose parents signed the photo consent",
                         "needs their written OK first"]),
    ),
    Mail(
        1106, "grill-food-own-dishes", GUS, SAM, "2027-06-29 13:00", "Summer menu photos",
        """Sam,

For the summer menu shoot: if we show food, it has to be our own dishes cooked by our
chef, no stock shots. The shoot is on July 8 at the Elm Street location. Give or take,
we're looking at $4,500 for the day.

Gus""",
        style="gmail",
        labels=dict(due=["2027-07-08"], budgets=[("4500", "USD")],
                    req=["it has to be our own dishes"]),
    ),
    Mail(
        1107, "skincare-important-note", HELGA, SAM, "2027-06-29 16:00", "Re: Serum ads",
        """Hi Sam,

Important: we can only say "clinically tested", not "clinically proven" - please update
the two Instagram ads. Also the bottle in ad 2 is the old 30 ml one; we only sell 50 ml
now.

Helga""",
        style="outlook",
        quote=Quote(SAM, "2027-06-28 12:00", """Helga, the serum ads are attached.

Sam"""),
        labels=dict(cr=["please update the two Instagram ads", "the bottle in ad 2 is the old"]),
    ),
    Mail(
        1108, "software-launch-ahead", IAN, SAM, "2027-06-30 09:20", "Product launch timing",
        """Sam,

We'd like the launch video and the blog header ready by the Friday before Labor Day,
since the release goes out that week. Our ceiling for the video is $15,000. The product name is
always "LoweSync" in one word, capital L and S.

Ian""",
        style="gmail",
        labels=dict(due=["2027-09-03"], budgets=[("15000", "USD", "cap")],
                    req=["The product name is always \"LoweSync\""]),
    ),
    Mail(
        1109, "events-venue-rules", JADE, SAM, "2027-06-30 11:00", "Gala signage",
        """Hi Sam,

The venue sent over their rules for the gala signage: nothing can be taped or nailed to
the walls, and freestanding signs can't be taller than 7 feet. Signage has to be
delivered to the loading dock on August 13 between 9 and 11am.

Jade""",
        style="gmail",
        labels=dict(due=["2027-08-13"],
                    req=["nothing can be taped or nailed to the walls"]),
    ),
    Mail(
        1110, "tools-dont-want", KURT, SAM, "2027-06-30 14:20", "Re: Catalog layout",
        """Sam - we don't want the prices in red anymore, it looks like a clearance sale. Black
is fine. Can you also put the warranty icon next to every product that has the 5-year
warranty?

Thanks,
Kurt""",
        style="gmail",
        quote=Quote(SAM, "2027-06-29 10:00", """Kurt, the first catalog layouts are attached.

Sam"""),
        labels=dict(cr=["don't want the prices in red anymore",
                        "put the warranty icon next to every product"]),
    ),
    Mail(
        1111, "gallery-uk-brief", LILA, LUCA, "2027-06-30 16:30", "Autumn show",
        """Hello Luca,

We'd love your help with the autumn show. We're aiming for 5,000 visitors over six weeks
and to get a proper write-up in at least one national paper. The artist insists that her
work is never shown cropped. We've got £8,000 ring-fenced for it.

The private view is 1 October; invitations should land by mid-September.

Lila""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("8000", "GBP")],
                    obj=["5,000 visitors"],
                    req=["her work is never shown cropped"], **UK),
    ),
    Mail(
        1112, "hvac-terse-numbers", MATT, SAM, "2027-07-01 07:30", "Re: Mailer",
        """ok but make the phone # bigger and 10% off not 15%. need it at the post office by
friday

Matt""",
        style="plain",
        quote=Quote(SAM, "2027-06-30 15:00", """Matt, here is the fall tune-up mailer.

Sam"""),
        labels=dict(due=["2027-07-02"],
                    cr=["make the phone # bigger"]),
    ),
    Mail(
        1113, "credit-union-compliance", NINA_S, SAM, "2027-07-01 09:45", "Auto loan ads",
        """Hi Sam,

Compliance has asked for two things on the auto loan ads. The APR disclosure must be in
the same font size as the rate. And "Equal Housing Opportunity" is not needed on auto
ads, so please take it off. We need the revised set by July 9.

Nina""",
        style="outlook",
        labels=dict(due=["2027-07-09"],
                    req=["The APR disclosure must be in the same font size"],
                    cr=["please take it off"]),
    ),
    Mail(
        1114, "marine-status-and-ask", OSCAR, SAM, "2027-07-01 12:15", "Boat show",
        """Sam,

Quick update: we've booked the bigger booth at the Newport show, 20 x 30 instead of
10 x 20. That means the backdrop we ordered won't fit - can you resize it for the new
booth? Show opens September 16, so it needs to ship by September 3.

Oscar""",
        style="gmail",
        labels=dict(due=["2027-09-03"],
                    cr=["can you resize it for the new booth"]),
    ),
    Mail(
        1115, "kids-goals-and-rule", PERI, SAM, "2027-07-01 14:00", "Back to school",
        """Hi Sam!

For back to school we want 2,000 new sign-ups to the kids' club. Please no cartoon
characters that look like Disney ones, we got a letter last year. The email goes out
August 1.

Peri""",
        style="gmail",
        labels=dict(due=["2027-08-01"],
                    obj=["2,000 new sign-ups"],
                    req=["no cartoon characters that look like Disney ones"]),
    ),
    Mail(
        1116, "fitness-past-and-future", REX, SAM, "2027-07-01 16:20", "Re: January campaign recap",
        """Sam, thanks for the recap. January went well - 640 new members against a goal of 500.
For September we want to do it again but aim higher: 800 new members. Same budget as
January, $22,000.

Rex""",
        style="gmail",
        labels=dict(budgets=[("22000", "USD")],
                    obj=["800 new members"]),
    ),
    Mail(
        1117, "vets-please-dont", SUE, SAM, "2027-07-02 08:50", "Clinic posters",
        """Hi Sam,

For the new clinic posters, please don't use photos of animals on the exam table, people
find it stressful. Happy pets with their owners instead. We'd like them up in all three
clinics by July 30.

Sue""",
        style="gmail",
        labels=dict(due=["2027-07-30"],
                    req=["don't use photos of animals on the exam table"]),
    ),
    Mail(
        1118, "wines-uk-key-thing", THEO, LUCA, "2027-07-02 10:30", "Christmas catalogue",
        """Luca,

Key thing for the Christmas catalogue: every wine needs its tasting note and food pairing,
no exceptions. The catalogue drops through letterboxes on 8 November, so files to the
printer by 18 October at the latest. Spend as last year, about £14k.

Theo""",
        style="gmail",
        labels=dict(due=["2027-11-08", "2027-10-18"], budgets=[("14000", "GBP")],
                    req=["every wine needs its tasting note"], **UK),
    ),
    Mail(
        1119, "hotels-swap-and-keep", VERA, SAM, "2027-07-02 13:10", "Re: Fall brochure",
        """Hi Sam,

Looks great. Two things: please swap the pool photo on page 4 for the spa one, and the
map on the back should show the new parking garage. Keep everything else as is.

Vera""",
        style="outlook",
        quote=Quote(SAM, "2027-07-01 17:00", """Vera, the fall brochure draft is attached.

Sam"""),
        labels=dict(cr=["please swap the pool photo on page 4"]),
    ),
]
