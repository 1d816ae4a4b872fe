"""The seventy-fourth labelled set (1600-1619), written on 2026-12-07 (twenty-fifth session)
after tune56's rules and before any rule of its own: the split ``tune57``, scored blind
first, then tuned on.

Rules and feedback in the voices the blind splits read worst: rules said by a landlord, a
franchisor, a regulator, a retailer and a union; rules said as the way things are done; briefs
with constraints among their wishes; feedback that names what is wrong without asking; a
client's colleague's feedback pasted with initials; Australian, Nigerian and Swedish clients'
English. Dates run in the week of 6 March 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

MALL = Person("Rita Stone", "rita@stonecafe.com", "America/Chicago")
FRAN = Person("Joe Bianco", "joe@biancopizza.com", "America/New_York")
HQ = Person("Karen Hale", "karen.hale@pizzanovahq.com", "America/New_York")
CANNA = Person("Sky Rivera", "sky@greenleafdispensary.com", "America/Los_Angeles")
GROCER = Person("Mel Ortiz", "mel@ortizfoods.com", "America/Chicago")
UNION = Person("Pat Doyle", "pdoyle@local42.org", "America/Chicago")
HOSP = Person("Amara Obi", "amara@obihealth.ng", "Africa/Lagos")
SWEDE = Person("Erik Lund", "erik@lunddesign.se", "Europe/Stockholm")
AUSSIE = Person("Kylie Ward", "kylie@wardwines.com.au", "Australia/Adelaide")
CHURCH = Person("Rev. Tom Hill", "tom@gracechurch.org", "America/Chicago")
GYMB = Person("Lisa Moreno", "lisa@ironworksgym.com", "America/Denver")
LAW = Person("Dan Price", "dprice@pricelaw.com", "America/New_York")
TOYS = Person("Nina Shah", "nina@shahtoys.com", "America/New_York")
HOTEL = Person("Omar Said", "osaid@desertpalmhotel.com", "America/Phoenix")
COLLEAGUE = Person("Jen Wu", "jen@desertpalmhotel.com", "America/Phoenix")
VET = Person("Dr. Ruth Cole", "ruth@colevet.com", "America/Chicago")
BREW = Person("Sam Kirk", "sam@kirkbrew.com", "America/Denver")
SKI = Person("Anna Berg", "anna@bergski.no", "Europe/Oslo")
DENT = Person("Dr. Lee", "lee@leeortho.com", "America/Los_Angeles")
AUTO = Person("Gary Fox", "gary@foxford.com", "America/Chicago")

ITEMS = [
    Mail(
        1600, "mall-landlord-rules", MALL, SAM, "2028-03-06 09:00", "Window decals",
        """Hi Sam,

Quick heads up before you finish the window decals: the mall's tenant handbook says window graphics can't cover more than 30% of the glass, and nothing can be applied to the outside of the window.

Otherwise go ahead with the design you sent. We'd like them installed by March 20.

Rita""",
        style="gmail",
        labels=dict(req=["window graphics can't cover more than 30% of the glass"],
                    due=["2028-03-20"]),
    ),
    Forward(
        1601, "franchise-hq-rules", FRAN, SAM, "2028-03-06 10:30",
        "Sam - HQ's rules for local ads, FYI. Please make sure our spring coupons follow them.\n\nJoe",
        Mail(
            0, "franchise-hq-orig", HQ, FRAN, "2028-03-03 16:00", "Local marketing standards",
            """Franchisees,

A reminder of the standards for locally produced marketing:

The Pizza Nova logo is only to be used in red or white.
Coupons must state "Valid at participating locations only."
Photography of food must come from the HQ image library.

