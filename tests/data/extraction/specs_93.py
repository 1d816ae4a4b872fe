"""The eighty-eighth labelled set (1880-1899), written on 2026-12-07 at the end of the
twenty-eighth session's extraction work: the split ``blind33``, scored once with the session's
starting code and its end, never tuned on (its misses are not looked at).

A mix of every field and voice: a long brief with a budget range and rules, replies with
feedback above a quote, a phone's two lines, an Outlook HTML table of dates, a French and a
Mexican client in their own language, a Dutch and an Indian client in English, a forward of a
colleague's notes, a client who moves a date, thanks with nothing asked, a meeting moved.
Dates run in the week of 11 December 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

BAKERY = Person("Claire Dubois", "claire@boulangerie-dubois.fr", "Europe/Paris")
TACOS = Person("Luis Herrera", "luis@tacoselguero.mx", "America/Mexico_City")
BIKES = Person("Pieter de Vries", "pieter@snelfiets.nl", "Europe/Amsterdam")
SAREE = Person("Priya Menon", "priya@kanchisilks.in", "Asia/Kolkata")
DENTAL = Person("Dr. Laura Kim", "lkim@smilecraftdental.com", "America/Los_Angeles")
BREWERY = Person("Matt Olsen", "matt@harborlightbrewing.com", "America/Chicago")
HOTEL2 = Person("Rebecca Stone", "rstone@theparkhotel.com", "America/New_York")
SCHOOL2 = Person("Janet Moore", "jmoore@hillsideschool.org", "America/Denver")
GARAGE = Person("Dave Wright", "dave@wrightautorepair.com", "America/New_York")
RUNS = Person("Sophie Turner", "sophie@cityhalfmarathon.org", "America/Chicago")
SOAPS = Person("Grace Lee", "grace@meadowsoap.co", "America/Los_Angeles")
FIRM2 = Person("Andrew Clark", "aclark@clarkandhale.com", "America/New_York")
FIRM2_PARTNER = Person("Martha Hale", "mhale@clarkandhale.com", "America/New_York")
ZOO2 = Person("Tom Reyes", "treyes@desertzoo.org", "America/Phoenix")

ITEMS = [
    Mail(
        1880, "bakery-french", BAKERY, SAM, "2028-12-11 09:00", "Affiches galette des rois",
        """Bonjour Sam,

Pour l'Épiphanie, nous voulons deux affiches pour la vitrine et une publication Instagram. Les affiches doivent être prêtes pour le 3 janvier au plus tard. Le budget est de 900 € TTC.

Attention : pas de photos de fèves en plastique, seulement nos fèves en porcelaine.

Merci,
Claire""",
        style="gmail",
        labels=dict(due=["2029-01-03"], budgets=[("900", "EUR")],
                    req=["pas de photos de fèves en plastique"], **EU),
    ),
    Mail(
        1881, "tacos-spanish-feedback", TACOS, SAM, "2028-12-11 11:30", "RE: Menú nuevo",
        """Hola Sam,

Gracias por el menú. Por favor cambia el precio de los tacos al pastor a $35 y agrega la salsa de habanero en la lista de salsas.

Saludos,
Luis""",
        style="outlook",
        quote=Quote(SAM, "2028-12-08 16:00", """Luis, aquí está el borrador del menú nuevo.

Sam"""),
        labels=dict(cr=["cambia el precio de los tacos al pastor a $35"],  # one sentence
                    day_first=True, default_currency="MXN"),
    ),
    Mail(
        1882, "dutch-bikes-dates", BIKES, SAM, "2028-12-11 14:00", "Spring campaign planning",
        """Hi Sam,

Here are the dates for the spring campaign. The first designs we would like on 8 January, the final files on 22 January. The campaign is live from 5 February until end of March. Our budget is €12.000 excl. VAT.

Groeten,
Pieter""",
        style="gmail",
        labels=dict(due=["2029-01-08", "2029-01-22", "2029-02-05"],
                    budgets=[("12000", "EUR")], **EU),
    ),
    Mail(
        1883, "india-saree-english", SAREE, SAM, "2028-12-12 10:00", "Wedding season catalogue",
        """Dear Sam,

Kindly find below our points for the wedding season catalogue. The silk sarees should be shown only on real models, not mannequins. Please do the needful to have the catalogue printed before 20th December as the wedding fair is starting on 21st.

We are expecting to get at least 200 new orders from the fair.

