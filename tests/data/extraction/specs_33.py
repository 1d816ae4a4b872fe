"""The twenty-eighth labelled set (860-879), written on 2026-12-06 (fourteenth session) after
tune25's rules and before any other; scored blind first, then tuned on (split ``tune26``;
both scores in docs/performance.md).

Rules and goals in briefs, where the blind splits are weakest, beside sentences that only look
like them: a franchise's brand rules, a pharmacy's claims, a school's photo consent, a
brewer's age rule, a bank's fair-lending line, a city's permit, a charity's donor names, a
retailer's price rules, a hotel's goals in a paragraph, a gym's goal said as a worry, a
software firm's goal said as a number to beat, a museum's goal of first-time visitors, and
look-alikes: a rule about the client's own staff, a past rule, a rule asked about, a rule the
AE set, an opinion with "should", a habit, a wish about the weather, a rule of a rival.
"""

from build import Mail, Person
from cast import LUCA, SAM

UK = dict(day_first=True, default_currency="GBP")

DIANA = Person("Diana Cruz", "diana@cruzfranchise.com", "America/Chicago")
OMAR_P = Person("Omar Patel", "omar@patelpharmacy.com", "America/New_York")
SUE = Person("Sue Grant", "sue@oakridgeschool.org", "America/Chicago")
HANK = Person("Hank Miller", "hank@millerbrewing.com", "America/Denver")
GRACE = Person("Grace Lin", "grace@lincreditunion.org", "America/Los_Angeles")
PHIL = Person("Phil Ortiz", "phil@ortizevents.com", "America/Chicago")
MAYA = Person("Maya Brooks", "maya@brookscharity.org", "America/New_York")
TOM_G = Person("Tom Grey", "tom@greyoutlet.com", "America/New_York")
ISLA = Person("Isla Reid", "isla@reidhotels.co.uk", "Europe/London")
KIRA = Person("Kira Vance", "kira@vancegym.com", "America/New_York")
JON = Person("Jon Wu", "jon@wulogistics.com", "America/Los_Angeles")
ELSA = Person("Elsa Berg", "elsa@citymuseum.org", "America/Chicago")
RICK = Person("Rick Hale", "rick@halemotors.com", "America/Chicago")
NINA_C = Person("Nina Cole", "nina@colebakery.com", "America/New_York")
PAM_R = Person("Pam Rhodes", "pam@rhodesdental.com", "America/New_York")
LEO = Person("Leo Marsh", "leo@marshcoffee.com", "America/Los_Angeles")
ZARA = Person("Zara Quinn", "zara@quinnflowers.com", "America/New_York")
GUS = Person("Gus Young", "gus@youngfarm.com", "America/Chicago")
IRIS = Person("Iris Shaw", "iris@shawspa.com", "America/Los_Angeles")
BEN = Person("Ben Ford", "ben@fordtires.com", "America/Chicago")

