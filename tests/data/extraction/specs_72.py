"""The sixty-seventh labelled set (1460-1479), written on 2026-12-07 (twenty-fourth session)
after tune51's rules and before any rule of its own: the split ``tune52``, scored blind
first, then tuned on.

The second week of January 2028 as it comes: changes marked in an attached PDF, an Outlook
table of page-by-page changes, a funder's acknowledgement rule, an allergy rule for a menu,
dates written every way ("Jan. 20th", "1/20/28", "the 20th of January", "Thursday the 20th"),
sums written every way ("$7.5K", "USD 7,500", "between 10 and 12 thousand"), a reply that
answers the AE's questions inline, a second thought after a go-ahead, a polite Swiss
client's English, a Dutch client's English, a deadline moved earlier by a boss, a
newsletter sign-off, a hope for press, a thank-you with a small fix, and two dates where
one is the client's event.
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

HOLLIS = Person("Maya Hollis", "maya@hollisarch.com", "America/Chicago")
GRETA = Person("Greta Voss", "greta@vossdental.com", "America/New_York")
AMARA = Person("Amara Obi", "amara@brightfuturesfund.org", "America/New_York")
LOUIS = Person("Louis Chen", "louis@chenkitchen.com", "America/Los_Angeles")
PEG = Person("Peg Morrow", "peg@morrowhardware.com", "America/Chicago")
TEDDY = Person("Teddy Vance", "teddy@vancerealty.com", "America/Phoenix")
JUNE = Person("June Ortega", "june@ortegasalon.com", "America/Los_Angeles")
HUGO = Person("Hugo Brandt", "hugo@brandtcycles.com", "America/Denver")
ELSA = Person("Elsa Meier", "elsa.meier@meier-uhren.ch", "Europe/Zurich")
DAAN = Person("Daan de Vries", "daan@devriesflowers.nl", "Europe/Amsterdam")
CARL = Person("Carl Dunn", "carl@dunnlogistics.com", "America/Chicago")
BELLA = Person("Bella Ruiz", "bella@ruizbakery.com", "America/Los_Angeles")
ZOE = Person("Zoe Patel", "zoe@patelwellness.com", "America/New_York")
MORGAN = Person("Morgan Lee", "morgan@leefurniture.com", "America/New_York")
ABE = Person("Abe Stein", "abe@steinjewelers.com", "America/New_York")
RUTH = Person("Ruth Kim", "ruth@kimfamilyfarm.com", "America/Chicago")
GLEN = Person("Glen Harper", "glen@harperautobody.com", "America/Denver")
IRIS = Person("Iris Novak", "iris@novakgallery.com", "America/New_York")
FAYE = Person("Faye Gordon", "faye@gordonvet.com", "America/Chicago")
TOMAS = Person("Tomas Reyes", "tomas@reyesroasters.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1460, "architects-marked-pdf", HOLLIS, SAM, "2028-01-10 09:00", "Re: Firm brochure v2",
        """Hi Sam,

Please make the changes marked in the attached PDF - mostly typos and two photo swaps. We'd
like the final by Jan. 20th so it's ready for the AIA event.

