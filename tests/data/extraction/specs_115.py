"""The hundred-and-tenth labelled set (2340-2359), written on 2026-12-07 (thirty-second session)
after the session's first probes of public shapes and before any rule of its own: the split
``tune85``, scored blind first, then tuned on.

Voices in the shapes of public collections of client mail (designers' and print shops' pages,
"clients from hell" anthologies, brief checklists), paraphrased, never copied: a backseat art
director's list of wishes, a client who drew sad faces instead of notes, an owner's four
partners who each like another draft, a print customer's specs and a rushed date, a
nonprofit's "everything two weeks before", an Indian-English "kindly do the needful", a
British "by close of play", an Australian "this arvo", a terse phone chain, an HTML-only
Outlook table of changes, a long mail of several asks with a sum to stretch to, a colleague's
forward with a note, a German client's English with day-first dates, a French reply, a
Spanish brief, a reply under quoted history with its own dates and sums, thanks that only
praise, an invoice question. Dates run in the week of 13 August 2029 (a Monday).
"""

from specs_103 import _mail

from build import Forward, Mail, Person, Quote, Raw
from cast import INTAKE, SAM

BACKSEAT = Person("Gail Moreno", "gail@morenoflooring.com", "America/Chicago")
FACES = Person("Terry Vance", "terry@vancemotors.com", "America/New_York")
PARTNERS = Person("Omar Haddad", "omar@haddadlaw.com", "America/New_York")
PRINT = Person("Sue Carter", "sue@cartercandles.com", "America/Denver")
NONPROFIT = Person("Linda Yates", "lyates@riversidefoodbank.org", "America/New_York")
INDIA = Person("Ravi Kumar", "ravi.kumar@kumartextiles.in", "Asia/Kolkata")
UK = Person("Fiona Blake", "fiona@blakegin.co.uk", "Europe/London")
AU = Person("Shane Doyle", "shane@doylesurf.com.au", "Australia/Sydney")
PHONE = Person("Kim Ford", "kim@fordflowers.com", "America/Chicago")
HTML = Person("Derek Shaw", "dshaw@shawplumbing.com", "America/New_York")
LONG = Person("Maria Lopez", "maria@lopezdental.com", "America/Los_Angeles")
BOSS = Person("Pete Marsh", "pete@marshbrewing.com", "America/Denver")
STAFF = Person("Amy Chen", "amy@marshbrewing.com", "America/Denver")
DE = Person("Jens Becker", "j.becker@becker-moebel.de", "Europe/Berlin")
FR = Person("Claire Dubois", "c.dubois@dubois-fromages.fr", "Europe/Paris")
ES = Person("Lucía Romero", "lucia@romerohotel.es", "Europe/Madrid")
QUOTED = Person("Hank Bell", "hank@bellroofing.com", "America/Chicago")
PRAISE = Person("June Park", "june@parkyoga.com", "America/Los_Angeles")
BILLING = Person("Ted Hall", "ted@hallhardware.com", "America/New_York")
GYM = Person("Nia Brooks", "nia@brooksfitness.com", "America/New_York")

EU = dict(day_first=True, default_currency="EUR")


