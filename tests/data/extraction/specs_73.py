"""The sixty-eighth labelled set (1480-1499), written on 2026-12-07 (twenty-fourth session)
after the session's rules: the split ``blind27``, scored once against the session's
starting code and its code when written, never tuned on.

A week (18-21 January 2028, after Martin Luther King Day) of mail as it comes: a chiropractor's
phone reply, a school foundation's long mail, an HTML-only Outlook mail from a bank, a German,
a French and a Spanish client, a forward of a forward, a go-ahead with a question, a
restaurant group's rules from its franchisor, a Vietnamese client's English, a moved shoot,
a budget said twice, a wedding venue's brief, a complaint about colour, a thank-you with
next steps, a winery in Spanish-speaking English, a realtor's terse fix, a gym's goals, a
Canadian client's French, and a bakery's list of notes.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

DREW = Person("Drew Palmer", "drew@palmerchiro.com", "America/Chicago")
LINDA = Person("Linda Shaw", "lshaw@oakridgeschoolsfoundation.org", "America/New_York")
GRACE = Person("Grace Kim", "gkim@harborcitybank.com", "America/New_York")
FELIX = Person("Felix Wagner", "f.wagner@wagner-reisen.de", "Europe/Berlin")
MANON = Person("Manon Girard", "manon@girard-fromagerie.fr", "Europe/Paris")
LUCIA = Person("Lucía Moreno", "lucia@bodegamoreno.es", "Europe/Madrid")
PHIL = Person("Phil Grant", "phil@grantpools.com", "America/Phoenix")
JEN = Person("Jen Grant", "jen@grantpools.com", "America/Phoenix")
ALEX = Person("Alex Rivera", "alex@riveraplumbing.com", "America/Chicago")
SARA = Person("Sara Cole", "sara@tacofiesta.com", "America/Denver")
THAO = Person("Thao Nguyen", "thao@phohouse.com", "America/Los_Angeles")
MIKE = Person("Mike Dunn", "mike@dunnoutdoors.com", "America/Denver")
KATE = Person("Kate Lin", "kate@linorthodontics.com", "America/New_York")
ROSE = Person("Rose Hill", "rose@hillsidemanor.com", "America/New_York")
DEREK = Person("Derek Fox", "derek@foxpaints.com", "America/Chicago")
NANCY = Person("Nancy Wu", "nancy@wuaccounting.com", "America/Los_Angeles")
DIEGO = Person("Diego Salas", "diego@salaswines.com", "America/Los_Angeles")
TRENT = Person("Trent Ball", "trent@ballrealty.com", "America/Phoenix")
HALEY = Person("Haley Brooks", "haley@ironpeakgym.com", "America/Denver")
JULIE = Person("Julie Tremblay", "julie@boulangerietremblay.ca", "America/Toronto")
PEARL = Person("Pearl Adams", "pearl@adamsbakeshop.com", "America/Chicago")

ITEMS = [
    Mail(
        1480, "chiro-phone", DREW, SAM, "2028-01-18 07:30", "Re: New patient special",
        "ok but make the price bigger. and it needs to say new patients only\n\n"
        "Sent from my iPhone",
        style="plain",
        quote=Quote(SAM, "2028-01-14 16:00", """Drew, the new patient special ad is attached
for your review.

Sam"""),
        labels=dict(cr=["make the price bigger", "it needs to say new patients only"]),
    ),
    Mail(
        1481, "school-foundation-long", LINDA, SAM, "2028-01-18 09:00", "Spring gala",
        """Hi Sam,

Happy new year! Our committee met last Thursday and we have a plan for the spring gala.

The gala is Saturday, April 22 at the Grand Hotel. We'd like the invitations in the mail by
March 10, which means we need a design to review by February 11.

We have $8,000 for everything - invitations, programs and the slideshow. Our sponsors'
logos need to be on the invitation and in the program, in the order of their giving level.

This year we'd like to raise $150,000 for the new science labs.

