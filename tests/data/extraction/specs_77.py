"""The seventy-second labelled set (1560-1579), written on 2026-12-07 (twenty-fifth session)
after tune54's and tune55's rules: the split ``blind28``, never tuned on, scored with the
session's starting code and its end.

Voices: Irish, Australian, Indian and Scottish clients, a Québécois and a Mexican client in
their own language, a German client in English, a university's admissions office, a
nonprofit's director on a phone, a distillery, a veterinary chain's legal notes, a SaaS
founder's long mail, a hotel's sales manager forwarding her GM, a garden centre's table of
prices, answers under an AE's quoted list, a car-wash owner who only praises, and a client
moving a shoot twice. Dates run in the week of 21 February 2028 (a Monday, Presidents' Day).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

AOIFE = Person("Aoife Byrne", "aoife@byrnebakes.ie", "Europe/Dublin")
MATT = Person("Matt Kelly", "matt@kellysurf.com.au", "Australia/Sydney")
PRIYA = Person("Priya Raman", "priya@ramantextiles.in", "Asia/Kolkata")
EWAN = Person("Ewan Reid", "ewan@reidwhisky.co.uk", "Europe/London")
CHLOE = Person("Chloé Gagnon", "chloe@gagnonerable.ca", "America/Toronto")
LUPITA = Person("Lupita Díaz", "lupita@diazcafe.mx", "America/Mexico_City")
JONAS = Person("Jonas Weber", "jonas.weber@weber-optik.de", "Europe/Berlin")
RUTH = Person("Ruth Mason", "rmason@admissions.lakeview.edu", "America/Chicago")
DEREK = Person("Derek Cole", "derek@hopekitchen.org", "America/New_York")
VETLEGAL = Person("Carla Nunez", "cnunez@pawsvetgroup.com", "America/Denver")
OMAR = Person("Omar Haddad", "omar@ledgerly.io", "America/New_York")
HOTELSALES = Person("Tina Brooks", "tbrooks@harborviewhotel.com", "America/Los_Angeles")
HOTELGM = Person("Victor Lane", "vlane@harborviewhotel.com", "America/Los_Angeles")
GARDEN = Person("Beth Olsen", "beth@olsengarden.com", "America/Chicago")
RAY = Person("Ray Tran", "ray@tranroofing.com", "America/Chicago")
WASH = Person("Mo Ali", "mo@sparklewash.com", "America/Phoenix")
NORA = Person("Nora Quinn", "nora@quinnbridal.com", "America/New_York")
HUGO = Person("Hugo Silva", "hugo@silvasurf.pt", "Europe/Lisbon")
DANI = Person("Dani Moss", "dani@mossyoga.com", "America/Denver")
KEITH = Person("Keith Lam", "keith@lamdental.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1560, "irish-bakery", AOIFE, SAM, "2028-02-21 09:00", "Re: St Patrick's flyer",
        """Hiya Sam,

Grand job on the flyer, just a couple of bits. The soda bread photo is a bit washed out, could you warm it up? And we've a new phone number since the move - 01 555 2231 - the old one is still on there.

We'd want them printed and in the shop by the 10th of March.

Cheers,
Aoife""",
        style="gmail",
        quote=Quote(SAM, "2028-02-18 15:00", """Aoife, the St Patrick's Day flyer proof is attached.

Sam"""),
        labels=dict(cr=["The soda bread photo is a bit washed out", "the old one is still on there"],
                    due=["2028-03-10"], **EU),
    ),
    Mail(
        1561, "aussie-surf-phone", MATT, SAM, "2028-02-21 08:15", "Re: Autumn sale ads",
        """mate these look heaps good. only thing is lose the "up to" in the headline, it's a flat 30% off everything. need em live thurs

Sent from my iPhone""",
        style="plain",
        labels=dict(cr=["lose the \"up to\" in the headline"], due=["2028-02-24"],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        1562, "indian-textiles", PRIYA, SAM, "2028-02-21 12:30", "Catalogue corrections",
        """Dear Sam,

Greetings from Jaipur. Kindly find below the corrections for the spring catalogue.

1. Page 6 - the fabric is "hand block printed", not "hand printed". Kindly correct.
2. Page 9 - please remove the price of the silk stole, it is on request only.
3. All product names should be in Title Case as per our brand book.

Kindly revert with the revised PDF by 25th February. The catalogue launch is at the trade fair on 8th March.

Warm regards,
Priya Raman""",
        style="outlook",
        labels=dict(cr=["the fabric is \"hand block printed\", not \"hand printed\"",
                        "please remove the price of the silk stole"],
                    req=["All product names should be in Title Case as per our brand book"],
                    due=["2028-02-25"], day_first=True, default_currency="INR"),
    ),
    Mail(
        1563, "scottish-whisky-rules", EWAN, SAM, "2028-02-21 10:40", "New expression launch",
        """Morning Sam,

Right, the brief for the 18-year-old launch. We're after a press kit, a bottle tag and a set of six social posts.

