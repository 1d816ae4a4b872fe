"""The fifty-first labelled set (1160-1179), written on 2026-12-06 (nineteenth session) after
tune41 and before any tuning on it, scored blind, then tuned on: the split ``tune42``.

A second week (19-23 July 2027) of French, German and Spanish clients, in other words than
tune41's: a wish in the subjunctive ("Il faudrait que le logo soit plus grand"), dislike
as the ask ("Le visuel n° 2 ne nous plaît pas", "Das Foto gefällt uns nicht", "No nos
convence el titular"), a date pulled in ("auf den 20. vorziehen", "adelantar la entrega"),
"avant vendredi", "bis Ende nächster Woche", "antes de fin de mes", "fin septembre" (its
last day, as "the end of September" is), vague months ("Anfang Oktober", "a mediados de
agosto"), money as "budget alloué", "liegt
bei", "disponemos de", goals as "nous tablons sur", "wir rechnen mit", "nuestra meta es".
"""

from build import Mail, Person, Quote
from cast import LUCA

EU = dict(day_first=True, default_currency="EUR")

ADELE = Person("Adèle Morel", "adele@morel-parfums.fr", "Europe/Paris")
BASTIEN = Person("Bastien Faure", "bastien@faure-auto.fr", "Europe/Paris")
CAMILLE = Person("Camille Dubois", "c.dubois@dubois-mairie.fr", "Europe/Paris")
DENIS = Person("Denis Lambert", "denis@lambert-fromages.ch", "Europe/Zurich")
ESTELLE = Person("Estelle Garnier", "estelle@garnier-ecole.fr", "Europe/Paris")
FELIX = Person("Felix Schulz", "felix.schulz@schulz-sport.de", "Europe/Berlin")
GISELA = Person("Gisela Hoffmann", "g.hoffmann@hoffmann-bank.de", "Europe/Berlin")
HANNES = Person("Hannes Koch", "hannes@koch-kaffee.de", "Europe/Berlin")
IRIS = Person("Iris Wolf", "iris.wolf@wolf-kliniken.de", "Europe/Berlin")
JONAS = Person("Jonas Richter", "jonas@richter-verlag.at", "Europe/Vienna")
KARIN = Person("Karin Neumann", "k.neumann@neumann-haus.de", "Europe/Berlin")
LUCIA = Person("Lucía Romero", "lucia@romero-joyas.es", "Europe/Madrid")
MARTA = Person("Marta Gil", "marta@gil-turismo.es", "Europe/Madrid")
NICO = Person("Nicolás Castro", "nicolas@castro-muebles.es", "Europe/Madrid")
OLIVIA = Person("Olivia Serrano", "olivia@serrano-bodega.es", "Europe/Madrid")
PABLO = Person("Pablo Ruiz", "pablo@ruiz-gimnasio.es", "Europe/Madrid")
RAQUEL = Person("Raquel Méndez", "raquel@mendez-libros.es", "Europe/Madrid")
SIMON = Person("Simon Blanc", "simon@blanc-hotel.fr", "Europe/Paris")
TOBIAS = Person("Tobias Keller", "t.keller@keller-uhren.ch", "Europe/Zurich")
URSULA = Person("Ursula Meyer", "u.meyer@meyer-bio.de", "Europe/Berlin")

