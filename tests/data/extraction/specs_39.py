"""The thirty-fourth labelled set (360-379), written on 2026-12-06 (eighteenth session)
before any tuning on it, scored blind, then tuned on: the split ``tune27``.

A week of mail (22-26 March 2027) in voices and shapes the hidden measure names and the set
has in other words: a recap typed as labelled lines, a phone reply moving a day, a long
Outlook mail of numbered notes (one saying "no changes"), a German and a Spanish client in
their own language, a Brazilian client's English, an assistant passing on her boss's
notes, a go-ahead with a delivery day, an Outlook HTML list of deliverables, a status
question beside a rival's spend, a forward of the legal team's notes, an agreed fee and a
media range, a past event beside a new one, a terse list of menu fixes, a trade fair's
rules passed on, a French client's day-first dates, "Friday is fine" under the AE's
question, a charity's appeal brief, an unpaid invoice beside a Pantone correction, and a
campaign that "drops".
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
GB = dict(day_first=True, default_currency="GBP")

CARLA = Person("Carla Reyes", "carla@reyespharmacy.com", "America/Chicago")
BO = Person("Bo Jensen", "bo@tallgrassbrewing.com", "America/Denver")
KAREN = Person("Karen Wills", "kwills@summitmutual.com", "America/New_York")
GERDA = Person("Gerda Hoffmann", "g.hoffmann@moebel-hoffmann.de", "Europe/Berlin")
PILAR = Person("Pilar Romero", "pilar@aceitesromero.es", "Europe/Madrid")
RAFAEL = Person("Rafael Souza", "rafael.souza@souzacafes.com.br", "America/Sao_Paulo")
TINA = Person("Tina Marsh", "tmarsh@hollowayfoods.com", "America/New_York")
WES = Person("Wes Carter", "wes@carterboxco.com", "America/Chicago")
FIONA = Person("Fiona Hale", "fiona.hale@hallamcollege.ac.uk", "Europe/London")
DARREN = Person("Darren Pike", "darren@pikeautoglass.com", "America/New_York")
PAULA = Person("Paula Greer", "pgreer@sunnyvalemarkets.com", "America/Los_Angeles")
LEGAL = Person("Victor Lin", "vlin@sunnyvalemarkets.com", "America/Los_Angeles")
NOAH = Person("Noah Fischer", "noah@fischerclimbing.com", "America/Denver")
RUTH = Person("Ruth Adler", "ruth@adlergardencenter.com", "America/New_York")
TONY = Person("Tony Russo", "tony@russotrattoria.com", "America/New_York")
IAN = Person("Ian Doyle", "ian.doyle@doylemarine.co.uk", "Europe/London")
MANON = Person("Manon Leroy", "manon.leroy@fromagerie-leroy.fr", "Europe/Paris")
BETH = Person("Beth Coleman", "bcoleman@riversidefoodbank.org", "America/New_York")
GARY = Person("Gary Novak", "gnovak@novakhvac.com", "America/Chicago")
ZOE = Person("Zoe Park", "zoe@parkstreetyoga.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        360, "pharmacy-recap-labelled-lines", CARLA, SAM, "2027-03-22 09:10",
        "Shelf talkers recap",
        """Hi Sam,

Quick recap of what we agreed on the phone:

Item: in-store shelf talkers (12 SKUs)
Go-live: April 12
Budget: $4,800 incl. printing
Must: FDA disclaimer on every talker

Thanks,
Carla""",
        style="gmail",
        labels=dict(due=["2027-04-12"], budgets=[("4800", "USD")],
                    req=["FDA disclaimer on every talker"]),
    ),
    Mail(
        361, "brewery-phone-move", BO, SAM, "2027-03-22 10:47", "Re: keg collars",
        """can we do the 30th instead of the 26th? brewery tour got moved. same budget

Sent from my iPhone""",
        style="gmail",
        quote=Quote(SAM, "2027-03-19 15:00", """Bo, the keg collar artwork goes to print on
March 26 unless you tell me otherwise.

