"""The hundred-and-fifteenth labelled set (2440-2459), written on 2026-12-07 (thirty-third
session) after tune89's rules, before any rule of its own: the split ``tune90``, scored blind
first, then tuned on.

Days said the many ways clients say them, each mail with some other business beside: a
schedule in one sentence with a print window, "by the end of next week", a mailer's week and
its printer's day, invitations counted back from a gala, "tomorrow EOD" and a press day,
"Friday week", a campaign's run and its creative's day, a proposed day refused as too late, the
Monday after Thanksgiving, ten days before an opening, a Sydney client's Wednesday, a past
delivery beside the next one, "EOM", "end of Q4", a dotted US schedule with weekdays, a
calendar invitation with "the day before", "sometime in November", soft and hard deadlines, a
German "bis spätestens Mittwoch, den 10. Oktober" beside a fair, a Spanish "para el lunes 8 de
octubre". Dates run in the week of 1 October 2029 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

MAILER = Person("Hank Moore", "hank@mooreinsurance.com", "America/Chicago")
NEXTWEEK = Person("Olivia Grant", "olivia@grantlaw.com", "America/New_York")
WEEKOF = Person("Rob Tate", "rob@tatehomes.com", "America/Denver")
GALA = Person("Joan Fisher", "jfisher@cityballet.org", "America/New_York")
PRESS = Person("Lou Bianchi", "lou@bianchiwines.com", "America/Los_Angeles")
UK = Person("Harriet Cole", "harriet@colegardens.co.uk", "Europe/London")
RUN = Person("Dev Patel", "dev@patelgrocers.com", "America/Chicago")
TOOLATE = Person("Amy Lin", "amy@linacademy.com", "America/Los_Angeles")
CYBER = Person("Jake Hill", "jake@hilloutdoor.com", "America/Denver")
OPENING = Person("Nadia Haddad", "nadia@haddadbistro.com", "America/New_York")
SYDNEY = Person("Chloe Walker", "chloe@walkerswim.com.au", "Australia/Sydney")
PAST = Person("Irene Bauer", "irene@bauerbooks.com", "America/Chicago")
EOM = Person("Matt Reyes", "matt@reyesdental.com", "America/Phoenix")
QUARTER = Person("Sandra Kim", "skim@kimlogistics.com", "America/Los_Angeles")
DOTTED = Person("Phil Owens", "phil@owensford.com", "America/Detroit")
INVITE = Person("Grace Liu", "grace@liutea.com", "America/Chicago")
NORUSH = Person("Ben Carter", "ben@carterfarm.com", "America/Chicago")
SOFT = Person("Tara Singh", "tara@singhyoga.com", "America/New_York")
DE = Person("Petra Wolf", "p.wolf@wolf-technik.de", "Europe/Berlin")
ES = Person("Diego Navarro", "diego@navarrovinos.es", "Europe/Madrid")

EU = dict(day_first=True, default_currency="EUR")


def _quote(text: str, when: str = "2029-10-01 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2440, "insurance-schedule-sentence", MAILER, SAM, "2029-10-01 10:30", "Open enrollment mailer",
        """Sam,

Here's how we see it: concepts this week, revisions next week, final art October 19, printing October 22-26, in homes November 1.

Budget is the same as last year, $9,500 including postage.

Hank""",
        style="outlook",
        labels=dict(due=["2029-10-19", "2029-11-01"], budgets=[("9500", "USD")]),
    ),
    Mail(
        2441, "law-end-of-next-week", NEXTWEEK, SAM, "2029-10-01 11:15", "Re: Attorney bios",
        """Hi Sam,

The bios read well. Please add Maria's bar admissions to hers, they're missing.

We need everything wrapped by the end of next week so the new site can launch.

Olivia""",
        style="gmail",
        quote=_quote("Olivia, the attorney bios are attached for review."),
        labels=dict(due=["2029-10-12"],
                    cr=["Please add Maria's bar admissions to hers"]),
    ),
    Mail(
        2442, "homes-week-of-and-printer", WEEKOF, SAM, "2029-10-01 09:20", "Fall open house mailer",
        """Sam,

