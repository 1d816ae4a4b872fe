"""The hundred-and-twenty-third labelled set (2600-2619), written on 2026-12-08 (thirty-fourth
session) after tune97's rules, before any rule of its own: the split ``tune98``, scored blind
first, then tuned on.

Days as people drop them into mail, beside the numbers and days that are no deadline: "can
we have it for the 12th?", "by COB Thursday", "on my desk Monday morning", "EOM", a day
before Valentine's, "the 5th of March", "Feb. 20th", a subject line's day, a target in-home
date on a label, "Tuesday at the latest", a day with its clock time; and beside them a
meeting held, an office closed, an invoice number, a version number, a suite, a phone
number, a quarter's results, a founding year, a flight, a webinar recording. Dates run in
the week of 4 February 2030 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

FOR12 = Person("Joy Bell", "joy@bellbridal.com", "America/New_York")
COB = Person("Frank Ortiz", "fortiz@ortizplumbing.com", "America/Chicago")
DESK = Person("Marian Holt", "mholt@holtcpa.com", "America/New_York")
EOM = Person("Dean Price", "dean@pricecycles.com", "America/Denver")
VALENTINE = Person("Rosa Mendes", "rosa@mendeschocolates.com", "America/Los_Angeles")
FIFTH = Person("Nikolai Ivanov", "n.ivanov@ivanovtravel.com", "America/New_York")
SUBJECT = Person("Kate Lyons", "kate@lyonsdesign.com", "America/Chicago")
INHOME = Person("Barb Keller", "bkeller@kellerhomes.com", "America/New_York")
LATEST = Person("Omar Haddad", "omar@haddadmarket.com", "America/Chicago")
CLOCK = Person("Julie Tran", "jtran@tranlaw.com", "America/Los_Angeles")
MET = Person("Greg Stone", "greg@stonebuilders.com", "America/New_York")
CLOSED = Person("Anne Fischer", "anne@fischeroptics.com", "America/Chicago")
INVOICE = Person("Li Wei", "li.wei@weitrading.com", "America/Los_Angeles")
NUMBERS = Person("Paul Grady", "pgrady@gradysoftware.com", "America/New_York")
QUARTER = Person("Diane Ross", "dross@rossfinancial.com", "America/New_York")
FLIGHT = Person("Marco Bellini", "marco@bellinifoods.com", "America/New_York")
WEBINAR = Person("Tina Cho", "tina@chohr.com", "America/Los_Angeles")
NEXTWEEK = Person("Ray Dunn", "ray@dunnroofing.com", "America/Chicago")
MOTHERS = Person("Ellen Park", "ellen@parkflorist.com", "America/New_York")
THEN = Person("Hugo Lam", "hugo@lamfitness.com", "America/Los_Angeles")


def _quote(text: str, when: str = "2030-02-01 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2600, "bridal-for-the-12th", FOR12, SAM, "2030-02-04 09:10", "Re: Spring show flyer",
        """Looks great! Can we have it for the 12th? The bridal show is that weekend.

Joy""",
        style="apple",
        quote=_quote("Joy, the spring show flyer is attached."),
        labels=dict(due=["2030-02-12"]),
    ),
    Mail(
        2601, "plumbing-cob-thursday", COB, SAM, "2030-02-04 10:20", "Truck wrap",
        """Sam, I need the final truck wrap file by COB Thursday so the wrap shop can start Monday.

Frank""",
        style="outlook",
        labels=dict(due=["2030-02-07"]),
    ),
    Mail(
        2602, "cpa-on-my-desk", DESK, SAM, "2030-02-04 11:35", "Tax season mailer",
        """Hi Sam,

I'd like the printed proof of the tax season mailer on my desk Monday morning.

Marian""",
        style="outlook",
        labels=dict(due=["2030-02-11"]),
    ),
    Mail(
        2603, "cycles-eom", EOM, SAM, "2030-02-04 13:00", "Re: Spring tune-up page",
        """thx. need the page live by EOM, spring tune-ups start March 1

Dean""",
        style="gmail",
        quote=_quote("Dean, the spring tune-up page is on staging."),
        labels=dict(due=["2030-02-28"]),
    ),
    Mail(
        2604, "chocolates-before-valentines", VALENTINE, SAM, "2030-02-04 14:15", "Valentine's email",
        """Hi Sam,

We need the Valentine's email out before Valentine's Day, obviously! Ideally it goes out this Friday so people have time to order.

Rosa""",
        style="gmail",
        labels=dict(due=["2030-02-13", "2030-02-08"]),
    ),
    Mail(
        2605, "travel-fifth-of-march", FIFTH, SAM, "2030-02-05 09:00", "Brochure for spring tours",
        """Dear Sam,

The brochure for the spring tours must be printed until the 5th of March, because the travel fair in Berlin begins on the 7th of March.

Best regards,
Nikolai Ivanov""",
        style="outlook",
        labels=dict(due=["2030-03-05"]),
    ),
    Mail(
        2606, "design-subject-day", SUBJECT, SAM, "2030-02-05 10:30", "Due Friday: logo files for the printer",
        """Sam,

