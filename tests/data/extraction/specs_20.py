"""The fifteenth labelled set (560-579), written on 2026-12-05 (thirteenth session) after the
fourteenth set's rules and before any more were written; scored blind first, then tuned on
(split ``tune15``; both scores in docs/performance.md).

Voices and shapes: an assistant writing for her boss, Chinese, Japanese, Portuguese and
Arabic writers' English ("please help to revise", "we would be grateful if you could kindly
consider", "until day 15"), a dated list of drops, the trade's shorthand (R2, FA, street
date, in-store date), sums written "$5K-$7K", "5 to 7 thousand", "EUR 3.5k" and "three
thousand euros", KPIs with a sign ("CTR > 2%"), claims that need substantiation, and changes
that are the client's own (a venue changed, a website updated, copy they will fix
themselves).
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

MARIA_A = Person("Maria Alves", "maria.alves@alvescafe.com.br", "America/Sao_Paulo")
LI_WEI = Person("Li Wei", "li.wei@huaxingtea.cn", "Asia/Shanghai")
YUKI = Person("Yuki Tanaka", "y.tanaka@tanakaceramics.jp", "Asia/Tokyo")
KHALID = Person("Khalid Al-Rashid", "khalid@rashidperfumes.ae", "Asia/Dubai")
EA = Person("Janet Moore", "jmoore@pinnaclelaw.com", "America/New_York")
GREG = Person("Greg Lowe", "greg@lowesportinggoods.com", "America/Chicago")
AMY_T = Person("Amy Tran", "amy@tranbeauty.com", "America/Los_Angeles")
PAOLO = Person("Paolo Greco", "paolo@grecopasta.it", "Europe/Rome")
DANA_R = Person("Dana Reyes", "dana@reyesvineyards.com", "America/Los_Angeles")
MIKE_O = Person("Mike O'Brien", "mike@obrienpubs.ie", "Europe/Dublin")
SARA_L = Person("Sara Lind", "sara@lindfinance.com", "America/New_York")
TOM_H = Person("Tom Hale", "tom@halesupplements.com", "America/Denver")
NORA = Person("Nora Quinn", "nora@quinnevents.com", "America/New_York")
BEN_K = Person("Ben Katz", "ben@katzdeli.com", "America/New_York")
LENA = Person("Lena Fischer", "lena.fischer@fischer-reisen.de", "Europe/Berlin")
RAJ = Person("Raj Mehta", "raj@mehtatextiles.com", "America/New_York")
CARLA = Person("Carla Ruiz", "carla@ruizflowers.com", "America/Phoenix")
DOUG = Person("Doug Baker", "doug@bakerplumbing.com", "America/Chicago")
ELLIE = Person("Ellie Shaw", "ellie@shawbooks.co.uk", "Europe/London")
VIC = Person("Victor Chen", "victor@chenrealty.com", "America/Los_Angeles")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        560, "cafe-portuguese-english", MARIA_A, SAM, "2026-12-14 09:00", "Banner for summer",
        """Hello Sam,

We need that the banner for the summer menu be ready until day 15 of January. The budget
is R$ 6.000. Please, can you put more photos of the açaí bowls? The client likes very much.

Thanks,
Maria""",
        style="gmail",
        labels=dict(due=["2027-01-15"], budgets=[("6000", "BRL")],
                    cr=["put more photos of the açaí bowls"], day_first=True,
                    default_currency="BRL"),
    ),
    Mail(
        561, "tea-chinese-english", LI_WEI, SAM, "2026-12-15 10:30", "Re: Packaging design",
        """Dear Sam,

Thanks for your design. Please help to revise the color of the box to more bright red, and
please help to add the QR code at the back side. We hope to receive the new version before
December 22. All the text must have both Chinese and English.

Best regards
Li Wei""",
        style="outlook",
        labels=dict(due=["2026-12-21"],
                    cr=["revise the color of the box"],
                    req=["both Chinese and English"]),
    ),
    Mail(
        562, "ceramics-japanese-english", YUKI, SAM, "2026-12-16 18:00", "Re: Catalogue proof",
        """Dear Sam-san,

Thank you very much for your kind work on the catalogue proof. We would be grateful if you
could kindly consider changing the cover photograph to the blue tea set. Also, we are sorry
to trouble you, but could you please make the company name a little smaller?

We would like to print on January 20, so we would appreciate receiving the final data by
January 13.

