"""The eighty-third labelled set (1780-1799), written on 2026-12-07 (twenty-seventh session)
at the end of the session's extraction work, after tune60 to tune62 and grid g144: the split
``blind32``, scored once and never tuned on.

A mix of every field and voice: a museum's long reply with faults and a rule, a phone's
terse change, a restaurant owner's brief with a budget range and a goal, a French client's
deadline and cap, a German's change in English, a Spanish client's rule, an HTML-only Outlook
list of faults, a forward of a board member's notes, a reply answering questions inline,
look-alike days (a holiday, a past launch, a meeting) and rules (a wish, an errand). Dates run
in the week of 2 October 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

GALLERY = Person("Ruth Adler", "radler@northshoregallery.org", "America/Chicago")
PLUMB = Person("Dave Kowalski", "dave@kowalskiplumbing.com", "America/Chicago")
BISTRO = Person("Sofia Marin", "sofia@bistromarin.com", "America/New_York")
PARFUM = Person("Inès Moreau", "ines@parfums-moreau.fr", "Europe/Paris")
AUTO = Person("Stefan Braun", "s.braun@braun-autohaus.de", "Europe/Berlin")
HOTEL = Person("Javier Ortega", "jortega@hotelsolymar.es", "Europe/Madrid")
TELCO = Person("Amanda Reid", "areid@clearlinktel.com", "America/New_York")
CHARITY = Person("Martin Hale", "mhale@riverdalefoundation.org", "America/New_York")
BOARD = Person("Grace Owens", "gowens@riverdalefoundation.org", "America/New_York")
YOGA = Person("Priya Desai", "priya@lotusflowyoga.com", "America/Los_Angeles")
BAKERY = Person("Tom Hughes", "tom@hughesbakery.co.uk", "Europe/London")
DENTAL = Person("Dr. Sam Wu", "swu@brightsmiledental.com", "America/Denver")
UNI = Person("Kelly Grant", "kgrant@lakesideu.edu", "America/Chicago")
PETS = Person("Noah Fisher", "noah@pawsandclaws.com", "America/New_York")
WINERY = Person("Olivia Park", "olivia@ridgelinewinery.com", "America/Los_Angeles")
GYM = Person("Leah Brooks", "leah@corefitstudio.com", "America/Denver")
LAW = Person("Henry Cole", "hcole@colepartners.com", "America/New_York")
TOYS = Person("Mei Lin", "mei@littlebuilders.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1780, "gallery-long-reply", GALLERY, SAM, "2028-10-02 09:20", "Re: Winter exhibition catalogue - proof 1",
        """Hi Sam,

Thank you for proof 1, it's coming along nicely. A few things from our curator:

The title of the Okafor painting on page 12 is "Harbour at Dusk", not "Harbor at Dusk", she's British and we keep her spelling. The map of the galleries on the back is the old floor plan, the east wing opened in August. Could the essay on page 4 start on a right-hand page?

Also, every image credit has to include the lender's name, that's in our loan agreements.

We need the catalogue printed by November 10, the opening is the 17th.

Best,
Ruth""",
        style="outlook",
        quote=Quote(SAM, "2028-09-29 16:00", """Ruth, proof 1 of the winter exhibition catalogue is attached.

Sam"""),
        labels=dict(cr=["The title of the Okafor painting on page 12 is \"Harbour at Dusk\", not \"Harbor at Dusk\"",
                        "The map of the galleries on the back is the old floor plan",
                        "Could the essay on page 4 start on a right-hand page"],
                    req=["every image credit has to include the lender's name"],
                    due=["2028-11-10"]),
    ),
    Mail(
        1781, "plumber-phone-change", PLUMB, SAM, "2028-10-02 11:05", "Re: van wrap",
        """phone number on the back doors is missing a digit. should be 312 555 0198

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2028-10-02 08:30", """Dave, final van wrap proof attached. Printing Thursday unless you spot anything.

Sam"""),
        labels=dict(cr=["phone number on the back doors is missing a digit"]),
    ),
    Mail(
        1782, "bistro-brief", BISTRO, SAM, "2028-10-02 14:30", "Winter menu launch",
        """Hi Sam,

We're launching a winter tasting menu in December and want to fill the Tuesday and Wednesday nights, they're dead right now. Ideally 40 covers a night by January. We have somewhere between $4,000 and $6,000 for the launch, mostly Instagram and a mailer to our list.

No photos of raw meat, please, it puts people off.

Can we see ideas by October 20?

Sofia""",
        style="gmail",
        labels=dict(obj=["want to fill the Tuesday and Wednesday nights",
                         "Ideally 40 covers a night by January"],
                    budgets=[("6000", "USD", "range", "4000")],
                    req=["No photos of raw meat"],
                    due=["2028-10-20"]),
    ),
    Mail(
        1783, "parfum-french-deadline-cap", PARFUM, SAM, "2028-10-03 10:00", "Coffret de Noël",
        """Bonjour Sam,

