"""The fifty-fourth labelled set (1200-1219), written on 2026-12-06 (nineteenth session) after
blind21 and before any tuning on it, scored blind, then tuned on: the split ``tune44``.

A third week (9-13 August 2027) of French, German and Spanish clients, in forms tune41 and
tune42 had not: asks as "Est-ce que vous pourriez", "Würden Sie bitte", "¿Les importaría",
"Je souhaiterais que", "Ich hätte gern", "Me gustaría que"; rules as "il est interdit de",
"es ist untersagt", "queda prohibido", "veillez à ce que", "achten Sie auf", "procuren que";
money as "nous disposons de", "uns stehen ... zur Verfügung", "tenemos un presupuesto de";
days as "au plus tard le", "spätestens am", "como muy tarde el", "sous huitaine", "binnen
einer Woche", "d'ici jeudi", "bis Donnerstag", "para el jueves"; goals as "augmenter de 10 %",
"um 10 % steigern", "aumentar un 10 %".
"""

from build import Mail, Person, Quote
from cast import LUCA

EU = dict(day_first=True, default_currency="EUR")

ALAIN = Person("Alain Mercier", "alain@mercier-vins.fr", "Europe/Paris")
BEATE = Person("Beate Krämer", "b.kraemer@kraemer-mode.de", "Europe/Berlin")
CARMEN = Person("Carmen Vega", "carmen@vega-hoteles.es", "Europe/Madrid")
DOMINIQUE = Person("Dominique Roux", "d.roux@roux-assurances.fr", "Europe/Paris")
ERIK = Person("Erik Zimmermann", "erik@zimmermann-bau.de", "Europe/Berlin")
FLORA = Person("Flora Ibáñez", "flora@ibanez-dulces.es", "Europe/Madrid")
GERARD = Person("Gérard Blanchard", "gerard@blanchard-opticien.fr", "Europe/Paris")
HELGA_S = Person("Helga Schröder", "h.schroeder@schroeder-apotheke.de", "Europe/Berlin")
IGNACIO = Person("Ignacio Prieto", "ignacio@prieto-seguros.es", "Europe/Madrid")
JULIETTE = Person("Juliette Fabre", "juliette@fabre-boulangerie.fr", "Europe/Paris")
KONRAD = Person("Konrad Maier", "k.maier@maier-autohaus.at", "Europe/Vienna")
LOLA = Person("Lola Herrera", "lola@herrera-moda.es", "Europe/Madrid")
MATHIS = Person("Mathis Girard", "mathis@girard-velo.ch", "Europe/Zurich")
NADINE = Person("Nadine Frank", "nadine@frank-reisen.de", "Europe/Berlin")
ORIOL = Person("Oriol Serra", "oriol@serra-vins.es", "Europe/Madrid")
PAULINE = Person("Pauline Henry", "pauline@henry-cosmetique.fr", "Europe/Paris")
RAINER = Person("Rainer Böhm", "rainer@boehm-kaffee.de", "Europe/Berlin")
SOLEDAD = Person("Soledad Cruz", "soledad@cruz-inmobiliaria.es", "Europe/Madrid")
THIBAULT = Person("Thibault Lemoine", "thibault@lemoine-sport.fr", "Europe/Paris")
VERENA = Person("Verena Huber", "verena@huber-hotel.at", "Europe/Vienna")

