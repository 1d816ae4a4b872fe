"""The ninth labelled set (900-919), written on 2026-12-05 (tenth session) after that
session's voice grids (g79-g99) and before scoring: a measure of them on mail nobody tuned on.

All 20 mails are the blind split ``blind9``: no rule is tuned on them. Voices: a museum's
brief, a phone reply, an Outlook table of print dates, a retailer's proof notes over the AE's
quoted mail, a German firm's English, a French trade-fair poster, a Spanish first brief, a
Gmail forward of a VP's booth notes, a restaurant's complaint, a school's conditional
go-ahead, meetings and leave around one hard date, a counter-offer, Indian English with
rupees, a Quebec client in both languages, a Boxing Day sale, a B2B brief in lists, an
emoji-filled phone note, answers typed under numbered questions, a printer's specs
forwarded, an update that asks nothing. Same author as the grids: a friendlier measure than
the older blind splits.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

LENA_M = Person("Lena Morales", "lena@rivertonmuseum.org", "America/New_York")
KAREN = Person("Karen Walsh", "karen@walshcapital.com", "America/Chicago")
ANA = Person("Ana Ribeiro", "ana.ribeiro@casaverde.com", "America/New_York")
JESS_T = Person("Jess Tran", "jess@summitoutdoor.com", "America/Denver")
JURGEN = Person("Jürgen Weber", "j.weber@weber-maschinen.de", "Europe/Berlin")
CAMILLE = Person("Camille Laurent", "camille@atelier-laurent.fr", "Europe/Paris")
CARMEN = Person("Carmen Ruiz", "carmen@hotelsolymar.es", "Europe/Madrid")
TOM_H = Person("Tom Hughes", "tom@vitalmed.com", "America/New_York")
LINDA = Person("Linda Cho", "linda@vitalmed.com", "America/New_York")
MARCO_R = Person("Marco Russo", "marco@russotrattoria.com", "America/Los_Angeles")
GRETA_H = Person("Greta Hall", "ghall@oakhillschool.org", "America/Chicago")
OLIVIA = Person("Olivia Reed", "olivia@reedwellness.com", "America/New_York")
KEVIN = Person("Kevin Moore", "kevin@mooreplumbing.com", "America/New_York")
SURESH = Person("Suresh Menon", "suresh.menon@sunrisefoods.in", "Asia/Kolkata")
JULIE = Person("Julie Tremblay", "julie@boulangerietremblay.ca", "America/Toronto")
PRIYA_D = Person("Priya Desai", "priya@urbanthreads.com", "America/New_York")
NINA_K = Person("Nina Kowalski", "nina@ledgerpeak.io", "America/Los_Angeles")
BELLA = Person("Bella Romano", "bella@bellasbistro.com", "America/New_York")
DAN = Person("Dan Fischer", "dan@fischergardens.com", "America/Chicago")
RICK = Person("Rick Olsen", "rick@summitprint.com", "America/Denver")
KIM_L = Person("Kim Lee", "kim@harbourlights.org", "America/New_York")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        900, "museum-brief", LENA_M, SAM, "2026-12-08 10:30", "Spring exhibition",
        """Hi Sam,

Following our meeting on Monday, here is the brief for the spring exhibition.

The exhibition "Light and Water" opens on February 12. We need the poster, the banner
for the facade and a 12-page guide. The print files must be with the printer by January
22. Our budget for design and print is $16,000. The lender requires the line "Courtesy of
the Hale Collection" under every image of their paintings. We want 20,000 visitors over
the three months.

