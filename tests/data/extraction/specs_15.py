"""The tenth labelled set (920-939), written on 2026-12-05 (tenth session) after all of that
session's voice grids (g79-g140) and before scoring: the session's last measure on mail
nobody tuned on.

All 20 mails are the blind split ``blind10``: no rule is tuned on them. Voices: a gym
chain's brief, a phone note on a price, a German trade-fair brief in German, answers typed
under the AE's questions, a university's second-round notes, a Spanish reply, a CEO's notes
forwarded, Indian English with lakhs, an Australian EDM, holiday closures around one move,
an HTML list of key facts, a go-ahead with one swap, an update that asks nothing, a Quebec
brief in French, an Italian writer's English, a charity's goals, a dentist's signature full
of numbers, a bank's compliance notes, a yes to an offered extra, a Dutch writer's banners.
Same author as the grids: a friendlier measure than the older blind splits.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

DANA_R = Person("Dana Ruiz", "dana@ironpeakfitness.com", "America/Chicago")
TONY = Person("Tony Nguyen", "tony@phokitchen.com", "America/Los_Angeles")
KATRIN = Person("Katrin Vogel", "k.vogel@vogel-suesswaren.de", "Europe/Berlin")
MAYA = Person("Maya Cohen", "maya@brightbooks.com", "America/New_York")
AISHA = Person("Aisha Bello", "abello@lakeshore.edu", "America/New_York")
JORGE = Person("Jorge Martín", "jorge@muebles-martin.es", "Europe/Madrid")
BEN = Person("Ben Carter", "ben@northgatetrust.org", "America/New_York")
RUTH = Person("Ruth Ellis", "ruth@northgatetrust.org", "America/New_York")
LAKSHMI = Person("Lakshmi Rao", "lakshmi.rao@annapoornafoods.in", "Asia/Kolkata")
JONO = Person("Jono Walsh", "jono@surfsidesupply.com.au", "Australia/Sydney")
LUCY = Person("Lucy Grant", "lucy@meadowvets.com", "America/New_York")
GRACE = Person("Grace Kim", "grace@hearthandhome.com", "America/Chicago")
PAT = Person("Pat Kelly", "pat@kellylaw.com", "America/New_York")
OMAR_F = Person("Omar Farouk", "omar@atlasfreight.com", "America/New_York")
GENEVIEVE = Person("Geneviève Roy", "genevieve@festivalneige.ca", "America/Toronto")
GIULIA = Person("Giulia Conti", "giulia@pastificioconti.it", "Europe/Rome")
HELEN_M = Person("Helen Marsh", "helen@riverbendrescue.org", "America/New_York")
NORA = Person("Nora Diaz", "nora@diazdental.com", "America/New_York")
RAJ_B = Person("Raj Bose", "raj.bose@summitcu.com", "America/New_York")
ELLA = Person("Ella Stone", "ella@stonebrewing.com", "America/New_York")
DAAN = Person("Daan de Vries", "daan@fietsfabriek.nl", "Europe/Amsterdam")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        920, "gym-new-year-brief", DANA_R, SAM, "2026-12-14 09:00", "New Year membership push",
        """Hi Sam,

Here's what we need for the January membership push. We'd like a 15-second video, four
Instagram posts and a window poster for each of our six clubs. The campaign starts on
January 4, so everything has to be approved by December 30. We've set aside $11,000 for
production. Please keep the message positive - no before/after body shots. What we're after
is 600 new members by the end of January.

Thanks,
Dana""",
        style="outlook",
        labels=dict(due=["2026-12-30", "2027-01-04"], budgets=[("11000", "USD")],
                    req=["no before/after body shots"], obj=["600 new members"]),
    ),
    Mail(
        921, "pho-price-phone", TONY, SAM, "2026-12-15 20:10", "Re: menu boards",
        f"""looks good but the soup price is wrong, should be 8.50 not 9.50. need the fixed file
