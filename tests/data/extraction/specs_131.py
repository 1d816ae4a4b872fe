"""The hundred-and-twenty-sixth labelled set (2660-2679), written on 2026-12-08 (thirty-fourth
session) after tune100's rules, before any rule of its own: the split ``tune101``, scored
blind first, then tuned on.

Goals and money as owners say them: "be the go-to bakery", "success for us is 500 new
subscribers", "the point of the campaign is to win back lapsed members", "ultimately we need
more weekday foot traffic", "we're hoping to fill the 6pm classes", a KPI with a money
target, "people should think of us for weddings", "move 300 units of the old model";
budgets as "8 grand to play with", "3k max", a monthly cap, money "set aside", a quote
approved, "we can go up to 12k", a media budget apart; and beside them last year's goal, a
service promise, ticket prices, money raised, revenue, a printer's old bill, the rent.
Dates run in the week of 6 May 2030 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

GOTO = Person("Hazel Quinn", "hazel@quinnbakery.com", "America/Chicago")
SUCCESS = Person("Oscar Lind", "oscar@lindbooks.com", "America/New_York")
LAPSED = Person("Irma Cole", "irma@colegym.com", "America/Denver")
FOOT = Person("Vic Amato", "vic@amatodeli.com", "America/New_York")
CLASSES = Person("June Park", "june@parkdance.com", "America/Los_Angeles")
KPI = Person("Leon Marsh", "lmarsh@marshsoftware.com", "America/New_York")
WEDDINGS = Person("Carmen Ortiz", "carmen@ortizcakes.com", "America/Chicago")
UNITS = Person("Dale Hunt", "dale@huntmowers.com", "America/Chicago")
GRAND = Person("Skip Moran", "skip@moranpools.com", "America/Phoenix")
MONTHLY = Person("Eva Kowalski", "eva@kowalskidental.pl", "Europe/Warsaw")
QUOTE = Person("Reggie Bass", "reggie@bassmarine.com", "America/New_York")
MEDIA = Person("Tanya Ford", "tanya@fordhealth.org", "America/Chicago")
LASTGOAL = Person("Gus Wells", "gus@wellsbikes.com", "America/Denver")
PROMISE = Person("Amy Lu", "amy@luaccounting.com", "America/Los_Angeles")
TICKETS = Person("Nora Hale", "nora@halefestival.org", "America/New_York")
RENT = Person("Sal Greco", "sal@grecopizza.com", "America/New_York")
UPTO = Person("Wendy Shaw", "wendy@shawvet.com", "America/New_York")
ASIDE = Person("Dr. Ken Abe", "kabe@abeortho.com", "America/Los_Angeles")
PHONE = Person("Luis Vega", "luis@vegalandscape.com", "America/Phoenix")
LONG = Person("Margaret Doyle", "mdoyle@doylecu.org", "America/New_York")


def _quote(text: str, when: str = "2030-05-03 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2660, "bakery-go-to", GOTO, SAM, "2030-05-06 09:10", "Neighborhood campaign",
        """Hi Sam,

We want to be the go-to bakery in Riverside, especially for the morning crowd. We have about 8 grand to play with this summer.

Hazel""",
        style="gmail",
        labels=dict(obj=["We want to be the go-to bakery in Riverside"],
                    budgets=[("8000", "USD")]),
    ),
    Mail(
        2661, "books-success-is", SUCCESS, SAM, "2030-05-06 10:30", "Newsletter push",
        """Sam,

Success for us is 500 new newsletter subscribers by the end of June. Budget's tight, 3k max.

Oscar""",
        style="gmail",
        labels=dict(obj=["Success for us is 500 new newsletter subscribers"],
                    budgets=[("3000", "USD", "cap")]),
    ),
    Mail(
        2662, "gym-point-of-campaign", LAPSED, SAM, "2030-05-06 11:45", "Summer comeback campaign",
        """Hi Sam,

The point of the campaign is to win back members who let their membership lapse in the last year. Emails and a postcard, nothing fancy.

We set aside $6,500 for it, printing included.

Irma""",
        style="outlook",
        labels=dict(obj=["The point of the campaign is to win back members"],
                    budgets=[("6500", "USD")]),
    ),
    Mail(
        2663, "deli-ultimately", FOOT, SAM, "2030-05-06 13:20", "Lunch specials",
        """Sam, ultimately we need more foot traffic on weekdays, weekends are fine. Anything you can do with the lunch specials board and Instagram.

Vic""",
        style="gmail",
        labels=dict(obj=["ultimately we need more foot traffic on weekdays"]),
    ),
    Mail(
        2664, "dance-hoping-to-fill", CLASSES, SAM, "2030-05-06 15:00", "Adult classes",
        """Hi Sam,

We're hoping to fill the 6pm adult classes, they're half empty. The flyers should go out by May 20.

June""",
        style="gmail",
        labels=dict(obj=["We're hoping to fill the 6pm adult classes"], due=["2030-05-20"]),
    ),
    Mail(
        2665, "software-kpi-cpl", KPI, SAM, "2030-05-07 09:00", "Q3 paid search",
        """Sam,

KPI for Q3: cost per lead under $40, and at least 300 demo requests. Monthly media budget is $15,000.

Leon""",
        style="outlook",
        labels=dict(obj=["cost per lead under $40"],
                    budgets=[("15000", "USD")]),
    ),
    Mail(
        2666, "cakes-think-of-us", WEDDINGS, SAM, "2030-05-07 10:40", "Wedding season",
        """Hi Sam,

We'd like people to think of us for weddings, not just birthdays. Can you put together a few ideas?

