"""The twelfth labelled set (960-979), written on 2026-12-05 (thirteenth session) before any
rule of that session was written, and scored blind before it was tuned on.

Unlike the blind splits, this split (``tune12``) is meant to be tuned on: its blind score
and its tuned score both stand in docs/performance.md, and the older blind splits measure
whether the session's rules carry. Voices chosen for what the earlier sets have little of:
a phone writer's abbreviations ("w", "u", "$$"), a numbered list of several asks with a
meeting among them, an Outlook table of labels and values, Italian and Dutch writers'
English, Spanish, German and French mail, a forward of a forward, a newsletter-like mail with
no ask at all, a go-ahead that asks no change, a competitor's spend beside a range, a move of
both an opening and its signage, vague spans ("end of next week"), a retailer's rules, a
non-profit's aims, changes asked as questions, a signature full of dates, and a budget cut.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

TERESA = Person("Teresa Vance", "teresa@vancevineyards.com", "America/Los_Angeles")
GARY = Person("Gary Holt", "gary@holtheating.com", "America/Chicago")
FIONA = Person("Fiona Marsh", "fiona.marsh@marshandco.co.uk", "Europe/London")
GIULIA = Person("Giulia Ferraro", "g.ferraro@ferrarocasa.it", "Europe/Rome")
ALBA = Person("Alba Torres", "alba.torres@hotelmirador.es", "Europe/Madrid")
HORST = Person("Horst Brandt", "h.brandt@brandt-maschinen.de", "Europe/Berlin")
DEREK = Person("Derek Shaw", "derek@ironpeakgym.com", "America/Denver")
JEN = Person("Jen Alvarado", "jen@summitridgecoop.org", "America/Denver")
MARK = Person("Mark Ruiz", "mark@summitridgecoop.org", "America/Denver")
PAULINE = Person("Pauline Grey", "pgrey@citysymphony.org", "America/New_York")
OWEN = Person("Owen Pratt", "owen@prattroofing.com", "America/New_York")
LINDA = Person("Linda Cho", "linda@chofamilymarkets.com", "America/Los_Angeles")
RUBEN = Person("Ruben Ortega", "ruben@ortegainsurance.com", "America/Phoenix")
SANNE = Person("Sanne de Vries", "sanne@devriesfietsen.nl", "Europe/Amsterdam")
ABBY = Person("Abby Klein", "abby@kleinsnacks.com", "America/New_York")
HANNAH = Person("Hannah Moss", "hannah@riverbendfoodbank.org", "America/New_York")
COLE = Person("Cole Barrett", "cole@barrettoutdoor.com", "America/Denver")
KAREN_L = Person("Karen Liu", "karen.liu@lumencloud.io", "America/Los_Angeles")
VICKY = Person("Vicky Hart", "vicky@hartpetsupply.com", "America/Chicago")
AMELIE = Person("Amélie Roux", "amelie.roux@roux-cosmetiques.fr", "Europe/Paris")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        960, "winery-phone-abbrev", TERESA, SAM, "2026-12-15 18:40", "Re: label proofs",
        f"""Yes go ahead w the 3 bottle shot. Can u drop the gold foil too, $$. need finals mon

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-15 11:00", """Teresa,

Two label options attached: the single bottle and the 3 bottle shot. Gold foil adds
$0.12 a label. We need your pick by Thursday to hold the Dec 28 press date.

Sam"""),
        labels=dict(due=["2026-12-21"], cr=["drop the gold foil"]),
    ),
    Mail(
        961, "hvac-numbered-asks", GARY, SAM, "2026-12-15 09:30", "Spring tune-up campaign",
        """Hi Sam,

Following up on yesterday's call, a few things for the spring tune-up campaign:

1. Postcard: please change the offer from 15% off to the $49 tune-up special. Legal says
the fine print must include our license number (TACLA 12345C).
2. Radio: we're keeping the 30 second spot as is.
3. Budget: corporate approved $22,500 for the whole spring push, media included.
4. Timing: postcards drop March 1, so the printer needs files by Feb 19.

