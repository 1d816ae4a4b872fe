"""The fifty-second labelled set (1180-1199), written on 2026-12-06 (nineteenth session) after
tune42 and before any tuning on it, scored blind, then tuned on: the split ``tune43``.

A week (26-30 July 2027) of English written by French, German, Spanish, Italian and Dutch
speakers, and of mail that mixes the languages: "Could you please modify the visual for
the 15/09?", "the budget is of 5.000 €", "we would need the files for the 12th of October
at the latest", "please to change", "I send you in attachment", "make more big the
logo", a German one-liner under an English thread, an English note over a forwarded
French mail, a Spanish mail that ends in English, a signature in another language.
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

AGATHE = Person("Agathe Simon", "agathe@simon-design.fr", "Europe/Paris")
BRUNO = Person("Bruno Conti", "bruno@conti-pasta.it", "Europe/Rome")
CARLA = Person("Carla Fischer", "carla@fischer-textil.de", "Europe/Berlin")
DIEGO = Person("Diego Flores", "diego@flores-tech.es", "Europe/Madrid")
EMMA_V = Person("Emma Visser", "emma@visser-bloemen.nl", "Europe/Amsterdam")
FABIO = Person("Fabio Greco", "fabio@greco-moto.it", "Europe/Rome")
GAEL = Person("Gaël Martin", "gael@martin-cidre.fr", "Europe/Paris")
HELENE = Person("Hélène Rousseau", "helene@rousseau-hotels.fr", "Europe/Paris")
HOTEL_MGR = Person("Marc Durand", "m.durand@rousseau-hotels.fr", "Europe/Paris")
ILSE = Person("Ilse Bauer", "ilse@bauer-kosmetik.de", "Europe/Berlin")
JORDI = Person("Jordi Puig", "jordi@puig-cava.es", "Europe/Madrid")
KATJA = Person("Katja Lehmann", "katja@lehmann-uhren.de", "Europe/Berlin")
LORENZO = Person("Lorenzo Bruni", "lorenzo@bruni-vini.it", "Europe/Rome")
MAARTEN = Person("Maarten de Boer", "maarten@deboer-kaas.nl", "Europe/Amsterdam")
NATHALIE = Person("Nathalie Perrin", "nathalie@perrin-bio.fr", "Europe/Paris")
OTTO = Person("Otto Schmid", "otto@schmid-ski.at", "Europe/Vienna")
PILI = Person("Pilar Soto", "pili@soto-zapatos.es", "Europe/Madrid")
RENATA = Person("Renata Costa", "renata@costa-gelato.it", "Europe/Rome")
SOFIE = Person("Sofie Jansen", "sofie@jansen-fietsen.nl", "Europe/Amsterdam")
THEA = Person("Théa Lefèvre", "thea@lefevre-musee.fr", "Europe/Paris")
UWE = Person("Uwe Krüger", "uwe@krueger-brot.de", "Europe/Berlin")

ITEMS = [
    Mail(
        1180, "design-fr-english", AGATHE, SAM, "2027-07-26 09:20", "Re: Visuals autumn",
        """Hello Sam,

Thank you for the proposals. Could you please modify the visual for the 15/09? The
orange is too much flashy, we prefer a more soft colour. Also I send you in attachment
the new logo, please to use it in all the visuals.

Best regards,
Agathe""",
        style="gmail",
        quote=Quote(SAM, "2027-07-23 15:00", """Agathe, the autumn visuals are attached.

Sam"""),
        labels=dict(due=["2027-09-15"],
                    cr=["modify the visual", "The orange is too much flashy"],
                    req=["please to use it in all the visuals"], **EU),
    ),
    Mail(
        1181, "pasta-it-english-budget", BRUNO, SAM, "2027-07-26 11:00", "New pasta line",
        """Dear Sam,

For the launch of our new pasta line the budget is of 5.000 €. We would need the files
for the 12th of October at the latest. It is very important that the Italian flag
colours are not used, our lawyer says it is not allowed for products made partly abroad.

Kind regards
Bruno Conti""",
        style="outlook",
        labels=dict(due=["2027-10-12"], budgets=[("5000", "EUR")],
                    req=["the Italian flag colours are not used"], **EU),
    ),
    Mail(
        1182, "textil-de-one-liner", CARLA, SAM, "2027-07-26 14:10", "AW: Lookbook proofs",
        """Bitte Seite 3 und 5 tauschen. Danke!

