"""The fifty-third labelled set (2000-2019), written on 2026-12-06 (nineteenth session) at the
session's end, after tune43: the split ``blind21``, scored once and never tuned on.

A week (2-6 August 2027) of every kind of client at once, as the mail nobody on the team
wrote would come: a terse phone reply, a long mail of several asks, an Outlook HTML list, a
German, a French and a Spanish client, English from an Italian and a Swede, a forward with
a note, a status that asks nothing, a brief with goals and rules, a date moved, money
capped and money ranged.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

ASTRID = Person("Astrid Lund", "astrid@lund-design.se", "Europe/Stockholm")
BORIS = Person("Boris Wagner", "boris@wagner-elektro.de", "Europe/Berlin")
CELINE = Person("Céline Marchal", "celine@marchal-patisserie.fr", "Europe/Paris")
DARIO = Person("Dario Russo", "dario@russo-caffe.it", "Europe/Rome")
EVA = Person("Eva Torres", "eva@torres-viajes.es", "Europe/Madrid")
FRANK = Person("Frank Doyle", "frank@doyleplumbing.com", "America/Chicago")
GRACE = Person("Grace Kim", "grace@kimdental.com", "America/Los_Angeles")
HARRY = Person("Harry Webb", "harry@webbcycles.co.uk", "Europe/London")
IVAN = Person("Ivan Petrov", "ivan@petrovtech.com", "America/New_York")
JUNE = Person("June Park", "june@parkbakery.com", "America/New_York")
JUNE_BOSS = Person("Min Park", "min@parkbakery.com", "America/New_York")
KYLE = Person("Kyle Reed", "kyle@reedrealty.com", "America/Denver")
LENA = Person("Lena Ortiz", "lena@ortizfoundation.org", "America/Chicago")
MO = Person("Mo Hassan", "mo@hassangrill.com", "America/Chicago")
NELL = Person("Nell Carter", "nell@carterbooks.com", "America/New_York")
OWEN_T = Person("Owen Tate", "owen@tatehardware.com", "America/Chicago")
PRIYA_S = Person("Priya Shah", "priya@shahclinic.com", "America/New_York")
QUINN_R = Person("Quinn Ross", "quinn@rossfitness.com", "America/Los_Angeles")
RAY_M = Person("Ray Moss", "ray@mossmotors.com", "America/Denver")
SARA = Person("Sara Blum", "sara@blum-hotel.at", "Europe/Vienna")
TINA = Person("Tina Lopez", "tina@lopezflowers.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        2000, "design-se-english", ASTRID, SAM, "2027-08-02 09:00", "Re: Catalogue layout",
        """Hi Sam,

The layout is nice but the photos on page 6 are too dark, can you make them lighter?
Also we need to add our new showroom in Malmö on the last page. We print on 20 August.

Best,
Astrid""",
        style="gmail",
        quote=Quote(SAM, "2027-07-30 15:00", """Astrid, the catalogue layout is attached.

Sam"""),
        labels=dict(due=["2027-08-20"],
                    cr=["can you make them lighter", "add our new showroom in Malmö"], **EU),
    ),
    Mail(
        2001, "elektro-de-brief", BORIS, LUCA, "2027-08-02 11:00", "Kampagne Wärmepumpen",
        """Hallo Luca,

für unsere Wärmepumpen-Kampagne stehen 15.000 Euro zur Verfügung. Ziel ist, 120
Beratungstermine zu vereinbaren. Alle Anzeigen müssen das Förderlogo der KfW zeigen. Start
der Kampagne ist der 15. September.

Viele Grüße
Boris Wagner""",
        style="outlook",
        labels=dict(due=["2027-09-15"], budgets=[("15000", "EUR")],
                    obj=["120 Beratungstermine"],
                    req=["Alle Anzeigen müssen das Förderlogo der KfW zeigen"], **EU),
    ),
    Mail(
        2002, "patisserie-fr-changes", CELINE, LUCA, "2027-08-02 14:30", "Re: Carte automne",
        """Bonjour Luca,

Merci pour la carte. Pourriez-vous changer la photo de la tarte au citron ? Elle n'est pas
appétissante. Et le prix du macaron est faux : c'est 2,20 €, pas 2,50 €. Nous en avons
besoin avant le 1er septembre.

