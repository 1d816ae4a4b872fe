"""The eighty-ninth labelled set (1900-1919), written on 2026-12-07 (twenty-ninth session)
after blind33 and before any rule of its own: the split ``tune67``, scored blind first, then
tuned on.

Requirements, where the blind splits read least (F1 0.84): the rules of a job stated by a
third party ("the venue says", "compliance", "the board requires", "Home Depot requires"),
as a list of don'ts, in a table row of an HTML-only mail, in a non-native writer's "kindly
note" and "following requirements", in French, German and Spanish, in a terse phone line;
beside sentences with a requirement's words that state none ("the team needs a break", "I
must say", "you don't have to rush") and beside change requests and goals in the same
mail. Dates run in the week of 11 December 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

PHARM = Person("Linda Marsh", "lmarsh@corner-rx.com", "America/Chicago")
EVENTS = Person("Jo Park", "jo@parkevents.co", "America/New_York")
CATALOG = Person("Jürgen Böhm", "j.boehm@holzwerk-boehm.de", "Europe/Berlin")
CU = Person("Maria Santos", "msantos@lakeshorecu.org", "America/Chicago")
STUDIO = Person("Aisha Grant", "aisha@grantfitness.com", "America/New_York")
TAQ = Person("Rosa Delgado", "rosa@rosastaqueria.com", "America/Chicago")
POOL = Person("Tom Becker", "tom@beckerpools.com", "America/Phoenix")
SALON_FR = Person("Claire Dubois", "c.dubois@salon-habitat.fr", "Europe/Paris")
ES_SHOP = Person("Lucía Romero", "lucia@jugueteriaromero.es", "Europe/Madrid")
GROCER = Person("Dave Ellis", "dave@ellismarket.com", "America/New_York")
HVAC = Person("Mike Russo", "mike@russohvac.com", "America/New_York")
HVAC_OWNER = Person("Frank Russo", "frank@russohvac.com", "America/New_York")
SWEETS = Person("Prakash Mehta", "prakash@mehtasweets.com", "America/Chicago")
CLINIC = Person("Dr. Hannah Lee", "hlee@northsidedental.com", "America/Los_Angeles")
BANK2 = Person("Paul Ortega", "portega@firstvalleybank.com", "America/Denver")
SCHOOL = Person("Angela Brooks", "abrooks@stmarksacademy.org", "America/New_York")
FASHION = Person("Kim Tran", "kim@tranboutique.com", "America/Los_Angeles")
PRINTS = Person("Laura Fisher", "laura@fisherhome.com", "America/New_York")
ZOO = Person("Ben Carter", "bcarter@riversidezoo.org", "America/Chicago")
MESSE = Person("Stefan Weber", "s.weber@weber-maschinen.de", "Europe/Berlin")
HARDWARE = Person("Gary Olsen", "gary@olsenhardware.com", "America/Chicago")

ITEMS = [
    Mail(
        1900, "pharmacy-compliance-flyer", PHARM, SAM, "2028-12-11 09:10", "Flu shot flyer copy",
        """Hi Sam,

Attached is the copy for the flu shot flyer. A couple of things from our compliance team: the flyer has to state that appointments are subject to availability, and we can't say "free" unless we add "with most insurance".

Please send the proof by Thursday so compliance can sign off.

Thanks,
Linda""",
        style="outlook",
        labels=dict(due=["2028-12-14"],
                    req=["the flyer has to state that appointments are subject to availability"]),
    ),
    Mail(
        1901, "events-venue-no-tape", EVENTS, SAM, "2028-12-11 11:42", "Re: gala signage",
        """Sam - venue says no tape on the walls, only easels. Plan the signage around that. Thx""",
        style="apple",
        quote=None,
        labels=dict(req=["venue says no tape on the walls"]),  # a third party's rule
    ),
    Mail(
        1902, "catalog-following-requirements", CATALOG, SAM, "2028-12-11 14:05", "Katalog 2029",
        """Dear Sam,

for the new catalogue we have following requirements: all prices must be shown with VAT included and the paper must be FSC certified.

Please consider that our logo may not be placed on coloured background.

The delivery to our warehouse must be until 18.12. latest, the print run is 2.000 pieces.

Best regards
Jürgen Böhm""",
        style="outlook",
        labels=dict(due=["2028-12-18"],
                    req=["all prices must be shown with VAT included",
                         "our logo may not be placed on coloured background"], **EU),
    ),
    Mail(
        1903, "cu-round-one-notes", CU, SAM, "2028-12-11 15:30", "RE: Holiday loan ads - round 1",
        """Hi Sam,

Thanks for the first round. Few notes below.

1) The headline is too long, can we get it down to six words or less?
2) Please swap the hero photo for the one with the kids at the lake.
3) Legal reminded me that every ad needs the "Federally insured by NCUA" line at the bottom.
4) Our brand team also wants the logo at least 1 inch wide in print.

Can we see round two by Friday the 15th?

