"""The fifth labelled set (500-519), written on 2026-12-04 (fifth session) after that
session's grammar sweeps and before scoring: a measure of them on mail nobody tuned on.

All 20 mails are the blind split ``blind5``: no rule is tuned on them. Voices: a
plumber and an Irish client on their phones, a museum's long brief with several asks,
French, German and Spanish clients in their own language, a German and an Italian
client writing English, an HTML-only Outlook table of deliverables, a forward of a
date move, a pharma client's rules, a competitor's spend beside a stretch budget, a
feedback list without a lead-in word, and hard negatives (a meeting, an invoice paid,
last year's launch; an approval that asks nothing).
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

WADE = Person("Wade Pruitt", "wade@pruittplumbing.com", "America/Chicago")
INGRID_H = Person("Ingrid Halvorsen", "ihalvorsen@harbormuseum.org", "America/New_York")
CLAIRE_M = Person("Claire Morel", "claire.morel@boulangerie-morel.fr", "Europe/Paris")
JONAS_K = Person("Jonas Keller", "j.keller@keller-leuchten.de", "Europe/Berlin")
JAVIER_R = Person("Javier Ruiz", "javier.ruiz@ruiz-mobiliario.es", "Europe/Madrid")
MIKE = Person("Mike Dunn", "mike@dunncoffee.com", "America/Los_Angeles")
OLIVIA = Person("Olivia Grant", "ogrant@grantdental.com", "America/New_York")
RAJ = Person("Raj Mehta", "raj.mehta@fresh-basket.com", "America/New_York")
PAOLO_V = Person("Paolo Vitale", "paolo@cantinavitale.it", "Europe/Rome")
KAREN = Person("Karen Liu", "kliu@summitbank.com", "America/New_York")
SEAN = Person("Seán Byrne", "sean@byrnehardware.ie", "Europe/Dublin")
HELEN_MA = Person("Helen Ma", "helen.ma@clearbreathrx.com", "America/New_York")
MARCUS_T = Person("Marcus Tate", "mtate@tatemotors.com", "America/Chicago")
NATE_C = Person("Nate Cole", "nate@colegym.com", "America/Denver")
GRACE = Person("Grace Obi", "grace.obi@riverfoundation.org", "America/New_York")
ROSA = Person("Rosa Lima", "rosa@limacandles.com", "America/Los_Angeles")
LINDA = Person("Linda Park", "linda@parkflorist.com", "America/New_York")
MARTINA_V = Person("Martina Vogt", "m.vogt@vogt-optik.de", "Europe/Berlin")
OMAR_S = Person("Omar Saleh", "omar@salehkitchen.com", "America/Chicago")
FIONA_B = Person("Fiona Burke", "fiona@burketravel.co.uk", "Europe/London")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        500, "plumber-van-wrap-phone", WADE, SAM, "2026-12-07 07:12", "van wrap",
        f"""van wrap proof looks good. logo bigger pls. lose the phone number on the back door.
