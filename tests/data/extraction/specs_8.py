"""The third labelled set (300-339), written on 2026-12-04 before any rule was tuned on it.

New writers in the voices the product meets: terse phone replies, long mails with
several asks, HTML-only Outlook mail with tables, non-native English with day-first
dates, clients writing French, German and Spanish, forwards of forwards, quoted
history, and hard negatives (meetings, past events, invoices, unit prices,
approvals). Mails 320-339 are the blind split: no rule is tuned on them (see
``SPLITS`` in ``intake/parsers/evaluation.py``).
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

JAKE = Person("Jake Moreno", "jake@highcountrybrew.com", "America/Denver")
RENEE = Person("Renee Walker", "rwalker@peakfitclubs.com", "America/Chicago")
GRACE = Person("Grace Oduya", "g.oduya@harbormuseum.org", "America/New_York")
AMELIE = Person("Amélie Girard", "amelie@boulangerie-girard.fr", "Europe/Paris")
STEFAN = Person("Stefan Brandt", "s.brandt@seehotel-brandt.de", "Europe/Berlin")
LUCIA = Person("Lucía Herrera", "lucia.herrera@bodegasherrera.es", "Europe/Madrid")
NADIA = Person("Nadia Volkova", "nadia.volkova@lumenhome.com", "America/New_York")
PETE = Person("Pete Sandoval", "pete.sandoval@lumenhome.com", "America/New_York")
FRANCESCA = Person("Francesca Romano", "f.romano@clinicaromano.it", "Europe/Rome")
OWEN = Person("Owen Clarke", "owen@relaydocs.io", "America/Los_Angeles")
TERESA = Person("Teresa Lin", "teresa.lin@northgatemarket.com", "America/Chicago")
DWIGHT = Person("Dwight Coleman", "dcoleman@stmarkshealth.org", "America/New_York")
ALANA = Person("Alana Price", "alana@coastlinehomes.com", "America/Los_Angeles")
MARCO = Person("Marco Silva", "marco.silva@firstharborbank.com", "America/New_York")
BRIAN = Person("Brian Cho", "brian@saltandpinecafe.com", "America/Los_Angeles")
HELGA = Person("Helga de Vries", "h.devries@woonhuis.nl", "Europe/Amsterdam")
RUTH = Person("Ruth Okafor", "rokafor@brightfuturefund.org", "America/New_York")
DIEGO = Person("Diego Navarro", "diego@navarro-viajes.es", "Europe/Madrid")
KAI = Person("Kai Andersen", "kai@groundworkcoffee.com", "America/Denver")
LORETTA = Person("Loretta Hayes", "lhayes@hayesauto.com", "America/Chicago")
SIMONE = Person("Simone Bauer", "simone.bauer@stadttheater-ulm.de", "Europe/Berlin")
CELINE = Person("Céline Moreau", "celine@patisserie-moreau.fr", "Europe/Paris")
JOERG = Person("Jörg Keller", "joerg.keller@kellerbraeu.de", "Europe/Berlin")
ISABEL = Person("Isabel Ortega", "isabel@ortega-films.es", "Europe/Madrid")
WES = Person("Wes Turner", "wturner@summitoutdoor.com", "America/Denver")
PAULINE = Person("Pauline Leroy", "p.leroy@expo-leroy.fr", "Europe/Paris")
TOBIAS = Person("Tobias Lange", "t.lange@langesport.de", "Europe/Berlin")
MEERA = Person("Meera Shah", "meera@tidalwellness.com", "America/Los_Angeles")
COLE = Person("Cole Harper", "cole@harperyards.com", "America/Chicago")
JUNE = Person("June Park", "june.park@bloomdental.com", "America/New_York")
ROSIE = Person("Rosie Grant", "rosie@lanternkitchen.com", "America/New_York")
FELIX = Person("Felix Wagner", "f.wagner@wagner-moebel.de", "Europe/Berlin")

IPHONE = "Sent from my iPhone"

ITEMS = [
    # ---------------------------------------------------------------- tune split 300-319
    Mail(
        300, "brewery-shelves-terse", JAKE, SAM, "2026-12-01 08:12", "winter lager cans",
        f"""Cans hit shelves Jan 8. Need final art 10 days before that. $12k all in.

