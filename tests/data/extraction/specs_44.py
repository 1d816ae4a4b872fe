"""The thirty-ninth labelled set (176-195), written on 2026-12-06 (eighteenth session) after
blind19 and before any tuning on it, scored blind, then tuned on: the split ``tune31``.

A week of mail (26-30 April 2027): a car dealer's sale that ends Monday, a marketing
manager's "V2 by EOW", payment terms beside a deadline, "hold off", "scratch the radio
idea", "flip slides 3 and 4", advice ("I'd lose the exclamation mark"), "not a fan of the
font", "the CTA should pop more", Korean English, a French client's "we would like that",
days written every way ("the 3rd of May", "Tues 4th", "04.05.", ISO), a UK fee "+ VAT",
"USD 4,000 max", British spelling as a rule, a regulator's sign-off, a video length, image
resolution, and a goal without a number.
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
GB = dict(day_first=True, default_currency="GBP")

DALE = Person("Dale Hughes", "dale@hughesauto.com", "America/Chicago")
MEGAN = Person("Megan Frost", "mfrost@frostsoftware.com", "America/New_York")
RUBEN = Person("Ruben Cruz", "ruben@cruzprinting.com", "America/Los_Angeles")
AMY_L = Person("Amy Long", "amy@longfarms.com", "America/Chicago")
PETE_G = Person("Pete Green", "pete@greenmoving.com", "America/Denver")
ISLA = Person("Isla Grant", "isla@grantconsulting.com", "America/New_York")
NOAH_B = Person("Noah Blake", "noah@blakewatches.com", "America/New_York")
VERA = Person("Vera Hahn", "vera@hahnshoes.com", "America/Chicago")
JESSIE = Person("Jessie Lowe", "jessie@lowecandles.com", "America/Los_Angeles")
SOOJIN = Person("Soojin Park", "soojin@parkpharm.kr", "Asia/Seoul")
CLAIRE_F = Person("Claire Fabre", "claire.fabre@fabre-parfums.fr", "Europe/Paris")
ROY = Person("Roy Simmons", "roy@simmonsroofing.com", "America/Chicago")
KLARA = Person("Klara Weiss", "k.weiss@weiss-kaffee.de", "Europe/Berlin")
BART = Person("Bart Hughes", "bart@hughesplumbing.com", "America/New_York")
OLLIE = Person("Ollie Marsh", "ollie@marshcider.co.uk", "Europe/London")
DEV_B = Person("Dev Bose", "dev@bosetravel.com", "America/New_York")
FIONA_W = Person("Fiona Walsh", "fiona.walsh@walshfinance.co.uk", "Europe/London")
NED = Person("Ned Cole", "ned@colebikes.com", "America/Denver")
GWEN = Person("Gwen Tate", "gwen@tatedesigns.com", "America/New_York")
MO = Person("Mo Ali", "mo@alirugs.com", "America/Chicago")

ITEMS = [
    Mail(
        176, "auto-sale-ends-monday", DALE, SAM, "2027-04-26 09:00", "Memorial Day sale",
        """Sam,

Our Memorial Day sale runs May 27 through May 31. We need the radio spots trafficked to
the stations by May 20. Budget is $14,000 for radio.

Dale""",
        style="gmail",
        labels=dict(due=["2027-05-20"], budgets=[("14000", "USD")]),
    ),
    Mail(
        177, "software-v2-eow", MEGAN, SAM, "2027-04-26 10:30", "RE: Product launch deck",
        """Hi Sam,

Thanks for v1. Can we get a v2 with the feedback incorporated by EOW? The exec review is
next Tuesday.

Megan""",
        style="outlook",
        quote=Quote(SAM, "2027-04-23 16:00", """Megan, v1 of the product launch deck is
attached.

Sam"""),
        labels=dict(due=["2027-04-30"], cr=["v2 with the feedback incorporated"]),
    ),
    Mail(
        178, "printing-net-30", RUBEN, SAM, "2027-04-26 12:00", "Brochure job",
        """Hi Sam,

