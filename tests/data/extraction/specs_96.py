"""The ninety-first labelled set (1940-1959), written on 2026-12-07 (twenty-ninth session)
after tune68's rules and before any rule of its own: the split ``tune69``, scored blind first,
then tuned on.

Due dates, where the blind splits are wrong most often (36 wrong against 31 missed): a
deadline told as a plain fact ("posting date is 2 February", "Erscheinungstermin ist der
26.01."), counted from the mail ("in two weeks", "a week from Friday"), "no later than", "by
mid-February", "EOD tomorrow", day-first numbers from a European writing English, French,
German and Spanish; among days that are no deadline: a kickoff call, an office closure, the
writer's leave, a sale's last day, an invoice's date, the events a newsletter lists, a board
meeting in a condition, quoted history. Dates run in the week of 8 January 2029 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

OUTDOOR = Person("Olly Barnes", "olly@fellandford.co.uk", "Europe/London")
DANCE = Person("Mia Chen", "mia@stepupdance.com", "America/Los_Angeles")
RETAIL = Person("Danielle Ross", "dross@harborhome.com", "America/New_York")
SAAS = Person("Kevin Liu", "kevin@ledgerly.io", "America/Los_Angeles")
FOUND = Person("Victor Hale", "vhale@halefoundation.org", "America/Chicago")
COOP = Person("Megan Ward", "megan@valleyfoodcoop.org", "America/Denver")
FAIR = Person("Anke Vos", "anke@vos-tuinen.nl", "Europe/Amsterdam")
SKIS = Person("Rick Dalton", "rick@summitskishop.com", "America/Denver")
GARDEN = Person("Emma Stone", "emma@greenleafgardens.com", "America/New_York")
GARDEN_OPS = Person("Raj Patel", "raj@greenleafgardens.com", "America/New_York")
PRINTER = Person("Printco Scheduling", "schedule@printco.com", "America/New_York")
BOOTH = Person("Gail Foster", "gfoster@fostertools.com", "America/Chicago")
AGENCY_CLIENT = Person("Tom Reilly", "tom@reillyplumbing.com", "America/New_York")
BANK3 = Person("Priya Raman", "praman@cedarcu.org", "America/New_York")
RADIO = Person("Luis Ortega", "luis@ortegaautos.com", "America/Los_Angeles")
PARK = Person("Sandra Kim", "skim@maplewoodparks.org", "America/Chicago")
ZEITUNG = Person("Markus Braun", "m.braun@braun-immobilien.de", "Europe/Berlin")
SITE_FR = Person("Élodie Martin", "elodie@atelier-martin.fr", "Europe/Paris")
SPOTS = Person("Diego Herrera", "diego@herreramotos.es", "Europe/Madrid")
HOSP = Person("Janet Cole", "jcole@riverviewhealth.org", "America/New_York")
EXEC = Person("Nina Park", "nina@brightpath.ai", "America/Los_Angeles")
CAFE2 = Person("Ben Ward", "ben@wardcoffee.com", "America/Chicago")

ITEMS = [
    Mail(
        1940, "outdoor-posting-date", OUTDOOR, SAM, "2029-01-08 09:15", "Spring catalogue",
        """Hi Sam,

Posting date for the spring catalogue is 2 February, so we'd need print-ready files a week before.

Cheers,
Olly""",
        style="gmail",
        labels=dict(due=["2029-02-02", "2029-01-26"], **UK),
    ),
    Mail(
        1941, "dance-week-from-friday", DANCE, SAM, "2029-01-08 11:02", "reel",
        """need the recital reel live a week from Friday, thx""",
        style="apple",
        labels=dict(due=["2029-01-19"]),
    ),
    Mail(
        1942, "retail-q1-dates-list", RETAIL, SAM, "2029-01-08 13:30", "Q1 dates",
        """Hi Sam,

Happy new year! A few dates for Q1:

