"""The hundred-and-twenty-ninth labelled set (2720-2739), written on 2026-12-08 (thirty-fifth
session) after tune103's rules, before any rule of its own: the split ``tune104``, scored
blind first, then tuned on.

Mail with history again, the weakest shape of tune102, and other voices: an Outlook forward of
the CEO's note with the budget added on top, answers typed between the quoted questions, a
printer's quote forwarded with the day the files are wanted, a Gmail forward of a colleague's
Outlook forward of an organiser's rules, a top reply that keeps the budget and moves the
launch of the quoted mail, a Japanese client's English, an HTML-only recap with bullets, a
phone's cap under a quoted question, a meeting beside a deadline, a thank-you with next
year's goal, a Spanish forward of the director's rule, a French client's English with a
day-first date, a status question, a franchisor's rules, a go-ahead "move ahead with", a
competitor's look with a budget, a bottom-posted reply that adds a size, a first cut "within
two weeks", an attached .eml of a landlord's sign rules, and a quoted schedule moved by
"instead". Dates run in the week of 14 October 2030 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

COORD = Person("Megan Fry", "mfry@fryhomes.com", "America/Chicago")
CEO = Person("Robert Fry", "rfry@fryhomes.com", "America/Chicago")
LISTS = Person("Hannah Mills", "hannah@millsgifts.com", "America/New_York")
BANNERS = Person("Chris Lane", "chris@lanecycles.com", "America/Denver")
PRINTSHOP = Person("Quick Print", "quotes@quickprint.com", "America/Denver")
EXPO = Person("Dana Kerr", "dana@kerrsolar.com", "America/Phoenix")
EXPOCOLL = Person("Luis Ortega", "luis@kerrsolar.com", "America/Phoenix")
ORGANISER = Person("Expo Services", "exhibitors@greenbuildexpo.com", "America/Phoenix")
LAUNCH = Person("Victor Hale", "victor@halebikes.com", "America/New_York")
TOKYO = Person("Kenji Sato", "k.sato@satofoods.co.jp", "Asia/Tokyo")
BANK = Person("Dana Price", "dprice@lakeshorecu.org", "America/Chicago")
CAP = Person("Mo Haddad", "mo@haddadgrill.com", "America/Detroit")
STUDIO = Person("Irene Walsh", "irene@walshpodcast.com", "America/New_York")
THANKS = Person("Greta Olsen", "greta@olsenfarm.org", "America/Chicago")
SEVILLA = Person("Marta Ruiz", "marta@ruizceramica.es", "Europe/Madrid")
DIRECTOR = Person("Javier Ruiz", "javier@ruizceramica.es", "Europe/Madrid")
LILLE = Person("Amélie Laurent", "amelie@laurent-chocolats.fr", "Europe/Paris")
STATUS = Person("Beth Cole", "beth@colebridal.com", "America/New_York")
FRANCHISE = Person("Sanjay Rao", "sanjay@raosubs.com", "America/Chicago")
MOVEAHEAD = Person("Lisa Grant", "lgrant@grantlogistics.com", "America/Chicago")
LOOK = Person("Owen Price", "owen@pricepools.com", "America/Phoenix")
BOTTOM = Person("Ruth Byrne", "ruth@byrnebakes.ie", "Europe/Dublin")
CUT = Person("Zoe Hart", "zoe@hartyoga.com", "America/Los_Angeles")
SHOP = Person("Ben Ashford", "ben@ashfordbooks.com", "America/New_York")
LANDLORD = Person("Elm Street Properties", "leasing@elmstreetprops.com", "America/New_York")
MOVED = Person("Ivy Chen", "ivy@chenspa.com", "America/Los_Angeles")


def _quote(text: str, when: str = "2030-10-11 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Forward(
        2720, "homes-outlook-fwd-ceo-budget-on-top", COORD, SAM, "2030-10-14 09:05",
        "Hi Sam, passing this along from our CEO. Budget for it is $18,000.\n\nMegan",
        Mail(
            0, "homes-ceo", CEO, COORD, "2030-10-11 17:30", "Annual report",
            """Megan,

We need the annual report designed and printed by November 15. Keep it to 24 pages.

