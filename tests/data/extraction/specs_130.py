"""The hundred-and-twenty-fifth labelled set (2640-2659), written on 2026-12-08 (thirty-fourth
session) after tune99's rules, before any rule of its own: the split ``tune100``, scored
blind first, then tuned on.

Changes asked softly, as people ask when they are unsure or polite: "what if we tried",
"I wonder if the blue could be deeper", "would it be crazy to flip", "how about ... for the
tagline", "isn't sold on the photo", "is there room to add", "feels like it's missing",
"I'm not sure 'affordable' is the right word", "it'd be nice to have the map bigger",
"would love to see a version with", "kill the exclamation marks", a learner's "is possible
to change"; and beside them the same words about rain, a weekend, lunch, an invoice, a
catch-up, the final version, a board. Dates run in the week of 8 April 2030 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

WHATIF = Person("Derek Lowe", "derek@lowemotors.com", "America/Chicago")
WONDER = Person("Fiona Grey", "fiona@greyhomes.co.uk", "Europe/London")
CRAZY = Person("Matt Ruiz", "matt@ruizcoffee.com", "America/Los_Angeles")
HOWABOUT = Person("Sue Chen", "sue@chenbakery.com", "America/New_York")
SOLD = Person("Ken Ito", "ken@itodental.com", "America/Los_Angeles")
ROOM = Person("Laura Bell", "laura@bellpizza.com", "America/Chicago")
MISSING = Person("Alan Brooks", "alan@brookscu.org", "America/New_York")
WORD = Person("Priya Das", "priya@dasyoga.com", "America/Denver")
NICE = Person("Gwen Hall", "gwen@hallzoo.org", "America/New_York")
LOVE = Person("Omar Nasser", "omar@nassergrill.com", "America/Chicago")
KILL = Person("Jake Stone", "jake@stonebrewing.com", "America/Denver")
LEARNER = Person("Ana Souza", "ana@souzacafe.com.br", "America/Sao_Paulo")
RAIN = Person("Tim Ward", "tim@wardevents.com", "America/New_York")
WEEKEND = Person("Beth Moss", "beth@mossflorist.com", "America/New_York")
INVOICE = Person("Carl Weber", "carl@weberhvac.com", "America/Chicago")
BOARD = Person("Ellen Ray", "ellen@rayfoundation.org", "America/New_York")
STRONGER = Person("Max Kline", "max@klinefitness.com", "America/Los_Angeles")
THROUGHOUT = Person("Nina Rossi", "nina@rossitravel.com", "America/New_York")
SHOULD = Person("Paul Berg", "paul@bergpets.com", "America/Chicago")
MIXED = Person("Rosa Lima", "rosa@limasalon.com", "America/New_York")


def _quote(text: str, when: str = "2030-04-05 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2640, "motors-what-if", WHATIF, SAM, "2030-04-08 09:20", "Re: Spring sale banner",
        """What if we tried the headline in all caps? It looks a little timid right now.

Derek""",
        style="gmail",
        quote=_quote("Derek, the spring sale banner is attached."),
        labels=dict(cr=["What if we tried the headline in all caps"]),
    ),
    Mail(
        2641, "homes-i-wonder", WONDER, SAM, "2030-04-08 10:05", "Re: Show home brochure",
        """Hi Sam,

Lovely work. I wonder if the blue could be a touch deeper, it reads quite cold on paper.

Best,
Fiona""",
        style="outlook",
        quote=_quote("Fiona, the printed proofs of the show home brochure are on their way."),
        labels=dict(cr=["I wonder if the blue could be a touch deeper"]),
    ),
    Mail(
        2642, "coffee-would-it-be-crazy", CRAZY, SAM, "2030-04-08 11:30", "Re: Menu board",
        """would it be crazy to flip the layout so the drinks are on the left? that's where people look first

matt""",
        style="gmail",
        quote=_quote("Matt, the new menu board is attached."),
        labels=dict(cr=["would it be crazy to flip the layout"]),
    ),
    Mail(
        2643, "bakery-how-about", HOWABOUT, SAM, "2030-04-08 13:15", "Re: Tagline options",
        """None of these feel quite right. How about "Baked before you wake" for the tagline?

Sue""",
        style="gmail",
        quote=_quote("Sue, three tagline options are below:\n1. Fresh every morning\n2. Your neighborhood bakery\n3. Made with love"),
        labels=dict(cr=["How about \"Baked before you wake\" for the tagline"]),
    ),
    Mail(
        2644, "dental-not-sold", SOLD, SAM, "2030-04-08 15:40", "RE: Website hero",
        """Sam,

Dr. Ito isn't sold on the hero photo, he thinks the patient looks nervous. Can we look at a few alternatives?

Ken""",
        style="outlook",
        quote=_quote("Ken, the new website hero is on staging."),
        labels=dict(cr=["Dr. Ito isn't sold on the hero photo"]),
    ),
    Mail(
        2645, "pizza-is-there-room", ROOM, SAM, "2030-04-09 09:00", "Re: Door hanger",
        """Is there room to add a line about free delivery over $25? And the coupon code should be PIZZA10, not PIZZA15.

Laura""",
        style="apple",
        quote=_quote("Laura, the door hanger proof is attached."),
        labels=dict(cr=["Is there room to add a line about free delivery",
                        "the coupon code should be PIZZA10"]),
    ),
    Mail(
        2646, "cu-feels-missing", MISSING, SAM, "2030-04-09 10:30", "RE: Auto loan email",
        """Sam,

Feels like it's missing a call to action, there's no button anywhere. Also the rate in the subject line is last month's.

