"""The hundred-and-sixth labelled set (2260-2279), written on 2026-12-07 (thirty-first session)
after tune81's rules and before any rule of its own: the split ``tune82``, scored blind first,
then tuned on.

Briefs as organisations write them, and the rules and dates inside them: a big brand's brief
under headings ("Mandatories", "Key dates"), a council's tender in "shall", a founder's
lower-case note, a university's brand office, a page pasted from Notion ("Must-haves:",
"Nice-to-haves:"), legal lines for every piece, "Do:" and "Don't:" lines, KPIs beside last
month's figures, a trade show's days beside the delivery deadline, a Japanese writer's "until
25th July", a phone's four lines, a standing rule repeated beside a change, a rule the county
dropped, Spanish, German and French briefs, last year's spend beside this year's, an Outlook
table of deliverables with dates and sums, a health department's new rule in a reply. Beside
them "must" and "need" that set nothing ("you must be swamped", "the team needs a break").
Dates run in the week of 16 July 2029 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

BRAND = Person("Maya Lindholm", "maya.lindholm@brightmart.com", "America/Chicago")
TENDER = Person("Gareth Price", "gareth.price@eastvale.gov.uk", "Europe/London")
FOUNDER = Person("Zack Ito", "zack@loopbank.app", "America/Los_Angeles")
UNI = Person("Dr. Linda Osei", "l.osei@northfield.edu", "America/New_York")
NOTION = Person("Priya Raman", "priya@clearlog.io", "America/New_York")
HOSP = Person("Tom Alvarez", "talvarez@riversidehealth.org", "America/Chicago")
MUST = Person("Erin Walsh", "erin@walshflorals.com", "America/New_York")
DOS = Person("Kelsey Moore", "kelsey@pizzaworks.com", "America/Denver")
KPI = Person("Owen Brooks", "owen@brookscycling.com", "America/Los_Angeles")
SHOW = Person("Nina Petrov", "npetrov@petrovtools.com", "America/Chicago")
JP = Person("Kenta Mori", "k.mori@morikitchen.co.jp", "Asia/Tokyo")
PHONE = Person("Dale Hicks", "dale@hicksheating.com", "America/Chicago")
COMPLY = Person("Rachel Stein", "rstein@steinwealth.com", "America/New_York")
COUNTY = Person("Luis Ortega", "luis@ortegadeli.com", "America/Phoenix")
ES = Person("Carmen Vidal", "carmen@hotelvidal.es", "Europe/Madrid")
DE = Person("Jana Fischer", "j.fischer@fischer-technik.de", "Europe/Berlin")
FR = Person("Claire Dubois", "claire.dubois@fermedubois.fr", "Europe/Paris")
LAST = Person("Greg Nolan", "greg@nolanbuilders.com", "America/New_York")
TABLE = Person("Sandra Kim", "skim@kimrealty.com", "America/Los_Angeles")
MENU = Person("Marcus Bell", "marcus@bellburgers.com", "America/New_York")

EU = dict(day_first=True, default_currency="EUR")


def _quote(text: str, when: str = "2029-07-16 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2260, "brightmart-brief-headings", BRAND, SAM, "2029-07-16 09:30", "Brief: back-to-school push",
        """Hi Sam,

Brief for the back-to-school push below. Shout if anything's unclear.

Background
Our sales dipped 8% last August after a competitor's price campaign.

Objective
Win back families: 12,000 new loyalty sign-ups by September 30.

Deliverables
- 3 social videos (15s)
- 6 static posts
- In-store poster, A1

Mandatories
- Logo lock-up bottom right
- Price claims must carry the asterisk and the T&Cs line
- No children under 13 in close-up

Key dates
Kick-off call: Tuesday 17 July
First concepts: 27 July
Final assets: 10 August
In store: 20 August

Budget
$45,000 all-in.

