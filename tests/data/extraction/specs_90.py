"""The eighty-fifth labelled set (1820-1839), written on 2026-12-07 (twenty-eighth session)
before any rule of its own: the split ``tune64``, scored blind first, then tuned on.

Feedback in other people's words, the field the blind splits read worst (change requests at
recall 0.84): asks made through a colleague or a boss, a fact corrected without a verb ("the
address is 120 Oak Ave now"), a preference said as a feeling, a choice between options shown,
a numbered list in an Outlook HTML mail, asks typed between quoted lines, learners of English,
a phone's two words; beside them what is no change (a request for the invoice, a call, the
files sent on, praise, a question about progress) and rules a client passes on. Dates run in
the week of 13 November 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

GYM = Person("Kayla Brooks", "kayla@ironpeakfitness.com", "America/Denver")
WINE = Person("Giulia Ferri", "g.ferri@cantinaferri.it", "Europe/Rome")
DENT = Person("Dr. Alan Cho", "acho@brightsmiledental.com", "America/Los_Angeles")
CAFE = Person("Rosa Mendes", "rosa@mendescafe.com", "America/New_York")
BANK = Person("Howard Pike", "hpike@summitcreditunion.org", "America/Chicago")
TOUR = Person("Lars Eriksen", "lars@fjordtours.no", "Europe/Oslo")
PETS = Person("Becky Tran", "becky@happytailsgrooming.com", "America/Los_Angeles")
SCHOOL = Person("Mr. David Okafor", "dokafor@riversideacademy.org", "America/New_York")
AUTO = Person("Tony Russo", "tony@russomotors.com", "America/New_York")
SPA = Person("Mei Lin", "mei@lotusdayspa.com", "America/Los_Angeles")
FIRM = Person("Catherine Doyle", "cdoyle@doylepartners.com", "America/Chicago")
BIKE = Person("Jonas Weber", "jonas.weber@velowerk.de", "Europe/Berlin")
BAKE = Person("Hannah Price", "hannah@pricesbakery.co.uk", "Europe/London")
ZOO = Person("Marcus Bell", "mbell@cityzoo.org", "America/Chicago")
APP = Person("Priyanka Rao", "priyanka@tallyfinance.app", "America/Los_Angeles")
PARTNER = Person("Mark Doyle", "mdoyle@doylepartners.com", "America/Chicago")
HOTEL = Person("Sofia Alvarez", "salvarez@casamarhotel.mx", "America/Mexico_City")

ITEMS = [
    Mail(
        1820, "gym-boss-wants", GYM, SAM, "2028-11-13 08:40", "RE: January promo flyer",
        """Morning Sam,

Showed the flyer to Rick and he wants the price in a bigger font. He also asked if the photo of the rowing machines can go, nobody uses them. Otherwise we're happy!

Kayla""",
        style="outlook",
        quote=Quote(SAM, "2028-11-10 16:00", """Kayla, the January promo flyer draft is attached.

Sam"""),
        labels=dict(cr=["he wants the price in a bigger font",
                        "if the photo of the rowing machines can go"]),
    ),
    Mail(
        1821, "wine-italian-english", WINE, SAM, "2028-11-13 10:15", "Etichette Natale",
        """Dear Sam,

thank you for the labels. For the Christmas labels I ask you to put the year more big and to use the gold we have in the logo, not the yellow. The text on the back is ok.

We need to send to the printer the 24 November, please.

Best regards
Giulia Ferri""",
        style="gmail",
        labels=dict(due=["2028-11-24"],
                    cr=["put the year more big and to use the gold we have in the logo"],
                    **EU),
    ),
    Mail(
        1822, "dental-fact-corrected", DENT, SAM, "2028-11-13 11:30", "Re: New patient postcard",
        """Sam - one thing on the postcard, our Saturday hours are 9 to 1 now, not 9 to 3. Everything else is good to go.

Dr. Cho

Sent from my iPhone""",
        style="apple",
        labels=dict(cr=["our Saturday hours are 9 to 1 now, not 9 to 3"]),
    ),
    Mail(
        1823, "cafe-option-pick", CAFE, SAM, "2028-11-13 13:05", "Re: Menu board options",
        """Hi Sam!

We all liked option B best, let's go with that one. Could you also send me the invoice for October when you get a sec?

Thanks!!
Rosa""",
        style="gmail",
        quote=Quote(SAM, "2028-11-10 11:00", """Rosa, here are options A, B and C for the new menu board.

Sam"""),
        labels=dict(),  # a choice among options shown and an invoice: no change
    ),
    Mail(
        1824, "bank-compliance-rules", BANK, SAM, "2028-11-13 14:20", "Holiday loan campaign",
        """Sam,

Before you start on the holiday loan ads, compliance sent over their list. Every ad that mentions a rate has to show the APR and the date the rate is valid until. We are not allowed to use the word "free" anywhere in the skip-a-payment offer. The NCUA logo needs to be on every printed piece.

