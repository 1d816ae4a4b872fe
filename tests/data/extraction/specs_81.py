"""The seventy-sixth labelled set (1640-1659), written on 2026-12-07 (twenty-sixth session)
after the second opinion began reading changes in replies: the split ``blind30``, never tuned
on, scored with the session's starting code and its end.

Written to measure that reading on mail it never saw: replies that name what is wrong
without asking (phones, Outlook, HTML tables of comments, learners of English), replies
that hold only background, thanks, meetings or answers (where nothing must be read), and
first briefs beside them. Dates run in the week of 10 April 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

ROOFER = Person("Dale Hicks", "dale@hicksroofing.com", "America/Chicago")
WINERY = Person("Nora Hale", "nora@halecellars.com", "America/Los_Angeles")
GELATO = Person("Paolo Ferri", "paolo@ferrigelato.it", "Europe/Rome")
KINDER = Person("Ruth Ames", "ruth@littleoaks.org", "America/New_York")
PHYSIO = Person("Tom Reyes", "tom@reyesphysio.com", "America/Denver")
BOSS = Person("Linda Reyes", "linda@reyesphysio.com", "America/Denver")
PAINT = Person("Klaus Weber", "k.weber@weberfarben.de", "Europe/Berlin")
LIBRARY = Person("Ann Pike", "apike@eastlibrary.org", "America/New_York")
MARINA = Person("Joe Burke", "joe@burkemarina.com", "America/New_York")
BOOKS = Person("Ines Roca", "ines@librosroca.es", "Europe/Madrid")
PIZZA = Person("Vic Marino", "vic@marinospizza.com", "America/Chicago")
SOLAR = Person("Amara Obi", "amara@sunridgesolar.com", "America/Phoenix")
ZOO = Person("Greg Lamb", "glamb@cityzoo.org", "America/Chicago")
VET = Person("Dr. Lisa Wong", "lisa@wongvet.com", "America/Los_Angeles")
FLORIST = Person("Hana Sato", "hana@satoflowers.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1640, "roofer-phone-faults", ROOFER, SAM, "2028-04-10 07:12", "Re: Yard signs",
        """the truck on the sign isnt ours, ours is white. and the license # is from the old company

sent from my phone""",
        style="gmail",
        quote=Quote(SAM, "2028-04-07 16:00", """Dale, yard sign proof attached. Let me know!

Sam"""),
        labels=dict(cr=["the truck on the sign isnt ours", "the license # is from the old company"]),
    ),
    Mail(
        1641, "winery-long-reply", WINERY, SAM, "2028-04-10 10:30", "RE: Spring release mailer",
        """Hi Sam,

Thanks for the first round, the team loved the direction overall. A few notes before the second round.

The tasting room has been packed on weekends since the article in the Chronicle ran, and most of the new visitors are in their thirties, so the playful tone is spot on.

The bottle shot on the cover shows the 2024 label; the release is the 2026 Rosé, which has the pink capsule. On the back, the wine club price reads $29 but members pay $24 this year. The map to the tasting room also still has the old gravel road, the paved entrance on Route 12 opened in March.

We'd need the final files by April 21 for the printer.

Best,
Nora""",
        style="outlook",
        quote=Quote(SAM, "2028-04-06 11:00", """Hi Nora,

Here is the first round of the spring release mailer.