Thanks,
Lena""",
        labels=dict(due=["2027-01-22"], budgets=[("16000", "USD")],
                    req=["Courtesy of"], obj=["20,000 visitors"]),
    ),
    Mail(
        901, "investor-deck-phone", KAREN, SAM, "2026-12-10 18:40", "Re: investor deck",
        f"""pls swap the pic on slide 2 for the team one. also need the deck mon am

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-14"], cr=["swap the pic on slide 2"]),
    ),
    Mail(
        902, "outlook-print-table", ANA, SAM, "2026-12-09 09:15", "Q1 print schedule",
        "",
        style="html",
        html="""<html><body><p class=MsoNormal>Hi Sam,</p>
<p class=MsoNormal>Please see the Q1 schedule below.</p>
<table border="1"><tr><td><b>Piece</b></td><td><b>Files due</b></td><td><b>Budget</b></td></tr>
<tr><td>Catalogue</td><td>Jan 15</td><td>$9,000</td></tr>
<tr><td>Postcards</td><td>Jan 29</td><td>$1,500</td></tr></table>
<p class=MsoNormal>All pieces must use the new logo.</p>
<p class=MsoNormal>Thanks,<br>Ana</p></body></html>
""",
        labels=dict(due=["2027-01-15", "2027-01-29"],
                    budgets=[("9000", "USD"), ("1500", "USD")],
                    req=["must use the new logo"]),
    ),
    Mail(
        903, "outdoor-proof-notes", JESS_T, SAM, "2026-12-08 11:20", "Re: Winter catalogue proofs",
        """Hi Sam,

Thanks for the proofs, we went through them this morning with the buying team.

Page 4: the jacket is shown in the wrong colour, it should be the forest green. Page 9:
please remove the discontinued boots. The price on page 12 should be $189, not $199.

Otherwise the layout is great and the team loves the cover.

Could we have the revised proofs by Monday? The printer still needs the final files on
December 18.

Jess""",
        quote=Quote(SAM, "2026-12-07 16:00", """Hi Jess,

Attached are the first proofs of the winter catalogue. The print date is December 18 and we
are on budget at $22,000.

Sam"""),
        labels=dict(due=["2026-12-14", "2026-12-18"],
                    cr=["wrong colour", "remove the discontinued boots",
                        "should be $189"]),
    ),
    Mail(
        904, "machinery-german-english", JURGEN, LUCA, "2026-12-09 08:05", "New catalogue",
        """Dear Luca,

please find attached our corporate design manual. All materials must use the font
Frutiger and our blue HKS 43. The deadline for the catalogue is 18.01.2027. Our budget is
12.000 Euro net.

Best regards
Jürgen Weber""",
        style="outlook",
        labels=dict(due=["2027-01-18"], budgets=[("12000", "EUR")],
                    req=["must use the font"], **EU),
    ),
    Mail(
        905, "atelier-french-poster", CAMILLE, LUCA, "2026-12-10 14:30", "Re: Affiche salon",
        """Bonjour Luca,

Merci pour la nouvelle version. Pourriez-vous agrandir le logo et changer la date du
salon ? Le salon a lieu du 3 au 5 février, pas en mars. Nous avons besoin du fichier final
avant le 15 janvier.

Cordialement,
Camille""",
        labels=dict(due=["2027-01-14"], cr=["agrandir le logo"], **EU),
    ),
    Mail(
        906, "hotel-spanish-brief", CARMEN, LUCA, "2026-12-09 12:00", "Campaña primavera",
        """Hola Luca,

Queremos lanzar la campaña de primavera el 1 de marzo. Necesitamos tres anuncios para
Instagram y un cartel. El presupuesto total es de 8.000 euros. Todos los anuncios deben
incluir el logo de la Junta. El objetivo es aumentar las reservas un 15 %.

Un saludo,
Carmen""",
        labels=dict(due=["2027-03-01"], budgets=[("8000", "EUR")],
                    req=["deben incluir el logo"], obj=["aumentar las reservas"], **EU),
    ),
    Forward(
        907, "medtech-vp-forward", TOM_H, SAM, "2026-12-11 09:00",
        "Sam, see below from Linda. Can we make this work?\n\nTom",
        Mail(
            0, "medtech-vp-orig", LINDA, TOM_H, "2026-12-10 18:20", "Trade show booth",
            """Tom,

For the booth at MedTech we need the back wall redone with the new tagline. Booth
graphics must be delivered to the venue by January 20. Keep it under $7,500 please.

Linda""",
        ),
        labels=dict(due=["2027-01-20"], budgets=[("7500", "USD", "cap")],
                    cr=["back wall redone with the new tagline"]),
    ),
    Mail(
        908, "trattoria-complaint", MARCO_R, SAM, "2026-12-10 10:10", "Re: Menu flyer",
        """Sam,

The typo on the flyer is still there - it says 'Desert' instead of 'Dessert'. This is
the second time. We need corrected files today, the printer is waiting.

Marco""",
        labels=dict(due=["2026-12-10"], cr=["typo on the flyer is still there"]),
    ),
    Mail(
        909, "school-conditional", GRETA_H, SAM, "2026-12-09 15:45", "Re: Gala poster proof",
        """Looks good, go ahead once the sponsor's logo is swapped for the new one.

Thanks,
Greta""",
        labels=dict(cr=["sponsor's logo is swapped"]),
    ),
    Mail(
        910, "wellness-meetings-leave", OLIVIA, SAM, "2026-12-08 13:00", "Next steps",
        """Hi Sam,

Can we do a call on Thursday at 2 to go through the concepts? I'm out of the office from
December 21 to January 4, and our offices are closed on December 25 and January 1. The
only hard date is the newsletter, which has to go out on January 6.

Best,
Olivia""",
        labels=dict(due=["2027-01-06"]),
    ),
    Mail(
        911, "plumbing-counter-offer", KEVIN, SAM, "2026-12-10 16:20", "Re: Video proposal",
        """Hi Sam,

Thanks for the proposal. Your quote of $18,400 is over what we have. We can do $15,000 if
we drop the second video. Let me know if that works.

Kevin""",
        labels=dict(budgets=[("15000", "USD")]),
    ),
    Mail(
        912, "foods-indian-english", SURESH, SAM, "2026-12-09 11:30",
        "Diwali creatives - revisions",
        """Dear Sam,

Kindly share the revised creatives by EOD tomorrow. Also please do the needful to include
the GST number in the footer of all the creatives. The budget of Rs. 4,50,000 remains same.

Regards,
Suresh""",
        style="outlook",
        labels=dict(due=["2026-12-10"], budgets=[("450000", "INR")],
                    cr=["include the GST number"]),
    ),
    Mail(
        913, "bakery-quebec-bilingual", JULIE, SAM, "2026-12-11 10:00",
        "Campagne hiver / Winter campaign",
        """Hi Sam,

Le budget est de 10 000 $ CAD. Everything must be bilingual, French first. Les fichiers
pour le 15 janvier svp.

Merci!
Julie""",
        labels=dict(due=["2027-01-15"], budgets=[("10000", "CAD")],
                    req=["must be bilingual"]),
    ),
    Mail(
        914, "fashion-boxing-day", PRIYA_D, SAM, "2026-12-09 09:40", "Boxing Day ads",
        """Hi Sam,

Our Boxing Day sale runs Dec 26 to Jan 3. The ads need to be live by Dec 24. Can you make
the 50% off much bigger on all the banners?

Thanks,
Priya""",
        labels=dict(due=["2026-12-24"], cr=["make the 50% off much bigger"]),
    ),
    Mail(
        915, "saas-brief-lists", NINA_K, SAM, "2026-12-08 12:30", "Q1 launch brief",
        """Hi Sam,

Here's the brief for the Q1 launch.

Goals:
- 500 demo requests
- 20% more trial-to-paid conversions

Must-haves:
- SOC 2 badge on every landing page
- No customer logos without written permission

The launch webinar is on February 4. Budget is $30k for creative and paid.

Thanks,
Nina""",
        labels=dict(due=["2027-02-04"], budgets=[("30000", "USD")],
                    obj=["500 demo requests", "trial-to-paid conversions"],
                    req=["SOC 2 badge", "No customer logos"]),
    ),
    Mail(
        916, "bistro-emoji-phone", BELLA, SAM, "2026-12-10 21:15", "Re: NYE menu",
        f"""Omg Sam it looks AMAZING 😍 only thing - can we put the champagne glass a bit lower so
it doesn't cover the menu? need it printed for the 28th!! 🥂

xx Bella

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-28"], cr=["champagne glass a bit lower"]),
    ),
    Mail(
        917, "gardens-numbered-answers", DAN, SAM, "2026-12-09 08:50",
        "Re: Spring brochure - a few questions",
        """Hi Sam, answers inline below.

> 1. How many pages should the brochure have?

16, same as last year.

> 2. When do you need the printed copies?

By February 5 at the latest.

> 3. Is the $6,000 budget still right?

Yes.

Dan""",
        style="plain",
        labels=dict(due=["2027-02-05"], budgets=[("6000", "USD")],
                    req=["16, same as last year"]),
    ),
    Forward(
        918, "printer-specs-forward", JESS_T, SAM, "2026-12-11 10:30",
        "FYI - printer's specs below, please follow them.\n\nJess",
        Mail(
            0, "printer-specs-orig", RICK, JESS_T, "2026-12-11 08:00", "Catalogue print specs",
            """Hi Jess,

For the catalogue we need print-ready PDF/X-1a files with 3 mm bleed. Files are due with
us on December 17 for delivery on January 8.

Best,
Rick
Summit Print""",
        ),
        labels=dict(due=["2026-12-17", "2027-01-08"], req=["PDF/X-1a files with 3 mm bleed"]),
    ),
    Mail(
        919, "charity-update-no-asks", KIM_L, SAM, "2026-12-11 15:00", "Update",
        """Hi Sam,

Just a quick update: the board signed off the annual report on Wednesday, so we're all set
on our side. I'll review the social posts on Monday and get back to you. I'm out from
December 23 to January 4.

Thanks for all your help this year!

Kim""",
        labels=dict(),
    ),
]
