"""The thirty-second labelled set (280-299), written on 2026-12-06 (sixteenth session) after
that session's work on mail forms and signatures, and scored once: the blind split
``blind17``, never tuned on.

A week of mail as it comes, in the forms people send it: a vet clinic's Outlook reply with
three asks and opening hours in its signature, a two-line phone reply, an HTML brief with a
schedule table, an Italian's English, German, French and Spanish mail, a boss's cap
forwarded by the client and again by the AE, answers typed under quoted questions, a
two-word approval, a numbered recap of a call with a shop's offer in the signature, a
restaurant owner's run-on phone mail, a compliance team's rules relayed, a call moved, a
Singapore client's day-first dates, a British go-ahead with a budget, a competitor's spend
beside a range, a printer's closure moving a date, a promise to reply with a garden
centre's offer under the name, and one more ask above the writer's own quoted mail.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

LINDA = Person("Linda Shaw", "lshaw@maplegrovevet.com", "America/New_York")
TREY = Person("Trey Dixon", "trey@dixonroofing.com", "America/Chicago")
DR_NG = Person("Grace Ng", "gng@brightpathdental.com", "America/Los_Angeles")
GIULIA = Person("Giulia Conti", "g.conti@contiarredamenti.it", "Europe/Rome")
JONAS = Person("Jonas Weber", "j.weber@weber-kaffee.de", "Europe/Berlin")
CAMILLE = Person("Camille Roux", "camille@maison-roux.fr", "Europe/Paris")
MARTA = Person("Marta Gil", "marta@teatrosol.es", "Europe/Madrid")
BEN = Person("Ben Alder", "ben@riverviewfoodbank.org", "America/New_York")
CAROL = Person("Carol Reyes", "creyes@riverviewfoodbank.org", "America/New_York")
ROB = Person("Rob Keane", "rob@keanemarine.com", "America/New_York")
SUE = Person("Sue Park", "sue@parkbakery.com", "America/Los_Angeles")
KELLY = Person("Kelly Marsh", "kmarsh@buckeyehardware.com", "America/New_York")
TONY = Person("Tony Russo", "tony@russostrattoria.com", "America/New_York")
DEREK = Person("Derek Hall", "dhall@summitcu.org", "America/Denver")
ANA = Person("Ana Flores", "ana@floresdesign.com", "America/Los_Angeles")
MEI = Person("Tan Mei Ling", "meiling@lionsgateoptics.com.sg", "Asia/Singapore")
HARRIET = Person("Harriet Cole", "harriet.cole@colebrewing.co.uk", "Europe/London")
DARNELL = Person("Darnell Price", "dprice@pricemotors.com", "America/Chicago")
INES = Person("Ines Moreau", "ines@moreaucatalogues.com", "America/New_York")
PAUL = Person("Paul Grant", "paul@grantsgarden.com", "America/New_York")
FAY = Person("Fay Lin", "fay@lotuskitchen.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        280, "vet-newsletter-three-asks", LINDA, SAM, "2027-02-15 09:20",
        "RE: Spring newsletter draft",
        """Hi Sam,

Thanks for the draft of the spring newsletter. A few things from our side.

The photo of the golden retriever on page 1 is a bit blurry, can you use the one from the
January shoot instead? Please also add Dr. Okafor to the team section, she started last
month. The vaccination clinic dates are wrong: it's March 6 and 7, not March 13 and 14.

We need the final version by February 24 so it can go out on March 1.

Best regards,
Linda""",
        style="outlook",
        signature=("Linda Shaw\nPractice Manager | Maple Grove Veterinary Clinic\n"
                   "T: (614) 555-0142\nOpening hours: Mon-Fri 8am-7pm, Sat 9am-2pm. Closed "
                   "Sundays and on public holidays, including Presidents' Day (Feb 15)."),
        quote=Quote(SAM, "2027-02-12 16:00", """Hi Linda, the first draft of the spring
newsletter is attached.

Sam"""),
        labels=dict(due=["2027-02-24", "2027-03-01"],
                    cr=["use the one from the January shoot", "add Dr. Okafor to the team section",
                        "vaccination clinic dates are wrong"]),
    ),
    Mail(
        281, "roofing-phone-two-lines", TREY, SAM, "2027-02-15 10:05", "Re: yard sign",
        """ok looks good. can u make the logo bigger and send final thurs