Pour le coffret de Noël, nous aurions besoin des fichiers définitifs au plus tard le 27 octobre. Le budget ne doit pas dépasser 12 000 € pour l'ensemble (coffret, PLV et visuels web).

Le flacon doit toujours apparaître de face, jamais de profil.

Belle journée,
Inès""",
        style="apple",
        labels=dict(due=["2028-10-27"], budgets=[("12000", "EUR", "cap")],
                    req=["Le flacon doit toujours apparaître de face"], **EU),
    ),
    Mail(
        1784, "auto-german-english-change", AUTO, SAM, "2028-10-03 13:15", "Anzeige Herbstaktion",
        """Dear Mr. Ortiz,

thanks for the layout. Please change the car in the picture into the new model, the old one we don't sell anymore. The price must be with VAT, otherwise it is not legal in Germany.

The ad appears on 14.10. in the Abendblatt, so we need the final PDF until 10.10.

Best regards
Stefan Braun""",
        style="outlook",
        labels=dict(cr=["change the car in the picture into the new model"],
                    req=["The price must be with VAT"],
                    due=["2028-10-14", "2028-10-10"], **EU),
    ),
    Mail(
        1785, "hotel-spanish-rule", HOTEL, SAM, "2028-10-03 16:40", "Campaña de invierno",
        """Hola Sam,

Para la campaña de invierno, por favor no uséis fotos de la piscina, está cerrada de noviembre a marzo. Necesitamos los banners para el 16 de octubre.