Carla""",
        style="gmail",
        quote=Quote(SAM, "2027-07-26 10:00", """Carla, the lookbook proofs are attached. Any
changes before we print on Friday?

Sam"""),
        labels=dict(cr=["Seite 3 und 5 tauschen"], **EU),
    ),
    Mail(
        1183, "tech-es-english-mix", DIEGO, SAM, "2027-07-27 09:00", "Webinar campaign",
        """Hi Sam,

We are preparing a webinar for 1 September and we want 400 registrations. For the
emails, please no stock photos of people with laptops, is too much cliché. Budget around
3.000 euros.

Muchas gracias y un saludo,
Diego""",
        style="gmail",
        # (a webinar's day is a meeting's, as the set reads it: no due date)
        labels=dict(budgets=[("3000", "EUR")],
                    obj=["we want 400 registrations"],
                    req=["please no stock photos of people with laptops"], **EU),
    ),
    Mail(
        1184, "bloemen-nl-english", EMMA_V, SAM, "2027-07-27 11:30", "Re: Flower shop flyer",
        """Hi Sam, thanks! Only one thing: make more big the opening hours, now you can not
read it from far. And the flyers we need them before 6 August in the shop.

Groetjes,
Emma""",
        style="apple",
        quote=Quote(SAM, "2027-07-26 16:00", """Emma, here is the flyer draft.

Sam"""),
        labels=dict(due=["2027-08-05"], cr=["make more big the opening hours"], **EU),
    ),
    Mail(
        1185, "moto-it-english-move", FABIO, SAM, "2027-07-27 15:00", "Motorshow",
        """Hello Sam,

Small change: the motorshow is postponed of one week, so the new deadline for the
banners is 20 August and not 13 August. The rest remain the same.

Ciao,
Fabio""",
        style="gmail",
        labels=dict(due=["2027-08-20"], replaced=["2027-08-13"],
                    cr=["the new deadline for the banners is 20 August and not 13 August"],
                    **EU),
    ),
    Mail(
        1186, "cidre-fr-english-goal", GAEL, SAM, "2027-07-28 09:45", "Cider festival",
        """Hello Sam,

For the cider festival our objective is to sell 2.000 bottles during the weekend. We
have a budget of 4 000 € for the posters and the Facebook ads. The festival begins
24 September, the posters must be in the shops one week before.

Cheers,
Gaël""",
        style="gmail",
        labels=dict(due=["2027-09-17"], budgets=[("4000", "EUR")],
                    obj=["our objective is to sell 2.000 bottles"], **EU),
    ),
    Forward(
        1187, "hotels-forward-french", HELENE, SAM, "2027-07-28 11:00",
        "Sam, see below from our general manager (in French, sorry). In short: he wants the "
        "breakfast photo replaced on the brochure cover, and the brochure by August 16.",
        Mail(
            0, "hotels-gm", HOTEL_MGR, HELENE, "2027-07-28 08:30", "Brochure",
            """Hélène,

La photo du petit-déjeuner en couverture ne va pas, elle est trop sombre. Il faut la
remplacer par celle de la terrasse. Nous avons besoin de la brochure pour le 16 août.

