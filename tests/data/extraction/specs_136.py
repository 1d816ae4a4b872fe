"""The hundred-and-thirty-first labelled set (2760-2779), written on 2026-12-08 (thirty-fifth
session) after tune105's rules, before any rule of its own: the split ``tune106``, scored
blind first, then tuned on.

Feedback on drafts as people type it, beside asks that change nothing: "not loving the blue",
"feels a bit long", "a touch bigger?", "would love to see a version with", "not sure about
the font", "any chance we could", "lose the tagline", "a warmer tone", a photo that "needs to
go", "swap the two photos around", "try it in green", "might be worth trying", "I'd prefer",
a map hard to read, a typo quoted, a button cut off on mobile, a link that goes to a 404;
and, in the same mails, an invoice asked for, a deadline asked again, a catch-up offered, a
free slot asked, a meeting proposed, a lost email. Dates run in the week of 28 October 2030
(a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

BLUE = Person("Tara Nolan", "tara@nolanflorist.com", "America/New_York")
LONG = Person("Ed Voss", "ed@vossinsurance.com", "America/Chicago")
TOUCH = Person("Kim Lee", "kim@leeskincare.com", "America/Los_Angeles")
VERSION = Person("Jon Blake", "jon@blakecoffee.com", "America/Denver")
FONT = Person("Priya Nair", "priya@nairtextiles.com", "America/New_York")
CHANCE = Person("Sean Doyle", "sean@doylepub.ie", "Europe/Dublin")
TAGLINE = Person("Rita Moreno", "rita@morenorealty.com", "America/Phoenix")
WARM = Person("Hugh Carter", "hugh@carterhospice.org", "America/New_York")
GONE = Person("Lana Ross", "lana@rossaccounting.com", "America/Chicago")
SWAP = Person("Ben Ortiz", "ben@ortizbikes.com", "America/Los_Angeles")
GREEN = Person("Molly Shaw", "molly@shawgarden.com", "America/New_York")
WORTH = Person("Ian Fraser", "ian@fraserwhisky.co.uk", "Europe/London")
PREFER = Person("Gina Russo", "gina@russodeli.com", "America/New_York")
MAP = Person("Walt Kemp", "walt@kempmarina.com", "America/Chicago")
TYPO = Person("Nadia Haddad", "nadia@haddadlaw.com", "America/New_York")
MOBILE = Person("Chris Wong", "chris@wongdental.com", "America/Los_Angeles")
LINK = Person("Paula Grey", "paula@greyvet.com", "America/Denver")
INVOICE = Person("Frank Ruiz", "frank@ruizroofing.com", "America/Chicago")
CATCHUP = Person("Joy Adams", "joy@adamsbakery.com", "America/New_York")
LOST = Person("Ray Park", "ray@parkfitness.com", "America/Los_Angeles")


def _quote(text: str, when: str = "2030-10-25 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


DRAFT = _quote("Here's the first draft, let me know what you think.")

ITEMS = [
    Mail(
        2760, "florist-not-loving-the-blue", BLUE, SAM, "2030-10-28 09:00", "Re: Holiday postcard",
        """Hi Sam, I'm not loving the blue on the postcard. Everything else is perfect!

