"""The ninetieth labelled set (1920-1939), written on 2026-12-07 (twenty-ninth session) after
tune67's rules and before any rule of its own: the split ``tune68``, scored blind first, then
tuned on.

Change requests in the words people use when they do not write "please change": asked as a
question of possibility ("is it possible to have ...", "any chance", "what if we tried", "how
about"), as slang ("lose the tagline", "kill the last slide", "tone down the red", "needs more
pop"), as a correction with no verb ("It's Smyth with a y", "typo in the second line"), as
something forgotten ("we forgot to say the Instagram handle goes on it"), as a number bumped
("bump the print run to 5,000"), in a learner's English ("please to make the title more
big"); beside asks that change nothing (go-ahead, an invoice, the files, a call, an option
picked, a deliverable wanted). Dates run in the week of 18 December 2028 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

BREW = Person("Nate Fowler", "nate@fowlerbrewing.com", "America/Denver")
YOGA = Person("Priya Shah", "priya@lotusyogastudio.com", "America/Los_Angeles")
LAW = Person("Karen Smyth", "ksmyth@smythlaw.com", "America/New_York")
CAFE = Person("Marco Rossi", "marco@caffe-rossi.it", "Europe/Rome")
AUTO = Person("Bill Turner", "bill@turnerauto.com", "America/Chicago")
BAKE = Person("Hannah Kim", "hannah@sweetcrumb.com", "America/New_York")
GOLF = Person("Doug Miller", "dmiller@pinehillsgolf.com", "America/New_York")
TRAVEL = Person("Yuki Tanaka", "yuki@sakuratravel.jp", "Asia/Tokyo")
REALTY = Person("Lisa Grant", "lisa@grantrealty.com", "America/Chicago")
THEATRE = Person("Owen Price", "oprice@lyrictheatre.org", "America/New_York")
PETS = Person("Carla Diaz", "carla@happytailsgrooming.com", "America/Los_Angeles")
FURN = Person("Henrik Larsen", "henrik@larsen-mobler.dk", "Europe/Copenhagen")
SPA = Person("Monique Laurent", "monique@serenityspa.com", "America/New_York")
SCHOOL2 = Person("Tim O'Brien", "tobrien@oakridgeschool.org", "America/Chicago")
WINE = Person("Sofia Costa", "sofia@costavineyards.com", "America/Los_Angeles")
GYM = Person("Jay Patel", "jay@ironworksgym.com", "America/New_York")
CHARITY = Person("Ruth Adler", "radler@foodbridge.org", "America/New_York")
HOTEL = Person("Ana Ruiz", "aruiz@hotelcasablanca.mx", "America/Mexico_City")

ITEMS = [
    Mail(
        1920, "brewery-is-it-possible", BREW, SAM, "2028-12-18 09:20", "Re: Winter ale labels",
        """Hey Sam,

These are close. Is it possible to have the snowflake a bit smaller so the name breathes? And what if we tried the dark green for the background instead of the navy?

Nate""",
        style="gmail",
        quote=Quote(SAM, "2028-12-15 16:00", """Nate, here are the winter ale labels, two colourways.

Sam"""),
        labels=dict(cr=["Is it possible to have the snowflake a bit smaller",
                        "what if we tried the dark green"]),
    ),
    Mail(
        1921, "yoga-slang-lose-kill", YOGA, SAM, "2028-12-18 10:05", "Re: January promo deck",
        """ok looked through it. lose the tagline on slide 1, it's cheesy. kill the last slide completely. and tone down the orange, it's screaming

otherwise love it""",
        style="apple",
        quote=Quote(SAM, "2028-12-16 11:00", """Priya, attached is the January promo deck for your review.

Sam"""),
        labels=dict(cr=["lose the tagline on slide 1", "kill the last slide completely",
                        "tone down the orange"]),
    ),
    Mail(
        1922, "law-name-spelling", LAW, SAM, "2028-12-18 11:30", "RE: Firm brochure proof",
        """Sam,

It's Smyth with a y, not Smith. That's on the cover and on page 2.

Also typo in the second line of the About section: "recieve".

Karen Smyth
Smyth & Associates""",
        style="outlook",
        quote=Quote(SAM, "2028-12-15 14:00", """Karen, here is the first proof of the firm brochure.

Sam"""),
        labels=dict(cr=["It's Smyth with a y, not Smith", "typo in the second line"]),
    ),
    Mail(
        1923, "cafe-learner-english", CAFE, SAM, "2028-12-18 08:10", "Menu card",
        """Dear Sam,

thank you for the menu card. Please to make the title more big, and the price of cappuccino is 2,50 not 2,20.