The Portman Group code applies to all of it, so nothing that suggests drinking makes you more sociable or successful. Every post also needs the drinkaware.co.uk line.

Budget is £12,000 all in. Launch date is 2 May, so we'd need the press kit by 4 April.

Cheers,
Ewan""",
        style="gmail",
        labels=dict(req=["The Portman Group code applies to all of it",
                         "Every post also needs the drinkaware.co.uk line"],
                    budgets=[("12000", "GBP")], due=["2028-05-02", "2028-04-04"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        1564, "quebec-french", CHLOE, SAM, "2028-02-21 14:00", "Étiquettes sirop d'érable",
        """Bonjour Sam,

Merci pour les épreuves. Pourriez-vous agrandir le logo sur l'étiquette de 250 ml? Il est presque illisible.

Aussi, toutes les étiquettes doivent être bilingues, c'est la loi au Québec.

On aurait besoin des fichiers finaux pour le 3 mars.

Merci,
Chloé""",
        style="apple",
        labels=dict(cr=["Pourriez-vous agrandir le logo"],
                    req=["toutes les étiquettes doivent être bilingues"],
                    due=["2028-03-03"], day_first=True, default_currency="CAD"),
    ),
    Mail(
        1565, "mexico-spanish", LUPITA, SAM, "2028-02-21 16:20", "Menú de cuaresma",
        """Hola Sam,

Gracias por el menú. Por favor cambien la foto de los tamales por una de las enchiladas de camarón, que es el platillo del mes.

El presupuesto para la impresión es de 8.000 pesos como máximo.

Lo necesitamos el viernes 25.

Saludos,
Lupita""",
        style="gmail",
        labels=dict(cr=["Por favor cambien la foto de los tamales"],
                    budgets=[("8000", "MXN", "cap")], due=["2028-02-25"],
                    day_first=True, default_currency="MXN"),
    ),
    Mail(
        1566, "german-optician-english", JONAS, SAM, "2028-02-22 09:30", "Website banner",
        """Hello Sam,

thank you for the banner. We find the blue too strong, please make it more like our shop signage. Also the claim "best prices in Munich" we cannot use, our lawyer says this is not provable.

The banner must be online at 1.3., because then our spring campaign starts.

Best regards
Jonas Weber""",
        style="gmail",
        labels=dict(cr=["We find the blue too strong"],
                    req=["the claim \"best prices in Munich\" we cannot use"],
                    due=["2028-03-01"], **EU),
    ),
    Mail(
        1567, "university-admissions", RUTH, SAM, "2028-02-22 11:00", "Open day materials",
        """Hi Sam,

Thanks for the open day drafts. A few items:

- The campus map is missing the new science building (it opened in January).
- Can we lead with the scholarships section rather than the history of the college?
- Per university policy, every printed piece needs the accessibility statement on the back.

Our goal this year is 600 registered visitors, up from 450. Print deadline is March 6; open day itself is March 25.

Ruth Mason
Admissions Marketing""",
        style="outlook",
        labels=dict(cr=["The campus map is missing the new science building",
                        "Can we lead with the scholarships section rather than the history"],
                    req=["every printed piece needs the accessibility statement"],
                    obj=["Our goal this year is 600 registered visitors"],
                    due=["2028-03-06"]),
    ),
    Mail(
        1568, "nonprofit-phone", DEREK, SAM, "2028-02-22 07:05", "Re: Donation appeal",
        """Love it. Swap the kid photo for the volunteers one, we don't have a release for that boy. Send to print whenever you're ready""",
        style="plain",
        quote=Quote(SAM, "2028-02-21 17:00", """Derek, here's the spring donation appeal letter.

Sam"""),
        labels=dict(cr=["Swap the kid photo for the volunteers one"]),
    ),
    Mail(
        1569, "vet-legal-notes", VETLEGAL, SAM, "2028-02-22 13:10", "Legal review - dental month ads",
        """Sam,

Legal review of the pet dental month ads:

- "Painless cleaning" can't be used. Please change to "gentle cleaning".
- Any price shown needs "at participating locations" right beside it.
- The before/after photos are fine as long as they're our own patients.

Please send the revised versions back to me before they go to the client team.

Carla Nunez
Legal, Paws Veterinary Group""",
        style="outlook",
        labels=dict(cr=["Please change to \"gentle cleaning\""],
                    req=["Any price shown needs \"at participating locations\" right beside it"]),
    ),
    Mail(
        1570, "saas-founder-long", OMAR, SAM, "2028-02-22 15:45", "Launch plan thoughts",
        """Sam,

Had a chance to go through the launch plan properly. Overall I'm happy, but a few things.

The demo video is too long at 3 minutes. People drop off after 90 seconds, so can we cut it to 90 seconds max?

I'd also like a version of the landing page for accountants specifically, since that's where most of our trials come from.

