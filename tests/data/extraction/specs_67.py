"""The sixty-second labelled set (1360-1379), written on 2026-12-06 (twenty-third session)
after the session's work on wishes and suggestions said in passing: the split ``blind25``,
scored once against the session's starting code and its code when written, never tuned on.

A week (8-12 November 2027) of mail as it comes, not written to exercise any rule: a gym
owner's phone reply, a bakery's long mail with several asks, an HTML-only Outlook mail from
a law firm, a French, a German and a Spanish client, a forward of a forward, a thank-you
naming a meeting, a charity's first brief, an approval that waits for a typo, a Bangalore
client's formal English, a realtor's reply over quoted history, a car dealer pulling an ad,
a dentist's postcards, a coffee shop's list of notes, a university's rules from other
offices, a competitor's spend beside a ceiling, a florist's question, a tasting moved with
its invitations, and a Brazilian client's English.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

RICO = Person("Rico Alvarez", "rico@ironhousegym.com", "America/Phoenix")
MAE = Person("Mae Donnelly", "mae@donnellysbakehouse.com", "America/Chicago")
GRANT = Person("Grant Whitfield", "gwhitfield@whitfieldlaw.com", "America/New_York")
AMELIE = Person("Amélie Roux", "amelie.roux@parfums-roux.fr", "Europe/Paris")
STEFAN = Person("Stefan Krüger", "s.krueger@kruegerbraeu.de", "Europe/Berlin")
CARMEN = Person("Carmen Vidal", "carmen@hotelmarvidal.es", "Europe/Madrid")
DAN = Person("Dan Pruitt", "dan@pruittradio.com", "America/Chicago")
LYDIA = Person("Lydia Chen", "lchen@pruittradio.com", "America/Chicago")
OLIVE = Person("Olive Grant", "olive@grantflooring.com", "America/New_York")
BETH = Person("Beth Adair", "beth.adair@riverbendliteracy.org", "America/New_York")
KARL = Person("Karl Meyer", "karl@meyeroutfitters.com", "America/Denver")
PRIYA = Person("Priya Raghavan", "priya.r@raghavanfoods.in", "Asia/Kolkata")
TESS = Person("Tess Moreau", "tess@moreauhomes.com", "America/New_York")
WADE = Person("Wade Collins", "wade@collinschevy.com", "America/Chicago")
HOLLY = Person("Holly Park", "holly@parkfamilydental.com", "America/Los_Angeles")
JUNO = Person("Juno Reyes", "juno@bluekettlecoffee.com", "America/Los_Angeles")
ALAN = Person("Alan Brooks", "abrooks@northfield.edu", "America/Chicago")
NINA = Person("Nina Sato", "nina@ledgerlight.io", "America/Los_Angeles")
FERN = Person("Fern Wallace", "fern@wallaceflowers.com", "America/New_York")
GIL = Person("Gil Navarro", "gil@navarrocellars.com", "America/Los_Angeles")
BRUNA = Person("Bruna Costa", "bruna.costa@costafit.com.br", "America/Sao_Paulo")

ITEMS = [
    Mail(
        1360, "gym-phone-push", RICO, SAM, "2027-11-08 06:40", "Re: Holiday membership ad",
        """Can u push the ad to start the 22nd instead of the 15th? We wont have the new
equipment in till then. Also the logo on the flyer looks blurry

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2027-11-05 15:10", """Rico, here's the holiday membership ad and the
flyer. The ad is set to start Monday the 15th.

Sam"""),
        labels=dict(due=["2027-11-22"], replaced=["2027-11-15"],
                    cr=["push the ad to start the 22nd", "logo on the flyer looks blurry"]),
    ),
    Mail(
        1361, "bakery-long-several-asks", MAE, SAM, "2027-11-08 08:55",
        "Re: Thanksgiving pie flyer",
        """Morning Sam,

Thanks for the flyer, the pie photos came out beautiful. A few things before it goes out:

Our pie prices went up this year, so pumpkin is $28 now, not $24, and pecan is $32.

Could you add a line at the bottom that says "Gluten-free crusts available on request"?
People ask us every single year.

We'll need 300 of them printed by Friday the 19th so we can hand them out at the
farmers market that weekend. I'd like to keep the printing to around $450.

The landlord only lets us put signs up to 24 x 36 inches in the front window, so the
window version has to be that size.

What we're hoping for is to sell all 200 pre-order slots before the 24th.

