"""The hundred-and-thirtieth labelled set (2740-2759), written on 2026-12-08 (thirty-fifth
session) after tune104's rules, before any rule of its own: the split ``tune105``, scored
blind first, then tuned on.

Days said every way people say them: "thurs pls" on a phone, a British "Friday week" and
"end of the month" with pounds, "before Halloween", "within a fortnight", ISO dates from a
software client, "mid-November" beside "next Tuesday", a German "Ende KW 44", "first thing
Monday", an HTML-only timeline, an invoice's days beside a launch, "by the weekend", "ASAP"
with "no later than", Spanish "a más tardar", French "d'ici le ... au plus tard", an event
with "two days before", "Tomorrow EOD", "in 3 weeks ... by then", a newsletter pushed back a
week, and a Polish client's English with złoty. Dates run in the week of 21 October 2030 (a
Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

THURS = Person("Rick Salas", "rick@salasroofing.com", "America/Chicago")
FORTNIGHT = Person("Fiona Hale", "fiona@halegardens.co.uk", "Europe/London")
MONTHEND = Person("Oliver Grant", "oliver@grantjoinery.co.uk", "Europe/London")
HALLOWEEN = Person("Tina Marsh", "tina@marshcostumes.com", "America/New_York")
FORTNIGHT2 = Person("Aisling Kerr", "aisling@kerrtweed.ie", "Europe/Dublin")
ISO = Person("Raj Mehta", "raj@mehtasoft.io", "America/Los_Angeles")
MIDNOV = Person("Carla Diaz", "carla@diazdental.com", "America/Chicago")
KW = Person("Stefanie Braun", "s.braun@braun-kuechen.de", "Europe/Berlin")
MONDAY = Person("Jake Moss", "jake@mosslandscaping.com", "America/Denver")
TIMELINE = Person("Helen Boyd", "hboyd@boydhealth.org", "America/New_York")
INVOICE = Person("Sara Kim", "sara@kimspa.com", "America/Los_Angeles")
WEEKEND = Person("Lou Ferrante", "lou@ferrantepizza.com", "America/New_York")
ASAP = Person("Nora Quinn", "nora@quinnlegal.com", "America/New_York")
VALENCIA = Person("Pablo Serra", "pablo@serranaranjas.es", "Europe/Madrid")
BORDEAUX = Person("Luc Martin", "luc@chateau-martin.fr", "Europe/Paris")
GALA = Person("Diane West", "diane@westsymphony.org", "America/Chicago")
EOD = Person("Mark Tan", "mark@tanfinancial.com", "America/New_York")
STORE = Person("Amy Lopez", "amy@lopezshoes.com", "America/Phoenix")
PUSH = Person("Greg Hill", "greg@hillbrewery.com", "America/Denver")
KRAKOW = Person("Agnieszka Nowak", "a.nowak@nowakmeble.pl", "Europe/Warsaw")


def _quote(text: str, when: str = "2030-10-18 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2740, "roofing-phone-thurs-pls", THURS, SAM, "2030-10-21 07:40", "Re: Storm ad proofs",
        """need proofs back by thurs pls

Sent from my iPhone""",
        style="plain",
        quote=_quote("Rick, when do you need the storm ad proofs?"),
        labels=dict(due=["2030-10-24"]),
    ),
    Mail(
        2741, "gardens-friday-week", FORTNIGHT, SAM, "2030-10-21 09:15", "RE: Winter catalogue copy",
        """Hi Sam,

Could we have the copy by Friday week? Half the team is off this week.

Many thanks,
Fiona""",
        style="outlook",
        quote=_quote("Hi Fiona, when would you like the winter catalogue copy?"),
        labels=dict(due=["2030-11-01"], **UK),
    ),
    Mail(
        2742, "joinery-end-of-month-pounds", MONTHEND, SAM, "2030-10-21 10:00", "Website refresh",
        """Sam,

We need the new gallery pages up by the end of the month. Our budget is £4k for this bit.

Oliver""",
        style="gmail",
        labels=dict(due=["2030-10-31"], budgets=[("4000", "GBP")], **UK),
    ),
    Mail(
        2743, "costumes-before-halloween", HALLOWEEN, SAM, "2030-10-21 10:40", "Window banners",
        """Hi Sam, can we get the window banners before Halloween? We're decorating the store that weekend.

Tina""",
        style="apple",
        labels=dict(due=["2030-10-30"]),
    ),
    Mail(
        2744, "tweed-within-a-fortnight", FORTNIGHT2, SAM, "2030-10-21 11:20", "Lookbook",
        """Hi Sam,

Would it be possible to see a first draft of the lookbook within a fortnight?

Aisling""",
        style="gmail",
        labels=dict(due=["2030-11-04"], day_first=True, default_currency="EUR"),
    ),
    Mail(
        2745, "software-iso-dates", ISO, SAM, "2030-10-21 12:05", "Launch assets",
        """Sam -

Go-live is 2030-11-12. Please have the assets in the shared drive by 2030-11-05 so QA can check them.

Raj""",
        style="gmail",
        labels=dict(due=["2030-11-12", "2030-11-05"]),
    ),
    Mail(
        2746, "dental-mid-november-next-tuesday", MIDNOV, SAM, "2030-10-21 13:30", "Holiday mailer",
        """Hi Sam,

