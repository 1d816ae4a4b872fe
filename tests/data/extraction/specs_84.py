"""The seventy-ninth labelled set (1700-1719), written on 2026-12-07 (twenty-sixth session)
at the end of the session's work: the split ``blind31``, never tuned on, scored with the
session's starting code and its end.

A mix of everything, to measure the session as a whole on mail its rules and its model never
saw: first briefs with goals, budgets, rules and deadlines; replies that name what is wrong,
ask for changes, move dates or only thank; a forward of a colleague's notes; an HTML table;
phones, learners of English (Dutch, Korean, Brazilian), a long Outlook mail. Dates run in the
week of 10 July 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

CIDER = Person("Anke de Vries", "anke@appelhofcider.nl", "Europe/Amsterdam")
KBEAUTY = Person("Ji-woo Han", "jiwoo@glowlab.kr", "Asia/Seoul")
ACAI = Person("Rafael Lima", "rafael@acaibrasil.com.br", "America/Sao_Paulo")
MOVERS = Person("Pete Kowalski", "pete@kowalskimoving.com", "America/Chicago")
THEATRE = Person("Irene Shaw", "ishaw@lyrictheatre.org", "America/New_York")
DIRECTOR = Person("Paul Grant", "pgrant@lyrictheatre.org", "America/New_York")
CAMP = Person("Jen Ortiz", "jen@pineridgecamp.com", "America/Denver")
CLINIC = Person("Dr. Ray Chu", "rchu@chuortho.com", "America/Los_Angeles")
BIKES = Person("Lars Berg", "lars@bergcycles.com", "America/Chicago")
WINE = Person("Sofia Conti", "sofia@contiwines.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1700, "cider-dutch-brief", CIDER, SAM, "2028-07-10 09:30", "Nieuwe cider campagne",
        """Hello Sam,

We launch our new pear cider on 1 September and want to be in 200 supermarkets by the end of the year. For the campaign we have a budget of €45.000. All our packaging and ads must show the Dutch alcohol warning "Geen 18, geen alcohol".

Can you send a first plan before 24 July?

Groeten,
Anke""",
        style="gmail",
        labels=dict(obj=["be in 200 supermarkets by the end of the year"],
                    budgets=[("45000", "EUR")],
                    req=["All our packaging and ads must show the Dutch alcohol warning"],
                    due=["2028-07-23", "2028-09-01"], **EU),
    ),
    Mail(
        1701, "kbeauty-reply-faults", KBEAUTY, SAM, "2028-07-10 10:00", "Re: Serum launch visuals",
        """Dear Sam,

Thank you for visuals. The serum bottle in visual 2 has the old cap, now the cap is rose gold. And the Korean text on the box is upside down in the mockup.

Best regards,
Ji-woo""",
        style="gmail",
        quote=Quote(SAM, "2028-07-07 17:00", """Dear Ji-woo, the launch visuals are attached.

Sam"""),
        labels=dict(cr=["The serum bottle in visual 2 has the old cap",
                        "the Korean text on the box is upside down"]),
    ),
    Mail(
        1702, "acai-brazil-reply", ACAI, SAM, "2028-07-10 14:20", "RE: Summer bowl poster",
        """Hi Sam,

The poster is very beautiful! Can you put the price bigger please? People need to see it from the street. Also the bowl has strawberries but we don't sell strawberry bowls.

Obrigado,
Rafael""",
        style="outlook",
        quote=Quote(SAM, "2028-07-07 12:00", """Hi Rafael, the summer bowl poster is attached.

Sam"""),
        labels=dict(cr=["Can you put the price bigger please?",
                        "the bowl has strawberries but we don't sell strawberry bowls"]),
    ),
    Mail(
        1703, "movers-phone-date", MOVERS, SAM, "2028-07-10 16:45", "Re: Truck wrap",
        """can we push the install to the 24th? truck is in the shop till the 21st""",
        style="gmail",
        quote=Quote(SAM, "2028-07-10 11:00", """Pete, the truck wrap install is booked for the 17th.

Sam"""),
        labels=dict(cr=["can we push the install to the 24th?"],
                    due=["2028-07-24"], replaced=["2028-07-17"]),
    ),
    Forward(
        1704, "theatre-director-notes", THEATRE, SAM, "2028-07-11 09:00",
        "Sam, Paul's notes on the season brochure. Can we talk about them tomorrow?\n\nIrene",
        Mail(
            0, "theatre-director-orig", DIRECTOR, THEATRE, "2028-07-10 21:30", "Season brochure",
            """Irene,

