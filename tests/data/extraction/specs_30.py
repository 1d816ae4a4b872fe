"""The twenty-fifth labelled set (780-799), written on 2026-12-06 (fourteenth session) after
tune23's rules and before any other; scored blind first, then tuned on (split ``tune24``;
both scores in docs/performance.md).

Mail shapes that carry the asks among other words: a long mail whose asks sit in the middle,
a numbered list of questions and statements, an HTML table of comments by page, a signature
with a slogan and a print notice, a printer's specs forwarded, emoji and "tmrw am", an
apology with a legal change, a cancellation, a hold, ASAP and EOD, success in a brief, a
"we'd love to see a version", a call about changes, a move "per my last email", a phone's
"yes to all except #2", a reply-all chain, an HTML brief of <br> lines, and an ask in a P.S.
with a weekday and a date.
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

RITA = Person("Rita Gomez", "rita@gomezlandscaping.com", "America/Denver")
PAUL_K = Person("Paul Kerr", "paul@kerrsupply.com", "America/Chicago")
ELLA = Person("Ella Shaw", "ella@shawhotels.com", "America/New_York")
GRANT = Person("Grant Ives", "grant@ivesinsurance.com", "America/Chicago")
BRENDA = Person("Brenda Fox", "brenda@foxdairy.com", "America/Chicago")
PRINT_CO = Person("Metro Print Prepress", "prepress@metroprint.com", "America/Chicago")
ZOE = Person("Zoe Hart", "zoe@hartcandles.com", "America/Los_Angeles")
LENA = Person("Lena Ortiz", "lena@ortizclinic.com", "America/New_York")
MAX = Person("Max Bell", "max@bellradio.com", "America/Chicago")
VERA = Person("Vera Lund", "vera@lundproperties.com", "America/New_York")
CHAD = Person("Chad Reese", "chad@reesetech.com", "America/Los_Angeles")
SARA_M = Person("Sara Mills", "sara@millssaas.com", "America/New_York")
DOUG = Person("Doug Park", "doug@parkauto.com", "America/Chicago")
NORA_P = Person("Nora Penn", "nora@pennfoods.com", "America/New_York")
IAN = Person("Ian Cho", "ian@chobakery.com", "America/Los_Angeles")
MARK_T = Person("Mark Tate", "mark@tatehardware.com", "America/Chicago")
JILL = Person("Jill Tate", "jill@tatehardware.com", "America/Chicago")
OLIVE = Person("Olive Grant", "olive@grantwellness.com", "America/New_York")
RAY_P = Person("Ray Porter", "ray@porterboats.com", "America/New_York")

ITEMS = [
    Mail(
        780, "landscaping-asks-in-the-middle", RITA, SAM, "2027-01-05 07:30", "Spring push",
        """Hi Sam,

Happy new year! Hope you had a good break. We had a crazy December, the snow removal side
kept everyone busy and we're only now getting our heads around spring.

I looked at the mailer again over the weekend. The lawn photo on the front still feels too
brown for a spring piece, can you swap it for one of the patio shots? And the coupon should
be good through April 30, not March 31.

We'd like it in mailboxes by March 1. Our accountant says we have about $7,000 for the
mailer and the postage together.

Anyway, thanks again for all the help last year, the team loved the truck wraps.

Rita""",
        style="gmail",
        labels=dict(due=["2027-03-01"], budgets=[("7000", "USD")],
                    cr=["swap it for one of the patio shots", "coupon should be good through"]),
    ),
    Mail(
        781, "supply-numbered-questions-and-statements", PAUL_K, SAM, "2027-01-05 10:15",
        "Re: catalog round 1",
        """Sam, my notes:

1. Cover looks great.
2. Can we see a version of page 6 with the pipe fittings in a grid?
3. The price on the copper elbow is wrong, it's $4.29.
4. Budget is fine.
5. When do you need our final product list?

Paul""",
        style="outlook",
        quote=Quote(SAM, "2027-01-04 16:00", """Paul, round 1 of the catalog is attached.

