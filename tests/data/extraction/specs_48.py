"""The forty-third labelled set (1000-1019, the first four-digit numbers), written on
2026-12-06 (eighteenth session) after tune34's fixes and before any tuning on it, scored
blind, then tuned on: the split ``tune35``.

A week of mail (24-28 May 2027) about days, since due dates are what the blind splits get
wrong most often after change requests (25 missed, 18 read where none is): "EOM", "first
thing Monday", "two weeks from today", "the 15th of next month", "no later than noon on
6/3", "this Friday" and "next Friday", a pasted calendar invite, a shipping schedule, an
event's load-in, a print run's press check, a webinar's promotion counted back, a vague
"mid-June" and "the week after next", a date in a file name, an anniversary, a deadline in
a PS, and a German "KW 24".
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

ANN = Person("Ann Marsh", "ann@marshgallery.com", "America/New_York")
BILL = Person("Bill Cho", "bill@choshipping.com", "America/Los_Angeles")
CASS = Person("Cass Pryor", "cass@pryorevents.com", "America/Chicago")
DORA = Person("Dora Fitz", "dora@fitzprint.com", "America/New_York")
EVE = Person("Eve Lamb", "eve@lambsoftware.com", "America/Los_Angeles")
FINN = Person("Finn Kerr", "finn@kerrbrewing.com", "America/Denver")
GAIL = Person("Gail Roth", "gail@rothdental.com", "America/New_York")
HUGH = Person("Hugh Bell", "hugh.bell@bellestates.co.uk", "Europe/London")
IRMA = Person("Irma Vogt", "i.vogt@vogt-moebel.de", "Europe/Berlin")
JOEL = Person("Joel Park", "joel@parkhvac.com", "America/Chicago")
KAY = Person("Kay Dunn", "kay@dunnflorist.com", "America/New_York")
LARS = Person("Lars Berg", "lars@bergsports.com", "America/Chicago")
MAE = Person("Mae Ross", "mae@rossbakery.com", "America/Los_Angeles")
NED_W = Person("Ned Wolfe", "ned@wolfeauto.com", "America/Chicago")
ORLA = Person("Orla Quinn", "orla@quinnbooks.ie", "Europe/Dublin")
PIP = Person("Pip Sharma", "pip@sharmayoga.com", "America/New_York")
QUIN = Person("Quin Lowe", "quin@lowehomes.com", "America/Denver")
RHEA = Person("Rhea Das", "rhea@dastea.com", "America/New_York")
SETH_B = Person("Seth Brown", "seth@brownlaw.com", "America/Chicago")
TESSA = Person("Tessa Gray", "tessa@graykids.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1000, "gallery-eom", ANN, SAM, "2027-05-24 09:00", "Summer show invite",
        """Hi Sam, we need the summer show invitations printed by EOM. Budget $2,200.

Ann""",
        style="gmail",
        labels=dict(due=["2027-05-31"], budgets=[("2200", "USD")]),
    ),
    Mail(
        1001, "shipping-first-thing", BILL, SAM, "2027-05-24 10:30", "Trade ad",
        """Sam - can you have the trade ad files to me first thing Monday? The magazine
closes Tuesday.

Bill""",
        style="gmail",
        labels=dict(due=["2027-05-31", "2027-06-01"]),
    ),
    Mail(
        1002, "events-two-weeks-from-today", CASS, SAM, "2027-05-24 12:00", "Sponsor deck",
        """Sam,

We need the sponsor deck two weeks from today. The sponsor meeting itself is on June 10,
at their offices.

Cass""",
        style="gmail",
        labels=dict(due=["2027-06-07"]),
    ),
    Mail(
        1003, "print-press-check", DORA, SAM, "2027-05-24 14:00", "Catalog printing",
        """Hi Sam,

Press check for the catalog is scheduled for June 3 at 8am at our plant. We need final
files by May 28 to hold that slot.

Dora""",
        style="outlook",
        labels=dict(due=["2027-05-28"]),
    ),
    Mail(
        1004, "software-webinar-counted-back", EVE, SAM, "2027-05-24 16:00", "Webinar promo",
        """Sam,

Our webinar is on June 24. Promotion should start three weeks before, so the emails and
social posts need to be ready by then.

Eve""",
        style="gmail",
        labels=dict(due=["2027-06-03"]),
    ),
    Mail(
        1005, "brewing-this-next-friday", FINN, SAM, "2027-05-25 09:10", "Tap takeover",
        """Hey Sam, the tap takeover poster needs to be up this Friday. The event itself is
next Friday.

Finn""",
        style="gmail",
        labels=dict(due=["2027-05-28"]),
    ),
    Mail(
        1006, "dental-noon-us-date", GAIL, SAM, "2027-05-25 10:00", "Postcard",
        """Sam, the mail house needs the postcard files no later than noon on 6/3. Thanks!

