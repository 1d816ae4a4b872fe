"""The fiftieth labelled set (1140-1159), written on 2026-12-06 (nineteenth session) after
tune40 and before any tuning on it, scored blind, then tuned on: the split ``tune41``.

A week (12-16 July 2027) of clients writing in their own language, as European clients of
an agency do: French, German and Spanish mail with its own forms of asking ("Pourriez-vous",
"Könnten Sie bitte", "¿Nos podrían ...?"), of rules ("Il est impératif que", "Bitte
beachten Sie, dass", "Es imprescindible que"), of days ("d'ici le 23 juillet", "Ende KW
36" (its Friday, as "the end of next week" is), "a más tardar el 6 de agosto"), of money
("une enveloppe de 12 000 €", "ein Budget von rund 8.000 Euro", "contamos con unos 5.000
euros") and of goals ("notre objectif est de réserver 150 rendez-vous", "2.000 neue
Abonnenten gewinnen").
"""

from build import Mail, Person, Quote
from cast import LUCA

EU = dict(day_first=True, default_currency="EUR")

AMELIE = Person("Amélie Girard", "amelie@girard-chocolats.fr", "Europe/Paris")
BENOIT = Person("Benoît Roche", "b.roche@roche-immobilier.fr", "Europe/Paris")
CLAIRE_F = Person("Claire Fontaine", "claire@fontaine-vins.fr", "Europe/Paris")
DAMIEN = Person("Damien Petit", "damien@petit-velos.be", "Europe/Brussels")
ELODIE = Person("Élodie Marchand", "elodie@marchand-spa.fr", "Europe/Paris")
FRANZ = Person("Franz Huber", "f.huber@huber-bau.de", "Europe/Berlin")
GRETA = Person("Greta Vogt", "greta.vogt@vogt-optik.de", "Europe/Berlin")
HEIKE = Person("Heike Sommer", "h.sommer@sommer-reisen.at", "Europe/Vienna")
INGO = Person("Ingo Lang", "ingo@lang-brauerei.de", "Europe/Berlin")
JULIA_K = Person("Julia Krause", "j.krause@krause-moebel.de", "Europe/Berlin")
KLAUS = Person("Klaus Weber", "k.weber@weber-apotheke.ch", "Europe/Zurich")
LAURA = Person("Laura Jiménez", "laura@jimenez-moda.es", "Europe/Madrid")
MANUEL = Person("Manuel Ortega", "manuel@ortega-aceites.es", "Europe/Madrid")
NURIA = Person("Nuria Vidal", "nuria@vidal-hoteles.es", "Europe/Madrid")
OSCAR_M = Person("Óscar Molina", "oscar@molina-clinica.es", "Europe/Madrid")
PILAR = Person("Pilar Navarro", "pilar@navarro-vinos.es", "Europe/Madrid")
QUENTIN = Person("Quentin Leroy", "quentin@leroy-sport.fr", "Europe/Paris")
ROSA = Person("Rosa Delgado", "rosa@delgado-cafe.mx", "America/Mexico_City")
SILKE = Person("Silke Braun", "silke@braun-zoo.de", "Europe/Berlin")
TEO = Person("Teo Ramos", "teo@ramos-bikes.es", "Europe/Madrid")