Regards,
Priya Menon""",
        style="gmail",
        labels=dict(due=["2028-12-19"],
                    req=["The silk sarees should be shown only on real models"],
                    obj=["200 new orders"], day_first=True, default_currency="INR"),
    ),
    Mail(
        1884, "dental-reply-feedback", DENTAL, SAM, "2028-12-12 12:15", "Re: Holiday postcard",
        """Sam, looks nice! Two things. The teeth in the photo are way too white, it looks fake. And please add our new Saturday hours, 9 to 2.

Laura""",
        style="apple",
        quote=Quote(SAM, "2028-12-11 17:00", """Dr. Kim, the holiday postcard proof is attached.

Sam"""),
        labels=dict(cr=["The teeth in the photo are way too white",
                        "add our new Saturday hours"]),
    ),
    Mail(
        1885, "brewery-phone-move", BREWERY, SAM, "2028-12-12 15:40", "Re: Tap takeover posters",
        """can we push the posters to the 20th? event got moved""",
        style="plain",
        quote=Quote(SAM, "2028-12-12 10:00", """Matt, the tap takeover posters will be ready on the 15th.

Sam"""),
        labels=dict(due=["2028-12-20"], cr=["push the posters to the 20th"]),
    ),
    Mail(
        1886, "hotel-html-table", HOTEL2, SAM, "2028-12-12 17:00", "NYE and January schedule",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">Here is what we need and when:</p>
<table border="1" cellpadding="4">
<tr><td>Piece</td><td>Due</td><td>Notes</td></tr>
<tr><td>NYE dinner menu</td><td>Dec 22</td><td>print 150</td></tr>
<tr><td>January spa email</td><td>Jan 3</td><td>goes to 8,000 guests</td></tr>
<tr><td>Lobby signage</td><td>Dec 28</td><td>two sizes</td></tr>
</table>
<p class="MsoNormal">Total budget for all three is $4,200.</p>
<p class="MsoNormal">Rebecca</p>
</div></body></html>""",
        labels=dict(due=["2028-12-22", "2029-01-03", "2028-12-28"], budgets=[("4200", "USD")]),
    ),
    Mail(
        1887, "school-thanks-only", SCHOOL2, SAM, "2028-12-13 08:30", "Re: Winter newsletter",
        """Thanks Sam, the newsletter went out yesterday and parents loved it. Have a wonderful break!

Janet""",
        style="gmail",
        quote=Quote(SAM, "2028-12-11 14:00", """Janet, the final winter newsletter is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1888, "garage-long-brief", GARAGE, SAM, "2028-12-13 10:45", "New year promo",
        """Hi Sam,

We want to run a January promo for winter tire changes. Something for Facebook and a banner for the shop. We'd like to spend somewhere between $1,500 and $2,000.

The promo starts January 2, so the ads should be ready by December 29. We have to show the state inspection license number on everything, and please don't use photos of cars in snowbanks, my insurance guy hates that.

The goal is 150 tire changes in January.

Thanks,
Dave""",
        style="outlook",
        labels=dict(due=["2028-12-29"], budgets=[("2000", "USD", "range", "1500")],
                    req=["show the state inspection license number on everything"],  # one sentence
                    obj=["150 tire changes in January"]),
    ),
    Mail(
        1889, "race-meeting-moved", RUNS, SAM, "2028-12-13 13:00", "Planning call",
        """Hi Sam, can we move Thursday's planning call to Friday at 11? Something came up. Talk then!

Sophie""",
        style="gmail",
        labels=dict(),  # a call moved
    ),
    Mail(
        1890, "soap-reply-several", SOAPS, SAM, "2028-12-13 15:30", "Re: Gift set labels",
        """Hi Sam,

Thanks for these. A few notes:

- lavender label: the purple is darker than our brand purple, please match the swatch I sent
- the ingredients list on the oatmeal label is cut off at the bottom
- love the honey one, no changes

Can we have the revised set by Monday?

Grace""",
        style="gmail",
        quote=Quote(SAM, "2028-12-12 16:00", """Grace, the gift set labels are attached.

Sam"""),
        labels=dict(due=["2028-12-18"],
                    cr=["please match the swatch I sent",
                        "the ingredients list on the oatmeal label is cut off"]),
    ),
    Forward(
        1891, "firm-forward-partner-notes", FIRM2, SAM, "2028-12-14 09:10",
        "Sam, Martha's notes on the new brochure below. Can we get these in before it prints?\n\nAndrew",
        Mail(
            0, "firm-partner-notes-orig", FIRM2_PARTNER, FIRM2, "2028-12-13 18:00",
            "Brochure",
            """Andrew,

The brochure says we have 40 attorneys, we have 46 now. And my photo is from 2015, please use the new headshot.

Martha""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(cr=["we have 46 now", "please use the new headshot"]),
    ),
    Mail(
        1892, "zoo-budget-and-goal", ZOO2, SAM, "2028-12-14 11:00", "Spring membership drive",
        """Sam,

For the spring membership drive we have $8,000, of which about $2,000 should go to radio. We want to sign up 1,000 new family memberships by the end of April. Please make sure every ad shows the new membership prices, the old ones are still floating around.

Launch is March 1.

Tom Reyes""",
        style="gmail",
        labels=dict(due=["2029-03-01"], budgets=[("8000", "USD"), ("2000", "USD")],
                    obj=["1,000 new family memberships"],
                    req=["every ad shows the new membership prices"]),
    ),
    Mail(
        1893, "bakery-french-reply", BAKERY, SAM, "2028-12-14 14:00", "RE: Affiches galette des rois",
        """Bonjour Sam,

Merci pour les maquettes. Pourriez-vous agrandir le nom de la boulangerie sur l'affiche ? On le voit mal de la rue.

Claire""",
        style="gmail",
        quote=Quote(SAM, "2028-12-13 17:00", """Claire, voici les maquettes des affiches.

Sam"""),
        labels=dict(cr=["agrandir le nom de la boulangerie"], **EU),
    ),
    Mail(
        1894, "hotel-reply-no-change", HOTEL2, SAM, "2028-12-15 09:30", "Re: NYE dinner menu",
        """Perfect, approved as is. Please send it to the printer today.

Rebecca""",
        style="outlook",
        quote=Quote(SAM, "2028-12-14 18:00", """Rebecca, here is the final NYE dinner menu for approval.

Sam"""),
        labels=dict(due=["2028-12-15"]),
    ),
    Mail(
        1895, "dental-rule-reply", DENTAL, SAM, "2028-12-15 11:00", "Re: Holiday postcard",
        """Also, just remembered: the dental board says we can't use the word "painless" in any of our advertising. If it's anywhere in the postcard please take it out.

Laura""",
        style="apple",
        quote=Quote(SAM, "2028-12-14 12:00", """Dr. Kim, revised postcard attached.

Sam"""),
        labels=dict(req=["we can't use the word \"painless\" in any of our advertising"],
                    cr=["please take it out"]),
    ),
    Mail(
        1896, "india-saree-moved", SAREE, SAM, "2028-12-15 13:20", "Catalogue timing",
        """Dear Sam,

The wedding fair has been postponed by one week, it will now start on 28th December. So the catalogue can be printed by 27th instead of 20th.

Regards,
Priya""",
        style="gmail",
        labels=dict(due=["2028-12-27"], replaced=["2028-12-20"],
                    cr=["the catalogue can be printed by 27th instead of 20th"],
                    day_first=True, default_currency="INR"),
    ),
    Mail(
        1897, "brewery-new-rules", BREWERY, SAM, "2028-12-15 16:00", "Winter beer labels",
        """Matt here. For the winter beer labels the state needs the ABV and the government warning on the side panel, minimum 2 mm type. Our distributor wants the UPC on the back. Labels go to the printer January 10.""",
        style="plain",
        labels=dict(due=["2029-01-10"],
                    req=["the state needs the ABV and the government warning on the side panel",
                         "Our distributor wants the UPC on the back"]),
    ),
    Mail(
        1898, "garage-price-question", GARAGE, SAM, "2028-12-16 09:00", "Re: New year promo",
        """Sam, what would it cost to add a radio spot? And is the 29th still realistic with the holidays?

Dave""",
        style="outlook",
        quote=Quote(SAM, "2028-12-15 15:00", """Dave, the first promo ideas are attached.

Sam"""),
        labels=dict(),  # a price and the schedule asked about
    ),
    Mail(
        1899, "race-logo-change", RUNS, SAM, "2028-12-16 10:30", "Re: Race bibs",
        """Hi Sam,

Our title sponsor changed from Midwest Bank to Lakeshore Credit Union, so their logo needs to replace Midwest's on the bibs and the finish line banner. The bibs go to print on January 15.

Sophie""",
        style="gmail",
        quote=Quote(SAM, "2028-12-14 10:00", """Sophie, the race bib design is attached.

Sam"""),
        labels=dict(due=["2029-01-15"],
                    cr=["their logo needs to replace Midwest's on the bibs"]),
    ),
]
