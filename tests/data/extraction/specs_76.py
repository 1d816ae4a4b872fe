"""The seventy-first labelled set (1540-1559), written on 2026-12-07 (twenty-fifth session)
after tune54's rules and before any rule of its own: the split ``tune55``, scored blind
first, then tuned on.

Voices: an Italian, a Japanese and a Brazilian client writing English, a hospital's
communications office, a dentist on a phone, a property manager's long mail of several
asks, an Outlook table of changes per page, a forward of a forward from a franchise owner,
a reply with its answers typed between quoted lines, a brewery's terse "ok but" replies, a
festival's rules from its sponsor, a B2B buyer's procurement rules, a client who reports
results and asks for nothing, a client cancelling one piece and keeping another, a client
asking for options, and a last-minute date change said three ways. Dates run in the week of
14 February 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

GIULIA = Person("Giulia Ferri", "giulia@ferriolio.it", "Europe/Rome")
KENJI = Person("Kenji Sato", "k.sato@satotea.co.jp", "Asia/Tokyo")
BRUNA = Person("Bruna Costa", "bruna@costacafe.com.br", "America/Sao_Paulo")
NINA = Person("Nina Walsh", "nwalsh@stlukeshealth.org", "America/Chicago")
DRKIM = Person("Dr. Alan Kim", "alan@kimdental.com", "America/Los_Angeles")
MARGO = Person("Margo Hill", "margo@hillproperties.com", "America/New_York")
PETE = Person("Pete Lowe", "pete@lowefurniture.com", "America/Chicago")
FRAN = Person("Fran Ortega", "fran@tacoloco.com", "America/Phoenix")
FRANCHISOR = Person("Lisa Park", "lisa.park@tacolocohq.com", "America/Phoenix")
REGIONAL = Person("Dev Shah", "dev.shah@tacolocohq.com", "America/Phoenix")
OLGA = Person("Olga Berg", "olga@bergbakery.com", "America/Chicago")
CODY = Person("Cody Hart", "cody@hartbrewing.com", "America/Denver")
MAYA = Person("Maya Reed", "maya@riverfestival.org", "America/Chicago")
SPONSOR = Person("Tom Greer", "tom.greer@northbank.com", "America/Chicago")
ALAN = Person("Alan Frost", "afrost@frostindustrial.com", "America/Detroit")
JUNE = Person("June Ames", "june@amesflorals.com", "America/New_York")
RICK = Person("Rick Dunn", "rick@dunnhvac.com", "America/Chicago")
SOFIA = Person("Sofia Laine", "sofia@lainestudio.fi", "Europe/Helsinki")
GREG = Person("Greg Hale", "greg@halelaw.com", "America/New_York")
AMY = Person("Amy Cho", "amy@chopilates.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1540, "olive-oil-italian-english", GIULIA, SAM, "2028-02-14 09:10", "Label and leaflet",
        """Dear Sam,

thank you for the new proposal, it is much better now.

Some little corrections: in the leaflet the harvest year is 2027 and not 2026. The word "extravergine" must stay in Italian also in the English version, it is a protected name.

For the label, my father would like the olive branch a little more green, now it seems grey.

We need everything approved within end of February because the printer closes for holidays in March.

Thanks a lot,
Giulia""",
        style="gmail",
        labels=dict(cr=["the harvest year is 2027 and not 2026",
                        "my father would like the olive branch a little more green"],
                    req=["The word \"extravergine\" must stay in Italian also in the English version"],
                    due=["2028-02-29"], **EU),
    ),
    Mail(
        1541, "tea-japanese-english", KENJI, SAM, "2028-02-14 18:30", "About the package design",
        """Dear Mr. Ortiz,

Thank you very much for your kind proposal of the package design.
We checked with our president.

Regarding the front side, we are happy if the Japanese characters can be bigger than the English.
Also, the tea leaves picture is a little dark, so we hope more bright image.

Please note that all the texts on the package must follow the Japan food labeling standard.

We would appreciate if you can send the revised design by February 22.

