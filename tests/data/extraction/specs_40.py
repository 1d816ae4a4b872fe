"""The thirty-fifth labelled set (116-135, in the first split's unused numbers), written on
2026-12-06 (eighteenth session) after tune27's fixes and before any tuning on it, scored
blind, then tuned on: the split ``tune28``.

A week of mail (29 March - 2 April 2027): an Outlook HTML table of changes, a long mail of
several asks above its quoted history, a two-word phone move, Italian, Japanese and German
English, a forward of a forward, a choice between options with the budget kept, relative
days ("in two weeks", "by the end of next week"), a range set aside, an accessibility rule
beside an office closure, an app's goal, a rival's TV spend beside what the client can do,
a call beside a deadline, a purchase order raised, a status question, an iPad go-ahead with
one more ask, and an Outlook reply whose signature is full of days.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

HARPER = Person("Harper Quinn", "hquinn@quinnlegal.com", "America/New_York")
OMAR = Person("Omar Haddad", "omar@haddadrugs.com", "America/Chicago")
JAY = Person("Jay Patel", "jay@pateldental.com", "America/Los_Angeles")
GIULIA = Person("Giulia Conti", "giulia.conti@contiolio.it", "Europe/Rome")
YUKI = Person("Yuki Tanaka", "y.tanaka@tanaka-ceramics.jp", "Asia/Tokyo")
STEFAN = Person("Stefan Braun", "s.braun@braun-optik.de", "Europe/Berlin")
MOLLY = Person("Molly Reed", "molly.reed@cedarhillsclinic.org", "America/Denver")
CFO = Person("Frank Ellis", "fellis@cedarhillsclinic.org", "America/Denver")
DIRECTOR = Person("Amy Cho", "acho@cedarhillsclinic.org", "America/Denver")
LENA = Person("Lena Fox", "lena@foxandfern.com", "America/New_York")
RICK = Person("Rick Stone", "rick@stoneroofing.com", "America/Chicago")
PRIT = Person("Pritika Rao", "pritika@raoanalytics.io", "America/Los_Angeles")
COLE = Person("Cole Baker", "cole@bakerbrews.com", "America/Denver")
ANNA = Person("Anna Lind", "anna@lindbikes.com", "America/New_York")
MARIA = Person("Maria Gomez", "mgomez@gomezmarkets.com", "America/Chicago")
EVAN = Person("Evan Hart", "evan@hartvets.com", "America/New_York")
DEB = Person("Deb Moore", "dmoore@moorehomes.com", "America/Denver")
LOU = Person("Lou Grant", "lou@grantsbistro.com", "America/New_York")
KATE = Person("Kate Winslow", "kwinslow@winslowbank.com", "America/New_York")

ITEMS = [
    Mail(
        116, "legal-outlook-html-change-table", HARPER, SAM, "2027-03-29 09:05",
        "RE: Website copy round 2", "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p>
<p class="MsoNormal">Our comments on round 2 are in the table below.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Page</b></p></td><td><p class="MsoNormal"><b>Comment</b></p>
</td></tr>
<tr><td><p class="MsoNormal">Home</p></td><td><p class="MsoNormal">Replace &ldquo;cheap&rdquo;
with &ldquo;affordable&rdquo; in the hero line</p></td></tr>
<tr><td><p class="MsoNormal">About</p></td><td><p class="MsoNormal">Add Maria Lopez to the
team section</p></td></tr>
<tr><td><p class="MsoNormal">Contact</p></td><td><p class="MsoNormal">The office hours are
wrong, we close at 5:30</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Every page must carry the attorney advertising notice in the footer.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would like to go live on April 12.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Harper</p>
</div></body></html>""",
        labels=dict(due=["2027-04-12"],
                    cr=["in the hero line", "Add Maria Lopez to the team section",
                        "office hours are wrong"],
                    req=["attorney advertising notice in the footer"]),
    ),
    Mail(
        117, "rugs-long-several-asks", OMAR, SAM, "2027-03-29 10:40", "Re: Spring sale plan",
        """Hi Sam,

Thanks for the plan, it's a good start. A few thoughts after going through it with the
team.

The radio script mentions 40% off, but the sale is up to 50% off, so that needs
correcting. We'd also like to drop the newspaper insert entirely and put that money into
Facebook instead. For the TV spot, could the voiceover be a woman this time?

The sale starts on April 17, so all the ads have to be running by then. Our total budget
stays at $38,000.

What we really want from this sale is to clear the winter stock and get 300 people into
the new showroom.

Omar""",
        style="gmail",
        quote=Quote(SAM, "2027-03-26 15:00", """Omar, here's the plan for the spring sale:
radio from April 10, the insert on April 15, TV from April 12. Let me know your thoughts.

Sam"""),
        labels=dict(due=["2027-04-17"], budgets=[("38000", "USD")],
                    cr=["needs correcting", "drop the newspaper insert",
                        "could the voiceover be a woman"],
                    obj=["clear the winter stock"]),
    ),
    Mail(
        118, "dental-phone-push", JAY, SAM, "2027-03-29 11:02", "Re: eblast",
        """pls push the eblast to thurs. thx

Sent from my iPhone""",
        style="gmail",
        quote=Quote(SAM, "2027-03-26 12:00", """Jay, the April eblast is set to go out Tuesday
March 30 at 9am.

Sam"""),
        labels=dict(due=["2027-04-01"], cr=["push the eblast to thurs"]),
    ),
    Mail(
        119, "olio-italian-english", GIULIA, LUCA, "2027-03-29 12:30", "Re: Brochure",
        """Dear Luca,

thank you for the draft. We would need that the brochure is ready for the 15 of April,
because we bring it to Vinitaly. Please, can you make the photo of the bottle more big? It
is the most important thing.

Kind regards
Giulia""",
        style="gmail",
        quote=Quote(LUCA, "2027-03-26 10:00", """Giulia, the first draft of the brochure is
attached.

Luca"""),
        labels=dict(due=["2027-04-15"], cr=["make the photo of the bottle more big"], **EU),
    ),
    Mail(
        120, "ceramics-japanese-english", YUKI, LUCA, "2027-03-29 13:10",
        "Re: Catalogue cover",
        """Dear Mr. Bianchi,

Thank you very much for your kind work. I am sorry to trouble you, but could you kindly
revise the color of the title to dark green? Our president feels the red is too strong.

We hope to receive the revised version by April 6.

Best regards,
Yuki Tanaka""",
        style="outlook",
        quote=Quote(LUCA, "2027-03-26 09:00", """Dear Ms Tanaka, the catalogue cover is
attached for your review.

Luca"""),
        labels=dict(due=["2027-04-06"], cr=["revise the color of the title to dark green"]),
    ),
    Mail(
        121, "optik-german-english", STEFAN, LUCA, "2027-03-29 14:00", "Print data",
        """Dear Mr Bianchi,

please consider that the deadline for the print data is 09.04.2027. Please note: the claim
must always be in German, also in the English version.

Kind regards
Stefan Braun""",
        style="outlook",
        labels=dict(due=["2027-04-09"], req=["the claim must always be in German"], **EU),
    ),
    Forward(
        122, "clinic-forward-of-forward", MOLLY, SAM, "2027-03-29 15:30",
        "Sam, see Amy's notes below (from Frank originally). Can you work these in?",
        Forward(
            0, "clinic-amy", DIRECTOR, MOLLY, "2027-03-29 14:10",
            "Molly - passing this on, please get the agency to handle it.",
            Mail(
                0, "clinic-frank", CFO, DIRECTOR, "2027-03-29 12:00", "Patient mailer",
                """Amy,

The patient mailer can't show prices, legal won't allow it. Please take the
price table out and replace it with a line saying "Ask us about payment plans".
It has to be in mailboxes by April 20.

Frank""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-04-20"], cr=["price table out"],
                    req=["can't show prices"]),
    ),
    Mail(
        123, "fern-option-b", LENA, SAM, "2027-03-30 08:50", "Re: Logo options",
        """Confirmed, we'll go with option B. Budget stays at 12k.

Lena""",
        style="gmail",
        quote=Quote(SAM, "2027-03-29 17:00", """Lena, three logo options are attached. We
need your pick by April 2 to keep the April 16 launch.

Sam"""),
        labels=dict(budgets=[("12000", "USD")]),
    ),
    Mail(
        124, "roofing-two-weeks", RICK, SAM, "2027-03-30 09:30", "Truck wraps",
        """Sam,

Could we have the first concepts for the truck wraps in two weeks? We've got three trucks,
all the same model.

Rick""",
        style="gmail",
        labels=dict(due=["2027-04-13"]),
    ),
    Mail(
        125, "analytics-end-of-next-week", PRIT, SAM, "2027-03-30 11:15", "Webinar deck",
        """Hi Sam,

For the webinar deck, we'd need a first version by the end of next week. We have roughly
30-35K set aside for the whole webinar series, including promotion.

Thanks!
Pritika""",
        style="gmail",
        labels=dict(due=["2027-04-09"], budgets=[("35000", "USD", "range", "30000")]),
    ),
    Mail(
        126, "brews-accessibility-closure", COLE, SAM, "2027-03-30 13:20", "New site",
        """Sam,

One thing for the new site: all imagery must be accessible, with alt text on every image.

Also, our office is closed on Good Friday (April 2), so expect slower replies that day. We
still need the homepage design by April 8.

Cole""",
        style="gmail",
        labels=dict(due=["2027-04-08"], req=["all imagery must be accessible"]),
    ),
    Mail(
        127, "bikes-app-goal", ANNA, SAM, "2027-03-30 15:00", "App launch campaign",
        """Hi Sam,

We're launching our rental app on May 3. The aim is to get 2,000 downloads in the first
month, mostly from people who already ride with us. We'd like the campaign ready to go
on launch day. Budget is $22,000.

Anna""",
        style="gmail",
        labels=dict(due=["2027-05-03"], budgets=[("22000", "USD")],
                    obj=["2,000 downloads in the first month"]),
    ),
    Mail(
        128, "markets-rival-tv", MARIA, SAM, "2027-03-31 09:00", "Spring TV",
        """Sam, heads up: Freshway is spending like 100k on TV this spring. We can't match
that, we can only do 15k, so let's make it count. Maybe radio instead?

Maria""",
        style="gmail",
        labels=dict(budgets=[("15000", "USD")], non_budget=[("100000", "USD", "other")]),
    ),
    Mail(
        129, "vets-call-and-deadline", EVAN, SAM, "2027-03-31 10:30", "Mockups",
        """Hi Sam,

Let's talk on Thursday at 10 about the mockups. They need to be final by April 14, since
the printer is booked for the 15th.

Evan""",
        style="gmail",
        labels=dict(due=["2027-04-14", "2027-04-15"]),
    ),
    Mail(
        130, "homes-po-raised", DEB, SAM, "2027-03-31 11:45", "PO for the brochure",
        """Hi Sam,

PO 88812 was raised yesterday for $4,200, so you can go ahead with the brochure. Let me
know if accounts need anything else.

Deb""",
        style="gmail",
        labels=dict(budgets=[("4200", "USD")]),
    ),
    Mail(
        131, "bistro-status-question", LOU, SAM, "2027-03-31 13:00", "flyer",
        """Did you already change the phone number on the flyer? The printer is asking.

Lou""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        132, "bank-ipad-go-ahead", KATE, SAM, "2027-03-31 14:40", "Re: Branch poster",
        """Yes please go ahead with the print run of 5,000. Can we add a QR code on the back
linking to the rates page?

Kate

Sent from my iPad""",
        style="apple",
        quote=Quote(SAM, "2027-03-31 09:00", """Kate, the final branch poster is attached.

Sam"""),
        labels=dict(cr=["add a QR code on the back"]),
    ),
    Mail(
        133, "bank-signature-days", KATE, SAM, "2027-04-01 09:20", "RE: Rates flyer",
        """Sam,

Please swap the hero image for the one attached and send a new proof by Wednesday.

Kate""",
        style="outlook",
        signature=("Kate Winslow | VP Marketing | Winslow Community Bank\n"
                   "Join us at our Community Day on April 24!\n"
                   "Branches closed Monday, May 31 for Memorial Day.\n"
                   "Member FDIC. Equal Housing Lender."),
        quote=Quote(SAM, "2027-03-31 17:00", """Kate, the rates flyer proof is attached.

Sam"""),
        labels=dict(due=["2027-04-07"], cr=["swap the hero image"]),
    ),
    Mail(
        134, "roofing-budget-question-answer", RICK, SAM, "2027-04-01 10:10", "Re: Truck wraps",
        """> What budget should we plan for the three wraps?
About 9 grand all in, printing and install included.

> Any colours we must avoid?
No green, it's our competitor's colour.

Rick""",
        style="gmail",
        labels=dict(budgets=[("9000", "USD")], req=["No green"]),
    ),
    Mail(
        135, "fern-reverts", LENA, SAM, "2027-04-01 15:30", "Re: Option B refinements",
        """Sorry to go back and forth, but can we go back to the original font from option B?
The new one feels too thin. Everything else is great.

Lena""",
        style="gmail",
        quote=Quote(SAM, "2027-04-01 11:00", """Lena, option B refined with the new font is
attached.

Sam"""),
        labels=dict(cr=["go back to the original font"]),
    ),
]
