"""The seventh labelled set (700-719), written on 2026-12-05 (ninth session) after that
session's voice grids (g37-g59) and before scoring: a measure of them on mail nobody tuned on.

All 20 mails are the blind split ``blind7``: no rule is tuned on them. Voices: a British
homeware buyer in Outlook, a food bank's director, a florist on her phone, a French cosmetics
brand, a client forwarding a retailer's specs, an HTML list of feedback, an Indian brand
manager, a mail of meetings and leave, a conditional approval, a clinic's brief with a range,
a German and a Spanish client in their own language, four numbered asks, a Canadian bilingual
rule, answers under quoted questions, a thank-you over a footer, a car dealer's goals, an
Outlook forward of a colleague's change, a competitor's spend, a launch moved. Same author as
the grids: a friendlier measure than the older blind splits.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

FIONA = Person("Fiona Hart", "fiona.hart@harthome.co.uk", "Europe/London")
GLORIA = Person("Gloria Banks", "gbanks@eastsidefoodbank.org", "America/Chicago")
LILY = Person("Lily Chen", "lily@petalandstem.com", "America/Los_Angeles")
CAMILLE = Person("Camille Martin", "c.martin@lumiere-cosmetiques.fr", "Europe/Paris")
OWEN = Person("Owen Brooks", "owen@brookstoys.com", "America/New_York")
RACHEL = Person("Rachel Kim", "rachel.kim@shopmart.example", "America/Chicago")
ERIC = Person("Eric Lang", "eric@langoptics.com", "America/Denver")
ARJUN = Person("Arjun Mehta", "arjun.mehta@tastyfoods.in", "Asia/Kolkata")
HOLLY = Person("Holly Grant", "holly@grantlegal.com", "America/New_York")
VICTOR = Person("Victor Hale", "victor@halebikes.com", "America/Los_Angeles")
SUSAN = Person("Susan Ward", "swardmd@wardclinic.com", "America/New_York")
JONAS = Person("Jonas Becker", "j.becker@becker-reisen.de", "Europe/Berlin")
PABLO = Person("Pablo Ruiz", "pablo@ruizhoteles.es", "Europe/Madrid")
DIANA = Person("Diana Cole", "diana@colefitness.com", "America/Chicago")
MARIE = Person("Marie Tremblay", "marie@tremblaybakery.ca", "America/Toronto")
KEVIN = Person("Kevin Moss", "kevin@mossgardens.com", "America/New_York")
ALICE = Person("Alice Young", "alice@youngdental.com", "America/New_York")
BRAD = Person("Brad Nolan", "brad@nolanmotors.com", "America/Chicago")
TINA = Person("Tina Ross", "tina@rossfurniture.com", "America/Phoenix")
TODD = Person("Todd Ross", "todd@rossfurniture.com", "America/Phoenix")
GRACE = Person("Grace Ito", "grace@itobrewing.com", "America/Los_Angeles")
SEAN = Person("Sean Walsh", "sean@walshcider.com", "America/New_York")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        700, "homeware-outlook-british", FIONA, LUCA, "2026-12-14 10:20", "RE: Spring catalogue",
        """Hi Luca,

Thanks for turning this round so quickly. Two things from our buying team: the cushion
range on page 4 needs the new prices, and could you swap the cover shot for the one in the
conservatory?

We'll need the final PDF by COB Thursday please, as it goes to the printer on Friday.

Kind regards,
Fiona""",
        style="outlook",
        quote=Quote(LUCA, "2026-12-11 15:30", """Hi Fiona,

Please find the second proof attached. As discussed, the print budget stays at £9,200.

Luca"""),
        labels=dict(due=["2026-12-17", "2026-12-18"],
                    cr=["needs the new prices", "swap the cover shot"], **UK),
    ),
    Mail(
        701, "foodbank-brief", GLORIA, SAM, "2026-12-09 09:00", "Volunteer drive",
        """Hi Sam,

Following our call, here's the brief for the volunteer drive.

We want to recruit 50 new weekend volunteers before spring. The mailer must be in homes
by January 20. Our logo and the United Way logo need to appear on everything we send out.
Volunteer Day itself is February 13.

We have $7,500 for the whole thing, printing and postage included.