Robert""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(due=["2030-11-15"], budgets=[("18000", "USD")],
                    req=["Keep it to 24 pages"]),
    ),
    Mail(
        2721, "gifts-answers-between-quoted-questions", LISTS, SAM, "2030-10-14 09:40", "Re: Holiday card questions",
        """Hi Sam, answers below.

> 1. What's the deadline for the holiday card?

Dec 2 at the latest.

> 2. Budget?

$3,500 incl. postage

> 3. Any must-haves?

Our logo has to be in the bottom right corner on every card.

Hannah
""",
        style="plain",
        labels=dict(due=["2030-12-02"], budgets=[("3500", "USD")],
                    req=["Our logo has to be in the bottom right corner on every card"]),
    ),
    Forward(
        2722, "cycles-printer-quote-forwarded", BANNERS, SAM, "2030-10-14 10:20",
        "Sam, here's the quote from the printer for the banners. Can you get the files to them by Oct 25?\n\nChris",
        Mail(
            0, "cycles-printer", PRINTSHOP, BANNERS, "2030-10-11 14:00", "Quote 8812",
            """Hi Chris,

Quote 8812: 6 vinyl banners, 3x8 ft, $1,140 total. Turnaround 5 business days from files.

Quick Print""",
            style="plain",
        ),
        style="gmail",
        labels=dict(due=["2030-10-25"], non_budget=[("1140", "USD")]),
    ),
    Forward(
        2723, "solar-gmail-fwd-of-outlook-fwd-organiser", EXPO, SAM, "2030-10-14 10:55",
        "Sam, can you handle this? See below.\n\nDana",
        Forward(
            0, "solar-colleague", EXPOCOLL, EXPO, "2030-10-11 12:10",
            "FYI - from the expo people.",
            Mail(
                0, "solar-organiser", ORGANISER, EXPOCOLL, "2030-10-10 09:00", "Exhibitor graphics",
                """Dear exhibitor,

All exhibitor graphics must be submitted by October 30. Files must be PDF/X-4 with 3 mm bleed.

Expo Services""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2030-10-30"], req=["Files must be PDF/X-4 with 3 mm bleed"]),
    ),
    Mail(
        2724, "bikes-keep-budget-push-launch", LAUNCH, SAM, "2030-10-14 11:30", "Re: Re: Winter launch",
        """Ok, let's keep the 40k budget but push the launch to November 18.

Victor

On Fri, Oct 11, 2030 at 4:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Victor, the plan is attached. Anything to change?
>
> On Wed, Oct 9, 2030 at 10:02 AM Victor Hale <victor@halebikes.com> wrote:
>> Sam, budget is $40,000 and we launch Nov 11.
""",
        style="plain",
        labels=dict(due=["2030-11-18"], replaced=["2030-11-11"], budgets=[("40000", "USD")],
                    cr=["push the launch to November 18"]),
    ),
    Mail(
        2725, "foods-japanese-english-package", TOKYO, SAM, "2030-10-14 12:15", "Re: New package design",
        """Dear Sam-san,

Thank you for your kind support always.

About the new package design, we would like to request some modification. Please make the character of product name more big, and please change background color to more light green.

We hope to receive revised version by 18th October.

Best regards,
Kenji Sato""",
        style="outlook",
        quote=_quote("Dear Kenji-san, please find the first package design attached."),
        labels=dict(due=["2030-10-18"],
                    cr=["Please make the character of product name more big, and please change background color to more light green"]),
    ),
    Mail(
        2726, "bank-html-recap-bullets", BANK, SAM, "2030-10-14 13:00", "Recap of today's call",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p>
<p class="MsoNormal">Following our call today, here's a recap:</p>
<ul>
<li class="MsoListParagraph">Launch of the new website is December 1 &#8211; that's fixed.</li>
<li class="MsoListParagraph">We need the homepage copy by November 8 for legal review.</li>
<li class="MsoListParagraph">Legal requires the NCUA disclaimer on every page.</li>
<li class="MsoListParagraph">Total budget for phase 2 is $55,000.</li>
<li class="MsoListParagraph">Goal: double online account openings by end of Q1.</li>
<li class="MsoListParagraph">Please replace the stock photo of the family with one of our own branch photos.</li>
</ul>
<p class="MsoNormal">Thanks,<br>Dana Price<br>VP Marketing | Lakeshore Credit Union</p>
</div></body></html>""",
        labels=dict(due=["2030-12-01", "2030-11-08"], budgets=[("55000", "USD")],
                    req=["Legal requires the NCUA disclaimer on every page"],
                    obj=["double online account openings by end of Q1"],
                    cr=["Please replace the stock photo of the family with one of our own branch photos"]),
    ),
    Mail(
        2727, "grill-phone-cap", CAP, SAM, "2030-10-14 13:40", "Re: Boosted posts",
        """can do 2k max

Sent from my iPhone""",
        style="plain",
        quote=_quote("Mo, what can you spend on the boosted posts this month?"),
        labels=dict(budgets=[("2000", "USD", "cap")]),
    ),
    Mail(
        2728, "podcast-meeting-and-deadline", STUDIO, SAM, "2030-10-14 14:10", "Script",
        """Hi Sam,

Can we meet Wednesday at 10 to go over the script? The final script has to be with the studio on the 24th.

Irene""",
        style="gmail",
        labels=dict(due=["2030-10-24"]),
    ),
    Mail(
        2729, "farm-thanks-next-year-goal", THANKS, SAM, "2030-10-14 15:00", "Thank you!",
        """Sam,

Thanks for a great harvest festival on Oct 5! Attendance was 340, up from 290 last year. Next year we want to hit 400.

Greta""",
        style="apple",
        labels=dict(obj=["Next year we want to hit 400"]),
    ),
    Forward(
        2730, "ceramica-spanish-fwd-director", SEVILLA, SAM, "2030-10-15 09:20",
        "Hola Sam, te reenvío el correo de nuestro director. Lo importante: los carteles tienen que estar impresos el 8 de noviembre como muy tarde y no podemos gastar más de 2.000 euros.\n\nGracias,\nMarta",
        Mail(
            0, "ceramica-director", DIRECTOR, SEVILLA, "2030-10-14 19:00", "Carteles feria",
            """Marta,

Los carteles para la feria, que los haga la agencia. Importante: el logo nuevo, no el antiguo.

Javier""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(due=["2030-11-08"], budgets=[("2000", "EUR", "cap")],
                    req=["Importante: el logo nuevo, no el antiguo"], **EU),
    ),
    Mail(
        2731, "chocolats-french-english-day-first", LILLE, SAM, "2030-10-15 10:00", "Texts for the catalogue",
        """Hello Sam,

Please find attached the texts. We need the final files for the 04/11 (the printer is closed after). Could you also put the price in bigger?

Regards,
Amélie""",
        style="outlook",
        labels=dict(due=["2030-11-04"], cr=["Could you also put the price in bigger"], **EU),
    ),
    Mail(
        2732, "bridal-status-question", STATUS, SAM, "2030-10-15 10:45", "Brochure?",
        """Hi Sam, any news on the brochure? We're keen to see it. Thanks!

Beth""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2733, "subs-franchisor-rules", FRANCHISE, SAM, "2030-10-15 11:30", "Menu boards",
        """Sam,

Our franchisor's brand standards say the logo can never be smaller than 1 inch. They also approve every ad before it runs, so plan a week for that.

Sanjay""",
        style="gmail",
        # Put right after the blind score: the franchisor's approval of every ad was left out,
        # but the set reads a third party's sign-off on the work ("legal has to see it") as a rule.
        labels=dict(req=["Our franchisor's brand standards say the logo can never be smaller than 1 inch",
                         "They also approve every ad before it runs"]),
    ),
    Mail(
        2734, "logistics-move-ahead", MOVEAHEAD, SAM, "2030-10-15 12:20", "RE: Options",
        """Sam,

We'd like to move ahead with option B. Please send the invoice to accounts@grantlogistics.com.

Lisa""",
        style="outlook",
        quote=_quote("Lisa, here are options A and B for the trade show booth."),
        labels=dict(),
    ),
    Mail(
        2735, "pools-competitor-look-budget", LOOK, SAM, "2030-10-15 13:05", "Spring campaign idea",
        """Hey Sam,

Desert Oasis Pools' new ads look great - we'd like something in that direction, but our budget is only around $8k.

Owen""",
        style="gmail",
        labels=dict(budgets=[("8000", "USD")]),
    ),
    Mail(
        2736, "bakes-bottom-post-adds-size", BOTTOM, SAM, "2030-10-15 14:00", "Re: Christmas posters",
        """On 11 Oct 2030, at 16:00, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Ruth, do you want the same 3 sizes as last time for the Christmas posters?

Yes, same sizes, but add a square one for Instagram.

Ruth
""",
        style="plain",
        labels=dict(cr=["add a square one for Instagram"], day_first=True),
    ),
    Mail(
        2737, "yoga-first-cut-two-weeks", CUT, SAM, "2030-10-14 16:30", "Studio video",
        """Hi Sam! Shoot went great. Can we have the first cut within two weeks?

Zoe""",
        style="apple",
        labels=dict(due=["2030-10-28"]),
    ),
    Forward(
        2738, "books-attached-eml-landlord-rules", SHOP, SAM, "2030-10-15 15:10",
        "Sam, landlord's rules for the shop sign attached.",
        Mail(
            0, "books-landlord", LANDLORD, SHOP, "2030-10-14 11:00", "Exterior signage",
            """Dear tenant,

No neon colours on any exterior sign. Signs may not exceed 2 m in width.

Elm Street Properties""",
            style="plain",
        ),
        style="rfc822",
        labels=dict(req=["No neon colours on any exterior sign",
                         "Signs may not exceed 2 m in width"]),
    ),
    Mail(
        2739, "spa-quoted-schedule-instead", MOVED, SAM, "2030-10-15 16:00", "RE: Holiday schedule",
        """Can the email go out on the 29th instead? The 24th is too early for us.

Ivy""",
        style="outlook",
        quote=_quote("""Ivy, the holiday schedule:
Email blast: Oct 24
Gift card posters: Oct 21"""),
        labels=dict(due=["2030-10-29"], replaced=["2030-10-24"],
                    cr=["Can the email go out on the 29th instead"]),
    ),
]
