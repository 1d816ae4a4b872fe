"""The nineteenth labelled set (640-659), written on 2026-12-06 (thirteenth session) after the
eighteenth set's rules; scored blind first, then tuned on (split ``tune18``; both scores in
docs/performance.md).

Shapes: an Outlook "Accepted:" reply to an invitation, a signing service's notice passed on,
a move of an invitation's send ("push the webinar invite"), a bare "the 18th" after a
past date of another month, Turkish, Vietnamese and Russian writers' English, budgets "between
8 and 10 thousand", "~ 5K EUR", "max 2000 EUR", a rule typed in capitals, an aim to be known
for something, and a correction in brackets.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

DANA_W = Person("Dana Whitfield", "dana@crumbandco.com", "America/Chicago")
SIGN = Person("SignFlow", "notifications@signflow.example", "America/Los_Angeles")
AMIR = Person("Amir Cohen", "amir@cohenfintech.com", "America/New_York")
HOLLY = Person("Holly Park", "holly@parkandco.com", "America/New_York")
EMRE = Person("Emre Yilmaz", "emre@yilmaztextil.com.tr", "Europe/Istanbul")
LAN = Person("Lan Nguyen", "lan@saigonspices.vn", "Asia/Ho_Chi_Minh")
OLGA = Person("Olga Ivanova", "olga@ivanovadesign.com", "Europe/Berlin")
RUTH = Person("Ruth Bay", "ruth@baybrunch.com", "America/Chicago")
SEAN_M = Person("Sean Murphy", "sean@murphyevents.com", "America/New_York")
ANDREA = Person("Andrea Conti", "andrea@contivini.it", "Europe/Rome")
KYLE = Person("Kyle Fox", "kyle@foxhvac.com", "America/Denver")
MIRA = Person("Mira Shah", "mira@shahjewels.com", "America/New_York")
PAUL = Person("Paul Dunn", "paul@dunnhomes.com", "America/Chicago")
TESSA = Person("Tessa Lane", "tessa@lanespa.com", "America/Los_Angeles")
FRED = Person("Fred Vogt", "fred@vogtcheese.com", "America/Chicago")
GINA = Person("Gina Marino", "gina@marinopizza.com", "America/New_York")
HAL = Person("Hal Brooks", "hal@brookstools.com", "America/Chicago")
YARA = Person("Yara Silva", "yara@silvasurf.com", "America/Los_Angeles")
ABE = Person("Abe Klein", "abe@kleinlaw.com", "America/New_York")
JOY = Person("Joy Chen", "joy@chenteas.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        640, "outlook-accepted-invitation", DANA_W, SAM, "2026-12-14 09:02",
        "Accepted: Concept review",
        """Dana Whitfield has accepted this meeting.

When: Thursday, December 17, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada)
Where: Microsoft Teams Meeting""",
        style="outlook",
        labels=dict(),
    ),
    Forward(
        641, "fintech-signing-notice-passed-on", AMIR, SAM, "2026-12-15 10:30",
        "Sam, FYI the SOW is signed on our side. Kickoff as planned.\n\nAmir",
        Mail(
            0, "signflow-notice", SIGN, AMIR, "2026-12-15 10:10",
            "Completed: Statement of Work - Spring campaign",
            """All parties have completed the envelope "Statement of Work - Spring campaign".

The document was completed on December 15, 2026. It will be available for download until
January 14, 2027.""",
            style="html",
        ),
        labels=dict(),
    ),
    Mail(
        642, "webinar-push-invite", HOLLY, SAM, "2026-12-16 14:00", "Webinar",
        """Sam, push the webinar invite to Jan 27, the speaker can't do the 20th anymore.

Holly""",
        style="gmail",
        labels=dict(due=["2027-01-27"], replaced=["2027-01-20"],
                    cr=["push the webinar invite to Jan 27"]),
    ),
    Mail(
        643, "bakery-18th-after-past-date", DANA_W, SAM, "2026-12-14 11:20", "Re: holiday boxes",
        """We met on Nov 30 about the holiday boxes. The sticker files are due the 18th, please
don't forget.

Dana""",
        style="gmail",
        labels=dict(due=["2026-12-18"]),
    ),
    Mail(
        644, "textile-turkish-english", EMRE, LUCA, "2026-12-15 13:10", "Katalog",
        """Dear Luca,

We want that the logo will be bigger on the cover and the fabric photos more bright. The
catalogue must be ready for the fair in Istanbul on 20 January. Our budget is max 2000 EUR.

Best regards
Emre""",
        style="outlook",
        labels=dict(due=["2027-01-20"], budgets=[("2000", "EUR", "cap")],
                    cr=["logo will be bigger"], **EU),
    ),
    Mail(
        645, "spices-vietnamese-english", LAN, SAM, "2026-12-16 09:00", "Re: label design",
        """Dear Sam,

Please kindly help us to make the text more bigger on the back label. Also please kindly
change the green color to the dark green like our old packaging. We need final file before
25 December.

Thank you very much,
Lan""",
        style="gmail",
        labels=dict(due=["2026-12-24"],
                    cr=["make the text more bigger", "change the green color"]),
    ),
    Mail(
        646, "design-russian-english", OLGA, LUCA, "2026-12-15 16:40", "Re: poster",
        """Hello Luca,

Please, make please the background white. Budget ~ 5K EUR is still ok. Deadline is 8
January.

Olga""",
        style="gmail",
        labels=dict(due=["2027-01-08"], budgets=[("5000", "EUR")],
                    cr=["make please the background white"], **EU),
    ),
    Mail(
        647, "brunch-known-for", RUTH, SAM, "2026-12-14 12:30", "Brand refresh",
        """Hi Sam,