- Our kickoff call is Tuesday Jan 16 at 10am.
- The office is closed Monday Jan 15 for MLK Day.
- The Valentine's email has to go out February 8.
- I'm out Jan 22-26.
- The spring lookbook must be in-market by March 1.

Let me know if any of this is a problem.

Thanks,
Danielle""",
        style="outlook",
        labels=dict(due=["2029-02-08", "2029-03-01"]),
    ),
    Mail(
        1943, "saas-two-weeks-budget", SAAS, SAM, "2029-01-08 16:40", "Following our call",
        """Hi Sam,

Following our call, we'd like the first concepts in two weeks. Budget is $12,000 for the concept phase.

Kevin""",
        style="gmail",
        labels=dict(due=["2029-01-22"], budgets=[("12000", "USD")]),
    ),
    Mail(
        1944, "foundation-no-later-than", FOUND, SAM, "2029-01-09 08:30", "Annual report timing",
        """Sam,

The annual report must be at the printer no later than Friday, March 2. The board wants the final numbers included, which we'll have by end of January.

Regards,
Victor Hale""",
        style="outlook",
        labels=dict(due=["2029-03-02"]),  # the numbers are the client's own part
    ),
    Mail(
        1945, "coop-html-status-table", COOP, SAM, "2029-01-09 10:00", "Newsletter schedule",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is where things stand for the next few months.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Piece</b></p></td><td><p class="MsoNormal"><b>Status</b></p></td><td><p class="MsoNormal"><b>Date</b></p></td></tr>
<tr><td><p class="MsoNormal">Winter newsletter</p></td><td><p class="MsoNormal">Sent</p></td><td><p class="MsoNormal">Dec 14</p></td></tr>
<tr><td><p class="MsoNormal">Spring newsletter</p></td><td><p class="MsoNormal">Draft due to us</p></td><td><p class="MsoNormal">Feb 5</p></td></tr>
<tr><td><p class="MsoNormal">Website banner</p></td><td><p class="MsoNormal">Goes live</p></td><td><p class="MsoNormal">Feb 12</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p><p class="MsoNormal">Megan Ward</p>
<p class="MsoNormal">Member Services | Valley Food Co-op</p>
</div></body></html>
""",
        labels=dict(due=["2029-02-05", "2029-02-12"]),  # the winter one went out
    ),
    Mail(
        1946, "garden-nl-day-first", FAIR, SAM, "2029-01-09 14:20", "Files for the fair",
        """Hello Sam,

we need the final files for the 05/02, the fair starts on the 12/02.

Best regards,
Anke Vos""",
        style="gmail",
        labels=dict(due=["2029-02-05"], **EU),  # the fair is the client's event
    ),
    Mail(
        1947, "skis-sale-runs-through", SKIS, SAM, "2029-01-09 15:45", "winter sale",
        """Hi Sam, FYI our winter sale runs through January 31. The ads you built in December can keep running until then, nothing to change.

Rick""",
        style="apple",
        labels=dict(),  # a sale's last day, no work asked
    ),
    Forward(
        1948, "garden-fw-fw-printer", GARDEN, SAM, "2029-01-10 08:10",
        "Sam, see below, can you work to this?\n\nEmma",
        Forward(
            0, "garden-fw-raj", GARDEN_OPS, GARDEN, "2029-01-09 17:30",
            "Emma, see below from the printer.\n\nRaj",
            Mail(
                0, "garden-orig-printer", PRINTER, GARDEN_OPS, "2029-01-09 16:55",
                "Spring mailer slot",
                """Raj,

To make the March 9 mail drop we need final files by February 16. After that the next slot is in April.

Best,
Printco Scheduling""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2029-02-16", "2029-03-09"]),
    ),
    Mail(
        1949, "tools-mid-february", BOOTH, SAM, "2029-01-10 09:40", "Trade show booth",
        """Hi Sam,

The trade show is the first week of March, so we'd like the booth graphics by mid-February at the latest.

Gail""",
        style="gmail",
        labels=dict(due=["2029-02-15"]),  # "by mid-February": the 15th, as "by mid-March"
    ),
    Mail(
        1950, "plumbing-invoice-and-report", AGENCY_CLIENT, SAM, "2029-01-10 11:00", "Invoice",
        """Sam, paid invoice #4471 dated Dec 28 today. The December report you sent on Jan 3 looked good. Next month's report is due Feb 5 as usual.

Tom""",
        style="plain",
        labels=dict(due=["2029-02-05"]),
    ),
    Mail(
        1951, "cu-leave-sign-off", BANK3, SAM, "2029-01-10 13:15", "Before my leave",
        """Hi Sam,

I'm on maternity leave from February 1, so please send anything that needs my sign-off before January 26. Jess will cover after that.

Thanks,
Priya""",
        style="outlook",
        labels=dict(due=["2029-01-25"]),  # "before January 26": the day before
    ),
    Mail(
        1952, "radio-push-terse", RADIO, SAM, "2029-01-10 16:05", "radio",
        """push the radio spot to the 22nd pls, talent is sick""",
        style="apple",
        labels=dict(due=["2029-01-22"], cr=["push the radio spot to the 22nd"]),
    ),
    Mail(
        1953, "parks-newsletter-events", PARK, SAM, "2029-01-11 09:00", "February newsletter",
        """Hi Sam,

Here are the events for the February newsletter:

Feb 3 - Family Skate Night
Feb 10 - Chili Cook-off
Feb 17 - Winter Market

We need the newsletter out by January 29.

Sandra""",
        style="gmail",
        labels=dict(due=["2029-01-29"]),  # the events are the newsletter's content
    ),
    Mail(
        1954, "realty-de-anzeige", ZEITUNG, SAM, "2029-01-11 10:30", "Anzeige Januar",
        """Hallo Sam,

die Anzeige muss spätestens am 19.01. bei der Zeitung sein. Erscheinungstermin ist der 26.01.

Viele Grüße
Markus Braun""",
        style="outlook",
        labels=dict(due=["2029-01-19", "2029-01-26"], **EU),
    ),
    Mail(
        1955, "atelier-fr-lancement", SITE_FR, SAM, "2029-01-11 11:45", "Nouveau site",
        """Bonjour Sam,

Le lancement du site est prévu le 12 février. Pouvez-vous nous envoyer les maquettes d'ici le 26 janvier ?

Merci,
Élodie""",
        style="gmail",
        labels=dict(due=["2029-02-12", "2029-01-26"], **EU),
    ),
    Mail(
        1956, "motos-es-spots", SPOTS, SAM, "2029-01-11 12:30", "Campaña de primavera",
        """Hola Sam,

La campaña sale al aire el 5 de marzo. Necesitamos los spots terminados para el 23 de febrero.

Saludos,
Diego""",
        style="gmail",
        labels=dict(due=["2029-03-05", "2029-02-23"], **EU),
    ),
    Mail(
        1957, "hospital-if-board", HOSP, SAM, "2029-01-11 15:00", "Possible campaign",
        """Sam,

If the board approves the budget on January 18, we would want to start the campaign in February. I'll confirm after the meeting.

Janet""",
        style="outlook",
        labels=dict(),  # a board meeting, a month: no deadline yet
    ),
    Mail(
        1958, "exec-eod-cob", EXEC, SAM, "2029-01-09 18:20", "deck",
        """Sam - need the revised deck EOD tomorrow for the exec review, and the one-pager by COB Friday.""",
        style="gmail",
        labels=dict(due=["2029-01-10", "2029-01-12"]),
    ),
    Mail(
        1959, "cafe-see-you-then", CAFE2, SAM, "2029-01-10 12:00", "Re: Review",
        """Sounds good, see you then!

Ben""",
        style="apple",
        quote=Quote(SAM, "2029-01-10 09:00", """Ben, our review call is Thursday Jan 11 at 2pm and the draft will be ready January 15.

Sam"""),
        labels=dict(),  # the dates are the agency's, quoted
    ),
]
