"""The forty-fourth labelled set (1020-1039), written on 2026-12-06 (eighteenth session) after
tune35's fixes and before any tuning on it, scored blind, then tuned on: the split
``tune36``.

A week of mail (31 May - 4 June 2027), changes once more, in the shorthand of people who
review work all day: "nit:", "+1 on", "could use more", "I'd go with", "feels off-brand",
"lose the gradient", "get rid of", "swap in", "bump up", "is getting lost", "fix the
kerning", colours that look wrong on a screen, voice-to-text run-ons, emoji; beside replies
that ask nothing ("no notes!", "we'll handle printing", "can you send the invoice?").
"""

from build import Mail, Person, Quote
from cast import SAM

ARI = Person("Ari Stone", "ari@stonefintech.com", "America/New_York")
BEA = Person("Bea Lowe", "bea@lowebakes.com", "America/Chicago")
CAL = Person("Cal Ruiz", "cal@ruizsurf.com", "America/Los_Angeles")
DEE = Person("Dee Wong", "dee@wongdental.com", "America/Los_Angeles")
ELI = Person("Eli Hart", "eli@hartcoffee.com", "America/Denver")
FAY = Person("Fay Cole", "fay@colegardens.com", "America/New_York")
GUY = Person("Guy Marsh", "guy@marshautos.com", "America/Chicago")
HAL_B = Person("Hal Berg", "hal@bergoutdoors.com", "America/Denver")
IVY = Person("Ivy Chen", "ivy@chenskincare.com", "America/Los_Angeles")
JUDE = Person("Jude Pike", "jude@pikelaw.com", "America/New_York")
KIM_R = Person("Kim Rao", "kim@raobistro.com", "America/Chicago")
LOU_B = Person("Lou Banks", "lou@banksgym.com", "America/New_York")
MAX = Person("Max Vidal", "max@vidalwines.com", "America/Los_Angeles")
NIA = Person("Nia Hall", "nia@hallbooks.com", "America/New_York")
OZ = Person("Oz Grant", "oz@grantrealty.com", "America/Denver")
PEG = Person("Peg Nolan", "peg@nolanflorals.com", "America/Chicago")
ROB = Person("Rob Diaz", "rob@diazhvac.com", "America/Chicago")
SUE = Person("Sue Kerr", "sue@kerrpets.com", "America/Los_Angeles")
TED_W = Person("Ted Wu", "ted@wutech.io", "America/Los_Angeles")
UMA_B = Person("Uma Bose", "uma@bosetravel.com", "America/New_York")

