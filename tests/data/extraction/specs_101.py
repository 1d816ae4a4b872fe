"""The ninety-sixth labelled set (2060-2079), written on 2026-12-07 (twenty-ninth session)
after tune72's rules and before any rule of its own: the split ``tune73``, scored blind first,
then tuned on.

Feedback as people dictate and thumb it: a voice note run together without stops, emoji
between the asks, "see the marked-up PDF, plus:", questions that are asks ("are we able to get
the logo bigger"), asks hedged away ("not sure but maybe the blue is too dark? your call"), a
manager's notes pasted under "from Jen:", "same for the other sizes", thanks that carry one
fix, a "quick q" that asks nothing; a long reply mixing a fix with news. Dates run in the week
of 12 March 2029 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

VOICE = Person("Rick Moreno", "rick@morenoroofing.com", "America/Phoenix")
EMOJI = Person("Tasha Bell", "tasha@bellbeauty.com", "America/New_York")
PDF = Person("Owen Hart", "owen@hartlaw.com", "America/Chicago")
ABLE = Person("Lena Fox", "lena@foxfitness.com", "America/Denver")
HEDGE = Person("Mina Kaur", "mina@kaurdesignhome.com", "America/Los_Angeles")
MANAGER = Person("Chloe Adams", "chloe@adamsdental.com", "America/New_York")
SIZES = Person("Pete Ruiz", "pete@ruizautos.com", "America/Chicago")
THANKS = Person("Irene Wolfe", "irene@wolfebakery.com", "America/New_York")
QUICKQ = Person("Sam Lee", "slee@leeplumbing.com", "America/New_York")
NEWSFIX = Person("Gwen Hall", "gwen@hallgardencenter.com", "America/Chicago")
SWIM = Person("Troy Banks", "troy@banksswim.com", "America/Los_Angeles")
YOGA2 = Person("Nadia Rahman", "nadia@stillwateryoga.com", "America/New_York")
BREW2 = Person("Cody Price", "cody@pricebrewing.com", "America/Denver")
VET3 = Person("Dr. Alan Cho", "acho@cityvets.com", "America/Los_Angeles")
REALTOR = Person("Kim Novak", "kim@novakhomes.com", "America/Chicago")
BIKES = Person("Jules Martin", "jules@martincycles.com", "America/New_York")
SPA2 = Person("Leila Haddad", "leila@haddadspa.com", "America/New_York")
CHURCH3 = Person("Rev. Paul Stone", "pstone@gracechapel.org", "America/Chicago")
TOYS = Person("Dina Katz", "dina@katztoys.com", "America/New_York")
FARM2 = Person("Walt Greene", "walt@greeneorchards.com", "America/New_York")


def _quote(text: str, when: str = "2029-03-12 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2060, "roofing-voice-note", VOICE, SAM, "2029-03-12 10:20", "Re: Truck magnet proof",
        """hey sam looked at the truck magnet proof looks good but the phone number needs to be way bigger you cant read it from the road and take off the facebook logo nobody uses that thanks

Sent from my iPhone""",
        style="apple",
        quote=_quote("Rick, the truck magnet proof is attached."),
        labels=dict(cr=["the phone number needs to be way bigger"]),  # one sentence, two asks
    ),
    Mail(
        2061, "beauty-emoji-asks", EMOJI, SAM, "2029-03-12 11:45", "Re: spring promo graphics",
        """OMG love these 😍😍 only thing can we make the pink a little softer? 💕 and the date should say March 22 not March 21 🙏""",
        style="apple",
        quote=_quote("Tasha, spring promo graphics attached!"),
        labels=dict(cr=["can we make the pink a little softer?",
                        "the date should say March 22 not March 21"]),
    ),
    Mail(
        2062, "law-marked-up-pdf-plus", PDF, SAM, "2029-03-12 14:00", "RE: Practice areas brochure",
        """Sam,

See the marked-up PDF attached, plus:

- The photo of the courthouse is not our courthouse. Please use the county courthouse instead.
- Remove "best" from the headline; the bar doesn't allow it.

