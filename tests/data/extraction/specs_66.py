"""The sixty-first labelled set (1340-1359), written on 2026-12-06 (twenty-second session) after
the session's work on hopes in the past tense and "make sure to": the split ``blind24``,
scored once against the session's starting code and its code when written, never tuned on.

A week (27 September - 1 October 2027) of mail as it comes, not written to exercise any
rule: a dental office's phone reply, a brewery's numbered notes, an Outlook table from a
hotel, a French, a German and a Spanish client, the AE's forward of a client's postponement,
a thank-you, an approval with one change, a start-up's first brief, a three-word phone
order, a Mumbai client's formal English, an Australian, a landlord's rules passed on, a
budget as a range, a competitor's spend beside our own, a meeting moved beside a deadline
moved, a reply over quoted figures, a Dutch client's English and a realtor's flyer.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

TINA = Person("Tina Brooks", "tina@brooksdental.com", "America/New_York")
MIKE = Person("Mike Sorensen", "mike@highgradebrewing.com", "America/Denver")
ELENA = Person("Elena Marsh", "emarsh@harborviewhotels.com", "America/Chicago")
CAMILLE = Person("Camille Durand", "camille.durand@maisondurand.fr", "Europe/Paris")
JONAS = Person("Jonas Weber", "j.weber@weber-sport.de", "Europe/Berlin")
LUCIA = Person("Lucía Romero", "lucia@romerovinos.es", "Europe/Madrid")
NORA = Person("Nora Quinlan", "nora@quinlanliving.com", "America/New_York")
RUTH = Person("Ruth Adler", "ruth@adlerplumbing.com", "America/Chicago")
OMAR = Person("Omar Haddad", "omar@haddadoptics.com", "America/Los_Angeles")
ZOE = Person("Zoe Kim", "zoe@trailmixapp.com", "America/Los_Angeles")
BUD = Person("Bud Lawson", "bud@lawsonford.com", "America/Chicago")
ARVIND = Person("Arvind Menon", "arvind.menon@menonpharma.in", "Asia/Kolkata")
MITCH = Person("Mitch Taylor", "mitch@taylorsurfco.com.au", "Australia/Brisbane")
GRETA = Person("Greta Lind", "greta@lindbakery.com", "America/Chicago")
PAUL = Person("Paul Ng", "paul.ng@ngoutdoor.com", "America/Denver")
HANNA = Person("Hanna Berg", "hanna@bergskincare.com", "America/New_York")
VIV = Person("Vivian Cole", "vivian.cole@colefoundation.org", "America/New_York")
RAFA = Person("Rafael Ortega", "rafa@ortegagym.com", "America/Los_Angeles")
FLEUR = Person("Fleur Jansen", "fleur.jansen@jansentuinen.nl", "Europe/Amsterdam")
DEE = Person("Dee Marshall", "dee@marshallrealty.com", "America/New_York")

ITEMS = [
    Mail(
        1340, "dentist-phone-reply", TINA, SAM, "2027-09-27 07:12", "Re: Health fair flyer",
        """Looks good. Only thing - phone # on the flyer is old, should be 555-0142. Need them
printed by Oct 6 for the health fair.

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2027-09-24 16:05", """Tina, the health fair flyer proof is attached.
Let me know what you think.

Sam"""),
        labels=dict(due=["2027-10-06"], cr=["phone # on the flyer is old"]),
    ),
    Mail(
        1341, "brewery-numbered-notes", MIKE, SAM, "2027-09-27 09:30",
        "Re: Oktoberfest concepts",
        """Hi Sam,

Thanks for turning the Oktoberfest concepts around so fast. A few notes from the team:

1. On the tap handle poster the stein illustration is great, but the date is wrong - it
should read October 16, not the 9th.
2. We'd like the QR code to go to the events page rather than the homepage.
3. Can you make the "Prost!" lettering a little less cartoonish? It reads a bit kiddie
right now.

