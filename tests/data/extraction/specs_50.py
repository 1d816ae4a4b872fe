"""The forty-fifth labelled set (1040-1059), written on 2026-12-06 (eighteenth session) after
tune36's fixes and before any tuning on it, scored blind, then tuned on: the split
``tune37``.

A week of first briefs (7-11 June 2027), since a brief holds most of a job's rules and
goals in one mail: a brief as a form with labels, a brief in prose, one in bullets under
headings, a forwarded procurement brief, a brief in German, a nonprofit's, a hospital's, a
restaurant group's, a school's; goals said as numbers and without; rules said as musts, as
"we need", as "please avoid", as "no"; beside what a brief says that is no rule (the
company's history, an audience described, a competitor, a past campaign).
"""

from build import Mail, Person
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

ADA = Person("Ada Brooks", "ada@brooksclinic.org", "America/New_York")
BEN_H = Person("Ben Hale", "ben@halebrewing.com", "America/Denver")
CORA_M = Person("Cora Mills", "cmills@millsuniversity.edu", "America/Chicago")
DAN = Person("Dan Ortiz", "dan@ortizgroup.com", "America/Los_Angeles")
ELKE = Person("Elke Brandt", "e.brandt@brandt-kaffee.de", "Europe/Berlin")
FLO = Person("Flo Reyes", "flo@reyesanimalrescue.org", "America/Chicago")
GIL = Person("Gil Shaw", "gil@shawbikes.com", "America/Denver")
HANA = Person("Hana Sato", "hana@satoceramics.com", "America/Los_Angeles")
IRA = Person("Ira Klein", "ira@kleinlaw.com", "America/New_York")
JAN = Person("Jan Peeters", "jan@peetersfood.be", "Europe/Brussels")
KAI_L = Person("Kai Lund", "kai@lundsolar.com", "America/Denver")
LEA = Person("Lea Moreau", "lea@moreau-hotels.fr", "Europe/Paris")
MIA_P = Person("Mia Park", "mia@parkdental.com", "America/New_York")
NOEL = Person("Noel Grant", "noel@grantcu.org", "America/Chicago")
OMI = Person("Omi Diaz", "omi@diazmarkets.com", "America/Chicago")
PAT = Person("Pat Quinn", "pat@quinnschools.org", "America/New_York")
REN = Person("Ren Ito", "ren@itotea.com", "America/Los_Angeles")
SOL = Person("Sol Vega", "sol@vegafitness.com", "America/Denver")
TIA = Person("Tia Moss", "tia@mossbooks.com", "America/New_York")
VIC_R = Person("Vic Rowe", "vic@rowehomes.com", "America/Chicago")

