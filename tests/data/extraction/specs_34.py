"""The twenty-ninth labelled set (880-899), written on 2026-12-06 (fourteenth session) after
all of that session's rules, and scored once: the blind split ``blind14``, never tuned on.

An ordinary week in an agency's inbox, in voices of every kind: a send moved within next
week, a British "pushed back a fortnight", a phone's add-on, a charity's brief, an approval
with one change, a call and a deliverable, a French client's "before 10/02", German and
Spanish mail, thanks, a rival's spend beside ours, a range in words, a landlord's rule, a
colleague's ask forwarded, a position wanted, a mailing's day said as a fact, a vague month,
a reply above quoted dates, two asks in two sentences and a cap.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

KAREN_W = Person("Karen White", "karen@whitedental.com", "America/New_York")
OLLIE = Person("Ollie Hart", "ollie@hartandco.co.uk", "Europe/London")
BELLA = Person("Bella Ruiz", "bella@bellasbakes.com", "America/Los_Angeles")
JOAN = Person("Joan Price", "joan@riversidefoodbank.org", "America/Chicago")
MARTY = Person("Marty Cole", "marty@colelaw.com", "America/New_York")
DEV_P = Person("Devon Park", "devon@parkstudio.com", "America/Los_Angeles")
SOPHIE_L = Person("Sophie Laurent", "s.laurent@laurent-vins.fr", "Europe/Paris")
LENA_K = Person("Lena Krause", "l.krause@krause-shop.de", "Europe/Berlin")
PABLO = Person("Pablo Serrano", "pablo@serranoturismo.es", "Europe/Madrid")
MEG_B = Person("Meg Burke", "meg@burkeflorist.com", "America/Chicago")
HUGH = Person("Hugh Dean", "hugh@deanmattress.com", "America/Chicago")
RITA_L = Person("Rita Lowe", "rita@lowecafe.com", "America/New_York")
SAM_K = Person("Sam Kerr", "skerr@kerrboutique.com", "America/New_York")
ANDY = Person("Andy Moss", "andy@mossfurniture.com", "America/New_York")
TIM = Person("Tim Cho", "tim@mossfurniture.com", "America/New_York")
LORI = Person("Lori Vance", "lori@vancebistro.com", "America/Chicago")
CARL_H = Person("Carl Hunt", "carl@huntlandscaping.com", "America/Denver")
EVE = Person("Eve Stone", "eve@stonegifts.com", "America/New_York")
PIA = Person("Pia Lund", "pia@lundyoga.com", "America/Los_Angeles")
TED = Person("Ted Ward", "ted@wardhvac.com", "America/Chicago")

ITEMS = [
    Mail(
        880, "dental-send-moved-next-week", KAREN_W, SAM, "2027-01-18 09:10", "newsletter",
        """Hi Sam, can we move the newsletter send from Tuesday to Thursday next week? Also the
hero image feels dated, can you find something fresher?

Thx,
Karen""",
        style="gmail",
        labels=dict(due=["2027-01-28"], replaced=["2027-01-26"],
                    cr=["move the newsletter send", "find something fresher"]),
    ),
    Mail(
        881, "agency-uk-fortnight", OLLIE, LUCA, "2027-01-18 08:40", "Launch",
        """Morning Luca,

Just a heads-up that the client has pushed the launch back a fortnight, so we're now looking
at 15 March. Budget unchanged at £22k.

Cheers,
Ollie""",
        style="gmail",
        labels=dict(due=["2027-03-15"], budgets=[("22000", "GBP")],
                    cr=["pushed the launch back a fortnight"], **UK),
    ),
    Mail(
        882, "bakery-phone-add-handle", BELLA, SAM, "2027-01-18 20:15", "Re: flyer",
        """can u add our insta handle to the bottom of the flyer @bellasbakes""",
        style="gmail",
        quote=Quote(SAM, "2027-01-18 14:00", """Bella, the flyer draft is attached.

Sam"""),
        labels=dict(cr=["add our insta handle"]),
    ),
    Mail(
        883, "foodbank-brief", JOAN, SAM, "2027-01-18 10:00", "Spring drive",
        """Hi Sam,

We're planning our spring fundraising drive and would love your help. Our goal is to recruit
300 new monthly donors. All materials need to include our tax ID. We have $15,000 and would
like everything ready by March 20.

Best,
Joan""",
        style="gmail",
        labels=dict(due=["2027-03-20"], budgets=[("15000", "USD")],
                    obj=["300 new monthly donors"], req=["include our tax ID"]),
    ),
    Mail(
        884, "law-approved-one-change", MARTY, SAM, "2027-01-18 11:30", "Re: ad",
        """Approved with one small change: please make the phone number bold.

Marty""",
        style="outlook",
        quote=Quote(SAM, "2027-01-18 09:00", """Marty, the final ad is attached.