Tara""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["I'm not loving the blue on the postcard"]),
    ),
    Mail(
        2761, "insurance-feels-long-and-invoice", LONG, SAM, "2030-10-28 09:30", "RE: Renewal email",
        """Sam,

The headline feels a bit long. Also, could you send me the invoice for September when you get a chance?

Ed""",
        style="outlook", quote=DRAFT,
        labels=dict(cr=["The headline feels a bit long"]),
    ),
    Mail(
        2762, "skincare-touch-bigger", TOUCH, SAM, "2030-10-28 10:10", "Re: Product page",
        """Is it possible to get the logo a touch bigger? Otherwise good to go.

Kim

Sent from my iPhone""",
        style="plain", quote=DRAFT,
        labels=dict(cr=["Is it possible to get the logo a touch bigger?"]),
    ),
    Mail(
        2763, "coffee-version-with-and-catchup", VERSION, SAM, "2030-10-28 10:45", "Re: Bag design",
        """Hey Sam,

Would love to see a version with the mountain illustration instead of the photo. Also would love to catch up next week if you're around.

Jon""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["Would love to see a version with the mountain illustration instead of the photo"]),
    ),
    Mail(
        2764, "textiles-not-sure-font-deadline-asked", FONT, SAM, "2030-10-28 11:20", "Re: Lookbook",
        """Hi Sam,

Not sure about the font on the cover, it looks a bit dated. Can you remind me what the print deadline was?

Priya""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["Not sure about the font on the cover, it looks a bit dated"]),
    ),
    Mail(
        2765, "pub-any-chance-and-free-slot", CHANCE, SAM, "2030-10-28 12:00", "RE: Christmas menu poster",
        """Sam,

Any chance we could add the New Year's Eve party to the bottom of the poster? And any chance you're free Thursday for a quick call?

Sean""",
        style="outlook", quote=DRAFT,
        labels=dict(cr=["Any chance we could add the New Year's Eve party to the bottom of the poster?"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2766, "realty-lose-the-tagline", TAGLINE, SAM, "2030-10-28 13:15", "Re: Open house sign",
        """I think we should lose the tagline, the sign is too busy. I think we should also meet to discuss the spring plan.

Rita""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["I think we should lose the tagline, the sign is too busy"]),
    ),
    Mail(
        2767, "hospice-warmer-tone", WARM, SAM, "2030-10-28 14:00", "RE: Memorial service letter",
        """Dear Sam,

Thank you for the draft. Let's go with a warmer tone - it reads a little clinical for families who have just lost someone.

Kind regards,
Hugh""",
        style="outlook", quote=DRAFT,
        labels=dict(cr=["Let's go with a warmer tone"]),
    ),
    Mail(
        2768, "accounting-photo-needs-to-go", GONE, SAM, "2030-10-28 14:40", "Re: Team page",
        """Sam, the photo of Jim needs to go - he left the firm last week.

Lana""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["the photo of Jim needs to go"]),
    ),
    Mail(
        2769, "bikes-swap-photos-around", SWAP, SAM, "2030-10-28 15:30", "Re: Winter sale email",
        """swap the 2 photos around? the helmet one should be first

Ben""",
        style="plain", quote=DRAFT,
        # Put right after the blind score: "the helmet one should be first" was left out as
        # part of the swap, but it is a sentence of its own and the set labels one statement
        # per sentence.
        labels=dict(cr=["swap the 2 photos around?", "the helmet one should be first"]),
    ),
    Mail(
        2770, "garden-try-it-in-green", GREEN, SAM, "2030-10-29 09:00", "Re: Seed catalog cover",
        """Love it! Can we try it in green too, just to compare?

Molly""",
        style="apple", quote=DRAFT,
        labels=dict(cr=["Can we try it in green too, just to compare?"]),
    ),
    Mail(
        2771, "whisky-might-be-worth-trying", WORTH, SAM, "2030-10-29 09:45", "RE: Gift box label",
        """Sam,

Might be worth trying a darker background for the label - the gold doesn't stand out much at the moment.

Cheers,
Ian""",
        style="outlook", quote=DRAFT,
        labels=dict(cr=["Might be worth trying a darker background for the label"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        2772, "deli-prefer-date-at-top", PREFER, SAM, "2030-10-29 10:30", "Re: Catering flyer",
        """Sam, I'd prefer the date at the top rather than the bottom. Thanks!

Gina""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["I'd prefer the date at the top rather than the bottom"]),
    ),
    Mail(
        2773, "marina-map-hard-to-read", MAP, SAM, "2030-10-29 11:15", "Re: Winter storage brochure",
        """Can the map be bigger? It's hard to read on the printed copy.

Walt""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["Can the map be bigger?"]),
    ),
    Mail(
        2774, "law-typo-quoted", TYPO, SAM, "2030-10-29 12:00", "RE: Newsletter",
        """Sam,

The text on page 3 has a typo: "recieve" should be "receive". Otherwise approved.

Nadia Haddad""",
        style="outlook", quote=DRAFT,
        labels=dict(cr=["The text on page 3 has a typo: \"recieve\" should be \"receive\""]),
    ),
    Mail(
        2775, "dental-mobile-button-cut-off", MOBILE, SAM, "2030-10-29 13:00", "Re: Booking page",
        """Hi Sam, on my phone the mobile version cuts off the Book Now button. Can you take a look?

Chris""",
        style="gmail", quote=DRAFT,
        labels=dict(cr=["on my phone the mobile version cuts off the Book Now button"]),
    ),
    Mail(
        2776, "vet-link-404", LINK, SAM, "2030-10-29 14:10", "Re: Flu shot email",
        """Pls fix the link in the footer, it goes to a 404.

Paula""",
        style="plain", quote=DRAFT,
        labels=dict(cr=["Pls fix the link in the footer"]),
    ),
    Mail(
        2777, "roofing-invoice-only", INVOICE, SAM, "2030-10-29 15:00", "Invoice",
        """Hi Sam, could you send me the invoice for the storm campaign? Our accountant needs it by Friday.

Frank""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2778, "bakery-catch-up-only", CATCHUP, SAM, "2030-10-29 15:40", "Re: Holiday plan",
        """Thanks Sam, this all looks great. Would love to catch up next week to talk about January - any chance you're free Tuesday?

Joy""",
        style="gmail", quote=DRAFT,
        labels=dict(),
    ),
    Mail(
        2779, "fitness-lost-email", LOST, SAM, "2030-10-29 16:20", "Following up",
        """Hi Sam, not sure if you got my last email? Just checking in on the January promo.

Ray""",
        style="gmail",
        labels=dict(),
    ),
]