ITEMS = [
    Mail(
        1020, "fintech-nits", ARI, SAM, "2027-05-31 09:00", "Re: App store page",
        """Looks great overall. A few nits:
nit: the second screenshot caption has a double space
nit: "secure" is capitalised mid-sentence on line 3
Otherwise ship it.

Ari""",
        style="gmail",
        quote=Quote(SAM, "2027-05-28 15:00", """Ari, the app store page copy and screenshots
are attached.

Sam"""),
        labels=dict(cr=["the second screenshot caption has a double space",
                        "\"secure\" is capitalised mid-sentence"]),
    ),
    Mail(
        1021, "bakes-plus-one", BEA, SAM, "2027-05-31 10:30", "Re: Summer menu card",
        """+1 on swapping the hero photo for the berry tart. Also the card could use more white
space around the prices.

Bea""",
        style="gmail",
        quote=Quote(SAM, "2027-05-28 16:00", """Bea, the summer menu card is attached. One idea:
we could use the berry tart as the hero.

Sam"""),
        labels=dict(cr=["swapping the hero photo for the berry tart",
                        "could use more white"]),
    ),
    Mail(
        1022, "surf-go-with-warmer", CAL, SAM, "2027-05-31 12:00", "Re: Summer video",
        """I'd go with a warmer grade on the whole thing, it feels a bit cold for summer. And
lose the drone shot at the end, it's too long.

Cal""",
        style="gmail",
        quote=Quote(SAM, "2027-05-28 17:00", """Cal, the summer video edit is here:
https://vimeo.com/brightlane/ruiz-summer

Sam"""),
        labels=dict(cr=["go with a warmer grade", "lose the drone shot at the end"]),
    ),
    Mail(
        1023, "dental-off-brand", DEE, SAM, "2027-05-31 14:00", "RE: Social posts",
        """Sam,

The gradient background feels off-brand for us. Can we get rid of it and use our flat
mint instead?

Dee""",
        style="outlook",
        quote=Quote(SAM, "2027-05-28 12:00", """Dee, the June social posts are attached.

Sam"""),
        labels=dict(cr=["get rid of it"]),
    ),
    Mail(
        1024, "coffee-swap-in", ELI, SAM, "2027-05-31 16:00", "Re: Wholesale sheet",
        """Swap in the new Ethiopia single origin where the Sumatra is. We dropped Sumatra.

Eli""",
        style="gmail",
        quote=Quote(SAM, "2027-05-31 10:00", """Eli, the wholesale sheet is attached.

Sam"""),
        labels=dict(cr=["Swap in the new Ethiopia single origin"]),
    ),
    Mail(
        1025, "gardens-bump-up", FAY, SAM, "2027-06-01 09:00", "Re: Plant sale flyer",
        """Can you bump the date up in size? People need to see it from across the street.

Fay""",
        style="gmail",
        quote=Quote(SAM, "2027-05-31 15:00", """Fay, the plant sale flyer is attached.

Sam"""),
        labels=dict(cr=["bump the date up in size"]),
    ),
    Mail(
        1026, "autos-getting-lost", GUY, SAM, "2027-06-01 10:15", "Re: Billboard",
        """The phone number is getting lost against the sky. White text with a dark outline?

Guy""",
        style="gmail",
        quote=Quote(SAM, "2027-05-31 16:00", """Guy, the billboard design is attached.

Sam"""),
        labels=dict(cr=["The phone number is getting lost"]),
    ),
    Mail(
        1027, "outdoors-kerning", HAL_B, SAM, "2027-06-01 12:00", "Re: Catalog cover",
        """Please fix the kerning on "Summer Trails", the "T" and "r" are touching. Also the
green looks olive on my screen, is that right?

Hal""",
        style="gmail",
        quote=Quote(SAM, "2027-05-31 17:00", """Hal, the catalog cover is attached.

Sam"""),
        labels=dict(cr=["fix the kerning"]),
    ),
    Mail(
        1028, "skincare-voice-to-text", IVY, SAM, "2027-06-01 14:30", "Re: Launch email",
        """hey Sam so I looked at the launch email and I think the subject line needs to be
shorter and can we also move the discount code up so people see it first thanks so much

Sent from my iPhone""",
        style="gmail",
        quote=Quote(SAM, "2027-06-01 10:00", """Ivy, the launch email draft is attached.

Sam"""),
        labels=dict(cr=["subject line needs to be"]),
    ),
    Mail(
        1029, "law-no-notes", JUDE, SAM, "2027-06-01 16:00", "RE: Brochure final",
        """No notes! Approved as is. Please send it to the printer.

Jude""",
        style="outlook",
        quote=Quote(SAM, "2027-06-01 11:00", """Jude, the final brochure is attached for
approval.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1030, "bistro-emoji", KIM_R, SAM, "2027-06-02 09:00", "Re: patio poster",
        """love it 😍 can the prices be a bit bigger tho 🙏 and the hours say 11-9 not 11-10

Kim""",
        style="gmail",
        quote=Quote(SAM, "2027-06-01 15:00", """Kim, the patio poster is attached.

Sam"""),
        labels=dict(cr=["can the prices be a bit bigger", "the hours say 11-9 not 11-10"]),
    ),
    Mail(
        1031, "gym-we-handle-printing", LOU_B, SAM, "2027-06-02 10:30", "Re: Class flyer",
        """Perfect, we'll handle the printing ourselves this time. Thanks Sam!

Lou""",
        style="gmail",
        quote=Quote(SAM, "2027-06-01 16:00", """Lou, the final class flyer is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1032, "wines-too-busy", MAX, SAM, "2027-06-02 12:00", "Re: Tasting menu",
        """Too busy. Can we simplify? Maybe drop the vineyard map and keep just the wines and
prices.

Max""",
        style="gmail",
        quote=Quote(SAM, "2027-06-01 17:00", """Max, the tasting menu layout is attached.

Sam"""),
        labels=dict(cr=["Can we simplify", "drop the vineyard map"]),
    ),
    Mail(
        1033, "books-invoice-question", NIA, SAM, "2027-06-02 14:00", "Invoice",
        """Hi Sam, can you send the invoice for the summer reading posters to accounts@
hallbooks.com? Thanks!

Nia""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1034, "realty-make-sure-crop", OZ, SAM, "2027-06-03 09:00", "Re: Listing ad",
        """Make sure the logo isn't cropped on the mobile version, right now the "y" in Realty
is cut off.

Oz""",
        style="gmail",
        quote=Quote(SAM, "2027-06-02 15:00", """Oz, the listing ad in all sizes is attached.

Sam"""),
        labels=dict(cr=["the logo isn't cropped on the mobile version"]),
    ),
    Mail(
        1035, "florals-kill-exclamation", PEG, SAM, "2027-06-03 10:30", "Re: Wedding email",
        """Kill the exclamation points, there are five in the first paragraph. Otherwise it's
lovely.

Peg""",
        style="gmail",
        quote=Quote(SAM, "2027-06-02 16:00", """Peg, the wedding season email is attached.

Sam"""),
        labels=dict(cr=["Kill the exclamation points"]),
    ),
    Mail(
        1036, "hvac-this-needs-to-pop", ROB, SAM, "2027-06-03 12:00", "Re: Door hanger",
        """This needs to pop more. It's a door hanger, people give it two seconds.

Rob""",
        style="gmail",
        quote=Quote(SAM, "2027-06-02 17:00", """Rob, the door hanger draft is attached.

Sam"""),
        labels=dict(cr=["This needs to pop more"]),
    ),
    Mail(
        1037, "pets-without-border", SUE, SAM, "2027-06-03 14:00", "Re: Adoption ad",
        """Can we try it without the border? And the dog's name is Biscuit, not Biscuits.

Sue""",
        style="gmail",
        quote=Quote(SAM, "2027-06-03 10:00", """Sue, the adoption ad is attached.

Sam"""),
        labels=dict(cr=["try it without the border", "the dog's name is Biscuit, not Biscuits"]),
    ),
    Mail(
        1038, "tech-slack-style", TED_W, SAM, "2027-06-04 09:00", "Re: Landing page v3",
        """v3 notes:
- hero copy 👍
- pricing table: annual first pls
- footer still says 2026
- the demo form should only be 3 fields

Ted""",
        style="gmail",
        quote=Quote(SAM, "2027-06-03 16:00", """Ted, v3 of the landing page is on staging.

Sam"""),
        labels=dict(cr=["annual first pls", "footer still says 2026",
                        "demo form should only be 3 fields"]),
    ),
    Mail(
        1039, "travel-purple-on-screen", UMA_B, SAM, "2027-06-04 11:00", "Re: Brochure cover",
        """Hi Sam, the blue on the cover looks purple on my screen, can you check it against
our Pantone 2935? Everything else is good.

Uma""",
        style="gmail",
        quote=Quote(SAM, "2027-06-03 17:00", """Uma, the brochure cover is attached.

Sam"""),
        labels=dict(cr=["the blue on the cover looks purple"]),
    ),
]