What we want out of this is 400 booked tune-ups by the end of April.

Also, can we get a quick call Thursday at 10 to look at the landing page?

Thanks,
Gary Holt
Holt Heating & Air""",
        style="outlook",
        labels=dict(due=["2027-03-01", "2027-02-19"], budgets=[("22500", "USD")],
                    cr=["change the offer from 15% off"],
                    req=["must include our license number"],
                    obj=["400 booked tune-ups"]),
    ),
    Mail(
        962, "stationer-html-key-value-table", FIONA, LUCA, "2026-12-14 10:15",
        "New job: spring catalogue",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Morning Luca,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Details of the new job below, as promised.</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Job</b></p></td>
<td><p class="MsoNormal">Spring catalogue, 32pp</p></td></tr>
<tr><td><p class="MsoNormal"><b>Print-ready files</b></p></td>
<td><p class="MsoNormal">22/01/2027</p></td></tr>
<tr><td><p class="MsoNormal"><b>Budget</b></p></td>
<td><p class="MsoNormal">&pound;12,000 ex VAT</p></td></tr>
<tr><td><p class="MsoNormal"><b>Paper</b></p></td>
<td><p class="MsoNormal">Must be FSC certified</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Shout if anything is unclear.</p>
<p class="MsoNormal">Fiona</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-22"], budgets=[("12000", "GBP")],
                    req=["FSC certified"], **UK),
    ),
    Mail(
        963, "furniture-italian-english", GIULIA, LUCA, "2026-12-16 08:50", "Re: brochure proofs",
        """Good morning Luca,

thank you for the proofs. About the cover: please make it more bright, it is too dark
compared to our showroom. We would need the final brochure within the 20 of January,
because the fair in Milano starts the 2 of February.

The budget foreseen is of 7.500 euro plus VAT, as agreed. It is mandatory that all the
texts are also in Italian.

Many thanks and best regards
Giulia Ferraro""",
        style="outlook",
        labels=dict(due=["2027-01-20"], budgets=[("7500", "EUR")],
                    cr=["make it more bright"], req=["texts are also in Italian"], **EU),
    ),
    Mail(
        964, "hotel-spanish", ALBA, LUCA, "2026-12-15 13:20", "Campaña Semana Santa",
        """Hola Luca:

Para la campaña de Semana Santa necesitamos los banners antes del 1 de marzo. El
presupuesto máximo es de 6.000 €.

Por favor, cambia la foto de la piscina por la de la terraza. Es imprescindible que
aparezca el logo de la cadena en todas las piezas.

Un saludo,
Alba Torres
Hotel Mirador""",
        style="gmail",
        labels=dict(due=["2027-02-28"], budgets=[("6000", "EUR", "cap")],
                    cr=["cambia la foto de la piscina"],
                    req=["imprescindible que aparezca el logo"], **EU),
    ),
    Mail(
        965, "machinery-german", HORST, LUCA, "2026-12-16 15:05", "AW: Messeflyer Korrekturen",
        """Hallo Herr Bianchi,

anbei unsere Korrekturen zum Messeflyer:

Bitte ersetzen Sie das Foto auf Seite 2 durch die neue Maschine (Bild im Anhang). Der
Text auf der Rückseite muss zusätzlich auf Englisch erscheinen.

Die Druckdaten benötigen wir bis spätestens 12.02.2027. Das Budget liegt weiterhin bei
4.800 Euro.

Mit freundlichen Grüßen
Horst Brandt""",
        style="outlook",
        labels=dict(due=["2027-02-12"], budgets=[("4800", "EUR")],
                    cr=["ersetzen Sie das Foto"], req=["auf Englisch erscheinen"], **EU),
    ),
    Mail(
        966, "gym-reply-quoted-dates", DEREK, SAM, "2026-12-16 07:15", "Re: January flyer",
        """Works for me. One thing, the intro price is $19.99 now, not $24.99, please update
