"""The ninety-third labelled set (1980-1999), written on 2026-12-07 (twenty-ninth session)
after every rule of the session: the split ``blind34``, scored once for the session's first and
last code and never tuned on.

A mix of every field and voice, written as the mail comes rather than to a shape: briefs with a
goal, a sum and a rule, terse phone replies, a long reply of several asks, an HTML-only table,
German, French, Spanish and Italian, a forward of a forward, learners' English, quoted history,
days that are no deadline. Dates run in the weeks of 5 and 12 February 2029 (Mondays).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

FARM = Person("Joy Hartman", "joy@hartmanfarm.com", "America/Chicago")
REPORT = Person("Naomi Fields", "nfields@brightfuture.org", "America/New_York")
EXPO = Person("Gary Lund", "gary@lundtools.com", "America/Chicago")
MOEBEL = Person("Petra Klein", "p.klein@klein-wohnen.de", "Europe/Berlin")
LYON = Person("Julien Morel", "julien@maison-morel.fr", "Europe/Paris")
VIDEO_ES = Person("Pablo Navarro", "pablo@navarrobikes.es", "Europe/Madrid")
GALA_CLIENT = Person("Karen Lowe", "karen@lowefoundation.org", "America/New_York")
GALA_DIR = Person("Henry Lowe", "henry@lowefoundation.org", "America/New_York")
VENUE = Person("Events Team", "events@grandharborhotel.com", "America/New_York")
CN = Person("Lily Zhang", "lily@sunrise-trading.com", "America/Los_Angeles")
PRINT_OK = Person("Sara Quinn", "sara@quinnbakery.com", "America/New_York")
RETAIL2 = Person("Chris Adams", "chris@adamsoutfitters.com", "America/Denver")
WEB_ES = Person("Alejandro Ruiz", "alejandro@ruizlogistics.com", "America/Chicago")
PETSHOP = Person("Mia Torres", "mia@pawsandclaws.com", "America/Los_Angeles")
RESCUE = Person("Beth Morgan", "beth@secondchancerescue.org", "America/New_York")
HOTEL2 = Person("Mark Ellis", "mellis@lakesidelodge.com", "America/Chicago")
PASTA = Person("Marco Bianchi", "marco@pastificiobianchi.it", "Europe/Rome")
GALA2 = Person("Ellen Price", "eprice@cityhospitalfoundation.org", "America/New_York")
PRINTSHOP = Person("Rob Kim", "rob@kimsdeli.com", "America/Los_Angeles")
CU2 = Person("Dan Foster", "dfoster@riverbendcu.org", "America/New_York")

ITEMS = [
    Mail(
        1980, "farm-csa-brief", FARM, SAM, "2029-02-05 09:00", "Spring CSA campaign",
        """Hi Sam,

We're launching our spring CSA boxes and want to sign up 250 new members before the season starts. We have about $7,500 to spend across social and print.

Everything has to mention that boxes are pickup only, we don't deliver. Can we see a plan by Feb 16?