Sam"""),
        labels=dict(cr=["version of page 6", "price on the copper elbow is wrong"]),
    ),
    Mail(
        782, "hotels-html-comments-by-page", ELLA, SAM, "2027-01-06 11:00",
        "Brochure comments",
        "",
        style="html",
        html="""<html><body>
<p>Hi Sam, our comments on the brochure:</p>
<table border="1" cellpadding="4">
<tr><th>Page</th><th>Comment</th></tr>
<tr><td>2</td><td>Swap the lobby photo for the rooftop one</td></tr>
<tr><td>5</td><td>Typo in "recieve"</td></tr>
<tr><td>8</td><td>Looks good</td></tr>
</table>
<p>Thanks,<br>Ella</p>
</body></html>
""",
        labels=dict(cr=["Swap the lobby photo", "Typo in"]),
    ),
    Mail(
        783, "insurance-signature-slogan", GRANT, SAM, "2027-01-05 14:20", "Radio script",
        """Sam,

Script approved. Please send it to the station.

Grant Ives
Ives Insurance | Deadline-driven since 1985
(312) 555-0177
Please consider the environment before printing this email.""",
        style="outlook",
        labels=dict(),
    ),
    Forward(
        784, "dairy-printer-specs-forwarded", BRENDA, SAM, "2027-01-06 09:40",
        "Sam, specs from our printer below. Please make sure the files follow them.\n\nBrenda",
        Mail(
            0, "printer-specs", PRINT_CO, BRENDA, "2027-01-05 16:00", "File specs",
            """Hi Brenda,

For the carton job, files must be PDF/X-1a with 3mm bleed. All colours must be CMYK, no
spot colours.

Metro Print Prepress""",
            style="outlook",
        ),
        labels=dict(req=["PDF/X-1a with 3mm bleed", "must be CMYK"]),
    ),
    Mail(
        785, "candles-emoji-tmrw", ZOE, SAM, "2027-01-06 19:45", "Re: holiday recap email",
        """Love it!!! 😍 just one thing - can the logo be a tad bigger? 🙏 need it by tmrw am

Zoe""",
        style="apple",
        quote=Quote(SAM, "2027-01-06 15:00", """Zoe, the recap email draft is attached.

Sam"""),
        labels=dict(due=["2027-01-07"], cr=["logo be a tad bigger"]),
    ),
    Mail(
        786, "clinic-apology-legal-change", LENA, SAM, "2027-01-05 16:40", "Re: ad copy",
        """Sorry to be a pain, but legal just flagged that we can't say "best". Can you change
it to "one of the best"?

Lena""",
        style="gmail",
        quote=Quote(SAM, "2027-01-05 11:00", """Lena, the ad copy is attached.

Sam"""),
        labels=dict(cr=["change it to \"one of the best\""]),
    ),
    Mail(
        787, "radio-cancel-spot", MAX, SAM, "2027-01-06 08:30", "Radio spot",
        """Sam, we need to cancel the radio spot, the station went under. Sorry!

Max""",
        style="gmail",
        labels=dict(cr=["cancel the radio spot"]),
    ),
    Mail(
        788, "properties-hold", VERA, SAM, "2027-01-05 13:00", "Print run",
        """Please put the print run on hold until we hear from the landlord.

Vera""",
        style="gmail",
        labels=dict(cr=["put the print run on hold"]),
    ),
    Mail(
        789, "tech-asap-eod", CHAD, SAM, "2027-01-06 09:05", "logo files",
        """Need the revised logo files ASAP, EOD at the latest.

Chad""",
        style="gmail",
        labels=dict(due=["2027-01-06"]),
    ),
    Mail(
        790, "saas-success-in-brief", SARA_M, SAM, "2027-01-05 10:00", "Trial campaign brief",
        """Hi Sam,

Brief for the Q1 trial campaign:

What success looks like: 2,000 trial sign-ups and a cost per sign-up under $15.
Channels: LinkedIn and search.
Budget: $30,000 for media.
Launch: February 8.