Thanks,
Maria""",
        style="outlook",
        quote=None,
        labels=dict(due=["2028-12-15"],
                    cr=["can we get it down to six words or less?",
                        "Please swap the hero photo"],
                    req=["every ad needs the \"Federally insured by NCUA\" line",
                         "wants the logo at least 1 inch wide in print"]),
    ),
    Mail(
        1904, "studio-html-video-specs", STUDIO, SAM, "2028-12-12 08:45", "Reels for January",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is what we need for the January reels. Please stick to these, Instagram rejected two of ours last year.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Captions</b></p></td><td><p class="MsoNormal">Required on every video</p></td></tr>
<tr><td><p class="MsoNormal"><b>Music</b></p></td><td><p class="MsoNormal">Licensed tracks only</p></td></tr>
<tr><td><p class="MsoNormal"><b>Length</b></p></td><td><p class="MsoNormal">30 seconds maximum</p></td></tr>
<tr><td><p class="MsoNormal"><b>Due</b></p></td><td><p class="MsoNormal">December 28</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks!</p><p class="MsoNormal">Aisha Grant</p>
<p class="MsoNormal">Owner | Grant Fitness</p>
</div></body></html>
""",
        labels=dict(due=["2028-12-28"],
                    req=["Required on every video", "Licensed tracks only", "30 seconds maximum"]),
    ),
    Mail(
        1905, "taqueria-second-location-brief", TAQ, SAM, "2028-12-12 10:20", "Grand opening!",
        """Hi Sam,

We're opening our second location in Maple Grove in March and we want a grand opening campaign. The goal is 400 sign-ups for the loyalty app in the first month.

Everything needs to work in English and Spanish. Please keep it under $6,000 total.

Could we see some ideas by January 5?

Rosa""",
        style="gmail",
        labels=dict(due=["2029-01-05"], budgets=[("6000", "USD", "cap")],
                    obj=["400 sign-ups for the loyalty app"],
                    req=["Everything needs to work in English and Spanish"]),
    ),
    Mail(
        1906, "pool-no-asks", POOL, SAM, "2028-12-12 13:00", "Update",
        """Hi Sam,

Quick update: the new website went live last week and we're really happy with it. I must say the photos turned out great.

The team needs a break after the launch, so we'll pick up the newsletter in January. You don't have to rush anything before then.

Do we need to send you the customer list again or do you still have it?

Happy holidays,
Tom""",
        style="gmail",
        labels=dict(),  # news, praise, a question: no rule for the work
    ),
    Mail(
        1907, "salon-fr-organiser", SALON_FR, SAM, "2028-12-12 09:30", "Affiches du salon",
        """Bonjour Sam,

Pour les affiches du salon, l'organisateur exige que tous les visuels soient imprimés sur un support ignifugé (classement M1). Le logo du salon doit figurer en bas à droite.

Merci de nous envoyer le BAT avant le 15 décembre.

Cordialement,
Claire Dubois""",
        style="outlook",
        labels=dict(due=["2028-12-14"],  # "avant le 15": the day before
                    req=["l'organisateur exige que tous les visuels soient imprimés",
                         "Le logo du salon doit figurer en bas à droite"], **EU),
    ),
    Mail(
        1908, "toyshop-es-legal", ES_SHOP, SAM, "2028-12-12 12:10", "Campaña de Reyes",
        """Hola Sam,

Para la campaña de Reyes necesitamos que todos los anuncios incluyan el aviso legal de la promoción. No se puede usar la imagen de los Reyes Magos de la cabalgata por temas de derechos.

El presupuesto máximo es de 4.500 euros.

Gracias,
Lucía""",
        style="gmail",
        labels=dict(budgets=[("4500", "EUR", "cap")],
                    req=["todos los anuncios incluyan el aviso legal",
                         "No se puede usar la imagen"], **EU),
    ),
    Mail(
        1909, "grocer-terse-proof", GROCER, SAM, "2028-12-12 17:55", "Re: weekly ad proof",
        """Looks good. Just make the price bigger. And remember it has to say "while supplies last"

Sent from my iPhone""",
        style="apple",
        quote=Quote(SAM, "2028-12-12 16:30", """Dave, here is the proof for next week's ad.

Sam"""),
        labels=dict(cr=["make the price bigger"],
                    req=["it has to say \"while supplies last\""]),
    ),
    Forward(
        1910, "hvac-forwarded-owner-rules", HVAC, SAM, "2028-12-13 08:05",
        "Sam, see Frank's notes below for the truck wraps.\n\nMike",
        Mail(
            0, "hvac-owner-orig", HVAC_OWNER, HVAC, "2028-12-12 19:40", "truck wraps",
            """Mike, for the new truck wraps the phone number has to be readable from 50 feet. And the license number must be on both doors, the state checks that.

We need the trucks wrapped before the home show on January 20.

Frank""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(due=["2029-01-19"],
                    req=["the phone number has to be readable from 50 feet",
                         "the license number must be on both doors"]),
    ),
    Mail(
        1911, "sweets-kindly-note", SWEETS, SAM, "2028-12-13 10:00", "Mailer for new year",
        """Dear Sam,

Kindly note the following points for the new year mailer:

1. Mailer should be in A5 size only.
2. Kindly include the store timings of both branches.
3. Same to be shared with us latest by 20th December for approval.

Regards,
Prakash Mehta""",
        style="outlook",
        labels=dict(due=["2028-12-20"],
                    req=["Mailer should be in A5 size only",
                         "include the store timings of both branches"]),
    ),
    Mail(
        1912, "dental-goal-and-rule", CLINIC, SAM, "2028-12-13 11:30", "New patient ads",
        """Hi Sam,

For the new patient ads next year, the main thing is to get people booking online instead of calling the front desk. We want to cut phone bookings in half by summer.

The ads must show our emergency line too, since that one stays a phone call.

Best,
Dr. Lee""",
        style="gmail",
        labels=dict(obj=["the main thing is to get people booking online",
                         "cut phone bookings in half"],
                    req=["The ads must show our emergency line"]),
        # (the first goal was left out when the mail was written; added after the blind-first
        # score, which counted it as a wrong objective)
    ),
    Mail(
        1913, "bank-fault-and-going-forward", BANK2, SAM, "2028-12-13 14:15", "Re: CD rate banner",
        """Sam,

The disclaimer must be bigger, it's unreadable on a phone.

Also, going forward all our ads must use the new logo with the tagline underneath.

Paul""",
        style="outlook",
        quote=Quote(SAM, "2028-12-12 15:00", """Paul, attached is the CD rate banner for the homepage.

Sam"""),
        labels=dict(cr=["The disclaimer must be bigger"],  # the banner shown: a fault
                    req=["going forward all our ads must use the new logo"]),
    ),
    Mail(
        1914, "school-html-annual-report", SCHOOL, SAM, "2028-12-13 16:40", "Annual report",
        """Dear Sam,

As we start the annual report, please note that the board requires every financial figure to be checked against the audited statements before anything goes to print. Photos of students can only be used if we have a signed consent form on file.

We need the printed copies by January 12 for the trustees' meeting. The budget is $9,500 including printing.

Kind regards,
Angela Brooks
Director of Advancement""",
        style="html",
        labels=dict(due=["2029-01-12"], budgets=[("9500", "USD")],
                    req=["the board requires every financial figure to be checked",
                         "Photos of students can only be used if we have a signed consent form"]),
    ),
    Mail(
        1915, "boutique-donts", FASHION, SAM, "2028-12-14 09:00", "Spring lookbook",
        """Hi Sam!

A few don'ts for the spring lookbook:

No models under 25.
No alcohol in any shot.
Don't show the old storefront, we're renovating.

Otherwise you have free rein!

Kim""",
        style="apple",
        labels=dict(req=["No models under 25", "No alcohol in any shot",
                         "Don't show the old storefront"]),
    ),
    Mail(
        1916, "home-printer-needs-files", PRINTS, SAM, "2028-12-14 10:30", "January mailing",
        """Hi Sam,

The January mailing lands in homes the week of January 8, so the printer needs final files on December 22.

Our open house is Saturday January 13, it would be nice to mention it.

Laura""",
        style="gmail",
        labels=dict(due=["2028-12-22"]),  # the open house is the client's event
    ),
    Mail(
        1917, "zoo-captions-and-policy", ZOO, SAM, "2028-12-14 13:20", "Re: Lights video",
        """Thanks for the video, Ben here.

Two things: the captions are missing on the second half, please fix. And per our new accessibility policy, all videos need audio description from now on.

Ben Carter
Riverside Zoo Marketing""",
        style="outlook",
        quote=Quote(SAM, "2028-12-13 17:00", """Ben, here is the first cut of the Zoo Lights video.

Sam"""),
        labels=dict(cr=["the captions are missing on the second half"],
                    req=["all videos need audio description"]),
    ),
    Mail(
        1918, "messe-de-brochure", MESSE, SAM, "2028-12-14 15:00", "Messebroschüre",
        """Hallo Sam,

für die Messebroschüre gilt: Alle Texte müssen zweisprachig sein, Deutsch und Englisch. Bitte keine Stockfotos verwenden.

Die Broschüre muss bis zum 19. Dezember beim Drucker sein. Budget maximal 7.000 €.

Viele Grüße
Stefan Weber""",
        style="gmail",
        labels=dict(due=["2028-12-19"], budgets=[("7000", "EUR", "cap")],
                    req=["Alle Texte müssen zweisprachig sein", "Bitte keine Stockfotos verwenden"],
                    **EU),
    ),
    Mail(
        1919, "hardware-coop-logo", HARDWARE, SAM, "2028-12-15 07:15", "co-op ad",
        """fyi Home Depot requires their logo be the same size as ours on the co-op ad. sorry for the late notice""",
        style="plain",
        labels=dict(req=["Home Depot requires their logo be the same size as ours"]),
    ),
]