Maya""",
        style="gmail",
        labels=dict(due=["2028-01-20"], cr=["make the changes marked in the attached PDF"]),
    ),
    Mail(
        1461, "dental-outlook-change-table", GRETA, SAM, "2028-01-10 10:30",
        "Website changes", "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p>
<p class="MsoNormal">Here are the changes for the website, page by page:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Page</b></p></td>
<td><p class="MsoNormal"><b>Change</b></p></td></tr>
<tr><td><p class="MsoNormal">Home</p></td>
<td><p class="MsoNormal">Replace the hero photo with the new office photo</p></td></tr>
<tr><td><p class="MsoNormal">Team</p></td>
<td><p class="MsoNormal">Add Dr. Lin&#8217;s bio</p></td></tr>
<tr><td><p class="MsoNormal">Contact</p></td>
<td><p class="MsoNormal">Update the Saturday hours to 9&#8211;1</p></td></tr>
</table>
<p class="MsoNormal">Could these be live by 1/20/28?</p>
<p class="MsoNormal">Thanks,<br>Greta</p>
</div></body></html>
""",
        labels=dict(due=["2028-01-20"],
                    cr=["Replace the hero photo", "Add Dr. Lin’s bio",
                        "Update the Saturday hours"]),
    ),
    Mail(
        1462, "fund-acknowledgement-rule", AMARA, SAM, "2028-01-10 13:00", "Annual report",
        """Hi Sam,

One thing I forgot on our call: our funders require that every publication carries the line
"Made possible by the Halvorsen Foundation" on the back cover. The report should be at the
printer by the 20th of January.

Amara""",
        style="gmail",
        labels=dict(due=["2028-01-20"],
                    req=["funders require that every publication carries the line"]),
    ),
    Mail(
        1463, "kitchen-allergy-menu", LOUIS, SAM, "2028-01-10 15:20", "Lunar New Year menu",
        """Sam, for the new menu, every dish with peanuts or shellfish has to have the allergy
icon next to it - the health department is checking this year. Budget is USD 7,500 for
design and printing.

Louis""",
        style="gmail",
        labels=dict(budgets=[("7500", "USD")],
                    req=["every dish with peanuts or shellfish has to have the allergy\nicon"]),
    ),
    Mail(
        1464, "hardware-inline-answers", PEG, SAM, "2028-01-11 08:40", "Re: Spring flyer questions",
        """Answers below in caps.

Peg

> 1. Do you want the prices on the front or the back?
FRONT PLEASE

> 2. When do you need the printed flyers?
THURSDAY THE 20TH

> 3. Same budget as last spring ($2,000)?
YES

Sam""",
        style="plain",
        labels=dict(due=["2028-01-20"], budgets=[("2000", "USD")]),
    ),
    Mail(
        1465, "realty-second-thought", TEDDY, SAM, "2028-01-11 10:15", "Re: Open house signs",
        """Go ahead and print them. Actually, wait - can you change "Open Sunday" to "Open
Saturday & Sunday" first? Sorry!

Teddy""",
        style="apple",
        labels=dict(cr=["change \"Open Sunday\" to \"Open\nSaturday & Sunday\""]),
    ),
    Mail(
        1466, "salon-sums-every-way", JUNE, SAM, "2028-01-11 12:00", "Spring promo",
        """Hi Sam!

For the spring promo we're thinking somewhere between 10 and 12 thousand total. Of that,
no more than $7.5K on Instagram. Could we see ideas by Friday the 21st?

June""",
        style="gmail",
        labels=dict(due=["2028-01-21"],
                    budgets=[("12000", "USD", "range", "10000"), ("7500", "USD", "cap")]),
    ),
    Mail(
        1467, "cycles-boss-moved-earlier", HUGO, SAM, "2028-01-11 14:30", "Bike expo booth",
        """Sam,

My boss just told me the expo organizers want all booth graphics two days earlier, so we
now need them by January 25 instead of January 27.

Hugo""",
        style="gmail",
        labels=dict(due=["2028-01-25"], replaced=["2028-01-27"],
                    cr=["need them by January 25 instead of January 27"]),
    ),
    Mail(
        1468, "watches-swiss-english", ELSA, LUCA, "2028-01-12 09:10", "Re: Advertisement Basel",
        """Dear Luca,

Many thanks for the draft. We would kindly ask you to replace the grey background with the
deep blue of our corporate design. The watch must always be shown at ten past ten, this is
our house rule.

We would appreciate receiving the final version until 24.1.

Kind regards
Elsa Meier""",
        style="outlook",
        labels=dict(due=["2028-01-24"],
                    cr=["replace the grey background with the\ndeep blue"],
                    req=["The watch must always be shown at ten past ten"],
                    day_first=True, default_currency="CHF"),
    ),
    Mail(
        1469, "flowers-dutch-english", DAAN, LUCA, "2028-01-12 11:00", "Valentine campaign",
        """Hi Luca,

The Valentine banners look good but the text is too long for mobile, please make it
shorter. And we want also a version in Dutch. Deadline is 1 February.

Groeten,
Daan""",
        style="gmail",
        labels=dict(due=["2028-02-01"],
                    cr=["the text is too long for mobile", "we want also a version in Dutch"],
                    **EU),
    ),
    Mail(
        1470, "logistics-newsletter-signoff", CARL, SAM, "2028-01-12 13:20",
        "Re: January newsletter",
        """Looks good to me, send it. Thanks Sam.

Carl Dunn
Dunn Logistics | Proud sponsor of the Jan 29 Food Bank Drive""",
        style="plain",
        labels=dict(),
    ),
    Mail(
        1471, "bakery-hope-for-press", BELLA, SAM, "2028-01-12 15:00", "Grand reopening",
        """Hi Sam,

We're reopening on February 14 after the remodel. We'd love to get some local press out of
it, ideally a story in the Courier, and at least 300 people through the door that weekend.

Bella""",
        style="gmail",
        labels=dict(due=["2028-02-14"], obj=["at least 300 people through the door"]),
    ),
    Mail(
        1472, "wellness-thanks-small-fix", ZOE, SAM, "2028-01-13 09:30", "Re: Yoga retreat email",
        """Thank you, this is lovely! Just one small thing - the retreat is in Sedona, not
Scottsdale. Otherwise good to go.

Zoe""",
        style="apple",
        labels=dict(cr=["the retreat is in Sedona, not\nScottsdale"]),
    ),
    Mail(
        1473, "furniture-event-and-deadline", MORGAN, SAM, "2028-01-13 10:45",
        "Warehouse sale",
        """Hi Sam,

Our warehouse sale is January 29-30. We need the newspaper ad to the Gazette by Monday the
24th, and the social posts should start the 26th.

Morgan""",
        style="gmail",
        labels=dict(due=["2028-01-24", "2028-01-26"]),
    ),
    Mail(
        1474, "jewelers-terse-date", ABE, SAM, "2028-01-13 12:00", "Re: Valentine's window",
        """Looks great. Need it installed by 2/7.

Abe""",
        style="plain",
        quote=Quote(SAM, "2028-01-12 17:30", """Abe, here's the final window design for
Valentine's.

Sam"""),
        labels=dict(due=["2028-02-07"]),
    ),
    Mail(
        1475, "farm-csa-goal-and-rule", RUTH, SAM, "2028-01-13 14:40", "CSA signups",
        """Sam,

This year we want to sell out all 150 CSA shares before April. Please don't show any
produce we don't actually grow - people notice.

Ruth""",
        style="gmail",
        labels=dict(obj=["sell out all 150 CSA shares"],
                    req=["don't show any\nproduce we don't actually grow"]),
    ),
    Mail(
        1476, "autobody-range-k", GLEN, SAM, "2028-01-14 08:20", "Radio",
        """Sam - for the radio flight we can do $3-5k. Spots should start airing the week of
the 24th.

Glen""",
        style="gmail",
        labels=dict(budgets=[("5000", "USD", "range", "3000")]),
    ),
    Mail(
        1477, "gallery-opening-credits", IRIS, SAM, "2028-01-14 10:00", "Spring show invite",
        """Hi Sam,

The spring show opens March 3. Every piece we send out about it must credit the artist
and the lender, per our agreements. Could we see a first draft of the invitation next week?

Iris""",
        style="outlook",
        labels=dict(due=["2028-03-03"],
                    req=["Every piece we send out about it must credit the artist"]),
    ),
    Mail(
        1478, "vet-phone-swap", FAYE, SAM, "2028-01-14 11:30", "Re: Pet dental postcard",
        """pls swap the phone # for the new one 555-0198 and we're good""",
        style="plain",
        quote=Quote(SAM, "2028-01-13 16:00", """Faye, here's the pet dental month postcard.

Sam"""),
        labels=dict(cr=["swap the phone # for the new one"]),
    ),
    Mail(
        1479, "roasters-quoted-budget", TOMAS, SAM, "2028-01-14 15:10", "Re: Café launch",
        """Sam, agreed on everything except the budget - we can only do $9,000, not the $11,500
in your proposal. Can you scale it back?

Tomas""",
        style="gmail",
        quote=Quote(SAM, "2028-01-13 12:00", """Tomas, attached is our proposal for the café
launch: $11,500 all in, launch on February 10.

Sam"""),
        labels=dict(budgets=[("9000", "USD")], non_budget=[("11500", "USD", "other")]),
    ),
]
