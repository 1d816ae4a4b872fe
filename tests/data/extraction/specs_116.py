"""The hundred-and-eleventh labelled set (2360-2379), written on 2026-12-07 (thirty-second
session) after tune85's rules and before any rule of its own: the split ``tune86``, scored
blind first, then tuned on.

The voices the issue names, again, in shapes the probes of this session did not cover: a
Chinese client's English, a Japanese client's English, a Brazilian's English, an Arabic
speaker's English, a Dutch client's English with day-first dates, a terse chain of three
phone replies quoted under each other, a board member's long mail of asks and musings, an
Outlook reply with the answers typed in colour under each question, an HTML-only mail with a
schedule table, a forward of a forward (the AE passes on the client's assistant passing on the
owner's notes), a client replying to their own mail with a correction, a reply that takes back
one ask of the mail before, a French brief with a cap and a rule, a German reply with a
deadline moved, a Spanish reply with a budget raised, a goal told as last year's figure to
beat, a status question beside one ask, a reply that is only logistics, a PS with the real
ask. Dates run in the week of 20 August 2029 (a Monday).
"""

from specs_103 import _mail

from build import Forward, Mail, Person, Quote, Raw
from cast import INTAKE, SAM

CN = Person("Wei Zhang", "wei.zhang@zhangtea.cn", "Asia/Shanghai")
JP = Person("Yuki Tanaka", "y.tanaka@tanaka-ceramics.jp", "Asia/Tokyo")
BR = Person("Rafael Souza", "rafael@souzacafe.com.br", "America/Sao_Paulo")
AR = Person("Omar Al-Farsi", "omar@alfarsiperfumes.ae", "Asia/Dubai")
NL = Person("Sanne de Vries", "sanne@devriesfietsen.nl", "Europe/Amsterdam")
PHONE = Person("Rick Dale", "rick@dalepools.com", "America/Phoenix")
BOARD = Person("Margaret Hale", "mhale@halefoundation.org", "America/New_York")
OUTLOOK = Person("Gary Price", "gprice@pricelumber.com", "America/Chicago")
TABLE = Person("Tina Marsh", "tmarsh@marshschools.org", "America/New_York")
OWNER = Person("Frank Russo", "frank@russobakery.com", "America/New_York")
ASSIST = Person("Jen Ward", "jen@russobakery.com", "America/New_York")
SELF = Person("Alice Grant", "alice@grantjewelry.com", "America/Los_Angeles")
TAKEBACK = Person("Paul Stone", "paul@stonebuilders.com", "America/Denver")
FR = Person("Hélène Morel", "h.morel@morel-vins.fr", "Europe/Paris")
DE = Person("Katrin Vogel", "k.vogel@vogel-reisen.de", "Europe/Berlin")
ES = Person("Javier Ortega", "javier@ortegaaceites.es", "Europe/Madrid")
BEAT = Person("Lisa Park", "lisa@parkmarathon.org", "America/Chicago")
STATUS = Person("Dan Cole", "dan@colemotors.com", "America/New_York")
LOGISTICS = Person("Beth Lane", "beth@lanefarms.com", "America/Chicago")
PS = Person("Tom Reid", "tom@reidoptical.com", "America/New_York")

EU = dict(day_first=True, default_currency="EUR")


