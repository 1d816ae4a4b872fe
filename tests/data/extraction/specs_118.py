"""The hundred-and-thirteenth labelled set (2400-2419), written on 2026-12-07 (thirty-third
session) after tune87's rules and the session's probes, before any rule of its own: the split
``tune88``, scored blind first, then tuned on.

Shapes the earlier batches had little of: a hospital's brief with a confidentiality footer
full of dates, a page-by-page markup list, an Australian's "Thursday week", a British
client's "close of play" and pounds, an Indian client's lakh-grouped rupees and "latest 10th
October", a Canadian client's Thanksgiving (the second Monday of October) and French for
Quebec, a dotted timeline typed as text, an emoji-laden approval with one ask, a client's
printer's rules passed on in a forward, a budget talked down from the estimate, an assistant
passing on her boss's deadline beside a call, a German client's "till 28.09." and calendar
week, a French and a Spanish mail in their own words, a restaurant owner's rambling mail of
everything, a reply over long quoted history, an HTML mail of bold "Change:" and "Keep:"
labels, a thank-you full of past figures, a four-word phone reply, an estimate accepted with
a goal. Dates run in the week of 17 September 2029 (a Monday).
"""

from specs_103 import _mail

from build import Forward, Mail, Person, Quote, Raw
from cast import SAM

HOSPITAL = Person("Dana Whitfield", "dwhitfield@stlukeshealth.org", "America/Chicago")
MARKUP = Person("Owen Burke", "owen@burkehardware.com", "America/New_York")
AU = Person("Mick Thompson", "mick@thompsonsurf.com.au", "Australia/Sydney")
UK = Person("Fiona Hale", "fiona.hale@halebakery.co.uk", "Europe/London")
INDIA = Person("Priya Nair", "priya.nair@nairtextiles.in", "Asia/Kolkata")
CANADA = Person("Marc Tremblay", "marc@tremblayfurniture.ca", "America/Toronto")
TIMELINE = Person("Beth Cho", "beth@chodesignco.com", "America/Los_Angeles")
EMOJI = Person("Kayla Reed", "kayla@reedpumpkinpatch.com", "America/Chicago")
OWNER = Person("Ray Dunn", "ray@dunnautobody.com", "America/Denver")
PRINTER = Person("Print Desk", "orders@metroprint.com", "America/Denver")
DOWN = Person("Stacy Wells", "swells@wellsfamilydental.com", "America/New_York")
ASSIST = Person("Tom Becker", "tbecker@lindqvistlaw.com", "America/Chicago")
DE = Person("Stefan Krüger", "s.krueger@krueger-moebel.de", "Europe/Berlin")
FR = Person("Sophie Laurent", "s.laurent@laurent-thes.fr", "Europe/Paris")
ES = Person("Carmen Vidal", "carmen@vidalbicis.es", "Europe/Madrid")
RAMBLE = Person("Gus Petrakis", "gus@petrakisdiner.com", "America/New_York")
HISTORY = Person("Nina Ross", "nina@rossroofing.com", "America/Chicago")
HTML = Person("Leah Stone", "lstone@stonecreekwinery.com", "America/Los_Angeles")
THANKS = Person("Ian Price", "ian@pricerunningclub.org", "America/New_York")
PHONE = Person("Jen Alvarez", "jen@alvarezlandscaping.com", "America/Phoenix")
ACCEPT = Person("Sam Kirby", "sam@kirbycoffee.com", "America/New_York")


