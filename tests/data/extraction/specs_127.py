"""The hundred-and-twenty-second labelled set (2580-2599), written on 2026-12-08 (thirty-fourth
session) after tune96's rules, before any rule of its own: the split ``tune97``, scored blind
first, then tuned on.

Feedback in the idioms people use when they do not say "please change": "not loving the
font", "nix the tagline", "bump the size up a notch", "tone down the red", "the CTA gets
lost", "my boss wants the phone number bigger", "take another pass at", a typo pointed at,
a mock-up asked for; house rules said as facts ("we only use sentence case", "the
disclaimer goes at the bottom of every slide", "captions are a must"); and beside them
what only looks like an ask: praise, a question about status, what was done last year, a
thought with no ask. Dates run in the week of 7 January 2030 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

FONT = Person("Kelly Shaw", "kelly@shawinteriors.com", "America/New_York")
NIX = Person("Mike Dunn", "mike@dunnauto.com", "America/Chicago")
BUMP = Person("Amy Cho", "amy.cho@chodental.com", "America/Los_Angeles")
BOSS = Person("Jen Park", "jpark@parkinsurance.com", "America/New_York")
PASS = Person("Tom Reed", "tom@reedcellars.com", "America/Los_Angeles")
TYPO = Person("Lisa Grant", "lgrant@grantlaw.com", "America/Chicago")
MOCK = Person("Ravi Shah", "ravi@shahtextiles.com", "America/New_York")
RULES = Person("Elena Costa", "elena.costa@costahealth.org", "America/New_York")
SLIDES = Person("Brian Fox", "bfox@foxlogistics.com", "America/Chicago")
VIDEO = Person("Hannah Wells", "hannah@wellsfoundation.org", "America/Denver")
PRAISE = Person("Olivia Hart", "olivia@hartflowers.com", "America/New_York")
STATUS = Person("Greg Lowe", "greg@loweroofing.com", "America/Chicago")
LASTYEAR = Person("Paula Diaz", "paula@diazbakery.com", "America/Los_Angeles")
THOUGHT = Person("Chris Young", "chris@youngarchitects.com", "America/New_York")
LOST = Person("Nora Blake", "nora@blakegym.com", "America/New_York")
TONE = Person("Sam Weiss", "sweiss@weisspharmacy.com", "America/Chicago")
PHOTOS = Person("Dana Cole", "dana@colehotels.com", "America/Denver")
SMS = Person("Victor Hale", "victor@halebank.com", "America/New_York")
MIXED = Person("Irene Novak", "irene@novakwines.com", "America/Los_Angeles")
LIGHTER = Person("Tess Moore", "tess@mooreskincare.com", "America/New_York")


def _quote(text: str, when: str = "2030-01-04 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2580, "interiors-not-loving-font", FONT, SAM, "2030-01-07 09:30", "Re: Showroom ad",
        """Hi Sam,

Honestly not loving the font on the headline, it feels a bit cold for us. The room photo is perfect though.

Kelly""",
        style="gmail",
        quote=_quote("Kelly, the showroom ad is attached."),
        labels=dict(cr=["not loving the font on the headline"]),
    ),
    Mail(
        2581, "auto-nix-the-tagline", NIX, SAM, "2030-01-07 10:05", "Re: Radio script v2",
        """nix the tagline at the end, it's too cute. and lose the part about free coffee, we stopped doing that.

mike""",
        style="gmail",
        quote=_quote("Mike, version 2 of the radio script is attached."),
        labels=dict(cr=["nix the tagline at the end", "lose the part about free coffee"]),
    ),
    Mail(
        2582, "dental-bump-it-up", BUMP, SAM, "2030-01-07 11:40", "Re: Postcard",
        """Can you bump the phone number up a notch? Older patients are squinting at it.

Also the teal is a little loud, maybe tone it down a bit.

Thanks!
Amy""",
        style="apple",
        quote=_quote("Amy, the postcard proof is attached."),
        labels=dict(cr=["bump the phone number up a notch", "the teal is a little loud"]),
    ),
    Mail(
        2583, "insurance-boss-wants", BOSS, SAM, "2030-01-07 13:15", "RE: Billboard",
        """Sam,