{IPHONE}""",
        style="apple",
        labels=dict(due=["2027-01-08", "2026-12-29"], budgets=[("12000", "USD")]),
    ),
    Mail(
        301, "gym-january-several-asks", RENEE, SAM, "2026-11-30 16:40",
        "January membership push",
        """Hi Sam,

Following up on last week's kickoff, here's everything in one place so nothing
gets lost.

The campaign goes live on January 4th, which means paid social has to be
trafficked by December 30. Total budget is $43,000 ($35k media, $8k
production).

A few things on the concepts you showed us:
- Can you swap the stock photo of the treadmill for one of our own members?
  We have a library of shots from the Naperville club.
- The button on the landing page should say "Claim your free week".

Every ad needs the "results not typical" disclaimer, our lawyers are strict on
that. We're aiming for 600 new memberships in January.

Let's go through the next round on our call Thursday at 2pm.

Thanks!
Renee Walker
Marketing Director, PeakFit Clubs
(312) 555-0148""",
        style="outlook",
        labels=dict(due=["2027-01-04", "2026-12-30"], budgets=[("43000", "USD")],
                    cr=["swap the stock photo", "Claim your free week"],
                    req=["results not typical"], obj=["600 new memberships"]),
    ),
    Mail(
        302, "museum-html-table", GRACE, SAM, "2026-11-30 11:20", "Winter exhibition print",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good morning Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Below is the print schedule for the winter exhibition. The dates
are when we need the files in hand.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Files due</b></p></td>
<td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Lobby banners (6)</p></td><td><p class="MsoNormal">1/12/2027</p></td>
<td><p class="MsoNormal">$4,200</p></td></tr>
<tr><td><p class="MsoNormal">Gallery guide</p></td><td><p class="MsoNormal">1/19/2027</p></td>
<td><p class="MsoNormal">$2,750</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best,</p><p class="MsoNormal">Grace Oduya</p>
<p class="MsoNormal">Director of Communications | Harbor Museum of Art</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-12", "2027-01-19"],
                    budgets=[("4200", "USD"), ("2750", "USD")]),
    ),
    Mail(
        303, "bakery-french", AMELIE, LUCA, "2026-12-02 07:50", "Affiches galette des rois",
        """Bonjour Luca,

Pour la galette des rois, les affiches doivent être livrées au plus tard le
2 janvier. Budget : 1 200 € TTC.

Pourriez-vous agrandir le logo et mettre le prix en rouge ?

Merci beaucoup,
Amélie""",
        labels=dict(due=["2027-01-02"], budgets=[("1200", "EUR")],
                    cr=["agrandir le logo"], **EU),  # one sentence (corrected 2026-12-06)
    ),
    Mail(
        304, "hotel-german", STEFAN, LUCA, "2026-11-27 10:05", "Winterbroschüre",
        """Guten Tag Herr Bianchi,

die Winterbroschüre muss bis zum 15. Januar 2027 beim Drucker sein. Unser
Budget beträgt 9.800 Euro.

Bitte tauschen Sie das Titelbild gegen das Foto vom zugefrorenen See aus.
Alle Preise müssen inklusive MwSt. angegeben werden.

Mit freundlichen Grüßen
Stefan Brandt
Seehotel Brandt · Uferweg 4 · 82319 Starnberg""",
        style="outlook",
        labels=dict(due=["2027-01-15"], budgets=[("9800", "EUR")],
                    cr=["tauschen Sie das Titelbild"], req=["inklusive MwSt"], **EU),
    ),
    Mail(
        305, "winery-spanish", LUCIA, LUCA, "2026-12-01 12:30", "Etiquetas nuevas",
        """Hola Luca:

Necesitamos las etiquetas nuevas antes del 20 de diciembre. El presupuesto
máximo es de 3.500 euros.

¿Podrían cambiar la tipografía del nombre del vino? Todas las etiquetas deben
incluir el aviso sanitario.