that on the flyer. We need the printed flyers in hand by January 4 for the New Year rush.

Derek""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 16:30", """Hi Derek,

Attached is the revised flyer. Printing takes 5 business days, so we need your approval
by Dec 21. 2,000 flyers come to $850.

Sam"""),
        labels=dict(due=["2027-01-04"], cr=["intro price is $19.99 now"]),
    ),
    Forward(
        967, "coop-forward-of-forward", SAM, INTAKE, "2026-12-15 11:40",
        "For the record.\n\nSam",
        Forward(
            0, "coop-client-fwd", JEN, SAM, "2026-12-15 10:05",
            "Sam, see below from Mark. Can you make this happen?\n\nJen",
            Mail(
                0, "coop-boss-orig", MARK, JEN, "2026-12-14 17:20", "Trade show brochure",
                """Jen,

The brochure needs to be at the trade show in Denver on March 9. Replace the group photo
with the new one from the retreat, and keep the whole thing under $5,000.

Mark""",
                style="gmail",
            ),
            style="outlook",
        ),
        labels=dict(due=["2027-03-09"], budgets=[("5000", "USD", "cap")],
                    cr=["Replace the group photo"]),
    ),
    Mail(
        968, "symphony-fyi-no-ask", PAULINE, SAM, "2026-12-14 12:00", "FYI: spring gala",
        """Hi Sam,

Just keeping you in the loop: our spring gala is on March 12 at the Riverside Hotel. Tickets
are $250 each and last year we raised $80,000 for the youth orchestra. The board meets on
January 19 to pick the honoree.

No action needed on your side for now, I will send a brief after the holidays.

Warmly,
Pauline Grey
Director of Development""",
        style="outlook",
        labels=dict(),
    ),
    Mail(
        969, "roofing-go-ahead", OWEN, SAM, "2026-12-16 16:45", "Re: Option A vs B",
        """Hi Sam,

We went through both with the partners this morning and we'd like to move forward with
option B. Please proceed with production. Great work by the whole team.

Owen""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 10:00", """Owen,

Attached are options A and B for the yard signs. Once you pick one we can print within a
week.

Sam"""),
        labels=dict(),
    ),
    Mail(
        970, "markets-competitor-spend", LINDA, SAM, "2026-12-15 14:10", "That Freshway ad",
        """Sam,

Did you see the Freshway TV spot? They must have spent $150k on it. We can't play at that
level, our budget for spring is more like $30-40k all in.

Our goal is to get our name in front of young families before the spring home show
(April 16-18). Let's talk options Thursday.

Linda""",
        style="gmail",
        labels=dict(budgets=[("40000", "USD", "range", "30000")],
                    obj=["get our name in front of young families"]),
    ),
    Mail(
        971, "insurance-opening-moves", RUBEN, SAM, "2026-12-16 10:30", "Opening date change",
        """Hi Sam,

Can we meet Tuesday at 2 to walk through the mockups?

Also, the grand opening of the Mesa office moved from Feb 6 to Feb 13, so we need the
window signage installed by Feb 11 instead of Feb 4.

Thanks,
Ruben Ortega
Ortega Insurance Group""",
        style="outlook",
        labels=dict(due=["2027-02-13", "2027-02-11"], replaced=["2027-02-06", "2027-02-04"],
                    cr=["signage installed by Feb 11"]),
    ),
    Mail(
        972, "snacks-vague-spans", ABBY, SAM, "2026-12-08 15:00", "Direct mail idea",
        """Hi Sam,

We're thinking about a direct mail piece for the new pretzel line. It should hit mailboxes
by January 15. Could we see a first round of concepts by the end of next week?

Budget isn't final yet, probably around $8k.

Abby""",
        style="gmail",
        labels=dict(due=["2027-01-15", "2026-12-18"], budgets=[("8000", "USD")]),
    ),
    Mail(
        973, "bikes-dutch-english", SANNE, LUCA, "2026-12-15 09:00", "Re: leaflet new shop",
        """Hello Luca,