def _quote(text: str, when: str = "2029-08-20 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2360, "tea-chinese-english", CN, SAM, "2029-08-20 20:10", "Re: Mid-Autumn gift box design",
        """Dear Sam,

Thanks for your design. Our boss has seen it, he thinks the red color is not enough, please make it more red and more festival feeling. The moon picture please change to bigger one.

Also please help to add our WeChat QR code on the back side.

We need final file before 3rd September, because factory need time to print.

Best regards
Wei Zhang""",
        style="gmail",
        quote=_quote("Dear Wei, please see the gift box design attached."),
        labels=dict(due=["2029-09-02"],
                    cr=["please make it more red and more festival feeling",
                        "The moon picture please change to bigger one",
                        "please help to add our WeChat QR code on the back side"]),
    ),
    Mail(
        2361, "ceramics-japanese-english", JP, SAM, "2029-08-21 09:30", "Re: Catalogue draft",
        """Dear Mr. Ortiz,

Thank you very much for your kind work. We checked the draft.

I am sorry but we have some requests. On page 4, the name of the artist is wrong. It is not "Kenji Sato" but "Kenta Sato". And could you please consider to use less bright colors for the background? We think calm atmosphere is more suitable for our products.

Our exhibition in New York starts on 20 September, so we would like to receive the printed catalogue by 10 September if possible.

Best regards,
Yuki Tanaka""",
        style="outlook",
        quote=_quote("Dear Ms. Tanaka, the catalogue draft is attached for your review."),
        labels=dict(due=["2029-09-10"],
                    cr=["the name of the artist is wrong",
                        "could you please consider to use less bright colors for the background"]),
    ),
    Mail(
        2362, "cafe-brazilian-english", BR, SAM, "2029-08-20 14:00", "Re: Menu board",
        """Hi Sam!! Menu board is very beautiful, congratulations.

Only two things: the pão de queijo is without the tilde, please correct. And we stopped selling the açaí bowl, you can take out.

We open the new store 5 of September, the board must be there before.

Abraços,
Rafael""",
        style="gmail",
        quote=_quote("Rafael, the menu board for the new store is attached."),
        labels=dict(due=["2029-09-04"],
                    cr=["the pão de queijo is without the tilde, please correct",
                        "you can take out"]),
    ),
    Mail(
        2363, "perfume-arabic-english", AR, SAM, "2029-08-20 11:45", "Ramadan campaign",
        """Dear Sam,

Greetings. Kindly find below the brief for our campaign.

We want to reach the young ladies in UAE and Saudi, age 20-35. The target is to sell 3,000 bottles of the new oud perfume in the season.

Please note all the visuals must be modest, no bare shoulders and no alcohol. All text in Arabic and English.

Budget for the campaign is AED 150,000. We need the concepts by 15 September insha'Allah.

Regards,
Omar""",
        style="outlook",
        labels=dict(due=["2029-09-15"], budgets=[("150000", "AED")],
                    obj=["We want to reach the young ladies in UAE and Saudi",
                         "The target is to sell 3,000 bottles"],
                    req=["all the visuals must be modest", "All text in Arabic and English"]),
    ),
    Mail(
        2364, "bikes-dutch-english", NL, SAM, "2029-08-20 10:20", "Re: Autumn newsletter",
        """Hi Sam,

Looks fine, only the date of our workshop day is wrong, it is 29/09 and not 22/09. Please also put the opening hours of the shop in the footer.

We send the newsletter on 03/09, can you deliver the final version on 30/08?

Groeten,
Sanne""",
        style="gmail",
        quote=_quote("Sanne, the autumn newsletter draft is below."),
        labels=dict(due=["2029-08-30", "2029-09-03"],
                    cr=["the date of our workshop day is wrong",
                        "Please also put the opening hours of the shop in the footer"],
                    **EU),
    ),
    Raw(
        2365, "pools-phone-chain",
        _mail("Rick Dale <rick@dalepools.com>", "Re: Labor Day ad",
              "Mon, 20 Aug 2029 16:40:00 -0700", """also lose the kid on the slide, insurance thing

Sent from my iPhone

> On Aug 20, 2029, at 4:31 PM, Rick Dale <rick@dalepools.com> wrote:
>
> and make the 20% off bigger
>
> Sent from my iPhone
>
>> On Aug 20, 2029, at 4:12 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>>
>> Rick, the Labor Day ad is attached. It runs in Thursday's paper, so I need changes by Tuesday noon.
""", mid="A1F0-dale-0820b@dalepools.com"),
        labels=dict(timezone="America/Phoenix",
                    cr=["also lose the kid on the slide"]),
    ),
    Mail(
        2366, "foundation-board-musings", BOARD, SAM, "2029-08-20 21:15",
        "Annual report - thoughts from the board",
        """Sam,

I had a chance to go through the draft annual report over the weekend, and I shared it with two other board members. Some thoughts, in no particular order.

The cover is lovely. I wonder, though, whether a photo of one of our scholars would say more than the abstract pattern - something to consider, not a must.

The financial summary on page 9 needs to match the audited figures exactly; the total grants line shows $2.4 million and the auditors have $2.38 million.

I found the letter from the chair a bit long. Could it be cut to one page?

We are aiming to raise $1.5 million in the year-end appeal, and this report goes to every major donor before it, so it has to be mailed by November 1.

I remember we did a version in large print two years ago for some of our older donors. I'm not sure it's needed again.

Best,
Margaret Hale
Board Chair""",
        style="outlook",
        labels=dict(due=["2029-11-01"],
                    cr=["the total grants line shows $2.4 million",
                        "Could it be cut to one page"],
                    obj=["We are aiming to raise $1.5 million"],
                    non_budget=[("2400000", "USD", "other"), ("2380000", "USD", "other"),
                                ("1500000", "USD", "other")]),
    ),
    Mail(
        2367, "lumber-answers-under-questions", OUTLOOK, SAM, "2029-08-20 13:05",
        "RE: Fall flyer - 3 questions",
        """See my answers below in caps.

Gary

-----Original Message-----
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, August 20, 2029 9:10 AM
To: Gary Price <gprice@pricelumber.com>
Subject: Fall flyer - 3 questions

Gary,

1. Should we keep the deck stain promo on the front?
NO, SWAP IT FOR THE FENCING SALE

2. Is the store address still 400 Mill Rd?
YES

3. When do you need the flyers delivered?
BY SEPT 7, THE SALE STARTS THE 8TH

Sam""",
        style="plain",
        labels=dict(due=["2029-09-07"],
                    cr=["SWAP IT FOR THE FENCING SALE"]),
    ),
    Mail(
        2368, "schools-html-schedule", TABLE, SAM, "2029-08-20 08:30", "Enrollment campaign",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good morning Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is the schedule we agreed with the superintendent:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Due</b></p></td></tr>
<tr><td><p class="MsoNormal">Postcard to families</p></td><td><p class="MsoNormal">September 14</p></td></tr>
<tr><td><p class="MsoNormal">Radio spot</p></td><td><p class="MsoNormal">September 21</p></td></tr>
<tr><td><p class="MsoNormal">Open house banners</p></td><td><p class="MsoNormal">October 1</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Everything has to be in English and Spanish, and district policy is that no student faces appear without a signed media release.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Tina Marsh<br>Communications Director</p>
</div></body></html>""",
        labels=dict(due=["2029-09-14", "2029-09-21", "2029-10-01"],
                    req=["Everything has to be in English and Spanish"]),
    ),
    Forward(
        2369, "bakery-forward-of-forward", SAM, INTAKE, "2029-08-20 15:30",
        "Passing on Frank's notes via Jen. Sam",
        Forward(
            0, "bakery-assistant-forward", ASSIST, SAM, "2029-08-20 14:50",
            "Hi Sam, Frank asked me to send you his notes on the holiday flyer. Jen",
            Mail(
                0, "bakery-owner-notes", OWNER, ASSIST, "2029-08-20 12:15", "holiday flyer",
                """Jen - for the flyer:
cannoli photo is too dark, use the one from the spring catalog
the price of the panettone is $28 not $26
we need it in the stores by Nov 15

Frank""",
                style="plain",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2029-11-15"],
                    cr=["cannoli photo is too dark, use the one from the spring catalog",
                        "the price of the panettone is $28 not $26"]),
    ),
    Mail(
        2370, "jewelry-own-correction", SELF, SAM, "2029-08-20 11:10", "Re: Holiday lookbook brief",
        """Sorry, one correction to what I sent this morning: the shoot is on September 12, not September 13. Everything else stands.

Alice""",
        style="gmail",
        quote=Quote(SELF, "2029-08-20 08:45", """Sam,

Brief for the holiday lookbook: 24 pages, 40 pieces, shot on a dark velvet background. The shoot is on September 13 and we need the lookbook printed by October 20. Budget $16,000 all in.

Alice""", "Holiday lookbook brief"),
        labels=dict(due=["2029-09-12"], replaced=["2029-09-13"]),
    ),
    Mail(
        2371, "builders-take-back", TAKEBACK, SAM, "2029-08-20 17:20",
        "Re: Yard sign - changes",
        """Sam, scratch my first point below - the owner likes the hard hat after all, keep it. The other two changes stand.

Paul""",
        style="gmail",
        quote=Quote(TAKEBACK, "2029-08-20 10:00", """Sam,

Three changes on the yard sign:
1. Take out the hard hat icon
2. Make the phone number bigger
3. Add "Licensed & Insured" under the logo

Paul""", "Yard sign - changes"),
        labels=dict(),
    ),
    Mail(
        2372, "vins-french-brief", FR, SAM, "2029-08-20 10:00", "Salon des vins - stand",
        """Bonjour Sam,

Nous participons au Salon des vins de Lyon du 15 au 17 novembre. Nous avons besoin d'un kakémono et de 2 000 dépliants.

Le budget ne doit pas dépasser 4 500 € HT. Tous les supports doivent comporter la mention « L'abus d'alcool est dangereux pour la santé ».

Les fichiers doivent être chez l'imprimeur au plus tard le 25 octobre.

Bien cordialement,
Hélène Morel""",
        style="outlook",
        labels=dict(due=["2029-10-25"], budgets=[("4500", "EUR", "cap")],
                    req=["Tous les supports doivent comporter la mention"],
                    **EU),
    ),
    Mail(
        2373, "reisen-german-moved", DE, SAM, "2029-08-20 09:40", "AW: Herbstkatalog",
        """Hallo Sam,

der Drucktermin hat sich verschoben: statt am 10. September brauchen wir die Daten jetzt schon am 5. September.

Außerdem bitte das Titelbild austauschen, wir nehmen das Foto vom Gardasee.

Viele Grüße
Katrin Vogel""",
        style="outlook",
        quote=_quote("Hallo Katrin, anbei der Entwurf des Herbstkatalogs."),
        labels=dict(due=["2029-09-05"], replaced=["2029-09-10"],
                    cr=["der Drucktermin hat sich verschoben",
                        "bitte das Titelbild austauschen"],
                    **EU),
    ),
    Mail(
        2374, "aceites-spanish-budget", ES, SAM, "2029-08-20 12:30", "Re: Campaña Navidad",
        """Hola Sam,

Buenas noticias: la dirección ha aprobado subir el presupuesto de la campaña de 10.000 a 14.000 euros. Con eso podemos añadir los vídeos para Instagram.

Seguimos con la fecha del 1 de noviembre para el lanzamiento.

Saludos,
Javier""",
        style="gmail",
        quote=_quote("Hola Javier, adjunto el plan de la campaña de Navidad."),
        labels=dict(due=["2029-11-01"], budgets=[("14000", "EUR")],
                    non_budget=[("10000", "EUR", "other")],
                    cr=["ha aprobado subir el presupuesto",
                        "podemos añadir los vídeos para Instagram"],
                    **EU),
    ),
    Mail(
        2375, "marathon-beat-last-year", BEAT, SAM, "2029-08-20 14:25", "Spring race registration push",
        """Hi Sam,

Last spring we had 4,200 runners register. This year the board wants at least 5,000. Registration opens January 10, and we want the first wave of ads live that morning.

We have $22,000 for paid media, same as last year.

Lisa""",
        style="gmail",
        labels=dict(due=["2030-01-10"], budgets=[("22000", "USD")],
                    obj=["This year the board wants at least 5,000"]),
    ),
    Mail(
        2376, "motors-status-and-ask", STATUS, SAM, "2029-08-20 10:50", "Re: Fall sales event",
        """Sam - where are we on the radio script? Haven't seen it yet.

And for the newspaper ad, please change "0% for 60 months" to "0% for 72 months", the manufacturer updated the offer this morning.

Dan""",
        style="gmail",
        quote=_quote("Dan, the newspaper ad for the fall sales event is attached. The radio script follows tomorrow."),
        labels=dict(cr=["please change \"0% for 60 months\" to \"0% for 72 months\""]),
    ),
    Mail(
        2377, "farms-logistics-only", LOGISTICS, SAM, "2029-08-20 09:15", "Re: Harvest fest photo shoot",
        """Hi Sam, the photographer can park by the red barn, and the gate code is 4471. Jim will meet him at 8 on Saturday. Coffee will be ready!

Beth""",
        style="gmail",
        quote=_quote("Beth, the photographer is booked for Saturday the 25th at 8am."),
        labels=dict(),
    ),
    Mail(
        2378, "optical-ps-real-ask", PS, SAM, "2029-08-20 16:35", "Re: Back to school mailer",
        """Thanks Sam, all good from me.

Tom

P.S. Dr. Reid asked if we could mention the free frame adjustment for students. Can you squeeze that in?""",
        style="apple",
        quote=_quote("Tom, final proof of the back to school mailer attached."),
        labels=dict(cr=["asked if we could mention the free frame adjustment"]),
    ),
    Mail(
        2379, "tea-chinese-brief-cap", CN, SAM, "2029-08-22 19:40", "New tea series promotion",
        """Dear Sam,

Our company will launch new white tea series in October. We hope you can help us make the promotion plan for US market.

Main purpose is let more young people know our brand and buy on our Amazon store. Budget is around USD 30,000, cannot over USD 35,000.

Please send us proposal before 10th September.

Thank you!
Wei""",
        style="gmail",
        labels=dict(due=["2029-09-09"], budgets=[("30000", "USD"), ("35000", "USD", "cap")],
                    obj=["Main purpose is let more young people know our brand"]),
    ),
]