Terms for the brochure job are net 30 as usual, invoice after delivery. We need the
brochures delivered to our office by May 14.

Ruben""",
        style="gmail",
        labels=dict(due=["2027-05-14"]),
    ),
    Mail(
        179, "farms-hold-off", AMY_L, SAM, "2027-04-26 14:00", "Re: CSA email",
        """Please hold off on sending the CSA email until we confirm the box price. Should
know by Thursday.

Amy""",
        style="gmail",
        quote=Quote(SAM, "2027-04-26 09:00", """Amy, the CSA signup email is ready to send
tomorrow morning.

Sam"""),
        labels=dict(cr=["hold off on sending the CSA email"]),
    ),
    Mail(
        180, "moving-scratch-radio", PETE_G, SAM, "2027-04-26 16:10", "Re: Summer plan",
        """Scratch the radio idea, we'll put that money into Google ads instead. Everything
else looks good.

Pete""",
        style="gmail",
        quote=Quote(SAM, "2027-04-26 11:00", """Pete, the summer plan: radio, Google ads and
door hangers. Let me know.

Sam"""),
        labels=dict(cr=["Scratch the radio idea"]),
    ),
    Mail(
        181, "consulting-flip-slides", ISLA, SAM, "2027-04-27 09:15", "Re: Pitch deck",
        """Hi Sam,

Flip slides 3 and 4 please, the case study should come before the pricing. And I'd lose
the exclamation mark on the title slide.

Isla""",
        style="gmail",
        quote=Quote(SAM, "2027-04-26 18:00", """Isla, the pitch deck draft is attached.

Sam"""),
        labels=dict(cr=["Flip slides 3 and 4", "the exclamation mark on the title slide"]),
    ),
    Mail(
        182, "watches-not-a-fan", NOAH_B, SAM, "2027-04-27 10:40", "Re: Catalogue cover",
        """Not a fan of the font on the cover, it feels too modern for us. Otherwise great.

Noah""",
        style="gmail",
        quote=Quote(SAM, "2027-04-26 15:00", """Noah, the catalogue cover is attached.

Sam"""),
        labels=dict(cr=["Not a fan of the font on the cover"]),
    ),
    Mail(
        183, "shoes-cta-pop", VERA, SAM, "2027-04-27 12:20", "RE: Banner ads",
        """Sam, the banners look good but the CTA should pop more. Maybe a brighter colour?
We go live on May 6.

Vera""",
        style="outlook",
        quote=Quote(SAM, "2027-04-26 17:00", """Vera, the banner ad set is attached.

Sam"""),
        labels=dict(due=["2027-05-06"], cr=["the CTA should pop more"]),
    ),
    Mail(
        184, "candles-the-3rd-of-may", JESSIE, SAM, "2027-04-27 14:30", "Gift guide",
        """Hi Sam! We need the gift guide email ready by the 3rd of May, and the social posts
by Tues 4th. Thanks!!

Jessie""",
        style="gmail",
        labels=dict(due=["2027-05-03", "2027-05-04"]),
    ),
    Mail(
        185, "pharm-korean-english", SOOJIN, SAM, "2027-04-27 17:00", "Re: leaflet",
        """Dear Sam,

Thank you for leaflet. Please make the font size more bigger for senior customer. Also
the phone number is not correct, it is 02-555-0198.

We need final leaflet until 2027-05-07.

Best regards,
Soojin Park""",
        style="gmail",
        quote=Quote(SAM, "2027-04-26 10:00", """Soojin, the pharmacy leaflet draft is
attached.

Sam"""),
        labels=dict(due=["2027-05-07"],
                    cr=["make the font size more bigger", "phone number is not correct"]),
    ),
    Mail(
        186, "parfums-we-would-like-that", CLAIRE_F, LUCA, "2027-04-28 09:00",
        "Re: Ad for Vogue",
        """Dear Luca,

We would like that the bottle is more visible on the page, and that the text is in
gold. The ad must be sent to the magazine on 04.05. at the latest.