Thank you for the first proposal, we like it a lot. Please can you use the orange from our
new style guide and not the red. We need the leaflet ready before 04/02, because on 05/02
we have the opening of the new shop in Utrecht. Budget is max. 3.500 euro.

Greetings,
Sanne de Vries""",
        style="gmail",
        labels=dict(due=["2027-02-03"], budgets=[("3500", "EUR", "cap")],
                    cr=["use the orange from our new style guide"], **EU),
    ),
    Mail(
        974, "outdoor-retailer-rules", COLE, SAM, "2026-12-14 13:00", "Shelf talkers for REI",
        """Hi Sam,

REI's vendor guide says all shelf talkers have to be 3x5 inches with a 0.125 inch bleed, and
their merchandising team needs the UPC on the front. Files are due to their portal
December 30.

Cole""",
        style="gmail",
        labels=dict(due=["2026-12-30"], req=["3x5 inches", "UPC on the front"]),
    ),
    Mail(
        975, "foodbank-aims", HANNAH, SAM, "2026-12-14 09:45", "Year-end appeal",
        """Dear Sam,

Our goal this year is to double our monthly donors, from 300 to 600. The year-end appeal
email has to go out December 29, that is not negotiable. We also want to win back lapsed
donors who have not given since 2024.

The budget for the appeal is $3,000.

With thanks,
Hannah Moss
Riverbend Food Bank""",
        style="outlook",
        labels=dict(due=["2026-12-29"], budgets=[("3000", "USD")],
                    obj=["double our monthly donors", "win back lapsed donors"]),
    ),
    Mail(
        976, "cloud-questions-as-changes", KAREN_L, SAM, "2026-12-16 11:20", "Re: homepage banner",
        """Hey Sam,

Would it be possible to swap the headline and the subhead on the homepage banner? And is
there any chance we could tone down the green a bit? Not urgent, whenever you get a chance.

Karen""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 17:00", """Karen, the homepage banner is live on staging.

Sam"""),
        labels=dict(cr=["swap the headline and the subhead", "tone down the green"]),
    ),
    Mail(
        977, "petsupply-signature-dates", VICKY, SAM, "2026-12-14 08:30", "Logo files",
        """Sam, please send us the final logo files by Friday. Our printer is waiting. Thx

--
Vicky Hart | Marketing Manager | Hart Pet Supply
Office closed Dec 24 - Jan 1. Orders placed after Dec 18 ship January 4.
This email and any attachments are confidential and intended solely for the addressee.""",
        style="gmail",
        labels=dict(due=["2026-12-18"]),
    ),
    Mail(
        978, "outdoor-budget-cut", COLE, SAM, "2026-12-16 17:30", "Q1 budget",
        """Sam,

Bad news: finance cut our Q1 budget from $60k to $45k, so we need to drop the podcast
sponsorship. Everything else stays as planned, and the launch date is still February 1.

Cole""",
        style="gmail",
        labels=dict(due=["2027-02-01"], budgets=[("45000", "USD")],
                    cr=["drop the podcast sponsorship"]),
    ),
    Mail(
        979, "cosmetics-french-brief", AMELIE, LUCA, "2026-12-15 10:00",
        "Brief campagne printemps",
        """Bonjour Luca,

Suite à notre échange, voici le brief pour la campagne de printemps. Les visuels doivent
être livrés avant le 15 février. Le budget total est de 25 000 € HT.

Notre objectif est d'augmenter les ventes en ligne de 20 %. Tous les visuels doivent
respecter la charte graphique 2027.

Bien à vous,
Amélie Roux""",
        style="outlook",
        labels=dict(due=["2027-02-14"], budgets=[("25000", "EUR")],
                    obj=["augmenter les ventes en ligne"],
                    req=["respecter la charte graphique"], **EU),
    ),
]
