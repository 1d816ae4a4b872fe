"""The sixty-ninth labelled set (1500-1519), written on 2026-12-07 (twenty-fourth session)
after blind27 and before any rule of its own: the split ``tune53``, scored blind first, then
tuned on.

Written because the blind splits' unread change requests are mostly feedback said as plain
statements, without "please", "can you" or a modal (counted over the 520 blind mails, no
sentence read): a week (24-28 January 2028) of replies to proofs that say what is wrong or
what is true instead ("the phone number on the back is the old one", "the map on page 4
shows our old location", "where is the QR code?", "we're closed Mondays"), in English,
French, German and learners' English, beside praise and facts that ask for nothing.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

GUS = Person("Gus Moreno", "gus@morenotire.com", "America/Chicago")
ELLEN = Person("Ellen Park", "ellen@parkdentalgroup.com", "America/New_York")
MARTIN = Person("Martin Cole", "mcole@colehomes.com", "America/Denver")
SUNNY = Person("Sunny Lee", "sunny@leenails.com", "America/Los_Angeles")
CAROLINA = Person("Carolina Ruiz", "carolina@ruizcafe.com", "America/Chicago")
AGNES = Person("Agnès Petit", "agnes@petit-boulangerie.fr", "Europe/Paris")
KLAUS = Person("Klaus Becker", "k.becker@becker-sport.de", "Europe/Berlin")
RHEA = Person("Rhea Singh", "rhea@singhboutique.com", "America/New_York")
OWEN = Person("Owen Burke", "owen@burkemotors.com", "America/Chicago")
JADE = Person("Jade Wilson", "jade@wilsonyoga.com", "America/Los_Angeles")
HANK = Person("Hank Miller", "hank@millerbikes.com", "America/Denver")
PIA = Person("Pia Lund", "pia@lundflorist.com", "America/Chicago")
TESS = Person("Tess Nolan", "tess@nolanbakery.com", "America/New_York")
ROY = Person("Roy Adams", "roy@adamsinsurance.com", "America/Chicago")
LILA = Person("Lila Grant", "lila@grantspa.com", "America/Phoenix")
VERA = Person("Vera Stone", "vera@stonegallery.com", "America/New_York")
CUSTOMER = Person("Dale Price", "dale.price@gmail.com", "America/New_York")
NED = Person("Ned Fox", "ned@foxhardware.com", "America/New_York")
IDA = Person("Ida Cruz", "ida@cruzclinic.org", "America/Chicago")
BRAM = Person("Bram Cole", "bram@coleschool.org", "America/Chicago")

ITEMS = [
    Mail(
        1500, "tire-terse-old-number", GUS, SAM, "2028-01-24 07:50", "Re: Winter tire mailer",
        """Phone number on the back is the old one. Everything else 👍""",
        style="plain",
        quote=Quote(SAM, "2028-01-21 15:00", """Gus, the winter tire mailer proof is attached.

Sam"""),
        labels=dict(cr=["Phone number on the back is the old one"]),
    ),
    Mail(
        1501, "dental-statements", ELLEN, SAM, "2028-01-24 09:30", "Re: Practice brochure",
        """Hi Sam,

Went through the brochure with the doctors. The headline reads a bit flat. The team photo
is from 2019 and half those people don't work here anymore. The map on page 4 still shows
our old location on Elm Street.

The rest we love.