Owen""",
        style="outlook",
        quote=_quote("Owen, the practice areas brochure draft is attached."),
        labels=dict(cr=["The photo of the courthouse is not our courthouse",
                        "Remove \"best\" from the headline"]),
    ),
    Mail(
        2063, "fitness-are-we-able", ABLE, SAM, "2029-03-12 16:10", "Re: class schedule poster",
        """are we able to get the logo bigger and move the QR code to the bottom right?""",
        style="gmail",
        quote=_quote("Lena, the spring class schedule poster is attached."),
        labels=dict(cr=["are we able to get the logo bigger"]),
    ),
    Mail(
        2064, "design-hedged-your-call", HEDGE, SAM, "2029-03-13 09:30", "Re: Showroom postcard",
        """Hi Sam, not sure but maybe the blue is a bit too dark? Your call, you're the designer. Everything else is perfect.

Mina""",
        style="gmail",
        quote=_quote("Mina, the showroom postcard is attached."),
        labels=dict(),  # a doubt left to the agency, nothing asked
    ),
    Mail(
        2065, "dental-manager-notes-pasted", MANAGER, SAM, "2029-03-13 11:00",
        "RE: Hygiene month emails",
        """Hi Sam,

Notes from Jen (our office manager) below:

"Email 2 says we're open until 7 on Thursdays. We close at 6 now. Also the coupon in email 3 should expire April 30, not March 31."

Thanks!
Chloe""",
        style="outlook",
        quote=_quote("Chloe, drafts of the three hygiene month emails are attached."),
        labels=dict(cr=["Email 2 says we're open until 7 on Thursdays",
                        "the coupon in email 3 should expire April 30, not March 31"]),
    ),
    Mail(
        2066, "autos-same-for-other-sizes", SIZES, SAM, "2029-03-13 13:20", "Re: web banners",
        """Swap the sedan for the pickup on the 300x250. Same for the other sizes.

Pete""",
        style="gmail",
        quote=_quote("Pete, the web banners in all five sizes are attached."),
        labels=dict(cr=["Swap the sedan for the pickup on the 300x250"]),  # "same for": the same change
    ),
    Mail(
        2067, "bakery-thanks-one-fix", THANKS, SAM, "2029-03-13 15:00", "Re: Easter menu",
        """Thank you so much, it looks beautiful! Just one tiny thing, hot cross buns are $2.50 each, not $2.25. Then we're ready to print.

Irene""",
        style="gmail",
        quote=_quote("Irene, the Easter menu is attached for your review."),
        labels=dict(cr=["hot cross buns are $2.50 each, not $2.25"]),
    ),
    Mail(
        2068, "plumbing-quick-q", QUICKQ, SAM, "2029-03-14 08:45", "quick q",
        """quick q - do you guys also do vehicle wraps or just print and digital?""",
        style="plain",
        labels=dict(),  # a question about the agency, nothing to change
    ),
    Mail(
        2069, "garden-news-and-fix", NEWSFIX, SAM, "2029-03-14 10:30", "RE: Spring sale ad",
        """Hi Sam,

Busy week here, the greenhouse finally opened and we had 300 people on Saturday. Thanks again for the signage, people kept asking about it.

On the spring sale ad, one thing: perennials are 20% off, not 25%. The 25% is for shrubs. Everything else is right.

We're also thinking about a fall festival, but more on that later.

Gwen""",
        style="outlook",
        quote=_quote("Gwen, the spring sale ad for the Gazette is attached."),
        labels=dict(cr=["perennials are 20% off, not 25%"]),
    ),
    Mail(
        2070, "swim-swap-photos-kids", SWIM, SAM, "2029-03-14 13:00", "Re: summer lessons flyer",
        """Can we use a photo with kids in the water instead of on the deck? Parents want to see the lessons.

