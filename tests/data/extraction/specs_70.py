"""The sixty-fifth labelled set (1420-1439), written on 2026-12-07 (twenty-fourth session)
after tune49's rules and before any rule of its own: the split ``tune50``, scored blind
first, then tuned on.

A week (13-17 December 2027) of mail as it comes: a London client's "Tuesday week" and
"tops", an Italian and a Japanese client's English, a long mail of several asks without
numbers after an offsite, a choice with one change, an Australian budget with a print cap,
thanks that name a meeting, a forward of a client asking for an earlier day, holiday hours
to add, a magazine's new spec, a Brazilian client's goal, a push-back on a lead time, a ban
with its history, a print run bumped, a calendar reminder, goals and must-haves under
headings, a Spanish client in Spanish, a terse scope add, a deadline counted back from a
gala, and a price war.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

UK = dict(day_first=True, default_currency="GBP")
EU = dict(day_first=True, default_currency="EUR")

FIONA = Person("Fiona Hale", "fiona@halesbakery.co.uk", "Europe/London")
GIULIA = Person("Giulia Romano", "giulia.romano@romanocalzature.it", "Europe/Rome")
KENJI = Person("Kenji Watanabe", "k.watanabe@watanabe-seiki.co.jp", "Asia/Tokyo")
MARIA = Person("Maria Lopez", "mlopez@brightpathlearning.com", "America/Chicago")
COLE = Person("Cole Jensen", "cole@jensenboats.com", "America/Chicago")
MIA = Person("Mia Thompson", "mia@saltwatersurf.com.au", "Australia/Sydney")
ERIN = Person("Erin Walsh", "erin@walshcpa.com", "America/New_York")
DARNELL = Person("Darnell Hayes", "darnell@hayessmokehouse.com", "America/Chicago")
PRIYA = Person("Priya Shah", "priya@shahoptical.com", "America/New_York")
NOAH = Person("Noah Kim", "noah@kimbistro.com", "America/Los_Angeles")
LUCAS = Person("Lucas Almeida", "lucas.almeida@almeidamoveis.com.br", "America/Sao_Paulo")
HELEN = Person("Helen Shaw", "helen@shawfilmfest.org", "America/New_York")
VIC = Person("Vic Romero", "vic@romerotools.com", "America/Denver")
ANDY = Person("Andy Fox", "andy@foxprintshop.com", "America/Chicago")
BETSY = Person("Betsy Cole", "betsy@colefamilydental.com", "America/Chicago")
JUDY = Person("Judy Marsh", "judy@cedarymca.org", "America/New_York")
ANA = Person("Ana Torres", "ana.torres@turismocosta.es", "Europe/Madrid")
RYAN = Person("Ryan Bell", "ryan@bellmobile.com", "America/Los_Angeles")
CLARA = Person("Clara Price", "cprice@riverviewarts.org", "America/Chicago")
OSCAR = Person("Oscar Lind", "oscar@lindoutdoor.com", "America/Denver")

ITEMS = [
    Mail(
        1420, "bakery-uk-tuesday-week", FIONA, LUCA, "2027-12-13 09:20", "Re: Leaflet reprint",
        """Hiya Luca,

Could we get the revised leaflet by close of play Tuesday week? Budget's £1,800 tops for the
reprint. Also the strapline on the back should read "Est. 1952", not "Since 1952".

Cheers,
Fiona""",
        style="gmail",
        labels=dict(due=["2027-12-21"], budgets=[("1800", "GBP", "cap")],
                    cr=["strapline on the back should read"], **UK),
    ),
    Mail(
        1421, "shoes-italian-english", GIULIA, LUCA, "2027-12-13 10:05", "Catalogue corrections",
        """Good morning Luca,

I send you the corrections for the catalogue. In page 3 the title must be in white and not
in black. In page 7 please to remove the photo of the shoes with the red sole, this model is
finished.

We need the files within the 17 of December.

Best regards
Giulia""",
        style="outlook",
        labels=dict(due=["2027-12-17"],
                    cr=["the title must be in white", "please to remove the photo of the shoes"],
                    **EU),
    ),
    Mail(
        1422, "machinery-japanese-english", KENJI, SAM, "2027-12-13 19:30", "Banner design",
        """Dear Sam,

Thank you very much for your kind support always.

We have checked the banner design. We would like to request to change the background
color to light blue. Also, could you please make the company name more larger?

