"""The sixteenth labelled set (580-599), written on 2026-12-06 (thirteenth session) after the
fifteenth set's rules and before any more were written; scored blind first, then tuned on
(split ``tune16``; both scores in docs/performance.md).

Voices and shapes: a colleague's notes forwarded inside a client's mail, a "Key dates"
block with bullets and en dashes, dates to be confirmed ("TBC", "TBD"), caps said the
trade's ways ("capped at 20k", "max spend", "inc VAT", "15.000,00 €"), terse asks ("kill
the third slide", "bump the font size up", "lose the tagline"), praise and status questions
that ask nothing, rules said as habits ("our logo sits top right"), aims said as "the whole
point is", and British and American deadline idioms ("close of play", "EOW", "COB 12/18").
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

LAURA = Person("Laura Kim", "laura@kimfitness.com", "America/New_York")
JIM = Person("Jim Park", "jim@kimfitness.com", "America/New_York")
OSCAR = Person("Oscar Reed", "oscar@reedbrewing.com", "America/Denver")
PRIYA_S = Person("Priya Shah", "priya@shahdental.co.uk", "Europe/London")
MATT = Person("Matt Cole", "matt@colebikes.com", "America/Los_Angeles")
HELGA = Person("Helga Berg", "helga@berg-moebel.de", "Europe/Berlin")
ANNA_B = Person("Anna Bell", "anna@bellbakery.com", "America/Chicago")
CHRIS = Person("Chris Young", "chris@youngsaas.io", "America/Los_Angeles")
FAYE = Person("Faye Moss", "faye@mossgallery.co.uk", "Europe/London")
RICK = Person("Rick Stone", "rick@stonelandscaping.com", "America/Denver")
JULIA = Person("Julia Wolf", "julia@wolfoptik.de", "Europe/Berlin")
SAM_P = Person("Samantha Price", "samantha@priceinsurance.com", "America/Chicago")
TED = Person("Ted Nash", "ted@nashmarine.com", "America/New_York")
KIM_L = Person("Kim Lee", "kim@leeteahouse.com", "America/Los_Angeles")
IAN = Person("Ian Ford", "ian@fordcider.co.uk", "Europe/London")
NAT = Person("Natalie Gray", "natalie@grayhotels.com", "America/New_York")
BOB = Person("Bob Hunt", "bob@hunthardware.com", "America/Chicago")
EVA = Person("Eva Novak", "eva@novakdesign.cz", "Europe/Prague")
LUIS = Person("Luis Ortiz", "luis@ortizmotors.com", "America/Phoenix")
MAE = Person("Mae Collins", "mae@collinsfarm.com", "America/Chicago")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        580, "fitness-colleague-notes-inside", LAURA, SAM, "2026-12-14 10:10",
        "Re: January promo video",
        """Hi Sam,

Jim had a few notes on the cut, pasted below:

"Can we open on the spin class instead of the lobby? And the music is too loud under the
voiceover."

I agree with both. We'd still like the final by December 28.

Laura""",
        style="gmail",
        quote=Quote(SAM, "2026-12-11 15:00", """Laura, the first cut of the promo video is up
for review.

Sam"""),
        labels=dict(due=["2026-12-28"],
                    cr=["open on the spin class", "music is too loud"]),
    ),
    Mail(
        581, "brewery-key-dates-bullets", OSCAR, SAM, "2026-12-15 09:00", "Spring seasonal launch",
        """Hey Sam,

Here's the plan for the spring seasonal.

Key dates:
• Label concepts – Jan 8
• Final label art – Jan 22
• Cans on shelves – Mar 1

We've got $9k for labels and launch social. Launch event TBC, probably mid-March.

Oscar""",
        style="gmail",
        labels=dict(due=["2027-01-08", "2027-01-22", "2027-03-01"], budgets=[("9000", "USD")]),
    ),
    Mail(
        582, "dental-uk-capped-close-of-play", PRIYA_S, LUCA, "2026-12-15 11:30",
        "Whitening offer leaflet",
        """Hi Luca,

