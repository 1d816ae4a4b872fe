"""The hundred-and-sixteenth labelled set (2460-2479), written on 2026-12-07 (thirty-third
session) after tune90's rules, before any rule of its own: the split ``tune91``, scored blind
first, then tuned on.

Rules and asks beside what only looks like them: a clinic's rules said as facts beside the
company's facts, a family restaurant's brief, a reply of praise and a question, "not sure
about it, but keep it for now", a fault among praise, a bank's compliance lines, an event's
days beside its dress code, a board's go-ahead, an addition the budget may allow, the
agency's opinion asked, logo files "going forward", a school's release rule, "don't change
anything on the back", a nonprofit's goal and budget, a numbered list of edits with one
praised item, an earlier ask taken back, a franchise's rule passed on, a Turkish client's
English, a brief of specs. Dates run in the week of 8 October 2029 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

CLINIC = Person("Rachel Stone", "rstone@stonepeds.com", "America/New_York")
FAMILY = Person("Luis Ortega", "luis@ortegaskitchen.com", "America/Chicago")
PRAISE = Person("Kate Moss", "kate@mossflorals.com", "America/Los_Angeles")
KEEP = Person("Sean Doyle", "sean@doylebikes.com", "America/Chicago")
DULL = Person("Ava Brooks", "ava@brookscandles.com", "America/New_York")
BANK = Person("Martin Hale", "mhale@hillcountrybank.com", "America/Chicago")
EVENT = Person("Priya Shah", "pshah@cityhospitalfdn.org", "America/New_York")
BOARD = Person("George Bell", "gbell@bellhardware.com", "America/Denver")
IFBUDGET = Person("Holly Vance", "holly@vancevet.com", "America/New_York")
OPINION = Person("Yusuf Ali", "yusuf@alitailoring.com", "America/Chicago")
FILES = Person("Erica Lund", "erica@lundoptics.com", "America/Los_Angeles")
SCHOOL = Person("Mr. Dan Reyes", "dreyes@oakridgeschool.org", "America/Chicago")
BACK = Person("Wendy Cho", "wendy@chorealty.com", "America/Los_Angeles")
NONPROFIT = Person("Faith Obi", "faith@foodbankeast.org", "America/New_York")
LIST = Person("Noah Price", "noah@pricefarmstand.com", "America/Chicago")
FORGET = Person("Lena Berg", "lena@bergspa.com", "America/New_York")
FRANCHISE = Person("Kevin Walsh", "kevin@freshbitesfranchise.com", "America/Chicago")
TURKISH = Person("Emre Yilmaz", "emre@yilmazhali.com", "Europe/Istanbul")
SPECS = Person("Jo Harper", "jo@harpercosmetics.com", "America/New_York")


def _quote(text: str, when: str = "2029-10-08 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2460, "clinic-rules-as-facts", CLINIC, SAM, "2029-10-09 09:15", "Flu clinic campaign",
        """Hi Sam,

Some background for the flu clinic campaign. We have 12 clinics across the county and about 40,000 patients.

A few things about how we do things: we never show needles. Patient photos are always used with signed consent. Our brand color is teal, Pantone 3125 C.

The campaign should start October 22.

Rachel""",
        style="gmail",
        labels=dict(due=["2029-10-22"],
                    req=["we never show needles", "Patient photos are always used with signed consent",
                         "Our brand color is teal"]),
    ),
    Mail(
        2461, "restaurant-family-brief", FAMILY, SAM, "2029-10-09 10:40", "New menu design",
        """Hi Sam,

We're a family place, kids eat free on Tuesdays and we've been on Elm Street since 1998.

The menu has to fit on one page, front only. Please don't use the word "gourmet", it's not us.

Luis""",
        style="gmail",
        labels=dict(req=["The menu has to fit on one page",
                         "Please don't use the word \"gourmet\""]),
    ),
    Mail(
        2462, "florals-praise-question", PRAISE, SAM, "2029-10-09 13:20", "Re: Holiday cards",
        """Love the direction! Quick question, is the font the same one we use on our website?

Kate""",
        style="gmail",
        quote=_quote("Kate, three holiday card directions are attached."),
        labels=dict(),
    ),
    Mail(
        2463, "bikes-keep-for-now", KEEP, SAM, "2029-10-09 11:05", "Re: Winter sale ad",
        """I'm not sure about the snowflake pattern, but let's keep it for now and see what the team thinks.

Sean""",
        style="gmail",
        quote=_quote("Sean, the winter sale ad is attached."),
        labels=dict(),
    ),
    Mail(
        2464, "candles-fault-among-praise", DULL, SAM, "2029-10-09 14:50", "Re: Gift guide",
        """The copy is great. The photo is fine too. Only thing: the button color feels a bit dull next to the headline.

Ava""",
        style="gmail",
        quote=_quote("Ava, the gift guide email is attached."),
        labels=dict(cr=["the button color feels a bit dull"]),
    ),
    Mail(
        2465, "bank-compliance-lines", BANK, SAM, "2029-10-09 10:10", "CD campaign - compliance",
        """Sam,

Compliance reviewed the brief. All rates must show the APY. The Member FDIC and Equal Housing Lender logos go on every piece. No guarantee language of any kind.

Budget is unchanged at $25,000.

Martin""",
        style="outlook",
        labels=dict(budgets=[("25000", "USD")],
                    req=["All rates must show the APY",
                         "The Member FDIC and Equal Housing Lender logos go on every piece",
                         "No guarantee language of any kind"]),
    ),
    Mail(
        2466, "foundation-event-days", EVENT, SAM, "2029-10-09 09:40", "Gala print pieces",
        """Hi Sam,