Ellen""",
        style="gmail",
        labels=dict(cr=["The headline reads a bit flat", "The team photo\nis from 2019",
                        "The map on page 4 still shows\nour old location"]),
    ),
    Mail(
        1502, "homes-ceo-bullets-html", MARTIN, SAM, "2028-01-24 11:00", "Comments on the ad",
        "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Sam, comments from our CEO below:</p>
<ul>
<li>Tagline feels generic</li>
<li>Too much white space on the back</li>
<li>Where is the QR code?</li>
</ul>
<p class="MsoNormal">Thanks,<br>Martin</p>
</div></body></html>
""",
        labels=dict(cr=["Tagline feels generic", "Too much white space on the back",
                        "Where is the QR code?"]),
    ),
    Mail(
        1503, "nails-closed-mondays", SUNNY, SAM, "2028-01-24 13:15", "Re: Window poster",
        """Hi Sam, the second line says "Open 7 days" but we're closed Mondays. Thx!""",
        style="apple",
        labels=dict(cr=["the second line says \"Open 7 days\" but we're closed Mondays"]),
    ),
    Mail(
        1504, "cafe-learner-colour", CAROLINA, SAM, "2028-01-24 15:40", "Re: Menu",
        """Hello Sam,

The colour of the logo is not the correct, is more dark in our manual. The rest is perfect.

Carolina""",
        style="gmail",
        labels=dict(cr=["The colour of the logo is not the correct"]),
    ),
    Mail(
        1505, "boulangerie-french-price", AGNES, LUCA, "2028-01-25 08:20", "Re: Affiche galette",
        """Bonjour Luca,

Le prix indiqué sur l'affiche est faux : c'est 12,90 € et non 14,90 €. Le reste est parfait.

Agnès""",
        style="apple",
        labels=dict(cr=["Le prix indiqué sur l'affiche est faux"],
                    non_budget=[("12.90", "EUR", "price"), ("14.90", "EUR", "price")], **EU),
    ),
    Mail(
        1506, "sport-german-missing-logo", KLAUS, LUCA, "2028-01-25 10:00", "Re: Prospekt",
        """Hallo Luca,

auf Seite 2 fehlt unser Logo, und die Öffnungszeiten sind noch die alten. Sonst alles gut.

Gruß
Klaus""",
        style="gmail",
        labels=dict(cr=["auf Seite 2 fehlt unser Logo"], **EU),
    ),
    Mail(
        1507, "boutique-sale-dates", RHEA, SAM, "2028-01-25 11:30", "Re: Sale banner",
        """Sam - the sale dates on the banner say Feb 1-7, it's actually Feb 3-9. Can it go up
by Monday?

Rhea""",
        style="gmail",
        labels=dict(due=["2028-01-31"], cr=["the sale dates on the banner say Feb 1-7"]),
    ),
    Mail(
        1508, "motors-praise-only", OWEN, SAM, "2028-01-25 13:00", "Re: Presidents Day banner",
        """The banner looks great. The colors are perfect and the team loved the photo. Nice
work!

Owen""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1509, "yoga-hours-changed", JADE, SAM, "2028-01-25 15:00", "Re: Class schedule flyer",
        """Hi Sam! Our hours changed, we close at 8 now, not 9 - the flyer still says 9.

Jade""",
        style="apple",
        labels=dict(cr=["the flyer still says 9"]),
    ),
    Mail(
        1510, "bikes-helmets-rule", HANK, SAM, "2028-01-26 08:40", "Spring ride ads",
        """Sam,

All our photos need to show riders wearing helmets - insurance thing. Budget for the spring
ads is $3,500. Could we see drafts by February 4?

Hank""",
        style="gmail",
        labels=dict(due=["2028-02-04"], budgets=[("3500", "USD")],
                    req=["All our photos need to show riders wearing helmets"]),
    ),
    Mail(
        1511, "florist-white-logo", PIA, SAM, "2028-01-26 10:10", "Re: Valentine's van sign",
        """Is it possible to have the logo in white instead? The red disappears on the van.

Pia""",
        style="apple",
        labels=dict(cr=["have the logo in white instead"]),
    ),
    Mail(
        1512, "bakery-fun-headline", TESS, SAM, "2028-01-26 12:00", "Re: Spring email",
        """Could the headline be something more fun? Maybe "Spring into something sweet"?

Tess""",
        style="gmail",
        labels=dict(cr=["Could the headline be something more fun?"]),
    ),
    Mail(
        1513, "insurance-coupon-again", ROY, SAM, "2028-01-26 14:30", "Re: Renewal mailer",
        """Last year's mailer had the coupon on the front, which worked really well. Can we do
that again?

Roy""",
        style="gmail",
        labels=dict(cr=["Can we do\nthat again?"]),
    ),
    Mail(
        1514, "spa-approved-pending", LILA, SAM, "2028-01-27 09:00", "Re: Gift card ad",
        """Approved pending the disclaimer going up to 8pt. Thank you!

Lila""",
        style="apple",
        labels=dict(cr=["pending the disclaimer going up to 8pt"]),
    ),
    Mail(
        1515, "gallery-deadline-and-ask", VERA, SAM, "2028-01-27 10:30", "Re: Opening email",
        """Sam, the email needs to go out Monday, and the subject line should mention the artist
talk.

Vera""",
        style="gmail",
        labels=dict(due=["2028-01-31"], cr=["the subject line should mention the artist\ntalk"]),
    ),
    Forward(
        1516, "hardware-customer-typo", NED, SAM, "2028-01-27 12:00",
        "Sam - see below, a customer pointed out our flyer says 'recieve' - can you fix?\n\nNed",
        Mail(
            0, "hardware-customer-orig", CUSTOMER, NED, "2028-01-26 19:00", "your flyer",
            """Hi, love the store, but just so you know your new flyer says "recieve" on the
front. Cheers, Dale""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["our flyer says 'recieve' - can you fix?",
                        "your new flyer says \"recieve\" on the\nfront"]),
    ),
    Mail(
        1517, "clinic-thanks", IDA, SAM, "2028-01-27 14:00", "Re: Flu clinic posters",
        """Got the posters this morning, they look wonderful. Thank you!

Ida""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1518, "school-stat-fix", BRAM, SAM, "2028-01-28 09:15", "Re: Annual report",
        """Sam, the stat in the second paragraph should be 40%, not 45% - we re-ran the numbers.

Bram""",
        style="gmail",
        labels=dict(cr=["the stat in the second paragraph should be 40%, not 45%"]),
    ),
    Mail(
        1519, "dental-typos-list", ELLEN, SAM, "2028-01-28 11:00", "Re: Practice brochure v2",
        """Typos: "accomodate" on p.2, "seperate" on p.5. Otherwise ready to print.

Ellen""",
        style="gmail",
        labels=dict(cr=["Typos: \"accomodate\" on p.2"]),
    ),
]
