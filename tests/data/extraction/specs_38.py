"""The thirty-third labelled set (340-359), written on 2026-12-06 (seventeenth session) after
that session's work on keyboard habits and narrow wraps, and scored once: the blind split
``blind18``, never tuned on.

A week of mail (8-12 March 2027) from writers the set has few of: an HR software company's
Outlook reply with a greeting on the first line, a two-line phone go-ahead, a union's first
brief, a Dutch client's HTML table, French, German-English and Spanish clients, a forward
from the AE, answers typed under quoted questions, a complaint, a conditional approval, a
colleague covering a leave, a charity's goals, a P.S. ask, a stretched budget, a reply
picking an offered day, Indian English, a bulleted list of fixes, a rival's price, and a
German note to a newspaper.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

NORA = Person("Nora Blake", "nblake@payrollpeak.com", "America/New_York")
DEV = Person("Dev Malik", "dev@malikmovers.com", "America/Chicago")
ROSA = Person("Rosa Delgado", "rdelgado@local512union.org", "America/New_York")
JOOST = Person("Joost de Vries", "joost@devriesfietsen.nl", "Europe/Amsterdam")
ELODIE = Person("Élodie Martin", "elodie.martin@chocolats-martin.fr", "Europe/Paris")
KLAUS = Person("Klaus Richter", "k.richter@richter-werkzeuge.de", "Europe/Berlin")
LUCIA = Person("Lucía Navarro", "lucia@bodegasnavarro.es", "Europe/Madrid")
HANK = Person("Hank Ortega", "hank@ortegahomes.com", "America/Denver")
MEG = Person("Meg Turner", "meg@turnerpediatrics.com", "America/New_York")
ALAN = Person("Alan Price", "aprice@cityopticians.com", "America/New_York")
JEN = Person("Jen Walsh", "jwalsh@harborlightcu.org", "America/New_York")
GRACE = Person("Grace Osei", "grace@brightfuturesfund.org", "America/New_York")
OLIVIA = Person("Olivia Chen", "olivia@chenteahouse.com", "America/Los_Angeles")
MATT = Person("Matt Sullivan", "matt@sullivanbikes.com", "America/Denver")
PETE = Person("Pete Larsen", "pete@larsenlandscaping.com", "America/Chicago")
ANIL = Person("Anil Sharma", "anil.sharma@sharmajewels.in", "Asia/Kolkata")
HOLLY = Person("Holly Brooks", "holly@brooksfloral.com", "America/New_York")
SAL = Person("Sal Ricci", "sal@riccifurniture.com", "America/New_York")
INGRID = Person("Ingrid Vogel", "i.vogel@vogel-baeckerei.de", "Europe/Berlin")

ITEMS = [
    Mail(
        340, "payroll-outlook-greeting-same-line", NORA, SAM, "2027-03-08 09:15",
        "RE: Webinar promo deck",
        """Hi Sam, thanks for the new deck – it's much closer.

Two things: the customer quote on slide 4 has to be attributed to the company, not the
person (their legal team insisted). And could you swap the stock photo on slide 7 for a
screenshot of the new dashboard?

We need the final by March 12 so sales can use it at the summit.

Best,
Nora""",
        style="outlook",
        signature=("Nora Blake | Content Marketing Manager | PayrollPeak\n"
                   "Join our live webinar \"Payroll in 2027\" on March 24 - register at "
                   "payrollpeak.com/live"),
        quote=Quote(SAM, "2027-03-05 16:00", """Nora, the updated webinar promo deck is attached.

Sam"""),
        labels=dict(due=["2027-03-12"],
                    cr=["has to be attributed to the company", "swap the stock photo on slide 7"]),
    ),
    Mail(
        341, "movers-phone-go-ahead", DEV, SAM, "2027-03-08 10:02", "Re: truck decal",
        """looks good. just make the phone # bigger and go ahead

Sent from my iPhone""",
        style="gmail",
        quote=Quote(SAM, "2027-03-05 12:00", """Dev, the truck decal proof is attached.

Sam"""),
        labels=dict(cr=["make the phone # bigger"]),
    ),
    Mail(
        342, "union-first-brief", ROSA, SAM, "2027-03-08 11:30", "Membership campaign",
        """Hello Sam,

Thank you for meeting with us last week. Here is the brief for our spring membership
campaign.

We want to sign up 400 new members by the end of June, mostly home care workers who are
not yet organised. The total budget is $25,000, media included.

A few rules we always follow: every printed piece must carry the union bug, and all
photos of members need a signed release on file. Please do not use stock photos of
workers; we have our own library.

We would like to launch on April 15, so the first concepts should be with us by March 22.

