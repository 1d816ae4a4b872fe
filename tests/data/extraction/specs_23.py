"""The eighteenth labelled set (620-639), written on 2026-12-06 (thirteenth session) after the
sixteenth set's rules and the blind seventeenth; scored blind first, then tuned on (split
``tune17``; both scores in docs/performance.md).

Made for precision: mails whose verbs tempt a change reading but ask none (a decision to
change agencies, a name changed last year, copy the client will update, a press date the
printer moved, a request to resend files or the invoice, permission to adjust "if needed"),
beside asks in forms the earlier sets have few of (picture numbers, a headline with what it
replaces in brackets, "should read", "kindly increase", "lose the exclamation marks"), rules
said as what to avoid, and sums the way people say them ("12k to play with", "1,500 bucks",
"USD 30.000").
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

KARA = Person("Kara Hill", "kara@hillcoffee.com", "America/Chicago")
WES = Person("Wes Long", "wes@longauto.com", "America/Chicago")
ZARA = Person("Zara Khan", "zara@khanbridal.com", "America/New_York")
LEO = Person("Leo Grant", "leo@grantgym.com", "America/Denver")
PAM_R = Person("Pam Rossi", "pam@rossitrattoria.com", "America/New_York")
OWEN_B = Person("Owen Black", "owen@blackboots.com", "America/Los_Angeles")
TINA = Person("Tina Marsh", "tina@marshrealty.com", "America/Phoenix")
HUGH = Person("Hugh Dean", "hugh@deanbank.com", "America/New_York")
IRIS = Person("Iris Shaw", "iris@shawyoga.com", "America/Los_Angeles")
CARL = Person("Carl Meyer", "carl.meyer@meyer-bau.de", "Europe/Berlin")
BETH = Person("Beth Young", "beth@youngpets.com", "America/Chicago")
RAY_K = Person("Ray King", "ray@kingroofing.com", "America/Denver")
NINA_S = Person("Nina Scott", "nina@scottdental.com", "America/New_York")
GUS = Person("Gus Ward", "gus@wardbbq.com", "America/Chicago")
ELSA = Person("Elsa Lund", "elsa@lundbakery.se", "Europe/Stockholm")
MAX_T = Person("Max Turner", "max@turnerapps.io", "America/Los_Angeles")
DORA = Person("Dora Bell", "dora@bellflorist.com", "America/New_York")
PETE = Person("Pete Moss", "pete@mossgarden.com", "America/Chicago")
LINA = Person("Lina Haddad", "lina@haddadsweets.com", "America/New_York")
JON = Person("Jon Rice", "jon@ricelaw.com", "America/New_York")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        620, "coffee-decided-agencies", KARA, SAM, "2026-12-14 10:00", "Print work",
        """Hi Sam,

Quick heads-up: we've decided to move our print work to an in-house designer from
January. Digital stays with you. Nothing changes on the current projects.