Gail""",
        style="gmail",
        labels=dict(due=["2027-06-03"]),
    ),
    Mail(
        1007, "estates-uk-15th-next-month", HUGH, LUCA, "2027-05-25 11:30", "Brochure",
        """Hi Luca,

The new development brochure should be with the printers by the 15th of next month. The
show home opens on 1 July.

Hugh""",
        style="gmail",
        labels=dict(due=["2027-06-15"], day_first=True, default_currency="GBP"),
    ),
    Mail(
        1008, "moebel-kw", IRMA, LUCA, "2027-05-25 13:00", "Anzeigen Juni",
        """Hallo Luca,

die Anzeigen erscheinen in KW 24. Die Druckdaten brauchen wir bis Freitag, 4. Juni.

Gruß
Irma""",
        style="gmail",
        labels=dict(due=["2027-06-04"], **EU),
    ),
    Mail(
        1009, "hvac-calendar-invite", JOEL, SAM, "2027-05-25 15:00", "Fwd: Invitation",
        """Sam, see below, and we need the summer tune-up mailer by June 8.

Invitation: Summer campaign review
When: Wednesday, June 2, 2027 2:00 PM - 3:00 PM (CDT)
Where: Zoom""",
        style="gmail",
        labels=dict(due=["2027-06-08"]),
    ),
    Mail(
        1010, "florist-vague-mid-june", KAY, SAM, "2027-05-26 09:00", "Wedding season",
        """Sam, let's plan the wedding season ads for mid-June, and the bridal fair booth for
the week after next. No rush on either yet.

Kay""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1011, "sports-file-name-date", LARS, SAM, "2027-05-26 10:30", "Re: Catalog",
        """Thanks, I've saved it as catalog_final_2027-05-20.pdf. One last thing: the cover
needs to say "Summer 2027", not "Spring 2027". Can we have that by Friday?

Lars""",
        style="gmail",
        quote=Quote(SAM, "2027-05-25 17:00", """Lars, the catalog final is attached.

Sam"""),
        labels=dict(due=["2027-05-28"], cr=["needs to say \"Summer 2027\""]),
    ),
    Mail(
        1012, "bakery-anniversary", MAE, SAM, "2027-05-26 12:00", "10th anniversary",
        """Hi Sam!

We opened on June 12, 2017, so our 10th anniversary is June 12 this year. We'd love a
poster for the window and a post for that day. Can we see drafts by June 1?

Mae""",
        style="gmail",
        labels=dict(due=["2027-06-01", "2027-06-12"]),
    ),
    Mail(
        1013, "auto-ps-deadline", NED_W, SAM, "2027-05-26 14:00", "Summer sale",
        """Sam, thanks for the plan, looks good to me.

Ned

PS the radio spots have to be at the stations by June 4.""",
        style="gmail",
        labels=dict(due=["2027-06-04"]),
    ),
    Mail(
        1014, "books-irish-week-dates", ORLA, LUCA, "2027-05-26 15:30", "Summer reading",
        """Hi Luca,

The summer reading display goes in the week of 21 June. Could we have the posters by
Thursday 17 June?

Orla""",
        style="gmail",
        labels=dict(due=["2027-06-17"], day_first=True, default_currency="EUR"),
    ),
    Mail(
        1015, "yoga-tomorrow-eod", PIP, SAM, "2027-05-27 08:30", "Schedule change",
        """Hi Sam, the studio schedule graphic needs to be updated by tomorrow EOD, Tuesday
classes move to 6pm.

Pip""",
        style="gmail",
        quote=Quote(SAM, "2027-05-20 12:00", """Pip, the studio schedule graphic is attached.

Sam"""),
        labels=dict(due=["2027-05-28"], cr=["needs to be updated"]),
    ),
    Mail(
        1016, "homes-open-house-sat", QUIN, SAM, "2027-05-26 10:00", "Open house",
        """Sam, open house is this Saturday 10-2. Can the signs be ready by Thursday?

Quin""",
        style="gmail",
        labels=dict(due=["2027-05-27"]),
    ),
    Mail(
        1017, "tea-past-and-future", RHEA, SAM, "2027-05-27 12:30", "Holiday tins",
        """Sam, last year the holiday tins shipped on October 15 and that was too late. This
year we need the tin artwork approved by August 31.

Rhea""",
        style="gmail",
        labels=dict(due=["2027-08-31"]),
    ),
    Mail(
        1018, "law-by-monday-the", SETH_B, SAM, "2027-05-27 14:00", "Newsletter",
        """Sam, please get the June newsletter to me by Monday the 7th for review.

Seth""",
        style="outlook",
        labels=dict(due=["2027-06-07"]),
    ),
    Mail(
        1019, "kids-deadline-range", TESSA, SAM, "2027-05-28 09:00", "Back to school",
        """Hi Sam, the back-to-school emails go out between August 2 and August 6, so we need
the first one ready by July 26.

Tessa""",
        style="gmail",
        labels=dict(due=["2027-07-26"]),
    ),
]
