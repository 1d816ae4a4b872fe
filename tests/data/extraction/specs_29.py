"""The twenty-fourth labelled set (760-779), written on 2026-12-06 (fourteenth session) after
tune22's rules and before any other; scored blind first, then tuned on (split ``tune23``;
both scores in docs/performance.md).

Other voices, as issue 12's "set B" has them: an Austrian's German ("Jänner"), a French
move written in French, a Mexican's Spanish, Italian, Japanese, Gulf, Indian (TAT, lakhs,
GST), Swedish, Polish, Korean, Russian, Greek, Turkish, Vietnamese and Israeli writers'
English, a Brazilian writing Portuguese, and phone replies of three or four words.
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

FRANZ_H = Person("Franz Huber", "f.huber@huber-holz.at", "Europe/Vienna")
JULIEN = Person("Julien Petit", "julien.petit@petit-optique.fr", "Europe/Paris")
DIEGO = Person("Diego Ramírez", "diego@ramirezmezcal.mx", "America/Mexico_City")
GIULIA = Person("Giulia Greco", "giulia@grecovini.it", "Europe/Rome")
YUKI = Person("Yuki Tanaka", "y.tanaka@hinoki-bath.jp", "Asia/Tokyo")
KHALID = Person("Khalid Al Mansoori", "khalid@almansooriauto.ae", "Asia/Dubai")
NEHA = Person("Neha Gupta", "neha@guptafoods.in", "Asia/Kolkata")
TREY = Person("Trey Hill", "trey@hillboats.com", "America/New_York")
CARL = Person("Carl Jensen", "carl@jensenbikes.com", "America/Chicago")
LIN = Person("Lin Wei", "lin.wei@weitea.cn", "Asia/Shanghai")
SANNE = Person("Sanne Visser", "sanne@visserfietsen.nl", "Europe/Amsterdam")
ERIK_S = Person("Erik Sund", "erik@sundskor.se", "Europe/Stockholm")
MAREK = Person("Marek Zielinski", "marek@zielinski-meble.pl", "Europe/Warsaw")
SOYEON = Person("So-yeon Lee", "soyeon@leecosmetics.kr", "Asia/Seoul")
IGOR = Person("Igor Smirnov", "igor@smirnovdesign.ru", "Europe/Moscow")
ANA = Person("Ana Costa", "ana@costamoda.com.br", "America/Sao_Paulo")
NIKOS = Person("Nikos Pappas", "nikos@pappasolive.gr", "Europe/Athens")
AYSE = Person("Ayşe Demir", "ayse@demirhali.com.tr", "Europe/Istanbul")
MINH = Person("Minh Tran", "minh@tranpho.vn", "Asia/Ho_Chi_Minh")
NOA = Person("Noa Levi", "noa@levitech.co.il", "Asia/Jerusalem")

ITEMS = [
    Mail(
        760, "wood-austrian-german", FRANZ_H, LUCA, "2027-01-05 09:00", "Katalog Korrekturen",
        """Sehr geehrter Herr Bianchi,

wie besprochen senden wir Ihnen die Korrekturen: Das Logo soll größer werden, und die
Schrift im Fließtext ist zu klein. Der Katalog muss spätestens am 18. Jänner in Druck gehen.
Unser Budget beträgt maximal 9.000 Euro.

Mit freundlichen Grüßen
Franz Huber""",
        style="outlook",
        labels=dict(due=["2027-01-18"], budgets=[("9000", "EUR", "cap")],
                    cr=["Das Logo soll größer werden"], **EU),
    ),
    Mail(
        761, "optics-french-move", JULIEN, LUCA, "2027-01-05 10:30", "Campagne printemps",
        """Bonjour Luca,

Suite à notre réunion, merci de bien vouloir décaler la diffusion de la campagne au 1er mars
au lieu du 15 février. Le budget média est de 25 000 euros.

Cordialement,
Julien Petit""",
        style="outlook",
        labels=dict(due=["2027-03-01"], replaced=["2027-02-15"], budgets=[("25000", "EUR")],
                    cr=["décaler la diffusion de la campagne"], **EU),
    ),
    Mail(
        762, "mezcal-mexican-spanish", DIEGO, SAM, "2027-01-05 12:00", "Video lanzamiento",
        """Hola Sam,