We're moving the launch from March 14 to March 21 because our integration with the bank won't be ready. Everything else shifts by a week too.

Spend-wise, let's keep paid social at $15k for the month.

Omar""",
        style="gmail",
        labels=dict(cr=["The demo video is too long at 3 minutes",
                        "I'd also like a version of the landing page for accountants",
                        "We're moving the launch from March 14 to March 21"],
                    due=["2028-03-21"], replaced=["2028-03-14"], budgets=[("15000", "USD")]),
    ),
    Forward(
        1571, "hotel-forwards-gm", HOTELSALES, SAM, "2028-02-22 10:00",
        "Sam - see Victor's notes below on the wedding brochure. Can you make these changes and send a new PDF by Friday?\n\nTina",
        Mail(
            0, "hotel-gm-orig", HOTELGM, HOTELSALES, "2028-02-21 18:30", "Wedding brochure",
            """Tina,

The ballroom capacity is 220 seated now, not 180 - we took out the stage. And the cover photo should be the terrace at sunset, not the lobby.

Victor""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["Can you make these changes", "The ballroom capacity is 220 seated now",
                        "the cover photo should be the terrace at sunset"],
                    due=["2028-02-25"]),
    ),
    Mail(
        1572, "garden-price-table", GARDEN, SAM, "2028-02-23 09:15", "Spring flyer prices",
        "",
        style="html",
        html="""<html><body>
<p>Sam, here are the final prices for the spring flyer. Please update.</p>
<table border="1">
<tr><th>Item</th><th>Price</th></tr>
<tr><td>Hanging baskets</td><td>$24.99</td></tr>
<tr><td>Bagged mulch</td><td>$4.49</td></tr>
<tr><td>Rose bushes</td><td>$18.99</td></tr>
</table>
<p>Flyer goes in the paper March 12. Beth</p>
</body></html>
""",
        labels=dict(cr=["Please update"], due=["2028-03-12"],
                    non_budget=[("24.99", "USD", "price"), ("4.49", "USD", "price"),
                                ("18.99", "USD", "price")]),
    ),
    Mail(
        1573, "roofing-inline-answers", RAY, SAM, "2028-02-23 11:30", "Re: Yard signs - questions",
        """> 1. Same size as last year (18x24)?

Yes

> 2. How many?

200, up from 150

> 3. Any wording changes?

Add "Free inspections" under the phone number

Ray""",
        style="plain",
        labels=dict(cr=["Add \"Free inspections\" under the phone number"]),
    ),
    Mail(
        1574, "car-wash-praise", WASH, SAM, "2028-02-23 14:00", "Billboard",
        """Sam, just drove past the new billboard on Route 9. Looks amazing, my wife loved it too. Thanks to you and the team!

Mo""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1575, "bridal-shoot-moved-twice", NORA, SAM, "2028-02-23 16:00", "Shoot date",
        """Hi Sam,

Bad news - the venue double-booked us, so the spring shoot can't happen on March 2. Can we do March 9 instead?

Actually scratch that, the photographer is away that week. Let's say March 16.

Nora""",
        style="gmail",
        labels=dict(cr=["Can we do March 9 instead?", "Let's say March 16"],
                    due=["2028-03-16"], replaced=["2028-03-02"]),
    ),
    Mail(
        1576, "portugal-surf-english", HUGO, SAM, "2028-02-24 10:00", "Summer camp poster",
        """Hi Sam,

Poster is nice! But the dates of the camps are wrong, they are from 1 July to 31 August, not June. Please also put the website bigger, nobody sees it.

We need to start printing until 15 March.

Obrigado,
Hugo""",
        style="gmail",
        labels=dict(cr=["the dates of the camps are wrong", "Please also put the website bigger"],
                    due=["2028-03-15"], **EU),
    ),
    Mail(
        1577, "yoga-questions-only", DANI, SAM, "2028-02-24 12:00", "Quick questions",
        """Hey Sam, two quick questions before I approve: is the font on the class cards the same one we use on the website? And did you get the new studio photos I sent Friday?

Dani""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1578, "dental-approve-with-cap", KEITH, SAM, "2028-02-24 15:30", "Re: Mailer quote",
        """Sam,

Approved. Go ahead with the 10,000 piece run, but please keep postage and printing under $6,500 combined - that's what the office manager budgeted.

In homes the week of March 13 would be ideal.

Keith""",
        style="outlook",
        labels=dict(budgets=[("6500", "USD", "cap")]),
    ),
    Mail(
        1579, "yoga-reply-changes", DANI, SAM, "2028-02-25 09:00", "Re: Quick questions",
        """Thanks Sam. Then please use the website font on the class cards too, so everything matches. And use the new photos of the Boulder studio instead of the old Denver ones.

Can I see it again Monday?

Dani""",
        style="gmail",
        labels=dict(cr=["please use the website font on the class cards too",
                        "use the new photos of the Boulder studio instead of the old Denver ones"],
                    due=["2028-02-28"]),
    ),
]
