"""The sixth labelled set (600-619), written on 2026-12-05 (eighth session) after that
session's voice grids and before scoring: a measure of them on mail nobody tuned on.

All 20 mails are the blind split ``blind6``: no rule is tuned on them. Voices: a British
estate agent, an Indian FMCG brand manager, a baker typing on his phone, a gym owner
forwarding a newsletter with an ask of her own, a forward of a forward inside one client,
a German and a Mexican client in their own language, an HTML table of deliverables, a
vet's visit and call, a conditional approval, a feedback list by page, a long mail with
four numbered asks, a Dutch, an Australian and a Japanese client writing English, the AE
logging a law firm's rules, an invoice and an office move, a thank-you over a quoted
history, a nonprofit's goals and board rules. Same author as the grids: a friendlier
measure than the older blind splits.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

HARRIET = Person("Harriet Cole", "harriet@colehomes.co.uk", "Europe/London")
ROHIT = Person("Rohit Sharma", "rohit.sharma@sunrisefoods.in", "Asia/Kolkata")
TONY = Person("Tony Russo", "tony@russobakery.com", "America/New_York")
JENNA = Person("Jenna Walsh", "jenna@peakfitness.com", "America/Denver")
FBW = Person("Fitness Business Weekly", "newsletter@fbweekly.example", "America/Denver")
GREG = Person("Greg Hall", "greg@hallhardware.com", "America/Chicago")
MEGAN = Person("Megan Ortiz", "megan@hallhardware.com", "America/Chicago")
STEVE = Person("Steve Park", "steve@hallhardware.com", "America/Chicago")
KATRIN = Person("Katrin Weber", "k.weber@weber-moebel.de", "Europe/Berlin")
DEREK = Person("Derek Shaw", "dshaw@shawinsurance.com", "America/Chicago")
PAULA = Person("Paula Green", "paula@greenvet.com", "America/New_York")
BEN = Person("Ben Carter", "ben@cartercycles.com", "America/Los_Angeles")
SOFIA = Person("Sofia Reyes", "sofia@reyesdental.com", "America/New_York")
ANDREA = Person("Andrea López", "andrea@lopezmueblerias.mx", "America/Mexico_City")
KAREN_B = Person("Karen Bloom", "kbloom@bloomrealty.com", "America/New_York")
TOM_N = Person("Tom Nguyen", "tom@nguyenpho.com", "America/Los_Angeles")
PIETER = Person("Pieter de Vries", "pieter@devriesfietsen.nl", "Europe/Amsterdam")
JACK = Person("Jack Murray", "jack@murraytours.com.au", "Australia/Sydney")
LAURA = Person("Laura Chen", "lchen@chenlaw.com", "America/New_York")
MARK = Person("Mark Ellis", "mark@ellisroofing.com", "America/Chicago")
YUKI = Person("Yuki Tanaka", "y.tanaka@tanaka-tea.jp", "Asia/Tokyo")
NORA = Person("Nora Price", "nora@pricebeauty.com", "America/New_York")
DENISE = Person("Denise Howard", "dhoward@harborfoodbank.org", "America/New_York")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        600, "estate-agent-british", HARRIET, LUCA, "2026-12-08 09:15", "Re: Spring brochure",
        """Morning Luca,

Thanks for these, they're looking really good. A few bits:

Could you pop the Rightmove logo on the back page? The photo of the Elm Road house
is a bit dark, can you brighten it up?

We need the final files with the printer by Friday 18th, as the brochures have to
be in the branches w/c 4th January.

Cheers,
Harriet""",
        quote=Quote(LUCA, "2026-12-07 16:00", """Hi Harriet,

Proofs of the spring brochure attached. As agreed the print budget is £6,500 and
we'd like your sign-off by 11 December.

Luca"""),
        labels=dict(due=["2026-12-18"], cr=["pop the Rightmove logo", "brighten it up"], **UK),
    ),
    Mail(
        601, "fmcg-indian-brief", ROHIT, SAM, "2026-12-09 11:30", "Pongal campaign - inputs",
        """Dear Sam,