Nos urge el video para el 12 de febrero, es para el lanzamiento. El presupuesto máximo es de
150 mil pesos. No se puede usar música con derechos de autor.

Saludos,
Diego""",
        style="gmail",
        labels=dict(due=["2027-02-12"], budgets=[("150000", "MXN", "cap")],
                    req=["No se puede usar música con derechos"], day_first=True,
                    default_currency="MXN"),
    ),
    Mail(
        763, "wines-italian-english", GIULIA, LUCA, "2027-01-06 09:15", "Re: etichette",
        """Dear Luca,

we have see the proposal and is ok for us, but the colour of the bottle is too much orange,
please put more red. The labels we need them for the 20 of January maximum.

Ciao,
Giulia""",
        style="gmail",
        quote=Quote(LUCA, "2027-01-05 16:00", """Giulia, the label proposal is attached.

Luca"""),
        labels=dict(due=["2027-01-20"], cr=["please put more red"], **EU),
    ),
    Mail(
        764, "bath-japanese-english", YUKI, SAM, "2027-01-06 10:00", "Catalog revision",
        """Dear Sam-san,

Thank you for your kind support always. About the catalog, could you please revise the
product name on page 3 to "Hinoki Bath Salt"? Also, we would like to receive the revised
data by January 15th if possible.

Best regards,
Yuki Tanaka""",
        style="outlook",
        labels=dict(due=["2027-01-15"], cr=["revise the product name on page 3"]),
    ),
    Mail(
        765, "auto-gulf-english", KHALID, SAM, "2027-01-05 11:20", "Hoarding artwork",
        """Dear Sam,

Greetings. Kindly note that the hoarding must include both Arabic and English text, as per
municipality rules. Please share the final artwork before 20/01/2027. Budget approved is AED
45,000.

Regards,
Khalid""",
        style="outlook",
        labels=dict(due=["2027-01-19"], budgets=[("45000", "AED")],
                    req=["both Arabic and English"], day_first=True, default_currency="AED"),
    ),
    Mail(
        766, "foods-indian-tat-gst", NEHA, SAM, "2027-01-05 13:00", "Revised brief",
        """Hi Sam,

PFA the revised brief. TAT for first cut is 7 working days. Budget is 3.5 lakhs including
GST. Pls ensure logo is placed top right in all creatives.

Thanks,
Neha""",
        style="gmail",
        labels=dict(due=["2027-01-14"], budgets=[("350000", "INR")],
                    req=["logo is placed top right in all creatives"], day_first=True,
                    default_currency="INR"),
    ),
    Mail(
        767, "boats-four-words", TREY, SAM, "2027-01-06 18:40", "Re: ad options",
        """k. use pic 2. ship it fri""",
        style="gmail",
        quote=Quote(SAM, "2027-01-06 15:00", """Trey, two picture options for the boat show ad
attached.

Sam"""),
        labels=dict(due=["2027-01-08"]),
    ),
    Mail(
        768, "bikes-budget-cut-drop", CARL, SAM, "2027-01-06 08:05", "budget",
        """Sam - budget cut to 8k. Sorry. Drop the radio.

Carl""",
        style="gmail",
        labels=dict(budgets=[("8000", "USD")], cr=["Drop the radio"]),
    ),
    Mail(
        769, "tea-chinese-slash-date", LIN, SAM, "2027-01-05 14:00", "Deadline",
        """Dear Sam,

The deadline for the gift box design is 2027/1/20. Please remember the price must be in RMB.

Best wishes,
Lin Wei""",
        style="outlook",
        labels=dict(due=["2027-01-20"], req=["price must be in RMB"],
                    default_currency="CNY"),
    ),
    Mail(
        770, "bikes-dutch-in-stead", SANNE, LUCA, "2027-01-06 11:00", "Re: webshop banner",
        """Hi Luca,

Please make the CTA button orange in stead of blue. Go-live is latest 1 February.

Greetings,
Sanne""",
        style="gmail",
        quote=Quote(LUCA, "2027-01-05 17:00", """Sanne, the webshop banner is attached.

