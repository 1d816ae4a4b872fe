"""The seventeenth labelled set (980-999), written on 2026-12-06 (thirteenth session) after
all of that session's rules, and scored once: the blind split ``blind12``, never tuned on.

Voices nobody in the session wrote before: a vet clinic's receptionist, a Scottish
distiller's apology with a change, a Korean cosmetics brand's English, a Mexican client's
Spanish, a Dutch museum's English, a rushed event planner, a children's charity, a dentist
who answers inline, a law firm's marketing manager, a brewery's phone, a Swiss watchmaker's
French, an HTML-only newsletter brief with a list, a forward of an internal approval, a
long hotel brief, a garden centre's terse reply, an orchestra's appeal, a bike shop's
quoted history, a Canadian ski resort, a software firm's launch plan and a florist's
complaint.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

ROSA = Person("Rosa Lim", "rosa@pawsvet.com", "America/New_York")
ANGUS = Person("Angus Reid", "angus@glenmorrowdistillery.co.uk", "Europe/London")
JIWOO = Person("Ji-woo Park", "jiwoo.park@dewbeauty.kr", "Asia/Seoul")
XIMENA = Person("Ximena Flores", "ximena@floresartesanias.mx", "America/Mexico_City")
PIETER = Person("Pieter Bakker", "p.bakker@havenmuseum.nl", "Europe/Amsterdam")
TRACY = Person("Tracy Bloom", "tracy@bloomevents.com", "America/Chicago")
GEMMA = Person("Gemma Hart", "gemma@brightfutureskids.org", "America/New_York")
DR_ALI = Person("Dr. Sara Ali", "sara@alismiles.com", "America/Los_Angeles")
MONICA = Person("Monica Ford", "mford@fordlegal.com", "America/New_York")
JAKE = Person("Jake Miller", "jake@millerbrewco.com", "America/Denver")
LOUIS = Person("Louis Favre", "l.favre@favre-horlogerie.ch", "Europe/Zurich")
PAIGE = Person("Paige Wu", "paige@wuwellness.com", "America/Los_Angeles")
STEVE = Person("Steve Cole", "steve@colehomes.com", "America/Chicago")
DIRECTOR = Person("Alan Cole", "alan@colehomes.com", "America/Chicago")
HANNA = Person("Hanna Berg", "hanna@fjordhotels.no", "Europe/Oslo")
GREG_G = Person("Greg Green", "greg@greengardens.com", "America/Chicago")
CLARA = Person("Clara Voss", "cvoss@metrosymphony.org", "America/New_York")
DAN = Person("Dan Price", "dan@pricecycles.com", "America/Denver")
MARIE = Person("Marie Gagnon", "marie@montblancski.ca", "America/Toronto")
ARUN = Person("Arun Iyer", "arun@stackpilot.io", "America/Los_Angeles")
LILY = Person("Lily Evans", "lily@evansflowers.com", "America/New_York")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        980, "vet-receptionist", ROSA, SAM, "2026-12-15 10:05", "Flyer for the vaccine clinic",
        """Hi Sam,

Dr. Patel asked me to send this over. We're doing a low-cost vaccine clinic on Saturday
January 23 and need flyers for the waiting room and the pet store next door. Can you have
something to us by January 12? She said to keep it under $400 with printing.

Thanks so much,
Rosa
Front Desk, Paws Veterinary""",
        style="gmail",
        labels=dict(due=["2027-01-12"], budgets=[("400", "USD", "cap")]),
    ),
    Mail(
        981, "distillery-apology-with-change", ANGUS, LUCA, "2026-12-16 15:30",
        "Re: Burns Supper labels",
        """Luca,

Apologies, I gave you the wrong bottling year. It's 2014, not 2012. Could you correct it on
both labels before they go to the printer on Monday?

Angus""",
        style="outlook",
        quote=Quote(LUCA, "2026-12-15 11:00", """Angus, label proofs attached for sign-off.

Luca"""),
        labels=dict(due=["2026-12-21"], cr=["correct it on both labels"], **UK),
    ),
    Mail(
        982, "cosmetics-korean-english", JIWOO, SAM, "2026-12-16 20:00", "Re: US launch visuals",
        """Dear Sam,

Thank you for the visuals. Our team has some requests. First, please make the model's
skin tone more natural. Second, the product name should be written in English and Korean
both. We need the final files until January 8 for the Sephora launch on February 1.

Best regards,
Ji-woo Park""",
        style="outlook",
        labels=dict(due=["2027-01-08", "2027-02-01"],
                    cr=["make the model's skin tone more natural"],
                    req=["English and Korean both"]),
    ),
    Mail(
        983, "crafts-mexican-spanish", XIMENA, LUCA, "2026-12-15 12:40", "Catálogo de primavera",
        """Hola Luca,

