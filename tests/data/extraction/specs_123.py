"""The hundred-and-eighteenth labelled set (2500-2519), written on 2026-12-07 (thirty-third
session) after tune92's rules, before any rule of its own: the split ``tune93``, scored blind
first, then tuned on.

Briefs, where goals, sums and rules are given: a gym franchise's long brief, a bulleted brief,
an HTML table of a brief, an Indonesian client's English with rupiah, a range "depending on
what you propose", a total and its parts, success said as a sold-out weekend, a landlord's rule
beside the client's own errand, a nice-to-have, a sum a month, a sum in words, a rate to bring
down, an Italian client's "12.000 € + IVA", last year's wasted spend, "absolutely no stock
photos", a list of deliverables, a tone and an audience, a KPI, a principal's sign-off, a
contest prize beside its promotion's budget. Dates run in the week of 22 October 2029 (a
Monday).
"""

from build import Mail, Person
from cast import SAM

GYM = Person("Derek Lowe", "derek@peakfitnessfranchise.com", "America/Denver")
BULLETS = Person("Sara Quinn", "sara@quinnkids.com", "America/Chicago")
TABLE = Person("Marco Russo", "marco@russopizza.com", "America/New_York")
ID = Person("Dewi Santoso", "dewi@santosofoods.co.id", "Asia/Jakarta")
RANGE = Person("Alan Brooks", "alan@brookslandscape.com", "America/Chicago")
TOTAL = Person("June Park", "june@parkcu.org", "America/Los_Angeles")
SUCCESS = Person("Rosa Vega", "rosa@vegatheater.org", "America/New_York")
LANDLORD = Person("Tim Cho", "tim@chonoodles.com", "America/Los_Angeles")
NICE = Person("Ivy Hart", "ivy@hartinteriors.com", "America/New_York")
MONTHLY = Person("Ray Ortiz", "ray@ortizautoglass.com", "America/Phoenix")
WORDS = Person("Gail Moore", "gail@mooreflorist.com", "America/Chicago")
NOSHOW = Person("Dr. Ken Ito", "kito@itodental.com", "America/Los_Angeles")
IT = Person("Luca Bianchi", "luca@gelateriabianchi.it", "Europe/Rome")
WASTED = Person("Pam Reid", "pam@reidroofing.com", "America/Chicago")
STOCK = Person("Joy Tran", "joy@tranbakery.com", "America/Los_Angeles")
SCOPE = Person("Al Ferris", "al@ferrisconsulting.com", "America/New_York")
TONE = Person("Beth Lowry", "beth@lowryhomecare.com", "America/Chicago")
KPI = Person("Nate Cole", "nate@colesolar.com", "America/Denver")
SCHOOL = Person("Ms. Ann Webb", "awebb@maplewoodelem.org", "America/New_York")
CONTEST = Person("Leo Grant", "leo@grantcoffee.com", "America/Chicago")

EU = dict(day_first=True, default_currency="EUR")