ITEMS = [
    Mail(
        1140, "chocolats-fr-changes", AMELIE, LUCA, "2027-07-12 09:30", "Re: Coffrets de Noël",
        """Bonjour Luca,

Merci pour les maquettes. Pourriez-vous agrandir le logo sur le couvercle ? Et le texte au
dos est trop long, merci de le raccourcir d'un tiers. Nous avons besoin des fichiers
définitifs d'ici le 23 juillet.

Bien à vous,
Amélie""",
        style="gmail",
        quote=Quote(LUCA, "2027-07-09 16:00", """Amélie, voici les maquettes des coffrets."""),
        labels=dict(due=["2027-07-23"],
                    cr=["agrandir le logo sur le couvercle", "merci de le raccourcir"], **EU),
    ),
    Mail(
        1141, "immobilier-fr-rules", BENOIT, LUCA, "2027-07-12 11:00", "Annonces presse",
        """Bonjour,

Pour les annonces presse de la rentrée, il est impératif que le numéro de carte
professionnelle figure sur chaque annonce. Les photos doivent être celles de nos propres
biens, jamais de banque d'images. Notre enveloppe est de 12 000 € HT pour l'ensemble.
Parution prévue le 1er septembre.

Cordialement,
Benoît Roche""",
        style="outlook",
        labels=dict(due=["2027-09-01"], budgets=[("12000", "EUR")],
                    req=["le numéro de carte professionnelle figure sur chaque annonce",
                         "Les photos doivent être celles de nos propres biens"], **EU),
    ),
    Mail(
        1142, "vins-fr-goal", CLAIRE_F, LUCA, "2027-07-12 14:20", "Salon des vins",
        """Bonjour Luca,

Pour le salon des vins de Bordeaux, notre objectif est de réserver 150 rendez-vous avec des
cavistes. Il nous faut un stand, des brochures et une newsletter. Le salon ouvre le 15
septembre, les brochures doivent être livrées au plus tard le 10 septembre.

Claire""",
        style="gmail",
        labels=dict(due=["2027-09-10"],
                    obj=["notre objectif est de réserver 150 rendez-vous"], **EU),
    ),
    Mail(
        1143, "velos-be-move", DAMIEN, LUCA, "2027-07-13 08:45", "Re: Campagne rentrée",
        """Salut Luca,

Petit changement : on doit repousser le lancement au 13 septembre au lieu du 6, le
nouveau modèle arrive en retard. Et peux-tu remplacer la photo du vélo rouge par le bleu ?

Merci !
Damien""",
        style="gmail",
        labels=dict(due=["2027-09-13"], replaced=["2027-09-06"],
                    cr=["repousser le lancement au 13 septembre",
                        "remplacer la photo du vélo rouge"], **EU),
    ),
    Mail(
        1144, "spa-fr-thanks", ELODIE, LUCA, "2027-07-13 10:30", "Re: Flyers",
        """Bonjour Luca,

Les flyers sont arrivés ce matin, ils sont superbes. Merci à toute l'équipe !

Élodie""",
        style="apple",
        quote=Quote(LUCA, "2027-07-12 17:00", """Élodie, les flyers sont partis chez vous."""),
        labels=dict(EU),
    ),
    Mail(
        1145, "bau-de-changes", FRANZ, LUCA, "2027-07-13 13:00", "AW: Bauschild Entwurf",
        """Hallo Herr Bianchi,

vielen Dank für den Entwurf. Könnten Sie bitte die Telefonnummer größer machen? Außerdem
fehlt das Logo unseres Partners Schmidt GmbH unten rechts. Das Schild muss bis zum 30. Juli
stehen.

Mit freundlichen Grüßen
Franz Huber""",
        style="outlook",
        labels=dict(due=["2027-07-30"],
                    cr=["die Telefonnummer größer machen", "fehlt das Logo unseres Partners"],
                    **EU),
    ),
    Mail(
        1146, "optik-de-rules-budget", GRETA, LUCA, "2027-07-13 15:30", "Herbstaktion",
        """Hallo Luca,

für unsere Herbstaktion haben wir ein Budget von rund 8.000 Euro eingeplant. Bitte
beachten Sie, dass alle Preisangaben die Mehrwertsteuer enthalten müssen. Die Anzeigen
sollen ab dem 1. Oktober erscheinen.

Viele Grüße
Greta Vogt""",
        style="gmail",
        labels=dict(due=["2027-10-01"], budgets=[("8000", "EUR")],
                    req=["alle Preisangaben die Mehrwertsteuer enthalten müssen"], **EU),
    ),
    Mail(
        1147, "reisen-at-goal", HEIKE, LUCA, "2027-07-14 09:10", "Newsletter-Kampagne",
        """Liebe Grüße aus Wien!

Wir möchten mit der Newsletter-Kampagne 2.000 neue Abonnenten gewinnen. Geplant sind drei
Mailings im September. Das erste Mailing soll am 3. September rausgehen.

Heike Sommer""",
        style="gmail",
        labels=dict(due=["2027-09-03"], obj=["2.000 neue Abonnenten gewinnen"], **EU),
    ),
    Mail(
        1148, "brauerei-de-remove", INGO, LUCA, "2027-07-14 11:45", "AW: Etiketten",
        """Hi Luca,

bitte den Hinweis "Neu!" auf dem Etikett streichen, das Bier gibt es schon seit März. Sonst
passt alles. Druck ist am 23.07.

Gruß
Ingo""",
        style="gmail",
        labels=dict(due=["2027-07-23"], cr=["den Hinweis \"Neu!\" auf dem Etikett streichen"],
                    **EU),
    ),
    Mail(
        1149, "moebel-de-kw-end", JULIA_K, LUCA, "2027-07-14 14:00", "Katalog Herbst",
        """Hallo Luca,

der Herbstkatalog soll Ende KW 36 in den Filialen liegen. Wichtig ist uns, dass jede
Produktseite den Preis und die Maße zeigt. Für Druck und Gestaltung stehen 20.000 Euro zur
Verfügung.

Julia Krause""",
        style="outlook",
        labels=dict(due=["2027-09-10"], budgets=[("20000", "EUR")],
                    req=["dass jede Produktseite den Preis und die Maße zeigt"], **EU),
    ),
    Mail(
        1150, "apotheke-ch-cap", KLAUS, LUCA, "2027-07-14 16:20", "Grippeimpfung Plakat",
        """Grüezi Herr Bianchi,

für das Plakat zur Grippeimpfung dürfen wir maximal CHF 3'500 ausgeben. Das Plakat muss
den Hinweis "Lassen Sie sich von Ihrer Apotheke beraten" tragen. Aushang ab 1. Oktober.

Freundliche Grüsse
Klaus Weber""",
        style="gmail",
        labels=dict(due=["2027-10-01"], budgets=[("3500", "CHF", "cap")],
                    req=["Das Plakat muss den Hinweis"], day_first=True, default_currency="CHF"),
    ),
    Mail(
        1151, "moda-es-changes", LAURA, LUCA, "2027-07-15 09:00", "RE: Lookbook otoño",
        """Hola Luca,

Gracias por el lookbook. ¿Nos podrían cambiar la foto de la portada por la del abrigo
camel? También el precio del vestido negro está mal, es 89 €, no 98 €. Lo necesitamos
antes del 30 de julio.

Un saludo,
Laura""",
        style="outlook",
        labels=dict(due=["2027-07-29"],
                    cr=["cambiar la foto de la portada", "el precio del vestido negro está mal"],
                    **EU),
    ),
    Mail(
        1152, "aceites-es-budget-goal", MANUEL, LUCA, "2027-07-15 11:30", "Campaña aceite nuevo",
        """Buenos días Luca,

Para el lanzamiento del nuevo aceite contamos con unos 5.000 euros. Nuestro objetivo es
llegar a 300 tiendas gourmet antes de Navidad. Es imprescindible que aparezca el sello de
denominación de origen en todas las piezas.

Saludos cordiales,
Manuel Ortega""",
        style="gmail",
        labels=dict(budgets=[("5000", "EUR")],
                    obj=["Nuestro objetivo es llegar a 300 tiendas"],
                    req=["aparezca el sello de denominación de origen en todas las piezas"], **EU),
    ),
    Mail(
        1153, "hoteles-es-deadline", NURIA, LUCA, "2027-07-15 13:45", "Folleto hotel",
        """Hola Luca,

Necesitamos el folleto impreso a más tardar el 6 de agosto, porque lo repartimos en la
feria de turismo. Por favor, no uséis fotos de stock, solo las del hotel.

Gracias,
Nuria""",
        style="gmail",
        labels=dict(due=["2027-08-06"], req=["no uséis fotos de stock"], **EU),
    ),
    Mail(
        1154, "clinica-es-hold", OSCAR_M, LUCA, "2027-07-15 16:00", "Campaña dental",
        """Luca,

Por favor, paren la campaña de radio hasta nuevo aviso. Estamos revisando los precios con
el colegio de dentistas.

Óscar""",
        style="outlook",
        labels=dict(cr=["paren la campaña de radio"], **EU),
    ),
    Mail(
        1155, "vinos-es-add", PILAR, LUCA, "2027-07-16 09:20", "RE: Etiquetas vendimia",
        """Hola Luca,

Las etiquetas están muy bien. Solo una cosa: ¿podéis añadir el año de la cosecha debajo del
nombre? Queremos imprimir el 27 de agosto.

Pilar""",
        style="gmail",
        labels=dict(due=["2027-08-27"], cr=["añadir el año de la cosecha"], **EU),
    ),
    Mail(
        1156, "sport-fr-long", QUENTIN, LUCA, "2027-07-16 10:40", "Campagne running",
        """Bonjour Luca,

Voici le brief pour la campagne running de l'automne. Nous voulons augmenter nos ventes de
chaussures de 20 % par rapport à l'an dernier. Le budget total est de 25 000 euros. Les
visuels doivent toujours montrer de vrais coureurs du club, pas de mannequins. Le
lancement est fixé au 17 septembre.

Quentin Leroy""",
        style="outlook",
        labels=dict(due=["2027-09-17"], budgets=[("25000", "EUR")],
                    obj=["augmenter nos ventes de chaussures de 20 %"],
                    req=["Les visuels doivent toujours montrer de vrais coureurs"], **EU),
    ),
    Mail(
        1157, "cafe-mx-spanish", ROSA, LUCA, "2027-07-16 12:00", "Menú de otoño",
        """Hola Luca:

Para el menú de otoño queremos carteles para las tres sucursales. Tenemos un presupuesto de
30,000 pesos. Los necesitamos colgados el 15 de septiembre, para las fiestas patrias.

Saludos,
Rosa""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("30000", "MXN")],
                    default_currency="MXN", day_first=True),
    ),
    Mail(
        1158, "zoo-de-question", SILKE, LUCA, "2027-07-16 14:30", "AW: Plakatmotive",
        """Hallo Luca,

eine Frage vorab: Müssen die Plakate zweisprachig sein, oder reicht Deutsch? Dann kann ich
Ihnen bis Montag Bescheid geben, welche Motive wir nehmen.

Silke Braun""",
        style="gmail",
        labels=dict(EU),
    ),
    Mail(
        1159, "bikes-es-two-asks", TEO, LUCA, "2027-07-16 16:45", "RE: Banner web",
        """Luca, cambia el color del botón a naranja y quita el texto de envío gratis, ya no lo
ofrecemos. Gracias!

Teo""",
        style="gmail",
        labels=dict(cr=["cambia el color del botón a naranja"], **EU),
    ),
]