Best regards,
Kenji Sato""",
        style="outlook",
        labels=dict(cr=["we are happy if the Japanese characters can be bigger than the English",
                        "the tea leaves picture is a little dark"],
                    req=["all the texts on the package must follow the Japan food labeling standard"],
                    due=["2028-02-22"]),
    ),
    Mail(
        1542, "cafe-brazilian-english", BRUNA, SAM, "2028-02-14 11:00", "Re: menu board",
        """Hi Sam!!

I loved!! Just two things: the price of the pão de queijo is R$ 9,90 not R$ 8,90, and can you put the word "artesanal" under the logo?

Our reopening is on March 3 so we need the files one week before.

Beijos,
Bruna""",
        style="gmail",
        quote=Quote(SAM, "2028-02-11 16:00", """Bruna, the new menu board is attached.

Sam"""),
        labels=dict(cr=["the price of the pão de queijo is R$ 9,90 not R$ 8,90"],
                    due=["2028-02-25"], default_currency="BRL", day_first=True),
    ),
    Mail(
        1543, "hospital-comms-rules", NINA, SAM, "2028-02-14 10:20", "Heart month campaign - round 2",
        """Sam,

Thanks for turning these around. Notes from our side and from Legal:

The patient in the second video is a real patient, so her full name can't appear anywhere; first name only.
Swap the stock photo of the nurse for one of our own nurses. Marketing has a folder of approved shots, I'll share it today.
All materials must carry the hospital's non-discrimination notice in English and Spanish.
Can the headline on the billboard be shorter? People drive past it at 60 mph.

We'd like the videos final by February 23 and the billboard up by March 1.