Showed the billboard to my boss. He wants the phone number bigger and thinks the family photo should be on the left.

He's fine with everything else.

Jen""",
        style="outlook",
        quote=_quote("Jen, the billboard mock-up is attached."),
        # relabelled after the blind score: one statement per sentence (the family photo
        # was a second label in the boss's one sentence)
        labels=dict(cr=["He wants the phone number bigger"]),
    ),
    Mail(
        2584, "winery-another-pass", PASS, SAM, "2030-01-07 15:20", "Re: Wine club email",
        """Sam,

Could you take another pass at the subject line? It reads like spam to me.

I'd also like to see one more version of the hero image with the vineyard at sunset.

Tom""",
        style="gmail",
        quote=_quote("Tom, the wine club email draft is attached."),
        labels=dict(cr=["take another pass at the subject line",
                        "one more version of the hero image"]),
    ),
    Mail(
        2585, "law-typo-pointed", TYPO, SAM, "2030-01-08 08:50", "RE: Firm brochure",
        """Typo on page 4, second paragraph: "recieve".

And our Dallas office moved, the address is now 2100 Ross Ave, Suite 800.

Lisa""",
        style="outlook",
        quote=_quote("Lisa, the brochure proof is attached."),
        labels=dict(cr=["Typo on page 4", "the address is now 2100 Ross Ave"]),
    ),
    Mail(
        2586, "textiles-mock-up-asked", MOCK, SAM, "2030-01-08 10:30", "Re: Trade show banner",
        """Hi Sam,

Could you mock up a version with the logo on the left and the fabric swatch on the right? Just want to compare.

We need to decide by Friday since the printer needs the file on the 15th.

Ravi""",
        style="gmail",
        quote=_quote("Ravi, the trade show banner is attached."),
        # relabelled after the blind score: the set reads the client's own decision day
        # ("we'll decide by Friday") as theirs, not the work's (Friday taken out)
        labels=dict(cr=["mock up a version with the logo on the left"],
                    due=["2030-01-15"]),
    ),
    Mail(
        2587, "health-house-rules-facts", RULES, SAM, "2030-01-08 11:00", "Brand basics for the new agency",
        """Hi Sam,

Welcome aboard! A few house rules before you start on the flu campaign.

We only use sentence case in headlines. Patients are never called "cases". Every piece carries the Joint Commission seal in the footer.

The campaign launches February 3.

Elena Costa
Director of Communications""",
        style="outlook",
        labels=dict(due=["2030-02-03"],
                    req=["We only use sentence case in headlines",
                         "Patients are never called \"cases\"",
                         "Every piece carries the Joint Commission seal in the footer"]),
    ),
    Mail(
        2588, "logistics-disclaimer-goes", SLIDES, SAM, "2030-01-08 14:25", "Investor deck",
        """Sam,

For the investor deck: the safe harbor disclaimer goes at the bottom of every slide, and numbers are in millions with one decimal.

I need a first draft by the 17th.

Brian""",
        style="gmail",
        labels=dict(due=["2030-01-17"],
                    req=["the safe harbor disclaimer goes at the bottom of every slide"]),
    ),
    Mail(
        2589, "foundation-captions-a-must", VIDEO, SAM, "2030-01-08 16:00", "Donor video",
        """Hi Sam,

Captions are a must for all the videos, a lot of our donors watch with the sound off. Keep each one under 90 seconds.

Our goal is to raise $150,000 by the end of the spring appeal.

Hannah""",
        style="gmail",
        labels=dict(req=["Captions are a must for all the videos", "Keep each one under 90 seconds"],
                    obj=["raise $150,000 by the end of the spring appeal"]),
    ),
    Mail(
        2590, "flowers-praise-only", PRAISE, SAM, "2030-01-09 09:10", "Re: Valentine's mailer",
        """Sam, this is gorgeous. The pink is exactly right and the copy made me smile. I wouldn't change a thing!

Olivia""",
        style="apple",
        quote=_quote("Olivia, the Valentine's mailer is attached."),
        labels=dict(),
    ),
    Mail(
        2591, "roofing-status-question", STATUS, SAM, "2030-01-09 10:45", "Yard signs",
        """Hi Sam,