Sara""",
        style="gmail",
        labels=dict(due=["2027-02-08"], budgets=[("30000", "USD")],
                    obj=["2,000 trial sign-ups"]),
    ),
    Mail(
        791, "auto-love-to-see-version", DOUG, SAM, "2027-01-06 15:15", "Re: service ad",
        """Nice work. We'd love to see a version with the truck on the left.

Doug""",
        style="gmail",
        quote=Quote(SAM, "2027-01-06 10:00", """Doug, the service ad is attached.

Sam"""),
        labels=dict(cr=["version with the truck on the left"]),
    ),
    Mail(
        792, "foods-call-about-changes", NORA_P, SAM, "2027-01-05 12:30", "Re: packaging",
        """Can we hop on a call tomorrow to discuss the changes? I have a few ideas.

Nora""",
        style="gmail",
        quote=Quote(SAM, "2027-01-05 09:00", """Nora, packaging round 2 attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        793, "bakery-per-my-last-email", IAN, SAM, "2027-01-06 17:20",
        "Re: Re: Fwd: launch timing",
        """Per my last email, the launch is now Feb 3, not Jan 27.

Ian""",
        style="gmail",
        quote=Quote(SAM, "2027-01-06 12:00", """Ian, confirming the launch on Jan 27.

Sam"""),
        labels=dict(due=["2027-02-03"], replaced=["2027-01-27"],
                    cr=["launch is now Feb 3, not Jan 27"]),
    ),
    Mail(
        794, "wellness-yes-to-all-except", OLIVE, SAM, "2027-01-06 20:10", "Re: 3 changes",
        """Yes to all 3 except #2 - keep the old photo there.

Sent from my iPhone""",
        style="apple",
        quote=Quote(SAM, "2027-01-06 14:00", """Olive, I suggest three changes:
1. a bigger headline
2. a new photo on page 2
3. a shorter intro

Sam"""),
        labels=dict(cr=["keep the old photo there"]),
    ),
    Mail(
        795, "hardware-reply-all-chain", MARK_T, SAM, "2027-01-06 11:45", "Re: flyer",
        """Agree with Jill. Let's also add the store hours to the back. Files by the 22nd.

Mark""",
        style="outlook",
        cc=(JILL,),
        quote=Quote(JILL, "2027-01-06 10:30", """I think the flyer works, but the map is too
small.

Jill"""),
        labels=dict(due=["2027-01-22"], cr=["add the store hours to the back"]),
    ),
    Mail(
        796, "boats-html-br-brief", RAY_P, SAM, "2027-01-05 15:50", "Boat show",
        "",
        style="html",
        html="""<html><body><div>Hi Sam,<br><br>
For the boat show we need:<br>
- a 10ft banner<br>
- 500 brochures<br>
<br>
Everything must show our new dealer number 0451.<br>
Show opens Feb 18, so we need it all by Feb 10.<br>
We have $9,500.<br><br>
Ray</div></body></html>
""",
        labels=dict(due=["2027-02-10"], budgets=[("9500", "USD")],
                    req=["new dealer number 0451"]),
    ),
    Mail(
        797, "hardware-ps-weekday-date", MARK_T, SAM, "2027-01-05 09:00", "Thanks",
        """Sam, thanks for the quick turnaround on the signs.

Mark

P.S. Can you bump the font size on the window decal? We install Thu 1/14.""",
        style="gmail",
        labels=dict(due=["2027-01-14"], cr=["bump the font size on the window decal"]),
    ),
    Mail(
        798, "dairy-past-event-and-future", BRENDA, SAM, "2027-01-06 14:10", "Re: recap",
        """The open house on December 12 went great, thanks. For the spring one on April 10 we'll
need the invitations out three weeks before.

Brenda""",
        style="gmail",
        labels=dict(due=["2027-03-20"]),
    ),
    Mail(
        799, "candles-moved-by-client-fyi", ZOE, SAM, "2027-01-05 11:30", "FYI",
        """FYI, we moved our warehouse sale from Jan 16 to Jan 23 on our end, nothing changes for
your work, the ads already say "this month".

Zoe""",
        style="gmail",
        labels=dict(),
    ),
]
