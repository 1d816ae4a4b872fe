"""The eighty-fourth labelled set (1800-1819), written on 2026-12-07 (twenty-seventh session)
after blind32 and grids g144-g147, before any rule of its own: the split ``tune63``, scored
blind first, then tuned on.

Days in whole mails, the field the blind splits read at 0.934: several days in one mail (a
proof's day and the final's, a shoot and its deadline, a run's first and last day), days in a
signature's out-of-office line, in quoted history under a reply, in a table, in an answer-by
request, times of day, a postponed event, "ASAP" and "sometime next week", a subject's day,
Thanksgiving week. Voices: a long Outlook mail, phones, an HTML table, an Australian and a
Dutch client, a reply above a quoted schedule. Dates run in the week of 6 November 2028 (a
Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

RETAIL = Person("Megan Shaw", "mshaw@oakandironhome.com", "America/Chicago")
BAND = Person("Tyler Ross", "tyler@thelanternband.com", "America/Los_Angeles")
CLINIC = Person("Dr. Nora Singh", "nsingh@eastsidepeds.com", "America/New_York")
SURF = Person("Liam Walsh", "liam@bondisurfco.com.au", "Australia/Sydney")
DUTCH = Person("Anouk Visser", "a.visser@fietsenvisser.nl", "Europe/Amsterdam")
BREW = Person("Carl Jensen", "carl@northforkbrewing.com", "America/Denver")
GALA = Person("Ruth Kim", "rkim@harborhospice.org", "America/New_York")
SOAP = Person("Jade Lopez", "jade@saltandsage.com", "America/Phoenix")
LAW = Person("Peter Grant", "pgrant@grantlawgroup.com", "America/New_York")
FARM = Person("Hank Miller", "hank@millerorchards.com", "America/Chicago")
SHOP = Person("Eva Novak", "eva@novakbridal.com", "America/New_York")
TECH = Person("Sanjay Gupta", "sanjay@cloudnestapp.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1800, "retail-proof-and-final", RETAIL, SAM, "2028-11-06 09:30", "Holiday catalog timing",
        """Hi Sam,

For the holiday catalog, could we see a first proof on Thursday and have the final files at the printer by Wednesday the 15th? The catalog mails November 24, the day after Thanksgiving.

Thanks,
Megan""",
        style="outlook",
        labels=dict(due=["2028-11-09", "2028-11-15", "2028-11-24"]),
    ),
    Mail(
        1801, "band-shoot-and-poster", BAND, SAM, "2028-11-06 11:10", "Tour poster",
        """hey sam! photo shoot for the tour poster is locked for saturday the 11th at the warehouse. we need the poster done by the 20th, first show is dec 1""",
        style="plain",
        labels=dict(due=["2028-11-20"]),  # a shoot's day beside a deadline is an event's
    ),
    Mail(
        1802, "clinic-signature-ooo", CLINIC, SAM, "2028-11-06 14:00", "Flu clinic flyer",
        """Hi Sam,

Could we have the flu clinic flyer by Friday the 17th? We want to put it up in the waiting room from the Monday after.

Best,
Dr. Nora Singh
Eastside Pediatrics
Out of office Nov 22-27 (Thanksgiving)""",
        style="gmail",
        labels=dict(due=["2028-11-17", "2028-11-20"]),
    ),
    Mail(
        1803, "surf-australian-summer", SURF, SAM, "2028-11-07 08:00", "Summer sale EDM",
        """G'day Sam,

Summer sale kicks off on the 1st of December. Can we get the EDM locked in by Tuesday week so we can send it on the 30th?

Cheers,
Liam""",
        style="apple",
        labels=dict(due=["2028-11-14", "2028-11-30"], day_first=True,
                    default_currency="AUD"),
    ),
    Mail(
        1804, "dutch-english-answer-by", DUTCH, SAM, "2028-11-07 10:30", "Winter campaign",
        """Hello Sam,

Can you let me know before Friday if you can do the winter campaign? If yes, we need the first designs on 24 November. Our shop is closed on 5 December for Sinterklaas.

Kind regards,
Anouk""",
        style="outlook",
        labels=dict(due=["2028-11-09", "2028-11-24"], **EU),  # "let me know before Friday"
        # asks the agency: a deadline, as test_tune31_shapes holds
    ),
    Mail(
        1805, "brew-reply-quoted-schedule", BREW, SAM, "2028-11-07 13:20", "Re: Winter ale launch - schedule",
        """Sam, schedule works for us. One change: the tasting event moved to Dec 9, so the posters need to be up by the 4th instead.

Carl""",
        style="gmail",
        quote=Quote(SAM, "2028-11-06 17:00", """Carl, here is the plan for the winter ale launch:

Label files: Nov 13
Posters up: Dec 1
Tasting event: Dec 2

Sam"""),
        labels=dict(due=["2028-12-09", "2028-12-04"],  # a moved event's day is due, as the
                    # set reads 579 and 623; the old day not named in the new words; "One
                    cr=["the posters need to be up by the 4th instead"]),  # change: ...
                    # instead" moves agreed work, as 1427's earlier delivery
    ),
    Mail(
        1806, "gala-html-table", GALA, SAM, "2028-11-07 15:45", "Gala print schedule",
        "",
        style="html",
        html="""<html><body><p>Hi Sam,</p>
