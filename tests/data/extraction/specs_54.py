"""The forty-ninth labelled set (1120-1139), written on 2026-12-06 (nineteenth session) after
tune39 and before any tuning on it, scored blind, then tuned on: the split ``tune40``.

A week (5-9 July 2027) of mail from the middle of a project: answers typed under the
agency's numbered points ("> 2. Hero photo" / "swap for the one attached"), comments said to
be in an attached PDF, approval on a condition ("approved once the legal line is in"), money
added ("we can find another $2k"), a date pulled in ("can we bring it forward to the 12th?"),
work killed ("kill the radio spot"), "let's revisit in August" (no change yet), an FYI
forward that asks nothing, a reply that only asks a question back.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

UK = dict(day_first=True, default_currency="GBP")

ANA = Person("Ana Costa", "ana@costafoods.com", "America/New_York")
BART = Person("Bart Olsen", "bart@olsenmarine.com", "America/Chicago")
CORI = Person("Cori Webb", "cori@webbdesignstore.com", "America/Los_Angeles")
DEAN = Person("Dean Fry", "dean@frygym.com", "America/Denver")
EVE = Person("Eve Marsh", "eve@marshlaw.co.uk", "Europe/London")
FRED = Person("Fred Lamb", "fred@lambfarms.com", "America/Chicago")
GINA = Person("Gina Russo", "gina@russopizza.com", "America/New_York")
HANK = Person("Hank Cole", "hank@coleauto.com", "America/Chicago")
INES = Person("Ines Duarte", "ines@duartehotels.pt", "Europe/Lisbon")
JAY = Person("Jay Patel", "jay@patelpharmacy.com", "America/New_York")
KIM_B = Person("Kim Baker", "kim@bakerbooks.com", "America/Los_Angeles")
LOU = Person("Lou Grant", "lou@grantcinemas.com", "America/Chicago")
LOU_VENDOR = Person("Screen Ads Co", "traffic@screenads.example", "America/Chicago")
MEG = Person("Meg Ryan", "meg@ryanflorist.com", "America/New_York")
NOAH = Person("Noah Bell", "noah@bellbank.com", "America/New_York")
OLGA = Person("Olga Ivanova", "olga@ivanovaballet.org", "America/New_York")
PAUL = Person("Paul Moss", "paul@mosscoffee.co.uk", "Europe/London")
RITA_B = Person("Rita Banks", "rita@banksdental.com", "America/Denver")
SAL = Person("Sal Vitale", "sal@vitalewine.com", "America/Los_Angeles")
TOM_H = Person("Tom Hale", "tom@halehardware.com", "America/Chicago")
UNA = Person("Una Kerr", "una@kerrtravel.co.uk", "Europe/London")

ITEMS = [
    Mail(
        1120, "foods-inline-points", ANA, SAM, "2027-07-05 09:30", "Re: Salsa label round 2",
        """Hi Sam, my answers under each point:

> 1. Headline "Bold & Bright" - OK as is?
Yes, keep it.

> 2. Hero photo - happy with the chips shot?
No, swap for the bowl shot we sent last week.

> 3. Nutrition panel - any changes?
The sodium should read 180mg, not 210mg.

Ana""",
        style="gmail",
        labels=dict(cr=["swap for the bowl shot", "sodium should read 180mg"]),
    ),
    Mail(
        1121, "marine-pdf-comments", BART, SAM, "2027-07-05 11:00", "Re: Dealer brochure",
        """Sam, our comments are marked up in the attached PDF, mostly small text fixes on pages
3, 8 and 11. Please work them in and send a clean version by Friday.

Bart""",
        style="outlook",
        quote=Quote(SAM, "2027-07-02 15:00", """Bart, the dealer brochure draft is attached.

Sam"""),
        labels=dict(due=["2027-07-09"], cr=["Please work them in"]),
    ),
    Mail(
        1122, "store-approved-condition", CORI, SAM, "2027-07-05 14:30", "Re: Summer sale emails",
        """Approved, once the legal line about sale exclusions is added to the footer of all
three. No need to send them back to me after that, just schedule them for July 12.

Cori""",
        style="gmail",
        quote=Quote(SAM, "2027-07-02 11:00", """Cori, the three summer sale emails are ready for
your approval.