Céline""",
        style="gmail",
        labels=dict(due=["2027-08-31"],
                    cr=["changer la photo de la tarte au citron", "le prix du macaron est faux"],
                    **EU),
    ),
    Mail(
        2003, "caffe-it-english", DARIO, SAM, "2027-08-03 09:30", "Autumn promo",
        """Hello Sam,

For the autumn promo we have a budget of maximum 6.000 €. The posters must be ready for
the 20th of September. Is important that the price is always with the VAT included.

Grazie,
Dario""",
        style="gmail",
        labels=dict(due=["2027-09-20"], budgets=[("6000", "EUR", "cap")],
                    req=["the price is always with the VAT included"], **EU),
    ),
    Mail(
        2004, "viajes-es-move", EVA, LUCA, "2027-08-03 11:15", "RE: Folleto Navidad",
        """Hola Luca,

Tenemos que retrasar la entrega del folleto al 15 de octubre, en lugar del 1 de octubre.
Además, por favor quiten la oferta de Lisboa, ya no está disponible.

Gracias,
Eva""",
        style="gmail",
        labels=dict(due=["2027-10-15"], replaced=["2027-10-01"],
                    cr=["retrasar la entrega del folleto", "quiten la oferta de Lisboa"], **EU),
    ),
    Mail(
        2005, "plumbing-terse", FRANK, SAM, "2027-08-03 13:00", "Re: Van wrap v2",
        """better. logo still too small on the side tho. rest ok

sent from phone""",
        style="gmail",
        quote=Quote(SAM, "2027-08-02 16:00", """Frank, v2 of the van wrap is attached.

Sam"""),
        labels=dict(cr=["logo still too small on the side"]),
    ),
    Mail(
        2006, "dental-status", GRACE, SAM, "2027-08-03 15:20", "Re: July results",
        """Hi Sam, thanks for the report. The new patient ads brought in 52 appointments in July,
our best month so far. No changes needed, let's keep them running as they are.

Grace""",
        style="outlook",
        labels=dict(),
    ),
    Mail(
        2007, "cycles-uk-long", HARRY, LUCA, "2027-08-04 09:00", "Autumn sale emails",
        """Hi Luca,

Thanks for the drafts of the autumn sale emails. A few things from our side:

The subject line of email 1 feels a bit flat, could we try something with more urgency?
In email 2 the discount should read 25%, not 20%. We'd also like a third email for
people who clicked but didn't buy, going out a week after the second.

The first email needs to go out on 6 September. We've got £3,500 for the whole series.

Cheers,
Harry""",
        style="gmail",
        labels=dict(due=["2027-09-06"], budgets=[("3500", "GBP")],
                    cr=["could we try something with more urgency",
                        "the discount should read 25%, not 20%",
                        "We'd also like a third email"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        2008, "tech-html-list", IVAN, SAM, "2027-08-04 11:30", "Trade show needs",
        """Hi Sam, here is what we need for the trade show in Boston:

Booth backdrop - due September 10
Product one-pagers (3) - due September 13
Badge lanyards - due September 13

Total budget for all of it: $9,000. All pieces need our new tagline "Built to scale".

Ivan""",
        style="html",
        html="""<html><body><div>Hi Sam, here is what we need for the trade show in Boston:</div>
<ul>
<li>Booth backdrop - due September 10</li>
<li>Product one-pagers (3) - due September 13</li>
<li>Badge lanyards - due September 13</li>
</ul>
<div>Total budget for all of it: $9,000. All pieces need our new tagline "Built to
scale".</div>
<div><br></div>
<div>Ivan</div></body></html>""",
        labels=dict(due=["2027-09-10", "2027-09-13"], budgets=[("9000", "USD")],
                    req=["All pieces need our new tagline"]),
    ),
    Forward(
        2009, "bakery-forward-owner", JUNE, SAM, "2027-08-04 14:00",
        "Sam, see Min's note below. Can you swap the photo on the flyer? Thanks!",
        Mail(
            0, "bakery-owner", JUNE_BOSS, JUNE, "2027-08-04 12:00", "flyer",
            """June, I don't like the croissant photo on the new flyer, use the one with the
sourdough loaves instead. And it has to say "since 1987" under the logo.