ITEMS = [
    Mail(
        860, "franchise-brand-rules", DIANA, SAM, "2027-01-12 09:00", "Franchise kit",
        """Hi Sam,

For the franchise kit, a few brand rules from corporate: the logo always sits on white or
our navy, never on a photo. Headlines are set in our brand font only. Each location's
phone number goes in the footer.

Files due February 5.

Diana""",
        style="outlook",
        labels=dict(due=["2027-02-05"],
                    req=["never on a photo", "brand font only", "phone number goes in the footer"]),
    ),
    Mail(
        861, "pharmacy-claims", OMAR_P, SAM, "2027-01-12 10:30", "Flu season ads",
        """Sam,

We can't claim the vaccine "prevents" the flu; it has to say "helps protect against". And
please keep the pharmacist's white coat in every shot.

Omar""",
        style="gmail",
        labels=dict(req=["has to say \"helps protect against\"", "white coat in every shot"]),
    ),
    Mail(
        862, "school-photo-consent", SUE, SAM, "2027-01-12 11:15", "Open house flyer",
        """Hi Sam,

Only use photos of students whose parents signed the consent form; I'll send the list
tomorrow. The open house is February 20, so flyers by the 10th.

Sue""",
        style="gmail",
        labels=dict(due=["2027-02-10"], req=["parents signed the consent form"]),
    ),
    Mail(
        863, "brewing-age-rule", HANK, SAM, "2027-01-13 08:20", "Spring beer ads",
        """Sam, state law: everyone shown drinking has to be at least 25 and look it. Budget for
the spring ads is $11,000.

Hank""",
        style="gmail",
        labels=dict(budgets=[("11000", "USD")], req=["at least 25"]),
    ),
    Mail(
        864, "credit-union-fair-lending", GRACE, SAM, "2027-01-12 14:00", "Auto loan ads",
        """Hi Sam,

Every auto loan ad needs the Equal Housing Opportunity logo and the line "Federally insured
by NCUA". Rates must be shown as APR. Launch is March 1.

Grace""",
        style="outlook",
        labels=dict(due=["2027-03-01"],
                    req=["Equal Housing Opportunity logo", "Rates must be shown as APR"]),
    ),
    Mail(
        865, "events-city-permit", PHIL, SAM, "2027-01-12 15:30", "Street fair banners",
        """Sam, the city's permit says street banners can't be larger than 3x8 feet and must come
down by April 30. They go up April 1.

Phil""",
        style="gmail",
        labels=dict(due=["2027-04-01"], req=["can't be larger than 3x8 feet"]),
    ),
    Mail(
        866, "charity-donor-names", MAYA, SAM, "2027-01-13 09:40", "Annual report",
        """Hi Sam,

Donor names must be listed exactly as they asked to be credited (the list is attached), and
anonymous donors must not appear at all. Our goal with the report is to renew 80% of last
year's donors.

Maya""",
        style="gmail",
        labels=dict(req=["listed exactly as they asked", "anonymous donors must not appear"],
                    obj=["renew 80% of last year's donors"]),
    ),
    Mail(
        867, "outlet-price-rules", TOM_G, SAM, "2027-01-12 12:10", "Sale signage",
        """Sam, compare-at prices have to be real prices we charged in the last 90 days, that's
the law. Please show the percentage off, not the dollars off.

Tom""",
        style="gmail",
        labels=dict(req=["real prices we charged in the last 90 days",
                         "show the percentage off"]),
    ),
    Mail(
        868, "hotel-goals-paragraph", ISLA, LUCA, "2027-01-12 10:00", "Spring brief",
        """Dear Luca,

This spring we want to fill our midweek rooms, which sit at 55% occupancy, and to get more
guests booking direct rather than through the big sites. Budget is £18,000 for the quarter.

Best,
Isla""",
        style="outlook",
        labels=dict(budgets=[("18000", "GBP")], obj=["fill our midweek rooms"], **UK),
    ),
    Mail(
        869, "gym-goal-as-worry", KIRA, SAM, "2027-01-12 16:20", "January",
        """Sam, I'm worried we lose half the January sign-ups by March like last year. The
campaign needs to keep them coming back. Can we talk next week?

Kira""",
        style="gmail",
        labels=dict(obj=["keep them coming back"]),
    ),
    Mail(
        870, "logistics-number-to-beat", JON, SAM, "2027-01-13 11:00", "Demo campaign",
        """Hi Sam,

Last quarter the webinar brought in 140 demo requests. This time we need to beat 200.
Landing page live by Feb 8.

Jon""",
        style="gmail",
        labels=dict(due=["2027-02-08"], obj=["beat 200"]),
    ),
    Mail(
        871, "museum-first-time-visitors", ELSA, SAM, "2027-01-12 13:40", "Exhibit campaign",
        """Hi Sam,

The point of this campaign is to bring in people who have never visited the museum. We have
$25,000 and the exhibit opens March 12.

Elsa""",
        style="gmail",
        labels=dict(due=["2027-03-12"], budgets=[("25000", "USD")],
                    obj=["people who have never visited"]),
    ),
    Mail(
        872, "motors-staff-rule", RICK, SAM, "2027-01-12 09:50", "FYI",
        """FYI our sales staff must wear the new polos from Monday, in case you're shooting at
the lot.

Rick""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        873, "bakery-past-rule", NINA_C, SAM, "2027-01-12 12:30", "Re: menu",
        """Last year we had to print everything on recycled stock, but that rule is gone now.
Use whatever paper you think is best.

Nina""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        874, "dental-rule-asked", PAM_R, SAM, "2027-01-12 14:45", "question",
        """Do we have to include the dentist's license number on the postcards, or is the
practice name enough?

Pam""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        875, "coffee-opinion-should", LEO, SAM, "2027-01-13 10:10", "Re: ideas",
        """I think coffee brands should stop using latte art in every ad, it's so overdone. Love
your second idea though.

Leo""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        876, "flowers-habit", ZARA, SAM, "2027-01-12 17:00", "Valentine's",
        """We always sell out of red roses by February 12, so the ads can stop running that day.

Zara""",
        style="gmail",
        labels=dict(due=["2027-02-12"]),
    ),
    Mail(
        877, "farm-weather-wish", GUS, SAM, "2027-01-12 08:00", "Photo shoot",
        """Hope the weather holds for the shoot. We need green fields in every shot, so no
snow.

Gus""",
        style="gmail",
        labels=dict(req=["green fields in every shot"]),
    ),
    Mail(
        878, "spa-rivals-rule", IRIS, SAM, "2027-01-12 13:10", "competitor",
        """Funny, our competitor's ads all have to show a price by law in their state. We don't,
thank goodness.

Iris""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        879, "tires-goal-and-rule", BEN, SAM, "2027-01-13 09:30", "Winter tire push",
        """Sam,

We want to sell 1,200 sets of winter tires before the end of February. Every ad has to
mention free installation. Budget $9,000.

Ben""",
        style="outlook",
        labels=dict(budgets=[("9000", "USD")], obj=["sell 1,200 sets"],
                    req=["mention free installation"]),
    ),
]