Saludos cordiales,
Lucía Herrera""",
        labels=dict(due=["2026-12-19"], budgets=[("3500", "EUR", "cap")],
                    cr=["cambiar la tipografía"], req=["aviso sanitario"], **EU),
    ),
    Forward(
        306, "home-fwfw-outlook-in-gmail", SAM, INTAKE, "2026-12-02 09:30",
        "For the file - Lumen holiday.",
        Forward(
            0, "home-fw-from-pete", PETE, SAM, "2026-12-01 18:10",
            "Sam, forwarding Nadia's note below so you have the dates. Pete",
            Mail(
                0, "home-orig-nadia", NADIA, PETE, "2026-12-01 17:45", "Holiday mailer",
                """Pete,

Launch materials must be final by 18 December. The mailer drops January 8,
so there is no room to slip.

Nadia""",
                style="outlook",
            ),
            style="gmail",
        ),
        style="gmail",
        labels=dict(due=["2026-12-18", "2027-01-08"]),
    ),
    Mail(
        307, "clinic-italian-english", FRANCESCA, LUCA, "2026-12-03 09:00", "leaflets new clinic",
        """Dear Luca,

we need the leaflets for the 10/01, because the new clinic open the 15.
Budget is about 2.000 euro maximum.

Best regards
Francesca Romano""",
        labels=dict(due=["2027-01-10"], budgets=[("2000", "EUR", "cap")], **EU),
    ),
    Mail(
        308, "saas-approved", OWEN, SAM, "2026-12-02 13:05", "Re: Launch page v3",
        """Looks great - approved. Please proceed with the rollout plan and send the
final files to our web team.

Owen""",
        quote=Quote(SAM, "2026-12-02 10:00", """Owen,

v3 of the launch page attached, with the pricing table moved up as you asked.

Sam"""),
        labels=dict(),
    ),
    Mail(
        309, "grocer-revised-list", TERESA, SAM, "2026-12-01 09:40", "Price list",
        """Hi Sam,

Please have the revised price list ready by Friday so we can load it into the
registers on Monday.

Thanks,
Teresa""",
        style="outlook",
        labels=dict(due=["2026-12-04"]),
    ),
    Mail(
        310, "brewery-competitor-range", JAKE, SAM, "2026-11-24 15:10", "Holiday push",
        """Sam - last year the big guys spent north of $500k on their holiday push.
We're working with 60-80k for ours, depending on how much video we do.

Jake""",
        labels=dict(budgets=[("80000", "USD", "range", "60000")],
                    non_budget=[("500000", "USD", "other")]),
    ),
    Mail(
        311, "hospital-third-party", DWIGHT, SAM, "2026-11-30 14:25", "Service line ads",
        """Sam,

Ads start running February 1. Two rules from outside our department: the
compliance office requires that every patient photo has a signed release on
file, and the state board needs the license number in the footer of each ad.