The mailer should land the week of October 15, so files need to go to the printer by October 8.

Keep it to one page, front and back.

Rob""",
        style="gmail",
        labels=dict(due=["2029-10-08"], req=["Keep it to one page"]),
    ),
    Mail(
        2443, "ballet-gala-counted-back", GALA, SAM, "2029-10-01 14:00", "Gala invitations",
        """Dear Sam,

Our gala is Saturday, November 3, at the Opera House. The invitations need to be in the mail three weeks before.

Every invitation must carry the sponsor line for the Whitfield Foundation.

With thanks,
Joan Fisher
Development Director""",
        style="outlook",
        labels=dict(due=["2029-10-13"],
                    req=["Every invitation must carry the sponsor line"]),
    ),
    Mail(
        2444, "wines-tomorrow-eod-press", PRESS, SAM, "2029-10-01 16:45", "Re: Harvest ad",
        """Can you get the revised ad to me by tomorrow EOD? We go to press Wednesday morning.

And swap the vineyard shot for the barrel room, it's more us.

Lou""",
        style="gmail",
        quote=_quote("Lou, the harvest ad is attached."),
        labels=dict(due=["2029-10-02", "2029-10-03"],
                    cr=["swap the vineyard shot for the barrel room"]),
    ),
    Mail(
        2445, "gardens-friday-week", UK, SAM, "2029-10-01 12:10", "RE: Christmas brochure",
        """Hi Sam,

Could we have the proofs by Friday week? The team is away until the 5th so there's no rush before then.

The hampers page could do with a bit more breathing room.

Many thanks,
Harriet""",
        style="outlook",
        labels=dict(due=["2029-10-12"],
                    cr=["The hampers page could do with a bit more breathing room"],
                    default_currency="GBP", day_first=True),
    ),
    Mail(
        2446, "grocers-run-and-creative", RUN, SAM, "2029-10-01 10:05", "Harvest sale",
        """Hi Sam,

The harvest sale runs October 15-28, so we need the creative by the 10th.

We're spending $4,000 on Facebook and $1,500 on the radio spot.

Dev""",
        style="gmail",
        labels=dict(due=["2029-10-10"],
                    budgets=[("4000", "USD"), ("1500", "USD")]),
    ),
    Mail(
        2447, "academy-too-late", TOOLATE, SAM, "2029-10-01 13:30", "Re: Timeline",
        """Hi Sam,

October 12 for first drafts is too late for us, we need them by the 9th. The board meets on the 11th.

Otherwise the timeline works.

Amy""",
        style="gmail",
        quote=_quote("Amy, proposed timeline: first drafts October 12, final files October 26."),
        labels=dict(due=["2029-10-09"], replaced=["2029-10-12"],
                    cr=["we need them by the 9th"]),
    ),
    Mail(
        2448, "outdoor-after-thanksgiving", CYBER, SAM, "2029-10-01 15:20", "Holiday emails",
        """Sam,

We'd like the holiday email series to start the Monday after Thanksgiving and run weekly until Christmas.

Goal is $50k in online sales from the series.

Jake""",
        style="gmail",
        labels=dict(due=["2029-11-26"],
                    obj=["Goal is $50k in online sales"],
                    non_budget=[("50000", "USD", "other")]),
    ),
    Mail(
        2449, "bistro-ten-days-before", OPENING, SAM, "2029-10-01 11:40", "Opening materials",
        """Hi Sam,

Please have everything ready no later than 10 days before the opening on November 15, so we have time to print.

We can spend up to $3,000 on the whole package.

Nadia""",
        style="gmail",
        labels=dict(due=["2029-11-05"], budgets=[("3000", "USD", "cap")]),
    ),
    Mail(
        2450, "swim-sydney-wednesday", SYDNEY, SAM, "2029-10-01 08:00", "Re: Summer lookbook",
        """Hi Sam,