Many thanks,
Gloria Banks
Executive Director""",
        labels=dict(due=["2027-01-20"], budgets=[("7500", "USD")],
                    req=["United Way logo"], obj=["recruit 50 new weekend volunteers"]),
    ),
    Mail(
        702, "florist-phone-reply", LILY, SAM, "2026-12-08 18:40", "Re: valentines postcard",
        f"""ok but the pink is too dark
and can we do friday instead of monday for the files? going to be at the flower market mon

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-11"], replaced=["2026-12-14"],
                    cr=["pink is too dark", "friday instead of monday"]),
    ),
    Mail(
        703, "cosmetics-french", CAMILLE, LUCA, "2026-12-10 11:00", "Campagne printemps",
        """Bonjour Luca,

Voici les éléments pour la campagne de printemps. Le budget total est de 20 000 € HT.
Les visuels doivent respecter notre charte graphique. La livraison des fichiers est
souhaitée pour le 8 janvier.

Bien cordialement,
Camille Martin""",
        labels=dict(due=["2027-01-08"], budgets=[("20000", "EUR")], req=["charte graphique"],
                    **EU),
    ),
    Forward(
        704, "toys-retailer-specs-fw", OWEN, SAM, "2026-12-10 13:15",
        "Sam, specs below from ShopMart's merchandising team for the end-cap.\n\nOwen",
        Mail(
            0, "toys-retailer-specs-orig", RACHEL, OWEN, "2026-12-10 10:40", "End-cap artwork",
            """Hi Owen,

For the end-cap display we need artwork at 300 dpi in CMYK, delivered by January 11.

Thanks,
Rachel Kim
Merchandising, ShopMart""",
        ),
        labels=dict(due=["2027-01-11"], req=["300 dpi in CMYK"]),
    ),
    Mail(
        705, "optics-html-feedback", ERIC, SAM, "2026-12-11 16:00", "Landing page",
        "",
        style="html",
        html="""<html><body><div style="font-family:Calibri,sans-serif">
<p>Hi Sam,</p>
<p>Feedback from the team on the landing page:</p>
<ul>
<li>Make the hero image full width</li>
<li>Remove the second testimonial</li>
<li>Change the button text to "Book an eye test"</li>
</ul>
<p>Thanks!<br>Eric</p>
</div></body></html>
""",
        labels=dict(cr=["full width", "Remove the second testimonial",
                        "Change the button text"]),
    ),
    Mail(
        706, "foods-indian-english", ARJUN, SAM, "2026-12-10 12:30", "TVC revisions",
        """Dear Sam,

Kindly share the revised storyboard by tomorrow EOD. Also please add Tamil subtitles to the
TVC. Budget is capped at INR 8 lakh for the revisions.

Regards,
Arjun Mehta""",
        style="outlook",
        labels=dict(due=["2026-12-11"], budgets=[("800000", "INR", "cap")],
                    cr=["add Tamil subtitles"], day_first=True, default_currency="INR"),
    ),
    Mail(
        707, "legal-meetings-leave", HOLLY, SAM, "2026-12-09 14:00", "Next steps",
        """Hi Sam,

Can we do a call Thursday at 3 to go through the concepts? I'm off from the 21st until
January 4, so it would be good to meet before then.

Best,
Holly""",
        labels=dict(),
    ),
    Mail(
        708, "bikes-conditional-approval", VICTOR, SAM, "2026-12-10 17:05", "Re: poster proof",
        """Approved, once the disclaimer is moved to the bottom.

Victor""",
        quote=Quote(SAM, "2026-12-10 11:00", """Victor,

Poster proof attached. We print on Dec 15.

Sam"""),
        labels=dict(cr=["disclaimer is moved"]),
    ),
    Mail(
        709, "clinic-brief-range", SUSAN, SAM, "2026-12-07 08:45", "New patient campaign",
        """Dear Sam,

We'd like a campaign for our new pediatric wing. Our budget is $15k-$20k. The ads must go
live no later than January 29. All health claims need to be reviewed by our compliance
officer.

Sincerely,
Dr. Susan Ward""",
        labels=dict(due=["2027-01-29"], budgets=[("20000", "USD", "range", "15000")],
                    req=["reviewed by our compliance officer"]),
    ),
    Mail(
        710, "travel-german", JONAS, LUCA, "2026-12-08 09:30", "Slogan",
        """Hallo Luca,

könnten Sie bitte den Slogan auf dem Plakat ändern? Die finale Version brauchen wir bis
18.12.

Danke und viele Grüße
Jonas Becker""",
        labels=dict(due=["2026-12-18"], cr=["Slogan auf dem Plakat ändern"], **EU),
    ),
    Mail(
        711, "gym-four-asks", DIANA, SAM, "2026-12-08 10:00", "January campaign",
        """Hi Sam,

A few things on the January campaign:

1. Please change the offer to "First month free".
2. Can we add a photo of the new spin studio?
3. The address in the footer is wrong, it should be 12 Lake St.
4. Did the printer confirm the paper stock?

We need the final files by the 16th.

Thanks,
Diana""",
        labels=dict(due=["2026-12-16"],
                    cr=["change the offer", "add a photo of the new spin studio",
                        "address in the footer is wrong"]),
    ),
    Mail(
        712, "bakery-canadian-bilingual", MARIE, SAM, "2026-12-09 11:10", "Holiday flyers",
        """Hi Sam,

Budget is C$1,200 for the holiday flyers. They must be bilingual, English and French. We
need them by December 18.

Merci!
Marie""",
        labels=dict(due=["2026-12-18"], budgets=[("1200", "CAD")], req=["bilingual"],
                    default_currency="CAD"),
    ),
    Mail(
        713, "gardens-inline-answers", KEVIN, SAM, "2026-12-10 15:00", "Re: Spring show",
        """Answers below.

> What's the budget?
Around $30k.
> When does the show open?
March 1.

Kevin""",
        style="plain",
        labels=dict(due=["2027-03-01"], budgets=[("30000", "USD")]),
    ),
    Mail(
        714, "dental-thanks-footer", ALICE, SAM, "2026-12-11 09:20", "Re: brochure",
        """Thanks Sam, received with thanks!

Alice Young
Office Manager | Young Dental
Mon-Fri 8am-6pm, Sat 9am-1pm
Book your winter cleaning before Dec 31 and save 20%!""",
        labels=dict(),
    ),
    Mail(
        715, "hotels-spanish", PABLO, LUCA, "2026-12-09 10:00", "Folleto verano",
        """Hola Luca,

Por favor, cambien la foto principal por una de la playa. Necesitamos los archivos finales
antes del 15 de enero. El presupuesto máximo es de 5.000 €.

Un saludo,
Pablo Ruiz""",
        labels=dict(due=["2027-01-14"], budgets=[("5000", "EUR", "cap")],
                    cr=["cambien la foto principal"], **EU),
    ),
    Mail(
        716, "motors-goals", BRAD, SAM, "2026-12-10 08:00", "Q1 plan",
        """Sam,

For Q1 we want to drive 2,000 test drives and grow awareness among first-time buyers.
Launch is January 25.

Brad""",
        labels=dict(due=["2027-01-25"], obj=["2,000 test drives"]),
    ),
    Forward(
        717, "furniture-outlook-fw-change", TINA, SAM, "2026-12-09 12:00",
        "Sam, see below from Todd.\n\nTina",
        Mail(
            0, "furniture-fw-orig", TODD, TINA, "2026-12-09 10:30", "Footer",
            """Tina,

Please ask the agency to remove the old Mesa address from the footer of the website.

Todd""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(cr=["remove the old Mesa address"]),
    ),
    Mail(
        718, "brewing-competitor", GRACE, SAM, "2026-12-08 13:00", "Budget",
        """Hi Sam,

Our competitor spent about $500k on TV last year. We have $120k for the whole campaign, so
we need to be smarter about it.

Grace""",
        labels=dict(budgets=[("120000", "USD")]),
    ),
    Mail(
        719, "cider-launch-moved", SEAN, SAM, "2026-12-09 16:30", "Launch",
        """Sam,

We have to push the launch from Jan 12 to Jan 19, the cans are late from the supplier.

Sean""",
        labels=dict(due=["2027-01-19"], replaced=["2027-01-12"], cr=["push the launch"]),
    ),
]