ITEMS = [
    Mail(
        2500, "gym-franchise-long-brief", GYM, SAM, "2029-10-22 10:15", "New Year campaign brief",
        """Hi Sam,

Here's the brief for the New Year campaign, as promised.

We want 300 new members across the five clubs by January 31. That's the number the owners are watching.

We have $20,000 for January, split between Meta and Google however you think best.

Every ad needs the "results not typical" disclaimer; that's come from our franchise lawyers.

We'd like to launch December 26, the day after Christmas, when people start thinking about resolutions.

Thanks,
Derek""",
        style="outlook",
        labels=dict(due=["2029-12-26"], budgets=[("20000", "USD")],
                    req=["Every ad needs the \"results not typical\" disclaimer"],
                    obj=["We want 300 new members across the five clubs"]),
    ),
    Mail(
        2501, "kids-bulleted-brief", BULLETS, SAM, "2029-10-22 11:30", "Holiday camp brief",
        """Sam, quick brief for the holiday camp:

- Audience: moms 28-45 within 10 miles
- Goal: 1,000 email sign-ups
- Budget: up to $6,500
- Must: use the new logo only
- Launch: Nov 12

Sara""",
        style="gmail",
        labels=dict(due=["2029-11-12"], budgets=[("6500", "USD", "cap")],
                    req=["use the new logo only"], obj=["1,000 email sign-ups"]),
    ),
    Mail(
        2502, "pizza-html-table-brief", TABLE, SAM, "2029-10-22 09:40", "Winter menu campaign",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam, the brief as we discussed:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal">Objective</p></td><td><p class="MsoNormal">Drive 15% more online orders in January</p></td></tr>
<tr><td><p class="MsoNormal">Budget</p></td><td><p class="MsoNormal">$8,000</p></td></tr>
<tr><td><p class="MsoNormal">Deadline</p></td><td><p class="MsoNormal">November 30</p></td></tr>
<tr><td><p class="MsoNormal">Mandatory</p></td><td><p class="MsoNormal">Allergen info on every menu item</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Marco</p>
</div></body></html>""",
        labels=dict(due=["2029-11-30"], budgets=[("8000", "USD")],
                    req=["Allergen info on every menu item"],
                    obj=["Drive 15% more online orders"]),
    ),
    Mail(
        2503, "sambal-indonesian-english", ID, SAM, "2029-10-22 14:20", "Brief for new sambal launch",
        """Dear Sam,

Our target is to sell 5000 pcs of the new sambal in 3 months after launch.

Budget for this campaign is IDR 150 million for all media and production.

Halal logo must appear in all material, this is very important.

Please submit the concept before 1 November so our director can review.

Thank you,
Dewi""",
        style="gmail",
        labels=dict(due=["2029-10-31"], budgets=[("150000000", "IDR")],
                    req=["Halal logo must appear in all material"],
                    obj=["Our target is to sell 5000 pcs"],
                    default_currency="IDR", day_first=True),
    ),
    Mail(
        2504, "landscape-range-proposal", RANGE, SAM, "2029-10-22 10:05", "Spring campaign",
        """Sam,

For the spring campaign we're thinking $10-15k depending on what you propose. We need to be in market by March 1.

Alan""",
        style="gmail",
        labels=dict(due=["2030-03-01"], budgets=[("15000", "USD", "range", "10000")]),
    ),
    Mail(
        2505, "cu-total-and-parts", TOTAL, SAM, "2029-10-22 13:10", "Auto loan campaign",
        """Hi Sam,

Total budget is $40,000: $25,000 media and $15,000 production.

Please keep all rate language approved by compliance.

June""",
        style="gmail",
        labels=dict(budgets=[("40000", "USD")],
                    non_budget=[("25000", "USD", "other"), ("15000", "USD", "other")],
                    req=["keep all rate language approved by compliance"]),
    ),
    Mail(
        2506, "theater-success-sold-out", SUCCESS, SAM, "2029-10-22 15:30", "Nutcracker campaign",
        """Sam,

Success for us is a sold-out opening weekend. We'd also love to get featured in the local paper.

The first performance is December 7.

Rosa""",
        style="gmail",
        labels=dict(due=["2029-12-07"],
                    obj=["Success for us is a sold-out opening weekend",
                         "We'd also love to get featured in the local paper"]),
    ),
    Mail(
        2507, "noodles-landlord-rule", LANDLORD, SAM, "2029-10-22 12:00", "Grand opening signs",
        """Hi Sam,

The landlord only allows signs in the front window. The city requires a permit for the sidewalk sign, which we'll handle ourselves.

We open November 9.

Tim""",
        style="gmail",
        labels=dict(due=["2029-11-09"],
                    req=["The landlord only allows signs in the front window"]),
    ),
    Mail(
        2508, "interiors-nice-to-have", NICE, SAM, "2029-10-22 16:10", "Website brief",
        """Hi Sam,

It would be nice to have a short video on the home page, but it's not required. The website must be bilingual, English and Spanish.

Ivy""",
        style="gmail",
        labels=dict(req=["The website must be bilingual"]),
    ),
    Mail(
        2509, "autoglass-monthly", MONTHLY, SAM, "2029-10-22 09:15", "Social ads",
        """Sam,

We can do $1,500 a month for social ads, starting in November.

Ray""",
        style="gmail",
        labels=dict(budgets=[("1500", "USD")]),
    ),
    Mail(
        2510, "florist-words-budget", WORDS, SAM, "2029-10-22 11:05", "Valentine's campaign",
        """Hi Sam,

Our budget is around fifteen thousand dollars for Valentine's, all in.

Gail""",
        style="gmail",
        labels=dict(budgets=[("15000", "USD")]),
    ),
    Mail(
        2511, "dental-no-show-rate", NOSHOW, SAM, "2029-10-22 14:45", "Reminder campaign",
        """Sam,

We need to bring our no-show rate down from 18% to under 10% with better reminders.

Ken""",
        style="gmail",
        labels=dict(obj=["bring our no-show rate down from 18% to under 10%"]),
    ),
    Mail(
        2512, "gelato-italian-brief", IT, SAM, "2029-10-22 10:50", "Brief campagna inverno",
        """Hi Sam,

here the brief for the winter campaign.

Budget: 12.000 € + IVA
Deadline: 15/11
The aim is to be known as the best gelato in Milano, also in winter.

Ciao,
Luca""",
        style="gmail",
        labels=dict(due=["2029-11-15"], budgets=[("12000", "EUR")],
                    obj=["The aim is to be known as the best gelato in Milano"], **EU),
    ),
    Mail(
        2513, "roofing-wasted-last-year", WASTED, SAM, "2029-10-22 13:35", "Storm season",
        """Sam,

Last year we spent $30k with our old agency and got nothing for it. This year the budget is $18k.

Pam""",
        style="gmail",
        labels=dict(budgets=[("18000", "USD")], non_budget=[("30000", "USD", "other")]),
    ),
    Mail(
        2514, "bakery-no-stock", STOCK, SAM, "2029-10-22 15:05", "Holiday ads",
        """Absolutely no stock photos, our customers can tell. We'll shoot everything in the shop.

Joy""",
        style="gmail",
        labels=dict(req=["Absolutely no stock photos"]),
    ),
    Mail(
        2515, "consulting-deliverables-list", SCOPE, SAM, "2029-10-22 09:55", "Getting started",
        """Hi Sam,

We need a logo, business cards and a one-page website, all by the end of the month if possible.

Al""",
        style="gmail",
        labels=dict(due=["2029-10-31"]),
    ),
    Mail(
        2516, "homecare-tone-audience", TONE, SAM, "2029-10-22 12:40", "Brochure brief",
        """Sam,

The tone should be warm but professional. Our customers are mostly retirees and their adult children.

Beth""",
        style="gmail",
        labels=dict(req=["The tone should be warm but professional"]),
    ),
    Mail(
        2517, "solar-kpi", KPI, SAM, "2029-10-22 16:30", "Lead gen brief",
        """Sam,

KPI: cost per lead under $40.

Budget: $12,000 for the quarter.

Nate""",
        style="gmail",
        labels=dict(budgets=[("12000", "USD")], obj=["cost per lead under $40"],
                    non_budget=[("40", "USD", "other")]),
    ),
    Mail(
        2518, "school-principal-signoff", SCHOOL, SAM, "2029-10-22 08:30", "Kindergarten registration",
        """Dear Sam,

Everything must be approved by the principal before it goes out. Registration opens January 8.

Ann Webb""",
        style="outlook",
        labels=dict(due=["2030-01-08"],
                    req=["Everything must be approved by the principal"]),
    ),
    Mail(
        2519, "coffee-contest-prize", CONTEST, SAM, "2029-10-22 11:50", "Holiday contest",
        """Hi Sam,

We're giving away a $500 gift card as the contest prize. Our budget for promoting the contest is $2,000.

Leo""",
        style="gmail",
        labels=dict(budgets=[("2000", "USD")], non_budget=[("500", "USD", "other")]),
    ),
]