Sent from my iPhone""",
        style="gmail",
        quote=Quote(SAM, "2027-02-15 08:30", """Trey, the yard sign proof is attached.

Sam"""),
        labels=dict(due=["2027-02-18"], cr=["make the logo bigger"]),
    ),
    Mail(
        282, "dental-html-schedule-table", DR_NG, SAM, "2027-02-15 11:10", "Spring campaign",
        "",
        style="html",
        html="""<html><body><div>
<p>Hi Sam,</p>
<p>Here is what we need for spring:</p>
<table border="1" cellpadding="4">
<tr><th>Deliverable</th><th>Due</th><th>Budget</th></tr>
<tr><td>Print ad (half page)</td><td>March 5</td><td>$2,800</td></tr>
<tr><td>Social set (6 posts)</td><td>March 12</td><td>$1,500</td></tr>
</table>
<p>Every ad needs our ADA accessibility statement at the bottom.</p>
<p>Thanks,<br>Grace</p>
</div></body></html>
""",
        labels=dict(due=["2027-03-05", "2027-03-12"],
                    budgets=[("2800", "USD"), ("1500", "USD")],
                    req=["Every ad needs our ADA accessibility statement"]),
    ),
    Mail(
        283, "furniture-italian-english", GIULIA, LUCA, "2027-02-15 14:30", "Catalogue 2027",
        """Dear Luca,

I write you about the catalogue. For us is very important that all prices are with VAT
included, this is obligatory in Italy. Please can you change the cover color in dark green,
like our logo? We need to have the files for printing not later than 5 March.

Kind regards
Giulia Conti""",
        style="outlook",
        signature=("Giulia Conti\nMarketing Manager\nConti Arredamenti S.r.l. - Via Roma 12, "
                   "20121 Milano - P.IVA 01234567890 - Tel. +39 02 1234 5678"),
        labels=dict(due=["2027-03-05"], req=["all prices are with VAT"],
                    cr=["change the cover color in dark green"], **EU),
    ),
    Mail(
        284, "coffee-german", JONAS, LUCA, "2027-02-15 08:40", "AW: Entwürfe Frühjahr",
        """Hallo Herr Bianchi,

vielen Dank für die Entwürfe. Könnten Sie bitte die Überschrift auf Seite 1 kürzen?
Außerdem fehlt unser Logo auf der Rückseite. Das Budget für den Nachdruck liegt bei
3.500 Euro. Die Dateien brauchen wir bis zum 26. Februar.

Viele Grüße
Jonas Weber""",
        style="outlook",
        quote=Quote(LUCA, "2027-02-12 15:00", """Herr Weber, anbei die Entwürfe für das Frühjahr.

Luca Bianchi"""),
        labels=dict(due=["2027-02-26"], budgets=[("3500", "EUR")],
                    cr=["die Überschrift auf Seite 1 kürzen", "fehlt unser Logo auf der Rückseite"],
                    **EU),
    ),
    Mail(
        285, "home-french-brief", CAMILLE, LUCA, "2027-02-15 10:15", "Fête des mères",
        """Bonjour Luca,

Pour la campagne Fête des mères, l'objectif est de doubler les ventes en ligne de coffrets
cadeaux. Le budget total est de 8 000 €. Tous les visuels doivent mentionner la livraison
offerte. Pouvez-vous nous envoyer une première proposition avant le 3 mars ?

Merci beaucoup,
Camille""",
        style="gmail",
        labels=dict(due=["2027-03-02"], budgets=[("8000", "EUR")],
                    obj=["doubler les ventes en ligne de coffrets cadeaux"],
                    req=["doivent mentionner la livraison offerte"], **EU),
    ),
    Mail(
        286, "theatre-spanish-flyer-date", MARTA, LUCA, "2027-02-15 12:00", "Flyer",
        """Hola Luca:

Necesitamos cambiar la fecha del evento en el flyer: ahora es el 20 de marzo, no el 13.
Por favor, mandadnos la versión corregida para el viernes.