Dwight Coleman
St. Mark's Health""",
        style="outlook",
        labels=dict(due=["2027-02-01"],
                    req=["signed release", "license number in the footer"]),
    ),
    Mail(
        312, "realestate-navy-not-black", ALANA, SAM, "2026-12-02 16:15", "Re: Open house flyers",
        """Sam, use our navy (Pantone 2767 C) for the headline, not the black from the
draft. The budget can't go over $15,000.

Alana""",
        quote=Quote(SAM, "2026-12-02 12:00", """Alana,

Draft flyers for the spring open houses attached.

Sam"""),
        labels=dict(cr=["Pantone 2767 C"], budgets=[("15000", "USD", "cap")]),
    ),
    Mail(
        313, "bank-signed-off-before", MARCO, SAM, "2026-12-01 11:00", "Rate brochure",
        """Hi Sam,

The brochure prints on January 20 and needs to be signed off by compliance a
week before that.

Marco""",
        style="outlook",
        labels=dict(due=["2027-01-20", "2027-01-13"]),
    ),
    Mail(
        314, "cafe-push-shoot-phone", BRIAN, SAM, "2026-12-03 07:02", "Re: menu shoot",
        f"""can we push the shoot to the 14th? talent cancelled

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-02 16:30", """Brian,

Confirming the menu shoot on December 9 at the Pine St. location.

Sam"""),
        labels=dict(due=["2026-12-14"], cr=["push the shoot"]),
    ),
    Mail(
        315, "home-deadline-now", NADIA, SAM, "2026-12-02 10:20", "Re: Gift guide",
        """Fine by me. The only thing: the deadline is now Dec 11, not Dec 9.

Nadia""",
        quote=Quote(SAM, "2026-11-30 17:00", """Nadia,

The gift guide layout is attached. Files go to the printer December 9 and the
print run is within the $7,500 we agreed.

Sam"""),
        labels=dict(due=["2026-12-11"], replaced=["2026-12-09"], cr=["deadline is now Dec 11"]),
    ),
    Mail(
        316, "nonprofit-past-and-events", RUTH, SAM, "2026-12-01 15:00", "Thanks",
        """Hi Sam,

Thanks for yesterday's meeting. As discussed on the call on November 30, the
invoice dated October 15 has been paid. See you at the donor breakfast on
March 3!

Ruth""",
        labels=dict(),
    ),
    Mail(
        317, "furniture-dutch-english", HELGA, LUCA, "2026-11-26 13:40", "Spring catalogue",
        """Hi Luca,

The budget for the spring catalogue is between 10.000 and 12.000 euro.
Deadline for the final files is 08-01-2027.

Groeten,
Helga de Vries""",
        labels=dict(budgets=[("12000", "EUR", "range", "10000")], due=["2027-01-08"], **EU),
    ),
    Mail(
        318, "nonprofit-year-end-appeal", RUTH, SAM, "2026-11-23 10:10", "Year-end appeal",
        """Sam,

Our year-end appeal letter mails December 10. The goal is to raise $50,000 in
year-end donations, which would fund the spring tutoring program.

Our budget for design and printing is $6,500. All materials must include our
EIN and the tax-deductible statement.

Ruth Okafor
Development Director, Bright Future Fund""",
        style="outlook",
        labels=dict(due=["2026-12-10"], budgets=[("6500", "USD")],
                    non_budget=[("50000", "USD", "other")], obj=["raise $50,000"],
                    req=["tax-deductible statement"]),
    ),
    Mail(
        319, "travel-agreed-fee", DIEGO, LUCA, "2026-11-25 17:30", "Spring campaign",
        """Hi Luca,

as agreed on the phone, the fee for the whole spring campaign is 14.500 €.
Please send me the contract.

Diego""",
        labels=dict(budgets=[("14500", "EUR")], **EU),
    ),
    # ---------------------------------------------------------------- blind split 320-339
    Mail(
        320, "coffee-live-terse", KAI, SAM, "2026-12-02 06:55", "site",
        f"""site goes live 12/15. budget still 9k. thx

{IPHONE}""",
        style="apple",
        labels=dict(due=["2026-12-15"], budgets=[("9000", "USD")]),
    ),
    Mail(
        321, "auto-year-end-long", LORETTA, SAM, "2026-12-01 13:15", "Year-end sales event",
        """Sam,

Our year-end sales event runs December 26 through January 2 and we need the
radio spots delivered to the stations by December 18. Total media budget is
$72,000.

On the scripts:
1. Can you cut the 60-second spot down to 30?
2. Please replace the voiceover with the female talent we used last year.

All ads must include the APR disclosure, no exceptions. We want to move 150
cars that week.

Can we meet Monday at 10 to go over the scripts?

Loretta Hayes
Hayes Auto Group""",
        style="outlook",
        labels=dict(due=["2026-12-18"], budgets=[("72000", "USD")],
                    cr=["cut the 60-second spot", "replace the voiceover"],
                    req=["APR disclosure"], obj=["150 cars"]),
    ),
    Mail(
        322, "theater-html-table", SIMONE, LUCA, "2026-11-30 09:10", "Print pieces",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body><div class="WordSection1">
<p class="MsoNormal">Dear Luca,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">here the pieces for the new season:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Piece</b></p></td><td><p class="MsoNormal"><b>Qty</b></p></td>
<td><p class="MsoNormal"><b>Due</b></p></td><td><p class="MsoNormal"><b>Est.</b></p></td></tr>
<tr><td><p class="MsoNormal">Season brochure</p></td><td><p class="MsoNormal">5,000</p></td>
<td><p class="MsoNormal">18.12.2026</p></td><td><p class="MsoNormal">7.900 €</p></td></tr>
<tr><td><p class="MsoNormal">Postcards</p></td><td><p class="MsoNormal">2,500</p></td>
<td><p class="MsoNormal">06.01.2027</p></td><td><p class="MsoNormal">1.150 €</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please note: all pieces need the new accessibility icons.</p>
<p class="MsoNormal">Best regards, Simone Bauer</p>
</div></body></html>
""",
        labels=dict(due=["2026-12-18", "2027-01-06"],
                    budgets=[("7900", "EUR"), ("1150", "EUR")],
                    req=["accessibility icons"], **EU),
    ),
    Mail(
        323, "patisserie-french", CELINE, LUCA, "2026-12-01 08:30", "Menus de fin d'année",
        """Bonjour Luca,

Nous aurions besoin des menus pour le 18 décembre au plus tard. Le budget total
est de 2 300 euros.

Merci de supprimer la mention « nouveau » sur la bûche.

Bonne journée,
Céline""",
        labels=dict(due=["2026-12-18"], budgets=[("2300", "EUR")],
                    cr=["supprimer la mention"], **EU),
    ),
    Mail(
        324, "brewery-german", JOERG, LUCA, "2026-12-02 14:00", "Etiketten Bockbier",
        """Hallo Luca,

die Etiketten für das Bockbier müssen spätestens am 11. Januar beim Drucker
sein. Wir haben dafür 4.200 € eingeplant.

Bitte machen Sie die Schrift auf der Rückseite größer.

Gruß
Jörg""",
        labels=dict(due=["2027-01-11"], budgets=[("4200", "EUR")],
                    cr=["Schrift auf der Rückseite größer"], **EU),
    ),
    Mail(
        325, "films-spanish-two-weeks", ISABEL, LUCA, "2026-12-02 11:45", "Vídeo corporativo",
        """Buenos días Luca,

necesitamos el vídeo en dos semanas. Presupuesto: 7.000 €.

Por favor, añadan subtítulos en inglés.

Un abrazo,
Isabel""",
        labels=dict(due=["2026-12-16"], budgets=[("7000", "EUR")],
                    cr=["añadan subtítulos"], **EU),
    ),
    Forward(
        326, "outdoor-fwfw-no-later", SAM, INTAKE, "2026-12-03 08:45", "FYI - dates from Summit.",
        Forward(
            0, "outdoor-fw", WES, SAM, "2026-12-02 19:00", "See below from our ops lead. Wes",
            Mail(
                0, "outdoor-orig", COLE, WES, "2026-12-02 18:30", "Catalog printing",
                """Wes,

Proofs must be approved no later than December 16 so the printer can deliver
on the 21st.

Cole""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2026-12-16", "2026-12-21"]),
    ),
    Mail(
        327, "expo-french-english", PAULINE, LUCA, "2026-12-03 10:10", "Fair stand",
        """Hello Luca,

please the final files for the 07/01, the fair begin the 12/01. Thank you to
respect the budget of 5.000 euros.

Pauline""",
        labels=dict(due=["2027-01-07"], budgets=[("5000", "EUR")], **EU),
    ),
    Mail(
        328, "wellness-approved-go", MEERA, SAM, "2026-12-02 17:20", "Re: Placements",
        f"""Approved! Go ahead and book the placements. Thanks for turning this around so
fast.

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-02 15:00", """Meera,

Here is the placement plan for January, $18,400 in all.

Sam"""),
        labels=dict(),
    ),
    Mail(
        329, "yards-updated-plan", COLE, SAM, "2026-12-03 12:00", "Media plan",
        """Send us the updated media plan by next Tuesday, please.

Cole""",
        labels=dict(due=["2026-12-08"]),
    ),
    Mail(
        330, "sport-range-competitor", TOBIAS, LUCA, "2026-11-27 15:30", "Spring flight",
        """Hi Luca,

For context, the category leader put about €1.5M into TV this year. Our budget
for the spring flight is €120-150k.

Tobias""",
        labels=dict(budgets=[("150000", "EUR", "range", "120000")],
                    non_budget=[("1500000", "EUR", "other")], **EU),
    ),
    Mail(
        331, "wellness-venue-insurer", MEERA, SAM, "2026-11-30 12:40", "Retreat signage",
        """Sam,

The venue requires all signage to be freestanding - nothing can be taped to the
walls. Also, our insurer needs the safety notice on the registration page.

Meera""",
        labels=dict(req=["freestanding", "safety notice"]),
    ),
    Mail(
        332, "kitchen-cream-not-white", ROSIE, SAM, "2026-12-02 09:05", "Re: Menu boards",
        """For the menu boards please use the cream background, not the white one in
round 1. Total spend must stay under $6,000.

Rosie""",
        quote=Quote(SAM, "2026-12-01 17:00", """Rosie,

Round 1 of the menu boards attached.

Sam"""),
        labels=dict(cr=["cream background"], budgets=[("6000", "USD", "cap")]),
    ),
    Mail(
        333, "dental-launch-video", JUNE, SAM, "2026-12-01 14:50", "Aligner launch",
        """Hi Sam,

The aligner launch is set for the first week of March, so we'll need the
launch video by February 20.

June""",
        labels=dict(due=["2027-02-20"]),
    ),
    Mail(
        334, "furniture-rebrand-q1", FELIX, LUCA, "2026-12-02 16:00", "Rebrand timing",
        """Hi Luca,

The whole rebrand needs to wrap by end of Q1, with the new website up before
the end of February.

Felix""",
        labels=dict(due=["2027-03-31", "2027-02-28"], **EU),
    ),
    Mail(
        335, "coffee-budget-ok-phone", KAI, SAM, "2026-12-03 19:40", "Re: shoot estimate",
        f"""yes 25k is fine for the shoot

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-03 16:00", """Kai,

Estimate for the spring shoot attached: $25,000 with two days on location.

Sam"""),
        labels=dict(budgets=[("25000", "USD")]),
    ),
    Mail(
        336, "kitchen-meeting-moves", ROSIE, SAM, "2026-12-01 11:30", "Thursday",
        """Could we move our Thursday check-in to Friday at 11? Also, I'll be out
December 23 to January 2.

Rosie""",
        labels=dict(),
    ),
    Mail(
        337, "dental-round-two-asks", JUNE, SAM, "2026-12-07 10:30", "Re: Holiday card round 2",
        """Three things on round two:
1) the tagline should read "Warm up to winter"
2) drop the second coupon
3) can the map be bigger?