The gala is November 17 at the Hyatt. Dress code is black tie.

We need the save-the-dates out by October 19 and the invitations by October 26.

Priya""",
        style="outlook",
        labels=dict(due=["2029-10-19", "2029-10-26"]),
    ),
    Mail(
        2467, "hardware-board-goahead", BOARD, SAM, "2029-10-09 16:15", "Re: Fall flyer final",
        """We showed it to the board and they loved it. Go ahead and print.

George""",
        style="gmail",
        quote=_quote("George, the final fall flyer is attached for sign-off."),
        labels=dict(),
    ),
    Mail(
        2468, "vet-if-budget-allows", IFBUDGET, SAM, "2029-10-09 12:30", "Re: Video plan",
        """The plan looks good. If the budget allows, we could add a second video later, but it's not essential.

Holly""",
        style="gmail",
        quote=_quote("Holly, the video plan is attached."),
        labels=dict(),
    ),
    Mail(
        2469, "tailoring-opinion-asked", OPINION, SAM, "2029-10-09 15:05", "Re: Storefront sign",
        """Do you think the logo should be bigger? I'm on the fence.

Yusuf""",
        style="gmail",
        quote=_quote("Yusuf, the storefront sign mockup is attached."),
        labels=dict(),
    ),
    Mail(
        2470, "optics-files-going-forward", FILES, SAM, "2029-10-09 10:55", "Updated logo files",
        """Hi Sam,

Please use the attached logo files going forward, the old ones have the wrong green.

Erica""",
        style="gmail",
        labels=dict(req=["Please use the attached logo files going forward"]),
    ),
    Mail(
        2471, "school-release-rule", SCHOOL, SAM, "2029-10-09 08:45", "Open house brochure",
        """Dear Sam,

All images of students need a signed photo release on file, and no last names anywhere.

The open house is November 8; we need the brochures printed by November 1.

Dan Reyes
Director of Admissions""",
        style="outlook",
        labels=dict(due=["2029-11-01"],
                    req=["All images of students need a signed photo release on file"]),
    ),
    Mail(
        2472, "realty-dont-change-back", BACK, SAM, "2029-10-09 13:45", "Re: Listing flyer",
        """The map is perfect. Don't change anything on the back.

On the front, can the price be in bold?

Wendy""",
        style="gmail",
        quote=_quote("Wendy, the listing flyer is attached."),
        labels=dict(cr=["can the price be in bold"]),
    ),
    Mail(
        2473, "foodbank-goal-budget", NONPROFIT, SAM, "2029-10-09 11:25", "Volunteer drive",
        """Hi Sam,

We need 200 new volunteers signed up by March for the spring distribution.

We have $3,000 for ads and printing.

Faith""",
        style="gmail",
        labels=dict(budgets=[("3000", "USD")],
                    obj=["We need 200 new volunteers signed up"]),
    ),
    Mail(
        2474, "farmstand-numbered-edits", LIST, SAM, "2029-10-09 17:20", "Re: Pumpkin flyer",
        """Sam,

1. Logo bigger
2. Headline: "Pick your own, every weekend"
3. Love the photo, keep it
4. Remove the QR code

Noah""",
        style="gmail",
        quote=_quote("Noah, the pumpkin flyer is attached."),
        labels=dict(cr=["Logo bigger", "Headline: \"Pick your own, every weekend\"",
                        "Remove the QR code"]),
    ),
    Mail(
        2475, "spa-forget-earlier-ask", FORGET, SAM, "2029-10-09 12:00", "Re: Re: Spa menu",
        """Forget what I said about the blue background, the white works after all.

Lena""",
        style="gmail",
        quote=Quote(FORGET, "2029-10-08 18:00", "Sam, can we try the spa menu on a blue background?\n\nLena"),
        labels=dict(),
    ),
    Mail(
        2476, "franchise-rule-passed-on", FRANCHISE, SAM, "2029-10-09 09:30", "Local ads",
        """Sam,

Corporate just told us all local ads have to use the national tagline "Fresh every day" and the new logo lockup.

Kevin""",
        style="gmail",
        labels=dict(req=["all local ads have to use the national tagline"]),
    ),
    Mail(
        2477, "hali-turkish-english", TURKISH, SAM, "2029-10-09 16:40", "Re: Catalogue cover",
        """Dear Sam,

The colours is very nice but the text is too much, please make it less.

Regards,
Emre""",
        style="gmail",
        quote=_quote("Dear Emre, the catalogue cover is attached."),
        labels=dict(cr=["the text is too much, please make it less"]),
    ),
    Mail(
        2478, "cosmetics-specs-brief", SPECS, SAM, "2029-10-09 10:20", "Holiday social assets",
        """Hi Sam,

Specs for the holiday social assets:

Sizes: 1080x1080 and 1080x1920.
Max 3 lines of text on each.
Deliver as PNG.

We'd like them by November 12.

Jo""",
        style="gmail",
        labels=dict(due=["2029-11-12"],
                    req=["Sizes: 1080x1080 and 1080x1920", "Max 3 lines of text on each",
                         "Deliver as PNG"]),
    ),
    Mail(
        2479, "spa-second-thoughts-on-date", FORGET, SAM, "2029-10-09 18:30", "Re: Spa menu print",
        """Also, the menus need to be at the spa by October 31, not November 2 - we open the new treatment rooms that weekend.

Lena""",
        style="gmail",
        quote=_quote("Lena, the spa menu goes to print this week and will arrive November 2."),
        labels=dict(due=["2029-10-31"], replaced=["2029-11-02"],
                    cr=["the menus need to be at the spa by October 31, not November 2"]),
    ),
]
