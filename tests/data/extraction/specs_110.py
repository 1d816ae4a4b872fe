"""The hundred-and-fifth labelled set (2240-2259), written on 2026-12-07 (thirty-first session)
after every rule of the thirtieth session and before any rule of its own: the split
``tune81``, scored blind first, then tuned on.

Changes to the shape of agreed work rather than to its words: a deliverable added ("extend the
banner set to the 300x600"), dropped ("scrap the direct mail piece"), paused ("put the
billboard on hold"), swapped ("swap tues and thurs posts"), multiplied ("print run from 2.000
to 3.500"), retargeted, moved to another place or channel, a total cut with a preference on
what goes; in a phone's two words, a long mail after a partners' meeting, a German's, an
Indian, a Spanish and a French client's words, an HTML-only Outlook mail, a reply whose quote
lists the earlier changes. Beside them mail that changes nothing: a heads-up about the
client's own business, a status question, an approval that thanks for "the changes", a hope
for later, an errand for the client's own staff. Dates run in the week of 9 July 2029 (a
Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

ADD = Person("Chloe Marsh", "chloe@marshcycles.com", "America/Los_Angeles")
PARTNERS = Person("Dominic Reyes", "dom@saltandember.com", "America/New_York")
QTY = Person("Katrin Vogel", "k.vogel@vogel-moebel.de", "Europe/Berlin")
CUT = Person("Harriet Quinn", "hquinn@quinnhealth.org", "America/Chicago")
HOLD = Person("Ray Dunn", "ray@dunnroofing.com", "America/Denver")
NEWS = Person("Paula Greco", "paula@grecodeli.com", "America/New_York")
SWAP = Person("Jas Kaur", "jas@kaurfitness.com", "America/Los_Angeles")
UK = Person("Fiona Blake", "fiona.blake@blakeandco.co.uk", "Europe/London")
TARGET = Person("Leo Marsh", "leo@summitpay.io", "America/New_York")
SCRAP = Person("Wendy Cho", "wendy@chovet.com", "America/Chicago")
APPROVE = Person("Gary Holt", "gary@holtbrewing.com", "America/Denver")
STATUS = Person("Nadia Park", "nadia@parkoptical.com", "America/New_York")
PULL = Person("Curtis Webb", "cwebb@webbindustrial.com", "America/Chicago")
ES = Person("Lucía Romero", "lucia@romerohogar.es", "Europe/Madrid")
FR = Person("Hélène Morel", "h.morel@morel-optique.fr", "Europe/Paris")
DE = Person("Stefan Kraus", "s.kraus@kraus-baeckerei.de", "Europe/Berlin")
INSURER = Person("Tony Vega", "tony@vegaplumbing.com", "America/Los_Angeles")
ONEMORE = Person("Amy Fox", "amy@foxdental.com", "America/New_York")
IN = Person("Rahul Mehta", "rahul.mehta@mehtatextiles.in", "Asia/Kolkata")
OUTLOOK = Person("Brenda Saunders", "bsaunders@lakeviewcu.org", "America/Chicago")

EU = dict(day_first=True, default_currency="EUR")


def _quote(text: str, when: str = "2029-07-09 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2240, "cycles-phone-add-cut", ADD, SAM, "2029-07-09 12:20", "Re: Summer sale spot",
        """Love it. Can we get a 15 sec cut for Instagram too?

Sent from my iPhone""",
        style="plain",
        quote=_quote("Chloe, the 30-second summer sale spot is attached. It airs from July 20."),
        labels=dict(cr=["Can we get a 15 sec cut for Instagram too"]),
    ),
    Mail(
        2241, "restaurant-partners-meeting", PARTNERS, SAM, "2029-07-09 17:45", "Re: Opening campaign",
        """Hi Sam,

We had our partners meeting this afternoon and a few things came out of it:

1) We're dropping the radio spots entirely. Put that money ($4,000) into Facebook and Instagram instead.
2) The launch is pushed from August 3 to August 17, so all the ads need to move two weeks.
3) Can you add the Spanish menu insert we talked about in June?

Also FYI our chef Marco is leaving at the end of the month, but that doesn't change anything for the campaign. His replacement starts August 1.

Thanks,
Dom""",
        style="outlook",
        quote=_quote("Dom, the opening campaign schedule is attached: radio from July 27, social from July 30, launch August 3."),
        labels=dict(due=["2029-08-17"], replaced=["2029-08-03"], budgets=[("4000", "USD")],
                    cr=["dropping the radio spots entirely",
                        "The launch is pushed from August 3 to August 17",
                        "add the Spanish menu insert"]),
    ),
    Mail(
        2242, "moebel-quantity", QTY, SAM, "2029-07-09 10:05", "AW: Katalog Herbst",
        """Dear Sam,

after internal discussion we have decided to increase the print quantity from 2.000 to 3.500 pieces. Please can you ask the printer for a new offer?

Also the delivery must now go to our warehouse in Kassel, not to the office in Göttingen.

Best regards
Katrin Vogel""",
        style="outlook",
        quote=_quote("Dear Katrin, the autumn catalogue is approved for print: 2,000 copies, delivery to your office on 23.07."),
        labels=dict(cr=["increase the print quantity from 2.000 to 3.500",
                        "delivery must now go to our warehouse in Kassel"], **EU),
    ),
    Mail(
        2243, "health-total-cut", CUT, SAM, "2029-07-09 14:30", "Re: Flu season campaign estimate",
        """Sam,

Finance came back on the estimate and we have to bring the total down to $18,500 (it was $22,000). I'd rather lose the second video than cut the print run. Can you send a revised estimate by Thursday?

Harriet""",
        style="gmail",
        quote=_quote("Harriet, the estimate for the flu season campaign is attached: $22,000 for two videos, print and digital."),
        labels=dict(due=["2029-07-12"], budgets=[("18500", "USD")],
                    non_budget=[("22000", "USD", "other")],
                    cr=["bring the total down to $18,500",
                        "I'd rather lose the second video than cut the print run"]),
    ),
    Mail(
        2244, "roofing-on-hold", HOLD, SAM, "2029-07-09 08:10", "Re: I-25 billboard",
        """Sam - please put the billboard on hold until we hear back from the county about the permit. Everything else can go ahead as planned.

Ray Dunn
Dunn Roofing | 720-555-0143""",
        style="plain",
        quote=_quote("Ray, the I-25 billboard goes up July 16 and the mailers drop July 18."),
        labels=dict(cr=["put the billboard on hold"]),
    ),
    Mail(
        2245, "deli-heads-up-nothing", NEWS, SAM, "2029-07-09 11:00", "Heads up",
        """Hi Sam, just a heads up - we changed our store hours last month (now 9 to 7), the website already has it. Nothing needed from you on the flyer since it doesn't list hours.

Our staff picnic is July 28 so I'm out that day.