Kind regards,
Claire""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-27 10:00", """Claire, the Vogue ad layout is attached.

Luca"""),
        labels=dict(due=["2027-05-04"], cr=["the bottle is more visible"], **EU),
    ),
    Mail(
        187, "roofing-iso-date", ROY, SAM, "2027-04-28 10:30", "Yard signs",
        """Sam - yard signs needed 2027-05-10. 200 of them, same as last year. Budget USD 4,000
max.

Roy""",
        style="gmail",
        labels=dict(due=["2027-05-10"], budgets=[("4000", "USD", "cap")]),
    ),
    Mail(
        188, "kaffee-german-rules", KLARA, LUCA, "2027-04-28 12:00", "Verpackung",
        """Hallo Luca,

für die neue Verpackung gilt: Das Bio-Siegel muss immer vorne sichtbar sein, und wir
verwenden keine Plastikfenster. Die Druckdaten brauchen wir bis 20.05.

Grüße
Klara""",
        style="gmail",
        labels=dict(due=["2027-05-20"], req=["Das Bio-Siegel muss immer vorne sichtbar sein"],
                    **EU),
    ),
    Mail(
        189, "plumbing-goal-no-number", BART, SAM, "2027-04-28 14:00", "Brand campaign",
        """Sam,

What we really want is to be the first name people think of when a pipe bursts. We've
got $30,000 for the year.

Bart""",
        style="gmail",
        labels=dict(budgets=[("30000", "USD")], obj=["first name people think of"]),
    ),
    Mail(
        190, "cider-plus-vat", OLLIE, LUCA, "2027-04-28 15:30", "Re: Festival banners",
        """Cheers Luca, £2.5k + VAT is fine for the banners. We need them at the festival site
by 21 May.

Ollie""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-28 09:00", """Ollie, the festival banners would come to
£2,500 + VAT including print.

Luca"""),
        labels=dict(due=["2027-05-21"], budgets=[("2500", "GBP")], **GB),
    ),
    Mail(
        191, "travel-video-length", DEV_B, SAM, "2027-04-29 09:00", "Summer video",
        """Hi Sam,

For the summer video: keep it under 30 seconds, and all images need to be at least 1080p.
We'd like a rough cut by May 12.

Dev""",
        style="gmail",
        labels=dict(due=["2027-05-12"],
                    req=["keep it under 30 seconds"]),
    ),
    Mail(
        192, "finance-british-rules", FIONA_W, LUCA, "2027-04-29 10:15", "ISA campaign",
        """Hi Luca,

Please use British spelling throughout. All copy must be signed off by our compliance team
before anything goes live, as we are regulated by the FCA. The campaign launches on
1 June.

Fiona""",
        style="outlook",
        labels=dict(due=["2027-06-01"],
                    req=["use British spelling throughout", "must be signed off by our"
                         " compliance team"], **GB),
    ),
    Mail(
        193, "bikes-two-asks-and-thanks", NED, SAM, "2027-04-29 13:00", "Re: Trail map",
        """Thanks Sam, this is really close. Could you make the trail names a little bigger?
And the parking icon is missing at the north entrance.

Ned""",
        style="gmail",
        quote=Quote(SAM, "2027-04-28 16:00", """Ned, the trail map draft is attached.

Sam"""),
        labels=dict(cr=["make the trail names a little bigger",
                        "parking icon is missing"]),
    ),
    Mail(
        194, "designs-status-and-date", GWEN, SAM, "2027-04-30 09:00", "Lookbook",
        """Hi Sam, how is the lookbook coming along? Just checking we're still on track for
May 14.

Gwen""",
        style="gmail",
        labels=dict(due=["2027-05-14"]),
    ),
    Mail(
        195, "rugs-thanks-invoice", MO, SAM, "2027-04-30 11:00", "Invoice",
        """Hi Sam, got your invoice for $3,250, we'll pay it next Friday. Thanks for the great
work on the spring sale!

Mo""",
        style="gmail",
        labels=dict(non_budget=[("3250", "USD", "invoice")]),
    ),
]