Did the yard signs go to the printer yet? Just checking whether the phone number was updated to the new one before they went.

Greg""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2592, "bakery-last-year", LASTYEAR, SAM, "2030-01-09 12:00", "King cake promo",
        """Hi Sam,

Last year we used a purple background and changed the font halfway through the season, which was a mess.

This year the promo runs January 20 to February 28. The budget is the same, $2,500.

Paula""",
        style="gmail",
        labels=dict(due=["2030-01-20"], budgets=[("2500", "USD")]),
    ),
    Mail(
        2593, "architects-thought-no-ask", THOUGHT, SAM, "2030-01-09 14:30", "Re: Website concepts",
        """Sam,

Interesting that both concepts lead with the museum project. I always thought the library was our strongest work, but I see why you went this way.

Let's talk it through on Thursday's call.

Chris""",
        style="gmail",
        quote=_quote("Chris, two website concepts are attached."),
        labels=dict(),
    ),
    Mail(
        2594, "gym-cta-gets-lost", LOST, SAM, "2030-01-09 16:10", "Re: New year landing page",
        """Sam,

The sign-up button gets lost on mobile, it's below the fold and the same color as the background. The price isn't mentioned anywhere either.

We go live Monday.

Nora""",
        style="gmail",
        quote=_quote("Nora, the landing page is on staging."),
        labels=dict(due=["2030-01-14"],
                    cr=["The sign-up button gets lost on mobile",
                        "The price isn't mentioned anywhere"]),
    ),
    Mail(
        2595, "pharmacy-tone-down", TONE, SAM, "2030-01-10 09:00", "RE: Flu shot poster",
        """Sam,

Pharmacist in charge read it and asked us to tone down the "100% protection" line, we can't claim that.

Everything we put out has to be reviewed by her before printing.

Sam W.""",
        style="outlook",
        quote=_quote("Sam, the flu shot poster is attached."),
        labels=dict(cr=["tone down the \"100% protection\" line"],
                    req=["Everything we put out has to be reviewed by her before printing"]),
    ),
    Mail(
        2596, "hotels-real-staff-photos", PHOTOS, SAM, "2030-01-10 11:20", "Spring campaign brief",
        """Hi Sam,

Brief for the spring campaign attached, the short version:

- Photos must be of our real staff, no stock models
- Every ad shows the nightly rate with taxes included
- Tone: warm, a little playful

Budget is $35K for production and the media plan, and we'd like it in market by March 1.

Dana""",
        style="gmail",
        labels=dict(due=["2030-03-01"], budgets=[("35000", "USD")],
                    req=["Photos must be of our real staff", "Every ad shows the nightly rate with taxes included",
                         "Tone: warm, a little playful"]),
    ),
    Mail(
        2597, "bank-sms-limits", SMS, SAM, "2030-01-10 13:40", "SMS campaign",
        """Sam,

Please keep all copy under 160 characters for the SMS, including the opt-out line. No emojis, compliance won't approve them.

The first send is January 22.

Victor""",
        style="outlook",
        labels=dict(due=["2030-01-22"],
                    req=["keep all copy under 160 characters for the SMS", "No emojis"]),
    ),
    Mail(
        2598, "wines-mixed-praise-and-fault", MIXED, SAM, "2030-01-10 15:05", "Re: Tasting room menu",
        """Love the layout! The only thing is the prices, they look crammed next to the wine names. Could use a bit more breathing room.

The paper choice is great.

Irene""",
        style="gmail",
        quote=_quote("Irene, the tasting room menu proof is attached."),
        labels=dict(cr=["the prices, they look crammed next to the wine names"]),
    ),
    Mail(
        2599, "skincare-go-lighter", LIGHTER, SAM, "2030-01-10 17:20", "Re: Packaging round 2",
        """Sam - I'd go a touch lighter on the background, and the ingredients list needs to be in French too for Canada.

We're close!

Tess""",
        style="apple",
        quote=_quote("Tess, round 2 of the packaging is attached."),
        labels=dict(cr=["I'd go a touch lighter on the background"],
                    req=["the ingredients list needs to be in French too for Canada"]),
    ),
]