Thanks so much,
Linda""",
        style="gmail",
        labels=dict(due=["2028-03-10", "2028-02-11"], budgets=[("8000", "USD")],
                    req=["sponsors'\nlogos need to be on the invitation"],
                    obj=["raise $150,000"],
                    non_budget=[("150000", "USD", "target")]),
    ),
    Mail(
        1482, "bank-outlook-html", GRACE, SAM, "2028-01-18 10:20", "CD promotion ad", "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Compliance reviewed the CD promotion ad. Two items:</p>
<p class="MsoNormal">1. The APY must be followed by the date it is accurate as of.</p>
<p class="MsoNormal">2. Please change &#8220;guaranteed returns&#8221; to &#8220;fixed
rate&#8221;.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The ad runs in the Sunday Herald on February 6, so the final needs to be
to them by February 1.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Grace Kim<br>Marketing Manager | Harbor City Bank<br>Member FDIC</p>
</div></body></html>
""",
        labels=dict(due=["2028-02-06", "2028-02-01"],
                    req=["APY must be followed by the date"],
                    cr=["change “guaranteed returns”"]),
    ),
    Mail(
        1483, "travel-german", FELIX, LUCA, "2028-01-18 11:00", "Re: Katalog Sommer 2028",
        """Hallo Luca,

vielen Dank für den Entwurf. Bitte tauschen Sie das Titelbild gegen das Foto vom Gardasee
aus. Außerdem muss auf jeder Seite unsere Reiseveranstalter-Nummer stehen.

Wir brauchen die Druckdaten bis zum 4. Februar. Das Budget für Druck und Versand beträgt
12.000 €.

Viele Grüße
Felix Wagner""",
        style="gmail",
        labels=dict(due=["2028-02-04"], budgets=[("12000", "EUR")],
                    cr=["tauschen Sie das Titelbild"],
                    req=["muss auf jeder Seite unsere Reiseveranstalter-Nummer stehen"], **EU),
    ),
    Mail(
        1484, "cheese-french", MANON, LUCA, "2028-01-18 14:00", "Re: Étiquettes",
        """Bonjour Luca,

Les étiquettes sont très belles. Pourriez-vous juste mettre le nom du fromage plus grand ?
On ne le lit pas de loin. Il nous faut les fichiers pour le 28 janvier.

Merci,
Manon""",
        style="apple",
        labels=dict(due=["2028-01-28"], cr=["mettre le nom du fromage plus grand"], **EU),
    ),
    Mail(
        1485, "winery-spanish", LUCIA, LUCA, "2028-01-19 09:30", "Folleto enoturismo",
        """Hola Luca,

Te escribo por el folleto de enoturismo. Necesitamos que esté listo antes del 15 de febrero
para la feria de Madrid. El presupuesto máximo es de 3.000 €. Y por favor, todas las fotos
tienen que ser de nuestros viñedos, nada de fotos de archivo.

Un saludo,
Lucía""",
        style="gmail",
        labels=dict(due=["2028-02-14"], budgets=[("3000", "EUR", "cap")],
                    req=["todas las fotos\ntienen que ser de nuestros viñedos"], **EU),
    ),
    Forward(
        1486, "pools-forward-of-forward", SAM, INTAKE, "2028-01-19 10:45",
        "Filing this one.\n\nSam",
        Forward(
            0, "pools-client-fwd", PHIL, SAM, "2028-01-19 10:10",
            "Sam - see Jen's note. Thanks.\n\nPhil",
            Mail(
                0, "pools-wife-orig", JEN, PHIL, "2028-01-18 20:00", "pool opening ad",
                """Phil,

The spring pool opening ad still has last year's phone number on it, please get them to
fix that. And we want it in the paper by March 1.

Jen""",
                style="apple",
            ),
            style="outlook",
        ),
        labels=dict(due=["2028-03-01"],
                    cr=["still has last year's phone number on it"]),
    ),
    Mail(
        1487, "plumbing-go-ahead-question", ALEX, SAM, "2028-01-19 12:00", "Re: Van wrap",
        """Looks good, go ahead and send it to the wrap shop. Quick question - how long does the
wrap usually last?

Alex""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1488, "tacos-franchisor-rules", SARA, SAM, "2028-01-19 13:30", "Cinco de Mayo promo",
        """Hi Sam,

Corporate sent over the rules for local promos this year. We can't use the word "authentic"
anywhere, and any price we show has to include "at participating locations". Also, the
corporate logo always goes top left.

Could we see concepts by February 4?

Sara""",
        style="gmail",
        labels=dict(due=["2028-02-04"],
                    req=["can't use the word \"authentic\"",
                         "the\ncorporate logo always goes top left"]),
    ),
    Mail(
        1489, "pho-vietnamese-english", THAO, SAM, "2028-01-19 15:00", "Re: Tet menu",
        """Hi Sam,

Thank you for menu. Please change the price of pho dac biet to $16.50 because price go up.
Also the picture of spring roll is not our spring roll, please use the picture I send
yesterday.

We need print before Tet, January 26.

Thao""",
        style="gmail",
        labels=dict(due=["2028-01-25"],
                    cr=["change the price of pho dac biet",
                        "the picture of spring roll is not our spring roll"],
                    non_budget=[("16.50", "USD", "price")]),
    ),
    Mail(
        1490, "outdoors-shoot-moved", MIKE, SAM, "2028-01-20 08:15", "Photo shoot",
        """Sam,

Weather's not cooperating - can we move the shoot from Saturday the 22nd to Saturday the
29th? The catalog deadline stays the same, February 8.

Mike""",
        style="gmail",
        labels=dict(due=["2028-01-29", "2028-02-08"], replaced=["2028-01-22"],
                    cr=["move the shoot from Saturday the 22nd to Saturday the\n29th"]),
    ),
    Mail(
        1491, "ortho-budget-twice", KATE, SAM, "2028-01-20 10:00", "Spring campaign",
        """Hi Sam,

We have $10,000 for the spring campaign. To be clear, that's $10,000 total including
production, not just media.

Our goal is 60 new patient consults from the campaign.

Kate""",
        style="gmail",
        labels=dict(budgets=[("10000", "USD")], obj=["60 new patient consults"]),
    ),
    Mail(
        1492, "manor-wedding-brief", ROSE, SAM, "2028-01-20 11:30", "Bridal show booth",
        """Hi Sam,

We'll be at the Bridal Expo on February 19-20. We need a booth backdrop and a brochure.
The expo requires all booth graphics to be flame retardant and no taller than 8 feet. Can
we have proofs by February 4? Budget is around $4,500.

Rose""",
        style="gmail",
        labels=dict(due=["2028-02-04"], budgets=[("4500", "USD")],
                    req=["expo requires all booth graphics to be flame retardant"]),
    ),
    Mail(
        1493, "paints-colour-complaint", DEREK, SAM, "2028-01-20 13:00", "Re: Color card proof",
        """Sam, the blues on the color card proof are way off from our actual paint chips. The
"Harbor Mist" swatch looks almost purple. This has to match the real colors or it's useless
to us.

Derek""",
        style="gmail",
        labels=dict(cr=["the blues on the color card proof are way off",
                        "swatch looks almost purple"]),
    ),
    Mail(
        1494, "accounting-thanks-next", NANCY, SAM, "2028-01-20 15:30", "Re: Tax season mailer",
        """Thanks Sam, the mailer looks great and it's approved. Next up is the website banner -
I'll send you the copy by Monday.

Nancy""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1495, "wines-spanish-english", DIEGO, SAM, "2028-01-21 09:00", "Re: Wine club email",
        """Hello Sam,

The email is very nice. Only one thing, the discount for members is 15%, not 10%, please
correct it. We want to send it the next Tuesday, 25 of January.

Thank you,
Diego""",
        style="gmail",
        labels=dict(due=["2028-01-25"], cr=["the discount for members is 15%, not 10%"]),
    ),
    Mail(
        1496, "realtor-terse-fix", TRENT, SAM, "2028-01-21 10:10", "Re: Listing flyer",
        """bathrooms is 3 not 2.5 - fix pls""",
        style="plain",
        quote=Quote(SAM, "2028-01-20 17:00", """Trent, here's the flyer for 12 Palo Verde Ct.

Sam"""),
        labels=dict(cr=["bathrooms is 3 not 2.5"]),
    ),
    Mail(
        1497, "gym-goals", HALEY, SAM, "2028-01-21 11:45", "Summer shred challenge",
        """Hey Sam!

For the summer shred challenge we want to sign up 120 people and get at least 40 of them to
buy a membership after. The challenge starts May 1, so promo should go live mid-April.

Haley""",
        style="gmail",
        labels=dict(due=["2028-05-01"],
                    obj=["sign up 120 people"]),
    ),
    Mail(
        1498, "boulangerie-quebec-french", JULIE, LUCA, "2028-01-21 13:20",
        "Affiches Saint-Valentin",
        """Bonjour Luca,

Pour les affiches de la Saint-Valentin, le texte doit être en français d'abord, l'anglais en
plus petit en dessous, c'est la loi au Québec. Nous aurions besoin des épreuves d'ici le 2
février. Budget : 1 500 $.

Merci !
Julie""",
        style="gmail",
        labels=dict(due=["2028-02-02"], budgets=[("1500", "CAD")],
                    req=["le texte doit être en français d'abord"],
                    day_first=True, default_currency="CAD"),
    ),
    Mail(
        1499, "bakeshop-list-of-notes", PEARL, SAM, "2028-01-21 15:00", "Re: Spring menu board",
        """Notes on the menu board:

- Croissant price should be $4.25
- Drop the scone section, we're not making them anymore
- Logo a bit smaller

Thanks!
Pearl""",
        style="gmail",
        labels=dict(cr=["Croissant price should be $4.25", "Drop the scone section",
                        "Logo a bit smaller"],
                    non_budget=[("4.25", "USD", "price")]),
    ),
]