The campaign should be in branches by December 4. Budget is $18,500 for everything.

Howard Pike
VP Marketing, Summit Credit Union""",
        style="outlook",
        labels=dict(due=["2028-12-04"], budgets=[("18500", "USD")],
                    req=["has to show the APR",
                         "not allowed to use the word \"free\"",
                         "The NCUA logo needs to be on every printed piece"]),
    ),
    Mail(
        1825, "tour-norwegian-english", TOUR, SAM, "2028-11-14 09:00", "Summer brochure 2029",
        """Hi Sam,

Some comments for the summer brochure:
- the map on page 2 is not correct, Geiranger should be north of Hellesylt
- please write the prices in NOK and also in EUR
- the photo on the cover is from winter, we want a summer photo there

Can we have the new version on 22.11.?

Lars""",
        style="plain",
        labels=dict(due=["2028-11-22"],
                    cr=["the map on page 2 is not correct",
                        "write the prices in NOK and also in EUR",
                        "we want a summer photo there"],
                    day_first=True, default_currency="NOK"),
    ),
    Mail(
        1826, "pets-phone-terse", PETS, SAM, "2028-11-14 10:45", "Re: Instagram ads",
        """logo smaller pls. and the dog on slide 3 looks sad lol, diff pic?""",
        style="apple",
        quote=Quote(SAM, "2028-11-13 17:00", """Becky, the Instagram ads for December are attached.

Sam"""),
        labels=dict(cr=["logo smaller pls", "diff pic?"]),
    ),
    Mail(
        1827, "school-no-change-logistics", SCHOOL, SAM, "2028-11-14 12:00",
        "Winter concert program",
        """Dear Sam,

Thank you for the lovely program design, the music department was delighted. Could you please send the final PDF directly to Copy Plus on Main Street? They will print 400 copies. Also, may we schedule a short call on Thursday to talk about the spring open house?