Also, our distributor requires the legal drinking age line ("Please enjoy responsibly.
21+") on anything that goes into stores, so that has to be on the shelf talker too.

We have about $6,500 left in the fall budget for the printing and the social ads combined.

Could we see a revised round by Wednesday?

Cheers,
Mike""",
        style="gmail",
        labels=dict(due=["2027-09-29"], budgets=[("6500", "USD")],
                    cr=["the date is wrong", "We'd like the QR code to go to the events page",
                        "make the \"Prost!\" lettering a little less cartoonish"],
                    req=["requires the legal drinking age line"]),
    ),
    Mail(
        1342, "hotel-outlook-table", ELENA, SAM, "2027-09-27 11:20", "Holiday pieces",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Below are the holiday pieces for the Harborview properties:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Piece</b></p></td>
<td><p class="MsoNormal"><b>Live date</b></p></td>
<td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Holiday brunch email</p></td>
<td><p class="MsoNormal">Nov 15</p></td><td><p class="MsoNormal">$1,200</p></td></tr>
<tr><td><p class="MsoNormal">Lobby poster</p></td>
<td><p class="MsoNormal">Nov 20</p></td><td><p class="MsoNormal">$800</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please keep the new logo lockup on everything.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Elena Marsh<br>Events Manager, Harborview Hotels</p>
</div></body></html>
""",
        labels=dict(due=["2027-11-15", "2027-11-20"],
                    budgets=[("1200", "USD"), ("800", "USD")],
                    req=["keep the new logo lockup on everything"]),
    ),
    Mail(
        1343, "deli-french", CAMILLE, LUCA, "2027-09-27 14:05", "Re: Catalogue de Noël",
        """Bonjour Luca,

Merci pour les maquettes, elles nous plaisent beaucoup. Pourriez-vous remplacer la photo
du chef par celle de la boutique ? Le catalogue doit être prêt pour le 15 octobre, et le
budget total ne doit pas dépasser 9 000 €.

Bien cordialement,
Camille Durand""",
        style="gmail",
        labels=dict(due=["2027-10-15"], budgets=[("9000", "EUR", "cap")],
                    cr=["remplacer la photo\ndu chef"], **EU),
    ),
    Mail(
        1344, "sport-german-english", JONAS, LUCA, "2027-09-28 08:45", "Re: Winter flyer",
        """Hello Luca,

thank you for the drafts. We would like to change the headline to "Winter is coming to
Hamburg". The flyers must be delivered until 12.10. to our shop.

Best regards
Jonas Weber""",
        style="outlook",
        labels=dict(due=["2027-10-12"], cr=["change the headline"], **EU),
    ),
    Mail(
        1345, "wine-spanish", LUCIA, LUCA, "2027-09-28 10:10", "Re: Etiquetas reserva",
        """Hola Luca,

¿Podrías cambiar el color del fondo a azul marino? El dorado no se lee bien en la
botella. Necesitamos los archivos finales antes del 20 de octubre.

Un saludo,
Lucía""",
        style="gmail",
        labels=dict(due=["2027-10-19"], cr=["cambiar el color del fondo"], **EU),
    ),
    Forward(
        1346, "home-postpone-fw", SAM, INTAKE, "2027-09-28 11:40", "fyi, for the tracker",
        Mail(
            0, "home-postpone-orig", NORA, SAM, "2027-09-28 10:55", "Open house mailer",
            """Hi Sam,

We've decided to postpone the open house mailer to November 12 - the renovation is
running late. Also, please take the pool photo out, it isn't finished.

Nora""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(due=["2027-11-12"],
                    cr=["postpone the open house mailer", "please take the pool photo out"]),
    ),
    Mail(
        1347, "plumber-thanks", RUTH, SAM, "2027-09-28 15:30", "Re: Website banners",
        """Hi Sam, the banners look great on the site, we already got three calls from them.
Thanks again to you and the team!

Ruth""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1348, "optics-approval-tweak", OMAR, SAM, "2027-09-28 16:45", "Re: Fall sale mailer",
        """Approved! Just one small thing: can the price on the back read $24.99 instead of
$25? Then go ahead and print.

Omar""",
        style="apple",
        labels=dict(cr=["can the price on the back read $24.99"]),
    ),
    Mail(
        1349, "app-first-brief", ZOE, SAM, "2027-09-29 09:15", "Canada launch",
        """Hi Sam,

Great to meet you last week. As discussed, we'd like to launch Trailmix in Canada in the
new year and we want to get 10,000 downloads in the first month.

Budget is around $40k for the launch campaign. Everything needs to be bilingual (English
and French), including the app store screenshots.

We'd love to see initial concepts by October 15.

Best,
Zoe Kim
Head of Growth, Trailmix""",
        style="gmail",
        labels=dict(due=["2027-10-15"], budgets=[("40000", "USD")],
                    req=["Everything needs to be bilingual"],
                    obj=["get 10,000 downloads in the first month"]),
    ),
    Mail(
        1350, "dealer-terse", BUD, SAM, "2027-09-29 10:02", "Re: truck month ad",
        """Move the ad to the Sunday paper pls. Same size. Thx

Sent from my Android""",
        style="plain",
        quote=Quote(SAM, "2027-09-28 17:30", """Bud, the truck month ad is booked for the
Saturday paper. Final attached.

Sam"""),
        labels=dict(cr=["Move the ad to the Sunday paper"]),
    ),
    Mail(
        1351, "pharma-mumbai", ARVIND, SAM, "2027-09-29 12:30", "Brochure revision",
        """Dear Sam,

Kindly do the needful and revert with the revised brochure by Thursday EOD. The Managing
Director's photograph is to be replaced with the new one attached.

Thanks and regards,
Arvind Menon
Menon Pharma Ltd.""",
        style="outlook",
        labels=dict(due=["2027-09-30"], cr=["photograph is to be replaced"]),
    ),
    Mail(
        1352, "surf-australian", MITCH, SAM, "2027-09-30 08:20", "Re: summer range ads",
        """G'day Sam,

Reckon we could swap the surfboard shot for the one with the dog? Also the tagline's a
bit long, can we chop it back to "Ride the Taylor"?

Cheers,
Mitch""",
        style="gmail",
        labels=dict(cr=["swap the surfboard shot", "chop it back"]),
    ),
    Mail(
        1353, "bakery-landlord-rules", GRETA, SAM, "2027-09-29 13:40", "Window signage",
        """Sam,

Heads up from our landlord: all window signage has to be approved by the building
manager before it goes up, and nothing can cover more than a third of the glass.

Can you send her the proofs on Monday?

Thanks,
Greta""",
        style="gmail",
        labels=dict(due=["2027-10-04"],
                    req=["has to be approved by the building\nmanager",
                         "nothing can cover more than a third of the glass"]),
    ),
    Mail(
        1354, "outdoor-budget-range", PAUL, SAM, "2027-09-30 09:50", "Spring catalogue",
        """Hi Sam,

For the spring catalogue we're thinking somewhere between $18k and $22k all in. The print
run is 5,000 copies and we need them in stores by March 1.

Paul""",
        style="gmail",
        labels=dict(due=["2028-03-01"], budgets=[("22000", "USD", "range", "18000")]),
    ),
    Mail(
        1355, "skincare-competitor", HANNA, SAM, "2027-09-30 11:10", "Next year",
        """Hi Sam,

Our main competitor spent around $2M on TV last year. We can't match that, but with our
$150,000 we want to take 5% of their market share by the end of next year.

Let's talk about where the money works hardest.

Hanna""",
        style="gmail",
        labels=dict(budgets=[("150000", "USD")], obj=["take 5% of their market share"]),
    ),
    Mail(
        1356, "foundation-meeting-and-deadline", VIV, SAM, "2027-09-30 14:25",
        "Gala program",
        """Hi Sam,

Can we move our Thursday check-in to Friday at 10? Also, the print deadline for the gala
program has moved to October 22 - the venue changed the date on us.

Thanks,
Vivian""",
        style="outlook",
        labels=dict(due=["2027-10-22"], cr=["the print deadline for the gala\nprogram has moved"]),
    ),
    Mail(
        1357, "gym-reply-over-figures", RAFA, SAM, "2027-09-30 16:00", "Re: January plan",
        """That works for us. One change though: drop the radio spot and put that money into
Instagram.

Rafa""",
        style="gmail",
        quote=Quote(SAM, "2027-09-30 12:15", """Rafa, here is the January plan: radio spot
$4,000, Instagram $6,000, launch on January 3.

Sam"""),
        labels=dict(cr=["drop the radio spot"]),
    ),
    Mail(
        1358, "garden-dutch-english", FLEUR, LUCA, "2027-10-01 09:05", "Re: Proof brochure",
        """Hi Luca,

The colours in the proof are more dull than on the screen, can the printer make them
more bright? And we miss our website address on the back side.

We need the final version on 8-10.

Groetjes,
Fleur""",
        style="gmail",
        labels=dict(due=["2027-10-08"],
                    cr=["can the printer make them\nmore bright",
                        "we miss our website address"], **EU),
    ),
    Mail(
        1359, "realtor-flyer", DEE, SAM, "2027-10-01 10:30", "Re: Maple St flyer",
        """Hi Sam - for the Maple St listing flyer, please use the twilight photo on the front
and move the floor plan to page 2. The open house is Sunday October 10; the flyers need to
be at the office by the Friday before.

Thanks!
Dee""",
        style="gmail",
        quote=Quote(SAM, "2027-09-30 17:20", """Dee, first proof of the Maple St flyer attached:
the daytime photo on the front, the floor plan on page 1.

Sam"""),
        labels=dict(due=["2027-10-08"],
                    cr=["please use the twilight photo on the front"]),
    ),
]