We'd like to be known as the go-to place for brunch in Austin. Our budget is between 8 and
10 thousand for the refresh. New menus need to be printed by February 5.

Ruth""",
        style="gmail",
        labels=dict(due=["2027-02-05"], budgets=[("10000", "USD", "range", "8000")],
                    obj=["go-to place for brunch"]),
    ),
    Mail(
        648, "events-caps-rule", SEAN_M, SAM, "2026-12-15 17:10", "Gala signage",
        """Sam,

Gala signage files to the printer by Jan 9. DO NOT USE THE OLD LOGO ANYWHERE. The client
was very clear about that.

Sean""",
        style="gmail",
        labels=dict(due=["2027-01-09"], req=["DO NOT USE THE OLD LOGO"]),
    ),
    Mail(
        649, "wine-italian-correction-brackets", ANDREA, LUCA, "2026-12-16 10:05",
        "Re: invito degustazione",
        """Hi Luca,

one tweak: can the date on the invite read Saturday, March 6 (not Sunday)? All the rest
is perfect.

Andrea""",
        style="gmail",
        quote=Quote(LUCA, "2026-12-15 15:00", """Andrea, the tasting invitation is attached.

Luca"""),
        labels=dict(cr=["date on the invite read Saturday, March 6"], **EU),
    ),
    Mail(
        650, "hvac-service-plan", KYLE, SAM, "2026-12-14 08:20", "Service plan mailer",
        """Sam,

We want to sign up 250 new service plan members this spring. Mailer budget is $7,500.
It has to land before the first warm week, so let's say in homes by March 15.

Kyle""",
        style="gmail",
        labels=dict(due=["2027-03-15"], budgets=[("7500", "USD")],
                    obj=["250 new service plan members"]),
    ),
    Mail(
        651, "jewels-reply-quoted-options", MIRA, SAM, "2026-12-15 11:45", "Re: ring ad options",
        """B please, but with the gold background from A.

Mira""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 09:00", """Mira, options A and B for the ring ad attached.
A has a gold background, B a white one.

Sam"""),
        labels=dict(cr=["with the gold background from A"]),
    ),
    Mail(
        652, "homes-photo-release-rule", PAUL, SAM, "2026-12-16 15:30", "Model home photos",
        """Sam,

Any photo with buyers in it needs a signed release before it goes anywhere. The model home
brochure should be ready for the open house on January 30, so by the 27th please.

Paul""",
        style="outlook",
        labels=dict(due=["2027-01-27"], req=["needs a signed release"]),
    ),
    Mail(
        653, "spa-valentines-package", TESSA, SAM, "2026-12-14 14:00", "Valentine's package",
        """Hi Sam,

For the Valentine's couples package we'd love an email and two Instagram posts. They need
to go out by February 1. Please keep the tone romantic but not cheesy. We have about $1,200.

Tessa""",
        style="gmail",
        labels=dict(due=["2027-02-01"], budgets=[("1200", "USD")]),
    ),
    Mail(
        654, "cheese-state-fair-no-ask", FRED, SAM, "2026-12-15 10:15", "News",
        """Hi Sam,

Great news, our aged cheddar won gold at the state fair in August! We sold out of it
twice since. Just thought you'd like to know.

Fred""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        655, "pizza-terse-two-asks", GINA, SAM, "2026-12-16 19:30", "Re: menu",
        """take the calzone off. add the new vegan pie at $16. need it thurs

Gina""",
        style="plain",
        quote=Quote(SAM, "2026-12-16 12:00", """Gina, updated menu attached.

Sam"""),
        labels=dict(due=["2026-12-17"], cr=["take the calzone off", "add the new vegan pie"]),
    ),
    Mail(
        656, "tools-trade-show-booth", HAL, SAM, "2026-12-14 15:50", "Booth for the NHS show",
        """Sam,

We're exhibiting at the National Hardware Show, March 17-19. We need the booth graphics
shipped by March 5 and the sell sheets printed by March 10. Budget for all of it is
$18,000, not a penny more.

Hal""",
        style="outlook",
        labels=dict(due=["2027-03-05", "2027-03-10"], budgets=[("18000", "USD", "cap")]),
    ),
    Mail(
        657, "surf-changes-as-list-dashes", YARA, SAM, "2026-12-15 13:30", "Re: spring lookbook",
        """Notes on the lookbook:
- cover shot is too dark
- swap page 6 and page 7
- the price on page 9 should be $89

Thanks!
Yara""",
        style="gmail",
        quote=Quote(SAM, "2026-12-14 18:00", """Yara, spring lookbook draft attached.

Sam"""),
        labels=dict(cr=["cover shot is too dark", "swap page 6 and page 7",
                        "price on page 9 should be $89"]),
    ),
    Mail(
        658, "law-newsletter-rule-and-date", ABE, SAM, "2026-12-16 09:40", "Client newsletter",
        """Sam,

The January client newsletter goes out January 14. Every article needs a "This is not
legal advice" line at the end. Please send me the draft a week before.

Abe""",
        style="outlook",
        labels=dict(due=["2027-01-14", "2027-01-07"], req=["This is not legal advice"]),
    ),
    Mail(
        659, "teas-approval-go-ahead", JOY, SAM, "2026-12-16 17:05", "Re: tin design",
        """Approved! Please go ahead and send it to the printer. So excited!

Joy""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 10:00", """Joy, final tin design attached for your approval.

Sam"""),
        labels=dict(),
    ),
]