Alan""",
        style="outlook",
        quote=_quote("Alan, the auto loan email test is in your inbox."),
        labels=dict(cr=["Feels like it's missing a call to action",
                        "the rate in the subject line is last month's"]),
    ),
    Mail(
        2647, "yoga-not-sure-word", WORD, SAM, "2030-04-09 12:00", "Re: Studio flyer",
        """I'm not sure "affordable" is the right word for us. Maybe "accessible"?

Priya""",
        style="gmail",
        quote=_quote("Priya, the studio flyer draft is attached."),
        labels=dict(cr=["I'm not sure \"affordable\" is the right word for us"]),
    ),
    Mail(
        2648, "zoo-nice-to-have", NICE, SAM, "2030-04-09 14:25", "Re: Summer map",
        """Hi Sam,

It'd be nice to have the map bigger, and the restrooms are hard to spot. Otherwise great!

Gwen""",
        style="gmail",
        quote=_quote("Gwen, the summer visitor map is attached."),
        labels=dict(cr=["It'd be nice to have the map bigger"]),
    ),
    Mail(
        2649, "grill-would-love-version", LOVE, SAM, "2030-04-09 16:10", "Re: Catering menu",
        """Would love to see a version with more white space, it feels crowded. Love the photos though!

Omar""",
        style="gmail",
        quote=_quote("Omar, the catering menu is attached."),
        labels=dict(cr=["Would love to see a version with more white space"]),
    ),
    Mail(
        2650, "brewing-kill-exclamations", KILL, SAM, "2030-04-10 08:40", "Re: Taproom socials",
        """kill the exclamation marks, we're not that excited lol. and drop the second sentence on post 3

jake""",
        style="gmail",
        quote=_quote("Jake, this week's taproom posts are in the doc."),
        labels=dict(cr=["kill the exclamation marks", "drop the second sentence on post 3"]),
    ),
    Mail(
        2651, "cafe-learner-is-possible", LEARNER, SAM, "2030-04-10 10:15", "Re: Cardápio / menu",
        """Hello Sam,

Is possible to change the color of the titles to green? Our brand is green, not orange.

Also please to write "pão de queijo" with the accent.

Thank you,
Ana""",
        style="gmail",
        quote=_quote("Ana, the new menu design is attached."),
        labels=dict(cr=["Is possible to change the color of the titles to green",
                        "please to write \"pão de queijo\" with the accent"],
                    default_currency="BRL", day_first=True),
    ),
    Mail(
        2652, "events-what-if-rain", RAIN, SAM, "2030-04-10 11:50", "Outdoor festival",
        """Sam,

What if it rains on the day of the festival? I wonder if we should have a backup plan for the photo shoot. Let's talk Thursday.

Tim""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2653, "florist-weekend", WEEKEND, SAM, "2030-04-10 13:05", "Re: Mother's Day ads",
        """Hi Sam, I wonder if you had a good weekend! How about lunch Thursday to go over the Mother's Day plan? It'd be nice to catch up.

Beth""",
        style="gmail",
        quote=_quote("Beth, happy Monday!"),
        labels=dict(),
    ),
    Mail(
        2654, "hvac-invoice-early", INVOICE, SAM, "2030-04-10 15:30", "Invoice",
        """Sam,

Would it be crazy to ask for the April invoice a few days early? Our books close on the 25th. Would love to see the final version of the summer ad whenever it's ready.

Carl""",
        style="outlook",
        labels=dict(),
    ),
    Mail(
        2655, "foundation-board-unsure", BOARD, SAM, "2030-04-11 09:10", "Annual report timing",
        """Hi Sam,

I'm not sure when the board meets this spring, probably late May. I'll let you know once I hear.

Ellen""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2656, "fitness-stronger-verb", STRONGER, SAM, "2030-04-11 11:00", "Re: Billboard copy",
        """Think we need a stronger verb than "try" in the headline. And the URL is hard to read from the road.

Max""",
        style="gmail",
        quote=_quote("Max, billboard copy options are below."),
        labels=dict(cr=["we need a stronger verb than \"try\" in the headline",
                        "the URL is hard to read from the road"]),
    ),
    Mail(
        2657, "travel-swap-throughout", THROUGHOUT, SAM, "2030-04-11 13:30", "Re: Italy tours brochure",
        """Sam,

Please swap "cheap" for "great value" throughout. Our travellers don't like the word.

The deposit amount on page 8 should be $500.

Nina""",
        style="outlook",
        quote=_quote("Nina, the Italy tours brochure is attached."),
        labels=dict(cr=["Please swap \"cheap\" for \"great value\" throughout",
                        "The deposit amount on page 8 should be $500"]),
    ),
    Mail(
        2658, "pets-should-question", SHOULD, SAM, "2030-04-11 15:15", "Re: Adoption day poster",
        """Should the date be bigger? People keep missing it on the old posters. We should probably lose the clip art too.

Paul""",
        style="gmail",
        quote=_quote("Paul, the adoption day poster is attached."),
        labels=dict(cr=["Should the date be bigger", "We should probably lose the clip art"]),
    ),
    Mail(
        2659, "salon-picks-and-asks", MIXED, SAM, "2030-04-11 17:00", "Re: Two logo directions",
        """I keep coming back to the second one. Can we see it with the scissors in gold?

Rosa""",
        style="gmail",
        quote=_quote("Rosa, two logo directions are attached: one with a comb, the second with scissors. Which do you prefer?"),
        labels=dict(cr=["Can we see it with the scissors in gold"]),
    ),
]
