"""The ninety-fourth labelled set (2020-2039), written on 2026-12-07 (twenty-ninth session)
after blind34 and before any rule of its own: the split ``tune71``, scored blind first, then
tuned on.

Days in the furniture of mail, where the blind splits' due dates are wrong most: a signature's
out-of-office week, a pasted calendar invite's "When:", a forwarded invoice's "Due date:", a
shipping notice's delivery estimate, a Zoom block, a legal footer's "Effective", a pasted
chamber newsletter, a subject's day, a missed deadline and its new issue, a UK "Friday 2nd
March rather than Thursday 1st", "the Thursday before" Easter, "every other Tuesday starting",
French, German "bis Ende nächster Woche", Spanish, a terse weekday swap; each beside the real
deadline the mail holds, or none. Dates run in the weeks of 19 and 26 February 2029 (Mondays).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

AMY = Person("Amy Lin", "amy@lintea.com", "America/New_York")
KICK = Person("Greg Baker", "greg@bakerbuilds.com", "America/Chicago")
INV_CLIENT = Person("Nora Hill", "nora@hillgardens.com", "America/New_York")
PRINTER2 = Person("Accounts Receivable", "ar@sharpprint.com", "America/New_York")
STANDS = Person("Leo Grant", "leo@grantexpo.com", "America/Denver")
ZOOMER = Person("Tara Singh", "tara@singhlaw.com", "America/New_York")
SALLY = Person("Sally Burke", "sburke@burkeinsurance.com", "America/Chicago")
CHAMBER = Person("Phil Dodd", "phil@doddhardware.com", "America/Chicago")
MEDIA = Person("Irene Cho", "irene@chodental.com", "America/Los_Angeles")
CONFIRM = Person("Hank Moss", "hank@mossroofing.com", "America/New_York")
MARINA = Person("Kelly Shore", "kelly@baysidemarina.com", "America/New_York")
NO_RUSH = Person("Walt Fischer", "walt@fischerboats.com", "America/Chicago")
ROSA2 = Person("Rosa Vega", "rosa@vegacantina.com", "America/Phoenix")
GAZETTE = Person("Bev Long", "bev@longflorist.com", "America/New_York")
BRIT = Person("Harriet Cole", "harriet@colekitchens.co.uk", "Europe/London")
EASTER = Person("Joan Pike", "joan@pikechocolates.com", "America/New_York")
NEWS2 = Person("Dev Rao", "dev@raoclinic.com", "America/Chicago")
CANTINA_ES = Person("Lucía Ortiz", "lucia@ortizcafe.es", "Europe/Madrid")
FR2 = Person("Camille Roux", "camille@roux-deco.fr", "Europe/Paris")
DE2 = Person("Jonas Hartmann", "j.hartmann@hartmann-bau.de", "Europe/Berlin")
TERSE = Person("Bo Jensen", "bo@jensenbikes.com", "America/Denver")

ITEMS = [
    Mail(
        2020, "tea-signature-out-of-office", AMY, SAM, "2029-02-20 09:30", "Poster",
        """Hi Sam, please send the revised poster by Thursday. Thanks, Amy""",
        style="outlook",
        signature="""Amy Lin | Marketing Manager | Lin Tea Co.
Please note: I will be out of the office March 5-9.""",
        labels=dict(due=["2029-02-22"]),  # the writer's week away is no deadline
    ),
    Mail(
        2021, "builds-invite-pasted", KICK, SAM, "2029-02-20 11:15", "Kickoff",
        """Hi Sam,

Invite below for the kickoff. The brief is attached, first concepts due March 2.

When: Tuesday, February 27, 2029 10:00 AM-11:00 AM (UTC-06:00) Central Time
Where: Microsoft Teams Meeting
Join on your computer or mobile app

Greg""",
        style="outlook",
        labels=dict(due=["2029-03-02"]),
    ),
    Forward(
        2022, "gardens-fw-invoice", INV_CLIENT, SAM, "2029-02-20 13:40",
        "Sam, is this right? We thought the rush fee was waived.\n\nNora",
        Mail(
            0, "gardens-invoice-orig", PRINTER2, INV_CLIENT, "2029-02-15 08:00",
            "Invoice #8812",
            """Invoice #8812
Invoice date: February 15, 2029
Due date: March 17, 2029

Spring catalog printing: $3,200
Rush fee: $250
Total: $3,450