Te escribo por el catálogo de primavera. Necesitamos tenerlo impreso antes del 15 de
febrero para la feria. El presupuesto es de 80.000 pesos. Por favor, agrega una página con
los nuevos textiles de Oaxaca.

Saludos,
Ximena""",
        style="gmail",
        labels=dict(due=["2027-02-14"], budgets=[("80000", "MXN")],
                    cr=["agrega una página"], day_first=True, default_currency="MXN"),
    ),
    Mail(
        984, "museum-dutch-english", PIETER, LUCA, "2026-12-14 09:20", "Exhibition campaign",
        """Dear Luca,

Herewith the briefing for the summer exhibition. The opening is on 28 May. The campaign
should be visible from 1 May in Amsterdam and Rotterdam. We have 35.000 euro for design
and media together. All texts must be in Dutch and English.

Kind regards,
Pieter Bakker""",
        style="outlook",
        labels=dict(due=["2027-05-01"], budgets=[("35000", "EUR")],
                    req=["must be in Dutch and English"], **EU),
    ),
    Mail(
        985, "events-rushed", TRACY, SAM, "2026-12-16 17:50", "ASAP - gala program",
        f"""Sam - need the gala program to the printer by tmrw noon, they're closing for the
holidays. Swap the sponsor page with the new one I sent this morning. Thx!!

{IPHONE}""",
        style="apple",
        labels=dict(due=["2026-12-17"], cr=["Swap the sponsor page"]),
    ),
    Mail(
        986, "charity-kids-appeal", GEMMA, SAM, "2026-12-14 11:10", "Spring appeal",
        """Dear Sam,

For our spring appeal we hope to raise $60,000 for the after-school program. We have
$5,000 to spend on the mailing and the emails. The letter has to be signed by our
founder, and every piece needs the charity registration number.

The letters should drop the first week of March.

Warmly,
Gemma""",
        style="outlook",
        labels=dict(budgets=[("5000", "USD")],
                    req=["signed by our founder", "charity registration number"],
                    obj=["raise $60,000"]),
    ),
    Mail(
        987, "dentist-inline-answers", DR_ALI, SAM, "2026-12-15 19:20", "Re: a few questions",
        """See my answers below.

> When should the new patient mailer land?
First week of February ideally, but no later than Feb 8.

> Any budget range?
$3-4k is fine.

> Anything to avoid?
No stock photos of teeth please.

Sara""",
        style="plain",
        labels=dict(due=["2027-02-08"], budgets=[("4000", "USD", "range", "3000")],
                    req=["No stock photos of teeth"]),
    ),
    Mail(
        988, "lawfirm-marketing-manager", MONICA, SAM, "2026-12-16 10:15",
        "Re: Attorney profile pages",
        """Hi Sam,

The partners reviewed the profile pages. Please replace the group photo on the team page
with individual headshots, and add the bar admissions under each attorney's name. Every
page must carry the attorney advertising disclaimer in the footer.

We'd like to go live before the end of January.

Monica Ford
Marketing Manager, Ford Legal""",
        style="outlook",
        labels=dict(due=["2027-01-31"], cr=["replace the group photo"],
                    req=["attorney advertising disclaimer"]),
    ),
    Mail(
        989, "brewery-phone", JAKE, SAM, "2026-12-15 21:05", "Re: tap list poster",
        f"""looks sick. only thing, the hazy is 6.8 not 6.5. and can u make the prices bigger

{IPHONE}""",
        style="plain",
        quote=Quote(SAM, "2026-12-15 13:00", """Jake, tap list poster attached.

Sam"""),
        labels=dict(cr=["hazy is 6.8 not 6.5", "make the prices bigger"]),
    ),
    Mail(
        990, "watchmaker-swiss-french", LOUIS, LUCA, "2026-12-14 14:30", "Annonce Baselworld",
        """Bonjour Luca,

Pour l'annonce dans le magazine, le délai de remise est le 22 janvier. Le budget est de
CHF 9 000. Merci de remplacer la photo du cadran par la nouvelle version que je vous ai
envoyée.

Meilleures salutations,
Louis Favre""",
        style="outlook",
        labels=dict(due=["2027-01-22"], budgets=[("9000", "CHF")],
                    cr=["remplacer la photo du cadran"], day_first=True,
                    default_currency="CHF"),
    ),
    Mail(
        991, "wellness-html-newsletter-brief", PAIGE, SAM, "2026-12-15 16:00",
        "January newsletter",
        "",
        style="html",
        html="""<html><body><div style="font-family:Arial,sans-serif">
