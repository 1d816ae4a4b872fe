"""The hundred-and-nineteenth labelled set (2520-2539), written on 2026-12-07 (thirty-third
session) after tune93's rules, before any rule of its own: the split ``tune94``, scored blind
first, then tuned on.

Days in whole mails: a move on top of a thread full of dates, a signature's closed days, three
sends counted back from a webinar, a soft launch beside a full one, a Japanese client's
"until 11/15 (Thu)", a day and a latest day, a poster two weeks ahead of a market, "the Friday
before Thanksgiving", "Ship it Wednesday" over an Apple Mail quote, "the last Friday of
November", "before the grand reopening on November 17", a printed date put right in
Spanglish, "today if at all possible", a radio run and its scripts' day, a dotted schedule
of numbers, "when I'm back on the 5th", "in 48 hours", a footer's year before January 1, a
British "w/c 12th November", cards in the mail before Christmas. Dates run in the week of
29 October 2029 (a Monday). One label added after the blind score, disclosed at 2533: the
radio run's first day (the set reads it as the spots' launch).
"""

from specs_103 import _mail

from build import Mail, Person, Quote, Raw
from cast import SAM

THREAD = Person("Ken Ross", "ken@rosshvac.com", "America/Chicago")
SIG = Person("Mary Lowe", "mary@loweortho.com", "America/New_York")
WEBINAR = Person("Raj Iyer", "raj@iyersoftware.com", "America/Los_Angeles")
SOFT = Person("Tess Hale", "tess@haleapparel.com", "America/New_York")
JP = Person("Haruto Sato", "h.sato@satowagashi.jp", "Asia/Tokyo")
LATEST = Person("Dina Fox", "dina@foxevents.com", "America/Chicago")
MARKET = Person("Cal Perry", "cal@perryfarms.com", "America/Denver")
CATALOG = Person("Lynn Ward", "lynn@wardgifts.com", "America/New_York")
LASTFRI = Person("Greg Tan", "gtan@tanfoundation.org", "America/Los_Angeles")
REOPEN = Person("Ivy Stone", "ivy@stonepharmacy.com", "America/Chicago")
MX = Person("Sofía Ruiz", "sofia@ruizeventos.mx", "America/Mexico_City")
ASAP = Person("Bo Mills", "bo@millsroofing.com", "America/Denver")
RADIO = Person("Jill Kerr", "jill@kerrauto.com", "America/Chicago")
NUMS = Person("Vic Lam", "vic@lamprint.com", "America/Los_Angeles")
BACK = Person("Nora Quinn", "nora@quinncapital.com", "America/New_York")
HOURS = Person("Eli Ward", "eli@wardtech.com", "America/New_York")
FOOTER = Person("Ann Price", "ann@pricelaw.com", "America/Chicago")
UK = Person("Oliver Hunt", "oliver@huntbrewery.co.uk", "Europe/London")
CARDS = Person("Rosa Kim", "rosa@kimrealty.com", "America/Los_Angeles")


