"""The fortieth labelled set (440-459, numbers blind4 left free), written on 2026-12-06
(eighteenth session) after tune31's fixes and before any tuning on it, scored blind, then
tuned on: the split ``tune32``.

A week of mail (3-7 May 2027) about changes, since change requests are what the blind
splits miss most (recall 0.85): asks said as wishes, comparisons, questions, descriptions
of what is wrong, instructions for a colleague, corrections of facts, and asks hedged or
softened; beside mails that ask nothing (praise, a status question, a go-ahead, a report of
what the client did).
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

ABBY = Person("Abby Reed", "abby@reedorchards.com", "America/New_York")
COLIN = Person("Colin Shaw", "colin@shawhvac.com", "America/Chicago")
DIANA = Person("Diana Pryce", "dpryce@prycebank.com", "America/New_York")
EMIL = Person("Emil Sorensen", "emil@sorensen-design.dk", "Europe/Copenhagen")
FAYE = Person("Faye Moreno", "faye@morenobakery.com", "America/Los_Angeles")
GUS = Person("Gus Patel", "gus@patelmotors.com", "America/Chicago")
HELGA = Person("Helga Berg", "helga@bergski.no", "Europe/Oslo")
IVAN = Person("Ivan Petrov", "ivan@petrovlogistics.com", "America/New_York")
JADE = Person("Jade Kim", "jade@kimskincare.com", "America/Los_Angeles")
KYLE = Person("Kyle Ford", "kyle@fordfencing.com", "America/Denver")
LUPE = Person("Lupe Garza", "lupe@garzatacos.com", "America/Chicago")
MAYA = Person("Maya Singh", "maya@singhyoga.com", "America/New_York")
NORA_P = Person("Nora Price", "nora@pricedental.com", "America/New_York")
OTTO = Person("Otto Klein", "otto@kleinbrau.de", "Europe/Berlin")
PIA = Person("Pia Rossi", "pia@rossijewelry.com", "America/New_York")
QUINN = Person("Quinn Hale", "quinn@halefitness.com", "America/Denver")
RITA = Person("Rita Gomez", "rita@gomezlaw.com", "America/Chicago")
SETH = Person("Seth Cole", "seth@colebrewing.com", "America/Los_Angeles")
TINA_B = Person("Tina Burke", "tina@burkeflorist.com", "America/New_York")
UMA = Person("Uma Rao", "uma@raospices.com", "America/Chicago")

ITEMS = [
    Mail(
        440, "orchards-wish-and-compare", ABBY, SAM, "2027-05-03 09:00", "Re: Cider label",
        """Hi Sam,

I wish the apple looked a bit more like our Honeycrisp, it's too red right now. And
compared to last year's label, the type feels cramped. Could it breathe a bit more?

Abby""",
        style="gmail",
        quote=Quote(SAM, "2027-04-30 15:00", """Abby, the cider label proof is attached.

Sam"""),
        labels=dict(cr=["I wish the apple looked a bit more like our Honeycrisp",
                        "Could it breathe a bit more"]),
    ),
    Mail(
        441, "hvac-question-asks", COLIN, SAM, "2027-05-03 10:15", "Re: Door hanger",
        """Is there room to add our 24/7 emergency line on the front? And what would it look
like with the coupon on the back instead of the front?

Colin""",
        style="gmail",
        quote=Quote(SAM, "2027-04-30 12:00", """Colin, the door hanger draft is attached.

Sam"""),
        labels=dict(cr=["add our 24/7 emergency line on the front",
                        "coupon on the back instead of the front"]),
    ),
    Mail(
        442, "bank-facts-wrong", DIANA, SAM, "2027-05-03 11:30", "RE: CD rate ad",
        """Sam,

Two corrections: the APY is 4.15%, not 4.25%, and the minimum deposit is $1,000, not
$500. Compliance will not approve it otherwise.

Diana""",
        style="outlook",
        quote=Quote(SAM, "2027-04-30 16:00", """Diana, the CD rate ad is attached.