See subject. The printer wants vector files, EPS or PDF.

Kate""",
        style="gmail",
        labels=dict(due=["2030-02-08"], req=["The printer wants vector files"]),
    ),
    Mail(
        2607, "homes-in-home-label", INHOME, SAM, "2030-02-05 11:45", "Open house postcard",
        """Sam,

Open house postcard details:

Target in-home date: 2/22
Quantity: 2,500
Budget: $1,900 incl. postage

Barb""",
        style="outlook",
        labels=dict(due=["2030-02-22"], budgets=[("1900", "USD")]),
    ),
    Mail(
        2608, "market-tuesday-latest", LATEST, SAM, "2030-02-05 13:20", "Re: Ramadan signage",
        """Sam, we need the Ramadan signs Tuesday at the latest. Otherwise it's too late for the first week.

Omar""",
        style="gmail",
        quote=_quote("Omar, the Ramadan signage is almost done."),
        labels=dict(due=["2030-02-12"]),
    ),
    Mail(
        2609, "law-clock-time", CLOCK, SAM, "2030-02-05 15:40", "Client alert",
        """Hi Sam,

The client alert needs to go out by 3pm tomorrow, before the market opens on the East Coast the next day.

Julie""",
        style="gmail",
        labels=dict(due=["2030-02-06"]),
    ),
    Mail(
        2610, "builders-meeting-held", MET, SAM, "2030-02-06 09:05", "Following up",
        """Sam,

Good to meet on the 3rd. As discussed, the brochure is on hold until we get the permits, probably in April.

Greg""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2611, "optics-office-closed", CLOSED, SAM, "2030-02-06 10:15", "Re: Eye exam ads",
        """Sam,

FYI our office is closed Feb 14-18 for inventory, so nobody will answer the phone. Please send the final ads by the 13th.

Anne""",
        style="outlook",
        quote=_quote("Anne, the eye exam ads will be ready this week."),
        labels=dict(due=["2030-02-13"]),
    ),
    Mail(
        2612, "trading-invoice-number", INVOICE, SAM, "2030-02-06 11:30", "Invoice 2030-0214",
        """Hi Sam,

We paid invoice 2030-0214 on 1/31. Could you send the W-9 form again? Our accounts team lost it.

Li""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2613, "software-version-suite", NUMBERS, SAM, "2030-02-06 13:50", "Release banner",
        """Sam,

Version 4.12 ships on 2/20, so the banner has to be up by then. Our new office is Suite 1214, 300 Park Ave, in case the footer needs it. Call me at 212-555-0112 with questions.

Paul""",
        style="outlook",
        labels=dict(due=["2030-02-20"]),
    ),
    Mail(
        2614, "financial-quarter-results", QUARTER, SAM, "2030-02-06 15:00", "Annual report",
        """Hi Sam,

Q4 results were strong, and we've been around since 1987, which we'd like to mention. The annual report needs to be with the board by March 15.

Diane""",
        style="gmail",
        labels=dict(due=["2030-03-15"]),
    ),
    Mail(
        2615, "foods-flight", FLIGHT, SAM, "2030-02-07 08:20", "Trade show",
        """Sam,

My flight lands Tuesday night and I'm at the show Wednesday to Friday. Can you send me the booth graphics by Monday, before I leave?

Marco""",
        style="gmail",
        labels=dict(due=["2030-02-11"]),
    ),
    Mail(
        2616, "hr-webinar-recording", WEBINAR, SAM, "2030-02-07 10:40", "Webinar follow-up",
        """Hi Sam,

The recording of our January 23 webinar is attached. Could you cut three 30-second clips from it for LinkedIn by the 18th?

Tina""",
        style="gmail",
        labels=dict(due=["2030-02-18"]),
    ),
    Mail(
        2617, "roofing-end-of-next-week", NEXTWEEK, SAM, "2030-02-07 12:10", "Re: Storm damage ads",
        """sam - no rush on the radio spot. the yard signs tho, end of next week pls

ray""",
        style="gmail",
        quote=_quote("Ray, the storm damage ads are in progress."),
        labels=dict(due=["2030-02-15"]),
    ),
    Mail(
        2618, "florist-mothers-day", MOTHERS, SAM, "2030-02-07 14:25", "Mother's Day planning",
        """Hi Sam,

Early start this year: we want the Mother's Day campaign live three weeks before Mother's Day. Budget is $6,000.

Ellen""",
        style="gmail",
        labels=dict(due=["2030-04-21"], budgets=[("6000", "USD")]),
    ),
    Mail(
        2619, "fitness-before-then", THEN, SAM, "2030-02-07 16:00", "Re: Grand opening",
        """Hugo here. The grand opening got moved to March 9. We need the banners up a week before then.

Thx""",
        style="gmail",
        quote=_quote("Hugo, the grand opening banners are ready for review."),
        labels=dict(due=["2030-03-02"]),
    ),
]