The picture of the croissant we want to change with one of our own, I send it tomorrow.

Best regards
Marco""",
        style="gmail",
        labels=dict(cr=["Please to make the title more big",
                        "The picture of the croissant we want to change"], **EU),
    ),
    Mail(
        1924, "auto-forgot-handle", AUTO, SAM, "2028-12-18 13:45", "Re: Year-end sale mailer",
        """Sam, we forgot to tell you the Instagram handle goes on the back too, @turnerautoco. Sorry about that.

Bill""",
        style="outlook",
        quote=Quote(SAM, "2028-12-15 10:00", """Bill, the year-end sale mailer is attached for approval.

Sam"""),
        labels=dict(cr=["the Instagram handle goes on the back too"]),
    ),
    Mail(
        1925, "bakery-bump-print-run", BAKE, SAM, "2028-12-18 15:00", "Holiday boxes",
        """Hi Sam!

Orders are crazy this year, can we bump the box sleeve print run to 5,000? And push the delivery to the 22nd if the printer needs more time.

Thanks!!
Hannah""",
        style="gmail",
        labels=dict(due=["2028-12-22"],
                    cr=["can we bump the box sleeve print run to 5,000?",
                        "push the delivery to the 22nd"]),
    ),
    Mail(
        1926, "golf-go-ahead-only", GOLF, SAM, "2028-12-18 16:20", "RE: Spring membership ad",
        """Sam,

Looks great, please proceed. Go ahead and book the space in the Gazette for the January 7 issue. Send the invoice to accounting when you get a chance.

Doug""",
        style="outlook",
        quote=Quote(SAM, "2028-12-18 09:00", """Doug, final version of the spring membership ad attached.

Sam"""),
        labels=dict(due=["2029-01-07"]),  # the ad runs in that issue; go-ahead, an invoice
    ),
    Mail(
        1927, "travel-how-about", TRAVEL, SAM, "2028-12-19 10:00", "Re: Cherry blossom tour banner",
        """Dear Sam-san,

Thank you for the banner. How about using the photo of Kyoto at night instead of the temple? Our customers like it very much.

Also could you please write "from ¥198,000" and not "from ¥189,000"? It was our mistake in the brief, sorry.

Best regards,
Yuki Tanaka""",
        style="outlook",
        quote=Quote(SAM, "2028-12-18 17:00", """Yuki, here is the banner for the cherry blossom tours.

Sam"""),
        labels=dict(cr=["How about using the photo of Kyoto at night instead of the temple?",
                        "write \"from ¥198,000\" and not \"from ¥189,000\""]),
    ),
    Mail(
        1928, "realty-picks-option", REALTY, SAM, "2028-12-19 11:15", "Re: Two directions",
        """Hi Sam, we like option B. Let's go with that one for all three listings.

Lisa""",
        style="apple",
        quote=Quote(SAM, "2028-12-18 15:00", """Lisa, here are two directions for the listing flyers, A and B. Which do you prefer?

Sam"""),
        labels=dict(),  # an option picked from the agency's question
    ),
    Mail(
        1929, "theatre-long-several-asks", THEATRE, SAM, "2028-12-19 14:00",
        "Re: Spring season brochure - comments",
        """Hi Sam,

Thanks for turning this around so quickly, the board meeting went well and everyone was pleased with the direction. I have gathered the comments from our artistic director and the box office below, sorry it is a long list.

Our artistic director would like the cover to feature Hamlet rather than the musical, since Hamlet is the flagship of the season. On the calendar page, The Glass Menagerie runs March 4-22, not March 4-12. The box office asks if the subscription prices could move up to page 2 so people see them sooner.

One more thing, the photo credit for the Hamlet image should be Jane Okafor, not the theatre.

We would love to have the next round by Thursday so we can share it with the board on Friday.

Best,
Owen""",
        style="outlook",
        quote=Quote(SAM, "2028-12-18 10:00", """Owen, attached is the first draft of the spring season brochure.

Sam"""),
        labels=dict(due=["2028-12-21"],
                    cr=["would like the cover to feature Hamlet rather than the musical",
                        "The Glass Menagerie runs March 4-22, not March 4-12",
                        "asks if the subscription prices could move up to page 2",
                        "the photo credit for the Hamlet image should be Jane Okafor"]),
    ),
    Mail(
        1930, "grooming-needs-more-pop", PETS, SAM, "2028-12-19 16:45", "Re: new logo",
        """Hmm it needs more pop. Maybe brighter colors? Right now it looks kind of like a vet clinic