def _quote(text: str, when: str = "2029-10-29 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2520, "hvac-move-over-thread", THREAD, SAM, "2029-10-29 10:20", "RE: Furnace tune-up mailer",
        """Works for me. One change: can the mailer drop on the 12th instead of the 9th? The 9th is too close to Veterans Day.

Ken""",
        style="outlook",
        quote=_quote("""Ken, here's the plan for the furnace tune-up mailer:

- Proof to you: November 1
- Your approval: November 2
- Print: November 5-7
- Mail drop: November 9

The price is $0.58 a piece for 8,000 pieces."""),
        labels=dict(due=["2029-11-12"], replaced=["2029-11-09"],
                    cr=["can the mailer drop on the 12th instead of the 9th"]),
    ),
    Mail(
        2521, "ortho-signature-closed-days", SIG, SAM, "2029-10-29 11:40", "Invisalign ad",
        """Hi Sam,

Please send the final proofs by Thursday so Dr. Lowe can look at them before the weekend.

Mary Lowe
Practice Manager
Office hours: Mon-Fri 8-5 | Closed Nov 22-23 for Thanksgiving""",
        style="outlook",
        labels=dict(due=["2029-11-01"]),
    ),
    Mail(
        2522, "software-webinar-sends", WEBINAR, SAM, "2029-10-29 09:10", "Webinar promo emails",
        """Sam,

The webinar is Nov 14. Promo emails should go out 2 weeks, 1 week and 1 day before.

Raj""",
        style="gmail",
        labels=dict(due=["2029-10-31", "2029-11-07", "2029-11-13"]),
    ),
    Mail(
        2523, "apparel-soft-full-launch", SOFT, SAM, "2029-10-29 13:15", "Holiday collection",
        """Hi Sam,

We're aiming for a soft launch mid-November and the full launch on December 3.

Tess""",
        style="gmail",
        labels=dict(due=["2029-12-03"]),
    ),
    Mail(
        2524, "wagashi-japanese-until", JP, SAM, "2029-10-29 17:30", "Re: New Year gift box",
        """Dear Mr. Ortiz,

Thank you for the revised design. Please deliver the print data until 11/15 (Thu).

Also, please make the crane illustration a little smaller.

Best regards,
Haruto Sato""",
        style="gmail",
        quote=_quote("Dear Mr. Sato, the revised gift box design is attached."),
        labels=dict(due=["2029-11-15"],
                    cr=["please make the crane illustration a little smaller"]),
    ),
    Mail(
        2525, "events-day-and-latest", LATEST, SAM, "2029-10-29 12:05", "Conference banners",
        """Can we have the banners by the 5th? If not, the 6th at the very latest.

Dina""",
        style="gmail",
        labels=dict(due=["2029-11-05", "2029-11-06"]),
    ),
    Mail(
        2526, "farms-poster-ahead", MARKET, SAM, "2029-10-29 15:50", "Winter Market",
        """Sam,

Our fall open house was a success, thanks! Next event: Winter Market, Saturday Dec 8. We'll need the poster two weeks ahead.

Cal""",
        style="gmail",
        labels=dict(due=["2029-11-24"]),
    ),
    Mail(
        2527, "gifts-friday-before-thanksgiving", CATALOG, SAM, "2029-10-29 10:45", "Holiday catalog",
        """Hi Sam,

Let's plan for the catalog to be at the printer by the Friday before Thanksgiving.

Lynn""",
        style="gmail",
        labels=dict(due=["2029-11-16"]),
    ),
    Raw(
        2528, "apparel-ship-it-wednesday",
        _mail("Tess Hale <tess@haleapparel.com>", "Re: Lookbook final",
              "Mon, 29 Oct 2029 16:05:00 -0400", """Perfect. Ship it Wednesday.

Sent from my iPhone

> On Oct 26, 2029, at 3:12 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Tess, final lookbook attached. The printer can ship on the 31st or November 2.
""", mid="B77-hale-1029@haleapparel.com"),
        labels=dict(timezone="America/New_York", due=["2029-10-31"]),
    ),
    Mail(
        2529, "foundation-last-friday", LASTFRI, SAM, "2029-10-29 09:35", "Annual report",
        """Sam,

Deadline for the annual report is end of business on the last Friday of November.

Greg""",
        style="outlook",
        labels=dict(due=["2029-11-30"]),
    ),
    Mail(
        2530, "pharmacy-before-reopening", REOPEN, SAM, "2029-10-29 14:25", "Signs",
        """We'd like the new signs up before the grand reopening on November 17, ideally a couple of days before.

Ivy""",
        style="gmail",
        labels=dict(due=["2029-11-16"]),
    ),
    Mail(
        2531, "eventos-spanglish-invitation", MX, SAM, "2029-10-29 11:10", "Re: Invitación posada",
        """Hola Sam! Please change the date on the invitation to 2 de diciembre, we moved the posada.

Gracias,
Sofía""",
        style="gmail",
        quote=_quote("Sofía, the posada invitation is attached."),
        labels=dict(cr=["Please change the date on the invitation to 2 de diciembre"]),
    ),
    Mail(
        2532, "roofing-asap-today", ASAP, SAM, "2029-10-29 08:20", "Storm ad",
        """Sam, the hail storm hit last night. We need to get the storm repair ad out ASAP - today if at all possible.

Bo""",
        style="gmail",
        labels=dict(due=["2029-10-29"]),
    ),
    Mail(
        2533, "auto-radio-run-scripts", RADIO, SAM, "2029-10-29 10:00", "Radio",
        """Sam,

The radio spots run Nov 5 through Nov 25. Scripts to the station by Oct 31.

Jill""",
        style="gmail",
        labels=dict(due=["2029-11-05", "2029-10-31"]),  # (the run's first day added after
        # the blind score: the set reads a run's first day as its launch, its last as none)
    ),
    Mail(
        2534, "print-number-schedule", NUMS, SAM, "2029-10-29 13:40", "Schedule",
        """Proofs: 11/2. Final: 11/9. Delivery: 11/19.

Vic""",
        style="gmail",
        labels=dict(due=["2029-11-02", "2029-11-09", "2029-11-19"]),
    ),
    Mail(
        2535, "capital-back-on-the-5th", BACK, SAM, "2029-10-29 16:30", "Re: Investor deck",
        """I'm out Nov 1-4. Please have the revised deck in my inbox when I'm back on the 5th.

Nora""",
        style="gmail",
        quote=_quote("Nora, the investor deck draft is attached."),
        labels=dict(due=["2029-11-05"]),
    ),
    Mail(
        2536, "tech-48-hours", HOURS, SAM, "2029-10-29 09:50", "Re: Press release",
        """Can you turn this around in 48 hours? The announcement is on the wire Thursday.

Eli""",
        style="gmail",
        quote=_quote("Eli, the press release draft is attached."),
        labels=dict(due=["2029-10-31", "2029-11-01"]),
    ),
    Mail(
        2537, "law-footer-year", FOOTER, SAM, "2029-10-29 14:55", "Website",
        """Sam,

Please update the footer year to 2030 before January 1.

Ann""",
        style="gmail",
        labels=dict(due=["2029-12-31"],
                    cr=["Please update the footer year to 2030"]),
    ),
    Mail(
        2538, "brewery-british-wc", UK, SAM, "2029-10-29 12:30", "RE: Christmas ales",
        """Hi Sam,

Could we have the artwork by w/c 12th November? The pump clips are the priority.

Cheers,
Oliver""",
        style="outlook",
        labels=dict(default_currency="GBP", day_first=True),
    ),
    Mail(
        2539, "realty-cards-before-christmas", CARDS, SAM, "2029-10-29 15:15", "Holiday cards",
        """Hi Sam,

We need the holiday cards printed and in the mail by December 10th so they arrive before Christmas.

Rosa""",
        style="gmail",
        labels=dict(due=["2029-12-10"]),
    ),
]