Kara""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        621, "auto-name-changed-last-year", WES, SAM, "2026-12-15 09:30", "Radio script",
        """Sam,

FYI we changed the dealership name last year, so the script needs to say "Long Auto
Group", not "Long Motors". Spot airs January 4.

Wes""",
        style="gmail",
        labels=dict(due=["2027-01-04"], cr=["needs to say \"Long Auto Group\""]),
    ),
    Mail(
        622, "bridal-client-updates-copy", ZARA, SAM, "2026-12-16 11:15", "Re: lookbook copy",
        """Thanks Sam. I'll update the copy doc myself tonight and share it tomorrow. Please
hold off on layout until then.

Zara""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 16:00", """Zara, the lookbook copy doc is in the shared
folder.

Sam"""),
        labels=dict(cr=["hold off on layout"]),
    ),
    Mail(
        623, "gym-printer-moved-date", LEO, SAM, "2026-12-15 14:20", "Printer",
        """Sam, heads up, the printer moved our press date from the 18th to the 21st. So we have
until the 17th for the final files instead of the 14th... well, you know what I mean,
three more days.

Leo""",
        style="gmail",
        # label corrected after the blind score: "until the 17th ... instead of the 14th" also
        # replaces the 14th (the day before the mail); scored blind without it
        labels=dict(due=["2026-12-21", "2026-12-17"], replaced=["2026-12-18", "2026-12-14"]),
    ),
    Mail(
        624, "trattoria-resend-and-invoice", PAM_R, SAM, "2026-12-16 13:00", "Files and invoice",
        """Hi Sam, could you resend the final menu files? I can't find them. And could you send
me the invoice for November too? Our accountant is asking.

Thanks, Pam""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        625, "boots-permission-if-needed", OWEN_B, SAM, "2026-12-15 18:40", "Re: catalog spread",
        """Looks great. Feel free to adjust the spacing if needed, your call. Swap pics 2 and 3
though, the brown boots should come first.

Owen""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 12:00", """Owen, catalog spread v1 attached.

Sam"""),
        labels=dict(cr=["Swap pics 2 and 3"]),
    ),
    Mail(
        626, "realty-headline-brackets", TINA, SAM, "2026-12-14 16:30", "Re: open house ad",
        """Sam, two things:
Headline: "Your Desert Retreat Awaits" (not "Desert Living at Its Best")
On the back, the caption under the pool photo should read "Heated saltwater pool".

Tina""",
        style="plain",
        quote=Quote(SAM, "2026-12-14 10:00", """Tina, open house ad draft attached.

Sam"""),
        labels=dict(cr=["Headline", "caption under the pool photo should read"]),
    ),
    Mail(
        627, "bank-kindly-increase", HUGH, SAM, "2026-12-16 10:45", "RE: CD rate mailer",
        """Sam,

Kindly increase the font of the disclaimer, compliance says it is too small to read. The
mailer drops January 12. We cannot mention "guaranteed" anywhere.

Hugh Dean""",
        style="outlook",
        labels=dict(due=["2027-01-12"], cr=["increase the font of the disclaimer"],
                    req=["cannot mention \"guaranteed\""]),
    ),
    Mail(
        628, "yoga-warmer-tone", IRIS, SAM, "2026-12-15 12:00", "Re: retreat email",
        f"""We'd prefer a warmer tone in the copy, it reads a bit cold. And lose the exclamation
marks please. Retreat registration opens Jan 5 so we need it by the 31st.

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-14 17:00", """Iris, retreat email draft attached.

Sam"""),
        labels=dict(due=["2026-12-31"],
                    cr=["warmer tone in the copy", "lose the exclamation marks"]),
    ),
    Mail(
        629, "construction-german-english", CARL, LUCA, "2026-12-14 08:30", "Site hoarding",
        """Dear Luca,

for the new site hoarding in Munich we need the print files until 11.01. Our budget is
USD 30.000 because the client is American. Please avoid any red, it is the colour of our
competitor.

Regards
Carl Meyer""",
        style="outlook",
        labels=dict(due=["2027-01-11"], budgets=[("30000", "USD")],
                    req=["avoid any red"], day_first=True, default_currency="EUR"),
    ),
    Mail(
        630, "pets-twelve-k-to-play", BETH, SAM, "2026-12-15 15:30", "Adoption month",
        """Hi Sam,

We've got 12k to play with for adoption month in February. We want people to think of us
first when they're ready to adopt. Concepts by the end of next week would be great.

Beth""",
        style="gmail",
        labels=dict(due=["2026-12-25"], budgets=[("12000", "USD")],
                    obj=["think of us first"]),
    ),
    Mail(
        631, "roofing-bucks", RAY_K, SAM, "2026-12-16 08:00", "Yard signs",
        f"""need 100 yard signs, no more than 1,500 bucks. proof by tues pls

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-22"], budgets=[("1500", "USD", "cap")]),
    ),
    Mail(
        632, "dental-noon-on-the-22nd", NINA_S, SAM, "2026-12-15 11:10", "Holiday hours card",
        """Hi Sam,

We need the holiday hours card back no later than noon on the 22nd. Any photos must be of
our actual office, no stock. Our goal is to get 50 new patient bookings in January.

Nina""",
        style="gmail",
        labels=dict(due=["2026-12-22"], req=["must be of our actual office"],
                    obj=["50 new patient bookings"]),
    ),
    Mail(
        633, "bbq-week-after-next", GUS, SAM, "2026-12-14 19:20", "Catering flyer",
        f"""Sam can we get the catering flyer the week after next? Add the new brisket tray and
take off the pulled pork sliders, we dont do them anymore.

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-28"], cr=["Add the new brisket tray"]),
    ),
    Mail(
        634, "bakery-swedish-english", ELSA, LUCA, "2026-12-15 10:40", "Semla campaign",
        """Hello Luca,

The semla season starts 1 February. We would need the posters ready latest 25 January.
Budget is approx. 25 000 SEK. Please write all texts in Swedish, not English.

Best regards,
Elsa""",
        style="outlook",
        labels=dict(due=["2027-01-25"], budgets=[("25000", "SEK")],
                    req=["all texts in Swedish"], day_first=True, default_currency="SEK"),
    ),
    Mail(
        635, "apps-launching", MAX_T, SAM, "2026-12-16 16:00", "Launch",
        """Sam, we're launching Jan 18th. App store screenshots need to be final by the 11th.
Looking to double our email list off the back of the launch.

Max""",
        style="gmail",
        labels=dict(due=["2027-01-18", "2027-01-11"], obj=["double our email list"]),
    ),
    Mail(
        636, "florist-confirm-received", DORA, SAM, "2026-12-15 09:10", "Files",
        """Hi Sam, please confirm you received the photos I sent yesterday. Can you remind me
what we agreed on the logo size? Thanks!

Dora""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        637, "garden-dont-change-else", PETE, SAM, "2026-12-16 07:55", "Re: spring ad",
        """Only change: the phone number on the spring ad should be (312) 555-0188. Don't change
anything else. Ready for print Mon 1/11.

Pete""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 13:00", """Pete, spring ad final attached.

Sam"""),
        labels=dict(due=["2027-01-11"], cr=["phone number on the spring ad should be"]),
    ),
    Mail(
        638, "sweets-try-darker-no-pressure", LINA, SAM, "2026-12-15 20:30", "Re: box label",
        """If you have time, maybe try a darker blue on the label, but no pressure. Otherwise
we're happy. Target: 200 new wholesale accounts next year.

Lina""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 11:00", """Lina, box label v3 attached.

Sam"""),
        labels=dict(cr=["try a darker blue"], obj=["200 new wholesale accounts"]),
    ),
    Mail(
        639, "law-brand-guide-never", JON, SAM, "2026-12-14 14:10", "Website banners",
        """Sam,

Our brand guide says never to put the logo on a busy background. The banners go live
February 1 and we've budgeted $3,800 for them.

Jon""",
        style="outlook",
        labels=dict(due=["2027-02-01"], budgets=[("3800", "USD")],
                    req=["never to put the logo on a busy background"]),
    ),
]