We want the holiday mailer in homes mid-November. Can we see proofs by next Tuesday? Budget: USD 12k.

Carla""",
        style="gmail",
        labels=dict(due=["2030-10-29"], budgets=[("12000", "USD")]),
    ),
    Mail(
        2747, "kitchens-german-ende-kw", KW, SAM, "2030-10-21 14:10", "Entwürfe Prospekt",
        """Hallo Sam,

bitte schicken Sie uns die Entwürfe bis Ende KW 44.

Viele Grüße
Stefanie Braun""",
        style="outlook",
        labels=dict(due=["2030-11-01"], **EU),
    ),
    Mail(
        2748, "landscaping-first-thing-monday", MONDAY, SAM, "2030-10-23 15:00", "Snow removal flyer",
        """Sam, I need the snow removal flyer first thing Monday so I can hand them out at the expo.

Jake""",
        style="gmail",
        labels=dict(due=["2030-10-28"]),
    ),
    Mail(
        2749, "health-html-timeline", TIMELINE, SAM, "2030-10-21 15:45", "Revised timeline",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p>
<p class="MsoNormal">Please note the revised timeline for the flu season campaign:</p>
<p class="MsoNormal">Copy deadline: 10/28<br>Design: 11/4<br>Print: 11/11</p>
<p class="MsoNormal">The print date can't move.</p>
<p class="MsoNormal">Helen Boyd<br>Communications Director | Boyd Health</p>
</div></body></html>""",
        labels=dict(due=["2030-10-28", "2030-11-04", "2030-11-11"]),
    ),
    Mail(
        2750, "spa-invoice-days-and-launch", INVOICE, SAM, "2030-10-21 16:10", "Invoice and next campaign",
        """Hi Sam,

The September invoice (due 10/15) was paid on 10/18, sorry for the delay. The holiday gift card campaign should launch 11/18.

Sara""",
        style="gmail",
        labels=dict(due=["2030-11-18"]),
    ),
    Mail(
        2751, "pizza-by-the-weekend", WEEKEND, SAM, "2030-10-22 09:00", "Menu flyers",
        """Sam we need everything by the weekend, the new menu starts Monday.

Lou""",
        style="gmail",
        labels=dict(due=["2030-10-25"]),
    ),
    Mail(
        2752, "legal-asap-no-later-than", ASAP, SAM, "2030-10-22 09:40", "Seminar invitation",
        """Sam,

We need the seminar invitation ASAP - no later than Nov 8.

Nora Quinn""",
        style="outlook",
        labels=dict(due=["2030-11-08"]),
    ),
    Mail(
        2753, "naranjas-spanish-a-mas-tardar", VALENCIA, SAM, "2030-10-22 10:30", "Fotos campaña",
        """Hola Sam,

Necesitamos las fotos a más tardar el viernes 8 de noviembre.

Saludos,
Pablo""",
        style="gmail",
        labels=dict(due=["2030-11-08"], **EU),
    ),
    Mail(
        2754, "chateau-french-au-plus-tard", BORDEAUX, SAM, "2030-10-22 11:15", "Fichiers étiquettes",
        """Bonjour Sam,

Les fichiers doivent être livrés d'ici le 15 novembre au plus tard.

Cordialement,
Luc Martin""",
        style="outlook",
        labels=dict(due=["2030-11-15"], **EU),
    ),
    Mail(
        2755, "symphony-two-days-before", GALA, SAM, "2030-10-22 12:00", "Gala programs",
        """Hi Sam,

The gala is Saturday Nov 16; we need the programs printed two days before.

Diane""",
        style="gmail",
        labels=dict(due=["2030-11-14"]),
    ),
    Mail(
        2756, "financial-tomorrow-eod", EOD, SAM, "2030-10-22 13:20", "RE: Deck",
        """Tomorrow EOD for the revised deck please.

Mark""",
        style="outlook",
        quote=_quote("Mark, when do you need the revised deck?"),
        labels=dict(due=["2030-10-23"]),
    ),
    Mail(
        2757, "shoes-in-three-weeks-by-then", STORE, SAM, "2030-10-21 14:30", "New store signage",
        """Hi Sam! In 3 weeks we open the new store, so the signage has to be up by then.

Amy""",
        style="apple",
        labels=dict(due=["2030-11-11"]),
    ),
    Mail(
        2758, "brewery-push-back-a-week", PUSH, SAM, "2030-10-22 15:00", "Newsletter",
        """Sam, could you push the newsletter back a week? It was planned for the 30th.

Greg""",
        style="gmail",
        labels=dict(due=["2030-11-06"], replaced=["2030-10-30"],
                    cr=["could you push the newsletter back a week"]),
    ),
    Mail(
        2759, "meble-polish-english-zloty", KRAKOW, SAM, "2030-10-22 16:00", "Re: leaflet draft",
        """Hello Sam,

thank you for the draft. We need the leaflets ready on 5th of November latest, the budget is 9 000 PLN. Please add also QR code to our shop.

Best regards,
Agnieszka Nowak""",
        style="gmail",
        quote=_quote("Hello Agnieszka, here is the leaflet draft."),
        labels=dict(due=["2030-11-05"], budgets=[("9000", "PLN")],
                    cr=["Please add also QR code to our shop"], day_first=True,
                    default_currency="PLN"),
    ),
]
