"""The second labelled set (200-239), written before any rule was tuned on it.

Voices the first set lacks: terse phone replies, long mails with several asks,
HTML-only Outlook mail with tables, non-native English, clients writing in
French, German and Spanish, forwards of forwards, quoted history, go-aheads
that ask no change, deadlines stated as plain facts or relative to the mail.
Mails 220-239 are the blind split: no rule is tuned on them (see
``SPLITS`` in ``intake/parsers/evaluation.py``).
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

FR = dict(day_first=True, default_currency="EUR")

ROSA = Person("Rosa Delgado", "rosa@tallertierra.es", "Europe/Madrid")
GIULIA = Person("Giulia Conti", "g.conti@caffeconti.it", "Europe/Rome")
ELODIE = Person("Élodie Marchand", "elodie.marchand@vins-marchand.fr", "Europe/Paris")
KLAUS = Person("Klaus Hoffmann", "k.hoffmann@hoffmann-moebel.de", "Europe/Berlin")
BEN = Person("Ben Carter", "ben@ridgelinecoffee.com", "America/Denver")
TANYA = Person("Tanya Brooks", "tbrooks@orbitbikes.com", "America/Chicago")
DEREK = Person("Derek Hall", "dhall@orbitbikes.com", "America/Chicago")
LENA = Person("Lena Park", "lena.park@finchdental.com", "America/New_York")
OMAR = Person("Omar Haddad", "omar@cedargrill.com", "America/Detroit")
PAULA = Person("Paula Jensen", "pjensen@northfieldcu.org", "America/Chicago")
VIKRAM = Person("Vikram Rao", "vikram.rao@tessellate.io", "America/Los_Angeles")
AMY = Person("Amy Walsh", "amy.walsh@greenleafmarkets.com", "America/New_York")
MARTIN = Person("Martin Lefèvre", "m.lefevre@atelier-lefevre.fr", "Europe/Paris")
NOAH = Person("Noah Fischer", "noah.fischer@alpenblick-hotels.ch", "Europe/Zurich")
CARMEN = Person("Carmen Ruiz", "cruiz@solmarviajes.es", "Europe/Madrid")
HIRO = Person("Hiro Tanaka", "hiro@kumoteas.com", "America/Los_Angeles")
JULIE = Person("Julie Nguyen", "julie@brightsmiles.ca", "America/Toronto")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        200, "coffee-go-ahead-phone", BEN, SAM, "2026-12-03 07:40", "Re: Winter blend labels",
        f"""Looks good, go ahead with option B. Need the print files by Fri latest

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-02 17:00", """Hi Ben,

Attached are options A and B for the winter blend labels. The printer needs
files by December 11 for a December 18 delivery.

Sam"""),
        labels=dict(due=["2026-12-04"]),
    ),
    Mail(
        201, "bikes-spring-several-asks", TANYA, SAM, "2026-11-02 14:10",
        "Spring launch - billboards and social",
        """Hi Sam,

Thanks for the first round, the team liked the direction a lot. A few things
before we go to round 2:

The headline on the billboard feels long. Can we get it down to five words or
fewer? Also please swap the rider photo for the one with the red helmet, it
shows the new frame better. And the CTA should just say "Ride the new Orbit".

Boards go up November 23, so we need final art at the vendor a week before
that, on November 16.

On budget: we had $40,000 for the outdoor buy, but we can stretch to $45,000
if it gets us the second location on I-35.

For social, we need six cut-downs of the hero video (15s and 6s). Every post
must carry the #RideOrbit tag.