tmrw am pls

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-16"], cr=["soup price is wrong"]),
    ),
    Mail(
        922, "confectioner-german-fair", KATRIN, LUCA, "2026-12-14 10:20", "Messestand ISM",
        """Hallo Luca,

für die ISM in Köln brauchen wir eine neue Rückwand für unseren Stand. Die Druckdaten müssen
bis spätestens 15. Januar bei der Druckerei sein. Unser Budget liegt bei 7.500 Euro. Bitte
verwenden Sie nur Motive aus unserer Bilddatenbank.

Viele Grüße
Katrin Vogel""",
        style="outlook",
        labels=dict(due=["2027-01-15"], budgets=[("7500", "EUR")],
                    req=["nur Motive aus unserer Bilddatenbank"], **EU),
    ),
    Mail(
        923, "books-answers-under-questions", MAYA, SAM, "2026-12-15 11:40",
        "Re: Winter newsletter - three questions",
        """Hi Sam, see my answers below.

> Do you want the logo in colour or white on the dark version?

White please.

> Is the January 12 send date still on?

No, we've moved it to January 19.

> Any news on the budget?

Finance signed off $5,200.

Thanks,
Maya""",
        style="plain",
        labels=dict(due=["2027-01-19"], budgets=[("5200", "USD")],
                    cr=["moved it to January 19"]),
    ),
    Mail(
        924, "university-round-two", AISHA, SAM, "2026-12-16 13:15",
        "Open day campaign - feedback round 2",
        """Hi Sam,

Thanks for round 2. The team met yesterday and overall we're much happier.

A few things: on the poster the date of the open day is wrong, it's Saturday February 6,
not the 13th. The student quote on the flyer needs to be shorter, maybe two lines max. And
could the web banner use the campus photo instead of the library?

Also, our accessibility office reminded us that every PDF must be tagged for screen
readers.

We'd love to have the final files by January 8 so we can start promoting after the
holidays.

Best,
Aisha""",
        style="outlook",
        labels=dict(due=["2027-01-08"],
                    cr=["date of the open day is wrong",
                        "student quote on the flyer needs to be shorter",
                        "web banner use the campus photo"],
                    req=["every PDF must be tagged"]),
    ),
    Mail(
        925, "furniture-spanish-reply", JORGE, LUCA, "2026-12-15 09:30", "Re: Catálogo 2027",
        """Hola Luca,

Gracias por las pruebas. Por favor, cambien la foto de la portada por una más luminosa y
corrijan el precio de la página 12, debe ser 49 €. Necesitamos el PDF final antes del 8 de
enero.

Un saludo,
Jorge""",
        labels=dict(due=["2027-01-07"], cr=["cambien la foto de la portada"],
                    non_budget=[("49", "EUR", "price")], **EU),
    ),
    Forward(
        926, "trust-ceo-notes-forward", BEN, SAM, "2026-12-14 15:00",
        "Sam, the CEO's notes below. Can you work these into the next version?\n\nBen",
        Mail(
            0, "trust-ceo-orig", RUTH, BEN, "2026-12-14 12:30", "Annual report",
            """Ben,

The chart on page 8 should show five years, not three. The letter from the chair has to be
signed by both co-chairs this year. We need it printed by February 26 for the AGM.

Ruth""",
            style="outlook",
        ),
        labels=dict(due=["2027-02-26"], cr=["chart on page 8 should show five years"],
                    req=["signed by both co-chairs"]),
    ),
    Mail(
        927, "foods-indian-pongal", LAKSHMI, SAM, "2026-12-14 10:45", "Pongal campaign",
        """Dear Sam,

Please find below the requirements for the Pongal campaign. We need 5 static creatives and
2 short videos. All creatives should carry the FSSAI logo. The campaign will go live on 12th
January, hence kindly share the first drafts by 28th December. Our budget is Rs. 3.5 lakhs.

Regards,
Lakshmi""",
        style="outlook",
        labels=dict(due=["2026-12-28", "2027-01-12"], budgets=[("350000", "INR")],
                    req=["FSSAI logo"]),
    ),
    Mail(
        928, "surf-australian-edm", JONO, SAM, "2026-12-15 08:30", "Boxing Day EDM",
        """Hey Sam,

Can we get the Boxing Day EDM locked in by Monday arvo? It needs to hit inboxes at 6am on
the 26th. Oh and chuck a countdown timer in the header if you can. Spend on the paid social
for it is capped at $4k.

Cheers,
Jono""",
        labels=dict(due=["2026-12-21", "2026-12-26"], budgets=[("4000", "AUD", "cap")],
                    cr=["chuck a countdown timer"], default_currency="AUD"),
    ),
    Mail(
        929, "vets-closures-one-move", LUCY, SAM, "2026-12-16 10:00", "Before the break",
        """Hi Sam,

Just a heads up that our office closes on December 23 and reopens January 4. I'm around
until the 22nd if you need anything. Could you move the newsletter send from January 5 to
January 7, since half the team is still away that week? Happy holidays!

Lucy""",
        labels=dict(due=["2027-01-07"], replaced=["2027-01-05"],
                    cr=["move the newsletter send"]),
    ),
    Mail(
        930, "home-html-key-facts", GRACE, SAM, "2026-12-14 16:20", "Spring catalog - kickoff",
        "",
        style="html",
        html="""<html><body><p>Hi Sam,</p><p>Kicking off the spring catalog. Key info:</p>
<ul><li><b>Deadline:</b> files to printer March 5</li>
<li><b>Budget:</b> $28,000 incl. photography</li>
<li><b>Must-haves:</b> every product page shows the SKU and price</li>
<li><b>Goal:</b> lift catalog-driven online sales by 10%</li></ul>
<p>Thanks,<br>Grace</p></body></html>
""",
        labels=dict(due=["2027-03-05"], budgets=[("28000", "USD")],
                    req=["shows the SKU and price"],
                    obj=["lift catalog-driven online sales"]),
    ),
    Mail(
        931, "law-approval-one-swap", PAT, SAM, "2026-12-15 12:05", "Re: Holiday card",
        """Approved once you swap 'Season's Greetings' for 'Happy Holidays'. Thanks!

Pat""",
        labels=dict(cr=["swap 'Season's Greetings'"]),
    ),
    Mail(
        932, "freight-update-no-asks", OMAR_F, SAM, "2026-12-16 09:10", "Update from our side",
        """Hi Sam,

Quick update: the board approved the rebrand budget of $45,000 yesterday, so we're good to
go. The new logo was registered on December 10. I'll send over the brand book on Friday.

Thanks,
Omar""",
        labels=dict(budgets=[("45000", "USD")]),
    ),
    Mail(
        933, "carnival-quebec-french", GENEVIEVE, SAM, "2026-12-14 11:00", "Affiches bilingues",
        """Bonjour Sam,

Nous aurons besoin de 3 affiches bilingues pour le Carnaval. Elles doivent être prêtes pour
le 25 janvier. Le français doit toujours apparaître en premier. Notre budget est de 6 000 $.

Merci,
Geneviève""",
        labels=dict(due=["2027-01-25"], budgets=[("6000", "CAD")],
                    req=["français doit toujours apparaître en premier"],
                    default_currency="CAD"),
    ),
    Mail(
        934, "pasta-italian-english", GIULIA, LUCA, "2026-12-15 15:30", "Re: packaging",
        """Dear Luca,

thank you for the new proposal. For us is better if the green is more dark, like in our old
box. Also the text on the back is too small, the law require minimum 1,2 mm for the
ingredients. We need the final files by 8 January.

Best regards
Giulia""",
        style="outlook",
        labels=dict(due=["2027-01-08"],
                    cr=["green is more dark", "text on the back is too small"], **EU),
    ),
    Mail(
        935, "rescue-spring-appeal", HELEN_M, SAM, "2026-12-16 14:40", "Spring appeal brief",
        """Hi Sam,

For the spring appeal we want to raise $120,000 and bring in at least 400 first-time
donors. The appeal letter drops on March 1 and the email series starts the same week. Our
budget for print and postage is $18,500. Every piece has to include our charity
registration number.

Thanks,
Helen""",
        labels=dict(due=["2027-03-01"], budgets=[("18500", "USD")],
                    obj=["raise $120,000"], req=["charity registration number"],
                    non_budget=[("120000", "USD", "other")]),
    ),
    Mail(
        936, "dental-signature-numbers", NORA, SAM, "2026-12-14 13:30", "Flyer",
        """Hi Sam,

Can you add our new phone number to the flyer? It's (212) 555-0187.

Thanks!
Nora Diaz
Office Manager | Diaz Dental
Mon-Fri 8am-6pm, Sat 9am-1pm
(212) 555-0100 | www.diazdental.com""",
        labels=dict(cr=["add our new phone number"]),
    ),
    Mail(
        937, "credit-union-compliance", RAJ_B, SAM, "2026-12-15 10:50", "Re: Credit card mailer",
        """Sam,

Compliance came back on the mailer. The APR has to be in the same font size as the headline
offer, and the Schumer box must appear on the back. Also please remove 'guaranteed
approval' - we can't say that. Drop date is still January 20.

Thanks,
Raj""",
        style="outlook",
        labels=dict(due=["2027-01-20"], req=["APR has to be in the same font size"],
                    cr=["remove 'guaranteed approval'"]),
    ),
    Mail(
        938, "brewing-yes-to-extra", ELLA, SAM, "2026-12-16 08:15", "Re: Banner sizes",
        """Yes please, go ahead with all three.

Ella""",
        quote=Quote(SAM, "2026-12-15 17:00", """Hi Ella,

Shall we also do the 300x600 size? It would add $400 and we could still deliver by
December 21.

Sam"""),
        labels=dict(),
    ),
    Mail(
        939, "bikes-dutch-english", DAAN, LUCA, "2026-12-14 09:40", "Web banners",
        """Hi Luca,

Hereby the brief for the web banners. We need them in 4 sizes: 300x250, 728x90, 160x600
and 320x50. Deadline is 7 January. Budget is max 2.500 euro. Please make sure all banners
have the new claim 'Samen sterker'.

Groeten,
Daan""",
        labels=dict(due=["2027-01-07"], budgets=[("2500", "EUR", "cap")],
                    req=["4 sizes", "all banners have the new claim"], **EU),
    ),
]
