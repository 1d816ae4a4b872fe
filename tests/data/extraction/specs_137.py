"""The hundred-and-thirty-second labelled set (2780-2799), written on 2026-12-08 (thirty-fifth
session) after tune106's rules, before any rule of its own: the split ``tune107``, scored
blind first, then tuned on.

Rules for the work said every way, each mail with words that sound like a rule and are not:
alt text for every photo beside "we must catch up", a kosher caterer's imagery rule beside
"every year we do a toy drive", an accessibility line beside "I have to run", a legal team
that insists on "Terms apply" beside a cap said with "must not exceed", approved photography
only beside "all staff will attend", a bilingual ad beside "you need to see the showroom",
"nothing political" beside "no need to rush", a tone rule beside "don't worry about the
typo", a union bug beside a deadline said with "must", a clear space in millimetres, a
competitor's colour to avoid, pricing never to be mentioned, claims that need a source, a
printer's file spec, a dietitian's rule said through the board, and a franchise's rule in a
forwarded note. Dates run in the week of 4 November 2030 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

ALT = Person("Dana Wolfe", "dana@wolfelibrary.org", "America/Chicago")
KOSHER = Person("Ari Levin", "ari@levincatering.com", "America/New_York")
ACCESS = Person("Meg Torres", "meg@torrescu.org", "America/Denver")
LEGAL = Person("Sam Patel", "spatel@patelmotors.com", "America/Chicago")
PHOTO = Person("Lynn Cho", "lynn@chohotels.com", "America/Los_Angeles")
BILINGUAL = Person("Marc Gagnon", "marc@gagnonauto.ca", "America/Toronto")
POLITICAL = Person("Ruth Baker", "ruth@bakerchamber.org", "America/New_York")
TONE = Person("Jess Flynn", "jess@flynnpets.com", "America/Chicago")
UNION = Person("Tom Murphy", "tmurphy@local42.org", "America/Detroit")
CLEAR = Person("Lars Berg", "lars@bergdesignhaus.de", "Europe/Berlin")
AVOID = Person("Kate Bloom", "kate@bloomtelecom.com", "America/New_York")
PRICING = Person("Omar Aziz", "omar@azizjewelers.com", "America/Chicago")
SOURCE = Person("Dr. Lee Grant", "lgrant@grantnutrition.com", "America/Los_Angeles")
SPEC = Person("Pete Nolan", "pete@nolanprint.com", "America/Chicago")
CLIENTPRINT = Person("Sue Hart", "sue@hartwinery.com", "America/Los_Angeles")
BOARD = Person("Carol Diaz", "carol@diazschools.org", "America/Phoenix")
FRANCHISEE = Person("Matt Cole", "matt@colefitness.com", "America/New_York")
HQ = Person("Brand Team", "brand@peakfitnesshq.com", "America/New_York")
CATCH = Person("Zara Khan", "zara@khanspices.com", "America/New_York")
HEALTH = Person("Nina Rossi", "nina@rossiclinic.com", "America/New_York")


def _quote(text: str, when: str = "2030-11-01 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2780, "library-alt-text-catch-up", ALT, SAM, "2030-11-04 09:00", "Website photos",
        """Hi Sam,

All photos on the new site need alt text - we're a public library and it's the law for us. We must catch up soon about the spring programme too!

Dana""",
        style="gmail",
        labels=dict(req=["All photos on the new site need alt text"]),
    ),
    Mail(
        2781, "catering-kosher-imagery-toy-drive", KOSHER, SAM, "2030-11-04 09:40", "Holiday menu ads",
        """Sam,

We're a kosher caterer, so no pork or shellfish in any of the imagery. Every year we do a toy drive in December, maybe we can mention it next year.

Ari""",
        style="gmail",
        labels=dict(req=["no pork or shellfish in any of the imagery"]),
    ),
    Mail(
        2782, "creditunion-accessibility-run", ACCESS, SAM, "2030-11-04 10:20", "RE: Mobile banking page",
        """Sam,