Thanks!
Tanya""",
        labels=dict(due=["2026-11-23", "2026-11-16"], budgets=[("45000", "USD")],
                    cr=["five words or fewer", "swap the rider photo",
                        "Ride the new Orbit"],
                    req=["#RideOrbit"]),
    ),
    Mail(
        202, "grocery-html-table", AMY, SAM, "2026-11-30 10:05", "Holiday deliverables",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is what we need for the holiday push. Dates are when the
files must be with our print team.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"
style="border-collapse:collapse;border:none">
<tr><td><p class="MsoNormal"><b>Deliverable</b></p></td>
<td><p class="MsoNormal"><b>Due</b></p></td>
<td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Circular, 8 pages</p></td>
<td><p class="MsoNormal">Dec 9</p></td>
<td><p class="MsoNormal">$6,500</p></td></tr>
<tr><td><p class="MsoNormal">In-store signage</p></td>
<td><p class="MsoNormal">Dec 14</p></td>
<td><p class="MsoNormal">$3,200</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">All signage must use the new Greenleaf green (PMS 7739).</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Amy Walsh</p>
<p class="MsoNormal">Marketing Manager | Greenleaf Markets</p>
</div></body></html>
""",
        labels=dict(due=["2026-12-09", "2026-12-14"],
                    budgets=[("6500", "USD"), ("3200", "USD")], req=["PMS 7739"]),
    ),
    Mail(
        203, "cafe-italian-english", GIULIA, LUCA, "2026-11-20 11:30", "flyer for the opening",
        """Dear Luca,

how are you? I write you for the flyer of the new shop in Milano. We would
need that the flyer is ready for the 04/12, because the opening is the 8.

For the flyer we have maximum 1.500 euro. Please put also the address of the
shop and the opening hours, it is very important for us.

Thank you very much and have a nice weekend
Giulia""",
        style="outlook",
        labels=dict(due=["2026-12-04"], budgets=[("1500", "EUR", "cap")],
                    req=["opening hours"], **FR),
    ),
    Mail(
        204, "wine-french", ELODIE, LUCA, "2026-11-23 09:15", "Catalogue de Noël",
        """Bonjour Luca,

Comme convenu au téléphone, le catalogue de Noël doit être prêt pour le
9 décembre. Notre budget est de 8 500 € HT pour la création et l'impression.

Merci d'ajouter une page sur notre nouveau crémant, et de remplacer la photo
de couverture par celle des vignes en hiver.

Toutes les étiquettes doivent mentionner « L'abus d'alcool est dangereux pour
la santé ».

Bien cordialement,
Élodie Marchand""",
        style="outlook",
        labels=dict(due=["2026-12-09"], budgets=[("8500", "EUR")],
                    cr=["ajouter une page"],  # one sentence (corrected 2026-12-06)
                    req=["L'abus d'alcool"], **FR),
    ),
    Mail(
        205, "furniture-german", KLAUS, LUCA, "2026-11-25 08:40", "Plakate Winterschlussverkauf",
        """Hallo Luca,

wir brauchen die Plakate für den Winterschlussverkauf bis spätestens 7.12.
Das Budget von 5.000 EUR bleibt wie besprochen.

Bitte ändern Sie die Überschrift in "Alles muss raus" und machen Sie das Logo
etwas größer.

Viele Grüße
Klaus Hoffmann""",
        style="outlook",
        labels=dict(due=["2026-12-07"], budgets=[("5000", "EUR")],
                    cr=["ändern Sie die Überschrift"], **FR),  # one sentence (corr. 2026-12-06)
    ),
    Mail(
        206, "travel-spanish", CARMEN, LUCA, "2026-12-01 16:20", "Campaña de enero",
        """Hola Luca,

Para la campaña de enero necesitamos los banners para el 15 de enero. El
presupuesto es de 6.000 euros.

Por favor, cambien el color del fondo a azul marino; el naranja no nos
convence.

Un saludo,
Carmen""",
        style="gmail",
        labels=dict(due=["2027-01-15"], budgets=[("6000", "EUR")],
                    cr=["cambien el color del fondo"], **FR),
    ),
    Forward(
        207, "bikes-posting-date-fwfw", SAM, INTAKE, "2026-11-11 09:00",
        "FYI, for the file.",
        Forward(
            0, "bikes-posting-date-fw", DEREK, SAM, "2026-11-10 17:30",
            "Sam - see below from Tanya. Derek",
            Mail(
                0, "bikes-posting-date-orig", TANYA, DEREK, "2026-11-10 16:55",
                "Dealer newsletter",
                """Derek,

Posting date for the dealer newsletter is 30 November. Sam's team should
have the copy to us three days before, so the 27th.

Tanya""",
                style="apple",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2026-11-30", "2026-11-27"]),
    ),
    Mail(
        208, "grill-move-ahead", OMAR, SAM, "2026-11-18 12:00", "Holiday print campaign",
        """Hi Sam,

We'd like to move ahead with the holiday print campaign as presented on
Monday. Please proceed with the media plan too. The budget stays at $40,000.

Great work, thanks to the whole team.

Omar""",
        labels=dict(budgets=[("40000", "USD")]),
    ),
    Mail(
        209, "dental-polite-changes", LENA, SAM, "2026-12-02 15:45", "Re: New patient mailer",
        """Hi Sam,

Thanks for these. Could we maybe try a warmer palette? The blues feel a bit
clinical for us. Dr. Finch also wants the logo bigger on the front.

Otherwise we're happy.

Lena""",
        quote=Quote(SAM, "2026-12-01 11:00", """Hi Lena,

Here is the first round of the new patient mailer. It drops January 12 and the
print budget is $4,200.

Sam"""),
        labels=dict(cr=["warmer palette", "logo bigger"]),
    ),
    Mail(
        210, "cu-updated-template", PAULA, SAM, "2026-12-01 10:00", "Rate sheet",
        """Hi Sam,

Please have the updated rate sheet template ready by the 15th so we can use it
for the January rates. We'll fill in the numbers ourselves.

Paula""",
        style="outlook",
        labels=dict(due=["2026-12-15"]),
    ),
    Mail(
        211, "saas-competitor-spend", VIKRAM, SAM, "2026-11-16 13:00", "Brand film",
        """Sam,

Our main competitor spent around $2M on their spot last year, and we obviously
can't match that. What we do have is $180k for the brand film, production and
a small paid push included.

The goal is to get the film to 1 million views in the first month.

Vikram""",
        labels=dict(budgets=[("180000", "USD")], non_budget=[("2000000", "USD", "other")],
                    obj=["1 million views"]),
    ),
    Mail(
        212, "tea-budget-range", HIRO, SAM, "2026-11-24 09:30", "Packaging refresh",
        """Hey Sam, quick one. For the packaging refresh budget is 15-20k depending on
how many SKUs we do. Can you send a rough plan by next Wednesday?

Hiro""",
        labels=dict(budgets=[("20000", "USD", "range", "15000")], due=["2026-12-02"]),
    ),
    Mail(
        213, "wine-pantone-cap", MARTIN, LUCA, "2026-11-19 10:00", "Re: Salon booth",
        """Luca,

For the booth at the salon, please use Pantone 286 C for the logo, not the
process blue you used on the proofs. The total must not exceed 22.000 EUR,
this is firm.

Martin""",
        style="outlook",
        quote=Quote(LUCA, "2026-11-18 15:00", """Dear Martin,

Please find the booth proofs attached. The print deadline is 4 December.

Luca"""),
        labels=dict(budgets=[("22000", "EUR", "cap")], cr=["Pantone 286 C"], **FR),
    ),
    Mail(
        214, "furniture-fair-requirements", KLAUS, LUCA, "2026-11-12 14:00", "Messe Köln banners",
        """Hello Luca,

for the Cologne fair we need four hanging banners and a counter front. The fair
organiser requires fire-retardant certificates for all hanging materials, and
our legal department needs the imprint on every printed piece.

Please send the files to the printer by 11.01.2027.

Kind regards
Klaus""",
        style="outlook",
        labels=dict(due=["2027-01-11"], req=["fire-retardant", "imprint on every printed piece"],
                    **FR),
    ),
    Mail(
        215, "grocery-spanish-versions", AMY, SAM, "2026-12-02 11:00", "Re: Holiday ads",
        """Sam, one more thing: please add Spanish versions of all six ads. Same
deadline.

Amy""",
        style="outlook",
        quote=Quote(SAM, "2026-12-01 16:00", """Amy,

The six holiday ads are in production, due December 9.

Sam"""),
        labels=dict(cr=["Spanish versions of all six ads"]),
    ),
    Mail(
        216, "cu-business-days", PAULA, SAM, "2026-12-01 09:20", "Branch poster",
        """Sam,

We need the branch opening poster within 10 business days. Budget is $1,800.

Paula""",
        style="outlook",
        labels=dict(due=["2026-12-15"], budgets=[("1800", "USD")]),
    ),
    Mail(
        217, "saas-week-from-friday", VIKRAM, SAM, "2026-12-02 10:00", "Q1 webinar series",
        """Sam,

Can we get the webinar landing page a week from Friday? The whole series has to
wrap by end of Q1.

Vikram""",
        labels=dict(due=["2026-12-11", "2027-03-31"]),
    ),
    Mail(
        218, "dental-before-the-14th", LENA, SAM, "2026-12-03 09:00", "Holiday card",
        """Sam,

The holiday card has to be approved before the 14th, our printer closes for the
holidays then. Final files no later than December 17.

Thank you!
Lena""",
        labels=dict(due=["2026-12-13", "2026-12-17"]),
    ),
    Mail(
        219, "coffee-goes-live", BEN, SAM, "2026-12-03 12:30", "Subscription relaunch",
        """Sam,

Subscription relaunch: the new site goes live January 11 and the spots are
in-market February 1. The limited tin drops March 5.

We have $25k for the whole thing.

Ben""",
        labels=dict(due=["2027-01-11", "2027-02-01", "2027-03-05"],
                    budgets=[("25000", "USD")]),
    ),
    # ---------------------------------------------------------- the blind split (220-239)
    Mail(
        220, "hotel-shoot-is-on", NOAH, LUCA, "2026-11-26 10:00", "Winter shoot",
        """Hi Luca,

The shoot is on December 9 at the Arosa property. We need the shot list from
you by December 4, please.

Budget for the shoot is CHF 14,000.

Noah""",
        style="outlook",
        labels=dict(due=["2026-12-09", "2026-12-04"], budgets=[("14000", "CHF")],
                    default_currency="CHF", day_first=True),
    ),
    Mail(
        221, "grill-meeting-invoice-negative", OMAR, SAM, "2026-12-01 09:00", "Follow up",
        """Sam,

Let's meet on December 8 at 2pm to review the year. The newsletter went out on
November 20 and did well.

I also got invoice 4471 dated November 30 for $2,350; I'll pay it this week.

Omar""",
        labels=dict(non_budget=[("2350", "USD", "invoice")]),
    ),
    Mail(
        222, "cu-html-table-outlook", PAULA, SAM, "2026-12-02 14:00", "Q1 plan",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Below is the Q1 plan the board approved.</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Deadline</b></p></td>
<td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Auto loan email series</p></td>
<td><p class="MsoNormal">Jan 15</p></td><td><p class="MsoNormal">$2,800</p></td></tr>
<tr><td><p class="MsoNormal">Mortgage radio spot</p></td>
<td><p class="MsoNormal">Feb 3</p></td><td><p class="MsoNormal">$9,500</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Every piece must show the NCUA logo and the Equal Housing Lender mark.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Paula Jensen</p>
<p class="MsoNormal">VP Marketing, Northfield Credit Union</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-15", "2027-02-03"],
                    budgets=[("2800", "USD"), ("9500", "USD")],
                    req=["NCUA logo"]),
    ),
    Mail(
        223, "tea-terse-swap", HIRO, SAM, "2026-12-03 18:10", "Re: Deck",
        f"""pls swap the pic on slide 3 for the new one i sent. thx

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-03 15:00", """Hiro, the investor deck is attached. We need your
comments by Friday.

Sam"""),
        labels=dict(cr=["swap the pic on slide 3"]),
    ),
    Mail(
        224, "travel-nonnative-date-change", CARMEN, LUCA, "2026-12-02 12:00", "Event date",
        """Hello Luca,

We need to change the date of the event, now is the 20 of January instead of
the 13 of January. Please adapt the invitations.

Thanks and regards
Carmen""",
        labels=dict(due=["2027-01-20"], replaced=["2027-01-13"],
                    cr=["change the date of the event"], **FR),
    ),
    Mail(
        225, "bikes-fine-quoted", TANYA, SAM, "2026-11-20 08:00", "Re: Round 2",
        """Fine by me.

Tanya""",
        style="outlook",
        quote=Quote(SAM, "2026-11-19 17:00", """Tanya,

Round 2 is attached. Final art goes to the vendor on November 16 as planned,
and we are at $44,500 of the $45,000.

Sam"""),
        labels=dict(),
    ),
    Mail(
        226, "dental-numbered-changes", LENA, SAM, "2026-12-03 16:00", "Re: Website banner",
        """Hi Sam,

Three changes on the website banner:

1. Make the headline shorter, "Smile brighter" is enough.
2. Replace the hero image with the photo of the front desk.
3. Move the phone number to the top right.

Could we see the new version by Tuesday?

Lena""",
        quote=Quote(SAM, "2026-12-02 10:00", """Lena, the website banner draft is attached.

Sam"""),
        labels=dict(due=["2026-12-08"],
                    cr=["headline shorter", "Replace the hero image",
                        "Move the phone number"]),
    ),
    Mail(
        227, "atelier-agreed-fee", MARTIN, LUCA, "2026-11-27 11:00", "Rebranding",
        """Dear Luca,

As agreed on the phone, your fee for the rebranding is 24.000 EUR, design of
the logo, the stationery and the shop sign included. We would like to present
it to our partners on 15 January.

Best regards
Martin Lefèvre""",
        style="outlook",
        labels=dict(budgets=[("24000", "EUR")], due=["2027-01-15"], **FR),
    ),
    Mail(
        228, "grill-third-party-requirements", OMAR, SAM, "2026-12-02 10:30",
        "Franchise menu boards",
        """Sam,

New menu boards for all 14 locations. Our franchisees require that every board
shows the calorie counts, and the printer needs all files with 3 mm bleed.

We'd like them installed by January 4.

Omar""",
        labels=dict(due=["2027-01-04"], req=["calorie counts", "3 mm bleed"]),
    ),
    Mail(
        229, "coffee-thanks-only", BEN, SAM, "2026-12-03 09:00", "Re: Labels",
        f"""Thanks so much, that's perfect!

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-02 18:00", """Ben, the revised labels are attached; the printer
needs them by December 11.

Sam"""),
        labels=dict(),
    ),
    Mail(
        230, "furniture-until-date", KLAUS, LUCA, "2026-11-30 09:00", "Catalogue 2027",
        """Hello Luca,

please deliver the final files of the catalogue 2027 until 11.12. The budget is
12.000 EUR netto, as in the offer.

Greetings
Klaus""",
        style="outlook",
        labels=dict(due=["2026-12-11"], budgets=[("12000", "EUR")], **FR),
    ),
    Mail(
        231, "wine-french-english-date", ELODIE, LUCA, "2026-11-25 14:00", "Labels",
        """Hello Luca,

Could you send us the final files for the 04/12? Our printer is waiting.

Also the vintage must be written 2025, not 2024.

Best,
Élodie""",
        style="outlook",
        labels=dict(due=["2026-12-04"], cr=["vintage must be written 2025"], **FR),
    ),
    Mail(
        232, "travel-spanish-cap", CARMEN, LUCA, "2026-12-03 10:00", "Folleto Semana Santa",
        """Hola Luca:

Necesitamos el folleto de Semana Santa para el viernes 11 de diciembre. El
presupuesto máximo es de 9.000 €.

El folleto debe incluir el número de licencia de la agencia.

Saludos,
Carmen Ruiz""",
        labels=dict(due=["2026-12-11"], budgets=[("9000", "EUR", "cap")],
                    req=["número de licencia"], **FR),
    ),
    Mail(
        233, "dental-approved-with-change", LENA, SAM, "2026-12-03 17:30", "Re: Open house invite",
        """Approved, with one change: please make the date on the invite bold.

Lena""",
        quote=Quote(SAM, "2026-12-03 12:00", """Lena, the open house invite is attached for
your approval. It goes to print on December 7.

Sam"""),
        labels=dict(cr=["make the date on the invite bold"]),
    ),
    Mail(
        234, "cu-not-yet-legal", PAULA, SAM, "2026-12-03 11:00", "Re: HELOC ad",
        """Sam, not approved yet, legal has to see it first. I'll come back to you
once they've signed off.

Paula""",
        style="outlook",
        quote=Quote(SAM, "2026-12-02 16:00", """Paula, the HELOC ad is ready for approval.

Sam"""),
        labels=dict(),
    ),
    Mail(
        235, "cafe-nonnative-objective", GIULIA, LUCA, "2026-12-01 10:00", "Loyalty card",
        """Dear Luca,

for the loyalty card our target is to have 500 new members until the summer.
The cards must be ready for the 18/12, we start the promotion before Christmas.

The budget is 2.000 euro.

Giulia""",
        style="outlook",
        labels=dict(obj=["500 new members"], due=["2026-12-18"], budgets=[("2000", "EUR")],
                    **FR),
    ),
    Forward(
        236, "grocery-gmail-over-outlook-fw", SAM, INTAKE, "2026-12-02 09:00",
        "Log this please.",
        Forward(
            0, "grocery-outlook-fw", AMY, SAM, "2026-12-01 18:00",
            "Sam, see below from our VP. Amy",
            Mail(
                0, "grocery-vp-orig", Person("Rich Moreno", "rmoreno@greenleafmarkets.com"),
                AMY, "2026-12-01 17:10", "Spring circular",
                """Amy,

The spring circular needs to be in homes by March 1. Let's cap the print spend
at $18,000.

Rich""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-03-01"], budgets=[("18000", "USD", "cap")]),
    ),
    Mail(
        237, "tea-tagline-second-line", HIRO, SAM, "2026-12-02 13:00", "Re: Tin design",
        """Sam, could the tagline sit on the second line instead? And I'd love a
slightly darker green.

Hiro""",
        quote=Quote(SAM, "2026-12-01 12:00", """Hiro, tin design v2 attached.

Sam"""),
        labels=dict(cr=["tagline sit on the second line", "darker green"]),
    ),
    Mail(
        238, "smiles-please-proceed", JULIE, SAM, "2026-12-02 09:30", "Re: Estimate",
        """Hi Sam,

The estimate is fine, please proceed. The clinic openings are in April, so
the brochures should be ready by March 19.

Julie""",
        quote=Quote(SAM, "2026-12-01 15:00", """Julie, the estimate for the brochures is
attached: $7,400.

Sam"""),
        labels=dict(due=["2027-03-19"]),
    ),
    Mail(
        239, "hotel-requirement-legal-frames", NOAH, LUCA, "2026-12-03 10:00", "Spa video",
        """Luca,

For the spa video: legal needs the disclaimer on every frame where prices are
shown. The final cut should be delivered in two weeks.

Noah""",
        style="outlook",
        labels=dict(req=["disclaimer on every frame"], due=["2026-12-17"],
                    default_currency="CHF", day_first=True),
    ),
]