Gracias,
Marta""",
        style="gmail",
        quote=Quote(LUCA, "2027-02-11 10:00", """Marta, adjunto el flyer.

Luca"""),
        labels=dict(due=["2027-02-19"], cr=["cambiar la fecha del evento en el flyer"], **EU),
    ),
    Forward(
        287, "foodbank-cap-forwarded-twice", SAM, INTAKE, "2027-02-15 15:30",
        "For the tracker.",
        Forward(
            0, "foodbank-ben-forward", BEN, SAM, "2027-02-15 14:50",
            "Sam, FYI below from Carol. Can you put together a timeline?\n\nBen",
            Mail(
                0, "foodbank-carol", CAROL, BEN, "2027-02-15 13:05", "Spring appeal letter",
                """Ben,

The board wants the spring appeal letter in homes by March 19. The print run has to stay
at 5,000, and please don't spend more than $7,500 on it.

Thanks,
Carol""",
                style="outlook",
            ),
            style="gmail",
        ),
        style="gmail",
        labels=dict(due=["2027-03-19"], budgets=[("7500", "USD", "cap")],
                    req=["print run has to stay at 5,000"]),
    ),
    Mail(
        288, "marine-answers-under-questions", ROB, SAM, "2027-02-15 16:40",
        "Re: Boat show banner",
        """See my answers below.

> Is there any text that must be on the banner?
Yes, the booth number (1142) has to be on it, nice and big.

> When does it need to ship?
It has to be in Orlando by March 8.