Sam"""),
        labels=dict(cr=["make the phone number bold"]),
    ),
    Mail(
        885, "studio-call-and-deliverable", DEV_P, SAM, "2027-01-18 12:00", "concepts",
        """Let's review the concepts on our call Wednesday. Please send them over by Tuesday EOD.

Devon""",
        style="gmail",
        labels=dict(due=["2027-01-19"]),
    ),
    Mail(
        886, "wines-french-before-date", SOPHIE_L, SAM, "2027-01-18 09:30", "Brochure",
        """Hello Sam,

Please find attached the new texts. The brochure must be printed before 10/02.

Thank you,
Sophie""",
        style="gmail",
        labels=dict(due=["2027-02-09"], **EU),
    ),
    Mail(
        887, "shop-german-button", LENA_K, LUCA, "2027-01-18 10:45", "Button",
        """Hallo Luca,

bitte ändern Sie die Farbe des Buttons auf Grün.

Danke,
Lena""",
        style="gmail",
        labels=dict(cr=["ändern Sie die Farbe"], **EU),
    ),
    Mail(
        888, "tourism-spanish-easter", PABLO, SAM, "2027-01-18 11:00", "Semana Santa",
        """Hola Sam,

El presupuesto para la campaña de Semana Santa es de 12.000 euros. Necesitamos las piezas
antes del 15 de marzo.

Saludos,
Pablo""",
        style="gmail",
        labels=dict(due=["2027-03-14"], budgets=[("12000", "EUR")], **EU),
    ),
    Mail(
        889, "florist-thanks", MEG_B, SAM, "2027-01-18 16:00", "Re: update",
        """Thanks for the update! Fingers crossed the printer is on time.

Meg""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        890, "mattress-rival-spend", HUGH, SAM, "2027-01-18 13:20", "Q1",
        """Our main competitor just launched a $3M campaign. We obviously can't compete on spend,
but our $40k needs to work harder.

Hugh""",
        style="gmail",
        labels=dict(budgets=[("40000", "USD")]),
    ),
    Mail(
        891, "cafe-range-in-words", RITA_L, SAM, "2027-01-18 14:40", "Rebrand",
        """We're thinking somewhere between 25 and 30 thousand for the whole thing.

Rita""",
        style="gmail",
        labels=dict(budgets=[("30000", "USD", "range", "25000")]),
    ),
    Mail(
        892, "boutique-landlord-rule", SAM_K, SAM, "2027-01-18 15:10", "Window graphics",
        """The landlord requires all window graphics to be removable vinyl.

Sam K.""",
        style="gmail",
        labels=dict(req=["removable vinyl"]),
    ),
    Forward(
        893, "furniture-colleague-ask-forwarded", ANDY, SAM, "2027-01-18 10:20",
        "See Tim's note below - can we do this?\n\nAndy",
        Mail(
            0, "furniture-tim", TIM, ANDY, "2027-01-18 09:50", "Landing page",
            """Can we add a Spanish version of the landing page? Our Miami stores are asking.

Tim""",
            style="outlook",
        ),
        labels=dict(cr=["add a Spanish version of the landing page"]),
    ),
    Mail(
        894, "bistro-position-wanted", LORI, SAM, "2027-01-18 17:30", "Brand",
        """Honestly we just want people to stop thinking of us as the expensive option.

Lori""",
        style="gmail",
        labels=dict(obj=["stop thinking of us as the expensive option"]),
    ),
    Mail(
        895, "landscaping-mailers-hit-homes", CARL_H, SAM, "2027-01-18 08:15", "Mailers",
        """The mailers hit homes January 28.

Carl""",
        style="gmail",
        labels=dict(due=["2027-01-28"]),
    ),
    Mail(
        896, "gifts-vague-month", EVE, SAM, "2027-01-18 12:50", "Launch",
        """Sometime in early March would be ideal for the launch.

Eve""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        897, "yoga-works-for-me", PIA, SAM, "2027-01-18 13:00", "Re: schedule",
        """Works for me.

Pia""",
        style="gmail",
        quote=Quote(SAM, "2027-01-18 10:00", """Pia, proposed: drafts January 25, final February 1,
budget $3,500.

Sam"""),
        labels=dict(),
    ),
    Mail(
        898, "hvac-two-asks-two-sentences", TED, SAM, "2027-01-18 15:45", "Re: truck wrap",
        """Please swap the second photo for the one with the dog. And can the tagline be in
italics?

Ted""",
        style="gmail",
        quote=Quote(SAM, "2027-01-18 11:00", """Ted, the truck wrap draft is attached.

Sam"""),
        labels=dict(cr=["swap the second photo", "tagline be in italics"]),
    ),
    Mail(
        899, "hvac-cap-including-printing", TED, SAM, "2027-01-18 16:30", "Budget",
        """Please keep the total under $5,000, including printing.

Ted""",
        style="gmail",
        labels=dict(budgets=[("5000", "USD", "cap")]),
    ),
]