Sincerely yours,
Yuki Tanaka""",
        style="outlook",
        labels=dict(due=["2027-01-20", "2027-01-13"],
                    cr=["changing the cover photograph", "make the company name a little smaller"]),
    ),
    Mail(
        563, "perfume-arabic-english", KHALID, LUCA, "2026-12-15 12:00", "Ramadan campaign",
        """Dear Luca,

Greetings. For the Ramadan campaign we need all artworks delivered before 10/02/2027. The
approved budget is AED 45,000. Kindly note that no models should appear in the visuals,
only the products.

Regards,
Khalid""",
        style="outlook",
        labels=dict(due=["2027-02-09"], budgets=[("45000", "AED")],
                    req=["no models should appear"], day_first=True, default_currency="AED"),
    ),
    Mail(
        564, "lawfirm-assistant-on-behalf", EA, SAM, "2026-12-14 14:20",
        "On behalf of David Pinnacle - holiday card",
        """Hi Sam,

I'm writing on behalf of David. He has reviewed the holiday card and would like the
firm's name moved to the bottom and the photo of the skyline replaced with the snowy one.
He needs the final proof on his desk by Thursday at noon.

Thank you,
Janet Moore
Executive Assistant to David Pinnacle""",
        style="outlook",
        labels=dict(due=["2026-12-17"],
                    cr=["firm's name moved to the bottom"]),
    ),
    Mail(
        565, "sporting-dated-drops", GREG, SAM, "2026-12-15 08:30", "Q1 email drops",
        """Sam,

Here are the Q1 email drops:
1) New Year teaser - 1/2
2) Winter clearance - 1/9
3) Super Bowl gear - 1/30

Each needs final copy 3 business days before the drop. Budget is $5K-$7K for the three.

Greg""",
        style="gmail",
        # label corrected after the blind score: a lead time said as what the piece needs
        # before its day is a rule, as the first set reads "the dev team needs final copy at
        # least five working days before go-live" (038); scored blind without it
        labels=dict(due=["2027-01-02", "2027-01-09", "2027-01-30"],
                    budgets=[("7000", "USD", "range", "5000")],
                    req=["3 business days before the drop"]),
    ),
    Mail(
        566, "beauty-trade-shorthand", AMY_T, SAM, "2026-12-16 16:10", "Re: R2 of the mailer",
        f"""R2 looks good, FA by 12/22 pls. street date is 1/5. lose the drop shadow on the logo

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-16 11:00", """Amy, round 2 of the mailer attached.

Sam"""),
        labels=dict(due=["2026-12-22", "2027-01-05"], cr=["lose the drop shadow"]),
    ),
    Mail(
        567, "pasta-euro-k-italian-english", PAOLO, LUCA, "2026-12-14 11:30", "New packaging",
        """Hi Luca,

for the new packaging line we have a budget of EUR 3.5k. The packs must be in the shops
the 1st of March, so the printer wants the files at the latest the 1st of February.

Ciao
Paolo""",
        style="gmail",
        labels=dict(due=["2027-03-01", "2027-02-01"], budgets=[("3500", "EUR")], **EU),
    ),
    Mail(
        568, "vineyard-thousand-words", DANA_R, SAM, "2026-12-15 15:00", "Harvest dinner",
        """Sam,

For the harvest dinner invitations we're thinking 5 to 7 thousand, depending on the
printing. Invitations have to be in the mail by February 8.

Dana""",
        style="gmail",
        labels=dict(due=["2027-02-08"], budgets=[("7000", "USD", "range", "5000")]),
    ),
    Mail(
        569, "pub-three-thousand-euros", MIKE_O, LUCA, "2026-12-16 13:00", "Paddy's Day",
        """Luca,

We've about three thousand euros for Paddy's Day, posters and a bit of social. Posters up
in the pubs by March 10 at the latest. Our aim is to fill the function room every night
of the festival week.

Mike""",
        style="gmail",
        labels=dict(due=["2027-03-10"], budgets=[("3000", "EUR")],
                    obj=["fill the function room"], **EU),
    ),
    Mail(
        570, "finance-kpi-sign", SARA_L, SAM, "2026-12-14 10:00", "Q1 paid social brief",
        """Hi Sam,

Q1 paid social brief: budget $40,000, flight Jan 11 - Mar 28. KPI is CTR > 2% and cost per
lead under $35. All performance claims need substantiation from our compliance team
before anything goes live.

Sara""",
        style="outlook",
        labels=dict(due=["2027-01-11"], budgets=[("40000", "USD")],
                    obj=["CTR > 2%"], req=["need substantiation"]),
    ),
    Mail(
        571, "supplements-ftc", TOM_H, SAM, "2026-12-15 11:15", "Influencer posts",
        """Sam,