def _quote(text: str, when: str = "2029-09-17 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2400, "hospital-brief-footer", HOSPITAL, SAM, "2029-09-17 10:15", "Flu shot campaign",
        """Hi Sam,

Here's what we discussed for the flu shot campaign. It launches October 1 across our six clinics, so we need final creative by September 24 to get it through our internal review.

Every patient story needs a signed HIPAA authorization on file before we can use it, and all materials must show our new clinic hours.

We're hoping to beat last year's 4,200 shots by at least 10%.

Thanks,
Dana

Dana Whitfield | Marketing Manager | St. Luke's Health
CONFIDENTIALITY NOTICE: This message, sent September 17, 2029, and any attachments are for the sole use of the intended recipient(s). Our privacy policy was last updated January 1, 2029.

Sent from Mail for Windows""",
        style="outlook",
        labels=dict(due=["2029-10-01", "2029-09-24"],
                    req=["Every patient story needs a signed HIPAA authorization"],
                    obj=["We're hoping to beat last year's 4,200 shots by at least 10%"]),
    ),
    Mail(
        2401, "hardware-page-markup", MARKUP, SAM, "2029-09-17 14:40", "Re: Fall circular proof",
        """Sam - markup below, see the attached PDF too.

p1: headline ok, but the paint price is $29.99 not $27.99
p2: swap the grill photo for the snowblower
p3: delete the Weber ad, their co-op money fell through
p4: fine

Thanks
Owen""",
        style="gmail",
        quote=_quote("Owen, the fall circular proof is attached."),
        labels=dict(cr=["the paint price is $29.99 not $27.99",
                        "swap the grill photo for the snowblower",
                        "delete the Weber ad"],
                    non_budget=[("29.99", "USD", "price"), ("27.99", "USD", "price")]),
    ),
    Mail(
        2402, "surf-australian", AU, SAM, "2029-09-18 08:10", "Re: Summer range EDM",
        """G'day Sam,

Looks mint mate. Couple of things - can you whack the logo up the top instead of the bottom, and the model's boardies are last season's, swap her for the shot on the jetty.

We'd like it out Thursday week if that works, the range drops that weekend.

Cheers,
Mick""",
        style="gmail",
        quote=_quote("Mick, the summer range EDM draft is attached.", "2029-09-17 16:00"),
        labels=dict(due=["2029-09-27"],
                    cr=["can you whack the logo up the top instead of the bottom"]),
    ),
    Mail(
        2403, "bakery-british", UK, SAM, "2029-09-17 11:30", "RE: Christmas hamper leaflet",
        """Hi Sam,

Thanks ever so much for the draft. Please could you amend the strapline to "Baked with love since 1962"? And the hamper prices on the back want to be a touch larger, they're rather lost at the moment.

We'll need the print files by close of play Friday, as the printer's collecting on Monday.

The whole job including print needs to come in at £3.5k all in.

Kind regards,
Fiona""",
        style="outlook",
        labels=dict(due=["2029-09-21"],
                    budgets=[("3500", "GBP")],
                    cr=["Please could you amend the strapline",
                        "the hamper prices on the back want to be a touch larger"],
                    default_currency="GBP", day_first=True),
    ),
    Mail(
        2404, "textiles-indian-lakh", INDIA, SAM, "2029-09-17 18:20", "Diwali campaign - details",
        """Dear Sam,

As discussed, please find the details for our Diwali campaign.

The campaign should go live on 15th October and all creatives should reach us latest 10th October for the management approval.

Our total budget for this campaign is INR 4,50,000 including the influencer fees.

Kindly ensure all the creatives are in English and Hindi both.

Regards,
Priya Nair""",
        style="outlook",
        labels=dict(due=["2029-10-15", "2029-10-10"],
                    budgets=[("450000", "INR")],
                    req=["all the creatives are in English and Hindi both"],
                    default_currency="INR", day_first=True),
    ),
    Mail(
        2405, "furniture-canadian-thanksgiving", CANADA, SAM, "2029-09-17 15:05",
        "Fall sale flyer",
        """Hi Sam,

For the fall sale flyer: the sale runs Thanksgiving weekend, so we need the flyers in stores by Thanksgiving at the latest.

Reminder that in Quebec everything must also be in French, with the French at least as prominent as the English.

Budget is $6,000 CAD for design and print.

Marc""",
        style="gmail",
        labels=dict(due=["2029-10-08"],
                    budgets=[("6000", "CAD")],
                    req=["everything must also be in French"],
                    default_currency="CAD"),
    ),
    Mail(
        2406, "design-dotted-timeline", TIMELINE, SAM, "2029-09-17 09:45", "Lookbook timeline",
        """Hi Sam,

Here's the timeline we agreed with the photographer:

Round 1 layouts ........ Sept 24
Final files ............ Oct 5
To printer ............. Oct 9

Let me know if anything on your side doesn't work.

Beth""",
        style="gmail",
        labels=dict(due=["2029-09-24", "2029-10-05", "2029-10-09"]),
    ),
    Mail(
        2407, "pumpkin-emoji-approval", EMOJI, SAM, "2029-09-17 13:20", "Re: Pumpkin patch posts",
        """OMG love them!! 🎃🎃 Only thing - can the hayride post say "Saturdays & Sundays" instead of just "Weekends"? Our guests always ask lol

Good to go after that 👍

Kayla""",
        style="gmail",
        quote=_quote("Hi Kayla, the October posts are attached for your review."),
        labels=dict(cr=["can the hayride post say \"Saturdays & Sundays\""]),
    ),
    Forward(
        2408, "autobody-printer-forward", OWNER, SAM, "2029-09-17 16:30",
        "Sam, see below from the print shop. Can you make sure the files follow this? Ray",
        Mail(
            0, "printer-rules", PRINTER, OWNER, "2029-09-17 15:50", "Your door hanger order",
            """Hi Ray,

Thanks for the order of 10,000 door hangers. For our press, files must be PDF/X-1a with 0.125" bleed on all sides and all fonts outlined.

Files are due by noon on September 28 to hold your press date of October 2.

Metro Print Order Desk""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2029-09-28", "2029-10-02"],
                    req=["files must be PDF/X-1a with 0.125\" bleed"]),
    ),
    Mail(
        2409, "dental-budget-down", DOWN, SAM, "2029-09-17 12:10", "Re: Estimate for the new site",
        """Hi Sam,

Thanks for the estimate. $14,800 is more than we planned for. Can you get it closer to $12k? That's really our ceiling for this year.

If it helps, we can drop the blog section for now.

Stacy""",
        style="gmail",
        quote=_quote("Hi Stacy, the estimate for the new website is attached."),
        labels=dict(budgets=[("12000", "USD", "cap")],
                    non_budget=[("14800", "USD", "fee")],
                    cr=["Can you get it closer to $12k",
                        "we can drop the blog section for now"]),
    ),
    Mail(
        2410, "law-assistant-call-and-deadline", ASSIST, SAM, "2029-09-17 10:50", "Brochure proofs",
        """Hi Sam,

Jane asked me to set up a call with you on Thursday at 2pm to go over the brochure proofs. Does that time work?

She also wanted me to mention that the brochure has to be at the printer by October 2 for the conference.

Best,
Tom Becker
Assistant to Jane Lindqvist""",
        style="outlook",
        labels=dict(due=["2029-10-02"]),
    ),
    Mail(
        2411, "moebel-german-english", DE, SAM, "2029-09-17 09:05", "AW: Autumn mailing",
        """Dear Sam,

thank you for the layout. Please change the sofa colour on the title to the anthracite version, the beige one is sold out.

Please send the final data till 28.09., the mailing is planned for KW 41.

With kind regards
Stefan Krüger""",
        style="outlook",
        labels=dict(due=["2029-09-28"],
                    cr=["Please change the sofa colour on the title to the anthracite version"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2412, "thes-french", FR, SAM, "2029-09-17 14:15", "RE: Coffret de Noël",
        """Bonjour Sam,

Merci pour la maquette du coffret. Pourriez-vous mettre le nom du thé en doré plutôt qu'en blanc ?

Toutes les photos doivent être libres de droits, nous ne voulons aucun risque.

Nous avons besoin des fichiers définitifs avant le 5 octobre.

Cordialement,
Sophie Laurent""",
        style="outlook",
        labels=dict(due=["2029-10-04"],
                    cr=["Pourriez-vous mettre le nom du thé en doré"],
                    req=["Toutes les photos doivent être libres de droits"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2413, "bicis-spanish", ES, SAM, "2029-09-17 17:40", "RE: Lanzamiento e-bike",
        """Hola Sam:

Te aviso de que hemos retrasado el lanzamiento de la e-bike al 15 de octubre, porque el proveedor se ha retrasado.

Para la campaña en redes tenemos 5.000 € en total.

Un saludo,
Carmen""",
        style="gmail",
        quote=_quote("Hola Carmen, te envío el plan de lanzamiento."),
        labels=dict(due=["2029-10-15"],
                    budgets=[("5000", "EUR")],
                    cr=["hemos retrasado el lanzamiento de la e-bike al 15 de octubre"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2414, "diner-rambling-owner", RAMBLE, SAM, "2029-09-17 22:40", "the diner stuff",
        """Sam,

ok so my wife and I talked about everything tonight. Tuesdays are dead, we want to fill the place on Tuesday nights, that's the main thing.

I can spend maybe $800 a month on Facebook, not more.

the font on the new menu is too small for the older folks, they keep asking for reading glasses. also nothing with the old logo anywhere, we're done with that.

we need the new menus by the 1st of October, that's when the fall specials start.

thanks
Gus""",
        style="plain",
        labels=dict(due=["2029-10-01"],
                    budgets=[("800", "USD", "cap")],
                    cr=["the font on the new menu is too small for the older folks"],
                    req=["nothing with the old logo anywhere"],
                    obj=["we want to fill the place on Tuesday nights"]),
    ),
    Mail(
        2415, "roofing-reply-on-history", HISTORY, SAM, "2029-09-17 13:55", "Re: Storm season ads",
        """Agreed on all points. One thing though: the tagline should be "Built to last", we never say "Built tough", that's a truck slogan.

Nina""",
        style="gmail",
        quote=Quote(SAM, "2029-09-14 16:20", """Hi Nina,

Recapping our call:

1. Radio runs October 1-31 on the two country stations, $4,200 total.
2. Yard signs: 500 units, delivered to your office by September 28.
3. The billboard on Route 9 is booked from October 8.
4. Tagline: "Built tough for Texas storms".

Let me know if I missed anything.

Sam"""),
        labels=dict(cr=["the tagline should be \"Built to last\""]),
    ),
    Mail(
        2416, "winery-html-labels", HTML, SAM, "2029-09-17 11:05", "RE: Harvest newsletter",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Our notes on the harvest newsletter:</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Change:</b> the hero photo to the one of the crush pad at sunrise</p>
<p class="MsoNormal"><b>Change:</b> &#8220;Join us&#8221; button to &#8220;Reserve a tasting&#8221;</p>
<p class="MsoNormal"><b>Keep:</b> the winemaker&#8217;s note as is</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">It needs to go out on the 25th, the first harvest weekend.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Leah Stone<br>Stone Creek Winery</p>
</div></body></html>""",
        labels=dict(due=["2029-09-25"],
                    cr=["the hero photo to the one of the crush pad at sunrise",
                        "button to \"Reserve a tasting\""]),
    ),
    Mail(
        2417, "running-thanks-results", THANKS, SAM, "2029-09-17 08:30", "Half marathon - thank you!",
        """Sam,

Just wanted to say thank you. The campaign drove 1,340 registrations, 20% above our target, and we spent $9,200 of the $10,000 we had set aside.

The race on September 9 was our best ever. We'll talk about next year in January.

Ian""",
        style="gmail",
        labels=dict(non_budget=[("9200", "USD", "other"), ("10000", "USD", "other")]),
    ),
    Raw(
        2418, "landscaping-terse-option",
        _mail("Jen Alvarez <jen@alvarezlandscaping.com>", "Re: Door hanger options",
              "Mon, 17 Sep 2029 15:22:00 -0700", """Go w/ option 2. Need by fri. Thx

Sent from my iPhone

> On Sep 17, 2029, at 2:05 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Jen, three door hanger options attached. Which one do you like?
""", mid="F9A0-alvarez-0917@alvarezlandscaping.com"),
        labels=dict(timezone="America/Phoenix", due=["2029-09-21"]),
    ),
    Mail(
        2419, "coffee-estimate-accepted", ACCEPT, SAM, "2029-09-17 16:45", "Re: Estimate",
        """Hi Sam,

We're fine with the $6,500 estimate, go ahead. Can you confirm it includes two rounds of revisions?

Our main goal is more walk-ins from the university crowd, especially in the mornings.

Sam K.""",
        style="gmail",
        quote=_quote("Hi Sam, attached is our estimate for the fall campaign."),
        labels=dict(budgets=[("6500", "USD")],
                    obj=["Our main goal is more walk-ins from the university crowd"]),
    ),
]
