"""The sixtieth labelled set (1320-1339), written on 2026-12-06 (twenty-first session) after the
session's work on suggestions passed on as a gerund and on tag questions: the split
``blind23``, scored once against the session's starting code and its code when written,
never tuned on.

A week (20-24 September 2027) of mail as it comes, not written to exercise any rule: two
phone replies, a British marketing manager's long list, an Outlook table of deliverables,
an Italian and a Dutch client writing English, a German and a Spanish client in their own
language, a boss's note forwarded, a thank-you that asks nothing, an approval with one
change, a museum's first brief, a bottom-posted answer, an Australian, a Mumbai office,
a video critique, a budget as a range, a realtor, a venue's rules, a product manager's
bullets and a forward of a forward.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

AMY = Person("Amy Chen", "amy@chenfloral.com", "America/Los_Angeles")
BRIONY = Person("Briony Walsh", "briony.walsh@thornfieldgin.co.uk", "Europe/London")
CAL = Person("Cal Jensen", "cal.jensen@jensenhvac.com", "America/Chicago")
DARIO = Person("Dario Conti", "dario.conti@contipasta.it", "Europe/Rome")
EVA = Person("Eva Schulte", "eva.schulte@schulte-moebel.de", "Europe/Berlin")
FER = Person("Fernanda Gil", "fernanda@gilcafe.es", "Europe/Madrid")
GREG = Person("Greg Olsen", "greg@olsenmarine.com", "America/New_York")
GREG_BOSS = Person("Linda Olsen", "linda@olsenmarine.com", "America/New_York")
HOLLY = Person("Holly Price", "holly@pricebakery.com", "America/Denver")
IAN = Person("Ian Ross", "ian.ross@rossclinic.com", "America/New_York")
JUNE = Person("June Park", "june.park@cityartmuseum.org", "America/Chicago")
KEV = Person("Kevin Ortiz", "kevin@ortizroofing.com", "America/Phoenix")
LACHLAN = Person("Lachlan Reid", "lachlan@reidsurf.com.au", "Australia/Sydney")
MEERA = Person("Meera Iyer", "meera.iyer@iyerpharma.in", "Asia/Kolkata")
NOAH = Person("Noah Fischer", "noah@fischerfitness.com", "America/New_York")
OLGA = Person("Olga Novak", "olga@novakstudio.com", "America/New_York")
PETE = Person("Pete Hall", "pete@hallhomes.com", "America/Denver")
QUINN = Person("Quinn Avery", "events@lakesideinn.com", "America/Chicago")
RIYA = Person("Riya Shah", "riya@tallyapp.io", "America/Los_Angeles")
SANNE = Person("Sanne de Vries", "sanne.devries@devriesbikes.nl", "Europe/Amsterdam")
TESS = Person("Tess Moore", "tess@moorevet.com", "America/New_York")
TESS_VET = Person("Dr. Alan Moore", "alan@moorevet.com", "America/New_York")
TESS_OFFICE = Person("Rita Gomez", "rita@moorevet.com", "America/New_York")

ITEMS = [
    Mail(
        1320, "florist-phone-reply", AMY, SAM, "2027-09-20 06:58", "Re: Fall wedding ads",
        """can we push the instagram posts to thurs? my sister's wedding is wed lol. and lose
the hashtag on the 2nd one, nobody uses it

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2027-09-17 15:20", """Amy, the fall wedding posts go out Wednesday
the 22nd. Proofs attached.

Sam"""),
        labels=dict(due=["2027-09-23"],
                    cr=["push the instagram posts to thurs", "lose\nthe hashtag"]),
    ),
    Mail(
        1321, "gin-uk-long-list", BRIONY, LUCA, "2027-09-20 09:40",
        "Re: Christmas gift set - round 2",
        """Morning Luca,

Round two is a big step forward, thank you. The team went through it on Friday and I've
pulled our comments together below - sorry it's a long one.

The gift box: the copper foil on the lid is lovely but it's fighting with the botanical
illustration. Would it be possible to keep the foil for the logo only?

Inside the lid, the tasting notes still mention juniper first. Our head distiller is
adamant that orange peel leads, so please swap the order.

The recipe card is a nice touch, but the Negroni measures are wrong - it's equal parts,
25ml each, not 50ml of gin.