Sam"""),
        labels=dict(due=["2027-03-30"], replaced=["2027-03-26"],
                    cr=["can we do the 30th instead of the 26th"]),
    ),
    Mail(
        362, "insurance-numbered-notes", KAREN, SAM, "2027-03-22 11:30",
        "RE: Homeowners brochure v2",
        """Hi Sam,

Thanks for turning the brochure around so quickly. I went through it with Dennis this
morning and we have a few notes:

1. Page 2: could we change the headline to "Coverage that keeps up with you"?
2. Page 3: please replace the family photo with one of the older couple from the shoot.
3. Page 5: the rates table is correct, no changes there.
4. Compliance needs our license number on the back cover, in at least 8 pt type.

We'd like to have the revised PDF by Thursday so Dennis can take it to the regional
meeting on Monday the 29th.

Thanks,
Karen""",
        style="outlook",
        signature=("Karen Wills\nMarketing Manager | Summit Mutual Insurance\n"
                   "This email and any attachments are confidential."),
        quote=Quote(SAM, "2027-03-19 16:20", """Karen, v2 of the homeowners brochure is
attached.

Sam"""),
        labels=dict(due=["2027-03-25"],
                    cr=["could we change the headline", "replace the family photo"],
                    req=["license number on the back cover"]),
    ),
    Mail(
        363, "moebel-german-ad", GERDA, LUCA, "2027-03-22 13:05", "AW: Anzeige Frühjahr",
        """Sehr geehrter Herr Bianchi,

vielen Dank für den Entwurf. Bitte ändern Sie die Überschrift in „Frühling zu Hause".

Die Anzeige muss spätestens am 6. April bei der Zeitung sein. Unser Budget liegt bei
2.400 Euro. Das Logo muss immer oben rechts stehen.

Mit freundlichen Grüßen
Gerda Hoffmann""",
        style="outlook",
        quote=Quote(LUCA, "2027-03-19 10:00", """Dear Ms Hoffmann, the first draft of the
spring ad is attached.

Luca"""),
        labels=dict(due=["2027-04-06"], budgets=[("2400", "EUR")],
                    cr=["ändern Sie die Überschrift"],
                    req=["Das Logo muss immer oben rechts stehen"], **EU),
    ),
    Mail(
        364, "aceites-spanish-posters", PILAR, LUCA, "2027-03-22 15:40", "RE: Carteles feria",
        """Hola Luca,

Gracias por las propuestas. ¿Podéis cambiar el color del fondo a verde oliva? El azul no
nos convence.

Necesitamos los carteles impresos antes del 9 de abril. El presupuesto máximo es de 3.000
euros. Todas las piezas deben llevar el sello de la denominación de origen.

Un saludo,
Pilar""",
        style="gmail",
        quote=Quote(LUCA, "2027-03-19 11:00", """Pilar, two proposals for the fair posters
are attached.

Luca"""),
        labels=dict(due=["2027-04-08"], budgets=[("3000", "EUR", "cap")],
                    cr=["cambiar el color del fondo"],
                    req=["deben llevar el sello de la denominación de origen"], **EU),
    ),
    Mail(
        365, "cafes-brazilian-english", RAFAEL, SAM, "2027-03-23 08:20", "Re: Video first cut",
        """Good morning Sam!

We watched the first cut and we liked very much. Is possible to put the subtitles in
portuguese also? Many of our clients are from Brazil.

We need that the video stay ready until day 14 of April, because we show it in the fair.

Thank you so much,
Rafael""",
        style="gmail",
        quote=Quote(SAM, "2027-03-22 17:00", """Rafael, the first cut of the video is here:
https://vimeo.com/brightlane/souza-cut1

Sam"""),
        labels=dict(due=["2027-04-14"], cr=["put the subtitles in portuguese"]),
    ),
    Mail(
        366, "foods-assistant-relays", TINA, SAM, "2027-03-23 09:45",
        "RE: Annual report cover",
        """Hi Sam,

Jim asked me to pass on his comments on the annual report cover. He feels the blue is too
cold and would prefer the warmer navy from last year's report. He also wants the tagline
taken off the cover.

He is travelling until the 31st, so please send the next round to me.