Gracias,
Javier""",
        style="gmail",
        labels=dict(req=["no uséis fotos de la piscina"], due=["2028-10-16"], **EU),
    ),
    Mail(
        1786, "telco-html-faults", TELCO, SAM, "2028-10-04 09:45", "RE: Fiber landing page",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Went through the landing page with product:</p>
<ul>
<li class="MsoNormal">The speed in the hero says 1 Gig, it's 2 Gig now</li>
<li class="MsoNormal">Pricing table is missing the $10 autopay discount</li>
<li class="MsoNormal">The chat widget covers the sign-up button on mobile</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Can we get a fixed version by Friday? We go live October 9.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Amanda</p>
</div></body></html>""",
        labels=dict(cr=["The speed in the hero says 1 Gig, it's 2 Gig now",
                        "Pricing table is missing the $10 autopay discount",
                        "The chat widget covers the sign-up button on mobile"],
                    due=["2028-10-06", "2028-10-09"]),
    ),
    Forward(
        1787, "charity-board-notes", CHARITY, SAM, "2028-10-04 12:00",
        "Sam, Grace's notes on the annual report below. Could you fold these in?\n\nMartin",
        Mail(
            0, "charity-board-orig", BOARD, CHARITY, "2028-10-03 20:15", "Annual report",
            """Martin,

Read the draft tonight. Two things: the donor list leaves out the Hartley Trust, they gave $50,000 this year, and the CEO letter is far too long, half a page at most.

Grace""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["the donor list leaves out the Hartley Trust"],
                    non_budget=[("50000", "USD", "other")]),
    ),
    Mail(
        1788, "yoga-inline-answers", YOGA, SAM, "2028-10-04 15:30", "Re: New studio flyer - questions",
        """Answers below!

> 1. How many flyers do you need?
500 for now.

> 2. Any date the flyers must be ready by?
Yes, we open the new studio on October 21, so a few days before would be great, say the 18th.

> 3. Anything we should avoid?
No photos of people in poses that look risky, we're a beginners' studio.

Priya""",
        style="gmail",
        labels=dict(due=["2028-10-18"],
                    req=["No photos of people in poses that look risky"]),
    ),
    Mail(
        1789, "bakery-uk-holiday-lookalike", BAKERY, SAM, "2028-10-05 09:00", "Christmas window",
        """Morning Sam,

We're shut for half term from 23/10 to 27/10, so I'll be slow to reply that week. For the Christmas window, can we have the artwork by 3/11? The window goes in on the 10th.

Thanks,
Tom""",
        style="apple",
        labels=dict(due=["2028-11-03", "2028-11-10"], **UK),
    ),
    Mail(
        1790, "dental-past-launch", DENTAL, SAM, "2028-10-05 11:20", "Invisalign ads",
        """Hi Sam,

We launched the summer whitening ads on June 5 and got 40 new patients, great job. For the Invisalign ads, the offer needs to say "free consultation", not "free treatment", we had a complaint about that wording last time. Let's talk Thursday at 1 about the rest.

Dr. Wu""",
        style="gmail",
        labels=dict(req=["the offer needs to say \"free consultation\", not \"free treatment\""]),
    ),
    Mail(
        1791, "uni-long-brief", UNI, SAM, "2028-10-05 14:00", "Spring open day campaign",
        """Hi Sam,

Spring open day is Saturday March 10. We'd like to book 1,200 visits this year, up from 900 last year, with more students from out of state.

Budget is $25,000, which has to cover paid social and the printed viewbook. All photos must be of our own students with signed releases.

Could you send a proposal by October 27? I'll be in London the week of the 16th, so email is best.

Kelly""",
        style="outlook",
        labels=dict(obj=["We'd like to book 1,200 visits this year"],
                    budgets=[("25000", "USD")],
                    req=["All photos must be of our own students with signed releases"],
                    due=["2028-10-27"]),
    ),
    Mail(
        1792, "pets-terse-move", PETS, SAM, "2028-10-06 08:10", "Re: adoption day post",
        """can we move the adoption day post to Saturday morning instead of Friday? more people online then""",
        style="plain",
        quote=Quote(SAM, "2028-10-05 17:00", """Noah, the adoption day post is scheduled for Friday at 10am.

Sam"""),
        labels=dict(cr=["move the adoption day post to Saturday morning instead of Friday"],
                    due=["2028-10-07"], replaced=["2028-10-06"]),
    ),
    Mail(
        1793, "winery-rules-and-wish", WINERY, SAM, "2028-10-06 10:30", "Harvest club mailer",
        """Hi Sam,

It's important that we make the harvest club feel special this year. A few rules from our compliance person: the mailer can't suggest that wine improves health, and the 21+ line goes on every panel.

Would love to have it in homes by November 3.

Olivia""",
        style="gmail",
        labels=dict(req=["the mailer can't suggest that wine improves health"],
                    due=["2028-11-03"]),
    ),
    Mail(
        1794, "gym-meeting-errand", GYM, SAM, "2028-10-06 13:45", "January push",
        """Sam - I need to check a few numbers with our accountant before we talk budget for January. I have to run to a class now, can we do a call Monday at 9? Also we need to make sure the new logo is on everything from now on.

Leah""",
        style="gmail",
        labels=dict(req=["make sure the new logo is on everything from now on"]),
    ),
    Mail(
        1795, "law-reply-approval-and-change", LAW, SAM, "2028-10-06 16:00", "Re: Radio script v2",
        """Sam, partners approved v2. Only change: it's "Cole & Partners", with the ampersand, in the closing line.

Henry""",
        style="outlook",
        quote=Quote(SAM, "2028-10-06 11:00", """Henry, version 2 of the radio script is attached.

Sam"""),
        labels=dict(cr=["it's \"Cole & Partners\", with the ampersand"]),
    ),
    Mail(
        1796, "toys-budget-and-goal", TOYS, SAM, "2028-10-09 09:15", "Holiday gift guide ads",
        """Hi Sam,

For the holiday gift guide ads we can spend up to $8,000 a month in November and December. The aim is to sell out the advent calendar, 3,000 units. Our competitor spent about $200k on TV last year, we're not doing that.

Mei""",
        style="gmail",
        labels=dict(budgets=[("8000", "USD", "cap")],
                    obj=["sell out the advent calendar"],
                    non_budget=[("200000", "USD", "competitor")]),
    ),
    Mail(
        1797, "gallery-followup-date-move", GALLERY, SAM, "2028-10-09 12:30", "Catalogue timing",
        """Sam, the printer can take the files later than we thought, so the catalogue can slip to November 14 instead of the 10th. Opening is still the 17th.

Ruth""",
        style="outlook",
        labels=dict(cr=["the catalogue can slip to November 14 instead of the 10th"],
                    due=["2028-11-14"], replaced=["2028-11-10"]),
    ),
    Mail(
        1798, "plumber-nothing-to-do", PLUMB, SAM, "2028-10-09 15:00", "Re: van wrap",
        """Looks great on the van! Thanks Sam. Guys love it.""",
        style="plain",
        quote=Quote(SAM, "2028-10-09 10:00", """Dave, photos of the finished van wrap attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1799, "uni-reply-several", UNI, SAM, "2028-10-10 10:00", "Re: Spring open day campaign - proposal",
        """Hi Sam,

We like the proposal overall. Please drop the TikTok part, our legal team hasn't approved the platform yet. The viewbook should be 24 pages, not 32, we're cutting the sports section. And can the first wave of ads start January 15 rather than February 1?

Kelly""",
        style="outlook",
        quote=Quote(SAM, "2028-10-09 16:00", """Kelly, the proposal for the spring open day campaign is attached.

Sam"""),
        labels=dict(cr=["Please drop the TikTok part",
                        "The viewbook should be 24 pages, not 32",
                        "can the first wave of ads start January 15 rather than February 1"],
                    due=["2029-01-15"], replaced=["2029-02-01"]),
    ),
]