We've had a note from our retail partner that anything on their shelves has to carry a
barcode on the base, so that needs to go on as well.

Timing: the printer needs artwork by Friday 1 October to make the November delivery. On
cost, we can't go beyond £12,500 for the boxes and cards together.

Many thanks,
Briony

Briony Walsh
Marketing Manager | Thornfield Gin
Thornfield Distillery Ltd. Registered in England No. 09876543""",
        style="outlook",
        labels=dict(due=["2027-10-01"], budgets=[("12500", "GBP", "cap")],
                    cr=["keep the foil for the logo only", "please swap the order",
                        "the Negroni measures are wrong"],
                    req=["has to carry a\nbarcode on the base"], **UK),
    ),
    Mail(
        1322, "hvac-outlook-table", CAL, SAM, "2027-09-20 11:05", "Q4 pieces",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is the Q4 list we talked about:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Piece</b></p></td>
<td><p class="MsoNormal"><b>Needed by</b></p></td>
<td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Furnace tune-up postcard</p></td>
<td><p class="MsoNormal">Oct 11</p></td><td><p class="MsoNormal">$3,400</p></td></tr>
<tr><td><p class="MsoNormal">Radio spot (30s)</p></td>
<td><p class="MsoNormal">Oct 25</p></td><td><p class="MsoNormal">$5,000</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">All pieces need our license # TACLB12345E on them.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cal Jensen | Owner | Jensen Heating &amp; Air</p>
</div></body></html>
""",
        labels=dict(due=["2027-10-11", "2027-10-25"],
                    budgets=[("3400", "USD"), ("5000", "USD")],
                    req=["All pieces need our license #"]),
    ),
    Mail(
        1323, "pasta-it-english", DARIO, LUCA, "2027-09-20 14:30", "Re: new packaging",
        """Dear Luca,

thanks for the new proposal of packaging. We like very much the direction with the
drawing of the hills.

Only two things. The name "Conti" must be more big, now it is too small compared to the
drawing. And the green is too dark, we prefer the green of our old bag.

We need the definitive files for the 8/10 because the machine for the printing is booked.

Kind regards
Dario Conti""",
        style="gmail",
        labels=dict(due=["2027-10-08"],
                    cr=["must be more big", "the green is too dark"], **EU),
    ),
    Mail(
        1324, "moebel-de", EVA, LUCA, "2027-09-21 08:15", "Herbstkatalog",
        """Hallo Luca,

vielen Dank für den ersten Entwurf des Herbstkatalogs.

Bitte tauschen Sie das Titelbild gegen das Foto mit dem Eichentisch aus. Außerdem fehlt
auf Seite 12 der Preis für das Sofa "Lena", der ist 1.299 €.

Der Katalog muss spätestens am 15.10. in der Druckerei sein. Unser Budget für Gestaltung
und Druck liegt bei 14.000 Euro.

Viele Grüße
Eva Schulte""",
        style="outlook",
        labels=dict(due=["2027-10-15"], budgets=[("14000", "EUR")],
                    non_budget=[("1299", "EUR")],
                    cr=["tauschen Sie das Titelbild", "fehlt\nauf Seite 12 der Preis"], **EU),
    ),
    Mail(
        1325, "cafe-es", FER, LUCA, "2027-09-21 10:20", "Carta de otoño",
        """Hola Luca,

Te mando lo que necesitamos para la nueva carta de otoño.

Todos los platos tienen que llevar los alérgenos, es obligatorio por ley. Y la carta tiene
que estar en castellano y en inglés.

La necesitamos impresa para el 4 de octubre, que es cuando cambiamos el menú.

Gracias,
Fernanda""",
        style="gmail",
        labels=dict(due=["2027-10-04"],
                    req=["tienen que llevar los alérgenos",
                         "tiene\nque estar en castellano y en inglés"], **EU),
    ),
    Forward(
        1326, "marine-boss-forward", GREG, SAM, "2027-09-21 13:10",
        "Sam, see below from Linda. Can you fix before it runs Saturday?",
        Mail(
            0, "marine-boss-note", GREG_BOSS, GREG, "2027-09-21 07:45", "boat show ad",
            """Greg - the boat show ad says booth 214, we're in 241 this year. Also I'd rather
not show the price on the pontoon boat, just say "ask us".

Linda""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(due=["2027-09-25"],
                    cr=["Can you fix before it runs Saturday",
                        "the boat show ad says booth 214",
                        "I'd rather\nnot show the price"]),
    ),
    Mail(
        1327, "bakery-thanks", HOLLY, SAM, "2027-09-21 16:00", "Re: Harvest menu boards",
        """Sam, the boards went up this morning and they look amazing. Customers are already
asking about the apple cider donuts. Thanks to you and the team!

Holly""",
        style="apple",
        quote=Quote(SAM, "2027-09-20 12:00", """Holly, the boards will be delivered Tuesday
morning.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1328, "clinic-approval-one-change", IAN, SAM, "2027-09-22 09:05",
        "Re: Flu season mailer - final",
        """Sam,

Approved, with one small thing: the clinic hours on the back should read 8am-6pm, not
8am-5pm. Once that's fixed you can send it to the printer.

Thanks,
Ian""",
        style="outlook",
        labels=dict(cr=["should read 8am-6pm, not\n8am-5pm"]),
    ),
    Mail(
        1329, "museum-brief", JUNE, SAM, "2027-09-22 10:30", "Brief: winter exhibition campaign",
        """Hello Sam,

Following our call, here is the brief for the winter exhibition, "Light in the North".

The exhibition opens January 14 and the campaign launches December 1. We want to sell
12,000 tickets over its run and grow our membership by 800 new members. The campaign budget
is $60,000, media included.

Things to keep in mind: every piece has to credit the lending museum in Oslo, and the
artworks can't be cropped or have text laid over them. Our brand font is Freight Sans.

We would love to see first ideas by October 20.

Best,
June Park
Marketing Director, City Art Museum""",
        style="gmail",
        labels=dict(due=["2027-12-01", "2027-10-20"], budgets=[("60000", "USD")],
                    obj=["sell\n12,000 tickets"],
                    req=["has to credit the lending museum",
                         "Our brand font is Freight Sans"]),
    ),
    Mail(
        1330, "roofing-bottom-posted", KEV, SAM, "2027-09-22 13:45", "Re: Yard signs",
        """On Wed, Sep 22, 2027 at 10:00 AM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Kevin, a couple of questions on the yard signs before we print.
>
> How many signs and what size?

200, the 18x24 ones

> Do you want the QR code to go to the quote form or the home page?

quote form please. and can you make the phone number bigger than the QR

Kevin""",
        style="plain",
        labels=dict(cr=["make the phone number bigger than the QR"]),
    ),
    Mail(
        1331, "surf-au", LACHLAN, SAM, "2027-09-23 08:10", "Re: summer range EDM",
        """G'day Sam,

Cheers for the EDM draft, reckon it's close. Couple of things - the hero shot's a bit
dark, could you brighten it up? And the "shop now" button should go to the summer
collection page, not the homepage.

Needs to go out before Black Friday, so let's say no later than the 24th of November.

Ta,
Lachlan""",
        style="gmail",
        labels=dict(due=["2027-11-24"],
                    cr=["could you brighten it up", "should go to the summer\ncollection page"],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        1332, "pharma-in-formal", MEERA, SAM, "2027-09-23 11:30",
        "Revised detailing aid - urgent",
        """Dear Sam,

Greetings from Iyer Pharma.

With reference to the detailing aid shared on 20th September, kindly note the following
corrections:

1. The dosage on page 3 may please be changed to 500 mg twice daily.
2. The reference list is to be shifted to the last page.

As per regulatory requirements, the prescribing information must appear on every page.

Kindly send the revised version latest by 28th September, as the medical representatives'
meeting is on 30th September.

Thanks and regards,
Meera Iyer
Brand Manager""",
        style="outlook",
        labels=dict(due=["2027-09-28"],
                    cr=["may please be changed to 500 mg", "is to be shifted to the last page"],
                    req=["must appear on every page"], day_first=True, default_currency="INR"),
    ),
    Mail(
        1333, "fitness-video-critique", NOAH, SAM, "2027-09-23 15:20", "Re: promo video v2",
        """Hey Sam,

Watched v2 a few times. Honestly the first ten seconds drag - nothing happens until the
trainer walks in. The music is also way too loud over the voiceover. And I'm not sold on
the ending, it just sort of stops.

Otherwise great, the class footage looks fantastic.

Noah""",
        style="gmail",
        labels=dict(cr=["the first ten seconds drag", "The music is also way too loud",
                        "I'm not sold on\nthe ending"]),
    ),
    Mail(
        1334, "studio-range-budget", OLGA, SAM, "2027-09-23 17:05", "Website refresh",
        """Hi Sam,

We'd like to refresh the studio website before the holidays. I'm thinking somewhere
between $10k and $12k, depending on what you suggest.

The new site has to work well on phones, most of our bookings come from Instagram. Could
we get a proposal by October 1?

Olga""",
        style="apple",
        labels=dict(due=["2027-10-01"], budgets=[("12000", "USD", "range", "10000")],
                    req=["has to work well on phones"]),
    ),
    Mail(
        1335, "realtor-two-lines", PETE, SAM, "2027-09-24 07:30", "open house flyer",
        """Sam - price dropped to $489,000 on the Maple St listing, please update the flyer
for Saturday's open house. thx""",
        style="plain",
        labels=dict(due=["2027-09-25"], non_budget=[("489000", "USD")],
                    cr=["please update the flyer"]),
    ),
    Mail(
        1336, "venue-rules", QUINN, SAM, "2027-09-24 09:15", "Re: Holiday party signage",
        """Hi Sam,

Happy to host the party on December 10! A few house rules for the signage your team is
designing:

- Nothing can be taped or nailed to the walls; we provide easels.
- Banners may not be larger than 3 x 6 feet.
- All signage must be removed by 11pm the night of the event.

Please send the final sign list to me by December 1 so our staff can plan the setup.

Quinn Avery
Events Manager, Lakeside Inn""",
        style="outlook",
        labels=dict(due=["2027-12-01"],
                    req=["Nothing can be taped or nailed to the walls",
                         "Banners may not be larger than 3 x 6 feet",
                         "must be removed by 11pm"]),
    ),
    Mail(
        1337, "saas-pm-bullets", RIYA, SAM, "2027-09-24 11:40", "Launch page feedback",
        """Sam,

Feedback on the launch page from product:

* Swap the screenshot - the one up there is from the old UI
* "Free forever" needs to go. It's a 14-day trial now.
* Pricing table: add the Team tier ($12/user/month)

Launch is Oct 6, page needs to be live the day before.

Riya""",
        style="gmail",
        labels=dict(due=["2027-10-05", "2027-10-06"], non_budget=[("12", "USD")],
                    cr=["Swap the screenshot", "\"Free forever\" needs to go",
                        "add the Team tier"]),
    ),
    Mail(
        1338, "bikes-nl-english", SANNE, LUCA, "2027-09-24 13:00", "Re: Spring campaign",
        """Hi Luca,

Thanks for the quick update. Small remark: on the poster you wrote "bicycle" everywhere,
in Dutch ads we always say "fiets", also in the English version. Can you change this?

Furthermore our director asks if it is possible to have also a version in A2 for the
shop windows.

The spring campaign starts 1 March, so we need everything ready the 15th of February.

Regards,
Sanne""",
        style="outlook",
        labels=dict(due=["2028-02-15", "2028-03-01"],
                    cr=["Can you change this", "to have also a version in A2"],
                    req=["we always say \"fiets\""], **EU),
    ),
    Forward(
        1339, "vet-forward-of-forward", TESS, SAM, "2027-09-24 15:30",
        "Sam - this came down from Dr. Moore via Rita. Can we get it done?",
        Forward(
            0, "vet-office-forward", TESS_OFFICE, TESS, "2027-09-24 12:10",
            "Tess, forwarding Dr. Moore's note about the reminder postcards.",
            Mail(
                0, "vet-doctor-note", TESS_VET, TESS_OFFICE, "2027-09-23 18:40",
                "reminder postcards",
                """Rita, the dental month postcards need to mention the 20% off cleanings, and
they have to be in the mail by October 8 so they land before the month starts.

Dr. Moore""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-10-08"],
                    req=["need to mention the 20% off cleanings"]),
    ),
]
