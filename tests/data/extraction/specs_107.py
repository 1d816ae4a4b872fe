"""The hundred-and-second labelled set (2180-2199), written on 2026-12-07 (thirtieth session)
after tune75 to tune78's rules: the split ``blind35``, scored once for the session's first
and last code and never tuned on (its misses are not looked at).

A mix of the mail programs and voices the session worked on, written as the mail comes and
not to a shape: replies from Outlook, Gmail, Apple Mail, Yahoo and phones, HTML-only mail,
forwards by the AE, a pasted chat, a help desk's notification, briefs with goals and sums,
terse changes, rules from third parties, French, German and Spanish clients. Written out by
hand, as in ``specs_103.py``. Dates run in the week of 4 June 2029 (a Monday).
"""

from specs_103 import SAM_ADDR, _mail

from build import Raw

INTAKE_TO = "Brightlane Intake <intake@brightlane.agency>"
EU = dict(day_first=True, default_currency="EUR")
HTML = "text/html; charset=utf-8"

ITEMS = [
    Raw(
        2180, "dentist-outlook-reply-two-asks",
        _mail("Dr. Sara Quinn <squinn@quinnsmiles.com>", "RE: Back-to-school mailer", "Mon, 4 Jun 2029 09:40:00 -0400",
              """Hi Sam,

Thanks for this. Could we use a photo of a teenager instead of the little kid? Most of our new patients are 12-17. Also the offer should say "Free whitening with your first cleaning", not "50% off whitening".

The mailer has to land before school starts on August 27.

Sara

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Friday, June 1, 2029 4:10 PM
To: Dr. Sara Quinn <squinn@quinnsmiles.com>
Subject: Back-to-school mailer

Hi Dr. Quinn, the first draft is attached. We planned to mail on August 6; postage and print for 4,000 homes is $2,900.

Sam
""", mid="MN0PR02MB1212A1@MN0PR02MB1212.namprd02.prod.outlook.com",
              extra="In-Reply-To: <CA+school-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-08-26"],
                    cr=["use a photo of a teenager instead of the little kid",
                        "the offer should say"]),
    ),
    Raw(
        2181, "landscaper-phone-terse",
        _mail("Russ Keller <russ@kellerlawn.com>", "Re: door hangers", "Mon, 4 Jun 2029 07:12:00 -0500",
              """phone # is wrong on the back its 555-0163. print 2000 by thurs

Sent from my iPhone

> On Jun 3, 2029, at 6:30 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Russ, door hanger proof attached. 2,000 for $310.
""", mid="C1D2E3F4-0A1B-4C2D-9E8F-7A6B5C4D3E2F@kellerlawn.com",
              extra="In-Reply-To: <CA+hanger-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago", due=["2029-06-07"],
                    cr=["phone # is wrong on the back its 555-0163"]),
    ),
    Raw(
        2182, "museum-brief-gmail",
        _mail("Anika Shah <ashah@riverfrontmuseum.org>", "Fall exhibition campaign", "Mon, 4 Jun 2029 11:00:00 -0400",
              """Hi Sam,

We're opening "Rivers of Light" on September 20 and would love your help with the campaign: posters, transit ads and a short video for social.

Our budget is $45,000 for everything. The aim is 20,000 visitors in the first two months, up from 14,000 for last fall's show.

A few rules from the lender: every image of the artworks needs the credit line "Courtesy of the Holloway Collection", and no artwork may be cropped.

Posters need to be up by September 6.

Best,
Anika
""", mid="CAV1+anika-fall@mail.gmail.com"),
        labels=dict(timezone="America/New_York", due=["2029-09-06"],
                    budgets=[("45000", "USD")],
                    obj=["The aim is 20,000 visitors in the first two months"],
                    req=["every image of the artworks needs the credit line"]),
    ),
    Raw(
        2183, "cafe-yahoo-reply",
        _mail("Lou Ferris <louferris@yahoo.com>", "Re: Summer menu", "Mon, 4 Jun 2029 15:30:00 +0000",
              """Sam the menu is fine except the iced latte is $4.75 now not $4.50. And can you put the vegan options in green? Need them printed for the 15th.

Lou




    On Monday, June 4, 2029, 09:12:40 AM EDT, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:

 Hi Lou, the summer menu is attached. We can print 50 laminated menus for $220 by June 12.
Sam
""", mid="1733456789.1122334.1861234567890@mail.yahoo.com",
              extra="In-Reply-To: <CA+menu-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-06-15"],
                    cr=["the iced latte is $4.75 now not $4.50",
                        "can you put the vegan options in green"]),
    ),
    Raw(
        2184, "fwd-outlook-client-rules",
        _mail(SAM_ADDR, "FW: Hospital fundraiser ads", "Mon, 4 Jun 2029 10:20:00 -0400",
              """Intake - client's notes below.

________________________________
From: Karen Boyd <kboyd@mercyfoundation.org>
Sent: Monday, June 4, 2029 9:55 AM
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Hospital fundraiser ads

Sam,

Our compliance office needs every ad to carry the line "Mercy Foundation is a 501(c)(3) nonprofit". Please also drop the patient testimonial from the radio script; we don't have her consent in writing.

The gala is July 14, and the ads should start running three weeks before.

Karen
""", mid="SAM-fwd-2184@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="kboyd@mercyfoundation.org",
                    due=["2029-06-23"],
                    req=["every ad to carry the line"],
                    cr=["drop the patient testimonial from the radio script"]),
    ),
    Raw(
        2185, "winery-french-gmail",
        _mail("Claire Fabre <claire@domainefabre.fr>", "Re: Étiquettes rosé", "Mon, 4 Jun 2029 14:15:00 +0200",
              """Bonjour Sam,

Les étiquettes sont très belles. Pourriez-vous agrandir le nom du domaine et mettre le millésime en doré ? La mention « L'abus d'alcool est dangereux pour la santé » doit figurer sur chaque étiquette.

Nous avons besoin des fichiers pour le 20 juin.

Cordialement,
Claire

Le lun. 4 juin 2029 à 10:02, Sam Ortiz <sam.ortiz@brightlane.agency> a écrit :
> Bonjour Claire, voici les étiquettes. Impression de 5 000 étiquettes : 900 €.
""", mid="CAW2+claire-rose@mail.gmail.com",
              extra="In-Reply-To: <CA+rose-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Paris", due=["2029-06-20"],
                    cr=["agrandir le nom du domaine"],
                    req=["doit figurer sur chaque étiquette"], **EU),
    ),
    Raw(
        2186, "gym-html-owa-brief",
        _mail("Marcus Reed <marcus@ironworksgym.com>", "Summer membership push", "Mon, 4 Jun 2029 08:05:00 -0700",
              '<html><body><div style="font-family: Calibri; font-size: 12pt;">Hey Sam,</div>'
              '<div style="font-family: Calibri; font-size: 12pt;"><br></div>'
              '<div style="font-family: Calibri; font-size: 12pt;">We want 300 new members by the end of August. '
              'Can you put together Instagram ads and a referral flyer? We can do about $4,000 total.</div>'
              '<div style="font-family: Calibri; font-size: 12pt;"><br></div>'
              '<div style="font-family: Calibri; font-size: 12pt;">Ads should be live June 18. No before/after photos please, '
              'Meta keeps rejecting them.</div><div style="font-family: Calibri; font-size: 12pt;"><br></div>'
              '<div style="font-family: Calibri; font-size: 12pt;">Marcus</div></body></html>\n',
              mid="BYAPR12MB3434B3@BYAPR12MB3434.namprd12.prod.outlook.com", ctype=HTML),
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-18"],
                    budgets=[("4000", "USD")],
                    obj=["300 new members by the end of August"],
                    req=["No before/after photos please"]),
    ),
    Raw(
        2187, "bakery-gmail-inline-answers",
        _mail("Hana Ito <hana@itobakery.com>", "Re: Questions on the catering brochure", "Mon, 4 Jun 2029 12:40:00 -0700",
              """Hi Sam, answers inline.

On Mon, Jun 4, 2029 at 10:00 AM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:

> 1. Do you want the wedding cakes on the cover?

No, lead with the corporate boxes, that's where the money is.

> 2. Same price list as the website?

Yes but the mini croissant tray went up to $38.

> 3. When do you need it?

Before the bridal expo on June 23.

Hana
""", mid="CAX3+hana-brochure@mail.gmail.com",
              extra="In-Reply-To: <CA+catering-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-22"],
                    cr=["lead with the corporate boxes",
                        "the mini croissant tray went up to $38"]),
    ),
    Raw(
        2188, "hotel-german-outlook",
        _mail("Thomas Berger <t.berger@seehotel-berger.at>", "AW: Sommerprospekt", "Mon, 4 Jun 2029 13:25:00 +0200",
              """Hallo Sam,

vielen Dank für den Entwurf. Bitte ersetzen Sie das Titelbild durch das Foto mit dem Steg. Außerdem fehlt das Logo des Tourismusverbands auf der Rückseite.

Die Prospekte müssen bis 22.06. bei uns sein. Das Budget liegt bei 5.500 EUR.

Freundliche Grüße
Thomas Berger

Von: Sam Ortiz <sam.ortiz@brightlane.agency>
Gesendet: Freitag, 1. Juni 2029 17:00
An: Thomas Berger <t.berger@seehotel-berger.at>
Betreff: Sommerprospekt

Hallo Thomas, anbei der erste Entwurf. Druck bis 29.06. möglich.
""", mid="VI1PR03MB5656C5@VI1PR03MB5656.eurprd03.prod.outlook.com",
              extra="In-Reply-To: <CA+prospekt-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Vienna", due=["2029-06-22"],
                    budgets=[("5500", "EUR")],
                    cr=["ersetzen Sie das Titelbild", "fehlt das Logo des Tourismusverbands"],
                    **EU),
    ),
    Raw(
        2189, "school-teams-paste",
        _mail("Nina Patel <npatel@oakridgeacademy.org>", "Re: Graduation program", "Mon, 4 Jun 2029 16:05:00 -0400",
              """Sam, pasting the principal's notes from Teams:

Dr. Lewis 2:14 PM
please list the valedictorian first, then the salutatorian
Dr. Lewis 2:15 PM
and the ceremony starts at 10, not 9:30

Programs need to be here Friday morning.

Nina
""", mid="CAY4+nina-grad@mail.gmail.com",
              extra="In-Reply-To: <CA+grad-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-06-08"],
                    cr=["please list the valedictorian first",
                        "the ceremony starts at 10, not 9:30"]),
    ),
    Raw(
        2190, "realtor-apple-html",
        _mail("Dee Warren <dee@warrenhomes.com>", "Re: Listing flyer", "Mon, 4 Jun 2029 18:45:00 -0700",
              '<html><body dir="auto"><div>Love it. Can we say 4 bedrooms instead of 3? The den counts now. And the open house moved to Sunday the 10th.</div>'
              '<div><br></div><div>Dee</div><div><br><blockquote type="cite">On Jun 4, 2029, at 3:00 PM, Sam Ortiz wrote:<br><br></blockquote></div>'
              '<blockquote type="cite"><div>Hi Dee, the listing flyer is attached for the open house on Saturday the 9th. 100 copies are $85.</div></blockquote>'
              '</body></html>\n',
              mid="A9B8C7D6-E5F4-4321-9876-5A4B3C2D1E0F@warrenhomes.com", ctype=HTML,
              extra="In-Reply-To: <CA+listing-s1@mail.gmail.com>\nX-Mailer: iPhone Mail (21E236)\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-10"],
                    cr=["say 4 bedrooms instead of 3", "the open house moved to Sunday the 10th"]),
    ),
    Raw(
        2191, "bank-spanish-brief",
        _mail("Lucía Moreno <lmoreno@bancosol.es>", "Campaña hipotecas otoño", "Mon, 4 Jun 2029 10:30:00 +0200",
              """Hola Sam,

Para la campaña de hipotecas de otoño tenemos un presupuesto de 30.000 euros. Queremos conseguir 500 solicitudes en línea antes de diciembre.

Todos los anuncios deben incluir la TAE y el aviso legal del Banco de España.

La campaña empieza el 15 de septiembre.

Un saludo,
Lucía Moreno
""", mid="DB9PR06MB7878D7@DB9PR06MB7878.eurprd06.prod.outlook.com"),
        labels=dict(timezone="Europe/Madrid", due=["2029-09-15"],
                    budgets=[("30000", "EUR")],
                    obj=["Queremos conseguir 500 solicitudes en línea"],
                    req=["Todos los anuncios deben incluir la TAE"], **EU),
    ),
    Raw(
        2192, "brewery-helpdesk-reply",
        _mail("Support <support@hopsandbarley.com>", "Re: [Request #4471] Can label reprint", "Mon, 4 Jun 2029 15:00:00 +0000",
              """##- Please type your reply above this line -##

Sam,

The reprint should use the new UPC, 0 81234 56789 2. The old one won't scan at Kroger. We need the labels at the cannery by June 13.

Ben
Hops & Barley Brewing

------------------------------

Sam Ortiz (Brightlane)
Jun 1, 2029, 14:05 EDT

Hi Ben, the can label reprint is ready for sign-off. Printing is June 20, 10,000 labels for $1,450.

------------------------------
""", mid="ZD-4471-2@hopsandbarley.zendesk.com",
              extra="In-Reply-To: <CA+labels-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-06-13"],
                    cr=["The reprint should use the new UPC"]),
    ),
    Raw(
        2193, "nonprofit-long-reply",
        _mail("Grace Obi <gobi@brightwaterfund.org>", "Re: Annual report draft", "Mon, 4 Jun 2029 17:30:00 -0400",
              """Dear Sam,

The board read the draft over the weekend and we have a handful of changes. First, the chairman's letter is too long; please keep it to one page. The map of the wells needs the three new sites in Kisumu. The financial summary should show 2028, not 2027, and the pie chart is hard to read in print, so a simple table would be better.

We also need a French version for our partners in Senegal, same layout.

The report has to be printed by June 29 for the donors' dinner. We have $8,000 for both versions.

With thanks,
Grace Obi
Director of Communications
""", mid="CAZ5+grace-report@mail.gmail.com",
              extra="In-Reply-To: <CA+report-s2@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-06-29"],
                    budgets=[("8000", "USD")],
                    cr=["please keep it to one page",
                        "The map of the wells needs the three new sites",
                        "The financial summary should show 2028, not 2027",
                        "We also need a French version"]),
    ),
    Raw(
        2194, "florist-sms-short",
        _mail("Bea Lund <bea@lundflowers.com>", "Re: wedding fair banner", "Mon, 4 Jun 2029 20:10:00 -0500",
              """ok but bigger logo pls 🙏 fair is sat

Sent from my iPhone

> On Jun 4, 2029, at 5:00 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Bea, banner proof for the wedding fair. 6 ft, $140.
""", mid="D4C3B2A1-9F8E-4D7C-8B6A-5F4E3D2C1B0A@lundflowers.com",
              extra="In-Reply-To: <CA+fair-b1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago", due=["2029-06-09"],
                    cr=["bigger logo pls"]),
    ),
    Raw(
        2195, "law-outlook-rule-and-date",
        _mail("Victor Hale <vhale@halepartners.com>", "RE: Website bios", "Mon, 4 Jun 2029 11:45:00 -0400",
              """Sam,

Under the bar's advertising rules we cannot call any attorney a "specialist" unless they are board certified, so please remove that word from all the bios except Ms. Grant's.

We'd like the new site live by July 2.

Victor

-----Original Message-----
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Friday, June 1, 2029 2:00 PM
To: Victor Hale <vhale@halepartners.com>
Subject: Website bios

Victor, the attorney bios are in the staging site. Launch is set for June 25.
""", mid="SA1PR04MB9090E9@SA1PR04MB9090.namprd04.prod.outlook.com",
              extra="In-Reply-To: <CA+bios-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-07-02"],
                    cr=["please remove that word from all the bios"]),
    ),
    Raw(
        2196, "tour-html-table-schedule",
        _mail("Omar Sayed <omar@desertroutes.com>", "Autumn tours campaign", "Mon, 4 Jun 2029 09:00:00 -0700",
              '<html><body><p>Hi Sam, here is what we need for the autumn tours:</p>'
              '<table border="1"><tr><th>Item</th><th>Deadline</th><th>Budget</th></tr>'
              '<tr><td>Brochure</td><td>July 13</td><td>$2,200</td></tr>'
              '<tr><td>Email series</td><td>August 3</td><td>$1,500</td></tr></table>'
              '<p>All prices in the brochure must be per person, taxes included.</p>'
              '<p>Thanks, Omar</p></body></html>\n',
              mid="CAA6+omar-tours@mail.gmail.com", ctype=HTML),
        labels=dict(timezone="America/Phoenix", due=["2029-07-13", "2029-08-03"],
                    budgets=[("2200", "USD"), ("1500", "USD")],
                    req=["All prices in the brochure must be per person"]),
    ),
    Raw(
        2197, "fwd-apple-client-change",
        _mail(SAM_ADDR, "Fwd: Bus ad", "Mon, 4 Jun 2029 13:10:00 -0400",
              """

Begin forwarded message:

From: Lena Park <lena@parkpilates.com>
Subject: Bus ad
Date: June 4, 2029 at 12:48:02 PM EDT
To: Sam Ortiz <sam.ortiz@brightlane.agency>

Hi Sam! For the bus ad, could the QR code be bigger? People can't scan it from the sidewalk. Also we're now open Sundays 9-1, please add that.

Lena
""", mid="SAM-fwd-2197@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="lena@parkpilates.com",
                    cr=["could the QR code be bigger", "please add that"]),
    ),
    Raw(
        2198, "manufacturer-indian-english",
        _mail("Rakesh Iyer <rakesh.iyer@iyerpumps.in>", "RE: Trade fair standee", "Mon, 4 Jun 2029 18:20:00 +0530",
              """Dear Sam,

Thank you for the design. Kindly change the tagline to "Engineered for Every Drop" and increase the font size of the product names. As per the fair authority, all standees must not exceed 2 metres in height.

Please send the final artwork latest by 15th June as the printer requires 7 days.

Regards,
Rakesh Iyer
Iyer Pumps Pvt. Ltd.
""", mid="PN3PR01MB5151F5@PN3PR01MB5151.INDPRD01.PROD.OUTLOOK.COM",
              extra="In-Reply-To: <CA+standee-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Asia/Kolkata", due=["2029-06-15"],
                    cr=['change the tagline to "Engineered for Every Drop"'],
                    req=["all standees must not exceed 2 metres in height"],
                    day_first=True, default_currency="INR"),
    ),
    Raw(
        2199, "coffee-roaster-whatsapp",
        _mail("Tom Eriksen <tom@northroast.com>", "Bag design notes", "Mon, 4 Jun 2029 19:00:00 -0700",
              """Sam, here's what Ingrid and I decided on WhatsApp last night:

[6/3/29, 9:41:05 PM] Ingrid: origin should be in bigger type on the front
[6/3/29, 9:42:30 PM] Tom Eriksen: agreed. and the roast date sticker goes on the back not the side
[6/3/29, 9:43:12 PM] Ingrid: 👍

We need the bag files by June 22 for the new roaster launch.

Tom
""", mid="CAB7+tom-bags@mail.gmail.com", extra="In-Reply-To: <CA+bags-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-22"],
                    cr=["origin should be in bigger type on the front",
                        "the roast date sticker goes on the back not the side"]),
    ),
]