Carla""",
        style="apple",
        quote=Quote(SAM, "2028-12-19 09:00", """Carla, here is the first pass at the new Happy Tails logo.

Sam"""),
        labels=dict(cr=["it needs more pop"]),  # the fault, its fix after it: one change
    ),
    Mail(
        1931, "furniture-danish-english", FURN, SAM, "2028-12-20 09:30", "Catalogue spread",
        """Hello Sam,

We have looked at the spread. The sofa on the left side is an old model, we do not sell it anymore, so it must come out. Please replace with the Aarhus sofa in grey, photos are in the shared folder.

The text is good.

Kind regards
Henrik Larsen""",
        style="outlook",
        labels=dict(cr=["The sofa on the left side is an old model"], **EU),  # its fix next
    ),
    Mail(
        1932, "spa-asks-for-files", SPA, SAM, "2028-12-20 11:00", "Gift card artwork",
        """Hi Sam,

Could you send me the final gift card files so I can forward them to the printer? Also can we jump on a quick call tomorrow about the spring campaign?

Thank you,
Monique""",
        style="gmail",
        labels=dict(),  # files wanted and a call: no change
    ),
    Mail(
        1933, "school-deliverable-updated", SCHOOL2, SAM, "2028-12-20 13:30", "Enrollment deck",
        """Sam,

Please have the updated enrollment deck ready by January 8 for the open house. The numbers for this year are in the attached sheet.

Tim""",
        style="outlook",
        labels=dict(due=["2029-01-08"]),  # a deliverable wanted, no change to shown work
    ),
    Mail(
        1934, "winery-any-chance", WINE, SAM, "2028-12-20 15:10", "Re: Club shipment email",
        """Sam - any chance we could get the pairing recipes higher up in the email? Most people never scroll that far. Also the button says Shop Now, can it say Reserve Yours instead?

Sofia""",
        style="gmail",
        quote=Quote(SAM, "2028-12-20 10:00", """Sofia, here is the test send of the club shipment email.

Sam"""),
        labels=dict(cr=["any chance we could get the pairing recipes higher up in the email?",
                        "can it say Reserve Yours instead?"]),
    ),
    Mail(
        1935, "gym-past-and-praise", GYM, SAM, "2028-12-21 08:00", "New year push",
        """Jay here. The December ads did great, we changed the offer halfway through and still beat last year. For January let's do the same thing but with the new class schedule. We need it running by January 2.

Budget same as December, $3,000.""",
        style="plain",
        labels=dict(due=["2029-01-02"], budgets=[("3000", "USD")]),  # a new job, the past
    ),
    Mail(
        1936, "charity-number-wrong", CHARITY, SAM, "2028-12-21 10:30", "Re: Year-end appeal letter",
        """Sam, the match deadline in the letter says December 30 but the donor extended it to January 15. Can you update it before it goes to the printer on Friday?

Ruth""",
        style="gmail",
        quote=Quote(SAM, "2028-12-20 16:00", """Ruth, the year-end appeal letter is ready for your sign-off.

Sam"""),
        labels=dict(due=["2028-12-21"],  # before Friday: the day before
                    cr=["the match deadline in the letter says December 30"]),
    ),
    Mail(
        1937, "hotel-spanish-cambios", HOTEL, SAM, "2028-12-21 12:00", "RE: Anuncio temporada alta",
        """Hola Sam,

Gracias por el anuncio. ¿Sería posible poner la foto de la alberca más grande? Y el precio debe decir "desde $2,400 MXN por noche", no $2,100.

Saludos,
Ana Ruiz""",
        style="outlook",
        quote=Quote(SAM, "2028-12-20 18:00", """Ana, attached is the high season ad for your review.

Sam"""),
        labels=dict(cr=["¿Sería posible poner la foto de la alberca más grande?",
                        "el precio debe decir"]),
    ),
    Mail(
        1938, "brewery-thanks-no-asks", BREW, SAM, "2028-12-21 17:00", "Re: Winter ale labels v2",
        """Perfect, that's the one. Printing Monday. Thanks for the quick turnaround!

Nate""",
        style="gmail",
        quote=Quote(SAM, "2028-12-21 12:00", """Nate, v2 with the smaller snowflake and the dark green.

Sam"""),
        labels=dict(),  # approval
    ),
    Mail(
        1939, "yoga-swap-dates", YOGA, SAM, "2028-12-22 09:00", "workshop posts",
        """hey can we swap the dates on the two workshop posts? the breathwork one is jan 13 and the yin one is jan 20, i had them backwards in my notes. sorry!!""",
        style="apple",
        labels=dict(cr=["can we swap the dates on the two workshop posts?"]),
    ),
]