Sam"""),
        labels=dict(due=["2027-07-12"], cr=["once the legal line about sale exclusions is added"]),
    ),
    Mail(
        1123, "gym-more-money", DEAN, SAM, "2027-07-06 08:15", "Re: Fall membership push",
        """Sam, good news: the owners agreed to add another $2,000 to the fall push, so we're at
$10,000 total. Use the extra on Instagram. And can we bring the launch forward to
August 16? The competitor down the street opens on the 20th.

Dean""",
        style="gmail",
        labels=dict(due=["2027-08-16"], budgets=[("10000", "USD")],
                    cr=["bring the launch forward to"]),
    ),
    Mail(
        1124, "law-kill-radio", EVE, LUCA, "2027-07-06 10:00", "Radio",
        """Luca,

Please kill the radio spot, the partners have decided it isn't the right channel for us.
The print ads carry on as planned.

Eve""",
        style="outlook",
        labels=dict(cr=["kill the radio spot"], **UK),
    ),
    Mail(
        1125, "farms-revisit-later", FRED, SAM, "2027-07-06 13:20", "Re: Farm store signage",
        """Thanks Sam. Let's revisit the signage in August once we know if the new barn is
going ahead. No changes for now.

Fred""",
        style="gmail",
        quote=Quote(SAM, "2027-07-05 16:00", """Fred, here are the signage options.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1126, "pizza-fyi-forward", GINA, SAM, "2027-07-06 15:40", "Fwd: new oven photos",
        """FYI, the new oven photos from our photographer. Nothing to do yet, just so you have
them.

Gina""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1127, "auto-question-back", HANK, SAM, "2027-07-07 09:00", "Re: Service special",
        """Before I answer - does the $49.95 oil change have to include tax on the ad, or can we
show it plus tax? Let me know and I'll get you the final price list.

Hank""",
        style="gmail",
        quote=Quote(SAM, "2027-07-06 17:00", """Hank, can you confirm the price for the oil change
special?

Sam"""),
        labels=dict(non_budget=[("49.95", "USD")]),
    ),
    Mail(
        1128, "hotels-portuguese-english", INES, LUCA, "2027-07-07 11:30",
        "Re: Lisbon hotel brochure",
        """Dear Luca,

Thank you for the brochure. We ask you to please change the photo of the rooftop bar for
one in the evening, with the lights. Also the name of the restaurant is "Tasca da Graça",
with the accent. We need the files until 20 July for the printer.

Best regards,
Inês Duarte""",
        style="gmail",
        labels=dict(due=["2027-07-20"],
                    cr=["change the photo of the rooftop bar",
                        "the name of the restaurant is \"Tasca da Graça\", with the accent"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        1129, "pharmacy-two-asks-one-line", JAY, SAM, "2027-07-07 14:00", "flu shot flyer",
        """Sam - on the flu shot flyer pls add our Saturday hours and take out the line about
walk-ins. Need 500 copies by the 14th.

Jay""",
        style="plain",
        quote=Quote(SAM, "2027-07-06 10:00", """Jay, the flu shot flyer proof is attached.

Sam"""),
        labels=dict(due=["2027-07-14"], cr=["add our Saturday hours"]),
    ),
    Mail(
        1130, "books-event-brief", KIM_B, SAM, "2027-07-07 16:10", "Author event",
        """Hi Sam,

We're hosting Mara Quinn for a reading on Thursday August 19. Could you do a poster for the
shop window and a post for our socials? We'd love a full house, 80 people. The
publisher's rule: her photo has to be the official one from their press kit.

Kim""",
        style="gmail",
        labels=dict(due=["2027-08-19"], obj=["a full house, 80 people"],
                    req=["her photo has to be the official one"]),
    ),
    Forward(
        1131, "cinema-vendor-specs", LOU, SAM, "2027-07-08 09:00",
        "Sam, specs from the screen ad company below. Our spot needs to be with them by "
        "July 23.",
        Mail(
            0, "cinema-vendor", LOU_VENDOR, LOU, "2027-07-07 15:00", "Pre-show ad specs",
            """Hi Lou,

Pre-show ads must be delivered as ProRes 422 HQ, 1920 x 1080, 24 fps. Maximum length
30 seconds. Audio must be 5.1 or stereo at -24 LKFS.