Accessibility: text contrast has to meet WCAG AA on every screen. Sorry to be brief, I have to run to a board meeting.

Meg""",
        style="outlook",
        quote=_quote("Meg, the mobile banking page designs are attached."),
        labels=dict(req=["text contrast has to meet WCAG AA on every screen"]),
    ),
    Mail(
        2783, "motors-legal-terms-apply-cap", LEGAL, SAM, "2030-11-04 11:00", "Year-end sales event",
        """Sam,

Our legal team insists on "Terms apply" on every offer. The media spend must not exceed $25,000.

Sam Patel
Patel Motors""",
        style="gmail",
        labels=dict(req=["Our legal team insists on \"Terms apply\" on every offer"],
                    budgets=[("25000", "USD", "cap")]),
    ),
    Mail(
        2784, "hotels-approved-photography-staff", PHOTO, SAM, "2030-11-04 11:45", "Winter getaway campaign",
        """Hi Sam,

Please use only our approved photography from the brand library. All staff will attend the launch party on the 20th, you're welcome to join!

Lynn""",
        style="gmail",
        labels=dict(req=["Please use only our approved photography from the brand library"]),
    ),
    Mail(
        2785, "auto-bilingual-showroom", BILINGUAL, SAM, "2030-11-04 12:30", "Winter tire ad",
        """Sam,

The ad must be bilingual, French and English, same size type for both. You need to see the new showroom, come by any time!

Marc""",
        style="outlook",
        labels=dict(req=["The ad must be bilingual"], default_currency="CAD"),
    ),
    Mail(
        2786, "chamber-nothing-political-no-rush", POLITICAL, SAM, "2030-11-04 13:15", "Shop local posters",
        """Sam - nothing political on the posters please, we have members on all sides. No need to rush on these, early December is fine.

Ruth""",
        style="apple",
        labels=dict(req=["nothing political on the posters please"]),
    ),
    Mail(
        2787, "pets-tone-rule-typo", TONE, SAM, "2030-11-04 14:00", "Re: Adoption day email",
        """Keep the tone friendly but not jokey - people are adopting a family member. Don't worry about the typo in my last email, I meant Saturday.

Jess""",
        style="gmail",
        quote=_quote("Jess, quick check: is adoption day Saturday or Sunday?"),
        labels=dict(req=["Keep the tone friendly but not jokey"]),
    ),
    Mail(
        2788, "union-bug-and-deadline-must", UNION, SAM, "2030-11-04 14:45", "Member mailer",
        """Sam,

Every printed piece must carry the union bug. The files must be with the printer by November 15.

Tom Murphy
Local 42""",
        style="outlook",
        labels=dict(req=["Every printed piece must carry the union bug"], due=["2030-11-15"]),
    ),
    Mail(
        2789, "designhaus-clear-space-mm", CLEAR, SAM, "2030-11-04 15:30", "Logo usage",
        """Hello Sam,

please keep a clear space of 10 mm around the logo on all formats, this is from our brand manual.

Best
Lars""",
        style="outlook",
        labels=dict(req=["please keep a clear space of 10 mm around the logo on all formats"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2790, "telecom-avoid-red", AVOID, SAM, "2030-11-05 09:00", "Holiday campaign",
        """Sam,

Avoid red anywhere in the campaign, it's our biggest competitor's colour.

Kate""",
        style="gmail",
        labels=dict(req=["Avoid red anywhere in the campaign"]),
    ),
    Mail(
        2791, "jewelers-never-mention-pricing", PRICING, SAM, "2030-11-05 09:45", "Engagement ring spots",
        """Sam, we never mention pricing in our radio spots, that's a company rule. We never got the invoice for October by the way.

Omar""",
        style="gmail",
        labels=dict(req=["we never mention pricing in our radio spots"]),
    ),
    Mail(
        2792, "nutrition-claims-need-source", SOURCE, SAM, "2030-11-05 10:30", "Blog series",
        """Hi Sam,

