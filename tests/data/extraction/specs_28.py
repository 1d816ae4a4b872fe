"""The twenty-third labelled set (740-759), written on 2026-12-06 (fourteenth session) after
tune21's rules and before any other; scored blind first, then tuned on (split ``tune22``;
both scores in docs/performance.md).

The shapes issue 12 names, in words nobody in the project wrote before: a week from Friday,
end of Q1 and the first week of March, a Pantone correction, a cap in Canadian dollars, a
board's sign-off counted back from a print date, a French client's day-first date, an HTML
table whose day sits beside a sum, a deadline inside a forward of a forward, plain facts of
going live, "we can stretch to", scope a distributor adds, a go-ahead, an updated template
wanted by a day, a lead time counted from a signature nobody dated, "in two weeks", German
and Spanish mail, a Portuguese writer's "until", a competitor's spend and a call beside a
deadline.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

OWEN = Person("Owen Price", "owen@pricegrocers.com", "America/New_York")
TESS = Person("Tess Hughes", "tess@hughesbrands.com", "America/Chicago")
IVY = Person("Ivy Chen", "ivy@chenskincare.com", "America/Los_Angeles")
MARC = Person("Marc Tremblay", "marc@tremblaycidre.ca", "America/Toronto")
JUNE = Person("June Park", "june@parkcommunitybank.com", "America/New_York")
AMELIE = Person("Amélie Roux", "amelie@roux-chocolat.fr", "Europe/Paris")
CORA = Person("Cora Lane", "cora@lanefloral.com", "America/New_York")
TOM_R = Person("Tom Rice", "tom@riceoutdoors.com", "America/Denver")
DIANE = Person("Diane Webb", "diane@riceoutdoors.com", "America/Denver")
MAG = Person("Coastal Living Ads", "ads@coastalmag.com", "America/New_York")
RAJ = Person("Raj Patel", "raj@patelpharmacy.com", "America/Chicago")
LIZ = Person("Liz Moore", "liz@mooredental.com", "America/New_York")
SETH = Person("Seth Young", "seth@youngbrewing.com", "America/Denver")
PAM = Person("Pam Ortiz", "pam@ortizfoods.com", "America/Chicago")
GINA_R = Person("Gina Ross", "gina@rosslabs.com", "America/Los_Angeles")
NATE = Person("Nate Hall", "nate@hallstudios.com", "America/New_York")
PETRA = Person("Petra Koch", "p.koch@koch-moebel.de", "Europe/Berlin")
MARTA = Person("Marta Gil", "marta@gilhoteles.es", "Europe/Madrid")
JOAO = Person("João Alves", "joao@alvesvinhos.pt", "Europe/Lisbon")
KIM_S = Person("Kim Stone", "kim@stonefitness.com", "America/New_York")
BART = Person("Bart Cole", "bart@colehvac.com", "America/Chicago")

ITEMS = [
    Mail(
        740, "grocers-week-from-friday", OWEN, SAM, "2027-01-05 09:10", "Spring circular",
        """Hi Sam,

Can we aim for a week from Friday for the first draft of the spring circular? The team is
back in full then.

Owen""",
        style="gmail",
        labels=dict(due=["2027-01-15"]),
    ),
    Mail(
        741, "brands-end-of-q1-first-week", TESS, SAM, "2027-01-05 11:00", "Rebrand rollout",
        """Sam,

The rebrand needs to be rolled out everywhere by end of Q1. Print collateral by the first
week of March, so the sales team has it for the trade show season.

Tess""",
        style="outlook",
        labels=dict(due=["2027-03-31", "2027-03-01"]),
    ),
    Mail(
        742, "skincare-pantone-correction", IVY, SAM, "2027-01-06 14:20", "Re: round 2",
        """Hi Sam,

Almost there. Please use Pantone 2728 C for the headline, not the purple you used in round 1.

Ivy""",
        style="gmail",
        quote=Quote(SAM, "2027-01-06 10:00", """Ivy, round 2 of the packaging is attached.

Sam"""),
        labels=dict(cr=["use Pantone 2728 C for the headline"]),
    ),
    Mail(
        743, "cider-cap-canadian-dollars", MARC, SAM, "2027-01-05 10:30", "Production budget",
        """Hi Sam,

Total production must not exceed CAD 18,500, taxes included. Let me know if that works.

Marc""",
        style="outlook",
        labels=dict(budgets=[("18500", "CAD", "cap")], default_currency="CAD"),
    ),
    Mail(
        744, "bank-board-signoff-before-print", JUNE, SAM, "2027-01-06 09:00", "Annual report",
        """Hi Sam,

Everything needs to be signed off by our board five business days before it prints.
Printing is booked for February 12.

June""",
        style="outlook",
        labels=dict(due=["2027-02-12", "2027-02-05"]),
    ),
    Mail(
        745, "chocolate-french-day-first", AMELIE, SAM, "2027-01-05 15:00", "Final files",
        """Hello Sam,

We need the final files for the 04/02, the printer is closed after.

Thanks,
Amélie""",
        style="gmail",
        labels=dict(due=["2027-02-04"], **EU),
    ),
    Mail(
        746, "floral-html-day-beside-sum", CORA, SAM, "2027-01-05 12:00", "February plan",
        "",
        style="html",
        html="""<html><body>