In solidarity,
Rosa Delgado
Organizing Director, Local 512""",
        style="gmail",
        labels=dict(due=["2027-04-15", "2027-03-22"], budgets=[("25000", "USD")],
                    obj=["sign up 400 new members"],
                    req=["every printed piece must carry the union bug",
                         "do not use stock photos of workers"]),
    ),
    Mail(
        343, "bikes-dutch-html-table", JOOST, LUCA, "2027-03-08 13:45", "Planning spring",
        "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Dear Luca,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please find below the planning for the spring materials.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Deadline</b></p>
</td><td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Poster A1</p></td><td><p class="MsoNormal">26 March</p></td>
<td><p class="MsoNormal">€ 1.200</p></td></tr>
<tr><td><p class="MsoNormal">Shop window stickers</p></td><td><p class="MsoNormal">2 April</p>
</td><td><p class="MsoNormal">€ 850</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The texts must be in Dutch and in English.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Met vriendelijke groet,</p>
<p class="MsoNormal">Joost de Vries</p>
</div></body></html>
""",
        labels=dict(due=["2027-03-26", "2027-04-02"],
                    budgets=[("1200", "EUR"), ("850", "EUR")],
                    req=["texts must be in Dutch and in English"], **EU),
    ),
    Mail(
        344, "chocolates-french-title", ELODIE, LUCA, "2027-03-08 15:20",
        "RE: Catalogue Pâques",
        """Bonjour Luca,

Merci pour la maquette. Pourriez-vous remplacer le titre de la page 2 par « Nos œufs
d'exception » ? Et la photo des macarons est trop sombre.

Nous avons besoin du fichier final pour le 19 mars au plus tard.

Bien cordialement,
Élodie""",
        style="outlook",
        quote=Quote(LUCA, "2027-03-05 11:00", """Élodie, voici la maquette du catalogue de
Pâques.

Luca"""),
        labels=dict(due=["2027-03-19"],
                    cr=["remplacer le titre de la page 2",
                        "la photo des macarons est trop sombre"], **EU),
    ),
    Mail(
        345, "tools-german-english-until", KLAUS, LUCA, "2027-03-09 08:10",
        "Fair brochure",
        """Dear Mr. Bianchi,

thank you for the first layout. We need the final print files until 08.04. because the
printer needs one week. The logo must be always in the top left corner, this is our
corporate design rule. Please change the headline colour to our blue (RAL 5015).

With kind regards
Klaus Richter""",
        style="outlook",
        signature=("Richter Werkzeuge GmbH | Industriestr. 4 | 42651 Solingen\n"
                   "Geschäftsführer: Klaus Richter | HRB 12345 Amtsgericht Wuppertal"),
        labels=dict(due=["2027-04-08"], req=["logo must be always in the top left corner"],
                    cr=["change the headline colour to our blue"], **EU),
    ),
    Mail(
        346, "winery-spanish-before", LUCIA, LUCA, "2027-03-09 10:30", "Catálogo primavera",
        """Hola Luca:

Te escribo por el catálogo de primavera. Lo necesitamos impreso antes del 2 de abril, que
es cuando empieza la feria. El presupuesto máximo es de 6.000 euros.

Un saludo,
Lucía""",
        style="gmail",
        labels=dict(due=["2027-04-01"], budgets=[("6000", "EUR", "cap")], **EU),
    ),
    Forward(
        347, "homes-invite-move-forward", SAM, INTAKE, "2027-03-09 12:00",
        "Date move below, please log.",
        Mail(
            0, "homes-hank", HANK, SAM, "2027-03-09 10:45", "Open house invitation",
            """Sam,

The builder pushed the open house a week, so please move the invitation mailing from
April 20 to April 27. Everything else on the invite stays the same.

Hank""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(due=["2027-04-27"], replaced=["2027-04-20"],
                    cr=["move the invitation mailing from April 20 to April 27"]),
    ),
    Mail(
        348, "pediatrics-answers-inline", MEG, SAM, "2027-03-09 14:00", "Re: Clinic flyer",
        """Answers below!

> What size should the flyer be?
A5, and it has to be printed on recycled paper.

> When do you need it?
By Friday the 19th, please.

> Any changes to the opening hours?
No, same as last year.

Meg""",
        style="gmail",
        labels=dict(due=["2027-03-19"], req=["has to be printed on recycled paper"]),
    ),
    Mail(
        349, "opticians-complaint-fix-today", ALAN, SAM, "2027-03-09 16:30",
        "Banners - wrong number",
        """Sam,

The banners that went live yesterday still show our old phone number. This is the second
time. Please correct it to (212) 555-0143 and get the fixed banners live today.

Alan""",
        style="gmail",
        labels=dict(due=["2027-03-09"], cr=["correct it to (212) 555-0143"]),
    ),
    Mail(
        350, "creditunion-approved-if", JEN, SAM, "2027-03-10 09:05", "RE: Mortgage ad",
        """Approved, as long as the APR disclosure is made bigger - compliance says it's too
small to read on mobile.

Jen""",
        style="outlook",
        quote=Quote(SAM, "2027-03-09 17:00", """Jen, the final mortgage ad is attached for
approval.

Sam"""),
        labels=dict(cr=["APR disclosure is made bigger"]),
    ),
    Mail(
        351, "opticians-away-cover", ALAN, SAM, "2027-03-10 11:00", "Out next week",
        """Hi Sam, heads up: I'm off from March 15 to March 22. Maria will approve anything
urgent while I'm away.

Alan""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        352, "fund-goals", GRACE, SAM, "2027-03-10 13:40", "Spring open day",
        """Hi Sam,

For the spring open day campaign, what we want is 300 sign-ups for the open day itself
and 50 new monthly donors by the end of May.

The open day is on April 24. Could we have the emails scheduled by April 1?

Thanks so much,
Grace""",
        style="gmail",
        labels=dict(due=["2027-04-01"],
                    obj=["300 sign-ups for the open day"]),
    ),
    Mail(
        353, "tea-ps-ask", OLIVIA, SAM, "2027-03-10 15:10", "Re: Menu card",
        """Thanks Sam, the menu card looks lovely. We'll send the final prices tomorrow.

Olivia

P.S. Can you make the headline dark green instead of black?""",
        style="apple",
        quote=Quote(SAM, "2027-03-10 10:00", """Olivia, the menu card draft is attached.

Sam"""),
        labels=dict(cr=["make the headline dark green instead of black"]),
    ),
    Mail(
        354, "bikes-stretch-budget", MATT, SAM, "2027-03-10 17:20", "Summer video",
        """Hey Sam,

For the summer video the budget is $8,000, and we could stretch to $9,500 if the drone
shots need it. We'd like it online by June 1 for the start of the season.

Matt""",
        style="gmail",
        labels=dict(due=["2027-06-01"], budgets=[("8000", "USD"), ("9500", "USD")]),
    ),
    Mail(
        355, "landscaping-picks-tuesday", PETE, SAM, "2027-03-11 08:45", "Re: Proofs",
        """Tuesday works.""",
        style="gmail",
        quote=Quote(SAM, "2027-03-10 16:30", """Pete, we can deliver the brochure proofs on
Monday March 15 or Tuesday March 16. Which day works better for you?

Sam"""),
        labels=dict(due=["2027-03-16"]),
    ),
    Mail(
        356, "jewels-indian-english", ANIL, SAM, "2027-03-11 10:20", "Akshaya Tritiya creatives",
        """Dear Sam,

Kindly share the revised creatives by EOD tomorrow. Also please add our new Pune branch
address in the footer of all the posts.

Regards,
Anil Sharma""",
        style="gmail",
        quote=Quote(SAM, "2027-03-10 18:00", """Anil, the first creatives are attached.

Sam"""),
        labels=dict(due=["2027-03-12"], cr=["add our new Pune branch address"]),
    ),
    Mail(
        357, "floral-bulleted-fixes", HOLLY, SAM, "2027-03-11 13:00", "Mother's Day email",
        """Hi Sam,

A few fixes on the Mother's Day email:

• the hero image is cropped too tight, we lose the vase
• change "Shop now" to "Order by May 6"
• remove the peonies, they won't be in stock

Also, every email must include the same-day delivery cut-off (2pm). Can we have the next
version by Monday?

Holly""",
        style="gmail",
        labels=dict(due=["2027-03-15"],
                    cr=["hero image is cropped too tight", "change \"Shop now\"",
                        "remove the peonies"],
                    req=["every email must include the same-day delivery cut-off"]),
    ),
    Mail(
        358, "furniture-rival-price", SAL, SAM, "2027-03-11 15:45", "Sale flyer",
        """Sam, the flyer from Castle Furniture says "sofas from $599". Ours should say "sofas
from $549" - we want to beat them. Rest is fine.

Sal""",
        style="gmail",
        quote=Quote(SAM, "2027-03-11 09:00", """Sal, the spring sale flyer is attached.

Sam"""),
        labels=dict(cr=["Ours should say \"sofas"]),
    ),
    Mail(
        359, "bakery-german-newspaper", INGRID, LUCA, "2027-03-12 09:30", "Anzeige Ostern",
        """Hallo Luca,

die Osteranzeige muss spätestens am 19.03. bei der Zeitung sein. Das Budget beträgt
2.400 EUR. Bitte verwenden Sie nur Fotos aus unserer eigenen Backstube.

Viele Grüße
Ingrid Vogel""",
        style="gmail",
        labels=dict(due=["2027-03-19"], budgets=[("2400", "EUR")],
                    req=["verwenden Sie nur Fotos aus unserer eigenen Backstube"], **EU),
    ),
]
