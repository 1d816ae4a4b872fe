"""The fifty-eighth labelled set (1280-1299), written on 2026-12-06 (nineteenth session) after
tune47 and before any tuning on it, scored blind, then tuned on: the split ``tune48``.

A week (6-10 September 2027) of asks buried where a busy reader skims past them: in the
middle of a long paragraph, after "by the way", inside a thank-you, in a PS, in a numbered
list that mixes news and asks, in a reply to a colleague copied to the AE; beside news, praise
and plans that ask nothing.
"""

from build import Mail, Person, Quote
from cast import SAM

ANNA = Person("Anna Pike", "anna@pikeflorist.com", "America/New_York")
BART_L = Person("Bart Lowe", "bart@lowecycles.com", "America/Chicago")
CASS = Person("Cass Ray", "cass@raydental.com", "America/Denver")
DIX = Person("Dix Hall", "dix@hallbrew.com", "America/Los_Angeles")
EMMY = Person("Emmy Cho", "emmy@chotea.com", "America/New_York")
FLYNN = Person("Flynn Oak", "flynn@oakfurniture.com", "America/Chicago")
GWEN_P = Person("Gwen Pratt", "gwen@prattgym.com", "America/Los_Angeles")
HAL_K = Person("Hal King", "hal@kingauto.com", "America/Denver")
IRIS_M = Person("Iris Mott", "iris@mottbooks.com", "America/New_York")
JAY_B = Person("Jay Bloom", "jay@bloomspa.com", "America/New_York")
KIM_R = Person("Kim Rowe", "kim@rowerealty.com", "America/Los_Angeles")
LANA = Person("Lana Fisk", "lana@fiskbakery.com", "America/Chicago")
MAX_H = Person("Max Holt", "max@holtwines.com", "America/Los_Angeles")
NIA = Person("Nia Bond", "nia@bondyoga.com", "America/New_York")
OTIS = Person("Otis Lee", "otis@leepizza.com", "America/Chicago")
PIA = Person("Pia Dorn", "pia@dornhotel.com", "America/New_York")
QUIN = Person("Quin Sato", "quin@satojewels.com", "America/Los_Angeles")
RAE = Person("Rae Finn", "rae@finncandles.com", "America/Denver")
STAN = Person("Stan Voss", "stan@vosshvac.com", "America/Chicago")
TAM = Person("Tam Nguyen", "tam@nguyennails.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1280, "florist-buried-mid", ANNA, SAM, "2027-09-06 09:00", "Catching up",
        """Hi Sam,

Hope you had a good long weekend! Ours was busy with three weddings, which was great for the
shop. We also finally hired a second designer, so things should calm down. While I think
of it, the fall postcard still has the old Elm Street address on the back, can you change it
to 40 Main Street before it prints? The rest of the fall plan looks good to me.

Anna""",
        style="gmail",
        labels=dict(cr=["can you change it to 40 Main Street"]),
    ),
    Mail(
        1281, "cycles-by-the-way", BART_L, SAM, "2027-09-06 11:00", "Re: Ride event",
        """Thanks Sam, the ride event page is live and looking sharp. By the way, the start time
should be 8 am, not 9 am. Sorry, my mistake on the brief.

Bart""",
        style="gmail",
        labels=dict(cr=["the start time should be 8 am, not 9 am"]),
    ),
    Mail(
        1282, "dental-inside-thanks", CASS, SAM, "2027-09-06 13:00", "Re: Recall cards",
        """Thank you so much for the recall cards, and if it's not too much trouble could you
swap the blue for our teal before the next print run? Patients love them.

Cass""",
        style="apple",
        labels=dict(cr=["could you swap the blue for our teal"]),
    ),
    Mail(
        1283, "brew-ps", DIX, SAM, "2027-09-07 09:00", "Re: Fall release",
        """Sam, the fall release emails look great, send them on the 14th as planned.

Dix

PS: can you add the taproom hours to the footer?""",
        style="gmail",
        labels=dict(due=["2027-09-14"], cr=["can you add the taproom hours to the footer"]),
    ),
    Mail(
        1284, "tea-numbered-mixed", EMMY, SAM, "2027-09-07 11:30", "Holiday update",
        """Hi Sam, a few things:

1. The holiday tins arrived at the warehouse yesterday.
2. Please use the new gold foil logo on the gift guide, not the flat one.
3. Our budget for holiday social is $4,000.
4. We'd like the gift guide live by November 1.

Emmy""",
        style="outlook",
        labels=dict(due=["2027-11-01"], budgets=[("4000", "USD")],
                    cr=["Please use the new gold foil logo on the gift guide, not the flat one"]),
    ),
    Mail(
        1285, "furniture-cc-colleague", FLYNN, SAM, "2027-09-07 14:00", "Re: Catalog photos",
        """Jess - agreed, the sofa shots are too dark. Sam, can you brighten those three before
we send the catalog to the printer on the 20th?

Flynn""",
        style="gmail",
        labels=dict(due=["2027-09-20"], cr=["can you brighten those three"]),
    ),
    Mail(
        1286, "gym-news-only", GWEN_P, SAM, "2027-09-08 09:00", "September numbers",
        """Hi Sam, September is off to a strong start, 210 new members so far, mostly from the
Instagram ads. We'll keep the same plan for October. Thanks!

Gwen""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1287, "auto-long-with-ask", HAL_K, SAM, "2027-09-08 10:30", "Fall service push",
        """Sam,

The fall service push went out last week and the phones have been busy, so thank you.
We're seeing a lot of calls about tire storage, which we didn't expect. Going forward, can
we add a line about tire storage to the service ads? Something short like "Tire storage
available". Our budget for the rest of the year is $7,500.

Hal""",
        style="outlook",
        labels=dict(budgets=[("7500", "USD")],
                    cr=["can we add a line about tire storage to the service ads"]),
    ),
    Mail(
        1288, "books-praise-only", IRIS_M, SAM, "2027-09-08 12:00", "Re: Author poster",
        """Sam, the author poster is perfect. Don't change a thing! We'll pick them up Friday.

Iris""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1289, "spa-plan-no-ask", JAY_B, SAM, "2027-09-08 14:00", "Next year",
        """Hi Sam, we're starting to think about next year's spring campaign. Nothing to do yet,
I'll send a brief in January once the owners decide on the budget.

Jay""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1290, "realty-buried-two", KIM_R, SAM, "2027-09-09 09:00", "Re: Listing flyers",
        """Hi Sam, busy week here, two closings and a new listing on Pine Street. Speaking of
which, could you make a flyer for Pine Street in the same style as the Oak one? And on the
Oak flyer the square footage should be 2,150, not 2,510. Thanks!

Kim""",
        style="gmail",
        labels=dict(cr=["could you make a flyer for Pine Street in the same style",
                        "the square footage should be 2,150, not 2,510"]),
    ),
    Mail(
        1291, "bakery-one-more-thing", LANA, SAM, "2027-09-09 11:00", "Re: Pie menu",
        """Looks great! Oh, one more thing - can the pumpkin pie be listed first? It's our
bestseller in the fall.

Lana""",
        style="apple",
        labels=dict(cr=["can the pumpkin pie be listed first"]),
    ),
    Mail(
        1292, "wines-before-ask", MAX_H, SAM, "2027-09-09 13:00", "Harvest dinner",
        """Sam, before you send the harvest dinner invite, please double the size of the RSVP
date. People missed it last year. The dinner is October 16, invites out by September 24.

Max""",
        style="gmail",
        labels=dict(due=["2027-09-24"], cr=["please double the size of the RSVP date"]),
    ),
    Mail(
        1293, "yoga-quote-under", NIA, SAM, "2027-09-09 15:00", "Re: Workshop flyer",
        """Yes to all of it, except the photo - can we use the one from the beach session
instead?

Nia""",
        style="gmail",
        quote=Quote(SAM, "2027-09-09 10:00", """Nia, here's the workshop flyer: new layout, new
photo, new dates. OK to print?

Sam"""),
        labels=dict(cr=["can we use the one from the beach session instead"]),
    ),
    Mail(
        1294, "pizza-future-maybe", OTIS, SAM, "2027-09-10 09:00", "Ideas",
        """Sam, random thought - maybe next spring we could do a loyalty card. Not now, just
putting it on your radar.

Otis""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1295, "hotel-long-three-asks", PIA, SAM, "2027-09-10 10:00", "Winter brochure notes",
        """Hi Sam,

Thanks for the winter brochure draft. Overall we like it a lot. On page 2 the spa prices
are last year's, the new ones are attached. The photo on page 5 shows the old lobby before
the renovation, please swap it for one of the new photos. And could the map on the back
show the new parking entrance on Elm Street?

We'd like to print by October 8.

Pia""",
        style="outlook",
        labels=dict(due=["2027-10-08"],
                    cr=["the spa prices are last year's",
                        "please swap it for one of the new photos",
                        "could the map on the back show the new parking entrance"]),
    ),
    Mail(
        1296, "jewels-hmm", QUIN, SAM, "2027-09-10 11:30", "Re: Ring ad",
        """hmm the ring looks smaller than it is. bigger?

Quin""",
        style="gmail",
        quote=Quote(SAM, "2027-09-09 17:00", """Quin, the ring ad for the holiday issue.

Sam"""),
        labels=dict(cr=["the ring looks smaller than it is"]),
    ),
    Mail(
        1297, "candles-question-only", RAE, SAM, "2027-09-10 13:00", "Quick question",
        """Hi Sam, quick question - do you know if the printer can do recycled paper for the
holiday catalog? No need to change anything yet, just curious.

Rae""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1298, "hvac-reply-all-ask", STAN, SAM, "2027-09-10 14:30", "Re: Furnace tune-up mailer",
        """Agree with Dana. Sam, please drop the $79 price and just say "special pricing" - we're
still working out the number.

Stan""",
        style="outlook",
        labels=dict(cr=["please drop the $79 price"]),
    ),
    Mail(
        1299, "nails-then-ask", TAM, SAM, "2027-09-10 16:00", "Re: Salon window",
        """Love the window design, the team does too. The only thing: the phone number is hard
to read against the pink. Maybe white text?

Tam""",
        style="apple",
        labels=dict(cr=["the phone number is hard to read against the pink"]),
    ),
]