We would be grateful if you could send us revised version by December 16.

Best regards,
Kenji Watanabe""",
        style="outlook",
        labels=dict(due=["2027-12-16"],
                    cr=["change the background\ncolor to light blue",
                        "make the company name more larger"]),
    ),
    Mail(
        1423, "learning-offsite-several-asks", MARIA, SAM, "2027-12-13 11:40",
        "Spring launch - updates from the offsite",
        """Hi Sam,

Hope your weekend was good. A few updates after our leadership offsite.

First, the spring launch is moving. Instead of March 1, we're now launching March 15, so
everything shifts two weeks.

Second, leadership approved more money, so the campaign budget is now $55,000 (it was
$40,000).

Third, legal reminded us that every testimonial needs the "results not typical" line
underneath it.

The big goal hasn't changed: 2,000 trial sign-ups in the first month.

Let me know if the new date causes any problems.

Thanks!
Maria""",
        style="gmail",
        labels=dict(due=["2028-03-15"], replaced=["2028-03-01"],
                    budgets=[("55000", "USD")], non_budget=[("40000", "USD", "other")],
                    cr=["we're now launching March 15"],
                    req=["every testimonial needs the \"results not typical\" line"],
                    obj=["2,000 trial sign-ups"]),
    ),
    Mail(
        1424, "boats-choice-one-change", COLE, SAM, "2027-12-13 14:00", "Re: Boat show ad options",
        """Let's go with B. Can you put the headline from A on it?

Cole""",
        style="apple",
        quote=Quote(SAM, "2027-12-10 16:30", """Cole, attached are options A and B for the boat
show ad. Let me know which way you'd like to go.

Sam"""),
        labels=dict(cr=["put the headline from A on it"]),
    ),
    Mail(
        1425, "surf-australia-cap", MIA, SAM, "2027-12-14 08:10", "Summer campaign",
        """G'day Sam,

We've got AUD 12,000 for the summer campaign, but no more than 2k of that on print. Need
the first drafts by Friday arvo if you can.

Cheers,
Mia""",
        style="gmail",
        labels=dict(due=["2027-12-17"], budgets=[("12000", "AUD"), ("2000", "AUD", "cap")],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        1426, "cpa-thanks-meeting", ERIN, SAM, "2027-12-14 09:30", "Re: Tax season proofs",
        """Thanks for sending the proofs on Thursday. We're going through them at our team
meeting on Wednesday the 15th and I'll get back to you after that.

Erin""",
        style="gmail",
        labels=dict(),
    ),
    Forward(
        1427, "smokehouse-forward-earlier", SAM, INTAKE, "2027-12-14 10:50",
        "FYI below - they want it sooner.\n\nSam",
        Mail(
            0, "smokehouse-orig", DARNELL, SAM, "2027-12-14 10:20", "Menu boards",
            """Sam, any chance we could get the menu boards by the 22nd instead of the 28th?
We're opening early.