Troy""",
        style="gmail",
        quote=_quote("Troy, the summer lessons flyer is attached."),
        labels=dict(cr=["Can we use a photo with kids in the water instead of on the deck?"]),
    ),
    Mail(
        2071, "yoga-copy-feels-salesy", YOGA2, SAM, "2029-03-14 15:30", "Re: Retreat page copy",
        """The copy feels a bit salesy for us. Could it sound more like an invitation and less like an ad?

Nadia""",
        style="gmail",
        quote=_quote("Nadia, the retreat page copy is attached."),
        labels=dict(cr=["The copy feels a bit salesy for us"]),  # its fix next: one change
    ),
    Mail(
        2072, "brewery-dictated-run-on", BREW2, SAM, "2029-03-15 09:00", "Re: Can labels",
        """ok so the can labels look great just the ABV on the IPA is wrong its 6.8 not 6.5 and can the hops be a little more green less yellow""",
        style="apple",
        quote=_quote("Cody, the three can labels are attached."),
        labels=dict(cr=["the ABV on the IPA is wrong"]),  # one sentence: one change
    ),
    Mail(
        2073, "vet-question-not-ask", VET3, SAM, "2029-03-15 11:20", "Re: Dental month post",
        """Is the tooth illustration from a stock site? Just curious, it's very cute.

Dr. Cho""",
        style="gmail",
        quote=_quote("Dr. Cho, the dental month post is attached."),
        labels=dict(),  # a curious question, praise
    ),
    Mail(
        2074, "realtor-long-reply-two-fixes", REALTOR, SAM, "2029-03-15 14:40", "RE: Open house flyers",
        """Hi Sam,

Thanks for getting these out so fast. I showed them to the sellers last night and they were thrilled.

Two small corrections before they print: the square footage is 2,450, not 2,540, and the open house is Sunday 1-4, not 2-5.

I'll pick them up from the printer myself on Friday.

Kim""",
        style="outlook",
        quote=_quote("Kim, the open house flyers for Maple Street are attached."),
        labels=dict(cr=["the square footage is 2,450, not 2,540"]),  # one sentence
    ),
    Mail(
        2075, "cycles-lose-the-gradient", BIKES, SAM, "2029-03-15 16:00", "Re: new logo options",
        """Option C is the one. Lose the gradient though, flat color only.

Jules""",
        style="gmail",
        quote=_quote("Jules, three logo options attached: A, B and C."),
        labels=dict(cr=["Lose the gradient though"]),
    ),
    Mail(
        2076, "spa-price-list-outdated", SPA2, SAM, "2029-03-16 09:10", "Re: price list card",
        """Hi Sam, the massage prices on the card are from last year. New prices attached, can you update?

Leila""",
        style="gmail",
        quote=_quote("Leila, the price list card is attached."),
        labels=dict(cr=["the massage prices on the card are from last year"]),
    ),
    Mail(
        2077, "chapel-easter-times", CHURCH3, SAM, "2029-03-16 11:00", "RE: Easter service card",
        """Sam,

The sunrise service is at 6:30, not 6:00. Could you also add the Good Friday service at 7pm?

Blessings,
Pastor Paul""",
        style="outlook",
        quote=_quote("Pastor Paul, the Easter service card is attached."),
        labels=dict(cr=["The sunrise service is at 6:30, not 6:00",
                        "Could you also add the Good Friday service at 7pm?"]),
    ),
    Mail(
        2078, "toys-no-changes-print", TOYS, SAM, "2029-03-16 13:30", "Re: spring catalog final",
        """No changes, go ahead and print. Thanks for all the work on this one!

Dina""",
        style="gmail",
        quote=_quote("Dina, the final spring catalog is attached."),
        labels=dict(),
    ),
    Mail(
        2079, "orchard-bigger-apples", FARM2, SAM, "2029-03-16 15:45", "Re: farm stand sign",
        """Sign looks good. Apples could be bigger, they're the whole point. Maybe lose the tractor to make room?

Walt""",
        style="gmail",
        quote=_quote("Walt, the farm stand sign is attached."),
        labels=dict(cr=["Apples could be bigger"]),  # its fix next: one change
    ),
]
