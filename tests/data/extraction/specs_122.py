"""The hundred-and-seventeenth labelled set (2480-2499), written on 2026-12-07 (thirty-third
session) after tune91's rules, before any rule of its own: the split ``tune92``, scored blind
first, then tuned on.

Changes asked of work in review, in the forms review takes: a video's timecoded notes, a
website's notes page by page, social captions by post, a package's printer flag, a deck's
slides, a team photo out of date and a new address, hedged wonders, a Brazilian client's
English with reais, a colleague's notes forwarded, a newsletter's subject and preview text,
praise and cuts in one paragraph, an ask in capitals with its rule, a send day moved, emoji
verdicts, subtitles burned in, "Too many fonts. Stick to two.", a menu that won't open on a
phone, a name spelled with a K, a new certification's logo, and asks about how files are sent
(no change to the work). Dates run in the week of 15 October 2029 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

VIDEO = Person("Ian Ford", "ian@fordbrewing.com", "America/Denver")
WEB = Person("Dr. Lisa Kim", "lkim@kimfamilymed.com", "America/Los_Angeles")
SOCIAL = Person("Mona Reed", "mona@reedbakes.com", "America/Chicago")
PACK = Person("Sid Patel", "sid@patelspices.com", "America/New_York")
DECK = Person("Clara Diaz", "cdiaz@diazventures.com", "America/New_York")
TEAM = Person("Rick Moss", "rick@mossaccounting.com", "America/Chicago")
HEDGE = Person("Fern Lowe", "fern@lowepets.com", "America/Los_Angeles")
BR = Person("Paulo Lima", "paulo@limacafe.com.br", "America/Sao_Paulo")
FWD = Person("Gina Ross", "gina@rossmarina.com", "America/New_York")
JIM = Person("Jim Hart", "jim@rossmarina.com", "America/New_York")
NEWS = Person("Tess Young", "tess@youngbooks.com", "America/Chicago")
MIXED = Person("Ruth Adler", "ruth@adlerfoundation.org", "America/New_York")
CAPS = Person("Walt Byrne", "walt@byrnetires.com", "America/Chicago")
MOVE = Person("Kira Lane", "kira@lanefashion.com", "America/New_York")
EMOJI = Person("Zoe Park", "zoe@parkburgers.com", "America/Los_Angeles")
SUBS = Person("Omar Said", "omar@saidfitness.com", "America/Chicago")
FONTS = Person("Beth Ames", "beth@amesdesignhouse.com", "America/New_York")
MENU = Person("Hugo Grant", "hugo@grantbistro.com", "America/New_York")
NAME = Person("Paula West", "paula@westlaw.com", "America/Denver")
BCORP = Person("Nina Cole", "nina@colesoap.com", "America/Los_Angeles")
PROCESS = Person("Ed Burns", "ed@burnsplumbing.com", "America/Chicago")


def _quote(text: str, when: str = "2029-10-15 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2480, "brewing-video-timecodes", VIDEO, SAM, "2029-10-15 14:10", "Re: Oktoberfest spot v1",
        """Notes on v1:

0:12 - the logo appears too late, bring it in at the start
0:34 - music too loud under the VO
0:50 - end card should show the website, not the phone number

Ian""",
        style="gmail",
        quote=_quote("Ian, v1 of the Oktoberfest spot is linked below."),
        labels=dict(cr=["the logo appears too late", "music too loud under the VO",
                        "end card should show the website"]),
    ),
    Mail(
        2481, "clinic-web-by-page", WEB, SAM, "2029-10-15 11:30", "Re: New site on staging",
        """Sam, went through the staging site:

Home: the hero text is hard to read over the photo.
About: Dr. Kim's title is Medical Director now.
Contact: the form doesn't send, I tried twice.