Darnell""",
            style="apple",
        ),
        style="gmail",
        labels=dict(due=["2027-12-22"], replaced=["2027-12-28"],
                    cr=["get the menu boards by the 22nd instead of the 28th"]),
    ),
    Mail(
        1428, "optical-holiday-hours-html", PRIYA, SAM, "2027-12-15 09:00", "Holiday hours",
        "",
        style="html",
        html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Sam,</p>
<p>Please add our holiday hours to the website banner: closed Dec 24&#8211;26 and
Dec 31&#8211;Jan 2. It needs to be up by Monday.</p>
<p>Thank you!</p>
<p>Priya Shah<br>Shah Optical<br><i>Our office is closed Dec 24&#8211;26 for the holidays.</i></p>
</div></body></html>
""",
        labels=dict(due=["2027-12-20"], cr=["add our holiday hours to the website banner"]),
    ),
    Mail(
        1429, "bistro-magazine-spec", NOAH, SAM, "2027-12-15 11:15", "Re: Dining guide ad",
        """Hey Sam,

The magazine just told us their new spec: ads have to be supplied as PDF/X-4 now, not
X-1a. Also, can you switch the photo to the one of the dining room?

Noah""",
        style="gmail",
        labels=dict(req=["ads have to be supplied as PDF/X-4"],
                    cr=["switch the photo to the one of the dining room"]),
    ),
    Mail(
        1430, "furniture-brazil-goal", LUCAS, LUCA, "2027-12-15 13:00", "Campanha verão",
        """Hello Luca,

Our objective with this campaign is to increase the sales of the new line in 30% until
March. The budget available is R$ 25.000 for everything.

Can you send a proposal until the 22nd?

Thanks,
Lucas Almeida""",
        style="gmail",
        labels=dict(due=["2027-12-22"], budgets=[("25000", "BRL")],
                    obj=["increase the sales of the new line in 30%"],
                    day_first=True, default_currency="BRL"),
    ),
    Mail(
        1431, "filmfest-push-back", HELEN, SAM, "2027-12-15 15:30", "Re: Festival trailer",
        """Sam,

I know you said you need two weeks for the trailer, but we really need it by the 23rd -
that's when tickets go on sale. Can you make that work?

Helen""",
        style="gmail",
        labels=dict(due=["2027-12-23"]),
    ),
    Mail(
        1432, "tools-ban-history", VIC, SAM, "2027-12-15 16:45", "Spring catalog",
        """Sam - whatever you do, don't use the old logo with the swoosh. We retired it last year
and legal is still cleaning up after it.

Vic""",
        style="apple",
        labels=dict(req=["don't use the old logo with the swoosh"]),
    ),
    Mail(
        1433, "printshop-bump-run", ANDY, SAM, "2027-12-16 08:20", "Re: Holiday postcards",
        """Can we bump the print run from 500 to 750? Same specs.

Andy""",
        style="plain",
        quote=Quote(SAM, "2027-12-15 17:00", """Andy, postcards are approved and ready to go to
the printer: 500 copies, 6x9, 16pt matte.

Sam"""),
        labels=dict(cr=["bump the print run from 500 to 750"]),
    ),
    Mail(
        1434, "dental-calendar-reminder", BETSY, SAM, "2027-12-16 09:00",
        "Reminder: Campaign review",
        """Reminder: Campaign review
Thursday, December 16, 2:00 PM - 3:00 PM (CST)
Cole Family Dental, conference room B

Betsy""",
        style="plain",
        labels=dict(),
    ),
    Mail(
        1435, "ymca-headings", JUDY, SAM, "2027-12-16 10:30", "Membership drive brief",
        """Hi Sam, here's the short version of what we talked about.

Goals
- 300 new family memberships by June
- Double our Instagram followers

Must-haves
- Real member testimonials, not actors
- Spanish versions of everything

Judy""",
        style="gmail",
        labels=dict(obj=["300 new family memberships", "Double our Instagram followers"],
                    req=["Real member testimonials, not actors", "Spanish versions of everything"]),
    ),
    Mail(
        1436, "tourism-spanish", ANA, LUCA, "2027-12-16 12:00", "Carteles de verano",
        """Hola Luca,

El logo del Ayuntamiento tiene que aparecer en todos los carteles, es obligatorio por la
subvención. Y por favor cambiad la foto de portada por una de la playa.

Lo necesitamos antes del 20 de diciembre.

Gracias,
Ana""",
        style="gmail",
        labels=dict(due=["2027-12-19"],
                    req=["tiene que aparecer en todos los carteles"],
                    cr=["cambiad la foto de portada"], **EU),
    ),
    Mail(
        1437, "mobile-terse-sizes", RYAN, SAM, "2027-12-16 14:10", "Re: Display banners",
        """need 2 more sizes - 300x600 and 970x250. thx""",
        style="plain",
        quote=Quote(SAM, "2027-12-16 11:00", """Ryan, the display banners are attached in
300x250 and 728x90.

Sam"""),
        labels=dict(cr=["need 2 more sizes"]),
    ),
    Mail(
        1438, "arts-gala-counted-back", CLARA, SAM, "2027-12-17 09:45", "Gala programs",
        """Hi Sam,

The winter gala is Saturday, January 22. We'd like the programs printed a week before.

Clara""",
        style="gmail",
        labels=dict(due=["2028-01-15"]),
    ),
    Mail(
        1439, "outdoor-price-war", OSCAR, SAM, "2027-12-17 11:30", "Kit promo",
        """Sam,

TrailMax is charging $49 for the same starter kit. We want to advertise ours at $39 to
undercut them. Let's spend about $5k on Facebook for it over January.

Oscar""",
        style="gmail",
        labels=dict(budgets=[("5000", "USD")],
                    non_budget=[("49", "USD", "price"), ("39", "USD", "price")]),
    ),
]
