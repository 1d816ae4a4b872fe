"""The forty-second labelled set (480-499, numbers blind4 left free), written on 2026-12-06
(eighteenth session) after tune33's fixes and before any tuning on it, scored blind, then
tuned on: the split ``tune34``.

A week of mail (17-21 May 2027) about rules, since requirements are the blind splits'
lowest field (0.88): rules from brand books, regulators, landlords, platforms, unions and
partners; said as "please note", "keep in mind", "we never", "we only", "is a must",
"non-negotiable", "per our guidelines", in lists and in passing, in German, French and
Spanish; beside look-alikes that state no rule (a deadline with "must", a cap with "can't
exceed", a preference for one piece, a rule of the client's own business, a question).
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

AMIRA = Person("Amira Haddad", "amira@haddadclinic.com", "America/New_York")
BORIS = Person("Boris Weber", "b.weber@weber-bau.de", "Europe/Berlin")
CHLOE = Person("Chloé Bernard", "chloe@bernard-immobilier.fr", "Europe/Paris")
DIEGO_R = Person("Diego Ramos", "diego@ramoscerveza.mx", "America/Mexico_City")
EMMA = Person("Emma Stone", "estone@stonecreditunion.org", "America/Chicago")
FELIX = Person("Felix Grant", "felix@grantapps.io", "America/Los_Angeles")
GINA = Person("Gina Russo", "gina@russodeli.com", "America/New_York")
HENRY = Person("Henry Park", "hpark@parkpharmacy.com", "America/Chicago")
IDA = Person("Ida Holm", "ida@holmtravel.se", "Europe/Stockholm")
JAKE = Person("Jake Moore", "jake@mooregyms.com", "America/Denver")
KATE_R = Person("Kate Ross", "kross@rossuniversity.edu", "America/New_York")
LIAM = Person("Liam Burke", "liam@burkedistillery.ie", "Europe/Dublin")
MARTA = Person("Marta Silva", "marta@silvahotels.es", "Europe/Madrid")
NICK = Person("Nick Hale", "nick@halehomes.com", "America/Chicago")
OPAL = Person("Opal Reed", "opal@reedkids.com", "America/Los_Angeles")
PARTNER = Person("Partner Marketing", "partners@voltcharge.com", "America/Los_Angeles")
RAY_S = Person("Ray Soto", "ray@sotosolar.com", "America/Denver")
SARA = Person("Sara Lund", "sara@lundbank.com", "America/New_York")
TOM_K = Person("Tom King", "tom@kingbbq.com", "America/Chicago")
UNA = Person("Una Walsh", "una@walshcharity.org", "America/New_York")

ITEMS = [
    Mail(
        480, "clinic-please-note", AMIRA, SAM, "2027-05-17 09:00", "Patient brochure",
        """Hi Sam,

Please note that we cannot show any before-and-after photos, the medical board doesn't
allow it. Also, every piece needs our license number.

First draft by May 28 please.

Amira""",
        style="gmail",
        labels=dict(due=["2027-05-28"],
                    req=["cannot show any before-and-after photos",
                         "every piece needs our license number"]),
    ),
    Mail(
        481, "bau-german-rules", BORIS, LUCA, "2027-05-17 10:30", "Bauschild",
        """Hallo Herr Bianchi,

für das Bauschild gelten folgende Vorgaben: Das Logo der Stadt muss oben links stehen,
und die Schrift darf nicht kleiner als 120 mm sein. Bitte liefern Sie die Daten bis zum
28. Mai.

Gruß
Boris Weber""",
        style="outlook",
        labels=dict(due=["2027-05-28"],
                    req=["Das Logo der Stadt muss oben links stehen"], **EU),
    ),
    Mail(
        482, "immobilier-french-rules", CHLOE, LUCA, "2027-05-17 12:00", "Annonces",
        """Bonjour Luca,

Pour les annonces, le DPE doit obligatoirement figurer sur chaque visuel. Nous ne
mettons jamais de prix barrés. Merci de nous envoyer les propositions avant le 26 mai.

Chloé""",
        style="gmail",
        labels=dict(due=["2027-05-25"],
                    req=["le DPE doit obligatoirement figurer",
                         "mettons jamais de prix barrés"], **EU),
    ),
    Mail(
        483, "cerveza-spanish-rules", DIEGO_R, SAM, "2027-05-17 14:00", "Campaña verano",
        """Hola Sam,

Para la campaña de verano: todas las piezas deben incluir la leyenda "Evita el exceso".
No se pueden mostrar menores de edad. El presupuesto es de 200,000 pesos.

Saludos,
Diego""",
        style="gmail",
        labels=dict(budgets=[("200000", "MXN")],
                    req=["deben incluir la leyenda", "No se pueden mostrar menores"],
                    day_first=True, default_currency="MXN"),
    ),
    Mail(
        484, "creditunion-must-deadline", EMMA, SAM, "2027-05-17 16:00", "Auto loan promo",
        """Sam,

The auto loan promo must be live by June 1. NCUA insurance language is a must on every
ad, and rates have to show the APR.

Emma""",
        style="outlook",
        labels=dict(due=["2027-06-01"],
                    req=["NCUA insurance language is a must"]),
    ),
    Mail(
        485, "apps-platform-rules", FELIX, SAM, "2027-05-18 09:00", "App store screenshots",
        """Hey Sam,

Heads up, Apple is strict: screenshots can't show any pricing and can't mention Android.
Also keep in mind our brand guide says the app icon always sits on a white background.

Felix""",
        style="gmail",
        labels=dict(req=["can't show any pricing", "app icon always sits on a white"]),
    ),
    Mail(
        486, "deli-cap-not-rule", GINA, SAM, "2027-05-18 10:30", "Catering menu",
        """Hi Sam, the catering menu can't exceed $1,500 all in, and we need it by May 27.