Everything else is approved. We still need it all by the 18th.

June""",
        quote=Quote(SAM, "2026-12-04 16:00", """June,

Round two of the holiday card is attached. The printer needs files by
December 18 for a December 22 mail date.

Sam"""),
        labels=dict(due=["2026-12-18"],
                    cr=["Warm up to winter", "drop the second coupon", "map be bigger"]),
    ),
    Mail(
        338, "sport-german-schaltung", TOBIAS, LUCA, "2026-12-03 09:30", "Anzeigen Frühjahr",
        """Hallo Luca,

die Anzeigen sollen ab dem 1. Februar geschaltet werden, Abgabe der Druckdaten
bis zum 22. Januar. Budget: max. 11.000 Euro.

Viele Grüße
Tobias Lange""",
        labels=dict(due=["2027-02-01", "2027-01-22"], budgets=[("11000", "EUR", "cap")], **EU),
    ),
    Mail(
        339, "yards-invoice-price", COLE, SAM, "2026-12-02 08:15", "Invoice and postcards",
        """Sam,

Your invoice #4471 for $3,250 is approved for payment. The printer quoted $0.42
per piece for the postcards.

Cole Harper
Harper Yards | 1200 Commerce St, Dallas, TX 75202 | 214-555-0199""",
        style="outlook",
        labels=dict(),
    ),
]
