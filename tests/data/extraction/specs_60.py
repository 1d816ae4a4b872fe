"""The fifty-fifth labelled set (1220-1239), written on 2026-12-06 (nineteenth session) after
tune44 and before any tuning on it, scored blind, then tuned on: the split ``tune45``.

A week (16-20 August 2027) of ordinary English-speaking clients asking for changes in the
ways people do when they are busy, polite or unsure: "is it too late to ...?", "any chance
we could ...", "I'd love to see ...", "not sure about the ...", "the ... isn't quite right",
"can we go back to ...", "let's lose the ...", "it would be great if ...", "we've had a
rethink", "one small thing", "happy with everything apart from", a change said as a
question to a colleague in CC, a change hidden in the middle of a long status mail.
"""

from build import Mail, Person, Quote
from cast import SAM

ALICE = Person("Alice Ward", "alice@wardcandles.com", "America/New_York")
BEN_K = Person("Ben Keller", "ben@kellerbrew.com", "America/Chicago")
CHLOE = Person("Chloe Dunn", "chloe@dunnyoga.com", "America/Los_Angeles")
DAVID = Person("David Roy", "david@roylaw.com", "America/New_York")
ELLIE = Person("Ellie Shaw", "ellie@shawtea.com", "America/Denver")
FINN_O = Person("Finn O'Hara", "finn@oharapub.com", "America/Chicago")
GEMMA = Person("Gemma Lane", "gemma@lanejewelry.com", "America/New_York")
HUGO_B = Person("Hugo Bell", "hugo@bellgolf.com", "America/Phoenix")
ISLA = Person("Isla Grant", "isla@grantvet.com", "America/Chicago")
JACK = Person("Jack Moore", "jack@mooreroofing.com", "America/Denver")
KATE = Person("Kate Fox", "kate@foxbakery.com", "America/New_York")
LIAM = Person("Liam Cole", "liam@colegym.com", "America/Los_Angeles")
MAYA = Person("Maya Patel", "maya@patelspa.com", "America/New_York")
NOAH_W = Person("Noah West", "noah@westwines.com", "America/Los_Angeles")
OLIVE = Person("Olive Stone", "olive@stonebooks.com", "America/Chicago")
PETE = Person("Pete Rossi", "pete@rossipizza.com", "America/New_York")
RUTH = Person("Ruth Hale", "ruth@halehome.com", "America/Denver")
SETH_B = Person("Seth Burke", "seth@burkeauto.com", "America/Chicago")
TARA_J = Person("Tara Jones", "tara@jonesdental.com", "America/New_York")
UMA_K = Person("Uma Khan", "uma@khantextiles.com", "America/New_York")

