"""The eightieth labelled set (1720-1739), written on 2026-12-07 (twenty-seventh session)
before any rule of its own: the split ``tune60``, scored blind first, then tuned on.

Feedback that arrives as new mail rather than as a reply (no "Re:", no quote: the
change-request misses the blind splits show most), and sentences that look like a rule or
a deadline and are neither: "we need to talk about the invoice", "you should have received
the PO", a sale's own dates, a call. Voices: phones, a long mail of several asks, HTML-only
Outlook, a German, a French and a Spanish client in their own language, Indian and
non-native English, a forward of a colleague's notes. Dates run in the week of 10 July 2028
(a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

SPA = Person("Lena Brooks", "lena@driftwoodspa.com", "America/Los_Angeles")
MUSEUM = Person("Paul Okafor", "pokafor@cityartmuseum.org", "America/Chicago")
CLINIC = Person("Rita Shaw", "rita.shaw@northvalevet.com", "America/Denver")
BAKERY = Person("Jürgen Hoffmann", "j.hoffmann@hoffmann-baeckerei.de", "Europe/Berlin")
WINE = Person("Élodie Marchand", "elodie@domaine-marchand.fr", "Europe/Paris")
HOTEL = Person("Lucía Ferrer", "lferrer@hotelmarazul.es", "Europe/Madrid")
TECH = Person("Ravi Menon", "ravi.menon@quantaleap.in", "Asia/Kolkata")
SCHOOL = Person("Karen Webb", "kwebb@oakridgeacademy.org", "America/New_York")
CAFE = Person("Joe Marino", "joe@marinocoffee.com", "America/New_York")
BIKE = Person("Stefan Novak", "stefan@velocitybikes.com", "America/Chicago")
BOSS = Person("Diane Cole", "dcole@velocitybikes.com", "America/Chicago")
GARDEN = Person("Maggie Lowe", "maggie@lowegardens.com", "America/New_York")
LAW = Person("Howard Finch", "hfinch@finchlegal.com", "America/New_York")
RADIO = Person("Tasha Grant", "tasha@grantmotors.com", "America/Chicago")
FOODS = Person("Omar Siddiqui", "omar@saffronfoods.com", "America/New_York")
CHARITY = Person("Ellen Price", "eprice@harborfoodbank.org", "America/New_York")

ITEMS = [
    Mail(
        1720, "spa-phone-banner-notes", SPA, SAM, "2028-07-10 08:40", "web banners",
        """Sam saw the banners live on the site this morning. logo is way too small on mobile, bump it up pls
and the button should say Book now not Learn more

Sent from my iPhone""",
        style="plain",
        labels=dict(cr=["logo is way too small on mobile",
                        "the button should say Book now not Learn more"]),
    ),
    Mail(
        1721, "museum-long-brochure-notes", MUSEUM, SAM, "2028-07-10 10:15", "Members brochure - proof 2",
        """Hi Sam,

I went through proof 2 of the members brochure with our director this morning and we have a few things.

On the cover, the sculpture photo is cropped too tight and we lose the base of the statue, could we use the wider shot from the same set?

The membership prices on page 3 are last year's: individual is now $85 and family is $140.

Page 5 says the museum is closed on Tuesdays, that changed in May, we're closed Mondays now.

Our director would also like a short welcome note from her on page 2, I'll send you the text by Wednesday.

All printed material with the museum name has to carry the new accessibility symbol next to the address, this is a city requirement for us.

We need the final files at the printer by July 21 so the brochures are in the lobby for the August members' night.

Could we also do a quick call on Thursday at 11 to go over the timeline?