PFA the brief for the Pongal campaign. Kindly note the below points:

1. Budget for the campaign is INR 35,00,000 including production.
2. All creatives should carry the FSSAI logo and the veg mark.
3. The campaign must be live by 10th January as Pongal falls on 14th.
4. Our objective is to increase sales in Tamil Nadu by 20% during the festive period.

Kindly share the first cut of the creatives by Monday.

Thanks and regards,
Rohit Sharma
Brand Manager, Sunrise Foods""",
        style="outlook",
        labels=dict(due=["2027-01-10", "2026-12-14"], budgets=[("3500000", "INR")],
                    req=["FSSAI logo"], obj=["increase sales in Tamil Nadu"],
                    day_first=True, default_currency="INR"),
    ),
    Mail(
        602, "bakery-phone-chat", TONY, SAM, "2026-12-10 19:42", "Re: holiday flyer",
        # one long line, as a phone sends it
        "looks good but pls make the prices bigger and swap the cannoli pic for the one w "
        f"""the powdered sugar
need 500 printed by tues
thx

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-15"], cr=["make the prices bigger"]),
    ),
    Forward(
        603, "gym-newsletter-ask-fw", JENNA, SAM, "2026-12-09 14:05",
        "Saw this in a newsletter - could we do a New Year promo email like the one below? "
        "Ideally it would go out on December 28.\n\nJenna",
        Mail(
            0, "gym-newsletter-orig", FBW, JENNA, "2026-12-09 06:00", "New Year, New Members",
            """New Year, New Members!

Gyms that launched January promos by Dec 26 saw 30% more sign-ups last year.
Join our free webinar on December 17 at 1pm MT. Memberships from $29/month.

View this email in your browser | Unsubscribe""",
        ),
        labels=dict(due=["2026-12-28"]),
    ),
    Forward(
        604, "hardware-forward-of-forward", GREG, SAM, "2026-12-10 10:20",
        "Sam - see Megan's note below, can you handle?\n\nGreg",
        Forward(
            0, "hardware-fw-mid", MEGAN, GREG, "2026-12-10 09:05",
            "Greg, can we get the agency to add the Saturday hours to the window posters? "
            "They need to be up by Dec 19.\n\nMegan",
            Mail(
                0, "hardware-fw-orig", STEVE, MEGAN, "2026-12-09 17:30", "Saturday hours",
                """Hi Megan,

From January we're open Saturdays 8-4. Can you let marketing know?

Steve""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2026-12-19"], cr=["add the Saturday hours"]),
    ),
    Mail(
        605, "furniture-german", KATRIN, LUCA, "2026-12-07 10:05", "Katalog Frühjahr",
        """Hallo Luca,

vielen Dank für die Entwürfe. Bitte tauschen Sie das Titelbild gegen das Foto mit
dem Eichentisch aus. Außerdem sollte das Logo etwas größer sein.

Die Druckdaten benötigen wir spätestens bis zum 14.01.2027. Das Budget für den
Katalog beträgt 15.000 Euro netto.

Wichtig: Alle Preise müssen inklusive MwSt. angegeben werden.

Viele Grüße
Katrin Weber""",
        style="outlook",
        labels=dict(due=["2027-01-14"], budgets=[("15000", "EUR")],
                    cr=["tauschen Sie das Titelbild", "Logo etwas größer"],
                    req=["inklusive MwSt"], **EU),
    ),
    Mail(
        606, "insurance-schedule-html", DEREK, SAM, "2026-12-08 14:00", "Q1 schedule",
        "",
        style="html",
        html="""<html><body><div>
<p>Hi Sam,</p>
<p>Here's the Q1 schedule we agreed with our compliance team:</p>
<table border="1" cellpadding="4">
<tr><th>Deliverable</th><th>Due date</th><th>Budget</th></tr>
<tr><td>Radio spots (3)</td><td>Jan 8</td><td>$9,000</td></tr>
<tr><td>Direct mail</td><td>Jan 15</td><td>$14,500</td></tr>
<tr><td>Landing page</td><td>Jan 22</td><td>$6,000</td></tr>
</table>
<p>All materials need compliance sign-off before they go out.</p>
<p>Thanks,<br>Derek Shaw<br>Shaw Insurance Group</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-08", "2027-01-15", "2027-01-22"],
                    budgets=[("9000", "USD"), ("14500", "USD"), ("6000", "USD")],
                    req=["compliance sign-off"]),
    ),
    Mail(
        607, "vet-visit-call-negatives", PAULA, SAM, "2026-12-09 08:30", "Samples",
        """Hi Sam,

I'll pop by your office on Friday to drop off the product samples. Could we also
do a quick call Monday at 10 to go through the storyboard?

Our clinic is closed Dec 24-26.

Thanks!
Paula""",
        labels=dict(),
    ),
    Mail(
        608, "cycles-conditional-approval", BEN, SAM, "2026-12-10 15:20", "Re: final files",
        """Hi Sam,

Approved from my side, with one exception: the price on the hero banner should read
$899, not $949.

Once that's fixed you can send everything to print.

Ben""",
        quote=Quote(SAM, "2026-12-10 11:00", """Ben,

Final files attached for approval. The print deadline is Dec 14 and we're within
the $7,000 budget.

Sam"""),
        labels=dict(cr=["should read"]),
    ),
    Mail(
        609, "dental-page-feedback", SOFIA, SAM, "2026-12-11 12:00", "Website mockups",
        """Hi Sam,

Feedback on the website mockups:

Home: love it, no changes
About: the team photo is outdated, we'll send a new one
Services: please add teeth whitening to the list
Contact: map is missing

We'd like to go live by January 11.

Sofia""",
        labels=dict(due=["2027-01-11"],
                    cr=["team photo is outdated", "add teeth whitening", "map is missing"]),
    ),
    Mail(
        610, "furniture-mexican-spanish", ANDREA, SAM, "2026-12-08 10:00", "Catálogo",
        """Hola Sam,

Te comparto los comentarios del equipo. ¿Podrían cambiar el tono del texto para que
sea más juvenil? También hay que quitar el precio de la portada.

Necesitamos todo listo para el 15 de enero, porque la tienda nueva abre el 22 de
enero. El presupuesto total es de 250,000 pesos.

Saludos,
Andrea""",
        labels=dict(due=["2027-01-15"], budgets=[("250000", "MXN")],
                    cr=["cambiar el tono", "quitar el precio"],
                    day_first=True, default_currency="MXN"),
    ),
    Mail(
        611, "realty-four-asks", KAREN_B, SAM, "2026-12-14 09:00", "Updates after our meeting",
        """Hi Sam,

Hope you had a good weekend! A few things after our team meeting:

1) The open house mailer: can we change the headline to "Your next chapter starts
here"? The current one feels a bit generic.
2) Please add the new agent, Luis Ortega, to the team page.
3) For the January billboard, we'd like to move the install date from Jan 11 to
Jan 18 since the board isn't free until then.
4) Our budget for Q1 digital ads is now $18,000 (up from $15,000).

Also, just FYI, our office holiday party is Dec 18, so I'll be slow to respond
that afternoon.

The main goal for Q1 is 40 new listings.

Thanks so much,
Karen""",
        labels=dict(due=["2027-01-18"], replaced=["2027-01-11"], budgets=[("18000", "USD")],
                    cr=["change the headline", "add the new agent", "move the install date"],
                    obj=["40 new listings"]),
    ),
    Mail(
        612, "pho-approval-deadline", TOM_N, SAM, "2026-12-09 17:45", "Re: menu proofs",
        """Hey Sam,

All good on our end, no changes needed. Please go ahead and print.

One question: did the printer confirm the delivery date? We need the menus in the
restaurant by December 16 at the latest.

Tom""",
        labels=dict(due=["2026-12-16"]),
    ),
    Mail(
        613, "bikes-dutch-english", PIETER, LUCA, "2026-12-08 13:10", "Remarks on the drafts",
        """Hello Luca,

Thank you for the drafts. We have some remarks:
- The logo must be more to the left.
- Can you make the font of the prices more thick?
- The text "Gratis bezorging" must stay in Dutch, also in the English version.

We would like to receive the final files at the latest on 18 December. The budget
stays 8.500 euro.

With kind regards,
Pieter de Vries""",
        labels=dict(due=["2026-12-18"], budgets=[("8500", "EUR")],
                    cr=["logo must be more to the left", "font of the prices more thick"],
                    req=["must stay in Dutch"], **EU),
    ),
    Mail(
        614, "tours-australian", JACK, SAM, "2026-12-09 08:00", "Re: revised ads",
        """G'day Sam,

Cheers for the revised ads. Could you knock the price down to $1,299 on the Great
Barrier Reef ad? We've just got a better rate from the operator.

The campaign goes live on Boxing Day, so we'll need everything signed off by the
21st.

We've got about AUD 25k left in the budget for social.

Ta,
Jack""",
        labels=dict(due=["2026-12-21", "2026-12-26"], budgets=[("25000", "AUD")],
                    cr=["knock the price down"], day_first=True, default_currency="AUD"),
    ),
    Forward(
        615, "law-firm-rules-fw", SAM, INTAKE, "2026-12-10 16:40", "FYI, logging this.",
        Mail(
            0, "law-firm-rules-orig", LAURA, SAM, "2026-12-10 15:55", "Ad campaign",
            """Sam,

Please make sure every ad includes the disclaimer "Attorney Advertising". Also, can
we swap the stock photo of the courthouse for our own office photo?

We'd like the ads to start running January 4.

Laura Chen
Chen & Associates""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(due=["2027-01-04"], req=["Attorney Advertising"],
                    cr=["swap the stock photo"]),
    ),
    Mail(
        616, "roofing-invoice-office-move", MARK, SAM, "2026-12-10 11:10", "Two things",
        """Hi Sam,

Quick note: our accounts team says invoice 1187 ($2,250) is due on December 20,
they'll pay it next week.

Also, we're moving offices on January 8, so please update our address on the
website after that date.

Thanks,
Mark""",
        labels=dict(cr=["update our address on the website"],
                    non_budget=[("2250", "USD", "invoice")]),
    ),
    Mail(
        617, "tea-japanese-english", YUKI, SAM, "2026-12-08 10:00", "About the design",
        """Dear Sam-san,

Thank you for your kind proposal. We checked the design with our team.

We would like to request some modifications. Please change the background color to
more light green. And please delete the sentence about the discount.

We are very sorry but could you send the revised design until December 15? Our
budget is 1,500,000 yen.

Best regards,
Yuki Tanaka""",
        labels=dict(due=["2026-12-15"], budgets=[("1500000", "JPY")],
                    cr=["change the background color", "delete the sentence about the discount"]),
    ),
    Mail(
        618, "beauty-thanks-over-history", NORA, SAM, "2026-12-11 09:30", "Re: launch plan",
        """Perfect, thank you Sam! Talk soon.

Nora""",
        style="apple",
        quote=Quote(SAM, "2026-12-10 18:00", """Hi Nora,

To recap: the launch is January 20, the budget is $22,000 and every post must
carry the #ad tag. Please send the product shots by Dec 15.

Sam"""),
        labels=dict(),
    ),
    Mail(
        619, "food-bank-goals-rules", DENISE, SAM, "2026-12-15 11:00", "Spring appeal",
        """Hi Sam,

For the spring appeal, success for us looks like 1,200 new monthly donors. We'd also
love more volunteers under 30.

A few rules from our board: no photos of children's faces, and every piece must show
our charity registration number.

The appeal letter needs to drop by February 1. We have $30,000 for the whole thing,
printing included.

Thank you!
Denise""",
        style="apple",
        labels=dict(due=["2027-02-01"], budgets=[("30000", "USD")],
                    obj=["1,200 new monthly donors", "more volunteers under 30"],
                    req=["charity registration number"]),
    ),
]