ITEMS = [
    Mail(
        1220, "candles-too-late", ALICE, SAM, "2027-08-16 09:00", "Re: Fall catalog",
        """Hi Sam, is it too late to swap the cover candle for the new pumpkin one? Totally
understand if it is!

Alice""",
        style="apple",
        quote=Quote(SAM, "2027-08-13 16:00", """Alice, the fall catalog goes to print on the 20th.

Sam"""),
        labels=dict(cr=["is it too late to swap the cover candle"]),
    ),
    Mail(
        1221, "brew-any-chance", BEN_K, SAM, "2027-08-16 11:00", "Re: Oktoberfest poster",
        """Sam, any chance we could get the brewery address on there too? People keep asking
where we are. Otherwise love it.

Ben""",
        style="gmail",
        quote=Quote(SAM, "2027-08-13 12:00", """Ben, the Oktoberfest poster is attached.

Sam"""),
        labels=dict(cr=["any chance we could get the brewery address on there"]),
    ),
    Mail(
        1222, "yoga-love-to-see", CHLOE, SAM, "2027-08-16 13:30", "Re: Studio ads",
        """Hi Sam!

The ads look calm and lovely. I'd love to see a version with one of our real instructors
instead of the model, if we can. And the class schedule link is going to the old page.

Chloe""",
        style="gmail",
        labels=dict(cr=["I'd love to see a version with one of our real instructors",
                        "the class schedule link is going to the old page"]),
    ),
    Mail(
        1223, "law-not-sure", DAVID, SAM, "2027-08-17 09:15", "Re: Website copy",
        """Sam,

Not sure about the headline "Fighting for you since 1998" - it sounds a bit aggressive for
an estate planning firm. Can we try something calmer? The rest of the copy is fine.

David""",
        style="outlook",
        labels=dict(cr=["Can we try something calmer"]),  # the doubt and its fix: one
    ),
    Mail(
        1224, "tea-not-quite-right", ELLIE, SAM, "2027-08-17 11:00", "Re: Tin label",
        """Sam, the green on the tin label isn't quite right - it needs to match our Pantone
349. Print run is September 1, so we'd need the fix by August 27.

Ellie""",
        style="gmail",
        # (a print run's day is a due date, as the labelling rules say)
        labels=dict(due=["2027-09-01", "2027-08-27"],
                    cr=["the green on the tin label isn't quite right"]),
    ),
    Mail(
        1225, "pub-go-back", FINN_O, SAM, "2027-08-17 14:20", "Re: Menu v3",
        """Hey Sam - can we go back to the font from v1? The new one is hard to read in the dim
light. Cheers.

Finn""",
        style="gmail",
        labels=dict(cr=["can we go back to the font from v1"]),
    ),
    Mail(
        1226, "jewelry-lose-the", GEMMA, SAM, "2027-08-18 09:00", "Re: Holiday email",
        """Hi Sam, let's lose the snowflakes in the background, they feel a bit cheap. And it
would be great if the gift guide button were gold instead of red.

Gemma""",
        style="gmail",
        labels=dict(cr=["let's lose the snowflakes",
                        "it would be great if the gift guide button"]),
    ),
    Mail(
        1227, "golf-rethink", HUGO_B, SAM, "2027-08-18 11:30", "Fall tournament",
        """Sam,

We've had a rethink on the fall tournament. Instead of the full-page ad in the club
magazine, we'd rather do a half page and put the difference into Facebook ads. Budget
stays at $6,000 overall.

Hugo""",
        style="outlook",
        labels=dict(budgets=[("6000", "USD")],
                    cr=["we'd rather do a half page"]),
    ),
    Mail(
        1228, "vet-one-small-thing", ISLA, SAM, "2027-08-18 14:00", "Re: Puppy class flyer",
        """One small thing: Dr. Patel's name is spelled with one "t" in the middle, not two.
Thanks!

Isla""",
        style="apple",
        labels=dict(cr=["Dr. Patel's name is spelled with one"]),
    ),
    Mail(
        1229, "roofing-apart-from", JACK, SAM, "2027-08-19 08:30", "Re: Yard signs",
        """Happy with everything apart from the phone number, which needs to be bigger - it's
the one thing people need to read from the road.

Jack""",
        style="gmail",
        labels=dict(cr=["apart from the phone number, which needs to be bigger"]),
    ),
    Mail(
        1230, "bakery-cc-question", KATE, SAM, "2027-08-19 10:00", "Re: Wedding cake brochure",
        """Sam, adding Tom from our kitchen. Tom - should we show the three-tier cake on the
cover instead of the cupcakes? I think it sells better. Sam, if Tom agrees, please make
the switch.

Kate""",
        style="gmail",
        cc=(Person("Tom Fox", "tom@foxbakery.com", "America/New_York"),),
        labels=dict(cr=["please make the switch"]),
    ),
    Mail(
        1231, "gym-long-status-with-ask", LIAM, SAM, "2027-08-19 12:30", "Update + one thing",
        """Hi Sam,

Quick update from our side. The new Venice location opened last weekend and we had about
300 people through the door. The landing page did its job, thank you. We're still waiting
on photos from the opening, I'll send them when I have them.

One thing while I think of it: the Venice page still shows "coming soon" in the header,
could you take that off? No rush, sometime this week is fine.

Otherwise all good. Talk soon.

Liam""",
        style="gmail",
        labels=dict(cr=["could you take that off"]),
    ),
    Mail(
        1232, "spa-prefer", MAYA, SAM, "2027-08-19 15:00", "Re: Gift card design",
        """Hi Sam, I'd prefer the lavender version, but with the logo from the white one. Can
we have it by Friday?

Maya""",
        style="apple",
        labels=dict(due=["2027-08-20"], cr=["but with the logo from the white one"]),
    ),
    Mail(
        1233, "wines-what-if", NOAH_W, SAM, "2027-08-20 09:00", "Re: Harvest label",
        """Sam, what if we tried the harvest label without the grapes? Might look cleaner.
Let me know what you think.

Noah""",
        style="gmail",
        labels=dict(cr=["what if we tried the harvest label without the grapes"]),
    ),
    Mail(
        1234, "books-status-no-ask", OLIVE, SAM, "2027-08-20 10:30", "Book fair",
        """Hi Sam, just confirming we'll be at the book fair on September 24 and the banner you
made last year is still in great shape, so we'll reuse it. Thanks again!

Olive""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1235, "pizza-dont-love", PETE, SAM, "2027-08-20 12:00", "Re: Delivery flyer",
        """sam - dont love the pizza photo, looks cold. got a better one? also the delivery
radius says 3 miles, its 5 now

pete""",
        style="plain",
        labels=dict(cr=["dont love the pizza photo",
                        "the delivery radius says 3 miles, its 5 now"]),
    ),
    Mail(
        1236, "home-could-we-also", RUTH, SAM, "2027-08-20 13:30", "Re: Open house postcard",
        """Sam, looks great. Could we also do a version in Spanish? About half our buyers in
that area speak Spanish at home. Mail date is still September 7.

Ruth""",
        style="outlook",
        labels=dict(due=["2027-09-07"], cr=["Could we also do a version in Spanish"]),
    ),
    Mail(
        1237, "auto-kill-and-keep", SETH_B, SAM, "2027-08-20 14:45", "Radio + TV",
        """Sam, kill the radio spot for the Labor Day sale, it's not pulling. Keep the TV as is.
Put the radio money into Google search instead.

Seth""",
        style="gmail",
        labels=dict(cr=["kill the radio spot", "Put the radio money into Google search instead"]),
    ),
    Mail(
        1238, "dental-thanks-and-fyi", TARA_J, SAM, "2027-08-20 16:00", "Re: Reminder postcards",
        """Thanks Sam, the reminder postcards look great and the patients love them. FYI we're
closed September 6 for Labor Day.

Tara""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1239, "textiles-hedge", UMA_K, SAM, "2027-08-20 17:00", "Re: Trade ad",
        """Sam, I keep thinking the tagline could be shorter. Maybe just "Woven to last"? Up to
you, but I'd like to see it.

Uma""",
        style="gmail",
        labels=dict(cr=["the tagline could be shorter"]),
    ),
]