We're capped at £1,500 inc VAT for the whitening leaflet. Could you get the first draft to
me by close of play Thursday? The GDC rules mean we can't show before and after photos.

Thanks,
Priya""",
        style="outlook",
        labels=dict(due=["2026-12-17"], budgets=[("1500", "GBP", "cap")],
                    req=["can't show before and after photos"], **UK),
    ),
    Mail(
        583, "bikes-terse-asks", MATT, SAM, "2026-12-16 14:00", "Re: dealer deck",
        f"""kill the third slide
bump the font size up on the spec tables
lose the tagline on the cover
need it EOW

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-16 09:00", """Matt, dealer deck v2 attached.

Sam"""),
        labels=dict(due=["2026-12-18"],
                    cr=["kill the third slide", "bump the font size up", "lose the tagline"]),
    ),
    Mail(
        584, "furniture-german-euro-cents", HELGA, LUCA, "2026-12-14 15:20", "Katalog 2027",
        """Hallo Luca,

für den Katalog 2027 haben wir ein Budget von 15.000,00 €. Die Druckdaten müssen bis
spätestens 5. Februar bei der Druckerei sein. Bitte das neue Logo auf allen Seiten
verwenden.

Viele Grüße
Helga Berg""",
        style="outlook",
        labels=dict(due=["2027-02-05"], budgets=[("15000", "EUR")],
                    req=["neue Logo auf allen Seiten"], **EU),
    ),
    Mail(
        585, "bakery-praise-no-asks", ANNA_B, SAM, "2026-12-16 16:30", "Re: holiday window",
        """Sam, we loved the blue version! The new logo looks great on the window and the team
can't stop talking about it. Thank you so much for turning it around so fast.

Anna""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 10:00", """Anna, two versions of the holiday window are
attached, blue and red.

Sam"""),
        labels=dict(),
    ),
    Mail(
        586, "saas-status-question", CHRIS, SAM, "2026-12-15 17:45", "Re: pricing page",
        """Did you get a chance to change the headline on the pricing page? Also, is the new
screenshot from the January release in there yet?

Chris""",
        style="gmail",
        quote=Quote(SAM, "2026-12-14 12:00", """Chris, we're working on the pricing page edits
and will share them this week.

Sam"""),
        labels=dict(),
    ),
    Mail(
        587, "gallery-uk-rules-as-habits", FAYE, LUCA, "2026-12-14 10:00", "Spring exhibition",
        """Dear Luca,

Our logo always sits top right, and the artist's name is set in small caps on everything
we print. The spring exhibition opens on 12 March; we'd like the posters up a fortnight
before. The budget is £4,000.

Best,
Faye""",
        style="outlook",
        labels=dict(due=["2027-02-26"], budgets=[("4000", "GBP")],
                    req=["logo always sits top right"], **UK),
    ),
    Mail(
        588, "landscaping-whole-point", RICK, SAM, "2026-12-15 08:45", "Spring mailer",
        """Sam,

The whole point of the spring mailer is to get people to book a free yard consultation.
Max spend 6k. It needs to hit mailboxes by March 8.

Rick""",
        style="gmail",
        labels=dict(due=["2027-03-08"], budgets=[("6000", "USD", "cap")],
                    obj=["book a free yard consultation"]),
    ),
    Mail(
        589, "optics-german-english-cob", JULIA, LUCA, "2026-12-16 09:30", "Re: Newsletter",
        """Hello Luca,

thanks, the layout is good. Only the discount must be 20 % and not 25 %. Please send the
final version COB 18/12.

Julia""",
        style="outlook",
        labels=dict(due=["2026-12-18"], cr=["discount must be 20 %"], **EU),
    ),
    Mail(
        590, "insurance-usd-suffix", SAM_P, SAM, "2026-12-14 13:20", "Agent recruitment ads",
        """Hi Sam,

For the agent recruitment campaign we have $15,000 USD. We're trying to reach career
changers in Illinois and Wisconsin. All ads need the line "Equal Opportunity Employer".
First flight should start January 18.