Love it. Just need it by Wednesday so we can send it to the stockists.

Can the cover model be swapped for the one in the red one-piece?

Chloe""",
        style="gmail",
        quote=_quote("Chloe, the summer lookbook is attached.", "2029-09-30 17:00"),
        labels=dict(due=["2029-10-03"],
                    cr=["Can the cover model be swapped"]),
    ),
    Mail(
        2451, "books-past-and-next", PAST, SAM, "2029-10-01 09:50", "Thanks + next up",
        """Sam,

Thanks for delivering the brochures on September 27, they look great.

Next up: the winter catalog, due December 3. Same page count as last year.

Irene""",
        style="gmail",
        labels=dict(due=["2029-12-03"]),
    ),
    Mail(
        2452, "dental-eom", EOM, SAM, "2029-10-01 14:35", "Re: New patient page",
        """Looks good. Need the page live by EOM.

Matt""",
        style="gmail",
        quote=_quote("Matt, the new patient page is ready on staging."),
        labels=dict(due=["2029-10-31"]),
    ),
    Mail(
        2453, "logistics-end-of-q4", QUARTER, SAM, "2029-10-01 10:10", "Rebrand rollout",
        """Sam,

We want the new branding rolled out on the website and trucks by end of Q4. The trucks are the priority.

Sandra""",
        style="outlook",
        labels=dict(due=["2029-12-31"]),
    ),
    Mail(
        2454, "ford-dotted-us-schedule", DOTTED, SAM, "2029-10-01 13:00", "RE: Truck month flyer",
        """Sam - schedule from our side:

Proof approval: Tue 10/9
Files to printer: Thu 10/11
In homes: Mon 10/22

Phil""",
        style="outlook",
        labels=dict(due=["2029-10-09", "2029-10-11", "2029-10-22"]),
    ),
    Mail(
        2455, "tea-invitation-day-before", INVITE, SAM, "2029-10-01 09:00", "Invitation: Brand workshop",
        """Invitation: Brand workshop
When: Thursday, October 4, 2029 10:00am-12:00pm (CDT)
Where: Zoom

Hi Sam, sending the invite. Also, a reminder that the style guide draft is due the day before.

Grace""",
        style="gmail",
        labels=dict(due=["2029-10-03"]),
    ),
    Mail(
        2456, "farm-no-rush", NORUSH, SAM, "2029-10-01 16:00", "Farm stand sign",
        """Hi Sam,

No rush on the farm stand sign, sometime in November is fine. We'd like it to say "Fresh eggs daily" under the name.

Ben""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2457, "yoga-soft-hard", SOFT, SAM, "2029-10-01 12:25", "Winter schedule cards",
        """Hi Sam,

Soft deadline October 15, hard deadline October 19 - the cards go out to members the week after.

Tara""",
        style="gmail",
        labels=dict(due=["2029-10-15", "2029-10-19"]),
    ),
    Mail(
        2458, "technik-german-fair", DE, SAM, "2029-10-01 10:40", "Messestand",
        """Hallo Sam,

die Messe beginnt am 16. Oktober. Die Druckdaten für die Rückwand brauchen wir bis spätestens Mittwoch, den 10. Oktober.

Bitte das Logo auf der Rückwand größer machen.

Viele Grüße
Petra Wolf""",
        style="outlook",
        quote=_quote("Hallo Petra, anbei der Entwurf für den Messestand."),
        labels=dict(due=["2029-10-10"],
                    cr=["Bitte das Logo auf der Rückwand größer machen"], **EU),
    ),
    Mail(
        2459, "vinos-spanish-lunes", ES, SAM, "2029-10-01 13:15", "Catas de otoño",
        """Hola Sam:

Necesitamos las piezas para redes para el lunes 8 de octubre, porque las catas empiezan el viernes 12.

Un saludo,
Diego""",
        style="gmail",
        labels=dict(due=["2029-10-08"], **EU),
    ),
]
