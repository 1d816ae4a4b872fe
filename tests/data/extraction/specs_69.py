"""The sixty-fourth labelled set (1400-1419), written on 2026-12-07 (twenty-fourth session)
before the session changed any rule: the split ``tune49``, scored blind first on the
session's starting code, then tuned on.

A week (6-10 December 2027) of mail as it comes: a restaurant's reply over quoted dates with
a moved send, a phone's two-word go-ahead, an HTML-only Outlook list of updates from a
clinic, a German, a French and a Spanish client in their own languages, a Chinese client's
English, a forward of a CFO's sign-off, a tab-separated schedule pasted from a sheet, a
competitor's spend beside a range, a franchisor's rule with an approval, an out-of-office
with a newsletter's dates, a spring brief's goals, a swap said as "instead of", a wrong
price, a sale newsletter with one ask, a status question, an approval with a condition, a
choice of two days, and an Indian retailer's first brief.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

NICK = Person("Nick Alvarado", "nick@alvaradokitchen.com", "America/Chicago")
BO = Person("Bo Lindqvist", "bo@lindqvistfitness.com", "America/Denver")
SUSAN = Person("Susan Greer", "sgreer@maplegrovefamilymed.org", "America/New_York")
KATRIN = Person("Katrin Hoffmann", "k.hoffmann@hoffmann-moebel.de", "Europe/Berlin")
CAMILLE = Person("Camille Durand", "camille@bistro-durand.fr", "Europe/Paris")
PABLO = Person("Pablo Ruiz", "pablo@bodegasruiz.es", "Europe/Madrid")
WEI = Person("Wei Zhang", "wei.zhang@goldenlotustea.com", "America/Los_Angeles")
HEATHER = Person("Heather Cole", "hcole@colehardware.com", "America/Chicago")
DOUG = Person("Doug Cole", "dcole@colehardware.com", "America/Chicago")
LISA = Person("Lisa Tran", "lisa@tranbrosmarket.com", "America/Los_Angeles")
RAY = Person("Ray Fulton", "ray@fultonmattress.com", "America/Chicago")
MEG = Person("Meg Harlow", "meg@harlowpaint.com", "America/New_York")
SOFIA = Person("Sofia Reyes", "sofia@reyesdance.org", "America/Denver")
JAN = Person("Jan Kowalski", "jan@kowalskibakery.com", "America/Chicago")
PETE = Person("Pete Marsh", "pete@marshcycles.com", "America/Los_Angeles")
AMY = Person("Amy Lowe", "amy@lowegreenhouse.com", "America/Chicago")
GREG = Person("Greg Ivers", "greg@iverslaw.com", "America/New_York")
DENISE = Person("Denise Ortiz", "denise@ortizrealty.com", "America/Phoenix")
TARA = Person("Tara Quinn", "tara@quinnvet.com", "America/New_York")
RAHUL = Person("Rahul Deshpande", "rahul.d@deshpandeelectronics.in", "Asia/Kolkata")

ITEMS = [
    Mail(
        1400, "restaurant-quoted-move", NICK, SAM, "2027-12-06 09:15", "Re: Holiday emails",
        """Hey Sam,

Thanks for the schedule. Two things. Can we push the New Year's Eve email from the 27th to
the 29th? People don't book that early. And on the holiday menu card, add the vegan
mushroom Wellington - it's our best seller this month.

Let's keep the whole holiday push under $2,000 including the boosted posts.

Nick""",
        style="gmail",
        quote=Quote(SAM, "2027-12-03 14:00", """Nick, here's the plan: the gift card email goes
out December 13, the holiday menu card prints December 15, and the New Year's Eve email
goes out December 27. Budget so far is $1,650.

Sam"""),
        labels=dict(due=["2027-12-29"], replaced=["2027-12-27"],
                    budgets=[("2000", "USD", "cap")],
                    cr=["push the New Year's Eve email from the 27th to\nthe 29th",
                        "add the vegan\nmushroom Wellington"]),
    ),
    Mail(
        1401, "gym-phone-go-ahead", BO, SAM, "2027-12-06 10:02", "Re: January promo",
        """ok go. but logo bigger pls

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2027-12-05 18:20", """Bo, the January promo is ready. Good to go?