Thanks so much!
Mae""",
        style="gmail",
        labels=dict(due=["2027-11-19"], budgets=[("450", "USD")],
                    cr=["pumpkin is $28 now", "add a line at the bottom"],
                    non_budget=[("28", "USD", "price"), ("24", "USD", "price"),
                                ("32", "USD", "price")],
                    req=["window version has to be that size"],
                    obj=["sell all 200 pre-order slots"]),
    ),
    Mail(
        1362, "law-outlook-html", GRANT, SAM, "2027-11-08 10:30", "Estate planning brochure",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for the draft of the estate planning brochure. The partners
reviewed it on Friday.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please note that the words &#8220;Attorney Advertising&#8221; must appear
on the cover of every piece we distribute; the state bar is strict about this.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would need the revised brochure no later than Wednesday, November 17,
as our seminar is the following Tuesday.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,</p>
<p class="MsoNormal">Grant Whitfield<br>Managing Partner<br>Whitfield &amp; Hale LLP</p>
</div></body></html>
""",
        labels=dict(due=["2027-11-17"], req=["must appear\non the cover of every piece"]),
    ),
    Mail(
        1363, "perfume-french", AMELIE, LUCA, "2027-11-08 11:15", "Re: Affiche de Noël",
        """Bonjour Luca,

Merci pour la nouvelle version. Pourriez-vous agrandir le flacon sur l'affiche ? On le
voit à peine. Nous avons besoin des fichiers définitifs avant le 18 novembre pour
l'imprimeur, et le budget d'impression est de 5 000 €.

Belle journée,
Amélie""",
        style="apple",
        labels=dict(due=["2027-11-17"], budgets=[("5000", "EUR")],
                    cr=["agrandir le flacon"], **EU),
    ),
    Mail(
        1364, "brewery-german-english", STEFAN, LUCA, "2027-11-09 08:20", "Re: Winterbock poster",
        """Dear Luca,

please find our feedback below. The bottle on the poster is too small, please make it
bigger. The rest is fine for us.

We need the final data until 19.11. for the printing house. Our budget for the posters is
max. 3.000 EUR.

Kind regards
Stefan Krüger""",
        style="outlook",
        labels=dict(due=["2027-11-19"], budgets=[("3000", "EUR", "cap")],
                    cr=["The bottle on the poster is too small"], **EU),
    ),
    Mail(
        1365, "hotel-spanish", CARMEN, SAM, "2027-11-09 09:40", "Re: Folleto de invierno",
        """Hola Sam,

¿Podéis quitar la foto de la piscina del folleto? En invierno está cerrada y no queremos
confundir a los clientes. Necesitamos la versión final para el 22 de noviembre.

Gracias,
Carmen""",
        style="gmail",
        labels=dict(due=["2027-11-22"], cr=["quitar la foto de la piscina"], **EU),
    ),
    Forward(
        1366, "radio-forward-of-forward", SAM, INTAKE, "2027-11-09 13:05",
        "Logging this one.\n\nSam",
        Forward(
            0, "radio-client-fwd", DAN, SAM, "2027-11-09 12:30",
            "Sam - green light from Lydia, see below. Let's get going.\n\nDan",
            Mail(
                0, "radio-cfo-orig", LYDIA, DAN, "2027-11-09 11:50", "Q1 radio",
                """Dan,

I've signed off on $12,000 for the Q1 radio flight. The spots need to be on air by
January 10.

Lydia""",
                style="outlook",
            ),
            style="gmail",
        ),
        labels=dict(due=["2028-01-10"], budgets=[("12000", "USD")]),
    ),
    Mail(
        1367, "flooring-thanks-meeting", OLIVE, SAM, "2027-11-09 15:45", "Re: Showroom signage",
        """Thanks Sam, got it! See you Thursday at 2 for the walkthrough at the showroom.

Olive""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1368, "literacy-first-brief", BETH, SAM, "2027-11-10 09:00", "Spring gala campaign",
        """Hi Sam,

It was lovely to meet you at the chamber breakfast. As promised, here is what we have in
mind for the spring.

Our goal is to raise $150,000 at the spring gala and to grow our volunteer tutor list to
400 people by June.

We have $18,000 for the campaign, including printing. Everything we put out needs to meet
WCAG AA for accessibility, and printed pieces have to be on recycled stock (our board is
firm on that).

Could we see some first ideas by December 3?

Warmly,
Beth Adair
Executive Director, Riverbend Literacy Council""",
        style="gmail",
        labels=dict(due=["2027-12-03"], budgets=[("18000", "USD")],
                    req=["needs to meet\nWCAG AA", "have to be on recycled stock"],
                    obj=["raise $150,000 at the spring gala"],
                    non_budget=[("150000", "USD", "other")]),
    ),
    Mail(
        1369, "outfitters-approved-if-typo", KARL, SAM, "2027-11-10 10:25",
        "Re: Black Friday email",
        """Looks great - approved, as long as you fix the typo in the second line ("recieve").
Go-live stays Nov 26.

Karl""",
        style="gmail",
        labels=dict(due=["2027-11-26"], cr=["fix the typo"]),
    ),
    Mail(
        1370, "foods-indian-formal", PRIYA, SAM, "2027-11-10 11:10", "Standee artwork",
        """Dear Sam,

Greetings from Raghavan Foods.

Kindly note that the MRP on the standee has to be revised to Rs. 499 from Rs. 549, as per
the new price list. Request you to share the revised artwork by 15/11 EOD.

Thanks and regards,
Priya Raghavan
Brand Manager""",
        style="outlook",
        labels=dict(due=["2027-11-15"], cr=["MRP on the standee has to be revised"],
                    non_budget=[("499", "INR", "price"), ("549", "INR", "price")],
                    day_first=True, default_currency="INR"),
    ),
    Mail(
        1371, "realtor-option-two", TESS, SAM, "2027-11-10 13:30", "Re: Open house postcard",
        """Yes, let's go with option 2. But can we use the photo of the kitchen instead of the
living room one? The kitchen is what sells this house.

Tess""",
        style="gmail",
        quote=Quote(SAM, "2027-11-09 17:00", """Hi Tess,

Two options for the open house postcard are attached. The open house is on November 20,
so the postcards should be in mailboxes by the 16th.

Sam"""),
        labels=dict(cr=["use the photo of the kitchen instead"]),
    ),
    Mail(
        1372, "dealer-pull-ad", WADE, SAM, "2027-11-10 16:20", "November ads",
        """Sam,

Please pull the newspaper ad that was scheduled for the 21st, nobody reads it anymore.
Our November ad budget is $4,000, same as October.

Wade""",
        style="outlook",
        labels=dict(budgets=[("4000", "USD")], cr=["pull the newspaper ad"]),
    ),
    Mail(
        1373, "dental-recall-cards", HOLLY, SAM, "2027-11-11 08:05",
        "Re: Recall postcards proof",
        """Hi Sam,

The recall postcards need to land in mailboxes the week of December 6, so they have to be
at the post office by December 1. Please use the photo of Dr. Lee with the kids, not the
one at the desk.

Thank you!
Holly""",
        style="apple",
        labels=dict(due=["2027-12-01"], cr=["use the photo of Dr. Lee with the kids"]),
    ),
    Mail(
        1374, "coffee-notes-list", JUNO, SAM, "2027-11-11 09:30", "Re: menu board",
        """notes on the menu board:
- prices need updating (latte 4.75, cappuccino 4.50)
- remove the pumpkin spice, it's done for the year
- font is hard to read from the counter

thx
Juno""",
        style="gmail",
        labels=dict(cr=["prices need updating", "remove the pumpkin spice",
                        "font is hard to read"],
                    non_budget=[("4.75", "USD", "price"), ("4.50", "USD", "price")]),
    ),
    Mail(
        1375, "university-other-offices", ALAN, SAM, "2027-11-11 11:45", "Homecoming banners",
        """Sam,

Two things from other offices before you finalise the homecoming banners. Athletics
requires that the conference logo not appear on anything we print this season. Facilities
says banners can't be hung earlier than 48 hours before the event.

The event is Saturday, November 20; the banners should be delivered to Facilities on the
17th.

Alan Brooks
Office of Alumni Relations""",
        style="outlook",
        labels=dict(due=["2027-11-17"],
                    req=["requires that the conference logo not appear",
                         "banners can't be hung earlier than 48 hours"]),
    ),
    Mail(
        1376, "saas-competitor-ceiling", NINA, SAM, "2027-11-11 14:00", "Launch video",
        """Hi Sam,

FYI, Rivalsoft reportedly spent about $250k on their launch video. We obviously can't match
that - our ceiling for the video is $60,000 all in.

We need it for the conference on January 12, where we're launching.

Nina""",
        style="gmail",
        labels=dict(due=["2028-01-12"], budgets=[("60000", "USD", "cap")],
                    non_budget=[("250000", "USD", "other")]),
    ),
    Mail(
        1377, "florist-question-closed", FERN, SAM, "2027-11-12 08:15", "Photos",
        """Hi Sam, just checking - did you get the photos I sent on Tuesday? Also, we're closed
Nov 25-26 for Thanksgiving.

Fern""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1378, "winery-tasting-moved", GIL, SAM, "2027-11-12 10:50", "Holiday tasting",
        """Hi Sam,

Our holiday tasting has moved to December 4, so the invitations now need to go out by
November 19 instead of November 12. Also, can we push our call to Thursday?

Gil""",
        style="gmail",
        labels=dict(due=["2027-11-19"], replaced=["2027-11-12"],
                    cr=["invitations now need to go out by\nNovember 19"]),
    ),
    Mail(
        1379, "fitness-brazil-english", BRUNA, SAM, "2027-11-12 13:20", "Re: Banners Black Friday",
        """Hello Sam!

We need to change the colour of the button for the green of our brand (#00A859). Also the
text "Compre já" must be in all the banners. Deadline is 16/11.

Thanks!!
Bruna""",
        style="gmail",
        labels=dict(due=["2027-11-16"], cr=["change the colour of the button"],
                    req=["must be in all the banners"], day_first=True),
    ),
]