ITEMS = [
    Mail(
        1040, "clinic-brief-form", ADA, SAM, "2027-06-07 09:00", "Brief: flu season campaign",
        """Campaign: Flu season 2027
Goal: 2,500 flu shots booked online by October 31
Budget: $18,000
Launch: September 7
Must-haves: CDC guidance linked on every ad; no images of needles
Audience: parents of school-age kids

Ada Brooks
Marketing, Brooks Clinic""",
        style="gmail",
        labels=dict(due=["2027-09-07"], budgets=[("18000", "USD")],
                    obj=["2,500 flu shots booked"],
                    req=["CDC guidance linked on every ad"]),
    ),
    Mail(
        1041, "brewing-prose-brief", BEN_H, SAM, "2027-06-07 10:30", "Fall beer launch",
        """Sam,

We're launching our pumpkin ale on September 15 and we want it to become our best-selling
seasonal, beating last year's Oktoberfest lager. Anything with alcohol has to carry the
"Please enjoy responsibly" line, and we can't show anyone who looks under 25. We have
$9,000 for design and social.

Ben""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("9000", "USD")],
                    obj=["best-selling"],
                    req=["has to carry the"]),
    ),
    Mail(
        1042, "university-headed-bullets", CORA_M, SAM, "2027-06-07 12:00",
        "Graduate programs campaign",
        """Hi Sam,

Goals
- 300 applications to the new data science master's
- Grow international applicants to 25% of the total

Requirements
- All claims about salaries need a cited source
- The university wordmark, never the old seal

Timing: ads live by October 1. Budget: $45,000.

Cora""",
        style="outlook",
        labels=dict(due=["2027-10-01"], budgets=[("45000", "USD")],
                    obj=["300 applications", "Grow international applicants to 25%"],
                    req=["All claims about salaries need a cited source",
                         "The university wordmark, never the old seal"]),
    ),
    Mail(
        1043, "group-history-not-rules", DAN, SAM, "2027-06-07 14:00", "Restaurant group brand",
        """Hi Sam,

Some background: we started with one taco truck in 2009 and now run eleven restaurants.
Our guests are mostly families and young professionals. Our main competitor, Casa Verde,
spent big on billboards last year.

For the rebrand we want people to see us as one group, not eleven separate places. The
new logo must work in one colour for our food truck wraps. First concepts by July 9.

Dan""",
        style="gmail",
        labels=dict(due=["2027-07-09"],
                    obj=["see us as one group"],
                    req=["new logo must work in one colour"]),
    ),
    Mail(
        1044, "kaffee-german-brief", ELKE, LUCA, "2027-06-07 16:00", "Briefing Herbstkampagne",
        """Hallo Luca,

hier das Briefing für die Herbstkampagne. Unser Ziel ist, den Absatz unserer Bio-Linie um
20 % zu steigern. Alle Motive müssen das Bio-Siegel zeigen. Das Budget beträgt 12.000 Euro.
Start der Kampagne ist der 1. September.

Viele Grüße
Elke""",
        style="gmail",
        labels=dict(due=["2027-09-01"], budgets=[("12000", "EUR")],
                    obj=["Unser Ziel ist, den Absatz"],
                    req=["Alle Motive müssen das Bio-Siegel zeigen"], **EU),
    ),
    Mail(
        1045, "rescue-nonprofit-brief", FLO, SAM, "2027-06-08 09:00", "Adoption drive",
        """Hi Sam!

We'd love help with our August adoption drive. We want to find homes for 150 animals in
one month. Please avoid sad shelter imagery, we want happy, hopeful pictures. We can
spend about $3,000.

Flo""",
        style="gmail",
        labels=dict(budgets=[("3000", "USD")],
                    obj=["find homes for 150 animals"],
                    req=["avoid sad shelter imagery"]),
    ),
    Mail(
        1046, "bikes-brief-no-rules", GIL, SAM, "2027-06-08 10:30", "E-bike launch",
        """Sam, here's what we're thinking for the e-bike launch: a short video, three social
posts and a landing page. We'd like to reach commuters who've never considered a bike.
Launch is August 20, budget $20k.

Gil""",
        style="gmail",
        labels=dict(due=["2027-08-20"], budgets=[("20000", "USD")],
                    obj=["reach commuters who've never considered a bike"]),
    ),
    Mail(
        1047, "ceramics-we-need", HANA, SAM, "2027-06-08 12:00", "Holiday catalog",
        """Hi Sam,

For the holiday catalog we need every product photographed on the same linen background,
and we need prices in both USD and CAD. We'd like it printed by October 20.

Hana""",
        style="gmail",
        labels=dict(due=["2027-10-20"],
                    req=["every product photographed on the same linen background"]),
    ),
    Mail(
        1048, "law-ethics-rules", IRA, SAM, "2027-06-08 14:30", "Firm ads",
        """Sam,

Bar rules for our ads: no testimonials, no dollar amounts won, and every ad has to say
"Attorney Advertising". We'd like the first ads running in September.

Ira""",
        style="outlook",
        labels=dict(req=["no testimonials, no dollar amounts won"]),
    ),
    Mail(
        1049, "food-belgian-english", JAN, LUCA, "2027-06-08 16:00", "Brief Christmas boxes",
        """Hello Luca,

The Christmas gift boxes must be in Dutch and French, always both languages on the same
side. Our target is to sell 5.000 boxes to companies. Budget is 25.000 EUR. Design ready
on 15 September please.

Jan""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("25000", "EUR")],
                    obj=["sell 5.000 boxes to companies"],
                    req=["must be in Dutch and French"], **EU),
    ),
    Mail(
        1050, "solar-forwarded-procurement", KAI_L, SAM, "2027-06-09 09:00",
        "Fwd: RFP - marketing support",
        """Sam, see the key points from our procurement brief:

- Proposals due June 25
- Budget ceiling: $60,000
- All creative must meet WCAG 2.1 AA
- Vendor must carry $1M liability insurance

Kai""",
        style="gmail",
        labels=dict(due=["2027-06-25"], budgets=[("60000", "USD", "cap")],
                    req=["All creative must meet WCAG 2.1 AA"],
                    non_budget=[("1000000", "USD", "other")]),
    ),
    Mail(
        1051, "hotels-french-brief", LEA, LUCA, "2027-06-09 10:30", "Brief automne",
        """Bonjour Luca,

Pour la campagne d'automne, notre objectif est d'augmenter les réservations directes de
15 %. Les visuels doivent toujours montrer nos chambres avec lumière naturelle. Budget :
8 000 €. Lancement le 15 septembre.

Léa""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("8000", "EUR")],
                    obj=["notre objectif est d'augmenter"],
                    req=["Les visuels doivent toujours montrer"], **EU),
    ),
    Mail(
        1052, "dental-audience-not-rule", MIA_P, SAM, "2027-06-09 12:00", "New patients",
        """Hi Sam,

We'd like 60 new patient bookings a month from the campaign. Our patients are mostly
seniors who don't use social media much, so print and radio matter more. Budget $7,500 a
quarter.

Mia""",
        style="gmail",
        labels=dict(budgets=[("7500", "USD")],
                    obj=["60 new patient bookings a month"]),
    ),
    Mail(
        1053, "cu-compliance-brief", NOEL, SAM, "2027-06-09 14:00", "Auto loan brief",
        """Sam,

Brief for the fall auto loan push. The target is $5M in new loans by December 31. Every
ad with a rate needs the APR and "Federally insured by NCUA". Ads live September 13.

Noel""",
        style="outlook",
        labels=dict(due=["2027-09-13"],
                    obj=["$5M in new loans"],
                    req=["Every ad with a rate needs the APR"],
                    non_budget=[("5000000", "USD", "other")]),
    ),
    Mail(
        1054, "markets-past-campaign", OMI, SAM, "2027-06-10 09:00", "Back to school",
        """Sam,

Last year's back to school flyer worked well, it brought in about 2,000 extra shoppers.
This year let's aim for 3,000. Same rules as always: prices must match the weekly ad
exactly. Flyer in homes by August 5.

Omi""",
        style="gmail",
        labels=dict(due=["2027-08-05"], obj=["aim for 3,000"],
                    req=["prices must match the weekly ad"]),
    ),
    Mail(
        1055, "schools-enrollment-brief", PAT, SAM, "2027-06-10 11:00", "Fall enrollment",
        """Dear Sam,

We want to fill the 40 remaining seats in our pre-K program. Materials should be
available in English, Spanish and Haitian Creole. Photos of children require parental
consent on file. We need everything by August 2.

Pat""",
        style="gmail",
        labels=dict(due=["2027-08-02"], obj=["fill the 40 remaining seats"],
                    req=["available in English, Spanish and Haitian Creole",
                         "require parental"]),
    ),
    Mail(
        1056, "tea-no-rules-goal", REN, SAM, "2027-06-10 13:00", "Subscription push",
        """Hi Sam, we'd like to double our tea subscriptions before the holidays. No real rules
from our side, surprise us! Budget is $12k.

Ren""",
        style="gmail",
        labels=dict(budgets=[("12000", "USD")], obj=["double our tea subscriptions"]),
    ),
    Mail(
        1057, "fitness-please-avoid", SOL, SAM, "2027-06-10 15:00", "January campaign",
        """Sam,

For January: please avoid before-and-after photos and any weight-loss promises, we've had
complaints. We want 500 new members in January. Budget $15,000.

Sol""",
        style="gmail",
        labels=dict(budgets=[("15000", "USD")], obj=["500 new members in January"],
                    req=["avoid before-and-after photos"]),
    ),
    Mail(
        1058, "books-author-event", TIA, SAM, "2027-06-11 09:00", "Author event",
        """Hi Sam,

We're hosting Maya Lin for a reading on September 18. We'd like 200 tickets sold. The
publisher insists their cover art is used as supplied, without cropping. Posters in the
store by August 28.

Tia""",
        style="gmail",
        labels=dict(due=["2027-08-28"], obj=["200 tickets sold"],
                    req=["publisher insists their cover art is used as supplied"]),
    ),
    Mail(
        1059, "homes-fair-housing", VIC_R, SAM, "2027-06-11 11:00", "Model home ads",
        """Sam, for the model home ads we must follow fair housing rules: no language about the
"ideal" buyer, and the Equal Housing logo on everything. Budget $22,000. Live by
September 1.

Vic""",
        style="gmail",
        labels=dict(due=["2027-09-01"], budgets=[("22000", "USD")],
                    req=["must follow fair housing rules"]),
    ),
]