Lisa""",
        style="gmail",
        quote=_quote("Lisa, the new site is up on staging for your review."),
        labels=dict(cr=["the hero text is hard to read over the photo",
                        "Dr. Kim's title is Medical Director now",
                        "the form doesn't send"]),
    ),
    Mail(
        2482, "bakes-social-captions", SOCIAL, SAM, "2029-10-15 10:05", "Re: October posts",
        """Post 2 caption: drop the second hashtag. Post 4: can we tag @citybakery? Post 5 is perfect.

Mona""",
        style="gmail",
        quote=_quote("Mona, the October posts are attached."),
        labels=dict(cr=["drop the second hashtag", "can we tag @citybakery"]),
    ),
    Mail(
        2483, "spices-pack-printer-flag", PACK, SAM, "2029-10-15 15:40", "Re: Chai tin label",
        """The barcode is too close to the fold, the printer flagged it. Also the net weight should be 12 oz (340 g).

Sid""",
        style="gmail",
        quote=_quote("Sid, the chai tin label is attached."),
        labels=dict(cr=["The barcode is too close to the fold",
                        "the net weight should be 12 oz"]),
    ),
    Mail(
        2484, "ventures-deck-slides", DECK, SAM, "2029-10-15 16:20", "Re: Investor deck",
        """Slide 3 has too many bullets - can we split it? Slide 7, swap the chart for a simple table.

Clara""",
        style="gmail",
        quote=_quote("Clara, the investor deck is attached."),
        labels=dict(cr=["Slide 3 has too many bullets", "swap the chart for a simple table"]),
    ),
    Mail(
        2485, "accounting-team-photo", TEAM, SAM, "2029-10-15 09:25", "Re: Tax season brochure",
        """The photo of the team is from 2019 - half of them have left. Our new address is 40 Pine St, Suite 200.

Rick""",
        style="gmail",
        quote=_quote("Rick, the tax season brochure is attached."),
        labels=dict(cr=["The photo of the team is from 2019",
                        "Our new address is 40 Pine St"]),
    ),
    Mail(
        2486, "pets-hedged-wonders", HEDGE, SAM, "2029-10-15 12:45", "Re: Adoption day poster",
        """I wonder if the yellow is a bit much? Might be nice to see a version with the dog from the shelter photos.

Fern""",
        style="gmail",
        quote=_quote("Fern, the adoption day poster is attached."),
        labels=dict(cr=["I wonder if the yellow is a bit much",
                        "Might be nice to see a version with the dog"]),
    ),
    Mail(
        2487, "cafe-brazilian-english", BR, SAM, "2029-10-15 13:30", "Re: Menu board",
        """Hi Sam,

Please, the photo of the product need more light, is very dark. And the price must be R$ 49,90 and not R$ 59,90.

Abraços,
Paulo""",
        style="gmail",
        quote=_quote("Paulo, the menu board is attached."),
        labels=dict(cr=["the photo of the product need more light",
                        "the price must be R$ 49,90 and not R$ 59,90"],
                    default_currency="BRL", day_first=True),
    ),
    Forward(
        2488, "marina-colleague-notes", FWD, SAM, "2029-10-15 17:05",
        "Sam, see Jim's notes below. Gina",
        Mail(
            0, "marina-jim-notes", JIM, FWD, "2029-10-15 16:30", "Re: Boat show flyer",
            """Gina - two things on the flyer: the map is missing the new parking lot, and the phone number on the back is the old one.