Screen Ads Traffic""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-07-23"],
                    req=["must be delivered as ProRes 422 HQ", "Maximum length",
                         "Audio must be 5.1 or stereo"]),
    ),
    Mail(
        1132, "florist-date-pull", MEG, SAM, "2027-07-08 10:45", "Re: Wedding fair stand",
        """Hi Sam, the wedding fair moved up a week, so we'll need the banner and the brochures
by July 26 instead of August 2. Sorry for the rush!

Meg""",
        style="gmail",
        labels=dict(due=["2027-07-26"], replaced=["2027-08-02"],
                    cr=["by July 26 instead of August 2"]),
    ),
    Mail(
        1133, "bank-legal-approval", NOAH, SAM, "2027-07-08 13:00", "Re: CD rate ad",
        """Sam, legal approved the CD rate ad with one edit: "guaranteed" has to come out of the
headline. The rate itself is fine. After that it can run.

Noah""",
        style="outlook",
        quote=Quote(SAM, "2027-07-07 12:00", """Noah, the CD rate ad for legal review.

Sam"""),
        labels=dict(cr=["\"guaranteed\" has to come out of the headline"]),
    ),
    Mail(
        1134, "ballet-goals-budget-words", OLGA, SAM, "2027-07-08 15:30", "Nutcracker season",
        """Dear Sam,

For the Nutcracker this December, our board hopes we can sell 6,000 tickets across the
twelve shows, up from 5,200 last year. We have roughly twenty-five thousand for the
campaign. Tickets go on sale October 4 and the ads should be running by then.

Warmly,
Olga""",
        style="gmail",
        labels=dict(due=["2027-10-04"], budgets=[("25000", "USD")],
                    obj=["sell 6,000 tickets"]),
    ),
    Mail(
        1135, "coffee-uk-bring-forward", PAUL, LUCA, "2027-07-09 08:40", "Re: Autumn menu",
        """Morning Luca,

Any chance we could bring the autumn menu boards forward to 23 August? We want them up
earlier this year. Also pumpkin is off the menu this year so please drop that
board altogether.

Cheers,
Paul""",
        style="gmail",
        labels=dict(due=["2027-08-23"],
                    cr=["bring the autumn menu boards forward", "please drop that board"], **UK),
    ),
    Mail(
        1136, "dental-thanks-no-ask", RITA_B, SAM, "2027-07-09 10:00", "Re: Postcards",
        """These came out beautifully, thank you! The team is thrilled. We'll mail them next
week.

Rita""",
        style="apple",
        quote=Quote(SAM, "2027-07-08 16:00", """Rita, the printed postcards were delivered this
morning.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1137, "wine-hedged-maybe", SAL, SAM, "2027-07-09 12:15", "Re: Harvest party invite",
        """Sam, I keep going back and forth. Maybe try the invite in the burgundy instead of the
gold? If it doesn't work we'll stay with gold. Party is September 11, invites out by
August 13.

Sal""",
        style="gmail",
        quote=Quote(SAM, "2027-07-08 14:00", """Sal, the harvest party invite is attached.

Sam"""),
        labels=dict(due=["2027-08-13"],
                    cr=["try the invite in the burgundy instead of the gold"]),
    ),
    Mail(
        1138, "hardware-price-list-table", TOM_H, SAM, "2027-07-09 14:45", "Re: Fall flyer prices",
        """Sam, here are the corrected prices for the fall flyer:

Leaf blower - $129 (was $149)
Rake set - $24.99 (no change)
Gutter guard - $39 (was $45)

Everything else stays the same.

Tom""",
        style="outlook",
        quote=Quote(SAM, "2027-07-08 11:00", """Tom, the fall flyer is ready for your review.

Sam"""),
        labels=dict(cr=["Leaf blower - $129 (was $149)", "Gutter guard - $39 (was $45)"]),
    ),
    Mail(
        1139, "travel-uk-ooo", UNA, LUCA, "2027-07-09 16:00", "Automatic reply: Cruise brochure",
        """Thank you for your email. I am out of the office until Monday 19 July with limited
access to email. For anything urgent please contact my colleague Jo Reid.

Una Kerr""",
        style="outlook",
        extra_headers=(("Auto-Submitted", "auto-replied"),),
        labels=dict(auto_reply=True, **UK),
    ),
]