<p>Hi Sam,</p>
<p>For the January newsletter:</p>
<ul>
<li>Lead with the new meditation series</li>
<li>Feature the member spotlight (Carla)</li>
<li>Send date: January 7</li>
</ul>
<p>Our goal is to get 200 sign-ups for the series. Please keep the subject line under 50
characters.</p>
<p>Paige</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-07"], obj=["200 sign-ups"], req=["under 50 characters"]),
    ),
    Forward(
        992, "homes-forwarded-approval", STEVE, SAM, "2026-12-16 11:30",
        "Sam - Alan signed off on the budget, see below. Let's get started.\n\nSteve",
        Mail(
            0, "homes-director", DIRECTOR, STEVE, "2026-12-16 09:15", "Model home campaign",
            """Steve,

Approved: $28,000 for the model home campaign. The grand opening is March 20, so the
signs need to be up two weeks before.

Alan""",
            style="outlook",
        ),
        labels=dict(due=["2027-03-06"], budgets=[("28000", "USD")]),
    ),
    Mail(
        993, "hotel-long-brief", HANNA, LUCA, "2026-12-14 08:45", "Summer campaign brief",
        """Dear Luca,

Thank you for the good meeting last week. Here is the brief for the summer campaign for
our three fjord hotels.

We want to increase direct bookings from Germany and the Netherlands by 20 %. The campaign
should start on 15 April and run for eight weeks. The budget is NOK 450 000 including media.

All photos must show real guests, no models, and the hotel names must never be
translated. Please send us a first concept before 1 February.

Best regards,
Hanna Berg""",
        style="outlook",
        labels=dict(due=["2027-04-15", "2027-01-31"], budgets=[("450000", "NOK")],
                    req=["must show real guests", "never be translated"],
                    obj=["increase direct bookings"],
                    day_first=True, default_currency="NOK"),
    ),
    Mail(
        994, "garden-terse-reply", GREG_G, SAM, "2026-12-16 07:40", "Re: spring ad sizes",
        """Go with the half page. Drop the coupon. Need final by the 28th.

Greg""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 15:00", """Greg, we can do a half page or a full page.
The coupon adds a week for legal review.

Sam"""),
        labels=dict(due=["2026-12-28"], cr=["Drop the coupon"]),
    ),
    Mail(
        995, "orchestra-appeal", CLARA, SAM, "2026-12-15 13:30", "Season subscription push",
        """Hi Sam,

We'd like to sell 1,500 season subscriptions before the season opens in September. The
first direct mail piece should be in homes by February 15. Our board is firm that the
music director's photo appears on every piece.

Best,
Clara""",
        style="gmail",
        labels=dict(due=["2027-02-15"], obj=["sell 1,500 season subscriptions"],
                    req=["photo appears on every piece"]),
    ),
    Mail(
        996, "bikes-quoted-history", DAN, SAM, "2026-12-16 12:15", "Re: winter sale email",
        """Thanks Sam. Let's move the send to Thursday instead of Wednesday, our stock arrives
late. Everything else looks right.

Dan""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 10:00", """Dan, the winter sale email is scheduled for
Wednesday, December 16, at 9am. Budget used so far: $1,200 of $2,000.

Sam"""),
        labels=dict(due=["2026-12-17"], replaced=["2026-12-16"],
                    cr=["move the send to Thursday"]),
    ),
    Mail(
        997, "ski-canadian", MARIE, SAM, "2026-12-14 09:55", "Spring skiing campaign",
        """Hi Sam,

For spring skiing we have CAD 18,000. Everything must be bilingual, French and English.
The campaign goes live February 22. We're hoping to fill the lodge on weekdays in March.

Marie""",
        style="outlook",
        labels=dict(due=["2027-02-22"], budgets=[("18000", "CAD")],
                    req=["bilingual, French and English"], obj=["fill the lodge"],
                    default_currency="CAD"),
    ),
    Mail(
        998, "software-launch-plan", ARUN, SAM, "2026-12-15 18:20", "v5 launch plan",
        """Sam,

v5 launch plan:
- Beta invite email - Jan 12
- Launch blog post + social - Feb 2
- Webinar - Feb 9

Budget for the launch is $25k. We need 500 webinar registrations to call it a success.

Arun""",
        style="gmail",
        labels=dict(due=["2027-01-12", "2027-02-02", "2027-02-09"], budgets=[("25000", "USD")],
                    obj=["500 webinar registrations"]),
    ),
    Mail(
        999, "florist-complaint", LILY, SAM, "2026-12-16 09:05", "Re: Valentine's postcards",
        """Sam,

The postcards arrived and the red is way too orange, it doesn't look like our roses at
all. Please fix the color and reprint by January 20. I'm not paying for the second run.

Lily""",
        style="gmail",
        quote=Quote(SAM, "2026-12-10 10:00", """Lily, the Valentine's postcards ship today.

Sam"""),
        labels=dict(due=["2027-01-20"], cr=["the red is way too orange"]),
    ),
]