All health claims need a cited source, ideally a peer-reviewed study. We'd like the first two posts by the 15th.

Dr. Lee Grant""",
        style="gmail",
        labels=dict(req=["All health claims need a cited source"], due=["2030-11-15"]),
    ),
    Forward(
        2793, "winery-printer-file-spec", CLIENTPRINT, SAM, "2030-11-05 11:15",
        "Sam, the printer's specs for the labels, see below.\n\nSue",
        Mail(
            0, "winery-printer", SPEC, CLIENTPRINT, "2030-11-04 16:00", "Label specs",
            """Sue,

File format: PDF/X-1a, 300 dpi, 3 mm bleed. White ink goes on a separate layer.

Pete
Nolan Print""",
            style="plain",
        ),
        style="gmail",
        labels=dict(req=["File format: PDF/X-1a, 300 dpi, 3 mm bleed",
                         "White ink goes on a separate layer"]),
    ),
    Mail(
        2794, "schools-board-dietitian-rule", BOARD, SAM, "2030-11-05 12:00", "Lunch menu posters",
        """Hi Sam,

The board says no images of soda or candy on anything that goes up in the cafeterias. They approved the budget of $3,200 last night.

Carol""",
        style="gmail",
        labels=dict(req=["The board says no images of soda or candy on anything that goes up in the cafeterias"],
                    budgets=[("3200", "USD")]),
    ),
    Forward(
        2795, "fitness-franchise-rule-forwarded", FRANCHISEE, SAM, "2030-11-05 13:00",
        "Sam, FYI from HQ - this applies to our January ads too.\n\nMatt",
        Mail(
            0, "fitness-hq", HQ, FRANCHISEE, "2030-11-04 09:00", "Brand update",
            """Hi all,

From January 1, all local ads must use the new "Peak" wordmark. The old mountain logo is retired.

Brand Team""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(req=["all local ads must use the new \"Peak\" wordmark"]),
    ),
    Mail(
        2796, "spices-have-to-meet-and-must-try", CATCH, SAM, "2030-11-05 14:00", "Re: Recipe cards",
        """Sam, you have to try the new chai blend, I'll bring some Thursday. For the cards: every recipe has to list allergens at the bottom.

Zara""",
        style="gmail",
        quote=_quote("Zara, the recipe card layouts are attached."),
        labels=dict(req=["every recipe has to list allergens at the bottom"]),
    ),
    Mail(
        2797, "clinic-hipaa-no-patient-faces", HEALTH, SAM, "2030-11-05 15:00", "Testimonial videos",
        """Hi Sam,

For privacy reasons we can't show patients' faces in any video unless they've signed the consent form. Our compliance officer reviews every script before filming.

Nina""",
        style="outlook",
        labels=dict(req=["we can't show patients' faces in any video unless they've signed the consent form",
                         "Our compliance officer reviews every script before filming"]),
    ),
    Mail(
        2798, "library-must-and-deadline-only", ALT, SAM, "2030-11-05 15:45", "Re: Spring programme",
        """Sam, the spring programme flyer has to be at the printer by December 2. We must get the dates right this time!

Dana""",
        style="gmail",
        quote=_quote("Dana, shall I start on the spring programme flyer?"),
        labels=dict(due=["2030-12-02"]),
    ),
    Mail(
        2799, "catering-budget-must-not", KOSHER, SAM, "2030-11-05 16:30", "Re: Passover ads",
        """Sam, the Passover ads budget must not go over $4,000. Everything has to be certified kosher-friendly, no leavened bread in the photos.

Ari""",
        style="gmail",
        quote=_quote("Ari, do you want to start on the Passover ads early this year?"),
        labels=dict(budgets=[("4000", "USD", "cap")],
                    req=["Everything has to be certified kosher-friendly, no leavened bread in the photos"]),
    ),
]