Paula""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2246, "fitness-swap-days", SWAP, SAM, "2029-07-09 07:30", "Re: This week's posts",
        """pls swap tues and thurs posts this wk, class schedule changed

Jas""",
        style="plain",
        quote=_quote("Jas, this week's posts: Tuesday the new spin class, Thursday the member spotlight."),
        labels=dict(cr=["swap tues and thurs posts this wk"]),
    ),
    Mail(
        2247, "uk-extend-banners", UK, SAM, "2029-07-09 15:10", "Re: Autumn banners",
        """Hi Sam,

Would it be possible to extend the banner set to include the 300x600 and 970x250 sizes as well? We're happy to cover the extra cost within reason - say up to £800.

The live date stays Monday 23rd July.

Many thanks,
Fiona""",
        style="apple",
        quote=_quote("Fiona, the autumn banners in 300x250 and 728x90 are attached for sign-off."),
        labels=dict(due=["2029-07-23"], budgets=[("800", "GBP", "cap")],
                    cr=["extend the banner set to include the 300x600 and 970x250 sizes"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        2248, "fintech-retarget", TARGET, SAM, "2029-07-09 16:00", "Re: LinkedIn campaign week 2",
        """Sam, thanks for the report. We want to shift the targeting to finance directors at companies with 200-1,000 employees; the small business segment isn't converting. Keep the creative as is.

Leo""",
        style="gmail",
        quote=_quote("Leo, week 2 report attached: CTR 0.41%, 12 demo requests, mostly from small businesses."),
        labels=dict(cr=["shift the targeting to finance directors"]),
    ),
    Mail(
        2249, "vet-scrap-piece", SCRAP, SAM, "2029-07-09 13:15", "Re: Fall wellness push",
        """Let's scrap the direct mail piece. The list vendor fell through and it's not worth chasing another one this late. Just do the email and the social posts.

Wendy""",
        style="outlook",
        quote=_quote("Wendy, the fall wellness push: a postcard to 3,000 households, two emails and six social posts."),
        labels=dict(cr=["scrap the direct mail piece"]),
    ),
    Mail(
        2250, "brewing-approve-thanks", APPROVE, SAM, "2029-07-09 09:50", "Re: Oktoberfest poster v3",
        """All approved, you can send it to print. Thanks for the quick turnaround on the changes!

Gary""",
        style="gmail",
        quote=_quote("Gary, v3 of the Oktoberfest poster with your changes: the new date, the food truck list and the bigger logo."),
        labels=dict(),
    ),
    Mail(
        2251, "optical-status-question", STATUS, SAM, "2029-07-09 10:40", "Re: Back to school mailer",
        """Hi Sam, did the printer confirm the new delivery date? Just want to let the store team know when to expect the boxes. Thank you!

Nadia""",
        style="apple",
        quote=_quote("Nadia, the printer is running a day late on the back to school mailer. I'll confirm the new delivery date as soon as I have it."),
        labels=dict(),
    ),
    Mail(
        2252, "industrial-pull-in", PULL, SAM, "2029-07-09 15:35", "Re: Plant tour video",
        """Sam,

Our CEO wants to show the video at the board meeting, which just got moved up to July 19. Can we have the final cut by the 18th instead of the 25th? I know it's tight. If it helps, we can skip the drone shots.

Curtis Webb
Marketing Manager, Webb Industrial""",
        style="outlook",
        quote=_quote("Curtis, the rough cut of the plant tour video is in the shared folder. Final cut on July 25 as planned."),
        labels=dict(due=["2029-07-18"], replaced=["2029-07-25"],
                    cr=["have the final cut by the 18th instead of the 25th",
                        "we can skip the drone shots"]),
    ),
    Mail(
        2253, "hogar-spanish", ES, SAM, "2029-07-09 12:00", "RE: Folleto de otoño",
        """Hola Sam:

Hemos decidido añadir una versión en inglés del folleto para los clientes extranjeros. ¿Podéis cambiar también el teléfono de la contraportada? El nuevo es 915 552 030.

Lo necesitamos impreso para el 20 de julio.

Un saludo,
Lucía""",
        style="outlook",
        quote=_quote("Hola Lucía, adjunto la última versión del folleto de otoño."),
        labels=dict(due=["2029-07-20"],
                    cr=["añadir una versión en inglés del folleto",
                        "cambiar también el teléfono de la contraportada"], **EU),
    ),
    Mail(
        2254, "optique-french-cut", FR, SAM, "2029-07-09 16:20", "RE: Plan média rentrée",
        """Bonjour Sam,

Finalement nous ne ferons pas l'affichage dans le métro : le budget passe de 30 000 € à 22 000 €. Merci de revoir le plan média en conséquence d'ici vendredi.

Cordialement,
Hélène Morel""",
        style="outlook",
        quote=_quote("Bonjour Hélène, voici le plan média de la rentrée : métro, radio et digital, 30 000 € au total."),
        labels=dict(due=["2029-07-13"], budgets=[("22000", "EUR")],
                    non_budget=[("30000", "EUR", "other")],
                    cr=["nous ne ferons pas l'affichage dans le métro",
                        "revoir le plan média en conséquence"], **EU),
    ),
    Mail(
        2255, "baeckerei-german-move", DE, SAM, "2029-07-09 09:20", "AW: Anzeigen Sommer",
        """Hallo Sam,

wir möchten die Anzeige im Stadtmagazin streichen und das Geld stattdessen in zwei Wochen mehr Online-Werbung stecken. Das Budget bleibt bei 6.000 Euro.

Viele Grüße
Stefan Kraus""",
        style="outlook",
        quote=_quote("Hallo Stefan, anbei der Mediaplan für den Sommer: Stadtmagazin, Radio und vier Wochen online."),
        labels=dict(budgets=[("6000", "EUR")],
                    cr=["die Anzeige im Stadtmagazin streichen"], **EU),
    ),
    Mail(
        2256, "plumbing-insurer-license", INSURER, SAM, "2029-07-09 11:45", "Re: Truck wraps and yard signs",
        """Hey Sam,

Our insurer just told us every ad has to carry our license number (CA Lic. 998877). Please add it to everything that hasn't gone out yet - the yard signs for sure.

Thx
Tony""",
        style="gmail",
        quote=_quote("Tony, the truck wraps are at the installer and the yard signs are ready for print."),
        labels=dict(req=["every ad has to carry our license number"],
                    cr=["Please add it to everything that hasn't gone out yet"]),
    ),
    Mail(
        2257, "dental-one-more", ONEMORE, SAM, "2029-07-09 13:55", "Re: New patient postcard",
        """Yes, that's all of them. Oh and one more - the phone number should be bigger, people can't find it.

Amy""",
        style="apple",
        quote=_quote("Amy, to confirm the changes you asked for: the new photo of the front desk, the updated logo, and removing the $49 whitening offer. Anything else?"),
        labels=dict(cr=["the phone number should be bigger"]),
    ),
    Mail(
        2258, "textiles-indian-english", IN, SAM, "2029-07-09 18:30", "Re: Diwali campaign creatives",
        """Dear Sam,

Greetings of the day. Kindly note we will require the creatives in Hindi also, along with English. Our distributor in Jaipur has asked for the same.

Kindly do the needful and share the Hindi set by 16th July.

Regards,
Rahul Mehta
Mehta Textiles Pvt. Ltd.""",
        style="outlook",
        quote=_quote("Dear Rahul, the English Diwali creatives are attached for approval."),
        labels=dict(due=["2029-07-16"], cr=["we will require the creatives in Hindi also"],
                    day_first=True, default_currency="INR"),
    ),
    Mail(
        2259, "cu-outlook-html", OUTLOOK, SAM, "2029-07-09 10:30", "RE: Auto loan campaign",
        """Sam,

A few updates from our marketing committee:

- Please change the rate on all pieces from 5.49% to 4.99% APR. Compliance has signed off on the new rate.
- The disclosure must appear in at least 8 pt type on the print pieces.
- We'd like to run the radio spot for two more weeks. The committee approved up to $3,500 more for that.

Our goal is still 150 new auto loans by the end of September.

Thank you,
Brenda Saunders
VP Marketing, Lakeview Credit Union""",
        style="html",
        quote=_quote("Brenda, the auto loan campaign pieces are attached: print ad, radio script, two emails. Radio runs through August 17."),
        labels=dict(budgets=[("3500", "USD", "cap")],
                    cr=["change the rate on all pieces from 5.49% to 4.99% APR",
                        "run the radio spot for two more weeks"],
                    req=["The disclosure must appear in at least 8 pt type"],
                    obj=["150 new auto loans by the end of September"]),
    ),
]