<p>Print schedule for the gala as agreed with the committee:</p>
<table border="1"><tr><th>Piece</th><th>Due</th><th>Notes</th></tr>
<tr><td>Save the date card</td><td>Nov 10</td><td>mail by the 14th</td></tr>
<tr><td>Invitation</td><td>Nov 28</td><td></td></tr>
<tr><td>Program</td><td>Dec 8</td><td>gala is Dec 16</td></tr></table>
<p>Ruth</p></body></html>
""",
        labels=dict(due=["2028-11-10", "2028-11-14", "2028-11-28", "2028-12-08"]),
    ),
    Mail(
        1807, "soap-asap-vague", SOAP, SAM, "2028-11-08 09:05", "Gift set labels",
        """Hi Sam! We need the gift set labels ASAP, ideally sometime next week. The gift sets go on sale Black Friday.

Jade""",
        style="gmail",
        labels=dict(due=["2028-11-24"]),
    ),
    Mail(
        1808, "law-time-of-day", LAW, SAM, "2028-11-08 11:40", "Radio spot",
        """Sam,

The station needs the final radio spot by 3pm tomorrow. It airs Monday morning at 7.

Peter Grant""",
        style="outlook",
        labels=dict(due=["2028-11-09", "2028-11-13"]),
    ),
    Mail(
        1809, "farm-postponed-event", FARM, SAM, "2028-11-08 14:15", "Harvest festival",
        """Sam,

Rain ruined our plans, the harvest festival is postponed to November 18. Everything else stays the same, we just need the banner date changed.

Hank""",
        style="gmail",
        labels=dict(due=["2028-11-18"], cr=["we just need the banner date changed"]),
    ),
    Mail(
        1810, "bridal-past-and-next", SHOP, SAM, "2028-11-08 16:30", "Bridal show",
        """Hi Sam,

The spring bridal show on March 12 went so well last year. This year it's on March 11 and we'd love new booth banners for it, ready by March 1.

Eva""",
        style="apple",
        labels=dict(due=["2029-03-01"]),
    ),
    Mail(
        1811, "tech-subject-date", TECH, SAM, "2028-11-09 09:00", "Landing page needed by Nov 20",
        """Hi Sam,

Quick one, see subject. It's for the webinar on December 5.

Sanjay""",
        style="gmail",
        labels=dict(due=["2028-11-20"]),
    ),
    Mail(
        1812, "retail-phone-tomorrow", RETAIL, SAM, "2028-11-09 17:45", "Re: catalog proof",
        """looks good. can we get the final tmrw instead of wed?""",
        style="plain",
        quote=Quote(SAM, "2028-11-09 12:00", """Megan, the first proof of the holiday catalog is attached. Final files on Wednesday as planned.

Sam"""),
        labels=dict(due=["2028-11-10"], replaced=["2028-11-15"],  # an earlier delivery asked
                    cr=["can we get the final tmrw instead of wed"]),  # for is a change (1427)
    ),
    Mail(
        1813, "clinic-meeting-and-due", CLINIC, SAM, "2028-11-10 10:00", "Newsletter",
        """Hi Sam,

Can we talk through the December newsletter on Tuesday at 4? The newsletter itself should go out on December 6.

Nora""",
        style="gmail",
        labels=dict(due=["2028-12-06"]),
    ),
    Mail(
        1814, "surf-run-dates", SURF, SAM, "2028-11-10 12:30", "Summer sale socials",
        """Sam, the summer sale socials run from 1 December to 24 December, three posts a week. First post needs to be approved by the 27th.

Liam""",
        style="gmail",
        labels=dict(due=["2028-12-01", "2028-11-27"], day_first=True, default_currency="AUD"),
    ),
    Mail(
        1815, "band-no-date", BAND, SAM, "2028-11-13 08:40", "merch",
        """also we want t-shirts with the new logo at some point, no rush, maybe for the spring tour""",
        style="plain",
        labels=dict(),
    ),
    Mail(
        1816, "gala-reply-early", GALA, SAM, "2028-11-13 11:00", "Re: Gala print schedule",
        """Sam, the committee asked if the programs could be ready a few days earlier, say December 5, so we can proof them at our meeting on the 6th.

Ruth""",
        style="outlook",
        quote=Quote(SAM, "2028-11-08 09:00", """Ruth, confirmed: programs on December 8.

Sam"""),
        labels=dict(due=["2028-12-05"],  # an earlier delivery asked for is a change (1427)
                    cr=["the programs could be ready a few days earlier, say December 5"]),
    ),
    Mail(
        1817, "soap-thanksgiving-week", SOAP, SAM, "2028-11-13 13:30", "Timing",
        """Heads up, we're closed Thanksgiving week, back Monday the 27th. Anything you need from us before then, let me know by Friday.

Jade""",
        style="gmail",
        labels=dict(due=["2028-11-17"]),  # "let me know by Friday": a deadline (tune31)
    ),
    Mail(
        1818, "dutch-dates-dayfirst", DUTCH, SAM, "2028-11-13 15:00", "Planning",
        """Hello Sam,

Planning for the winter campaign: designs 24/11, final files 1/12, campaign starts 4/12. The sale ends 31/12.

Anouk""",
        style="outlook",
        labels=dict(due=["2028-11-24", "2028-12-01", "2028-12-04"], **EU),
    ),
    Mail(
        1819, "tech-webinar-reminder", TECH, SAM, "2028-11-14 09:20", "Webinar",
        """Sam, reminder that the webinar itself is December 5 at 10am PT. The landing page has to be live a week before, and the reminder email goes out the day before.

Sanjay""",
        style="gmail",
        labels=dict(due=["2028-11-28", "2028-12-04"]),
    ),
]