<p>Hi Sam, here is the February plan as agreed:</p>
<table border="1" cellpadding="3">
<tr><th>Piece</th><th>Send</th><th>Cost</th></tr>
<tr><td>Valentine's email</td><td>Feb 9</td><td>$1,400</td></tr>
<tr><td>Postcard</td><td>Feb 14</td><td>$2,800</td></tr>
</table>
<p>Cora</p>
</body></html>
""",
        labels=dict(due=["2027-02-09", "2027-02-14"],
                    budgets=[("1400", "USD"), ("2800", "USD")]),
    ),
    Forward(
        747, "outdoors-deadline-in-forward-of-forward", TOM_R, SAM, "2027-01-06 16:10",
        "Sam, FYI below. Can you make this work?\n\nTom",
        Forward(
            0, "outdoors-colleague-forward", DIANE, TOM_R, "2027-01-06 15:30",
            "Tom, the magazine confirmed: materials due Jan 20 for the March issue.\n\nDiane",
            Mail(
                0, "magazine-confirmation", MAG, DIANE, "2027-01-06 14:00", "March issue",
                """Hi Diane,

Your full page in the March issue is confirmed. Our specs sheet is attached.

Coastal Living Ad Sales""",
                style="outlook",
            ),
            style="outlook",
        ),
        labels=dict(due=["2027-01-20"]),
    ),
    Mail(
        748, "pharmacy-in-market-goes-live", RAJ, SAM, "2027-01-05 13:30", "Spring spot",
        """Quick update: the spring spot is in-market March 8 and the site refresh goes live the
same day. Budget's the same, $30k.

Raj""",
        style="gmail",
        labels=dict(due=["2027-03-08"], budgets=[("30000", "USD")]),
    ),
    Mail(
        749, "dental-stretch-to", LIZ, SAM, "2027-01-06 11:45", "Re: video quote",
        """Sam, we were at $10k, but we can stretch to $12,500 if it includes the video.

Liz""",
        style="gmail",
        labels=dict(budgets=[("12500", "USD")]),
    ),
    Mail(
        750, "brewing-distributor-adds-scope", SETH, SAM, "2027-01-06 10:20", "Re: sell sheets",
        """Sam, our distributor also needs French versions of all four sell sheets. Same
timing.

Seth""",
        style="gmail",
        quote=Quote(SAM, "2027-01-05 17:00", """Seth, the four sell sheets are in layout, due
January 15.

Sam"""),
        labels=dict(cr=["French versions of all four sell sheets"]),
    ),
    Mail(
        751, "foods-proceed", PAM, SAM, "2027-01-07 09:30", "Re: round 2",
        """We're happy with round 2, please proceed with the final artwork.

Pam""",
        style="gmail",
        quote=Quote(SAM, "2027-01-06 15:00", """Pam, round 2 is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        752, "labs-updated-template-ready", GINA_R, SAM, "2027-01-05 16:00", "Price list",
        """Hi Sam,

Please have the updated price list template ready by the 15th so our reps can use it at the
conference.

Gina""",
        style="gmail",
        labels=dict(due=["2027-01-15"]),
    ),
    Mail(
        753, "studios-lead-from-signing", NATE, SAM, "2027-01-06 12:10", "Next steps",
        """Hi Sam,

Legal is still reviewing the contract. Once we sign, we'd need the first concepts within 10
business days.

Nate""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        754, "fitness-in-two-weeks", KIM_S, SAM, "2027-01-05 08:40", "Storyboard",
        """Sam, can you get us the revised storyboard in two weeks? Thanks!

Kim""",
        style="gmail",
        labels=dict(due=["2027-01-19"]),
    ),
    Mail(
        755, "furniture-german-fair", PETRA, LUCA, "2027-01-05 10:00", "Messe Köln",
        """Hallo Luca,

das Budget für die Messe beträgt 15.000 € netto. Die Unterlagen müssen bis spätestens 22.01.
beim Messebauer sein. Bitte verwenden Sie nur Fotos aus unserer Datenbank.

Grüße
Petra Koch""",
        style="outlook",
        labels=dict(due=["2027-01-22"], budgets=[("15000", "EUR")],
                    req=["nur Fotos aus unserer Datenbank"], **EU),
    ),
    Mail(
        756, "hotels-spanish-summer", MARTA, LUCA, "2027-01-06 09:30", "Campaña de verano",
        """Hola Luca:

Para la campaña de verano contamos con 20.000 euros. La web tiene que estar lista para el 1
de junio.

Saludos,
Marta""",
        style="gmail",
        labels=dict(due=["2027-06-01"], budgets=[("20000", "EUR")], **EU),
    ),
    Mail(
        757, "wines-portuguese-until", JOAO, LUCA, "2027-01-05 11:15", "Re: label",
        """Hello Luca,

Please send us the final version until Friday. The price must be in euro, not in dollar.

Obrigado,
João""",
        style="gmail",
        labels=dict(due=["2027-01-08"], req=["price must be in euro"], **EU),
    ),
    Mail(
        758, "hvac-competitor-spent", BART, SAM, "2027-01-06 13:00", "Q1",
        """Sam,

Our competitor Clearview reportedly spent $1.2M on their Super Bowl ad. We're not in that
league; $75,000 is our number for Q1.

Bart""",
        style="gmail",
        labels=dict(budgets=[("75000", "USD")]),
    ),
    Mail(
        759, "pharmacy-call-and-deadline", RAJ, SAM, "2027-01-05 15:30", "Concepts",
        """Can we do a call on Thursday at 10 to go over the concepts? The concepts themselves
are due Jan 14.

Raj""",
        style="gmail",
        labels=dict(due=["2027-01-14"]),
    ),
]