The cover photo is from Macbeth, which we did two seasons ago. Hamlet opens the season, so it should be Hamlet on the cover. The ticket prices on page 6 still include the old booking fee.

Paul""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["it should be Hamlet on the cover",
                        "The ticket prices on page 6 still include the old booking fee"]),
    ),
    Mail(
        1705, "camp-html-brief", CAMP, SAM, "2028-07-11 11:15", "Fall open house",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We'd like to promote our fall open house on September 9. The goal is 150 families signed up for next summer. Here's what we need:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Due</b></p></td><td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Postcard mailing</p></td><td><p class="MsoNormal">Aug 11</p></td><td><p class="MsoNormal">$2,400</p></td></tr>
<tr><td><p class="MsoNormal">Facebook ads</p></td><td><p class="MsoNormal">Aug 21</p></td><td><p class="MsoNormal">$1,500</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jen</p>
</div></body></html>""",
        labels=dict(obj=["150 families signed up for next summer"],
                    due=["2028-08-11", "2028-08-21"],
                    budgets=[("2400", "USD"), ("1500", "USD")]),
    ),
    Mail(
        1706, "clinic-thanks-only", CLINIC, SAM, "2028-07-11 13:00", "Re: Invisalign ad",
        """Thanks Sam, looks great. We'll run it as is. I'm on vacation from the 17th to the 28th, Maria will be your contact.

Dr. Chu""",
        style="gmail",
        quote=Quote(SAM, "2028-07-11 09:00", """Dr. Chu, the final Invisalign ad is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1707, "bikes-long-outlook", BIKES, SAM, "2028-07-11 15:30", "RE: Fall catalog",
        """Hi Sam,

Thanks for the first layouts. Overall the team is happy, a few points below.

The e-bike section is a big deal for us this year, e-bikes were 40% of our sales in spring. Could the e-bikes come first in the catalog, before the road bikes? On the gravel page, the bike shown is a Trek, which we don't carry. The helmet prices are missing on page 12.

Our insurance requires that every photo of someone riding shows a helmet. Please check the cover, I think the girl on the beach cruiser has none.

We need the final files by August 4 for the printer.

Thanks,
Lars""",
        style="outlook",
        quote=Quote(SAM, "2028-07-07 10:00", """Hi Lars, the first layouts of the fall catalog are attached.

Sam"""),
        labels=dict(cr=["Could the e-bikes come first in the catalog",
                        "the bike shown is a Trek, which we don't carry",
                        "The helmet prices are missing on page 12",
                        "the girl on the beach cruiser has none"],
                    req=["every photo of someone riding shows a helmet"],
                    due=["2028-08-04"]),
    ),
    Mail(
        1708, "wine-budget-range", WINE, SAM, "2028-07-12 10:40", "Harvest festival",
        """Hi Sam,

For the harvest festival on October 7 we're thinking 8-10k for everything, print and social. We want to sell out all 400 tickets. Nothing with kids in it, it's a wine event.

Can we see ideas next week?

Sofia""",
        style="gmail",
        labels=dict(budgets=[("10000", "USD", "range", "8000")],
                    obj=["sell out all 400 tickets"],
                    req=["Nothing with kids in it"]),
    ),
    Mail(
        1709, "cider-reply-dates", CIDER, SAM, "2028-07-12 11:00", "Re: Nieuwe cider campagne",
        """Hi Sam,

The plan looks good. Small change: the launch moves to 15 September, the bottles come later from the factory. So the posters must be in the shops by 12 September.

Anke""",
        style="gmail",
        quote=Quote(SAM, "2028-07-11 16:00", """Hi Anke, the first plan is attached, built around the 1 September launch.

Sam"""),
        labels=dict(cr=["the launch moves to 15 September"],
                    due=["2028-09-12", "2028-09-15"], replaced=["2028-09-01"], **EU),
    ),
    Mail(
        1710, "kbeauty-rule-reply", KBEAUTY, SAM, "2028-07-12 12:30", "Re: Serum launch visuals",
        """Dear Sam,

One more: the Korean FDA does not allow the word "cure" for cosmetics, please remove it from the headline.

Ji-woo""",
        style="gmail",
        quote=Quote(SAM, "2028-07-11 18:00", """Dear Ji-woo, revised visuals attached.

Sam"""),
        labels=dict(req=["the Korean FDA does not allow the word \"cure\" for cosmetics"],
                    cr=["please remove it from the headline"]),
    ),
    Mail(
        1711, "acai-question-only", ACAI, SAM, "2028-07-12 15:00", "RE: Summer bowl poster",
        """Sam, how many posters are in the print run? And do you know when the printer will deliver?

Rafael""",
        style="outlook",
        quote=Quote(SAM, "2028-07-11 10:00", """Rafael, the poster went to print this morning.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1712, "movers-terse-fault", MOVERS, SAM, "2028-07-13 07:40", "Re: Truck wrap",
        """phone number on the back door is the old 800 number. we dont use that anymore""",
        style="gmail",
        quote=Quote(SAM, "2028-07-12 16:00", """Pete, the final wrap proof is attached.

Sam"""),
        labels=dict(cr=["phone number on the back door is the old 800 number"]),
    ),
    Mail(
        1713, "theatre-brief-rules", THEATRE, SAM, "2028-07-13 10:00", "Holiday show ads",
        """Hi Sam,

Our holiday show, A Christmas Carol, runs December 1 to 23. We'd like ads in the two city papers and on Instagram, budget up to $6,000. The producers require the line "By arrangement with Samuel French" in every ad. We'd like to see drafts by August 1.

Irene""",
        style="gmail",
        labels=dict(budgets=[("6000", "USD", "cap")],
                    req=["The producers require the line"],
                    due=["2028-08-01"]),
    ),
    Mail(
        1714, "camp-approve-with-ask", CAMP, SAM, "2028-07-13 14:10", "Re: Fall open house postcard",
        """Looks great! Go ahead and print, just swap the canoe photo for the one with the campfire.

Jen""",
        style="apple",
        quote=Quote(SAM, "2028-07-13 09:00", """Jen, the postcard is attached for approval.

Sam"""),
        labels=dict(cr=["swap the canoe photo for the one with the campfire"]),
    ),
    Mail(
        1715, "bikes-background-reply", BIKES, SAM, "2028-07-13 16:00", "RE: Fall catalog",
        """Sam, quick update: our new store in Madison opens August 20 and we hired two new mechanics. No need to change anything in the catalog for that, we'll do a separate flyer later.

Lars""",
        style="outlook",
        quote=Quote(SAM, "2028-07-12 09:00", """Lars, round two of the catalog is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1716, "wine-learner-no-thanks", WINE, SAM, "2028-07-14 09:00", "Re: Harvest festival",
        """Hi Sam, the ideas are fun! We prefer idea B, the one with the barrels. Can we have a first design by 28 July?

Sofia""",
        style="gmail",
        quote=Quote(SAM, "2028-07-13 17:00", """Sofia, three ideas for the festival are attached.

Sam"""),
        labels=dict(due=["2028-07-28"]),
    ),
    Mail(
        1717, "clinic-dictated-change", CLINIC, SAM, "2028-07-14 11:30", "Re: Invisalign ad",
        """Sam this is Dr Chu dictating. Before it runs the offer needs to change from 500 dollars off to 750 dollars off for August only. Thanks

Sent from my iPhone""",
        style="apple",
        quote=Quote(SAM, "2028-07-11 09:00", """Dr. Chu, the final Invisalign ad is attached.

Sam"""),
        labels=dict(cr=["the offer needs to change from 500 dollars off to 750 dollars off"],
                    non_budget=[("500", "USD", "price"), ("750", "USD", "price")]),
    ),
    Mail(
        1718, "kbeauty-next-brief", KBEAUTY, SAM, "2028-07-14 15:00", "Holiday gift sets",
        """Dear Sam,

For the holiday gift sets we want to reach 30% of our yearly online sales in November and December. Budget is KRW 40,000,000. The packaging must be plastic-free, this is our promise to customers. We need the concepts within three weeks.

Best regards,
Ji-woo""",
        style="gmail",
        labels=dict(obj=["reach 30% of our yearly online sales in November and December"],
                    budgets=[("40000000", "KRW")],
                    req=["The packaging must be plastic-free"],
                    due=["2028-08-04"]),
    ),
    Mail(
        1719, "acai-fault-question", ACAI, SAM, "2028-07-14 17:00", "RE: Summer bowl poster",
        """Sam, the posters arrived but the colour is much more orange than the proof. Is it possible to reprint?

Rafael""",
        style="outlook",
        quote=Quote(SAM, "2028-07-13 10:00", """Rafael, the posters ship today.

Sam"""),
        labels=dict(cr=["the colour is much more orange than the proof"]),
    ),
]