Thanks,
Paul""",
        style="outlook",
        labels=dict(cr=["the sculpture photo is cropped too tight",
                        "The membership prices on page 3 are last year's",
                        "Page 5 says the museum is closed on Tuesdays",
                        "would also like a short welcome note from her on page 2"],
                    req=["has to carry the new accessibility symbol next to the address"],
                    due=["2028-07-21"],
                    non_budget=[("85", "USD", "price"), ("140", "USD", "price")]),
    ),
    Mail(
        1722, "vet-html-outlook-bullets", CLINIC, SAM, "2028-07-10 13:05", "Puppy class flyer",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dr. Patel looked at the puppy class flyer. Her notes:</p>
<ul>
<li class="MsoNormal">The puppy in the main photo is a husky, we'd rather have a mixed breed</li>
<li class="MsoNormal">Classes start at 6:30 pm, not 6 pm</li>
<li class="MsoNormal">Please take out the line about free nail trims</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We'd like to hand them out at the front desk from Monday the 17th.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks!</p><p class="MsoNormal">Rita</p>
</div></body></html>""",
        labels=dict(cr=["The puppy in the main photo is a husky",
                        "Classes start at 6:30 pm, not 6 pm",
                        "Please take out the line about free nail trims"],
                    due=["2028-07-17"]),
    ),
    Mail(
        1723, "bakery-german-english", BAKERY, SAM, "2028-07-10 09:30", "Flyer for the summer festival",
        """Dear Mr. Ortiz,

thank you for the draft of the flyer. Please can you change the colour of the headline into dark blue, at the moment it is too bright and one can not read it well. Also the date on the flyer is false, the festival is on 29. July and not on 22. July.

The flyers we need printed until 19. July at the latest, because we distribute them one week before.

With kind regards
Jürgen Hoffmann""",
        style="outlook",
        labels=dict(cr=["change the colour of the headline into dark blue",
                        "the date on the flyer is false"],
                    due=["2028-07-19"], **EU),
    ),
    Mail(
        1724, "wine-french-label", WINE, SAM, "2028-07-10 15:20", "Étiquette cuvée 2027",
        """Bonjour Sam,

Merci pour les propositions d'étiquette. Pourriez-vous remplacer la photo du château par une illustration au trait ? Le rendu est trop chargé.

Le logo de l'appellation doit figurer en bas de chaque étiquette, c'est une obligation légale.

Nous avons besoin des fichiers définitifs pour le 18 juillet, l'imprimeur bloque sa machine le 20.

Bien à vous,
Élodie""",
        style="apple",
        labels=dict(cr=["remplacer la photo du château par une illustration au trait"],
                    req=["Le logo de l'appellation doit figurer en bas de chaque étiquette"],
                    due=["2028-07-18"], **EU),
    ),
    Mail(
        1725, "hotel-spanish-cap", HOTEL, SAM, "2028-07-11 10:00", "Campaña de otoño",
        """Hola Sam,

Hemos revisado los anuncios. ¿Podrían cambiar el titular? "Escápate al mar" nos parece muy visto.

El presupuesto máximo para la campaña de otoño es de 8.000 euros, no podemos pasar de ahí.

Un saludo,
Lucía""",
        style="gmail",
        labels=dict(cr=["Podrían cambiar el titular"],
                    budgets=[("8000", "EUR", "cap")], **EU),
    ),
    Mail(
        1726, "school-must-lookalikes", SCHOOL, SAM, "2028-07-11 11:45", "Open house ads",
        """Hi Sam,

I must say the team loved the first round of the open house ads, great work. We need to talk about the invoice at some point, it came in higher than the estimate. You should have received the PO from our business office by now, let me know if not.

One thing I forgot to mention: every ad has to show our accreditation logo, the state board checks this.

Karen""",
        style="gmail",
        labels=dict(req=["every ad has to show our accreditation logo"]),
    ),
    Mail(
        1727, "cafe-sale-dates", CAFE, SAM, "2028-07-11 07:50", "Iced coffee sale",
        """Morning Sam,

Our iced coffee sale runs July 20 to July 27, buy one get one half off. Last year we did it in August and it was slow. The shop is closed on the 24th for the street fair.

I need the window decals and the Instagram posts ready by the 18th so we can put them up before the sale.

Joe""",
        style="gmail",
        labels=dict(due=["2028-07-18"]),
    ),
    Mail(
        1728, "garden-choose-b-plus", GARDEN, SAM, "2028-07-11 16:30", "Re: Fall catalog cover options",
        """Option B for sure. But make the headline shorter, it runs into the pumpkins.

Maggie""",
        style="gmail",
        quote=Quote(SAM, "2028-07-11 09:00", """Maggie, three cover options for the fall catalog are attached: A, B and C.

Sam"""),
        labels=dict(cr=["make the headline shorter"]),
    ),
    Forward(
        1729, "bike-boss-notes", BIKE, SAM, "2028-07-12 09:10",
        "Sam, Diane's notes on the catalog below. Can you get these done by Friday?\n\nStefan",
        Mail(
            0, "bike-boss-orig", BOSS, BIKE, "2028-07-11 18:40", "Catalog",
            """Stefan,

Went through the catalog tonight.
- the e-bike section needs to come before the road bikes, e-bikes are what sells
- the helmet prices are wrong, they went up in June
- too many stock photos, use our own shop photos where we have them

Diane""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["the e-bike section needs to come before the road bikes",
                        "the helmet prices are wrong",
                        "too many stock photos"],
                    due=["2028-07-14"]),
    ),
    Mail(
        1730, "law-wrong-number", LAW, SAM, "2028-07-12 12:20", "Bus shelter ad",
        """Sam,

The phone number on the bus shelter ad is wrong, it's 555-0143, not 555-0134. Please also keep in mind that every ad for the firm must include "Attorney Advertising", the bar is strict about it.

Howard Finch""",
        style="outlook",
        labels=dict(cr=["The phone number on the bus shelter ad is wrong"],
                    req=["every ad for the firm must include \"Attorney Advertising\""]),
    ),
    Mail(
        1731, "charity-brief", CHARITY, SAM, "2028-07-12 14:00", "Holiday food drive campaign",
        """Hi Sam,

We'd like to start planning the holiday food drive campaign. The goal is to collect 50,000 meals between Thanksgiving and New Year's, and to sign up 300 new volunteers.

We'd like posters, a short video and social posts. Please don't show faces of the families we serve, we protect their privacy. We have about $6,000 for it.

Could you send a first plan by the end of the month?

Ellen""",
        style="gmail",
        labels=dict(obj=["collect 50,000 meals"],  # one goal per sentence, as the set counts
                    req=["don't show faces of the families we serve"],
                    budgets=[("6000", "USD")], due=["2028-07-31"]),
    ),
    Mail(
        1732, "radio-sms-push", RADIO, SAM, "2028-07-12 17:55", "Re: tmrw post",
        """can u push the FB post to thurs? sales event got moved""",
        style="plain",
        quote=Quote(SAM, "2028-07-12 10:00", """Tasha, the Facebook post for the sales event goes out tomorrow at 9.

Sam"""),
        labels=dict(cr=["push the FB post to thurs"], due=["2028-07-13"]),
    ),
    Mail(
        1733, "tech-indian-revert", TECH, SAM, "2028-07-12 11:30", "Webinar creatives",
        """Hi Sam,

Kindly do the needful and revert with the revised creatives by EOD Friday. The tagline font is looking very thin, please make it bold. Also the speaker photo of Mr. Iyer is old one, we will share the new photo today itself.

Regards,
Ravi Menon""",
        style="outlook",
        labels=dict(cr=["The tagline font is looking very thin",
                        "the speaker photo of Mr. Iyer is old one"],
                    due=["2028-07-14"]),
    ),
    Mail(
        1734, "foods-meeting-only", FOODS, SAM, "2028-07-13 09:00", "Storyboard review",
        """Hi Sam,

Can we meet on Tuesday the 18th at 3 to go through the storyboard? I need to leave by 4:30 for the airport, so let's keep it tight. Our CFO will join for the first half hour.

Omar""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1735, "radio-stretch", RADIO, SAM, "2028-07-13 10:30", "Radio spot cut-downs",
        """Sam,

We can stretch to $12,000 if the 15-second cut-downs are included. Both versions have to end with the dealership address read out, that's a manufacturer rule for co-op money.

Tasha""",
        style="gmail",
        labels=dict(budgets=[("12000", "USD")],
                    req=["Both versions have to end with the dealership address read out"]),
    ),
    Mail(
        1736, "bakery-german", BAKERY, SAM, "2028-07-13 14:10", "Plakat Sommerfest",
        """Hallo Herr Ortiz,

bitte ändern Sie die Überschrift auf dem Plakat in "Sommerfest bei Hoffmann". Das Logo muss immer oben links stehen, so steht es in unserem Markenhandbuch.

Die Druckdaten brauchen wir bis spätestens 21.7.

Viele Grüße
Jürgen Hoffmann""",
        style="outlook",
        labels=dict(cr=["bitte ändern Sie die Überschrift auf dem Plakat"],
                    req=["Das Logo muss immer oben links stehen"],
                    due=["2028-07-21"], **EU),
    ),
    Mail(
        1737, "garden-status-then-ask", GARDEN, SAM, "2028-07-13 15:40", "Spring results and fall",
        """Hi Sam,

Quick update: the spring mailer went out on April 3 and we had our best May ever, up 18% on last year. The board was very happy with it.

For the fall version, could you swap the family photo for one with the dog? People kept mentioning the dog at the register.

Maggie""",
        style="apple",
        labels=dict(cr=["could you swap the family photo for one with the dog"]),
    ),
    Mail(
        1738, "foods-html-numbered", FOODS, SAM, "2028-07-13 17:20", "Packaging proofs",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Comments on the biryani kit packaging proofs:</p>
<p class="MsoNormal">1. The spice level chili icons are too small to see on the shelf</p>
<p class="MsoNormal">2. Cooking time is 25 minutes, the box says 20</p>
<p class="MsoNormal">3. The halal mark must be on the front panel, not the back. Our certifier requires it.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Printer needs files Wednesday 7/19 at the latest.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Omar</p>
</div></body></html>""",
        labels=dict(cr=["The spice level chili icons are too small to see on the shelf",
                        "Cooking time is 25 minutes, the box says 20",
                        "The halal mark must be on the front panel, not the back"],
                    due=["2028-07-19"]),
    ),
    Mail(
        1739, "radio-drop-spot", RADIO, SAM, "2028-07-14 08:15", "Media plan",
        """Sam,

We no longer need the second radio flight in August, please drop it from the plan and move that money into Facebook. The TV spot stays as is.

Thanks,
Tasha""",
        style="gmail",
        labels=dict(cr=["We no longer need the second radio flight in August"]),
    ),
]