Karen Hale
Brand Standards""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(req=["The Pizza Nova logo is only to be used in red or white",
                         "Coupons must state \"Valid at participating locations only.\"",
                         "Photography of food must come from the HQ image library"]),
    ),
    Mail(
        1602, "dispensary-regulator", CANNA, SAM, "2028-03-06 11:15", "Re: 4/20 campaign",
        """Hey Sam,

Love the direction. Reminder that state rules apply to everything: no cartoon characters, nothing that appeals to anyone under 21, and the "For use only by adults 21 and older" warning on every piece.

The bear mascot on the poster has to go because of that.

We need the final files by April 3.

Sky""",
        style="gmail",
        labels=dict(req=["state rules apply to everything"],
                    cr=["The bear mascot on the poster has to go"],
                    due=["2028-04-03"]),
    ),
    Mail(
        1603, "grocer-retailer-specs", GROCER, SAM, "2028-03-06 13:00", "Shelf talkers for Kroger",
        """Sam,

Kroger's specs for the shelf talkers came in: 3.5 x 5 inches, no glossy finish, and the UPC has to be on the back. They also won't accept any price on the talker itself.

First 500 need to be at their DC by March 27.

Mel""",
        style="outlook",
        labels=dict(req=["Kroger's specs for the shelf talkers came in",
                         "They also won't accept any price on the talker itself"],
                    due=["2028-03-27"]),
    ),
    Mail(
        1604, "union-bug", UNION, SAM, "2028-03-06 14:20", "Organizing flyer",
        """Sam,

As always, everything we print carries the union bug, and it has to be printed at a union shop - no exceptions.

On this draft, the headline is a bit soft. Members respond to something more direct. And the meeting date is wrong - it's Thursday the 16th, not the 15th.

Pat Doyle
Local 42""",
        style="gmail",
        labels=dict(req=["everything we print carries the union bug"],
                    cr=["the headline is a bit soft", "the meeting date is wrong"]),
    ),
    Mail(
        1605, "nigerian-hospital", HOSP, SAM, "2028-03-06 15:00", "Health talk banners",
        """Dear Sam,

Good afternoon. We have reviewed the banners for the health talk.

Kindly note that the hospital's name is "Obi Specialist Hospital" and not "Obi Hospital". Also the doctors' photos should be in their white coats, the current ones are casual.

All our materials must carry the MDCN registration number.

The event holds on 25th March, banners should be ready latest 20th March.

Thank you.
Amara Obi""",
        style="gmail",
        labels=dict(cr=["the hospital's name is \"Obi Specialist Hospital\" and not \"Obi Hospital\"",
                        "the doctors' photos should be in their white coats"],
                    req=["All our materials must carry the MDCN registration number"],
                    due=["2028-03-20"], day_first=True, default_currency="NGN"),
    ),
    Mail(
        1606, "swedish-design", SWEDE, SAM, "2028-03-06 16:00", "Re: Lookbook",
        """Hi Sam,

Thanks, it looks very clean. Some thoughts from the team:

The chair on page 8 is shown in the wrong colour, it exists only in oak and black.
We miss the designer's name under each product.
Page 12 feels a bit empty, perhaps one more detail photo?

We present the lookbook at the Stockholm Furniture Fair on 4 April.

Erik""",
        style="gmail",
        labels=dict(cr=["The chair on page 8 is shown in the wrong colour",
                        "We miss the designer's name under each product",
                        "Page 12 feels a bit empty"],
                    due=["2028-04-04"], **EU),
    ),
    Mail(
        1607, "aussie-winery", AUSSIE, SAM, "2028-03-07 09:00", "Cellar door signage",
        """G'day Sam,

Signage looks top. Couple of things - the opening hours need to say 10-5 daily, not 11-5, and the Barossa map is missing our new tasting room.

Also, as you know, all our signage has to include the responsible service of alcohol notice.

Cheers,
Kylie""",
        style="gmail",
        labels=dict(cr=["the opening hours need to say 10-5 daily, not 11-5"],
                    req=["all our signage has to include the responsible service of alcohol notice"],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        1608, "church-bulletin", CHURCH, SAM, "2028-03-07 10:00", "Easter services flyer",
        """Sam,

The flyer is lovely. Please list the Good Friday service at 7 pm, it's missing. The sunrise service is at the lake, not in the sanctuary.

We'd like to hand them out starting March 26.

Blessings,
Tom""",
        style="gmail",
        labels=dict(cr=["Please list the Good Friday service at 7 pm",
                        "The sunrise service is at the lake, not in the sanctuary"],
                    due=["2028-03-26"]),
    ),
    Mail(
        1609, "gym-brief-constraints", GYMB, SAM, "2028-03-07 11:30", "Summer challenge brief",
        """Hi Sam,

Brief for the summer challenge campaign:

Goal: 200 sign-ups for the 8-week challenge.
We want real members in the photos, not models - that's a hard rule for us.
Keep the tone encouraging, never shaming.
Budget is $6,000 across social and print.

Launch date is May 1.

Lisa""",
        style="gmail",
        labels=dict(obj=["Goal: 200 sign-ups for the 8-week challenge"],
                    req=["We want real members in the photos, not models",
                         "Keep the tone encouraging, never shaming"],
                    budgets=[("6000", "USD")], due=["2028-05-01"]),
    ),
    Mail(
        1610, "law-bar-rules", LAW, SAM, "2028-03-07 13:00", "Re: Injury ads",
        """Sam,

The state bar doesn't allow "specialist" or "expert" unless certified, so those words need to come out of both ads. And every ad must say "Attorney Advertising" at the top.

Otherwise fine.

Dan""",
        style="gmail",
        quote=Quote(SAM, "2028-03-06 16:00", """Dan, the two injury ads for your review.

Sam"""),
        labels=dict(cr=["those words need to come out of both ads"],
                    req=["The state bar doesn't allow \"specialist\" or \"expert\" unless certified",
                         "every ad must say \"Attorney Advertising\" at the top"]),
    ),
    Mail(
        1611, "toys-safety", TOYS, SAM, "2028-03-07 14:00", "Packaging",
        """Hi Sam,

On the packaging, the choking hazard warning is too small - by law it has to be at least 10pt. Please also move it to the front panel; it's on the side right now.

Nina""",
        style="gmail",
        labels=dict(cr=["the choking hazard warning is too small",
                        "Please also move it to the front panel"]),
    ),
    Forward(
        1612, "hotel-colleague-initials", HOTEL, SAM, "2028-03-07 15:30",
        "Sam, Jen's notes below (JW) - please action. Thanks, Omar",
        Mail(
            0, "hotel-jen-orig", COLLEAGUE, HOTEL, "2028-03-07 12:00", "RE: Spa brochure",
            """Omar,

JW: p2 - pool hours are 6am-10pm now
JW: p4 - drop the massage price list, we're changing prices in April
JW: p6 - love the sunset shot

Jen""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["p2 - pool hours are 6am-10pm now",
                        "p4 - drop the massage price list"]),
    ),
    Mail(
        1613, "vet-nothing-to-change", VET, SAM, "2028-03-08 09:00", "Re: Spring reminder postcard",
        """Sam, all good, no changes. Please go ahead and print. Thanks!""",
        style="plain",
        quote=Quote(SAM, "2028-03-07 16:00", """Dr. Cole, final proof of the spring reminder postcard attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1614, "brewery-can-rules", BREW, SAM, "2028-03-08 10:30", "New can",
        """Sam,

For the new IPA can: TTB needs the government warning on the can, at least 2mm type, and the ABV has to be on the front. We always put the brewery address on the bottom too.

Can we see a first pass by March 17?

Sam K.""",
        style="gmail",
        labels=dict(req=["TTB needs the government warning on the can",
                         "We always put the brewery address on the bottom too"],
                    due=["2028-03-17"]),
    ),
    Mail(
        1615, "norwegian-ski", SKI, SAM, "2028-03-08 11:00", "Winter ad",
        """Hi Sam,

The ad is good but the price is in euro, it must be in NOK for the Norwegian version. Also the slope in the photo is not ours, we need a photo from Hemsedal.

Regards
Anna""",
        style="gmail",
        labels=dict(cr=["the price is in euro", "the slope in the photo is not ours"],
                    day_first=True, default_currency="NOK"),
    ),
    Mail(
        1616, "ortho-phone", DENT, SAM, "2028-03-08 07:10", "Re: Invisalign ad",
        """Good except price should say "from $3,500" not "$3,500". Legal wants "results vary" under it too""",
        style="plain",
        quote=Quote(SAM, "2028-03-07 17:00", """Dr. Lee, the Invisalign ad proof.

Sam"""),
        labels=dict(cr=["price should say \"from $3,500\" not \"$3,500\""],
                    req=["Legal wants \"results vary\" under it too"]),
    ),
    Mail(
        1617, "ford-dealer-oem", AUTO, SAM, "2028-03-08 13:00", "Spring event ads",
        """Sam,

Ford's co-op rules: the Blue Oval has to be at least 1/2 inch on print, only approved Ford photography, and no competitor names anywhere. If we break them we lose the co-op money, so please double-check.

On the current draft, the truck photo isn't from the Ford library - swap it.

Event runs March 23-26.

Gary""",
        style="outlook",
        labels=dict(req=["the Blue Oval has to be at least 1/2 inch on print"],
                    cr=["the truck photo isn't from the Ford library"],
                    due=["2028-03-23"]),
    ),
    Mail(
        1618, "swedish-followup", SWEDE, SAM, "2028-03-09 09:00", "Re: Lookbook",
        """Hi again,

One more: the cover title should be in our brand font (Lund Sans), it looks like Helvetica now.

Erik""",
        style="gmail",
        labels=dict(cr=["the cover title should be in our brand font"], **EU),
    ),
    Mail(
        1619, "grocer-thanks-question", GROCER, SAM, "2028-03-09 10:00", "Shelf talkers",
        """Thanks Sam. Did the printer confirm the March 27 delivery? Kroger is strict about it.

Mel""",
        style="outlook",
        labels=dict(due=["2028-03-27"]),
    ),
]