Sam"""),
        labels=dict(cr=["logo bigger"]),
    ),
    Mail(
        1402, "clinic-outlook-updates", SUSAN, SAM, "2027-12-06 11:40", "Brochure updates",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good morning Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please make the following updates to the patient brochure:</p>
<ul style="margin-top:0in" type="disc">
<li class="MsoListParagraph">Replace Dr. Kim&#8217;s photo with the attached headshot</li>
<li class="MsoListParagraph">Change the clinic hours to 8am&#8211;6pm Monday to Friday</li>
<li class="MsoListParagraph">Remove the &#8220;New patients welcome&#8221; banner, we are
full until spring</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We need the updated brochure by December 17 for our open house.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p>
<p class="MsoNormal">Susan Greer<br>Practice Manager<br>Maple Grove Family Medicine</p>
</div></body></html>
""",
        labels=dict(due=["2027-12-17"],
                    cr=["Replace Dr. Kim’s photo", "Change the clinic hours",
                        "Remove the “New patients welcome” banner"]),
    ),
    Mail(
        1403, "furniture-german-brief", KATRIN, LUCA, "2027-12-06 13:30", "Anzeige Januar",
        """Hallo Luca,

bitte schicken Sie uns die Anzeige für die Januar-Ausgabe bis Freitag, 10.12. Der Text
muss in der Du-Form sein, das ist unsere Markenrichtlinie. Budget: max. 2.500 € für
Gestaltung und Reinzeichnung.

Danke und viele Grüße
Katrin Hoffmann""",
        style="gmail",
        labels=dict(due=["2027-12-10"], budgets=[("2500", "EUR", "cap")],
                    req=["muss in der Du-Form sein"], **EU),
    ),
    Mail(
        1404, "bistro-french-photo", CAMILLE, LUCA, "2027-12-06 15:05", "Re: Menu de fêtes",
        """Bonjour Luca,

Pourriez-vous remplacer la photo du chef par celle que je vous envoie en pièce jointe ?
Nous devons recevoir les fichiers au plus tard le 15 décembre. Le logo de la Région doit
figurer sur tous les supports, c'est une condition de la subvention.

Merci beaucoup,
Camille""",
        style="apple",
        labels=dict(due=["2027-12-15"], cr=["remplacer la photo du chef"],
                    req=["Le logo de la Région doit\nfigurer sur tous les supports"], **EU),
    ),
    Mail(
        1405, "winery-spanish-music", PABLO, LUCA, "2027-12-07 08:45", "Re: Vídeo Navidad",
        """Hola Luca,

Hemos visto el vídeo. Por favor, cambia la música, es demasiado triste para una bodega en
Navidad. Necesitamos la versión final para el 20 de diciembre. El presupuesto total es de
6.000 €, como hablamos.

Un abrazo,
Pablo""",
        style="gmail",
        labels=dict(due=["2027-12-20"], budgets=[("6000", "EUR")],
                    cr=["cambia la música"], **EU),
    ),
    Mail(
        1406, "tea-chinese-english", WEI, SAM, "2027-12-07 10:20", "Re: New Year poster",
        """Dear Sam,

Thank you for the poster design. For the new year poster, please help to change the red
more deep, the present red is like orange. And the Chinese characters must be bigger than
the English, this is very important for our customers.

We hope to receive the new design before Dec 20.

Best regards,
Wei Zhang""",
        style="outlook",
        # label corrected after the tuning run: an earlier blind set's labels read a size
        # asked between two languages in feedback as a change, as intake does; a rule for it
        # was tried (it made that blind mail's change a requirement) and taken out
        labels=dict(due=["2027-12-19"], cr=["change the red\nmore deep",
                                            "Chinese characters must be bigger than\nthe English"]),
    ),
    Forward(
        1407, "hardware-cfo-forward", SAM, INTAKE, "2027-12-07 11:50",
        "For the record - Heather's budget note.\n\nSam",
        Mail(
            0, "hardware-cfo-orig", HEATHER, SAM, "2027-12-07 11:30", "Q1 social",
            """Sam,

Doug signed off this morning: budget approved at $15,000 for Q1 social, and that cap is
firm. The campaign launches January 10.

Heather""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2028-01-10"], budgets=[("15000", "USD", "cap")]),
    ),
    Mail(
        1408, "market-pasted-schedule", LISA, SAM, "2027-12-07 13:10", "Print schedule",
        """Hi Sam, here's what we need and when (pasted from our sheet):

Item\tQty\tNeeded by
Window posters\t50\t12/14
Aisle banners\t4\t12/16
Shelf talkers\t200\t12/16

Thanks!
Lisa""",
        style="gmail",
        labels=dict(due=["2027-12-14", "2027-12-16"]),
    ),
    Mail(
        1409, "mattress-competitor-range", RAY, SAM, "2027-12-07 15:30", "Presidents Day",
        """Sam,

Heads up, SleepCo reportedly dropped $80k on their holiday push. We're not doing that. For
our Presidents Day sale we're thinking 20-25k all in, TV included.

Ray""",
        style="gmail",
        labels=dict(budgets=[("25000", "USD", "range", "20000")],
                    non_budget=[("80000", "USD", "other")]),
    ),
    Mail(
        1410, "paint-franchisor-rule", MEG, SAM, "2027-12-08 09:00", "Re: Winter sale ad",
        """Looks great, approved. One thing - our franchisor requires the national tagline under
the logo on anything local. Can you add it before it goes to print?

Thanks Sam!
Meg""",
        style="apple",
        labels=dict(req=["franchisor requires the national tagline"],
                    cr=["Can you add it"]),
    ),
    Mail(
        1411, "dance-out-of-office-newsletter", SOFIA, SAM, "2027-12-08 10:30",
        "January newsletter",
        """Hi Sam,

I'm off December 20 through January 3. Before I go, can we lock the January newsletter? It
has to go out January 4, so I'd need final copy by the 17th to review.

Sofia""",
        style="gmail",
        labels=dict(due=["2028-01-04", "2027-12-17"]),
    ),
    Mail(
        1412, "bakery-spring-goals", JAN, SAM, "2027-12-08 12:00", "Spring campaign",
        """Hi Sam,

Some thoughts for the spring campaign before we meet. The goal is 1,500 new newsletter
subscribers and a 20% lift in online orders versus last spring. We have about $12k to
work with.

Could you send concepts by January 14?

Jan""",
        style="gmail",
        labels=dict(due=["2028-01-14"], budgets=[("12000", "USD")],
                    obj=["1,500 new newsletter\nsubscribers"]),
    ),
    Mail(
        1413, "cycles-instead-photo", PETE, SAM, "2027-12-08 14:15", "Re: Gift guide page",
        """Could we use the photo of the storefront instead of the one with the van? The van's
been sold.

Pete""",
        style="apple",
        labels=dict(cr=["use the photo of the storefront instead of the one with the van"]),
    ),
    Mail(
        1414, "greenhouse-wrong-price", AMY, SAM, "2027-12-08 16:40", "Re: Poinsettia flyer",
        """Sam, the price on the flyer says $39.99 but the correct price is $34.99, please fix
before Friday.

Amy""",
        style="gmail",
        labels=dict(due=["2027-12-09"], cr=["the correct price is $34.99"],
                    non_budget=[("39.99", "USD", "price"), ("34.99", "USD", "price")]),
    ),
    Mail(
        1415, "law-newsletter-ask", GREG, SAM, "2027-12-09 09:30", "Year-end tax tips",
        """Sam,

Below is the piece from this month's client newsletter. Can you turn it into a three-post
series for LinkedIn? First post on Monday, please.

---
Year-End Tax Tips from Ivers Law
Our office is closed December 24 through January 2. Gifts to family of up to $18,000
per person remain outside the gift tax this year. Make any charitable gifts before December
31 to deduct them on this year's return.
---

Greg""",
        style="gmail",
        labels=dict(due=["2027-12-13"], non_budget=[("18000", "USD", "other")]),
    ),
    Mail(
        1416, "realty-status-question", DENISE, SAM, "2027-12-09 11:00", "Brochure",
        """Hi Sam, any update on the listing brochure? No rush, just checking. Thanks!

Denise""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1417, "vet-approval-condition", TARA, SAM, "2027-12-09 13:45", "Re: Dental month mailer",
        """Approved, as long as the legal line is in 8 pt or larger. Send it on!

Tara""",
        style="gmail",
        labels=dict(req=["as long as the legal line is in 8 pt or larger"]),
    ),
    Mail(
        1418, "bakery-pick-a-day", JAN, SAM, "2027-12-10 08:30", "Re: Valentine's preorder page",
        """Sounds good, let's do the 14th then.

Jan""",
        style="plain",
        quote=Quote(SAM, "2027-12-09 17:10", """Jan, we can have the Valentine's preorder page
live on the 13th or the 14th. Which works better?

Sam"""),
        labels=dict(due=["2027-12-14"]),
    ),
    Mail(
        1419, "electronics-indian-brief", RAHUL, LUCA, "2027-12-10 10:00",
        "New store launch campaign - Pune",
        """Dear Luca,

Greetings. We are planning a campaign for our new store opening at Pune on 15th January.
Kindly note the budget for the campaign is Rs. 3,50,000 inclusive of GST.

All creatives should be in English and Marathi both. Our target is 5,000 footfalls in the
first week of opening.

Kindly share the media plan at the earliest.

Regards,
Rahul Deshpande
Marketing Head""",
        style="outlook",
        labels=dict(due=["2028-01-15"], budgets=[("350000", "INR")],
                    req=["should be in English and Marathi both"],
                    obj=["5,000 footfalls"], day_first=True, default_currency="INR"),
    ),
]