def _quote(text: str, when: str = "2029-08-13 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2340, "flooring-backseat-wishes", BACKSEAT, SAM, "2029-08-13 10:40",
        "Re: Showroom postcard - first look",
        """Sam,

It's a start. A couple of thoughts from me and my husband:

There's a lot of empty space on the front, it looks unfinished. Could you fill it with a few more floor photos?

We'd love the wood to look warmer, almost honey coloured, not grey like it is now.

My husband asked why our slogan isn't on there. "Floors that feel like home" - that has to be on every piece we put out.

Thanks,
Gail""",
        style="gmail",
        quote=_quote("Gail, here is a first look at the showroom postcard."),
        labels=dict(cr=["Could you fill it with a few more floor photos",
                        "We'd love the wood to look warmer",
                        "why our slogan isn't on there"],
                    req=["that has to be on every piece we put out"]),
    ),
    Mail(
        2341, "motors-sad-faces", FACES, SAM, "2029-08-13 14:15", "Re: Service special ad",
        """Sam - rather than typing it all out I printed the ad and drew a sad face next to the parts I don't like. Scanned copy attached.

Short version: the mechanic photo looks staged, and "unbeatable value" sounds cheap to me.

We need it final for the paper by Thursday noon.

Terry""",
        style="outlook",
        quote=_quote("Terry, the service special ad for the Gazette is attached."),
        labels=dict(due=["2029-08-16"],
                    cr=["the mechanic photo looks staged"]),
    ),
    Mail(
        2342, "law-four-partners", PARTNERS, SAM, "2029-08-13 16:05", "Re: Logo concepts",
        """Hi Sam,

So we met as partners this afternoon. Not unanimous, I'm afraid. I like #2 from round three, Dana likes #5 from round two, and the other two lean toward the serif one from the first batch.

Could you combine #2's mark with the serif wordmark from round one? That might get everyone on board.

We'll need all four of us to sign off before anything is final, so please don't send it to the printer yet.

Omar""",
        style="apple",
        quote=_quote("Omar, round three of the logo concepts is attached (#1 to #4)."),
        labels=dict(cr=["combine #2's mark with the serif wordmark"],
                    req=["We'll need all four of us to sign off before anything is final"]),
    ),
    Mail(
        2343, "candles-print-specs", PRINT, SAM, "2029-08-13 09:20", "Holiday catalog",
        """Hi Sam,

Following up on our call, here's what we need for the holiday catalog:

- 16 pages plus cover, 8.5 x 11, saddle-stitched
- 5,000 copies
- Uncoated stock - we don't want anything glossy, it doesn't fit the brand
- Every product needs its scent notes and burn time listed

Our booth at the Denver gift show opens October 4, so we need the catalogs in hand by September 28. I've been given $9,000 for design and print together.

Sue""",
        style="gmail",
        labels=dict(due=["2029-09-28"], budgets=[("9000", "USD")],
                    req=["we don't want anything glossy",
                         "Every product needs its scent notes and burn time listed"]),
    ),
    Mail(
        2344, "foodbank-two-weeks-before", NONPROFIT, SAM, "2029-08-13 11:00", "Harvest drive",
        """Dear Sam,

Our Harvest Food Drive runs October 15 to November 15. We'd like posters for our 40 partner churches and a social kit for volunteers.

Because the churches print their bulletins ahead, we need everything two weeks before the drive starts. Our board has approved up to $3,500 for this.

The point of the drive is to collect 60,000 pounds of food, up from 45,000 last year.

One thing from our food safety lead: photos can't show home-canned food, only store-bought.

Many thanks,
Linda Yates
Riverside Food Bank""",
        style="outlook",
        labels=dict(due=["2029-10-01"], budgets=[("3500", "USD", "cap")],
                    obj=["The point of the drive is to collect 60,000 pounds of food"],
                    req=["photos can't show home-canned food"]),
    ),
    Mail(
        2345, "textiles-kindly-needful", INDIA, SAM, "2029-08-13 18:30",
        "Re: Diwali mailer - draft 1",
        """Dear Sam,

Greetings from Kumar Textiles.

We have gone through the draft. Kindly do the needful for below points:

1. Rangoli image to be replaced with our own photo, which I am sending separately.
2. Discount is 25% and not 20%.
3. Company name to come in Hindi also below the English.

Request you to share the revised draft by 16th August positively as mailer has to go before Diwali shopping starts.

Regards,
Ravi Kumar""",
        style="gmail",
        quote=_quote("Dear Ravi, please find draft 1 of the Diwali mailer attached."),
        labels=dict(due=["2029-08-16"],
                    cr=["Rangoli image to be replaced with our own photo",
                        "Discount is 25% and not 20%",
                        "Company name to come in Hindi also"]),
    ),
    Mail(
        2346, "gin-close-of-play", UK, SAM, "2029-08-13 15:40", "Re: Bottle neck tags",
        """Hi Sam,

Lovely work, genuinely. Two small bits: the botanicals list is missing juniper (rather important for a gin!), and could the tag be a touch narrower so it sits on the shoulder properly?

If you can get the revised artwork over by close of play Thursday, that would be brilliant - the printer wants it Friday morning.

Cheers,
Fiona""",
        style="outlook",
        quote=_quote("Fiona, proofs of the neck tags attached.", "2029-08-13 09:00"),
        labels=dict(due=["2029-08-16", "2029-08-17"],
                    # (one change a sentence, as the set reads them: the label of "could
                    # the tag be a touch narrower" in the same sentence was dropped after the
                    # blind score)
                    cr=["the botanicals list is missing juniper"]),
    ),
    Mail(
        2347, "surf-this-arvo", AU, SAM, "2029-08-14 07:50", "Re: Spring sale banners",
        """G'day Sam,

Banners look mint. Only thing - can we chuck the 'free wax' offer on the big one as well? It's only on the small ones at the mo.

Need them live by Saturday, the sale kicks off Sat morning. I'm around this arvo if you want a chat.

Shane""",
        style="gmail",
        quote=_quote("Shane, the spring sale banners are ready for review."),
        labels=dict(due=["2029-08-18"],
                    cr=["can we chuck the 'free wax' offer on the big one as well"]),
    ),
    Raw(
        2348, "flowers-phone-chain",
        _mail("Kim Ford <kim@fordflowers.com>", "Re: Sunflower week post",
              "Mon, 13 Aug 2029 12:02:00 -0500", """ok so 2 things
- wrong address in the caption, we're on Elm not Oak
- can the sunflowers be the 1st pic

Sent from my iPhone

> On Aug 13, 2029, at 10:14 AM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Kim, draft of the Sunflower Week post below. It goes out Wednesday unless you want changes.
""", mid="1A2B-ford-0813@fordflowers.com"),
        labels=dict(timezone="America/Chicago",
                    cr=["wrong address in the caption", "can the sunflowers be the 1st pic"]),
    ),
    Mail(
        2349, "plumbing-html-table", HTML, SAM, "2029-08-13 13:30", "RE: Truck wrap v2",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Comments on v2 from me and the guys:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Where</b></p></td><td><p class="MsoNormal"><b>Comment</b></p></td></tr>
<tr><td><p class="MsoNormal">Driver side</p></td><td><p class="MsoNormal">Phone number needs to be way bigger, you can't read it from a car</p></td></tr>
<tr><td><p class="MsoNormal">Back doors</p></td><td><p class="MsoNormal">Looks good</p></td></tr>
<tr><td><p class="MsoNormal">Hood</p></td><td><p class="MsoNormal">Drop the license number here, it's already on the doors</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The wrap shop has us booked for August 27 so we need final files by the 22nd.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Derek Shaw<br>Shaw Plumbing &amp; Heating</p>
</div></body></html>""",
        labels=dict(due=["2029-08-22", "2029-08-27"],
                    cr=["Phone number needs to be way bigger",
                        "Drop the license number here"]),
    ),
    Mail(
        2350, "dental-long-several-asks", LONG, SAM, "2029-08-13 17:10",
        "Fall campaign + a few other things",
        """Hi Sam,

Hope your summer's going well! A bunch of things, sorry for the long email.

1. Fall campaign. We want to push Invisalign this fall - honestly we'd be happy with 40 new consults by Thanksgiving. Dr. Lopez is thinking radio plus Instagram. We can go up to $18,000 for the season, maybe a little more if radio really needs it.

2. The new hygienist, Bree, starts September 4. Could you add her to the team page on the website? Her photo and bio are attached.

3. On the website, the Saturday hours still say 9-1. We're 8-12 now.

4. Not urgent, but at some point I'd like to talk about redoing the patient forms.

5. Can we get the fall campaign ideas before our staff meeting on the 24th? I'd like to show the team.

Thanks so much,
Maria""",
        style="gmail",
        labels=dict(due=["2029-08-23"], budgets=[("18000", "USD", "cap")],
                    obj=["we'd be happy with 40 new consults by Thanksgiving"],
                    cr=["Could you add her to the team page on the website",
                        "the Saturday hours still say 9-1"]),
    ),
    Forward(
        2351, "brewing-boss-forward", BOSS, SAM, "2029-08-13 15:00",
        """Sam - see Amy's notes below, I agree with all of it except the last one, keep the can photo as is.

Pete""",
        Mail(
            0, "brewing-staff-notes", STAFF, BOSS, "2029-08-13 12:30", "Oktoberfest flyer notes",
            """Pete,

My notes on the Oktoberfest flyer:
- The date should be September 22, not September 29
- Add "family friendly until 8pm"
- Swap the can photo for the keg one

Amy""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["The date should be September 22, not September 29",
                        "Add \"family friendly until 8pm\""]),
    ),
    Mail(
        2352, "moebel-german-english", DE, SAM, "2029-08-13 10:10", "Re: Catalogue autumn",
        """Hello Sam,

thanks for the layout. For us it is important that all prices are shown with VAT included, this is the law in Germany.

Please change the title on page 3, it must be "Wohnen mit Holz" and not "Leben mit Holz".

The catalogue must be at the printer on 03.09., the fair is on 14.09.

Best regards
Jens Becker""",
        style="outlook",
        quote=_quote("Jens, the autumn catalogue layout is attached."),
        labels=dict(due=["2029-09-03"],
                    req=["all prices are shown with VAT included"],
                    cr=["Please change the title on page 3"],
                    **EU),
    ),
    Mail(
        2353, "fromages-french-reply", FR, SAM, "2029-08-13 16:30", "Re: Étiquettes comté",
        """Bonjour Sam,

Merci pour les étiquettes. Pourriez-vous mettre le logo AOP un peu plus grand ? Et la mention « au lait cru » doit figurer sur toutes les étiquettes, c'est obligatoire.

Nous avons besoin des fichiers définitifs avant le 24 août.

Cordialement,
Claire Dubois""",
        style="gmail",
        quote=_quote("Bonjour Claire, voici les étiquettes du comté."),
        labels=dict(due=["2029-08-23"],
                    cr=["Pourriez-vous mettre le logo AOP un peu plus grand"],
                    req=["doit figurer sur toutes les étiquettes"],
                    **EU),
    ),
    Mail(
        2354, "hotel-spanish-brief", ES, SAM, "2029-08-13 12:45", "Campaña otoño",
        """Hola Sam,

Te escribo para la campaña de otoño del hotel. Queremos llenar las habitaciones entre semana, que en octubre están al 40%.

El presupuesto es de 6.000 euros para todo. La campaña tiene que estar lista para el 15 de septiembre.

Todo en español e inglés, por favor.

Un saludo,
Lucía Romero""",
        style="gmail",
        labels=dict(due=["2029-09-15"], budgets=[("6000", "EUR")],
                    obj=["Queremos llenar las habitaciones entre semana"],
                    req=["Todo en español e inglés"],
                    **EU),
    ),
    Mail(
        2355, "roofing-reply-under-history", QUOTED, SAM, "2029-08-13 11:25",
        "Re: Storm season mailer",
        """Sam, the new number is 555-0142, please use that one everywhere. The old 555-0199 goes to my ex-partner now.

Otherwise good to go.

Hank""",
        style="outlook",
        quote=Quote(SAM, "2029-08-10 15:00", """Hank,

Attached is the storm season mailer. As we discussed, the mail date is August 30 and the print quote came in at $2,150 for 4,000 pieces. Let me know if you want changes by Wednesday.

Sam"""),
        labels=dict(cr=["the new number is 555-0142, please use that one everywhere"]),
    ),
    Mail(
        2356, "yoga-only-praise", PRAISE, SAM, "2029-08-13 19:05", "Re: Retreat video",
        """Sam!! I watched it three times. The drone shot over the lake gave me chills, and the music is perfect. I wouldn't change a thing. Our teachers cried.

Thank you, truly.
June""",
        style="apple",
        quote=_quote("June, the final cut of the retreat video is ready to view."),
        labels=dict(),
    ),
    Mail(
        2357, "hardware-invoice-question", BILLING, SAM, "2029-08-13 10:00", "Invoice 4471",
        """Hi Sam,

Quick question on invoice 4471 - it shows $1,850 but the estimate was $1,600. Was the extra for the rush fee? If so that's fine, just want to know before I pay it. Our accounts payable runs on the 20th.

Thanks,
Ted""",
        style="gmail",
        labels=dict(non_budget=[("1850", "USD", "invoice"), ("1600", "USD", "other")]),
    ),
    Mail(
        2358, "gym-terse-then-detail", GYM, SAM, "2029-08-13 08:45", "Re: January promo ideas",
        """love idea 2. less love the font.

Can you mock it up with something bolder, maybe like the Nike ads? And it needs our new tagline "Stronger every day", the old one is retired.

We want to sign up 150 new members in January. Mockup by Thursday?

Nia""",
        style="plain",
        quote=_quote("Nia, three January promo ideas attached."),
        labels=dict(due=["2029-08-16"],
                    cr=["less love the font", "Can you mock it up with something bolder",
                        "it needs our new tagline"],
                    obj=["We want to sign up 150 new members in January"]),
    ),
    Forward(
        2359, "intake-forward-client-rules", SAM, INTAKE, "2029-08-13 17:30",
        "FYI - new client, their brand rules below.",
        Mail(
            0, "gym-brand-rules", GYM, SAM, "2029-08-13 16:50", "Brand rules",
            """Sam,

As promised, our brand rules for anything you make for us:

Never use the word "diet". We don't show before/after photos, ever. Our orange is Pantone 1585 C and it goes on white only. Models must be real members, no stock.

Nia""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(req=["Never use the word \"diet\"", "We don't show before/after photos",
                         "it goes on white only", "Models must be real members"]),
    ),
]