Luca"""),
        labels=dict(due=["2027-02-01"], cr=["CTA button orange"], **EU),
    ),
    Mail(
        771, "shoes-swedish-sizes", ERIK_S, SAM, "2027-01-05 15:30", "Banners",
        """Hi Sam,

we would need the banners in 4 sizes: 300x250, 728x90, 160x600 and 320x50. Deadline 25/1.
Total budget 60 000 SEK.

Br,
Erik""",
        style="gmail",
        labels=dict(due=["2027-01-25"], budgets=[("60000", "SEK")], day_first=True,
                    default_currency="SEK"),
    ),
    Mail(
        772, "furniture-polish-tenses", MAREK, SAM, "2027-01-06 09:45", "Re: leaflet",
        """Hello Sam,

I am writing regarding to the leaflet. We are needing it printed until 29.01. Please to not
use the photo with the dog, our boss don't like it.

Regards,
Marek""",
        style="outlook",
        quote=Quote(SAM, "2027-01-05 16:30", """Marek, the leaflet draft is attached.

Sam"""),
        labels=dict(due=["2027-01-29"], cr=["not use the photo with the dog"], **EU),
    ),
    Mail(
        773, "cosmetics-korean-ceo", SOYEON, SAM, "2027-01-06 10:10", "Video feedback",
        """Hello Sam.

Our CEO check the video and he want the music more calm. Also subtitle font is too small.
Deadline is 1/22 (Fri).

So-yeon""",
        style="gmail",
        labels=dict(due=["2027-01-22"], cr=["music more calm", "subtitle font is too small"]),
    ),
    Mail(
        774, "design-russian-dashes", IGOR, LUCA, "2027-01-05 12:40", "project",
        """Luca, hello.

Budget for project - 7000 euro, not more. Deadline - 10 February. Please, all texts only in
English and Russian.

Igor""",
        style="gmail",
        labels=dict(due=["2027-02-10"], budgets=[("7000", "EUR", "cap")],
                    req=["only in English and Russian"], **EU),
    ),
    Mail(
        775, "fashion-brazilian-portuguese", ANA, LUCA, "2027-01-06 13:20", "Catálogo",
        """Oi Luca,

Precisamos do material final até o dia 18/01. O orçamento é de R$ 30.000. Por favor,
troquem a foto da capa.

Abraço,
Ana""",
        style="gmail",
        labels=dict(due=["2027-01-18"], budgets=[("30000", "BRL")],
                    cr=["troquem a foto da capa"], day_first=True, default_currency="BRL"),
    ),
    Mail(
        776, "olive-greek-english", NIKOS, SAM, "2027-01-05 16:00", "Posters",
        """Dear Sam,

as we said in the phone, the offer is valid until 31/3, so the posters must be in the shops
before 1/3. Budget: 5.000€.

Kind regards,
Nikos""",
        style="gmail",
        labels=dict(due=["2027-02-28"], budgets=[("5000", "EUR")], **EU),
    ),
    Mail(
        777, "carpets-turkish-english", AYSE, SAM, "2027-01-06 11:30", "Re: brochure",
        """Hi Sam,

The brochure is looking very nice. Only, can you make the map more big and put the phone
number under it? Print is on 15 January.

Thanks,
Ayşe""",
        style="gmail",
        quote=Quote(SAM, "2027-01-05 17:00", """Ayşe, the brochure draft is attached.

Sam"""),
        labels=dict(due=["2027-01-15"], cr=["make the map more big"], day_first=True,
                    default_currency="TRY"),
    ),
    Mail(
        778, "pho-vietnamese-quotation", MINH, SAM, "2027-01-05 09:30", "Menu design",
        """Dear Sam,

Please send us the quotation for the new menu design. When can you start?

Thank you,
Minh""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        779, "tech-israeli-right-aligned", NOA, SAM, "2027-01-05 08:20", "Re: landing page",
        """Hi Sam,

Small fix: the Hebrew text must be right-aligned, now it's left. We go to print Sunday.

Noa""",
        style="gmail",
        quote=Quote(SAM, "2027-01-04 17:00", """Noa, the bilingual flyer is attached.

Sam"""),
        labels=dict(due=["2027-01-10"], cr=["Hebrew text must be right-aligned"]),
    ),
]