Nina Walsh
Communications, St. Luke's Health""",
        style="outlook",
        labels=dict(req=["her full name can't appear anywhere",
                         "All materials must carry the hospital's non-discrimination notice"],
                    cr=["Swap the stock photo of the nurse for one of our own nurses",
                        "Can the headline on the billboard be shorter?"],
                    due=["2028-02-23", "2028-03-01"]),
    ),
    Mail(
        1544, "dentist-phone", DRKIM, SAM, "2028-02-14 07:15", "Re: Mailer",
        """Looks great. Change "teeth whitening" to "professional whitening" pls. And can u add our Saturday hours

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2028-02-11 15:00", """Dr. Kim, here is the spring mailer proof.

Sam"""),
        labels=dict(cr=["Change \"teeth whitening\" to \"professional whitening\"",
                        "can u add our Saturday hours"]),
    ),
    Mail(
        1545, "property-long-several-asks", MARGO, SAM, "2028-02-14 13:45",
        "Leasing brochure and signage",
        """Hi Sam,

I went through everything with the owners this morning. In no particular order:

The floor plans on page 4 are for the old building; the new ones are in the shared drive under "2028 plans". Please use those.

The owners would rather not show rents anywhere in the brochure. Leasing will quote them directly.

On the construction fence banner, the phone number should be the leasing office (617-555-0143), not the main line.

We've also been asked to include the LEED Gold logo on the back cover now that the certification came through.

Could we see a second option for the cover with the rooftop photo instead of the lobby?

Budget is still $22,000 for brochure and signage together. We need the banner installed by March 10 for the open house.

Thanks!
Margo""",
        style="gmail",
        labels=dict(cr=["The floor plans on page 4 are for the old building",
                        "the phone number should be the leasing office",
                        "include the LEED Gold logo on the back cover",
                        "Could we see a second option for the cover with the rooftop photo instead of the lobby?"],
                    req=["The owners would rather not show rents anywhere in the brochure"],
                    budgets=[("22000", "USD")], due=["2028-03-10"]),
    ),
    Mail(
        1546, "furniture-table-html", PETE, SAM, "2028-02-14 15:00", "Catalog changes",
        "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Sam,</p>
<p class="MsoNormal">Changes to the spring catalog by page:</p>
<table border="1" cellpadding="4">
<tr><td><b>Page</b></td><td><b>Change</b></td></tr>
<tr><td>3</td><td>Oak dining table is now $1,299</td></tr>
<tr><td>7</td><td>Remove the Aspen sofa, discontinued</td></tr>
<tr><td>12</td><td>Swap lifestyle photo for the one with the dog</td></tr>
<tr><td>Back cover</td><td>Looks good</td></tr>
</table>
<p class="MsoNormal">Catalog has to drop in homes by March 15.</p>
<p class="MsoNormal">Pete</p>
</div></body></html>
""",
        labels=dict(cr=["Oak dining table is now $1,299", "Remove the Aspen sofa",
                        "Swap lifestyle photo for the one with the dog"],
                    due=["2028-03-15"], non_budget=[("1299", "USD", "price")]),
    ),
    Forward(
        1547, "taco-forward-of-forward", FRAN, SAM, "2028-02-14 12:30",
        "Sam, see the chain below. Can we make the regional's change on our window posters too? Thanks, Fran",
        Forward(
            0, "taco-fwd-inner", FRANCHISOR, FRAN, "2028-02-14 09:00",
            "Franchisees - please see Dev's note below and pass it on to your agencies.",
            Mail(
                0, "taco-regional-orig", REGIONAL, FRANCHISOR, "2028-02-13 17:00", "Lent promo",
                """Lisa,

For the Lent promo, all creative must say "Fish Tacos 2 for $7" - the $6 price we tested is not approved.

Promo runs Feb 23 through April 9.

Dev""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["Can we make the regional's change on our window posters too?"],
                    req=["all creative must say \"Fish Tacos 2 for $7\""],
                    due=["2028-02-23"], non_budget=[("7", "USD", "price"), ("6", "USD", "price")]),
    ),
    Mail(
        1548, "bakery-inline-answers", OLGA, SAM, "2028-02-14 14:10", "Re: Easter campaign questions",
        """Hi Sam, answers inline.

> Do you want the Easter posters in the same size as Christmas (A2)?

Same size, but we need 2 more for the new store.

> Any products we should feature?

The hot cross buns for sure. Not the lamb cake, we're not making it this year.

> When should everything be in store?

By March 27 at the latest.

Olga""",
        style="plain",
        labels=dict(cr=["we need 2 more for the new store"],
                    due=["2028-03-27"]),
    ),
    Mail(
        1549, "brewery-ok-but", CODY, SAM, "2028-02-14 16:40", "Re: Tap handle + coasters",
        """ok but the coasters need to be round not square. tap handle is fine""",
        style="plain",
        quote=Quote(SAM, "2028-02-14 10:00", """Cody, proofs for the tap handle and the coasters attached.

Sam"""),
        labels=dict(cr=["the coasters need to be round not square"]),
    ),
    Forward(
        1550, "festival-sponsor-rules", MAYA, SAM, "2028-02-15 09:00",
        "Sam - below are the sponsor's rules for this year. Please build them into everything. Poster deadline is still March 1.\n\nMaya",
        Mail(
            0, "festival-sponsor-orig", SPONSOR, MAYA, "2028-02-14 15:00", "Sponsorship guidelines 2028",
            """Hi Maya,

As in past years, a few guidelines for the River Festival materials:

- The Northbank logo appears on all printed pieces, at least 1 inch wide.
- The logo is never placed on a busy photo background.
- Please refer to us as "Northbank", never "North Bank" or "NB".

Thanks,
Tom Greer
Sponsorships, Northbank""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(req=["The Northbank logo appears on all printed pieces",
                         "The logo is never placed on a busy photo background",
                         "Please refer to us as \"Northbank\", never \"North Bank\""],
                    due=["2028-03-01"]),
    ),
    Mail(
        1551, "industrial-procurement", ALAN, SAM, "2028-02-15 10:30", "Trade show booth - PO and requirements",
        """Sam,

Procurement has issued PO 45521 for the booth at $38,500. Please reference the PO number on every invoice or AP will reject it.

For the booth itself: all electrical components must be UL listed, and the booth staff uniforms need our new logo (the one with the gear).

The show is April 12-14 in Chicago. Graphics need to ship by March 31.

Alan Frost
Marketing Manager""",
        style="outlook",
        labels=dict(budgets=[("38500", "USD")],
                    req=["all electrical components must be UL listed"],
                    cr=["the booth staff uniforms need our new logo"],
                    due=["2028-03-31"]),
    ),
    Mail(
        1552, "florist-results-no-asks", JUNE, SAM, "2028-02-15 11:00", "Valentine's recap",
        """Hi Sam,

Just wanted to share: Valentine's was our best ever. Online orders were up 41% over last year and we sold out of red roses by noon on the 13th. The Instagram ads did most of the work, I think.

Nothing needed right now, we'll talk about Mother's Day in March.

June""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1553, "hvac-cancel-one-keep-one", RICK, SAM, "2028-02-15 13:00", "Radio and billboards",
        """Sam,

We're going to pull the radio spots for March - the budget got cut. Keep the billboards as planned though.

Let me know what that does to the invoice.

Rick""",
        style="gmail",
        labels=dict(cr=["We're going to pull the radio spots for March"]),
    ),
    Mail(
        1554, "design-finnish-options", SOFIA, SAM, "2028-02-15 08:45", "Logo concepts",
        """Hello Sam,

Thank you for the three concepts. We like the direction of concept B the most, but the typeface feels too cold for us.

Could you show us two or three other typefaces with concept B? Something warmer, maybe a serif.

Also, the logo needs to work in one colour only, as we print on kraft paper.

Best regards,
Sofia""",
        style="gmail",
        labels=dict(cr=["the typeface feels too cold for us",
                        "Could you show us two or three other typefaces with concept B?"],
                    req=["the logo needs to work in one colour only"], **EU),
    ),
    Mail(
        1555, "law-date-change-three-ways", GREG, SAM, "2028-02-15 15:20", "Re: Seminar invitation",
        """Sam,

Change of plans: the seminar moved from March 9 to March 16, so the invitation needs the new date. Everything else stays.

Since we have an extra week, the invites can go out on February 28 instead of the 21st.

Greg""",
        style="gmail",
        quote=Quote(SAM, "2028-02-14 12:00", """Greg, the seminar invitation is ready for your review. Invites go out February 21.

Sam"""),
        labels=dict(cr=["the invitation needs the new date",
                        "the invites can go out on February 28 instead of the 21st"],
                    due=["2028-02-28", "2028-03-16"], replaced=["2028-02-21", "2028-03-09"]),
    ),
    Mail(
        1556, "pilates-terse-yes", AMY, SAM, "2028-02-15 17:00", "Re: Intro offer ads",
        """Yes to version 2. Can the price be bigger though""",
        style="plain",
        quote=Quote(SAM, "2028-02-15 12:00", """Amy, two versions of the intro offer ad attached - which one?

Sam"""),
        labels=dict(cr=["Can the price be bigger though"]),
    ),
    Mail(
        1557, "hospital-second-budget", NINA, SAM, "2028-02-16 09:30", "Heart month - budget",
        """Sam,

Good news: Finance approved another $5,000 for the campaign, so the total is now $30,000. Please put the extra into digital.

Nina""",
        style="outlook",
        labels=dict(budgets=[("30000", "USD")], non_budget=[("5000", "USD", "other")]),
    ),
    Mail(
        1558, "furniture-question-no-change", PETE, SAM, "2028-02-16 10:00", "Catalog question",
        """Sam, quick question - what paper stock did we use for the fall catalog? Just want to make sure spring matches. Thx""",
        style="plain",
        labels=dict(req=["Just want to make sure spring matches"]),
    ),
    Mail(
        1559, "tea-japanese-reply", KENJI, SAM, "2028-02-16 19:00", "Re: About the package design",
        """Dear Mr. Ortiz,

Thank you for the revised design. It is very good.
Only one point, the green color of the band is different from our brand green. Please use DIC 2567 for this part.

We will confirm final on February 24.

Best regards,
Kenji Sato""",
        style="outlook",
        labels=dict(cr=["the green color of the band is different from our brand green"]),
    ),
]