Marc""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-08-16"],
                    cr=["he wants the breakfast photo replaced", "Il faut la remplacer"]),
    ),
    Mail(
        1188, "kosmetik-de-english-rules", ILSE, SAM, "2027-07-28 14:30", "Advent calendar",
        """Dear Sam,

For the advent calendar campaign please note: all claims must be approved by our
regulatory team before publishing. And the word "natural" we are not allowed to use.
The calendars are in the stores from 1 November.

Best,
Ilse""",
        style="outlook",
        labels=dict(due=["2027-11-01"],
                    req=["all claims must be approved by our regulatory team",
                         "the word \"natural\" we are not allowed to use"], **EU),
    ),
    Mail(
        1189, "cava-es-ends-english", JORDI, SAM, "2027-07-29 10:00", "RE: Etiquetas Navidad",
        """Hola Sam,

Las etiquetas están muy bien. Solo una cosa: cambien el color dorado por el plateado,
por favor.

Sorry, I write in Spanish, I think your colleague reads it. We need the final files until
the 10 of September.

Jordi""",
        style="gmail",
        labels=dict(due=["2027-09-10"], cr=["cambien el color dorado por el plateado"], **EU),
    ),
    Mail(
        1190, "uhren-de-english-question", KATJA, SAM, "2027-07-29 13:00", "Question",
        """Hello Sam,

one question before we continue: must the price be on the poster or is it enough on the
website? Please let me know.

Katja""",
        style="gmail",
        labels=dict(EU),
    ),
    Mail(
        1191, "vini-it-english-status", LORENZO, SAM, "2027-07-29 16:00", "Re: Wine labels",
        """Dear Sam, the labels arrived yesterday and they are perfect, thank you very much!
We start the bottling on Monday.

Lorenzo""",
        style="apple",
        quote=Quote(SAM, "2027-07-27 11:00", """Lorenzo, the printed labels shipped today.

Sam"""),
        labels=dict(EU),
    ),
    Mail(
        1192, "kaas-nl-english-rules", MAARTEN, SAM, "2027-07-30 09:00", "Cheese packaging",
        """Hello Sam,

For the new cheese packaging: the Dutch language is obligatory on the front, English on
the back. The weight must be written in grams, never in ounces. We would like the first
designs on 13 August.

Met vriendelijke groet,
Maarten de Boer""",
        style="outlook",
        labels=dict(due=["2027-08-13"],
                    req=["the Dutch language is obligatory on the front",
                         "The weight must be written in grams"], **EU),
    ),
    Mail(
        1193, "bio-fr-english-changes", NATHALIE, SAM, "2027-07-30 10:30", "Re: Organic ad",
        """Hi Sam,

Some remarks on the ad: the title is too long, you can cut "the best"? And the price is
not correct, it is 3,49 € and not 3,99 €. We are waiting the new version for Tuesday.

Nathalie""",
        style="gmail",
        labels=dict(due=["2027-08-03"],
                    cr=["the title is too long", "the price is not correct"], **EU),
    ),
    Mail(
        1194, "ski-at-english-brief", OTTO, SAM, "2027-07-30 12:00", "Ski season",
        """Hi Sam,

For the ski season we plan a campaign in Germany and Austria. Goal: 15 % more bookings
than last winter. The budget is 25.000 EUR. Please consider that all ads must be in
German, no English slogans.

Servus,
Otto""",
        style="gmail",
        labels=dict(budgets=[("25000", "EUR")],
                    obj=["15 % more bookings"],
                    req=["all ads must be in German"], **EU),
    ),
    Mail(
        1195, "zapatos-es-english-hold", PILI, SAM, "2027-07-30 13:40", "Stop the ads",
        """Sam, please stop the Instagram ads from today, we have a problem with the stock of
the red shoes. I tell you when we can continue.

Pilar""",
        style="gmail",
        labels=dict(cr=["please stop the Instagram ads"], **EU),
    ),
    Mail(
        1196, "gelato-it-english-add", RENATA, SAM, "2027-07-30 15:00", "Re: Menu board",
        """Ciao Sam,

the menu board is beautiful. Is possible to add also the new pistachio flavour in the
list? And please write "gelato artigianale" under the logo.

Renata""",
        style="gmail",
        labels=dict(cr=["Is possible to add also the new pistachio flavour",
                        "please write \"gelato artigianale\" under the logo"], **EU),
    ),
    Mail(
        1197, "fietsen-nl-english-thanks", SOFIE, SAM, "2027-07-30 16:20", "Re: Banner",
        """Perfect, go ahead with the print. Thanks Sam!

Sofie""",
        style="apple",
        quote=Quote(SAM, "2027-07-30 11:00", """Sofie, the final banner is attached for your OK.

Sam"""),
        labels=dict(EU),
    ),
    Mail(
        1198, "musee-fr-english-deadline", THEA, SAM, "2027-07-30 17:00", "Exhibition poster",
        """Hello Sam,

For the exhibition poster, we need it printed the latest on 27 August. The curator insists
that the painting is never cropped. Our budget: 2 500 €.

Best regards,
Théa Lefèvre""",
        style="outlook",
        labels=dict(due=["2027-08-27"], budgets=[("2500", "EUR")],
                    req=["the painting is never cropped"], **EU),
    ),
    Mail(
        1199, "brot-de-english-two", UWE, SAM, "2027-07-30 18:00", "Re: Bakery website",
        """Hello Sam,

two things for the website: the opening hours on Sunday are wrong, we open at 7 and not
at 8. And please put the photo of the rye bread bigger on the start page.

Greetings,
Uwe""",
        style="gmail",
        labels=dict(cr=["the opening hours on Sunday are wrong",
                        "put the photo of the rye bread bigger"], **EU),
    ),
]