Thanks,
Maya""",
        style="gmail",
        labels=dict(due=["2029-07-27", "2029-08-10", "2029-08-20"], budgets=[("45000", "USD")],
                    obj=["12,000 new loyalty sign-ups"],
                    req=["Logo lock-up bottom right", "must carry the asterisk",
                         "No children under 13 in close-up"]),
    ),
    Mail(
        2261, "council-tender-shall", TENDER, SAM, "2029-07-16 11:00", "Recycling campaign - tender requirements",
        """Dear Sam,

Further to our call, please find below the requirements for the tender.

The Contractor shall deliver all artwork as print-ready PDF/X-4 files. All materials shall comply with the Council's accessibility standard (WCAG 2.1 AA). The total contract value shall not exceed £25,000 excluding VAT.

Submissions are due by 12:00 on Friday 27 July.

Kind regards,
Gareth Price
Procurement Officer, Eastvale Borough Council""",
        style="outlook",
        labels=dict(due=["2029-07-27"], budgets=[("25000", "GBP", "cap")],
                    req=["shall deliver all artwork as print-ready PDF/X-4",
                         "shall comply with the Council's accessibility standard"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        2262, "founder-lowercase", FOUNDER, SAM, "2029-07-16 22:10", "launch!!",
        """hey sam - we're launching the app on aug 14 (finally!!). need a launch video + 5 social cuts. no stock footage pls, we'll shoot on our phones if we have to. budget's tight, like 8k max. lmk if doable

z""",
        style="plain",
        labels=dict(due=["2029-08-14"], budgets=[("8000", "USD", "cap")],
                    req=["no stock footage pls"]),
    ),
    Mail(
        2263, "university-brand-office", UNI, SAM, "2029-07-16 14:20", "RE: Viewbook draft",
        """Hi Sam,

Thanks for the viewbook draft. Before we go further, a reminder of the university's brand rules. The seal may only be used on official documents, never on marketing pieces. All photos of students need a signed release on file with us.

Could you swap the seal on the cover for the wordmark?

Best,
Dr. Linda Osei
Office of Brand Strategy, Northfield University""",
        style="outlook",
        quote=_quote("Linda, the first draft of the viewbook is attached, with the seal on the cover."),
        labels=dict(req=["The seal may only be used on official documents",
                         "All photos of students need a signed release"],
                    cr=["swap the seal on the cover for the wordmark"]),
    ),
    Mail(
        2264, "saas-notion-paste", NOTION, SAM, "2029-07-16 10:45", "Webinar promo",
        """Sam - pasting from our Notion:

Project: Q3 webinar series promo
Owner: Priya
Status: Ready for agency
Due: Jul 30
Budget: $6k
Goal: 400 registrations across 3 webinars
Must-haves: speaker headshots, the Zoom registration link, our accessibility statement
Nice-to-haves: short teaser clips

Let me know questions!""",
        style="plain",
        labels=dict(due=["2029-07-30"], budgets=[("6000", "USD")],
                    obj=["400 registrations across 3 webinars"],
                    req=["speaker headshots, the Zoom registration link"]),
    ),
    Mail(
        2265, "hospital-legal-lines", HOSP, SAM, "2029-07-16 15:30", "Re: Heart center ads",
        """Sam,

Please note the following legal lines must appear on every piece: "(c) 2029 Riverside Health. All rights reserved." and "Individual results may vary."

And please change Dr. Shah's title to "Chief of Cardiology".

Tom""",
        style="outlook",
        quote=_quote("Tom, the heart center print ads and banners are attached for review."),
        labels=dict(req=["the following legal lines must appear on every piece"],
                    cr=["change Dr. Shah's title"]),
    ),
    Mail(
        2266, "florals-musts-that-are-not", MUST, SAM, "2029-07-16 16:50", "Re: Fall catalog",
        """Sam, you must be swamped this week, no rush on my end. We need to catch up about Q4 at some point. I must say the new logo looks fantastic.

The team needs a break after the wedding season, so I'll be slower to reply until the 25th.

Erin""",
        style="apple",
        quote=_quote("Erin, the fall catalog is with the printer; proofs next week."),
        labels=dict(),
    ),
    Mail(
        2267, "pizza-dos-and-donts", DOS, SAM, "2029-07-16 12:15", "Flyer do's and don'ts",
        """Hi Sam, a few do's and don'ts from our franchise team for the flyer:

Do: use the orange from the brand book
Do: show the "Order online" button
Don't: mention delivery fees
Don't: use photos of other stores' fronts

Thanks!
Kelsey""",
        style="apple",
        labels=dict(req=["use the orange from the brand book", "show the \"Order online\" button",
                         "mention delivery fees", "use photos of other stores' fronts"]),
    ),
    Mail(
        2268, "cycling-kpis", KPI, SAM, "2029-07-16 13:05", "Q4 plan",
        """Hi Sam,

For the Q4 plan: we hit 2.1M impressions last month at a 0.8% CTR. For Q4 we want to get CTR above 1.2% and cost per lead under $30.

The Q3 report is due Friday the 20th.

Owen""",
        style="gmail",
        labels=dict(due=["2029-07-20"], obj=["get CTR above 1.2%"],
                    non_budget=[("30", "USD", "other")]),
    ),
    Mail(
        2269, "tools-trade-show", SHOW, SAM, "2029-07-16 08:40", "Booth graphics for IMTS",
        """Sam,

We need the booth graphics for the trade show in Chicago (September 12-14). The installer needs them delivered to the venue by September 5 at the latest.

The venue requires all fabric to be fire-rated, and they'll ask for the certificate. Budget for graphics and shipping is up to $12,000.

Nina Petrov
Petrov Tools""",
        style="outlook",
        labels=dict(due=["2029-09-05"], budgets=[("12000", "USD", "cap")],
                    req=["requires all fabric to be fire-rated"]),
    ),
    Mail(
        2270, "kitchen-japanese-english", JP, SAM, "2029-07-16 18:00", "About catalogue",
        """Dear Sam-san,

Thank you for your kind support always.

About the catalogue, please be careful that the product names must be written in English and Japanese both. Also, the price must not be shown because prices are different by country.

We would like to receive the first draft until 25th July if possible.

Best regards,
Kenta Mori""",
        style="outlook",
        labels=dict(due=["2029-07-25"],
                    req=["product names must be written in English and Japanese both",
                         "the price must not be shown"],
                    default_currency="JPY"),
    ),
    Mail(
        2271, "heating-phone-brief", PHONE, SAM, "2029-07-16 07:20", "radio",
        """Need 2 radio spots for the sale, 30s each. Must mention free install. Air date Aug 2. Budget 3k. Thx

Sent from my iPhone""",
        style="plain",
        labels=dict(due=["2029-08-02"], budgets=[("3000", "USD")],
                    req=["Must mention free install"]),
    ),
    Mail(
        2272, "wealth-standing-rule-and-change", COMPLY, SAM, "2029-07-16 11:40", "Re: August social posts",
        """Sam, just a reminder that everything needs to go through our compliance team before it's posted - that includes the captions.

On the captions themselves, can you drop the hashtags from the LinkedIn versions?

Rachel""",
        style="gmail",
        quote=_quote("Rachel, the August social posts with captions are in the shared folder."),
        labels=dict(req=["everything needs to go through our compliance team"],
                    cr=["drop the hashtags from the LinkedIn versions"]),
    ),
    Mail(
        2273, "deli-rule-dropped", COUNTY, SAM, "2029-07-16 09:10", "Re: Sidewalk signs",
        """FYI - last year the county required permits for all sidewalk signs, but they dropped that rule in March, so we're fine this time. Go ahead with the sandwich boards as planned.

Luis""",
        style="gmail",
        quote=_quote("Luis, do we need a permit for the sandwich boards this year?"),
        labels=dict(),
    ),
    Mail(
        2274, "hotel-spanish-brief", ES, SAM, "2029-07-16 10:00", "Campaña de verano",
        """Hola Sam:

Te paso el brief de la campaña de verano. Objetivo: aumentar las reservas un 15 % en agosto. Presupuesto: 20.000 € en total.

Los anuncios deben incluir el logo de la Junta de Andalucía (es obligatorio por la subvención). Necesitamos las piezas finales para el 1 de agosto.