Min""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["swap the photo on the flyer", "use the one with the sourdough loaves",
                        "it has to say \"since 1987\" under the logo"]),
    ),
    Mail(
        2010, "realty-range", KYLE, SAM, "2027-08-05 08:45", "Open house signs",
        """Sam - need 8 yard signs for the open houses this fall. Figure somewhere in the
$1,200-1,500 range. First open house is September 18, so signs by the 15th please.

Kyle""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("1500", "USD", "range", "1200")]),
    ),
    Mail(
        2011, "foundation-goals-rules", LENA, SAM, "2027-08-05 10:30", "Year-end appeal",
        """Hi Sam,

For the year-end appeal we hope to raise $150,000 from 1,000 donors. Every piece must
include our charity registration number. Please never use photos of children without a
signed release. Letters should drop November 15.

Lena Ortiz""",
        style="outlook",
        labels=dict(due=["2027-11-15"], non_budget=[("150000", "USD")],
                    obj=["raise $150,000"],
                    req=["must include our charity registration number",
                         "never use photos of children without a signed release"]),
    ),
    Mail(
        2012, "grill-question-back", MO, SAM, "2027-08-05 13:00", "Re: Menu board",
        """Sam, quick question before I sign off: can the prices be smaller than the dish
names, or does it have to be the same size? Let me know.

Mo""",
        style="gmail",
        quote=Quote(SAM, "2027-08-04 17:00", """Mo, the final menu board is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        2013, "books-hold-and-move", NELL, SAM, "2027-08-05 15:30", "Author tour",
        """Hi Sam,

Please hold the social posts for the author tour - the publisher moved the first stop
from September 9 to September 23. The posters should now be ready by September 16.

Nell""",
        style="gmail",
        labels=dict(due=["2027-09-16"],
                    cr=["Please hold the social posts", "posters should now be ready by"]),
    ),
    Mail(
        2014, "hardware-thanks-ok", OWEN_T, SAM, "2027-08-06 08:00", "Re: Fall flyer",
        """Looks great, approved. Go ahead and print.

Owen""",
        style="apple",
        quote=Quote(SAM, "2027-08-05 16:00", """Owen, the final fall flyer for approval.

Sam"""),
        labels=dict(),
    ),
    Mail(
        2015, "clinic-legal-via-colleague", PRIYA_S, SAM, "2027-08-06 10:00", "Flu ads",
        """Hi Sam,

Our compliance officer says the flu ads can't promise "no side effects", please change it
to "few side effects". She also needs to see the final versions before anything goes live.
The campaign starts October 1.

Priya""",
        style="gmail",
        labels=dict(due=["2027-10-01"],
                    cr=["please change it to \"few side effects\""],
                    req=["She also needs to see the final versions"]),
    ),
    Mail(
        2016, "fitness-goal-no-date", QUINN_R, SAM, "2027-08-06 12:30", "January push",
        """Sam, for the January push we want to beat last year's 900 new members. Spend up to
$30k. More details when we meet on the 20th.

Quinn""",
        style="gmail",
        labels=dict(budgets=[("30000", "USD", "cap")], obj=["beat last year's 900 new members"]),
    ),
    Mail(
        2017, "motors-wrong-phone", RAY_M, SAM, "2027-08-06 14:00", "Re: Radio script",
        """Sam, the phone number in the script is our old one. Should be 303-555-0147. Need the
corrected spot to the station by Wednesday.

Ray""",
        style="outlook",
        quote=Quote(SAM, "2027-08-05 11:00", """Ray, the radio script for the fall sale event.

Sam"""),
        labels=dict(due=["2027-08-11"], cr=["the phone number in the script is our old one"]),
    ),
    Mail(
        2018, "hotel-at-german", SARA, LUCA, "2027-08-06 15:00", "AW: Wintersaison Anzeige",
        """Hallo Luca,

bitte tauschen Sie das Foto vom Pool gegen ein Winterfoto aus. Die Anzeige muss bis zum
1. September bei der Zeitung sein.

Liebe Grüße
Sara""",
        style="gmail",
        labels=dict(due=["2027-09-01"], cr=["tauschen Sie das Foto vom Pool"], **EU),
    ),
    Mail(
        2019, "flowers-two-in-one", TINA, SAM, "2027-08-06 16:30", "Re: Holiday postcard",
        """Love it! Just make the greeting bigger and switch the red bow to gold, thank you!!

Tina""",
        style="apple",
        quote=Quote(SAM, "2027-08-06 10:00", """Tina, the holiday postcard draft is attached.

Sam"""),
        labels=dict(cr=["make the greeting bigger"]),
    ),
]