Carmen""",
        style="gmail",
        labels=dict(obj=["We'd like people to think of us for weddings"]),
    ),
    Mail(
        2667, "mowers-move-units", UNITS, SAM, "2030-05-07 12:15", "Clearance",
        """Sam,

We need to move 300 units of the old model before the new ones arrive in July. Radio and a newspaper ad, whatever works.

Dale""",
        style="outlook",
        labels=dict(obj=["We need to move 300 units of the old model"]),
    ),
    Mail(
        2668, "pools-phone-budget", GRAND, SAM, "2030-05-07 14:30", "Re: Pool season",
        """ya 5 grand is fine for the radio. go ahead

Sent from my iPhone""",
        style="apple",
        quote=_quote("Skip, the radio spot would be about $5,000 for the four weeks. OK to go ahead?"),
        labels=dict(budgets=[("5000", "USD")]),
    ),
    Mail(
        2669, "dental-monthly-cap", MONTHLY, SAM, "2030-05-07 16:10", "Facebook ads",
        """Dear Sam,

For the Facebook ads the spend is capped at 5000 zł per month. The goal is 40 new patients a month from the ads.

Regards,
Eva Kowalski""",
        style="outlook",
        labels=dict(budgets=[("5000", "PLN", "cap")],
                    obj=["The goal is 40 new patients a month from the ads"],
                    day_first=True, default_currency="PLN"),
    ),
    Mail(
        2670, "marine-quote-approved", QUOTE, SAM, "2030-05-08 09:20", "Re: Estimate for boat show video",
        """Sam,

Your quote of $4,800 is approved, go ahead. We need it before the boat show on June 14.

Reggie""",
        style="gmail",
        quote=_quote("Reggie, the estimate for the boat show video is attached: $4,800."),
        labels=dict(budgets=[("4800", "USD")], due=["2030-06-13"]),
    ),
    Mail(
        2671, "health-media-apart", MEDIA, SAM, "2030-05-08 11:00", "Flu season planning",
        """Hi Sam,

Production budget for the flu campaign is $25,000. The media budget is separate, around $60,000, and our media buyer handles it.

Tanya""",
        style="outlook",
        labels=dict(budgets=[("25000", "USD")], non_budget=[("60000", "USD", "media")]),
    ),
    Mail(
        2672, "bikes-last-years-goal", LASTGOAL, SAM, "2030-05-08 13:30", "Summer",
        """Sam,

Our goal last year was 300 bikes sold over the summer, and we hit it. This year we'd like to sell 400.

Gus""",
        style="gmail",
        labels=dict(obj=["This year we'd like to sell 400"]),
    ),
    Mail(
        2673, "accounting-service-promise", PROMISE, SAM, "2030-05-08 15:10", "Website copy",
        """Hi Sam,

For the About page: we aim to reply to every client within 24 hours, and we've been doing taxes since 1995. That's what sets us apart.

Amy""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2674, "festival-tickets-raised", TICKETS, SAM, "2030-05-09 09:40", "Festival poster",
        """Sam,

Tickets are $25, kids under 12 free. Last year we raised $40,000 for the food bank, it'd be great to mention that.

The poster should be up around town by June 1.

Nora""",
        style="gmail",
        labels=dict(due=["2030-06-01"]),
    ),
    Mail(
        2675, "pizza-rent-printer", RENT, SAM, "2030-05-09 11:20", "Menus",
        """Sam,

The rent went up to $3,000 so money's tight. The printer charged us $900 last time for the menus, can we do better?

Sal""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2676, "vet-can-go-up-to", UPTO, SAM, "2030-05-09 13:50", "Re: Puppy class ads",
        """Sam,

We can go up to 12k if the video is included, otherwise let's keep it at 8k.

Wendy""",
        style="gmail",
        quote=_quote("Wendy, the puppy class campaign would be $8,000 without the video."),
        labels=dict(budgets=[("12000", "USD", "cap"), ("8000", "USD")]),
    ),
    Mail(
        2677, "ortho-set-aside-revenue", ASIDE, SAM, "2030-05-09 15:30", "Invisalign campaign",
        """Sam,

Our revenue is about $2M a year and Invisalign is a third of it. We've set aside $18,000 for this campaign. The aim is 60 new Invisalign starts by December.

Dr. Abe""",
        style="outlook",
        labels=dict(budgets=[("18000", "USD")], obj=["The aim is 60 new Invisalign starts by December"]),
    ),
    Mail(
        2678, "landscape-phone-goal", PHONE, SAM, "2030-05-10 07:15", "Fall",
        """need more commercial clients this fall not homeowners. 10k budget. call me

Luis

Sent from my iPhone""",
        style="apple",
        labels=dict(obj=["need more commercial clients this fall"], budgets=[("10000", "USD")]),
    ),
    Mail(
        2679, "cu-long-several-asks", LONG, SAM, "2030-05-10 10:00", "Home equity campaign",
        """Dear Sam,

Thank you for meeting with our team last week. As promised, here is a summary of what we discussed for the home equity campaign.

Our objective is to grow home equity loan balances by $5 million by the end of the year, with a focus on members aged 35 to 55. We would also like to increase online applications, which are currently about 20% of the total.

The total budget is $45,000, which covers creative, production and media. We are a credit union, so every ad must include the NCUA insurance statement and the Equal Housing Lender logo.

We would like the campaign to launch on July 8. Could you please send a creative brief for our review by May 24?

Kind regards,
Margaret Doyle
VP Marketing, Doyle Community Credit Union""",
        style="outlook",
        labels=dict(obj=["grow home equity loan balances by $5 million",
                         "increase online applications"],
                    budgets=[("45000", "USD")],
                    req=["every ad must include the NCUA insurance statement"],
                    due=["2030-07-08", "2030-05-24"]),
    ),
]