Thanks!

Gina""",
        style="gmail",
        labels=dict(due=["2027-05-27"], budgets=[("1500", "USD", "cap")]),
    ),
    Mail(
        487, "pharmacy-business-rule", HENRY, SAM, "2027-05-18 12:00", "Flu shot flyer",
        """Sam,

Our pharmacists must be certified to give shots, so please say "by certified
pharmacists" on the flyer. Also, we only accept walk-ins before 4pm.

Henry""",
        style="gmail",
        labels=dict(req=["by certified"]),
    ),
    Mail(
        488, "travel-swedish-english", IDA, LUCA, "2027-05-18 14:00", "Summer brochure",
        """Hi Luca,

Important for us: all prices must be shown in SEK and include VAT. We also never use
photos with people in swimwear. We need the brochure printed before midsummer, 18 June.

Ida""",
        style="gmail",
        labels=dict(due=["2027-06-17"],
                    req=["all prices must be shown in SEK",
                         "photos with people in swimwear"], **EU),
    ),
    Mail(
        489, "gyms-preference-one-piece", JAKE, SAM, "2027-05-18 16:00", "Re: Summer banner",
        """I'd prefer the blue version for the summer banner. Can you send it to the printer
by Friday?

Jake""",
        style="gmail",
        quote=Quote(SAM, "2027-05-18 10:00", """Jake, blue and red versions of the summer
banner are attached.

Sam"""),
        labels=dict(due=["2027-05-21"]),
    ),
    Mail(
        490, "university-non-negotiable", KATE_R, SAM, "2027-05-19 09:00", "Viewbook",
        """Sam,

Accessibility is non-negotiable for us: WCAG AA contrast on every page and alt text for
all images in the digital version. Per our guidelines, the university seal only appears
on official documents, never on marketing.

Kate""",
        style="outlook",
        labels=dict(req=["Accessibility is non-negotiable",
                         "the university seal only appears"]),
    ),
    Mail(
        491, "distillery-irish-rules", LIAM, LUCA, "2027-05-19 10:30", "Whiskey ads",
        """Hi Luca,

Just so you know, the drinks code means nobody in the ads can look under 25, and we
can't link drinking to sporting success. Files by 4 June please.

Liam""",
        style="gmail",
        labels=dict(due=["2027-06-04"],
                    req=["nobody in the ads can look under 25"], **EU),
    ),
    Mail(
        492, "hoteles-spanish-english", MARTA, LUCA, "2027-05-19 12:00", "Web banners",
        """Hello Luca,

The banners need to be in Spanish and English, always both. The star rating must not
appear, because our new hotel has no rating yet.

Marta""",
        style="gmail",
        labels=dict(req=["need to be in Spanish and English", "star rating must not"], **EU),
    ),
    Mail(
        493, "homes-question-rule", NICK, SAM, "2027-05-19 14:00", "Question",
        """Sam, do our ads need the Equal Housing logo on social too, or just print? Not sure
what the rule is.

Nick""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        494, "kids-inline-rules", OPAL, SAM, "2027-05-20 09:00", "Re: Kids catalogue",
        """> Anything we should avoid?
No photos of kids without a parent in frame, and no small parts visible for the under-3
range.

> When do you need the first layouts?
June 7.

Opal""",
        style="gmail",
        labels=dict(due=["2027-06-07"],
                    req=["No photos of kids without a parent in frame"]),
    ),
    Forward(
        495, "solar-partner-rules", RAY_S, SAM, "2027-05-20 11:00",
        "Sam - our charger partner's co-marketing rules, FYI for the June mailer.",
        Mail(
            0, "solar-partner", PARTNER, RAY_S, "2027-05-19 15:00", "Co-marketing guidelines",
            """Hi Ray,

A reminder of our co-marketing guidelines: the VoltCharge logo must be no larger than
your own logo, and any performance claims need our written approval first.

VoltCharge Partner Marketing""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(req=["VoltCharge logo must be no larger"]),
    ),
    Mail(
        496, "bank-disclosures-list", SARA, SAM, "2027-05-20 13:00", "CD promo",
        """Sam, for the CD promo the mandatory disclosures are:

- APY as of date
- Minimum deposit to open
- Early withdrawal penalty may apply

We'd like it live June 10.

Sara""",
        style="gmail",
        labels=dict(due=["2027-06-10"],
                    req=["APY as of date", "Minimum deposit to open",
                         "Early withdrawal penalty may apply"]),
    ),
    Mail(
        497, "bbq-we-only", TOM_K, SAM, "2027-05-20 15:30", "Menu boards",
        """Sam, we only use our own food photos, never stock. And the word "smoked" has to
appear next to every brisket item.

Tom""",
        style="gmail",
        labels=dict(req=["we only use our own food photos", "next to every brisket item"]),
    ),
    Mail(
        498, "charity-union-rule", UNA, SAM, "2027-05-21 09:00", "Appeal letter",
        """Hi Sam,

The union requires that volunteers are never called staff in anything we publish. And
please remember the registered charity number in the footer.

Una""",
        style="gmail",
        labels=dict(req=["volunteers are never called staff",
                         "remember the registered charity number"]),
    ),
    Mail(
        499, "deli-thanks-nothing", GINA, SAM, "2027-05-21 11:00", "Re: Catering menu",
        """Got it, looks great! I'll print a few at the store myself.

Gina""",
        style="gmail",
        quote=Quote(SAM, "2027-05-20 17:00", """Gina, the final catering menu is attached.

Sam"""),
        labels=dict(),
    ),
]