need it at the shop by the 18th

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-18"], cr=["logo bigger", "lose the phone number"]),
    ),
    Mail(
        501, "museum-long-brief", INGRID_H, SAM, "2026-12-09 10:00",
        "Spring exhibition campaign: brief",
        """Hi Sam,

Following up on Tuesday's call, here is the brief for the spring exhibition
campaign ("Light & Water").

The exhibition opens March 12 and we'd like the campaign in market two weeks
before, so posters and digital need to be live by February 26.

Budget: between $40,000 and $45,000 including production.

Our goal is to sell 12,000 tickets over the run, with a good share of visitors
under 30.

All materials must credit the lender, the Hallstrom Foundation, in the credit
line.

Two changes to the concept deck. Please drop the night-time shot on slide 4.
The tagline should read "Come see the light."

Thanks,
Ingrid Halvorsen
Head of Marketing, Harbor Museum""",
        style="outlook",
        labels=dict(due=["2027-02-26"], budgets=[("45000", "USD", "range", "40000")],
                    obj=["sell 12,000 tickets"], req=["credit the lender"],
                    cr=["drop the night-time shot", "tagline should read"]),
    ),
    Mail(
        502, "boulangerie-french", CLAIRE_M, LUCA, "2026-12-10 09:30", "Affiches de Noël",
        """Bonjour Luca,

Merci pour les propositions, nous préférons la version B.

Pourriez-vous agrandir le logo et changer la couleur du fond en beige ?

Les affiches doivent être livrées en magasin avant le 8 janvier. Notre budget
est de 9 000 € HT pour l'impression.

Toutes les affiches doivent comporter le logo Label Rouge.

Cordialement,
Claire Morel""",
        labels=dict(due=["2027-01-07"], budgets=[("9000", "EUR")],
                    cr=["agrandir le logo"],  # one sentence, one change (corrected 2026-12-06)
                    req=["logo Label Rouge"], **EU),
    ),
    Mail(
        503, "lighting-german-english", JONAS_K, SAM, "2026-12-07 14:00", "EuroShop brochure",
        """Dear Sam,

as discussed we need the trade fair brochure (24 pages) for the EuroShop. Final
print data must be with the printer on 15.01.2027 at the latest.

Please note: the budget must not exceed EUR 18.000 net.

Could you replace the product photos on pages 6-9 with the new studio shots? They
are in our Dropbox.

Our aim is to generate 300 qualified leads at the fair.

Kind regards
Jonas Keller""",
        labels=dict(due=["2027-01-15"], budgets=[("18000", "EUR", "cap")],
                    cr=["replace the product photos"], obj=["300 qualified leads"], **EU),
    ),
    Mail(
        504, "furniture-spanish", JAVIER_R, SAM, "2026-12-08 11:00", "Catálogo primavera",
        """Hola Sam:

Te escribo por el catálogo de primavera. Necesitamos los archivos finales para el
20 de enero. El presupuesto es de 12.000 euros.

¿Podrían cambiar la foto de portada por la del sofá verde?

Todas las páginas deben incluir el precio con IVA.

Un saludo,
Javier Ruiz""",
        labels=dict(due=["2027-01-20"], budgets=[("12000", "EUR")],
                    cr=["cambiar la foto de portada"], req=["precio con IVA"], **EU),
    ),
    Mail(
        505, "coffee-reply-one-change", MIKE, SAM, "2026-12-09 16:20", "Re: banner set v2",
        """Looks great! Only thing - can the headline be a bit shorter? Otherwise good to go.

Mike""",
        quote=Quote(SAM, "2026-12-09 11:00", """Mike,

Attached is v2 of the banner set. Print deadline is Dec 15, budget is $4,000 as
agreed.

Sam"""),
        labels=dict(cr=["headline be a bit shorter"]),
    ),
    Mail(
        506, "dental-negatives", OLIVIA, SAM, "2026-12-10 09:00", "Thanks + next steps",
        """Hi Sam,

Thanks for the great session on Monday. Invoice #2231 for $3,400 was paid
yesterday.

Can we set up a call next Thursday at 2pm to review the Q1 plan?

Last year's campaign launched on February 3 and did really well.

Best,
Olivia""",
        labels=dict(non_budget=[("3400", "USD", "invoice")]),
    ),
    Forward(
        507, "grocery-launch-move-fw", SAM, INTAKE, "2026-12-08 15:10", "FYI - see below.",
        Mail(
            0, "grocery-launch-move-orig", RAJ, SAM, "2026-12-08 13:40", "Loyalty app launch",
            """Hi Sam,

We need to push the launch of the loyalty app campaign from January 11 to
January 25 - the app store review is taking longer than planned.

Everything else stays the same.

Thanks,
Raj""",
        ),
        labels=dict(due=["2027-01-25"], replaced=["2027-01-11"], cr=["push the launch"]),
    ),
    Mail(
        508, "winery-italian-english", PAOLO_V, LUCA, "2026-12-07 10:00", "Barolo label",
        """Dear Luca,

I write you for the new label of our Barolo. We need that the labels are ready
until the 22 of january, because the bottling is the 25.

The budget we have thinked is around 6.000 euro.

Please, can you put the vintage year more big on the front label?

Is mandatory to write the alcohol percentage on the front.

Best regards
Paolo Vitale""",
        labels=dict(due=["2027-01-22"], budgets=[("6000", "EUR")],
                    cr=["vintage year more big"], req=["alcohol percentage"], **EU),
    ),
    Mail(
        509, "bank-q1-table-html", KAREN, SAM, "2026-12-08 17:30", "Q1 plan",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Below is the plan for Q1. Please confirm you can hit these dates.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Deliverable</b></p></td>
<td><p class="MsoNormal"><b>Due</b></p></td>
<td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Print ad (full page)</p></td>
<td><p class="MsoNormal">Jan 8</p></td>
<td><p class="MsoNormal">$6,500</p></td></tr>
<tr><td><p class="MsoNormal">Digital banners (5 sizes)</p></td>
<td><p class="MsoNormal">Jan 15</p></td>
<td><p class="MsoNormal">$3,200</p></td></tr>
<tr><td><p class="MsoNormal">Radio script</p></td>
<td><p class="MsoNormal">Jan 12</p></td>
<td><p class="MsoNormal">$1,800</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Karen Liu | Marketing | Summit Bank</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-08", "2027-01-15", "2027-01-12"],
                    budgets=[("6500", "USD"), ("3200", "USD"), ("1800", "USD")]),
    ),
    Mail(
        510, "hardware-irish-phone", SEAN, LUCA, "2026-12-09 18:05", "Re: radio",
        f"""Grand so. Can ye move the radio ad to the week after next? Cheers

{IPHONE}""",
        style="apple",
        quote=Quote(LUCA, "2026-12-09 12:00", """Seán,

The radio ad is booked for next Monday. Shout if that doesn't suit.

Luca"""),
        labels=dict(due=["2026-12-21"], cr=["move the radio ad"], **UK),
    ),
    Mail(
        511, "pharma-rules", HELEN_MA, SAM, "2026-12-08 09:15", "Allergy campaign: rules",
        """Hi Sam,

A few rules from our regulatory team for the allergy campaign:

- Every ad must show the full ISI (important safety information).
- No before/after photos.
- Claims need to be referenced to the clinical study.

The launch date is April 5.

Dr. Helen Ma
Director, Brand Marketing""",
        labels=dict(due=["2027-04-05"],
                    req=["full ISI", "No before/after photos", "referenced to the clinical study"]),
    ),
    Mail(
        512, "motors-stretch-competitor", MARCUS_T, SAM, "2026-12-10 12:00", "Spring TV money",
        """Sam, quick update on money.

Our competitor reportedly spent $2M on their holiday spot; we obviously can't
match that. We can stretch to $60k for the spring TV flight.

Please shift $5k of that from broadcast to connected TV.

Thanks,
Marcus""",
        labels=dict(budgets=[("60000", "USD")], cr=["shift $5k"],
                    non_budget=[("2000000", "USD", "other")]),
    ),
    Mail(
        513, "gym-opening-brief", NATE_C, SAM, "2026-12-07 19:30", "Denver opening",
        """Hello Sam,

We're opening a second location in Denver and need a launch campaign. The main
goal is 500 sign-ups for the grand opening week. We're targeting young
professionals living downtown.

Budget is 15-20k. Grand opening is Saturday, March 6.

Talk soon,
Nate""",
        labels=dict(due=["2027-03-06"], budgets=[("20000", "USD", "range", "15000")],
                    obj=["500 sign-ups"]),
    ),
    Mail(
        514, "foundation-report-feedback", GRACE, SAM, "2026-12-08 15:45",
        "Annual report draft",
        """Hi Sam,

Feedback from the team on the annual report draft:

The cover photo is too dark.
Page 12 - the revenue chart has the wrong year.
We also need a page on our sustainability work.

Can we have the next round by Friday?

Thanks,
Grace""",
        style="outlook",
        labels=dict(due=["2026-12-11"],
                    cr=["cover photo is too dark", "wrong year",
                        "page on our sustainability work"]),
    ),
    Mail(
        515, "candles-popup-rules", ROSA, SAM, "2026-12-09 08:20", "Pop-up rules",
        """Hi Sam,

The mall just sent their rules for the holiday pop-up: signage can't be taller
than 2 metres. Everything also has to be fire-rated.

Also, please add a Spanish version of the window poster.

Install is on December 17.

Thanks!
Rosa""",
        labels=dict(due=["2026-12-17"], req=["taller than 2 metres", "fire-rated"],
                    cr=["add a Spanish version"]),
    ),
    Mail(
        516, "florist-approved", LINDA, SAM, "2026-12-10 10:10", "Re: Valentine's flyer",
        """Hi Sam, all approved - please go ahead and send everything to print. The budget
stays at $8,500 as agreed. Great job!

Linda""",
        labels=dict(budgets=[("8500", "USD")]),
    ),
    Mail(
        517, "optician-german", MARTINA_V, SAM, "2026-12-09 13:00", "Newsletter Januar",
        """Hallo Herr Ortiz,

wir müssen den Versand des Newsletters auf den 14. Januar verschieben.

Außerdem ist das Logo im Header zu klein.

Das Budget von 4.500 € bleibt unverändert.

Viele Grüße
Martina Vogt""",
        labels=dict(due=["2027-01-14"], budgets=[("4500", "EUR")],
                    cr=["Versand des Newsletters", "Logo im Header zu klein"], **EU),
    ),
    Mail(
        518, "kitchen-video-notes", OMAR_S, SAM, "2026-12-10 11:30", "Video cut notes",
        """Sam,

Notes on the video cut:

- open on the chef, not the storefront
- the music is too loud under the voiceover
- add subtitles for the social versions
- end card: use the new URL

Can we see v2 on Monday?

Thanks, Omar""",
        style="apple",
        labels=dict(due=["2026-12-14"],
                    cr=["open on the chef", "music is too loud", "add subtitles",
                        "use the new URL"]),
    ),
    Mail(
        519, "travel-british-board", FIONA_B, LUCA, "2026-12-08 08:45", "Spring push",
        """Hi Luca,

Right, the board has signed off £22k + VAT for the spring push. We'll need
artwork by 05/02 and the campaign live from 1 March.

We're after a 10% lift in online bookings versus last spring.

Cheers,
Fiona""",
        labels=dict(due=["2027-02-05", "2027-03-01"], budgets=[("22000", "GBP")],
                    obj=["10% lift in online bookings"], **UK),
    ),
]