Rob""",
        style="gmail",
        labels=dict(due=["2027-03-08"], req=["booth number (1142) has to be on it"]),
    ),
    Mail(
        289, "bakery-approved-go", SUE, SAM, "2027-02-15 17:05", "Re: Easter menu card",
        """Approved, go ahead.""",
        style="gmail",
        quote=Quote(SAM, "2027-02-15 15:00", """Sue, the final Easter menu card is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        290, "hardware-call-recap-numbered", KELLY, SAM, "2027-02-16 11:30", "Recap of our call",
        """Hi Sam,

Quick recap of what we discussed on the phone this morning:

1. We're moving part of the radio money into paid social: radio is now $9,000 and social
$6,000.
2. Please drop the Tuesday radio spots entirely and keep Thursday to Saturday.
3. The new store in Dublin, Ohio opens April 10, so all spring creative needs to mention it.
4. Can you send the revised media plan by Wednesday?

Thanks!
Kelly""",
        style="gmail",
        signature="""Kelly Marsh | Marketing Lead | Buckeye Hardware
Spring sale: 15% off all garden tools until March 31 at any of our 6 stores!""",
        labels=dict(due=["2027-02-17"], budgets=[("9000", "USD"), ("6000", "USD")],
                    cr=["moving part of the radio money into paid social",
                        "drop the Tuesday radio spots"],
                    req=["all spring creative needs to mention it"]),
    ),
    Mail(
        291, "trattoria-run-on-phone", TONY, SAM, "2027-02-16 13:10", "Re: menu",
        """hey sam the menu looks great but the price for the lunch special is wrong its 12.95
not 13.95. and can we put the new hours on the back mon to sat 11 to 9. need it printed by
friday the 26th thanks

Sent from my Galaxy""",
        style="plain",
        quote=Quote(SAM, "2027-02-15 17:00", """Tony, the new menu is attached.

Sam"""),
        labels=dict(due=["2027-02-26"],
                    cr=["price for the lunch special is wrong", "put the new hours on the back"]),
    ),
    Mail(
        292, "credit-union-compliance-relayed", DEREK, SAM, "2027-02-16 09:00",
        "RE: Auto loan campaign",
        """Sam,

Our compliance team reviewed the draft. They need the NMLS ID on every piece, including
the social posts, and the APR has to appear wherever a rate is mentioned. Otherwise good to
go.

Regards,
Derek""",
        style="outlook",
        quote=Quote(SAM, "2027-02-12 11:00", """Derek, the auto loan campaign draft is attached for
review.

Sam"""),
        labels=dict(req=["need the NMLS ID on every piece",
                         "APR has to appear wherever a rate is mentioned"]),
    ),
    Mail(
        293, "design-call-moved", ANA, SAM, "2027-02-16 10:20", "Thursday",
        """Hi Sam, can we move Thursday's call to Friday at 2pm? Also, FYI the board approved the
budget last week.

Thanks,
Ana""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        294, "optics-singapore-day-first", MEI, SAM, "2027-02-16 18:40", "CNY banner",
        """Hi Sam, pls revise the banner to include the promo code HUAT27 and make the red a bit
lighter. Our budget for this push is SGD 18k. Need by 22/2 latest as campaign go live on 1/3.

Thanks
Mei Ling""",
        style="gmail",
        quote=Quote(SAM, "2027-02-15 21:00", """Mei Ling, the banner draft is attached.

Sam"""),
        labels=dict(due=["2027-02-22", "2027-03-01"], budgets=[("18000", "SGD")],
                    # one statement a sentence, as the scorer counts them (first labelled with
                    # both asks of the sentence: change requests 0.857 as first scored)
                    cr=["include the promo code HUAT27"],
                    day_first=True, default_currency="SGD"),
    ),
    Mail(
        295, "brewery-british-go-ahead", HARRIET, LUCA, "2027-02-16 09:45", "Concepts",
        "",
        style="html",
        html="""<div dir="ltr"><div>Hi Luca,</div><div><br></div>
<div>Thanks for the concepts. We're going with route B. Could you develop it for the full
campaign: 4 x 48 sheets, 6 social assets and a radio script? Budget is £12k ex VAT.</div>
<div><br></div><div>We'd need first drafts by the end of next week please.</div>
<div><br></div><div>Cheers,</div><div>Harriet</div></div>
""",
        labels=dict(due=["2027-02-26"], budgets=[("12000", "GBP")], default_currency="GBP"),
    ),
    Mail(
        296, "motors-rival-spend-range", DARNELL, SAM, "2027-02-16 14:15", "Summer",
        """Hi Sam,

Saw that Lakeview Auto spent something like $200k on their summer TV. We can't match that;
our range for summer is $40-50k all in. Goal is 1,500 test drives between June and August.
Creative has to feature the hybrid models only.

Darnell""",
        style="gmail",
        labels=dict(budgets=[("50000", "USD", "range", "40000")],
                    obj=["1,500 test drives"], req=["has to feature the hybrid models only"]),
    ),
    Forward(
        297, "catalogue-printer-closed-apple", SAM, INTAKE, "2027-02-16 16:00",
        "Date change below.",
        Mail(
            0, "catalogue-ines", INES, SAM, "2027-02-16 15:20", "Catalogue dates",
            """Sam -- the printer just told us they're closed the week of March 1, so the catalogue
needs to be at the printer by Feb 25 instead of March 3.

Ines""",
            style="apple",
        ),
        style="apple",
        labels=dict(due=["2027-02-25"], replaced=["2027-03-03"],
                    cr=["needs to be at the printer by Feb 25 instead of March 3"]),
    ),
    Mail(
        298, "garden-will-reply-offer-signature", PAUL, SAM, "2027-02-17 08:30", "Re: Plans",
        """Thanks Sam, all received. We'll review internally and come back to you by Thursday.

Best,
Paul""",
        style="outlook",
        signature=("Paul Grant | Owner | Grant's Garden Centre\nSpring bulbs are here! Pre-order "
                   "by March 15 and save 10% on every order over $50. www.grantsgarden.com"),
        quote=Quote(SAM, "2027-02-16 17:00", """Paul, the spring plans are attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        299, "kitchen-one-more-above-own-mail", FAY, SAM, "2027-02-17 12:10",
        "Re: New menu boards",
        """One more thing, can you also add the allergen icons next to each dish? Everything else
as per my email below.

Fay""",
        style="gmail",
        quote=Quote(FAY, "2027-02-16 18:00", """Hi Sam,

For the new menu boards, please use the darker wood background and move the prices to the
right. We need them installed by March 10.

Fay"""),
        labels=dict(cr=["add the allergen icons next to each dish"]),
    ),
]