Sam"""),
        labels=dict(cr=["the APY is 4.15%, not 4.25%"],
                    non_budget=[("1000", "USD", "other"), ("500", "USD", "other")]),
    ),
    Mail(
        443, "design-danish-english", EMIL, LUCA, "2027-05-03 13:00", "Re: Showroom poster",
        """Hello Luca,

Nice work. For us the headline is a little too loud, we prefer it calmer, maybe in a
thinner weight. The chair photo we would like bigger, it is our best seller.

Regards
Emil""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-30 10:00", """Emil, the showroom poster draft is attached.

Luca"""),
        labels=dict(cr=["we prefer it calmer", "The chair photo we would like bigger"], **EU),
    ),
    Mail(
        444, "bakery-praise-only", FAYE, SAM, "2027-05-03 15:00", "Re: Mother's Day box",
        """Oh my gosh, these are perfect. The pink is exactly right and the little heart on the
lid is adorable. No changes, print away!

Faye""",
        style="gmail",
        quote=Quote(SAM, "2027-05-03 09:00", """Faye, the Mother's Day box design is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        445, "motors-instructions-colleague", GUS, SAM, "2027-05-04 08:45",
        "Re: Service special mailer",
        """Sam, looping in Jen. Jen, please send Sam the new service prices.

Sam, once you have them, the prices on the front need to be updated, and the expiry date
should move to June 30.

Gus""",
        style="gmail",
        quote=Quote(SAM, "2027-05-03 14:00", """Gus, the service special mailer is attached.

Sam"""),
        labels=dict(cr=["the prices on the front need to be updated"]),
    ),
    Mail(
        446, "ski-norwegian-english", HELGA, LUCA, "2027-05-04 10:00", "Re: Winter brochure",
        """Hi Luca,

The map on page 6 is not up to date, the new lift is missing. Also it would be good with
more snow in the cover photo, it looks like spring.

Best,
Helga""",
        style="gmail",
        quote=Quote(LUCA, "2027-05-03 11:00", """Helga, the winter brochure draft is attached.

Luca"""),
        labels=dict(cr=["the new lift is missing", "more snow in the cover photo"], **EU),
    ),
    Mail(
        447, "logistics-status-only", IVAN, SAM, "2027-05-04 11:20", "Trade show booth",
        """Hi Sam, did the booth graphics ship yet? I want to let the venue know when to
expect them.

Ivan""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        448, "skincare-softened-asks", JADE, SAM, "2027-05-04 13:40", "Re: Serum launch email",
        """Hi Sam!

Love the direction. Just a couple of small things if possible: I think the subject line
could be shorter, and the "Shop now" button might work better in our teal.

Thanks so much,
Jade""",
        style="gmail",
        quote=Quote(SAM, "2027-05-03 16:00", """Jade, the serum launch email is attached.

Sam"""),
        labels=dict(cr=["could be shorter"]),
    ),
    Mail(
        449, "fencing-what-client-did", KYLE, SAM, "2027-05-04 15:00", "FYI",
        """FYI, I changed the hours on our Google listing myself, so you don't need to do
anything there. The yard sign order is still on for May 14.

Kyle""",
        style="gmail",
        labels=dict(due=["2027-05-14"]),
    ),
    Mail(
        450, "tacos-spanglish", LUPE, SAM, "2027-05-05 09:30", "Re: menu board",
        """Sam, the menu board looks great pero al pastor is $3.50 now, not $3, can you fix?

Lupe""",
        style="gmail",
        quote=Quote(SAM, "2027-05-04 12:00", """Lupe, the new menu board is attached.

Sam"""),
        labels=dict(cr=["$3.50 now, not $3"],
                    non_budget=[("3.50", "USD", "price"), ("3", "USD", "price")]),
    ),
    Mail(
        451, "yoga-go-ahead-plus-date", MAYA, SAM, "2027-05-05 10:45", "Re: Retreat flyer",
        """Looks great, go ahead. Please get the flyers to the studio by May 12.

Maya""",
        style="gmail",
        quote=Quote(SAM, "2027-05-04 17:00", """Maya, the final retreat flyer is attached.

Sam"""),
        labels=dict(due=["2027-05-12"]),
    ),
    Mail(
        452, "dental-reorder", NORA_P, SAM, "2027-05-05 12:00", "Re: Website homepage",
        """Hi Sam,

Can the testimonials go above the services section? People trust reviews more than our
list of services. Also the "Book online" link is broken on mobile.

Nora""",
        style="gmail",
        quote=Quote(SAM, "2027-05-04 15:00", """Nora, the homepage mockup is live on staging.

Sam"""),
        labels=dict(cr=["Can the testimonials go above the services section",
                        "link is broken on mobile"]),
    ),
    Mail(
        453, "brau-german", OTTO, LUCA, "2027-05-05 14:00", "AW: Etikett Sommerbier",
        """Hallo Luca,

das Etikett gefällt uns. Nur die Schrift ist zu klein, bitte größer machen. Und der
Alkoholgehalt muss 4,9 % sein, nicht 5,2 %.

Gruß
Otto""",
        style="gmail",
        quote=Quote(LUCA, "2027-05-04 10:00", """Otto, the summer beer label is attached.

Luca"""),
        labels=dict(cr=["bitte größer machen", "muss 4,9 % sein, nicht 5,2 %"], **EU),
    ),
    Mail(
        454, "jewelry-not-sure", PIA, SAM, "2027-05-06 09:10", "Re: Ring campaign",
        """Hi Sam,

I'm not sure about the black background, it feels heavy for summer. Could we try white
or a soft grey?

Pia""",
        style="gmail",
        quote=Quote(SAM, "2027-05-05 16:00", """Pia, the summer ring campaign visuals are
attached.

Sam"""),
        labels=dict(cr=["Could we try white"]),
    ),
    Mail(
        455, "fitness-less-more", QUINN, SAM, "2027-05-06 11:00", "Re: Class promo video",
        """Less talking, more workout footage please. And cut the intro to 5 seconds max.

Quinn""",
        style="gmail",
        quote=Quote(SAM, "2027-05-05 18:00", """Quinn, the class promo video draft is here:
https://vimeo.com/brightlane/halefit-v1

Sam"""),
        labels=dict(cr=["Less talking, more workout footage", "cut the intro to 5 seconds"]),
    ),
    Mail(
        456, "law-we-decided", RITA, SAM, "2027-05-06 13:30", "Re: Newsletter",
        """Sam,

We've decided not to include the client story in the June newsletter after all, so please
replace it with the article on the new estate planning rules.

Rita""",
        style="outlook",
        quote=Quote(SAM, "2027-05-05 11:00", """Rita, the June newsletter draft with the
client story is attached.

Sam"""),
        labels=dict(cr=["replace it with the article"]),
    ),
    Mail(
        457, "brewing-swap-order", SETH, SAM, "2027-05-06 15:10", "Re: Tap list poster",
        """Swap the IPA and the lager on the list, the lager's our bestseller. Thx

Seth""",
        style="gmail",
        quote=Quote(SAM, "2027-05-06 10:00", """Seth, the tap list poster is attached.

Sam"""),
        labels=dict(cr=["Swap the IPA and the lager"]),
    ),
    Mail(
        458, "florist-typo-report", TINA_B, SAM, "2027-05-07 09:00", "Re: Wedding brochure",
        """Spotted a typo on page 2: "boquet" should be "bouquet". Everything else is lovely.

Tina""",
        style="gmail",
        quote=Quote(SAM, "2027-05-06 14:00", """Tina, the wedding brochure is attached.

Sam"""),
        labels=dict(cr=["\"boquet\" should be \"bouquet\""]),
    ),
    Mail(
        459, "spices-bigger-picture", UMA, SAM, "2027-05-07 11:30", "Re: Recipe cards",
        """Hi Sam, the recipe cards are lovely but the spice photos are tiny, you can barely
see them. Also the ingredients list should use cups, not grams, our customers are
American.

Uma""",
        style="gmail",
        quote=Quote(SAM, "2027-05-06 16:00", """Uma, the recipe card set is attached.

Sam"""),
        labels=dict(cr=["the spice photos are tiny", "should use cups, not grams"]),
    ),
]