Sam"""),
        labels=dict(cr=["The bottle shot on the cover shows the 2024 label",
                        "the wine club price reads $29 but members pay $24 this year",
                        "The map to the tasting room also still has the old gravel road"],
                    due=["2028-04-21"],
                    non_budget=[("29", "USD", "price"), ("24", "USD", "price")]),
    ),
    Mail(
        1642, "library-html-comments", LIBRARY, SAM, "2028-04-10 13:05", "RE: Summer reading poster",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Our comments on the poster:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Where</b></p></td><td><p class="MsoNormal"><b>Comment</b></p></td></tr>
<tr><td><p class="MsoNormal">Headline</p></td><td><p class="MsoNormal">The dates are June 15 to August 10, the poster says August 1</p></td></tr>
<tr><td><p class="MsoNormal">Bottom left</p></td><td><p class="MsoNormal">The county logo is the old one with the tree</p></td></tr>
<tr><td><p class="MsoNormal">Illustration</p></td><td><p class="MsoNormal">Love it!</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Ann Pike<br>East Branch Library</p>
</div></body></html>""",
        labels=dict(cr=["the poster says August 1",
                        "The county logo is the old one with the tree"]),
    ),
    Mail(
        1643, "gelato-learner-reply", GELATO, SAM, "2028-04-10 15:40", "R: Etichette nuove",
        """Hello Sam,

thank you for the labels, are very nice. Only two things: the pistachio colour is too much green, it seems mint. And in the ingredients of the hazelnut is missing the milk, this is important for allergies.

Best regards
Paolo Ferri""",
        style="gmail",
        quote=Quote(SAM, "2028-04-07 10:00", """Hi Paolo, the new labels are attached.

Sam"""),
        labels=dict(cr=["the pistachio colour is too much green",
                        "in the ingredients of the hazelnut is missing the milk"], **EU),
    ),
    Mail(
        1644, "kinder-first-brief", KINDER, SAM, "2028-04-11 09:00", "Open house flyer",
        """Hi Sam,

We're Little Oaks, a small nonprofit kindergarten on the east side. Most of our families walk to school, and many of them speak Spanish at home.

We'd like a flyer for our open house on May 6. The goal is to fill the 12 open places for the fall. Everything we print has to be in English and Spanish, that's a rule from our board.

Our budget is around $1,200 including printing. Could we see a first draft by April 20?

Thank you,
Ruth Ames""",
        style="gmail",
        labels=dict(obj=["fill the 12 open places for the fall"],
                    req=["Everything we print has to be in English and Spanish"],
                    budgets=[("1200", "USD")], due=["2028-04-20"]),
    ),
    Mail(
        1645, "physio-approve-one-fault", PHYSIO, SAM, "2028-04-11 11:20", "Re: Website banners",
        """Looks great, approved except one thing: the woman on the treadmill is running without shoes, which we would never let a patient do.

Tom""",
        style="apple",
        quote=Quote(SAM, "2028-04-10 17:00", """Tom, the three banners are attached for approval.

Sam"""),
        labels=dict(cr=["the woman on the treadmill is running without shoes"]),
    ),
    Mail(
        1646, "marina-thanks-meeting", MARINA, SAM, "2028-04-11 14:00", "Re: Season opener ad",
        """Thanks Sam, got the files. I'm showing them to the harbor board on Thursday evening and will come back to you on Friday.

Can we have a call Friday morning to go over their comments?

Joe""",
        style="gmail",
        quote=Quote(SAM, "2028-04-11 09:30", """Joe, the season opener ad is attached in both sizes.

Sam"""),
        labels=dict(),
    ),
    Forward(
        1647, "physio-boss-forward", PHYSIO, SAM, "2028-04-12 08:45",
        "Sam, see Linda's notes below. Can you work them in?\n\nTom",
        Mail(
            0, "physio-boss-orig", BOSS, PHYSIO, "2028-04-11 19:10", "Re: Brochure draft",
            """Tom,

I read the brochure tonight. The price list on page 4 is from last year, the knee package is $480 now. The photo of me is the one from 2019, I have a newer one from the Christmas party. And our Saturday hours are gone completely.

Linda""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["The price list on page 4 is from last year",
                        "The photo of me is the one from 2019",
                        "our Saturday hours are gone completely"],
                    non_budget=[("480", "USD", "price")]),
    ),
    Mail(
        1648, "paint-german-claim", PAINT, SAM, "2028-04-12 10:00", "AW: Anzeige Frühjahr",
        """Dear Sam,

thank you for the ad. The claim "Germany's number one paint" is not correct, we are number three and our lawyer will not accept it. Also the can on the photo has the old design from before 2025.

Best regards
Klaus Weber""",
        style="outlook",
        quote=Quote(SAM, "2028-04-11 16:00", """Dear Klaus,

please find the spring ad attached.

Sam"""),
        labels=dict(cr=["is not correct, we are number three",
                        "the can on the photo has the old design"], **EU),
    ),
    Mail(
        1649, "bookshop-spanish-reply", BOOKS, SAM, "2028-04-12 12:30", "RE: Cartel Sant Jordi",
        """Hi Sam,

The poster is lovely. One problem: Sant Jordi is on the 23rd of April, in the poster it is the 24th. And the prices in the poster must always include IVA, it is the law here.

Thanks,
Ines""",
        style="gmail",
        quote=Quote(SAM, "2028-04-11 09:00", """Hi Ines, the Sant Jordi poster is attached.

Sam"""),
        labels=dict(cr=["in the poster it is the 24th"],
                    req=["the prices in the poster must always include IVA"], **EU),
    ),
    Mail(
        1650, "pizza-answers-and-one-change", PIZZA, SAM, "2028-04-12 16:00", "Re: Couple questions",
        """> Do you want the coupon on the front or the back?
Back.
> Is the delivery area the same as last year?
Yes, same.

One more thing, the pepperoni on the hero pizza looks burnt. Can you get a better shot?

Vic""",
        style="plain",
        labels=dict(cr=["the pepperoni on the hero pizza looks burnt"]),
    ),
    Mail(
        1651, "solar-terse-numbers", SOLAR, SAM, "2028-04-13 08:05", "Re: Mailer proof",
        """phone # is wrong, it's 480-555-0147. and the rebate is 30% not 26%

A""",
        style="gmail",
        quote=Quote(SAM, "2028-04-12 15:00", """Amara, mailer proof attached.

Sam"""),
        labels=dict(cr=["phone # is wrong", "the rebate is 30% not 26%"]),
    ),
    Mail(
        1652, "zoo-results-and-ask", ZOO, SAM, "2028-04-13 10:30", "Re: Members weekend",
        """Hi Sam,

Quick note on last year first: the members weekend brought in 1,400 renewals, the best we ever had, and the board was thrilled. Most of the renewals came through the email, not the posters.

For this year, the giraffe on the email header is cut off at the neck. Otherwise we're good to go.

Greg""",
        style="gmail",
        quote=Quote(SAM, "2028-04-12 11:00", """Greg, here's the members weekend email for review.

Sam"""),
        labels=dict(cr=["the giraffe on the email header is cut off at the neck"]),
    ),
    Mail(
        1653, "vet-first-brief-rules", VET, SAM, "2028-04-13 13:15", "Dental month campaign",
        """Hi Sam,

February is pet dental month but we want to run ours in June this year. The state veterinary board doesn't allow before-and-after photos of animals in ads, so please keep that in mind. We'd like to book 60 cleanings in June.

Budget is 3-4k. Can you send ideas by April 28?

Lisa""",
        style="gmail",
        labels=dict(req=["doesn't allow before-and-after photos of animals in ads"],
                    obj=["book 60 cleanings in June"],
                    budgets=[("4000", "USD", "range", "3000")], due=["2028-04-28"]),
    ),
    Mail(
        1654, "kinder-photo-ages", KINDER, SAM, "2028-04-14 09:10", "Re: Open house flyer",
        """Sam, the draft is lovely. The children in the photo look about ten though, our kids are four and five. The Spanish text on the back has two typos too, I marked them in the PDF.

Ruth""",
        style="gmail",
        quote=Quote(SAM, "2028-04-13 17:00", """Ruth, first draft of the flyer attached.

Sam"""),
        labels=dict(cr=["The children in the photo look about ten though",
                        "The Spanish text on the back has two typos too"]),
    ),
    Mail(
        1655, "florist-hedged", FLORIST, SAM, "2028-04-14 11:30", "Re: Mother's Day ad",
        """Hi Sam! I'm not sure the orange works with our pink brand, it feels a bit Halloween to me. The tulips are perfect.

Hana""",
        style="apple",
        quote=Quote(SAM, "2028-04-13 10:00", """Hana, the Mother's Day ad is attached.

Sam"""),
        labels=dict(cr=["I'm not sure the orange works with our pink brand"]),
    ),
    Mail(
        1656, "solar-html-brief", SOLAR, SAM, "2028-04-14 14:00", "Summer push",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">For the summer push we want to reach homeowners in Mesa and Chandler whose power bills went up this year. Our target is 200 booked home assessments by the end of July.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">All ads need our ROC license number. Budget for the summer is $18,000. We'd like to launch on June 1.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Amara Obi<br>Marketing, Sunridge Solar</p>
</div></body></html>""",
        labels=dict(obj=["200 booked home assessments by the end of July"],
                    req=["All ads need our ROC license number"],
                    budgets=[("18000", "USD")], due=["2028-06-01"]),
    ),
    Mail(
        1657, "winery-new-photos-coming", WINERY, SAM, "2028-04-14 16:20", "Re: Spring release mailer",
        """Sam, round two is approved. Our photographer is reshooting the vineyard next week, I'll send you the new photos for the summer piece when I have them.

Nora""",
        style="outlook",
        quote=Quote(SAM, "2028-04-14 09:00", """Nora, round two of the mailer is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1658, "marina-board-comments", MARINA, SAM, "2028-04-14 17:45", "Re: Season opener ad",
        """Sam, the board's comments: the slip prices are for last season, and there's no mention of the new fuel dock anywhere. Otherwise they liked it.

Joe""",
        style="gmail",
        quote=Quote(SAM, "2028-04-11 09:30", """Joe, the season opener ad is attached in both sizes.

Sam"""),
        labels=dict(cr=["the slip prices are for last season",
                        "there's no mention of the new fuel dock anywhere"]),
    ),
    Mail(
        1659, "zoo-background-only", ZOO, SAM, "2028-04-14 18:10", "Re: Members weekend",
        """Sam, FYI the weather service says it'll be sunny on the weekend, so we expect a big crowd. Our volunteers will hand out the printed maps at the gate.

Greg""",
        style="gmail",
        quote=Quote(SAM, "2028-04-14 12:00", """Greg, final files went to the printer today.

Sam"""),
        labels=dict(),
    ),
]