Thanks!
Joy""",
        style="gmail",
        labels=dict(due=["2029-02-16"], budgets=[("7500", "USD")],
                    obj=["sign up 250 new members"],
                    req=["Everything has to mention that boxes are pickup only"]),
    ),
    Mail(
        1981, "farm-terse-blue", FARM, SAM, "2029-02-05 14:12", "Re: color options",
        """the blue one. and make the phone # bigger""",
        style="apple",
        quote=Quote(SAM, "2029-02-05 11:00", """Joy, two color options attached, blue or green?

Sam"""),
        labels=dict(cr=["make the phone # bigger"]),
    ),
    Mail(
        1982, "report-proof-notes", REPORT, SAM, "2029-02-06 10:30", "RE: Annual report proofs",
        """Hi Sam,

Thanks for the proofs. A few things from our side:

The CEO letter needs the updated signature, I'll send it tomorrow. On page 6, the chart colors don't match our palette, please use the teal and grey from the guidelines. The donor list is missing the Hartley Foundation.

Also, the finance committee asked that all figures be rounded to the nearest thousand.

We need to approve the final version by February 22 to make the board meeting.

Best,
Naomi""",
        style="outlook",
        quote=Quote(SAM, "2029-02-05 17:00", """Naomi, the first proofs of the annual report are attached.

Sam"""),
        labels=dict(due=["2029-02-22"],
                    cr=["The CEO letter needs the updated signature",
                        "the chart colors don't match our palette",
                        "The donor list is missing the Hartley Foundation"],
                    req=["all figures be rounded to the nearest thousand"]),
    ),
    Mail(
        1983, "tools-html-deliverables", EXPO, SAM, "2029-02-06 13:00", "Trade show items",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is what we need for the spring trade show.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Qty</b></p></td><td><p class="MsoNormal"><b>Due</b></p></td><td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Trade show banner</p></td><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">3/1</p></td><td><p class="MsoNormal">$1,800</p></td></tr>
<tr><td><p class="MsoNormal">Product sheets</p></td><td><p class="MsoNormal">500</p></td><td><p class="MsoNormal">3/8</p></td><td><p class="MsoNormal">$950</p></td></tr>
<tr><td><p class="MsoNormal">Last year's booth graphics</p></td><td><p class="MsoNormal">-</p></td><td><p class="MsoNormal">done</p></td><td><p class="MsoNormal">-</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Gary Lund</p><p class="MsoNormal">Marketing | Lund Tools</p>
</div></body></html>
""",
        labels=dict(due=["2029-03-01", "2029-03-08"],
                    budgets=[("1800", "USD"), ("950", "USD")]),
    ),
    Mail(
        1984, "moebel-de-entwurf", MOEBEL, SAM, "2029-02-06 15:40", "Entwurf Frühjahrsprospekt",
        """Hallo Sam,

vielen Dank für den Entwurf. Können Sie bitte das Foto auf der Titelseite durch ein Bild unseres neuen Showrooms ersetzen? Außerdem fehlt noch unsere Telefonnummer auf der Rückseite.

Wir brauchen die finale Version bis zum 14. Februar.

Viele Grüße
Petra Klein""",
        style="outlook",
        labels=dict(due=["2029-02-14"],
                    cr=["das Foto auf der Titelseite durch ein Bild unseres neuen Showrooms ersetzen",
                        "fehlt noch unsere Telefonnummer"], **EU),
    ),
    Mail(
        1985, "lyon-fr-brief", LYON, SAM, "2029-02-07 09:20", "Ouverture boutique Lyon",
        """Bonjour Sam,

Nous préparons l'ouverture de notre nouvelle boutique à Lyon le 15 mars. Nous aurions besoin d'une campagne d'affichage et de publicités sur Instagram. Notre budget est de 12 000 €.

Tous les visuels doivent respecter notre charte graphique. Pourriez-vous nous envoyer une proposition avant le 23 février ?

Cordialement,
Julien Morel""",
        style="gmail",
        labels=dict(due=["2029-02-22"], budgets=[("12000", "EUR")],
                    req=["Tous les visuels doivent respecter notre charte graphique"], **EU),
    ),
    Mail(
        1986, "bikes-es-video", VIDEO_ES, SAM, "2029-02-07 11:00", "RE: vídeo primavera",
        """Hola Sam,

el vídeo está muy bien. Solo dos cosas: la música está demasiado alta al principio, y el logo final tiene que quedarse más tiempo en pantalla, unos tres segundos.

Gracias,
Pablo""",
        style="outlook",
        quote=Quote(SAM, "2029-02-06 18:00", """Pablo, here is the first cut of the spring video.

Sam"""),
        labels=dict(cr=["la música está demasiado alta al principio"], **EU),
    ),
    Forward(
        1987, "gala-fw-fw-venue", GALA_CLIENT, SAM, "2029-02-07 13:30",
        "Sam, FYI below, please plan for this.\n\nKaren",
        Forward(
            0, "gala-fw-henry", GALA_DIR, GALA_CLIENT, "2029-02-07 12:00",
            "Karen, see the venue's rules below.\n\nHenry",
            Mail(
                0, "gala-orig-venue", VENUE, GALA_DIR, "2029-02-07 10:15", "Gala logistics",
                """Hi Henry,

For the gala on March 10, all signage must be freestanding, nothing can be attached to the walls. Deliveries must arrive by 2pm on March 9.

Regards,
Events Team
Grand Harbor Hotel""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2029-03-09"], req=["all signage must be freestanding"]),
    ),
    Mail(
        1988, "trading-learner-english", CN, SAM, "2029-02-06 16:00", "design",
        """Dear Sam,

Thanks for your design. Our boss think the color is too dark, he hope it can more bright. And please add our WeChat QR code in the corner.

We need it before Friday because of the exhibition.

Best regards,
Lily""",
        style="gmail",
        labels=dict(due=["2029-02-08"],  # before Friday: the day before
                    cr=["Our boss think the color is too dark",
                        "please add our WeChat QR code in the corner"]),
    ),
    Mail(
        1989, "bakery-approved-print", PRINT_OK, SAM, "2029-02-08 08:45", "Re: menu board proof",
        """Approved! Go ahead and print 😊

Sara""",
        style="apple",
        quote=Quote(SAM, "2029-02-07 17:30", """Sara, final proof of the menu board attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1990, "outfitters-recap-dates", RETAIL2, SAM, "2029-02-15 16:00", "Recap",
        """Hi Sam,

Quick recap from today's call: we'll meet again on Feb 20 to review concepts. Our stores are closed on Presidents' Day, so no posts that day. The Valentine's promo ended yesterday and did well.

For the March newsletter, copy is due to us by Feb 27.

Thanks,
Chris""",
        style="gmail",
        labels=dict(due=["2029-02-27"], req=["no posts that day"]),
    ),
    Mail(
        1991, "logistics-budget-between", WEB_ES, SAM, "2029-02-08 11:20", "New website",
        """Hello Sam,

for the new website we are thinking in a budget between 15 and 20 thousand dollars. It must be in English and Spanish.

When can you send us a proposal?

Regards,
Alejandro""",
        style="outlook",
        labels=dict(budgets=[("20000", "USD", "range", "15000")],
                    req=["It must be in English and Spanish"]),
    ),
    Mail(
        1992, "pets-push-launch", PETSHOP, SAM, "2029-02-12 10:05", "Re: Instagram launch",
        """Can we push the Instagram launch to the 26th? Our product shipment is late""",
        style="apple",
        quote=Quote(SAM, "2029-02-09 15:00", """Mia, everything is set for the Instagram launch on the 19th.

Sam"""),
        labels=dict(due=["2029-02-26"], cr=["Can we push the Instagram launch to the 26th?"]),
    ),
    Mail(
        1993, "rescue-plain-brief", RESCUE, SAM, "2029-02-12 12:30", "Spring adoption drive",
        """Hello,

We are a small animal rescue and we would like help with our spring adoption drive. Our goal is to find homes for 60 dogs and cats by the end of April. We can spend up to $2,000.

Please don't use sad or guilt-tripping images, we want it to feel hopeful.

Thank you,
Beth Morgan""",
        style="plain",
        labels=dict(budgets=[("2000", "USD", "cap")],
                    obj=["find homes for 60 dogs and cats"],
                    req=["Please don't use sad or guilt-tripping images"]),
    ),
    Mail(
        1994, "lodge-invoice-and-hours", HOTEL2, SAM, "2029-02-12 14:50", "RE: Summer brochure",
        """Hi Sam,

Thanks for sending the invoice, I've passed it to accounts.

On the brochure: the map on page 2 is fine, but the opening hours are still the winter ones. Summer hours start April 1 (9-8 daily).

Kind regards,
Mark""",
        style="outlook",
        quote=Quote(SAM, "2029-02-12 09:00", """Mark, the summer brochure proof and this month's invoice are attached.

Sam"""),
        labels=dict(cr=["the opening hours are still the winter ones"]),
    ),
    Mail(
        1995, "pets-photos-late", PETSHOP, SAM, "2029-02-13 09:30", "Re: photos",
        """Photos will be a few days late, can you work with Feb 19? If not we can push launch a week.

Mia""",
        style="gmail",
        quote=Quote(SAM, "2029-02-12 16:00", """Mia, we'll need your photos by Feb 14 to keep the March 1 launch.

Sam"""),
        labels=dict(),  # the client's own part, and a move only offered
    ),
    Mail(
        1996, "pasta-italian", PASTA, SAM, "2029-02-13 11:10", "Campagna di Pasqua",
        """Ciao Sam,

per la campagna di Pasqua abbiamo un budget di 5.000 euro. I materiali devono essere pronti entro il 20 marzo.

Grazie,
Marco""",
        style="gmail",
        labels=dict(due=["2029-03-20"], budgets=[("5000", "EUR")], **EU),
    ),
    Mail(
        1997, "hospital-gala-goal", GALA2, SAM, "2029-02-13 15:30", "Spring gala",
        """Hi Sam,

We'd love this year's gala to beat last year's $80k raised, aiming for $100k. The hotel says no candles or open flames in the ballroom, so keep that in mind for the table design.

Save-the-dates should go out by March 2.

Thanks,
Ellen""",
        style="gmail",
        labels=dict(due=["2029-03-02"], obj=["aiming for $100k"],
                    req=["The hotel says no candles or open flames in the ballroom"]),
    ),
    Mail(
        1998, "deli-more-flyers", PRINTSHOP, SAM, "2029-02-14 07:50", "flyers",
        """need 200 more flyers, same as last batch. thx""",
        style="plain",
        labels=dict(cr=["need 200 more flyers"]),
    ),
    Mail(
        1999, "cu-legal-reviewed", CU2, SAM, "2029-02-14 13:00", "RE: Auto loan ad",
        """Sam,

Our legal team reviewed the ad. They need the APR disclosure in the same font size as the rate, and they'd like the word "guaranteed" removed from the headline. Otherwise good to go.

Dan""",
        style="outlook",
        quote=Quote(SAM, "2029-02-13 16:00", """Dan, the auto loan ad is ready for review.

Sam"""),
        labels=dict(cr=["they'd like the word \"guaranteed\" removed from the headline"]),
    ),
]