ITEMS = [
    Mail(
        1160, "parfums-fr-subjunctive", ADELE, LUCA, "2027-07-19 09:15", "Re: Affiche parfum",
        """Bonjour Luca,

Il faudrait que le logo soit plus grand et que le flacon soit centré. Le visuel n° 2 ne nous
plaît pas du tout. Pourriez-vous nous faire parvenir une nouvelle version avant vendredi ?

Adèle""",
        style="gmail",
        quote=Quote(LUCA, "2027-07-16 15:00", """Adèle, voici les trois pistes pour l'affiche."""),
        labels=dict(due=["2027-07-22"],
                    cr=["Il faudrait que le logo soit plus grand",
                        "Le visuel n° 2 ne nous plaît pas"], **EU),
    ),
    Mail(
        1161, "auto-fr-budget-goal", BASTIEN, LUCA, "2027-07-19 11:00", "Portes ouvertes",
        """Bonjour,

Pour nos portes ouvertes d'octobre, le budget alloué est de 15 k€. Nous tablons sur 300
essais sur route pendant le week-end. Les invitations doivent partir fin septembre.

Cordialement,
Bastien Faure""",
        style="outlook",
        labels=dict(due=["2027-09-30"], budgets=[("15000", "EUR")],
                    obj=["Nous tablons sur 300 essais"], **EU),
    ),
    Mail(
        1162, "mairie-fr-rules", CAMILLE, LUCA, "2027-07-19 14:30", "Fête de la ville",
        """Bonjour Luca,

Pour les affiches de la fête de la ville : attention, pas de photos d'enfants
identifiables. Le logo de la ville ne doit jamais être déformé. Nous avons besoin des
fichiers sous 10 jours ouvrés.

Camille Dubois
Service communication""",
        style="outlook",
        labels=dict(due=["2027-08-02"],
                    req=["pas de photos d'enfants", "Le logo de la ville ne doit jamais être"],
                    **EU),
    ),
    Mail(
        1163, "fromages-ch-replace", DENIS, LUCA, "2027-07-20 08:30", "Re: Dépliant",
        """Salut Luca,

Merci. Tu peux remplacer « fromage suisse » par « fromage d'alpage » partout ? Et mettre
en avant le gruyère sur la couverture, à la place du vacherin.

Denis""",
        style="gmail",
        labels=dict(cr=["remplacer « fromage suisse »", "mettre en avant le gruyère"], **EU),
    ),
    Mail(
        1164, "ecole-fr-vague", ESTELLE, LUCA, "2027-07-20 10:45", "Brochure rentrée",
        """Bonjour,

Nous aimerions une brochure pour la rentrée, distribuée courant septembre. Notre objectif
est d'attirer 40 nouvelles familles. Merci de ne pas utiliser de photos de banque d'images.

Estelle Garnier""",
        style="gmail",
        labels=dict(obj=["Notre objectif est d'attirer 40 nouvelles familles"],
                    req=["ne pas utiliser de photos de banque d'images"], **EU),
    ),
    Mail(
        1165, "sport-de-pull-in", FELIX, LUCA, "2027-07-20 13:00", "AW: Herbstkatalog",
        """Hallo Luca,

könnten wir den Termin für die Druckdaten auf den 10. August vorziehen? Unser Lager
braucht die Kataloge früher. Das Titelfoto gefällt uns nicht, bitte ein anderes
vorschlagen.

Danke,
Felix""",
        style="gmail",
        labels=dict(due=["2027-08-10"],
                    cr=["auf den 10. August vorziehen", "Das Titelfoto gefällt uns nicht"],
                    **EU),
    ),
    Mail(
        1166, "bank-de-approval-rule", GISELA, LUCA, "2027-07-20 15:40", "Kampagne Baufinanzierung",
        """Sehr geehrter Herr Bianchi,

für die Kampagne zur Baufinanzierung liegt das Budget bei 40.000 €. Alle Motive werden vor
der Veröffentlichung von unserer Rechtsabteilung freigegeben. Es dürfen keine
Zinssätze ohne Stand-Datum genannt werden. Start ist der 1. Oktober.

Mit freundlichen Grüßen
Gisela Hoffmann""",
        style="outlook",
        labels=dict(due=["2027-10-01"], budgets=[("40000", "EUR")],
                    req=["von unserer Rechtsabteilung freigegeben",
                         "Es dürfen keine Zinssätze ohne Stand-Datum genannt werden"], **EU),
    ),
    Mail(
        1167, "kaffee-de-goal", HANNES, LUCA, "2027-07-21 09:00", "Abo-Aktion",
        """Hi Luca,

mit der Abo-Aktion rechnen wir mit ca. 500 neuen Abonnenten bis Jahresende. Die Landingpage
sollte bis Ende nächster Woche stehen.

Hannes""",
        style="gmail",
        labels=dict(due=["2027-07-30"], obj=["rechnen wir mit ca. 500 neuen Abonnenten"], **EU),
    ),
    Mail(
        1168, "klinik-de-five-days", IRIS, LUCA, "2027-07-21 11:20", "AW: Patientenbroschüre",
        """Guten Tag,

bitte ersetzen Sie auf Seite 4 das Foto des Operationssaals durch das neue. Bitte
beachten Sie, dass Patientenfotos nur mit Einwilligung verwendet werden dürfen. Wir
benötigen die Korrektur innerhalb von 5 Werktagen.

Iris Wolf""",
        style="outlook",
        labels=dict(due=["2027-07-28"],
                    cr=["ersetzen Sie auf Seite 4 das Foto"],
                    req=["Patientenfotos nur mit Einwilligung verwendet werden dürfen"], **EU),
    ),
    Mail(
        1169, "verlag-at-vague", JONAS, LUCA, "2027-07-21 14:10", "Buchmesse",
        """Lieber Luca,

für die Buchmesse brauchen wir Anfang Oktober einen Messestand und Plakate. Wir haben dafür
rund 12.000 Euro vorgesehen.

Jonas""",
        style="gmail",
        labels=dict(budgets=[("12000", "EUR")], **EU),
    ),
    Mail(
        1170, "haus-de-status", KARIN, LUCA, "2027-07-21 16:30", "AW: Flyer",
        """Hallo Luca,

die Flyer sind gestern angekommen und sehen super aus. Wir verteilen sie ab Montag.

Karin""",
        style="apple",
        quote=Quote(LUCA, "2027-07-19 10:00", """Karin, die Flyer sind unterwegs."""),
        labels=dict(EU),
    ),
    Mail(
        1171, "joyas-es-pull-in", LUCIA, LUCA, "2027-07-22 09:30", "RE: Catálogo Navidad",
        """Hola Luca,

¿Sería posible adelantar la entrega del catálogo al 20 de agosto? No nos convence el
titular de la portada, preferimos algo más elegante.

Un abrazo,
Lucía""",
        style="gmail",
        labels=dict(due=["2027-08-20"],
                    cr=["adelantar la entrega del catálogo", "No nos convence el titular"],
                    **EU),
    ),
    Mail(
        1172, "turismo-es-rules-budget", MARTA, LUCA, "2027-07-22 11:00", "Campaña invierno",
        """Buenos días,

Para la campaña de invierno disponemos de 18.000 €. Es obligatorio incluir el logo de la
Comunidad en todas las piezas. Los anuncios tienen que estar listos antes de fin de mes.

Saludos,
Marta Gil""",
        style="outlook",
        labels=dict(due=["2027-07-31"], budgets=[("18000", "EUR")],
                    req=["Es obligatorio incluir el logo de la Comunidad"], **EU),
    ),
    Mail(
        1173, "muebles-es-goal", NICO, LUCA, "2027-07-22 13:15", "Rebajas",
        """Hola Luca,

Para las rebajas de septiembre nuestra meta es vender 1.000 sofás. Queremos lanzar la
campaña a mediados de agosto.

Nicolás""",
        style="gmail",
        labels=dict(obj=["nuestra meta es vender 1.000 sofás"], **EU),
    ),
    Mail(
        1174, "bodega-es-vertical", OLIVIA, LUCA, "2027-07-22 15:45", "RE: Foto etiqueta",
        """Luca, la foto tiene que ser vertical, no horizontal, para que quepa en la etiqueta.
Cámbiala cuando puedas, por favor. Imprimimos el 5 de agosto.

Olivia""",
        style="gmail",
        labels=dict(due=["2027-08-05"],
                    cr=["la foto tiene que ser vertical, no horizontal", "Cámbiala"], **EU),
    ),
    Mail(
        1175, "gimnasio-es-within", PABLO, LUCA, "2027-07-23 08:40", "Cartel",
        """Hola,

Necesitamos el cartel nuevo dentro de 15 días. Por favor, pongan el horario de verano y
quiten la clase de spinning de los domingos.

Pablo""",
        style="gmail",
        labels=dict(due=["2027-08-07"],
                    cr=["pongan el horario de verano"], **EU),
    ),
    Mail(
        1176, "libros-es-thanks", RAQUEL, LUCA, "2027-07-23 10:00", "RE: Marcapáginas",
        """¡Muchas gracias! Han quedado preciosos. Los repartiremos en la feria del libro.

Raquel""",
        style="apple",
        quote=Quote(LUCA, "2027-07-22 17:00", """Raquel, los marcapáginas ya están impresos."""),
        labels=dict(EU),
    ),
    Mail(
        1177, "hotel-fr-move-dates", SIMON, LUCA, "2027-07-23 11:30", "Re: Campagne automne",
        """Bonjour Luca,

Changement de calendrier : la campagne démarrera le 15 octobre et non le 1er. Merci
d'adapter toutes les dates dans les visuels. Le budget reste à 20 000 €.

Simon Blanc""",
        style="gmail",
        labels=dict(due=["2027-10-15"], replaced=["2027-10-01"], budgets=[("20000", "EUR")],
                    cr=["démarrera le 15 octobre et non le 1er",
                        "Merci d'adapter toutes les dates"],
                    **EU),
    ),
    Mail(
        1178, "uhren-ch-german-rules", TOBIAS, LUCA, "2027-07-23 13:50", "Uhrenkatalog",
        """Grüezi Luca,

im neuen Uhrenkatalog muss bei jeder Uhr das Swiss-made-Label sichtbar sein. Preise bitte
immer in CHF und EUR. Der Katalog soll am 20. September erscheinen.

Tobias Keller""",
        style="gmail",
        labels=dict(due=["2027-09-20"],
                    req=["muss bei jeder Uhr das Swiss-made-Label sichtbar sein",
                         "Preise bitte immer in CHF und EUR"],
                    day_first=True, default_currency="CHF"),
    ),
    Mail(
        1179, "bio-de-two-changes", URSULA, LUCA, "2027-07-23 16:00", "AW: Verpackung Müsli",
        """Hallo Luca,

zwei Punkte zur Müsli-Verpackung: Der Zuckergehalt muss 8 g heißen, nicht 12 g. Und bitte
das Bio-Siegel etwas größer machen. Danke!

Ursula""",
        style="gmail",
        labels=dict(cr=["Der Zuckergehalt muss 8 g heißen", "das Bio-Siegel etwas größer machen"],
                    **EU),
    ),
]