ITEMS = [
    Mail(
        1200, "vins-fr-est-ce-que", ALAIN, LUCA, "2027-08-09 09:00", "Re: Étiquettes vendanges",
        """Bonjour Luca,

Est-ce que vous pourriez remonter le nom du domaine au-dessus de l'illustration ? Je
souhaiterais aussi que le millésime soit en doré. Il nous faut les fichiers au plus tard
le 20 août.

Alain""",
        style="gmail",
        labels=dict(due=["2027-08-20"],
                    cr=["remonter le nom du domaine", "que le millésime soit en doré"], **EU),
    ),
    Mail(
        1201, "mode-de-wuerden-sie", BEATE, LUCA, "2027-08-09 11:00", "AW: Newsletter Herbst",
        """Hallo Luca,

würden Sie bitte das zweite Bild durch ein Foto mit Model ersetzen? Ich hätte gern auch
einen kurzen Text zur neuen Kollektion unter dem Banner. Die Newsletter soll spätestens am
19. August rausgehen.

Viele Grüße
Beate""",
        style="gmail",
        labels=dict(due=["2027-08-19"],
                    cr=["das zweite Bild durch ein Foto mit Model ersetzen",
                        "Ich hätte gern auch einen kurzen Text"], **EU),
    ),
    Mail(
        1202, "hoteles-es-importaria", CARMEN, LUCA, "2027-08-09 13:30", "RE: Banner verano",
        """Hola Luca,

¿Les importaría cambiar el texto del botón por "Reserva ya"? Me gustaría que el precio
apareciera más grande. Lo necesitamos como muy tarde el 16 de agosto.

Gracias,
Carmen""",
        style="gmail",
        labels=dict(due=["2027-08-16"],
                    cr=["cambiar el texto del botón",
                        "Me gustaría que el precio apareciera más grande"],
                    **EU),
    ),
    Mail(
        1203, "assurances-fr-interdit", DOMINIQUE, LUCA, "2027-08-10 09:15", "Campagne habitation",
        """Bonjour,

Pour la campagne habitation, il est interdit de citer des tarifs sans la mention « à partir
de ». Veillez à ce que les mentions légales figurent sur chaque visuel. Nous disposons de
30 000 € pour l'ensemble. Lancement le 6 septembre.

Dominique Roux""",
        style="outlook",
        labels=dict(due=["2027-09-06"], budgets=[("30000", "EUR")],
                    req=["il est interdit de citer des tarifs",
                         "Veillez à ce que les mentions légales figurent sur chaque visuel"],
                    **EU),
    ),
    Mail(
        1204, "bau-de-untersagt", ERIK, LUCA, "2027-08-10 11:40", "Bauzaunbanner",
        """Hallo Luca,

für die Bauzaunbanner stehen uns 4.500 € zur Verfügung. Es ist untersagt, Werbung für
Dritte auf den Bannern zu zeigen. Achten Sie bitte auf ausreichend Abstand zum Rand. Die
Banner müssen binnen einer Woche hängen.

Erik Zimmermann""",
        style="gmail",
        labels=dict(due=["2027-08-17"], budgets=[("4500", "EUR")],
                    req=["Es ist untersagt, Werbung für Dritte",
                         "Achten Sie bitte auf ausreichend Abstand"],
                    **EU),
    ),
    Mail(
        1205, "dulces-es-goal-budget", FLORA, LUCA, "2027-08-10 14:00", "Campaña Navidad",
        """Hola Luca,

Para Navidad queremos aumentar las ventas online un 25 %. Tenemos un presupuesto de 9.000
euros. Queda prohibido usar personajes de Disney o de películas. Procuren que todos los
anuncios lleven el logo de la DOP.

Flora""",
        style="gmail",
        labels=dict(budgets=[("9000", "EUR")],
                    obj=["aumentar las ventas online un 25 %"],
                    req=["Queda prohibido usar personajes de Disney",
                         "Procuren que todos los anuncios lleven el logo"], **EU),
    ),
    Mail(
        1206, "opticien-fr-huitaine", GERARD, LUCA, "2027-08-11 09:30", "Re: Vitrine",
        """Bonjour Luca,

La vitrine est presque parfaite. Juste une chose : le slogan est trop petit, on ne le voit
pas de la rue. Merci de nous renvoyer une version corrigée sous huitaine.

Gérard""",
        style="gmail",
        labels=dict(due=["2027-08-19"], cr=["le slogan est trop petit"], **EU),
    ),
    Mail(
        1207, "apotheke-de-donnerstag", HELGA_S, LUCA, "2027-08-11 11:00", "AW: Flyer Impfaktion",
        """Hallo Herr Bianchi,

bitte die Öffnungszeiten am Samstag korrigieren, wir haben bis 14 Uhr offen, nicht bis 13
Uhr. Wir brauchen den Flyer bis Donnerstag.

Helga Schröder""",
        style="outlook",
        labels=dict(due=["2027-08-12"],
                    cr=["die Öffnungszeiten am Samstag korrigieren"], **EU),
    ),
    Mail(
        1208, "seguros-es-jueves", IGNACIO, LUCA, "2027-08-11 13:00", "Campaña autos",
        """Hola Luca,

Necesitamos la propuesta para el jueves. El objetivo es conseguir 500 nuevas pólizas antes
de diciembre. Es imprescindible que aparezca el número de registro de la DGS.

Ignacio""",
        style="gmail",
        labels=dict(due=["2027-08-12"], obj=["El objetivo es conseguir 500 nuevas pólizas"],
                    req=["Es imprescindible que aparezca el número de registro"], **EU),
    ),
    Mail(
        1209, "boulangerie-fr-jeudi", JULIETTE, LUCA, "2027-08-12 08:20", "Affiche rentrée",
        """Bonjour Luca,

Pouvez-vous nous faire une petite affiche pour la rentrée, d'ici jeudi prochain ? Rien de
compliqué : nos horaires et le nouveau pain aux céréales. Merci de ne pas mettre de prix.

Juliette""",
        style="gmail",
        labels=dict(due=["2027-08-19"], req=["Merci de ne pas mettre de prix"], **EU),
    ),
    Mail(
        1210, "autohaus-at-goal", KONRAD, LUCA, "2027-08-12 10:00", "Herbstaktion",
        """Servus Luca,

mit der Herbstaktion wollen wir die Probefahrten um 30 % steigern. Budget: 12.000 Euro.
Die Anzeigen sollen ab 13. September laufen.

Konrad Maier""",
        style="gmail",
        labels=dict(due=["2027-09-13"], budgets=[("12000", "EUR")],
                    obj=["die Probefahrten um 30 % steigern"], **EU),
    ),
    Mail(
        1211, "moda-es-status", LOLA, LUCA, "2027-08-12 12:00", "RE: Lookbook",
        """Hola Luca, el lookbook ha quedado genial. Lo hemos enviado a las tiendas esta
mañana. ¡Gracias!

Lola""",
        style="apple",
        quote=Quote(LUCA, "2027-08-11 17:00", """Lola, aquí tienes el lookbook final."""),
        labels=dict(EU),
    ),
    Mail(
        1212, "velo-ch-french-move", MATHIS, LUCA, "2027-08-12 14:30", "Re: Salon du vélo",
        """Salut Luca,

Le salon a été avancé d'une semaine : il nous faut maintenant le stand pour le 17 septembre
au lieu du 24. Désolé pour le stress !

Mathis""",
        style="gmail",
        labels=dict(due=["2027-09-17"], replaced=["2027-09-24"],
                    cr=["il nous faut maintenant le stand pour le 17 septembre au lieu du 24"],
                    day_first=True, default_currency="CHF"),
    ),
    Mail(
        1213, "reisen-de-bitte-keine", NADINE, LUCA, "2027-08-12 16:00", "Katalog 2028",
        """Hallo Luca,

für den Katalog 2028 bitte keine Fotos mit Flugzeugen, wir setzen auf Bahnreisen. Jede
Reise braucht eine CO2-Angabe. Der Katalog muss am 30. September in den Reisebüros liegen.

Nadine Frank""",
        style="gmail",
        labels=dict(due=["2027-09-30"],
                    req=["bitte keine Fotos mit Flugzeugen", "Jede Reise braucht eine CO2-Angabe"],
                    **EU),
    ),
    Mail(
        1214, "vins-es-catalan-name", ORIOL, LUCA, "2027-08-13 09:00", "RE: Etiquetas",
        """Hola Luca,

El nombre del vino está mal escrito: es "Vinya Vella", con y. Por favor, corríjanlo en
todas las etiquetas antes del lunes.

Oriol""",
        style="gmail",
        labels=dict(due=["2027-08-15"],
                    cr=["El nombre del vino está mal escrito", "corríjanlo en todas las etiquetas"],
                    **EU),
    ),
    Mail(
        1215, "cosmetique-fr-goal-rules", PAULINE, LUCA, "2027-08-13 10:30", "Lancement crème",
        """Bonjour Luca,

Pour le lancement de notre nouvelle crème, nous voulons augmenter nos ventes en pharmacie de
15 %. Aucune photo avant/après n'est autorisée. Le budget est de 20 000 € HT.

Pauline""",
        style="outlook",
        labels=dict(budgets=[("20000", "EUR")],
                    obj=["augmenter nos ventes en pharmacie de 15 %"],
                    req=["Aucune photo avant/après n'est autorisée"], **EU),
    ),
    Mail(
        1216, "kaffee-de-hold", RAINER, LUCA, "2027-08-13 11:45", "Plakataktion",
        """Hallo Luca,

bitte stoppen Sie die Plakataktion vorerst, wir haben Lieferprobleme bei der neuen Sorte.
Ich melde mich Anfang September.

Rainer""",
        style="gmail",
        labels=dict(cr=["stoppen Sie die Plakataktion"], **EU),
    ),
    Mail(
        1217, "inmobiliaria-es-add", SOLEDAD, LUCA, "2027-08-13 13:00", "RE: Folleto pisos",
        """Hola Luca,

Falta el plano del piso de la calle Mayor en la página 3. Añadid también el certificado
energético de cada vivienda, es obligatorio por ley.

Soledad""",
        style="gmail",
        labels=dict(cr=["Falta el plano del piso", "Añadid también el certificado energético"],
                    **EU),
    ),
    Mail(
        1218, "sport-fr-thanks", THIBAULT, LUCA, "2027-08-13 15:00", "Re: Bannières",
        """Top, merci ! On valide tout, vous pouvez lancer l'impression.

Thibault""",
        style="apple",
        quote=Quote(LUCA, "2027-08-13 10:00", """Thibault, voici les bannières finales."""),
        labels=dict(EU),
    ),
    Mail(
        1219, "hotel-at-mitte-vague", VERENA, LUCA, "2027-08-13 16:30", "Winterprospekt",
        """Liebe Grüße aus Tirol!

Der Winterprospekt soll Mitte Oktober erscheinen. Wichtig: alle Preise pro Person und
Nacht angeben. Wir haben rund 7.000 Euro dafür eingeplant.

Verena Huber""",
        style="gmail",
        labels=dict(budgets=[("7000", "EUR")],
                    req=["alle Preise pro Person und Nacht angeben"], **EU),
    ),
]