Regards,
Tina""",
        style="outlook",
        signature="Tina Marsh\nExecutive Assistant to Jim Holloway, CEO\nHolloway Foods",
        quote=Quote(SAM, "2027-03-22 12:00", """Tina, Jim, the annual report cover options are
attached.

Sam"""),
        labels=dict(cr=["would prefer the warmer navy", "wants the tagline taken off"]),
    ),
    Mail(
        367, "boxco-go-ahead", WES, SAM, "2027-03-23 10:30", "Re: Gift box proof",
        """All good from our side, no changes. Please go ahead and send it to the printer.

We'll need the boxes delivered to the warehouse by April 9 at the latest.

Wes""",
        style="gmail",
        quote=Quote(SAM, "2027-03-22 16:00", """Wes, the final gift box proof is attached.

Sam"""),
        labels=dict(due=["2027-04-09"]),
    ),
    Mail(
        368, "college-outlook-html-list", FIONA, LUCA, "2027-03-23 11:15", "Open day materials",
        "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Hi Luca,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is what we need for the summer open day:</p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoListParagraph">Entrance banner 3x1m &ndash; by 2 April</li>
<li class="MsoListParagraph">A5 flyers (500) &ndash; by 6 April</li>
<li class="MsoListParagraph">Social tiles for Instagram &ndash; 8 April</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The total must not exceed &pound;3,500.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">Fiona Hale<br>Marketing Officer, Hallam College</p>
</div></body></html>""",
        labels=dict(due=["2027-04-02", "2027-04-06", "2027-04-08"],
                    budgets=[("3500", "GBP", "cap")], **GB),
    ),
    Mail(
        369, "autoglass-status-rival", DARREN, SAM, "2027-03-23 14:05", "radio spot",
        """Hi Sam, any news on the radio spot? The guys across town apparently spent close to
$40k on theirs, which is wild. We're sticking to the $9,500 we agreed.

Can we hear a first cut by COB Wednesday the 31st?

Darren""",
        style="gmail",
        labels=dict(due=["2027-03-31"], budgets=[("9500", "USD")],
                    non_budget=[("40000", "USD", "other")]),
    ),
    Forward(
        370, "markets-legal-forward", PAULA, SAM, "2027-03-23 16:30",
        "Sam - legal's notes on the sweepstakes flyer below, please work these in.",
        Mail(
            0, "markets-legal", LEGAL, PAULA, "2027-03-23 15:10", "Sweepstakes flyer",
            """Paula,

We reviewed the sweepstakes flyer. The official rules link must appear on every
version. The words "guaranteed winner" have to go. "No purchase necessary" needs to be set
in at least 10 pt.

The flyer goes out on April 1, so please make sure this is fixed before then.

Victor""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-04-01"],
                    cr=["guaranteed winner"],
                    req=["official rules link must appear on every version",
                         "needs to be set in at least 10 pt"]),
    ),
    Mail(
        371, "climbing-fee-and-range", NOAH, SAM, "2027-03-24 09:00", "Following our call",
        """Sam,

Following our call: we agreed your fee of $6,500 for the brand strategy work. For media
we're thinking somewhere between 20 and 25 thousand, depending on what you recommend.

Noah""",
        style="gmail",
        labels=dict(budgets=[("6500", "USD"), ("25000", "USD", "range", "20000")]),
    ),
    Mail(
        372, "garden-past-and-next", RUTH, SAM, "2027-03-24 10:20", "Signs",
        """Hi Sam,

The spring open house on March 13 went really well, thanks again for the signage!

For the summer one we've set the date: Saturday June 12. Can we reuse the same signs with
the new date on them? We'd need them by June 1. Budget is tight this time, max $800.

Ruth

Sent from my iPad""",
        style="apple",
        labels=dict(due=["2027-06-01"], budgets=[("800", "USD", "cap")]),
    ),
    Mail(
        373, "trattoria-terse-menu-fixes", TONY, SAM, "2027-03-24 12:40", "Re: menu",
        """few fixes on the menu:
- Ceasar -> Caesar
- flat white is 4.50 not 4.00
- drop the kids menu section
- gluten free icon next to the risotto
thx""",
        style="gmail",
        quote=Quote(SAM, "2027-03-23 18:00", """Tony, the new spring menu layout is attached.

Sam"""),
        labels=dict(cr=["Ceasar -> Caesar", "4.50 not 4.00", "drop the kids menu section",
                        "gluten free icon next to the risotto"]),
    ),
    Mail(
        374, "marine-fair-rules", IAN, LUCA, "2027-03-24 14:00", "Boat show stand",
        """Hi Luca,

The boat show organisers require all stand graphics to be printed on fire-rated
material, and they want the certificates with the order. Build-up is on 20 April, so the
panels need to arrive at the venue the day before.

Our budget for the stand graphics is £7,500.

Cheers,
Ian""",
        style="gmail",
        labels=dict(due=["2027-04-19"], budgets=[("7500", "GBP")],
                    req=["require all stand graphics to be printed on fire-rated"], **GB),
    ),
    Mail(
        375, "fromagerie-french-english", MANON, LUCA, "2027-03-24 16:10", "Re: Salon",
        """Hello Luca,

Thank you for the proofs. For the salon we need the flyers for the 02/04 at the latest,
and the roll-up for the 07/04. Could you also translate the tagline in English for the
roll-up?

Our budget is 2 500 € for everything.

Best regards,
Manon Leroy""",
        style="gmail",
        quote=Quote(LUCA, "2027-03-23 10:00", """Manon, the proofs for the salon flyer and
roll-up are attached.

Luca"""),
        labels=dict(due=["2027-04-02", "2027-04-07"], budgets=[("2500", "EUR")],
                    cr=["translate the tagline in English"], **EU),
    ),
    Mail(
        376, "hvac-friday-is-fine", GARY, SAM, "2027-03-23 15:30", "RE: Revisions",
        """Friday is fine. No later than that though, the mailing can't move.

Gary""",
        style="outlook",
        quote=Quote(SAM, "2027-03-23 13:00", """Gary, could we have until Friday, March 26 for
the postcard revisions?

Sam"""),
        labels=dict(due=["2027-03-26"]),
    ),
    Mail(
        377, "foodbank-appeal-brief", BETH, SAM, "2027-03-25 09:30", "Spring appeal",
        """Dear Sam,

Thank you for taking on our spring appeal. Some background and what we need:

Last year's spring appeal went out on April 20 and raised $180,000. This year our goal is
to bring in 1,200 gifts from first-time donors.

The letter must be no longer than one page, and it should not mention other charities.
We have $14,000 for print and postage.

Please have the first draft to us by April 2.

With thanks,
Beth Coleman
Development Director, Riverside Food Bank""",
        style="gmail",
        labels=dict(due=["2027-04-02"], budgets=[("14000", "USD")],
                    non_budget=[("180000", "USD", "other")],
                    obj=["1,200 gifts from first-time donors"],
                    req=["must be no longer than one page"]),
    ),
    Mail(
        378, "yoga-invoice-and-pantone", ZOE, SAM, "2027-03-25 11:50", "RE: Web banner",
        """Hi Sam,

On the web banner, please use Pantone 7621 C for the button, not the orange you used.

Also, invoice #4471 dated March 1 for $2,300 is still open on our side; accounts will pay
it Friday.

Zoe""",
        style="outlook",
        quote=Quote(SAM, "2027-03-24 17:30", """Zoe, the web banner proof is attached.

Sam"""),
        labels=dict(cr=["use Pantone 7621 C for the button"],
                    non_budget=[("2300", "USD", "invoice")]),
    ),
    Mail(
        379, "yoga-drops", ZOE, SAM, "2027-03-26 09:15", "Re: Spring video",
        """Would it be possible to shorten the video to 15 seconds for Instagram? The
campaign drops April 5.

Zoe""",
        style="gmail",
        quote=Quote(SAM, "2027-03-25 16:00", """Zoe, the 30-second spring video is attached.

Sam"""),
        labels=dict(due=["2027-04-05"], cr=["shorten the video to 15 seconds"]),
    ),
]