Jim""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["the map is missing the new parking lot"]),
    ),
    Mail(
        2489, "books-newsletter-subject", NEWS, SAM, "2029-10-15 10:50", "Re: November newsletter",
        """Subject line: can we try something with "last chance"? Preview text is cut off on my phone.

Tess""",
        style="gmail",
        quote=_quote("Tess, the November newsletter test is in your inbox."),
        labels=dict(cr=["can we try something with \"last chance\"",
                        "Preview text is cut off on my phone"]),
    ),
    Mail(
        2490, "foundation-praise-and-cuts", MIXED, SAM, "2029-10-15 14:35", "Re: Annual appeal letter",
        """The intro paragraph is lovely. The second paragraph drags, cut it in half. The sign-off should be from Maria, not me.

Ruth""",
        style="gmail",
        quote=_quote("Ruth, the annual appeal letter draft is attached."),
        labels=dict(cr=["The second paragraph drags, cut it in half",
                        "The sign-off should be from Maria, not me"]),
    ),
    Mail(
        2491, "tires-caps-ask-and-rule", CAPS, SAM, "2029-10-15 08:55", "Re: Winter tire flyer",
        """PLEASE REMOVE THE PRICE FROM THE FRONT. We don't show prices on any print anymore.

Walt""",
        style="gmail",
        quote=_quote("Walt, the winter tire flyer is attached."),
        labels=dict(cr=["PLEASE REMOVE THE PRICE FROM THE FRONT"],
                    req=["We don't show prices on any print anymore"]),
    ),
    Mail(
        2492, "fashion-send-day-moved", MOVE, SAM, "2029-10-15 11:10", "Re: Launch email",
        """Can we push the launch email from Tuesday to Thursday? Tuesday is our inventory day.

Kira""",
        style="gmail",
        quote=_quote("Kira, the launch email is scheduled for Tuesday at 9am."),
        labels=dict(due=["2029-10-18"], replaced=["2029-10-16"],
                    cr=["Can we push the launch email from Tuesday to Thursday"]),
    ),
    Mail(
        2493, "burgers-emoji-verdicts", EMOJI, SAM, "2029-10-15 13:00", "Re: Menu redesign",
        """👍 on the layout. 👎 on the orange, feels like a fast food ad.

Zoe""",
        style="gmail",
        quote=_quote("Zoe, the menu redesign is attached."),
        labels=dict(cr=["on the orange, feels like a fast food ad"]),
    ),
    Mail(
        2494, "fitness-subtitles", SUBS, SAM, "2029-10-15 15:15", "Re: Class promo video",
        """Can we get subtitles burned in? Most people watch without sound.

Omar""",
        style="gmail",
        quote=_quote("Omar, the class promo video is attached."),
        labels=dict(cr=["Can we get subtitles burned in"]),
    ),
    Mail(
        2495, "designhouse-too-many-fonts", FONTS, SAM, "2029-10-15 12:20", "Re: Rate card",
        """Too many fonts. Stick to two.

Beth""",
        style="gmail",
        quote=_quote("Beth, the new rate card is attached."),
        labels=dict(cr=["Too many fonts"]),
    ),
    Mail(
        2496, "bistro-menu-iphone", MENU, SAM, "2029-10-15 19:40", "Re: Website is live",
        """The menu doesn't work on my iPhone - it won't open when I tap it.

Hugo""",
        style="gmail",
        quote=_quote("Hugo, the new website is live!"),
        labels=dict(cr=["The menu doesn't work on my iPhone"]),
    ),
    Mail(
        2497, "law-name-with-k", NAME, SAM, "2029-10-15 10:30", "Re: Team page",
        """Please spell it Katherine with a K, she's very particular about it.

Paula""",
        style="gmail",
        quote=_quote("Paula, the team page with the new bios is on staging."),
        labels=dict(cr=["Please spell it Katherine with a K"]),
    ),
    Mail(
        2498, "soap-bcorp-logo", BCORP, SAM, "2029-10-15 14:00", "Re: Website footer",
        """We just got certified as a B Corp - can we add the logo to the footer?

Nina""",
        style="gmail",
        quote=_quote("Nina, the website footer update is done."),
        labels=dict(cr=["can we add the logo to the footer"]),
    ),
    Mail(
        2499, "plumbing-file-sending", PROCESS, SAM, "2029-10-15 09:45", "Re: Van wrap files",
        """Can you send the files via WeTransfer next time? Our email blocks big attachments. And please cc Mark on these going forward.

Ed""",
        style="gmail",
        quote=_quote("Ed, the van wrap files are attached."),
        labels=dict(),
    ),
]