Thank you for your business.
Sharp Print Accounts""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(),  # an invoice's days and sums: no deadline, no budget
    ),
    Mail(
        2023, "expo-stands-shipping", STANDS, SAM, "2029-02-20 15:00", "Banner stands",
        """Sam, FYI the banner stands ship Friday, estimated delivery March 6. Can you have the graphics to the printer by March 1 so they're ready when the stands arrive?

Leo""",
        style="gmail",
        labels=dict(due=["2029-03-01"]),  # the vendor's delivery estimate is not ours
    ),
    Mail(
        2024, "law-zoom-block", ZOOMER, SAM, "2029-02-21 10:00", "Storyboard",
        """Thanks for the call today. As discussed, we need the storyboard by next Wednesday (Feb 28).

Tara

Join Zoom Meeting
https://zoom.us/j/1234567890
Meeting ID: 123 456 7890
Passcode: 2029""",
        style="gmail",
        labels=dict(due=["2029-02-28"]),
    ),
    Mail(
        2025, "insurance-legal-footer", SALLY, SAM, "2029-02-21 12:30", "Revised ad",
        """Please run the revised ad starting March 12.

Sally

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient. Effective January 1, 2024, Burke Insurance Agency is a member of the Heartland Insurance Network.""",
        style="outlook",
        labels=dict(due=["2029-03-12"]),
    ),
    Mail(
        2026, "hardware-chamber-newsletter", CHAMBER, SAM, "2029-02-21 14:20", "Expo",
        """See below from the chamber newsletter, we should do something for this!

"The Spring Business Expo returns April 14 at the convention center. Exhibitor registration closes March 23. Booths start at $450."

Phil""",
        style="gmail",
        labels=dict(),  # the chamber's days and prices, no work asked yet
    ),
    Mail(
        2027, "dental-review-and-plan", MEDIA, SAM, "2029-02-22 09:10", "Re: Review",
        """Tuesday at 2 works for the review. In the meantime can you get the updated media plan to me by Monday?

Irene""",
        style="gmail",
        quote=Quote(SAM, "2029-02-21 16:00", """Irene, does Tuesday at 2pm work for the campaign review?

Sam"""),
        labels=dict(due=["2029-02-26"]),
    ),
    Mail(
        2028, "roofing-that-date-works", CONFIRM, SAM, "2029-02-22 11:45", "Re: Final files",
        """Yes, that date works for us.

Hank""",
        style="gmail",
        quote=Quote(SAM, "2029-02-22 09:00", """Hank, we can deliver the final files for the truck wrap on March 8. Does that work?

Sam"""),
        labels=dict(due=["2029-03-08"]),  # the day the agency offered, agreed
    ),
    Mail(
        2029, "marina-events-lineup", MARINA, SAM, "2029-02-22 14:00", "Spring events flyer",
        """Hi Sam,

For the spring events flyer, here's the lineup:

Mar 17 - Kids Fishing Derby
Mar 24 - Plant Swap
Mar 31 - Easter Egg Hunt

We need it in mailboxes by March 10.

Kelly""",
        style="gmail",
        labels=dict(due=["2029-03-10"]),
    ),
    Mail(
        2030, "boats-no-rush-show", NO_RUSH, SAM, "2029-02-22 16:30", "Brochure and banners",
        """No rush on the brochure, sometime in March is fine. The only hard date is the boat show on April 12, and we need the banners there.

Walt""",
        style="apple",
        labels=dict(due=["2029-04-12"]),  # the show's day, the only one the work has
    ),
    Mail(
        2031, "cantina-subject-date", ROSA2, SAM, "2029-02-23 08:20", "Menu boards - needed by 3/9",
        """Hi Sam, files attached. Thanks!

Rosa""",
        style="gmail",
        labels=dict(due=["2029-03-09"]),
    ),
    Mail(
        2032, "florist-missed-gazette", GAZETTE, SAM, "2029-02-23 10:40", "Gazette ad",
        """Hi Sam,

We missed the Feb 15 deadline for the Gazette, so let's aim for the March 1 issue instead. Can you resize the ad for their new format?

Bev""",
        style="outlook",
        labels=dict(due=["2029-03-01"], replaced=["2029-02-15"],
                    cr=["let's aim for the March 1 issue instead",
                        "Can you resize the ad for their new format?"]),
    ),
    Mail(
        2033, "kitchens-uk-rather-than", BRIT, SAM, "2029-02-23 12:00", "Proofs",
        """Hi Sam,

Could we have the proofs on Friday 2nd March rather than Thursday 1st? Our director is away on the Thursday.

Many thanks,
Harriet""",
        style="outlook",
        labels=dict(due=["2029-03-02"], replaced=["2029-03-01"],
                    cr=["Could we have the proofs on Friday 2nd March rather than Thursday 1st?"],
                    **UK),
    ),
    Mail(
        2034, "chocolates-thursday-before-easter", EASTER, SAM, "2029-02-26 09:00", "Easter email",
        """Hi Sam,

Our shops are closed Easter Sunday (April 1) but the Easter email should go out the Thursday before.

Joan""",
        style="gmail",
        labels=dict(due=["2029-03-29"]),
    ),
    Mail(
        2035, "clinic-every-other-tuesday", NEWS2, SAM, "2029-02-26 11:00", "Newsletter",
        """Sam, going forward the patient newsletter goes out every other Tuesday, starting March 6.

Dev""",
        style="gmail",
        labels=dict(due=["2029-03-06"]),
    ),
    Mail(
        2036, "cafe-es-reunion-textos", CANTINA_ES, SAM, "2029-02-20 10:00", "Carta nueva",
        """Hola Sam,

La reunión es el lunes 26 a las 10. Los textos finales los necesitamos el miércoles 28.

Saludos,
Lucía""",
        style="gmail",
        labels=dict(due=["2029-02-28"], **EU),
    ),
    Mail(
        2037, "deco-fr-deux-semaines", FR2, SAM, "2029-02-20 14:00", "Catalogue printemps",
        """Bonjour Sam,

Pourriez-vous nous livrer les fichiers dans deux semaines, soit le 6 mars ?

Merci,
Camille""",
        style="outlook",
        labels=dict(due=["2029-03-06"], **EU),
    ),
    Mail(
        2038, "bau-de-ende-naechster-woche", DE2, SAM, "2029-02-20 15:30", "Korrektur Broschüre",
        """Hallo Sam,

bitte schicken Sie uns die Korrektur bis Ende nächster Woche.

Viele Grüße
Jonas Hartmann""",
        style="outlook",
        labels=dict(due=["2029-03-02"], **EU),  # the end of next week: its Friday
    ),
    Mail(
        2039, "bikes-tues-instead-of-mon", TERSE, SAM, "2029-02-22 17:05", "post",
        """can u do tues instead of mon for the post""",
        style="apple",
        labels=dict(due=["2029-02-27"], replaced=["2029-02-26"],
                    cr=["can u do tues instead of mon for the post"]),
    ),
]