Saludos,
Carmen""",
        style="outlook",
        labels=dict(due=["2029-08-01"], budgets=[("20000", "EUR")],
                    obj=["aumentar las reservas un 15 %"],
                    req=["deben incluir el logo de la Junta de Andalucía"], **EU),
    ),
    Mail(
        2275, "technik-german-brief", DE, SAM, "2029-07-16 09:45", "Briefing Messe",
        """Hallo Sam,

anbei das Briefing für die Messe. Alle Drucksachen müssen im CMYK-Farbraum mit 3 mm Beschnitt angelegt sein. Die Daten brauchen wir spätestens am 06.08.

Das Budget beträgt maximal 9.500 Euro netto.

Viele Grüße
Jana Fischer""",
        style="outlook",
        labels=dict(due=["2029-08-06"], budgets=[("9500", "EUR", "cap")],
                    req=["müssen im CMYK-Farbraum mit 3 mm Beschnitt angelegt sein"], **EU),
    ),
    Mail(
        2276, "ferme-french-brief", FR, SAM, "2029-07-16 14:00", "Brief rentrée",
        """Bonjour Sam,

Voici le brief pour la rentrée : nous souhaitons faire connaître notre nouvelle gamme bio auprès des jeunes parents. Le budget est de 15 000 € HT.

Tous les visuels doivent mentionner le label AB. Merci de nous envoyer une première proposition avant le 20 juillet.

Bien à vous,
Claire Dubois""",
        style="outlook",
        labels=dict(due=["2029-07-19"], budgets=[("15000", "EUR")],
                    obj=["faire connaître notre nouvelle gamme bio"],
                    req=["doivent mentionner le label AB"], **EU),
    ),
    Mail(
        2277, "builders-last-year", LAST, SAM, "2029-07-16 13:30", "Spring home show campaign",
        """Sam,

Some background for next year's home show campaign: last year's campaign cost $60,000 and ran March 1 to April 15. This year we have $50,000 and want to start in May.

All ads need the new tagline "Built for Tomorrow".

Greg""",
        style="gmail",
        labels=dict(budgets=[("50000", "USD")], non_budget=[("60000", "USD", "other")],
                    req=["All ads need the new tagline"]),
    ),
    Mail(
        2278, "realty-html-table", TABLE, SAM, "2029-07-16 11:20", "Fall listings push",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here's what we need for the fall listings push:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Deliverable</b></p></td><td><p class="MsoNormal"><b>Due</b></p></td><td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Print ad (full page)</p></td><td><p class="MsoNormal">Aug 3</p></td><td><p class="MsoNormal">$2,500</p></td></tr>
<tr><td><p class="MsoNormal">Radio :30</p></td><td><p class="MsoNormal">Aug 10</p></td><td><p class="MsoNormal">$4,000</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Note: all pieces must include the Equal Housing Opportunity logo.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p><p class="MsoNormal">Sandra Kim</p>
<p class="MsoNormal">Broker | Kim Realty</p>
</div></body></html>
""",
        labels=dict(due=["2029-08-03", "2029-08-10"],
                    budgets=[("2500", "USD"), ("4000", "USD")],
                    req=["all pieces must include the Equal Housing Opportunity logo"]),
    ),
    Mail(
        2279, "burgers-health-dept", MENU, SAM, "2029-07-16 17:10", "Re: Menu boards v2",
        """Sam, thanks for the revised menu boards. Three things.

The health department now requires calorie counts next to every item. Those need to go in. The "Spicy Chicken" is now "Nashville Hot Chicken". And can the prices be a bit bigger?

We need the final files by Wednesday the 25th for the installer.

Marcus""",
        style="gmail",
        quote=_quote("Marcus, v2 of the menu boards is attached with your changes."),
        labels=dict(due=["2029-07-25"],
                    req=["health department now requires calorie counts next to every item"],
                    cr=["Those need to go in", "is now \"Nashville Hot Chicken\"",
                        "can the prices be a bit bigger"]),
    ),
]