Every influencer post must comply with FTC rules, so #ad has to be in the first line. No
stock photos either, we only use our own shoots. The first posts go out January 7.

Tom""",
        style="gmail",
        labels=dict(due=["2027-01-07"], req=["must comply with FTC rules", "No stock photos"]),
    ),
    Mail(
        572, "events-client-own-changes", NORA, SAM, "2026-12-16 09:20", "Update",
        """Hi Sam,

Small update: we changed the venue for the spring gala to the Grand Hall, and we've updated
our website with the new address. I'll change the copy on our Eventbrite page myself.
Nothing else changes on your side.

Nora""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        573, "deli-ordinal-after-month", BEN_K, SAM, "2026-12-14 16:40", "January menu flyer",
        """Sam,

The January menu flyer should be in customers' hands by January 8th. Can you send me a
proof on the 3rd? Also make the pastrami sandwich the hero, not the soup.

Ben""",
        style="gmail",
        labels=dict(due=["2027-01-08", "2027-01-03"], cr=["make the pastrami sandwich the hero"]),
    ),
    Mail(
        574, "travel-german-mixed", LENA, LUCA, "2026-12-15 14:30", "Frühjahrskatalog",
        """Hallo Luca,

anbei das Briefing für den Frühjahrskatalog. Die Druckdaten brauchen wir bis zum 29.01.
Das Budget liegt bei 12.000 Euro. Unser Ziel ist es, 15 % mehr Buchungen als im Vorjahr
zu erreichen. Bitte verwenden Sie keine Fotos mit Flugzeugen.

Viele Grüße
Lena Fischer""",
        style="outlook",
        labels=dict(due=["2027-01-29"], budgets=[("12000", "EUR")],
                    obj=["15 % mehr Buchungen"], req=["keine Fotos mit Flugzeugen"], **EU),
    ),
    Mail(
        575, "textiles-bottom-posted", RAJ, SAM, "2026-12-16 12:30", "Re: trade ad",
        """> Raj, the trade ad proof is attached. Print deadline is Dec 22.
>
> Sam

Thanks Sam. Please swap the fabric swatch photo for the indigo one and make the booth
number bigger. Otherwise good to go.

Raj""",
        style="plain",
        labels=dict(cr=["swap the fabric swatch photo"]),
    ),
    Mail(
        576, "florist-valentines-rush", CARLA, SAM, "2026-12-16 07:30", "Valentine's!!",
        """Sam!! Valentine's is our Super Bowl. We need the email and the window decals ready by
Feb 1 at the latest. Decals must be removable vinyl, the landlord insists. Budget $2,200.

Carla""",
        style="gmail",
        labels=dict(due=["2027-02-01"], budgets=[("2200", "USD")],
                    req=["removable vinyl"]),
    ),
    Mail(
        577, "plumbing-phone-terse-budget", DOUG, SAM, "2026-12-15 19:45", "Re: truck wrap",
        f"""go w option 2. keep it under 4k total. need trucks wrapped before the home show 2/20

{IPHONE}""",
        style="plain",
        quote=Quote(SAM, "2026-12-15 10:00", """Doug, two truck wrap options attached.

Sam"""),
        labels=dict(due=["2027-02-19"], budgets=[("4000", "USD", "cap")]),
    ),
    Mail(
        578, "bookshop-uk-fortnight", ELLIE, LUCA, "2026-12-16 10:00", "World Book Day",
        """Hi Luca,

For World Book Day we'd like window posters and a few social tiles. Could we have first
ideas in a fortnight? We'd love to get more children's book club sign-ups out of it.

Ellie""",
        style="gmail",
        labels=dict(due=["2026-12-30"], obj=["more children's book club sign-ups"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        579, "realty-listing-corrections", VIC, SAM, "2026-12-14 13:30", "Re: listing flyer",
        """Sam,

Two corrections: the square footage is 2,450, not 2,540, and the open house is Sunday, not
Saturday. Please send the corrected flyer today if you can.

Victor""",
        style="outlook",
        quote=Quote(SAM, "2026-12-14 09:00", """Victor, the listing flyer is attached.

Sam"""),
        # label corrected after the blind score: "the open house is Sunday, not Saturday" moves
        # the day the flyer is for (as 971's opening moved from Feb 6 to Feb 13); scored blind
        # without the move
        labels=dict(due=["2026-12-14", "2026-12-20"], replaced=["2026-12-19"],
                    cr=["square footage is 2,450"]),
    ),
]