Kind regards,
David Okafor
Riverside Academy""",
        style="outlook",
        labels=dict(),  # praise, sending files on, a call: no change
    ),
    Mail(
        1828, "auto-html-numbered", AUTO, SAM, "2028-11-14 15:30", "Black Friday TV spot - notes",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Notes from me and my brother on the Black Friday spot:</p>
<ol>
<li class="MsoNormal">The voiceover is too fast at the end, slow it down</li>
<li class="MsoNormal">Show the F-150 before the Camry</li>
<li class="MsoNormal">The phone number on the end card is the old one, it should be 555-0188</li>
<li class="MsoNormal">Love the music, keep it</li>
</ol>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">It has to air starting Monday the 20th.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Tony Russo<br>Russo Motors</p>
</div></body></html>""",
        labels=dict(due=["2028-11-20"],
                    cr=["slow it down", "Show the F-150 before the Camry",
                        "it should be 555-0188"]),
    ),
    Mail(
        1829, "spa-feeling-preference", SPA, SAM, "2028-11-15 09:10", "Re: Gift card email",
        """Hi Sam,

Honestly the purple feels a bit heavy for us, we'd prefer something softer like the sage green from our menus. I also wonder if "Treat yourself" is too cliché as the subject line? Maybe something like "The gift of calm" instead.

Mei""",
        style="gmail",
        quote=Quote(SAM, "2028-11-14 10:00", """Mei, the gift card email is attached for review.

Sam"""),
        labels=dict(cr=["we'd prefer something softer like the sage green",
                        "Maybe something like \"The gift of calm\" instead"]),
    ),
    Mail(
        1830, "firm-inline-answers", FIRM, SAM, "2028-11-15 11:40", "Re: Website bios",
        """Sam, answers below in caps.

> 1. Do you want the partner photos in color or black and white?
BLACK AND WHITE PLEASE

> 2. Should Mark's bio mention the Hartley case?
NO, TAKE THAT OUT

> 3. Any deadline for launch?
DECEMBER 1 IF POSSIBLE

Catherine""",
        style="plain",
        labels=dict(due=["2028-12-01"], cr=["TAKE THAT OUT"]),
    ),
    Mail(
        1831, "bike-german-english", BIKE, SAM, "2028-11-15 14:00", "Katalog 2029 / feedback",
        """Hello Sam,

we looked at the catalogue with our team. The e-bikes must come first, before the city bikes, this is our main product now. The photos of the workshop we don't need, you can remove them. Also the font for the prices is too thin, it is difficult to read.

We would like to have the final version until 1.12.

Best regards
Jonas Weber""",
        style="gmail",
        labels=dict(due=["2028-12-01"],
                    cr=["The e-bikes must come first", "you can remove them",
                        "the font for the prices is too thin"],
                    **EU),
    ),
    Mail(
        1832, "bakery-uk-not-changes", BAKE, SAM, "2028-11-15 16:20", "Christmas window posters",
        """Hi Sam,

The posters look smashing, thank you! Mum cried when she saw the one with Grandad's recipe. How are the shelf wobblers coming along? And could you let me know when the delivery should arrive so I can be in?

Ta,
Hannah""",
        style="apple",
        labels=dict(),  # praise and questions about progress and delivery
    ),
    Mail(
        1833, "zoo-third-party-rules", ZOO, SAM, "2028-11-16 10:00", "Zoo Lights signage",
        """Hi Sam,

For the Zoo Lights signs, the city told us all signs on the path need to be at least 36 inches wide so people can read them from a distance. Our vet team also asked that we don't show visitors feeding the animals in any of the artwork.

The lights open December 8, so we'd need the signs installed the day before.

Marcus""",
        style="outlook",
        labels=dict(due=["2028-12-07"],
                    req=["need to be at least 36 inches wide",
                         "don't show visitors feeding the animals"]),
    ),
    Mail(
        1834, "app-long-several-asks", APP, SAM, "2028-11-16 13:30", "Feedback on landing page v2",
        """Hi Sam,

Thanks for v2, it's a big improvement. I went through it with our PM and head of growth yesterday, so here is everything in one go:

The hero headline is good but the subhead is too long, it wraps to three lines on my phone. Can we cut it to one line? Something like "Budgeting that keeps up with you."

The screenshot in the second section is from the old version of the app. Our designer will send you new ones by Friday, please use those.

We need a section about security. Users keep asking about it. Bank-level encryption, no selling of data, that kind of thing.

The testimonials are great. Keep all three.

Last thing, the footer still links to the old privacy policy URL. It should point to tallyfinance.app/privacy.

We'd love to go live before the 30th if we can.

Thanks!
Priyanka""",
        style="gmail",
        labels=dict(due=["2028-11-29"],
                    cr=["Can we cut it to one line?", "please use those",
                        "We need a section about security",
                        "It should point to tallyfinance.app/privacy"]),
    ),
    Mail(
        1835, "hotel-spanish", HOTEL, SAM, "2028-11-16 17:00", "Folleto de bodas",
        """Hola Sam,

Gracias por el folleto de bodas. Por favor cambia la foto de la portada por una de la playa al atardecer, y quita el precio del paquete básico porque va a cambiar en enero.

Lo necesitamos impreso para el 5 de diciembre.

Saludos,
Sofía Álvarez""",
        style="gmail",
        labels=dict(due=["2028-12-05"],
                    cr=["cambia la foto de la portada"],  # one sentence
                    day_first=True, default_currency="MXN"),
    ),
    Mail(
        1836, "gym-not-change-question", GYM, SAM, "2028-11-17 08:15", "Re: January promo flyer",
        """Hey Sam, did the printer confirm the quantity? I think we said 2,000 but Rick thinks 2,500. Can you check the quote and tell me which one we agreed?

Kayla""",
        style="outlook",
        quote=Quote(SAM, "2028-11-16 15:00", """Kayla, the revised January promo flyer is at the printer.

Sam"""),
        labels=dict(),  # a question about what was agreed: no change
    ),
    Mail(
        1837, "dental-budget-scope", DENT, SAM, "2028-11-17 10:30", "Spring campaign",
        """Hi Sam,

For the spring whitening campaign we can spend up to $9,000, that includes the mailer and the Facebook ads. The goal is to book 60 new whitening appointments in March and April.

Please make sure the before/after photos are of real patients, we had a complaint last year about stock photos.

Dr. Alan Cho""",
        style="gmail",
        labels=dict(budgets=[("9000", "USD", "cap")],
                    obj=["book 60 new whitening appointments"],
                    req=["the before/after photos are of real patients"]),
    ),
    Mail(
        1838, "cafe-quoted-history-change", CAFE, SAM, "2028-11-17 12:45", "Re: Menu board options",
        """Sam, sorry, change of plan. The owner saw option B printed and thinks it's too busy. Can we do B but without the chalk texture in the background?

Rosa""",
        style="gmail",
        quote=Quote(SAM, "2028-11-15 09:00", """Rosa, option B is at the printer, proofs by Friday.

Sam"""),
        labels=dict(cr=["Can we do B but without the chalk texture"]),
    ),
    Forward(
        1839, "firm-forwarded-partner", FIRM, SAM, "2028-11-17 15:00",
        "Sam, see below from Mark. Can you make his change before the site goes live?\n\nCatherine",
        Mail(
            0, "firm-partner-orig", PARTNER, FIRM, "2028-11-17 14:10", "bios",
            """Cathy, my bio says I joined in 2012, it was 2011. Also I'd rather not have the golf photo, use the headshot from the brochure.

Mark""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(cr=["it was 2011", "I'd rather not have the golf photo"]),  # Mark's asks
    ),
]