Samantha""",
        style="outlook",
        labels=dict(due=["2027-01-18"], budgets=[("15000", "USD")],
                    obj=["reach career changers"], req=["Equal Opportunity Employer"]),
    ),
    Mail(
        591, "marine-within-two-weeks", TED, SAM, "2026-12-14 11:00", "Boat show booth",
        """Ted here. We need booth graphics for the boat show in Miami. Could you send a first
concept within the next 2 weeks? The show is February 11-15 and everything has to ship by
January 29.

Ted""",
        style="gmail",
        labels=dict(due=["2026-12-28", "2027-01-29"]),
    ),
    Mail(
        592, "teahouse-could-we-see-green", KIM_L, SAM, "2026-12-16 11:40", "Re: menu cover",
        """Could we see it in green? And swap out the stock image for one of our own photos,
I'll send a few tomorrow.

Kim""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 17:00", """Kim, new menu cover attached.

Sam"""),
        labels=dict(cr=["see it in green", "swap out the stock image"]),
    ),
    Mail(
        593, "cider-uk-by-the-5th", IAN, LUCA, "2026-12-16 10:20", "Wassail posters",
        """Luca,

Wassail is on 17 January. We need the posters by the 5th at the latest, so they're up for
two weeks. Please keep them to A3, the pubs won't take anything bigger.

Ian""",
        style="gmail",
        labels=dict(due=["2027-01-05"], req=["keep them to A3"], **UK),
    ),
    Mail(
        594, "hotels-not-allowed-prices", NAT, SAM, "2026-12-15 15:50", "Winter getaway emails",
        """Hi Sam,

For the winter getaway emails: we're not allowed to mention prices, only "from" rates
linked to the booking page. All text should be in sentence case. First send is January 6.

Natalie""",
        style="outlook",
        labels=dict(due=["2027-01-06"], req=["not allowed to mention prices",
                                             "sentence case"]),
    ),
    Mail(
        595, "hardware-end-of-january", BOB, SAM, "2026-12-16 08:15", "Spring catalog",
        """Sam,

Spring catalog needs to be at the printer by end of January. Same page count as last year.
Could you also add a page for the new paint line?

Bob""",
        style="gmail",
        labels=dict(due=["2027-01-31"], cr=["add a page for the new paint line"]),
    ),
    Mail(
        596, "design-czech-english-tbd", EVA, LUCA, "2026-12-15 12:10", "Exhibition catalogue",
        """Dear Luca,

the exhibition catalogue will have 64 pages. Printing date is TBD, but the texts will be
ready by 20.1. Budget for design is 2 500 EUR. Please, use the fonts from our manual only.

Best regards,
Eva""",
        style="outlook",
        labels=dict(budgets=[("2500", "EUR")], req=["fonts from our manual only"], **EU),
    ),
    Forward(
        597, "motors-forwarded-inventory-fyi", LUIS, SAM, "2026-12-16 09:00",
        "FYI - our sales numbers. No action needed, just for context for Q1 planning.",
        Mail(
            0, "motors-internal", Person("Sales Desk", "sales@ortizmotors.com", "America/Phoenix"),
            LUIS, "2026-12-15 18:00", "Weekly numbers",
            """Team,

We sold 42 units this week, up from 35. The year-end event runs through December 31.
Inventory count is January 4.

Sales Desk""",
            style="outlook",
        ),
        labels=dict(),
    ),
    Mail(
        598, "farm-jan-dot-15th", MAE, SAM, "2026-12-14 07:30", "CSA signup postcards",
        f"""Need the CSA signup postcards by Jan. 15th. Bump up the price to $480 for the full
share. Goal is 150 members this year.

{IPHONE}""",
        style="apple",
        labels=dict(due=["2027-01-15"], cr=["Bump up the price"], obj=["150 members"]),
    ),
    Mail(
        599, "bikes-meeting-and-hold", MATT, SAM, "2026-12-17 09:10", "Hold the dealer mailer",
        """Sam, please hold the dealer mailer until we confirm the new pricing, probably
after our board call on Monday. Everything else keeps going.

Matt""",
        style="gmail",
        labels=dict(cr=["hold the dealer mailer"]),
    ),
]
