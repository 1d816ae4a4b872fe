"""The eleventh labelled set (940-959), written on 2026-12-05 (eleventh session) after that
session's work on mail forms (format=flowed, forwards by the AE, typing without apostrophes
or capitals, emoji and ellipses for full stops, HTML lists, request frames) and before
scoring: the session's measure on mail nobody tuned on.

All 20 mails are the blind split ``blind11``: no rule is tuned on them. About half are
written in the forms the session worked on (a phone writer who types no apostrophes, one who
types in lower case, emoji for full stops, a Thunderbird format=flowed reply, an HTML list,
the AE forwarding a client's mail whose facts sit in its subject, a forward as attachment, a
bottom-posted reply), with words nobody tuned on; the rest are ordinary mail in new voices
(a museum, a solar installer, a hospice, a ski school, a law firm's newsletter, a brewery, a
Polish writer's English, a Swiss German brief, a French reply). Same author as the grids and
the session's fixes: the form half is a friendly measure of whether those fixes carry to
new words, not of unseen mail at large.
"""

from build import Forward, Mail, Person, Raw
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

KEISHA = Person("Keisha Brown", "keisha@brownsbbq.com", "America/Chicago")
MARCO_P = Person("Marco Pellegrini", "marco@pellegrinigelato.com", "America/New_York")
TESS = Person("Tess Hall", "tess@hallmarkyoga.com", "America/Los_Angeles")
IRENE = Person("Irene Walsh", "iwalsh@harbourmuseum.org", "America/New_York")
DEV = Person("Dev Patel", "dev@sunrisesolar.com", "America/Phoenix")
JUNE = Person("June Okafor", "june@lighthousehospice.org", "America/New_York")
KRISTOF = Person("Kristof Nowak", "k.nowak@nowakmeble.pl", "Europe/Warsaw")
URS = Person("Urs Meier", "urs.meier@alpenkaese.ch", "Europe/Zurich")
CLAIRE = Person("Claire Dubois", "claire@maisondubois.fr", "Europe/Paris")
HANK = Person("Hank Miller", "hank@millerhardware.com", "America/Chicago")
BECCA = Person("Becca Lane", "becca@powderridge.com", "America/Denver")
SOFIA = Person("Sofia Reyes", "sofia@reyeslaw.com", "America/New_York")
MAX = Person("Max Berg", "max@bergbrewing.com", "America/Denver")
OLIVIA = Person("Olivia Chen", "olivia@petalandstem.com", "America/Los_Angeles")
RITA = Person("Rita Gomez", "rita@gomezdental.com", "America/New_York")
FINN = Person("Finn Murphy", "finn@murphysbakery.ie", "Europe/Dublin")
NADIA = Person("Nadia Haddad", "nadia@cedarspa.com", "America/New_York")
GEORGE = Person("George Stamos", "george@stamosmarine.com", "America/New_York")
PRIYA_A = Person("Priya Anand", "priya@anandtextiles.com", "America/New_York")
ALMA = Person("Alma Lind", "alma@lindcoffee.se", "Europe/Stockholm")

IPHONE = "Sent from my iPhone"

TESS_FLOWED = """From: Tess Hall <tess@hallmarkyoga.com>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Re: January class schedule flyer
Date: Tue, 15 Dec 2026 19:42:10 -0800
Message-ID: <7c1e9a40-2b8d-4f7e-9d61-3f0e2a1b5c77@hallmarkyoga.com>
In-Reply-To: <CA+flyer-tess@mail.gmail.com>
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Hi Sam,

Thanks for the draft, it's close. Two things: could you swap the photo on =
the back for the one from the beach class, and the Saturday 8am class has =
moved to 9am, so please fix that line too.

The flyers have to be at the studio no later than January 2, we hand them =
out at the New Year open house.

Tess

On 12/14/26 3:10 PM, Sam Ortiz wrote:
> Hi Tess, the first draft of the January flyer is attached. We can print
> 500 for $240.
"""
# (written with "=" where the flowed soft break goes; see below)
TESS_FLOWED = TESS_FLOWED.replace(" =\n", " \n")

ITEMS = [
    Mail(
        940, "bbq-phone-no-apostrophes", KEISHA, SAM, "2026-12-14 21:05", "Re: holiday menu ad",
        f"""hey sam the ad looks great but we dont do the brisket plate anymore, can you take it
off and put the rib plate in its place. also the price for the family pack is $39 not $36.
need it back by thurs so we can send it to the paper

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-17"],
                    cr=["take it off and put the rib plate", "family pack is $39 not $36"]),
    ),
    Mail(
        941, "gelato-lower-case", MARCO_P, SAM, "2026-12-15 08:20", "valentines promo",
        """hi sam

quick one. for valentines we want a small instagram push, 3 posts and 2 stories. budget is
usd 1,500 for the boosting. posts go live feb 9 so we need to see drafts by jan 29 at the
latest. all photos have to show real gelato, no renders.

thanks
marco""",
        style="gmail",
        labels=dict(due=["2027-01-29", "2027-02-09"], budgets=[("1500", "USD")],
                    req=["no renders"]),
    ),
    Raw(
        942, "yoga-thunderbird-flowed", TESS_FLOWED,
        labels=dict(due=["2027-01-02"], timezone="America/Los_Angeles",
                    cr=["swap the photo on the back"]),
    ),
    Mail(
        943, "museum-exhibition-brief", IRENE, SAM, "2026-12-14 10:00",
        "Spring exhibition - campaign brief",
        """Dear Sam,

As discussed, here is the brief for "Shipwrecks of the Sound", which opens to the public on
March 20. We would like a poster, a set of banners for the harbour walk and a four-week
social campaign. The campaign should start on February 20, four weeks before the opening.

We have $18,500 for design and production; media is paid separately by the city. The
museum's funder requires their logo on every printed piece, and all images of artefacts
must be credited to the museum's photographer.

Our aim is to bring 12,000 visitors through the doors in the first six weeks.

Kind regards,
Irene Walsh
Director of Communications""",
        style="outlook",
        labels=dict(due=["2027-02-20"], budgets=[("18500", "USD")],
                    req=["funder requires their logo", "credited to the museum's photographer"],
                    obj=["12,000 visitors"]),
    ),
    Mail(
        944, "solar-emoji-phone", DEV, SAM, "2026-12-16 12:30", "Re: rebate mailer",
        """Love the new layout 👍 Can you guys make the rebate amount way bigger on the front 🙏
Also the phone number should be our new one, 480-555-0142

Printer needs files by the 22nd""",
        style="plain",
        labels=dict(due=["2026-12-22"],
                    cr=["make the rebate amount way bigger", "phone number should be our new one"]),
    ),
    Forward(
        945, "hospice-subject-facts-fwd", SAM, Person("Intake", "intake@brightlane.agency"),
        "2026-12-15 09:10", "FYI - for intake.\n\nSam",
        Mail(
            0, "hospice-orig", JUNE, SAM, "2026-12-15 08:40",
            "Memorial walk flyers - needed by Jan 15 - budget $2,000",
            """Hi Sam,

Details are in the subject line. We'd like the same design as last year but with the new
route map, and the sponsor logos have to appear on the back.

June""",
            style="gmail",
        ),
        labels=dict(due=["2027-01-15"], budgets=[("2000", "USD")],
                    req=["sponsor logos have to appear on the back"]),
    ),
    Mail(
        946, "polish-furniture-english", KRISTOF, LUCA, "2026-12-14 11:15", "Catalogue 2027",
        """Dear Mr. Luca,

We are preparing the new catalogue for 2027 and we would like to ask your agency for the
design. It will have 48 pages in A4 format. The printing house needs the files until 5th
February. Our budget for this project is 9 000 EUR netto.

Please note that all dimensions must be given in centimetres, not in inches. Is there any
way you can send us first layout proposal before Christmas?

Best regards
Kristof Nowak""",
        style="outlook",
        labels=dict(due=["2027-02-05", "2026-12-24"], budgets=[("9000", "EUR")],
                    req=["dimensions must be given in centimetres"], **EU),
    ),
    Mail(
        947, "swiss-cheese-german", URS, LUCA, "2026-12-15 14:00", "Inserat Wintermarkt",
        """Grüezi Herr Bianchi

Für den Wintermarkt in Bern brauchen wir ein Inserat (halbe Seite) in der Berner Zeitung.
Der Druckunterlagenschluss ist am 8.1.2027. Das Budget beträgt CHF 2'500 für Gestaltung und
Schaltung. Bitte verwenden Sie unbedingt das neue Logo mit dem Schweizerkreuz.

Freundliche Grüsse
Urs Meier""",
        style="outlook",
        labels=dict(due=["2027-01-08"], budgets=[("2500", "CHF")],
                    req=["unbedingt das neue Logo"], day_first=True, default_currency="CHF"),
    ),
    Mail(
        948, "maison-french-reply", CLAIRE, LUCA, "2026-12-16 09:45", "RE: Coffret de Noël",
        """Bonjour Luca,

Merci pour les épreuves. Pourriez-vous mettre le prix en plus gros sur l'étiquette et
retirer la mention « édition limitée » ? Nous avons besoin des fichiers définitifs au plus
tard le 18 décembre.

Cordialement,
Claire""",
        style="outlook",
        labels=dict(due=["2026-12-18"],
                    cr=["mettre le prix en plus gros"], **EU),
    ),
    Mail(
        949, "hardware-terse-ellipses", HANK, SAM, "2026-12-14 07:50", "Re: spring sale circular",
        """Sam... couple things...

Page 2 the drill is wrong model... should be the DX-400...
Take the snow blowers out, season's over by then...

Need final by 18-Dec, printer's closing early for the holidays""",
        style="plain",
        labels=dict(due=["2026-12-18"],
                    cr=["drill is wrong model", "Take the snow blowers out"]),
    ),
    Mail(
        950, "ski-school-html-list", BECCA, SAM, "2026-12-15 16:00", "Spring break lessons promo",
        "",
        style="html",
        html="""<html><body><p>Hi Sam,</p>
<p>Here's what we need for the spring break lessons promo:</p>
<ul>
<li>A landing page and three Facebook ads</li>
<li>Everything live by February 15</li>
<li>Budget: $6,500 all in</li>
<li>Every image needs kids wearing helmets - no exceptions</li>
</ul>
<p>Goal is 400 lesson bookings over spring break.</p>
<p>Thanks!<br>Becca</p></body></html>""",
        labels=dict(due=["2027-02-15"], budgets=[("6500", "USD")],
                    req=["kids wearing helmets"], obj=["400 lesson bookings"]),
    ),
    Mail(
        951, "lawfirm-newsletter-bottom-posted", SOFIA, SAM, "2026-12-16 10:30",
        "Re: January client newsletter",
        """On Tue, Dec 15, 2026 at 4:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Hi Sofia, the January newsletter draft is ready for review. We planned to send
> it on January 6.

Thanks Sam. Two edits: please drop the article on the office move, and the
disclaimer at the bottom must be the full version our ethics counsel approved. January 6
is still fine.

Sofia""",
        style="plain",
        labels=dict(due=["2027-01-06"], cr=["drop the article on the office move"]),
    ),
    Mail(
        952, "brewery-release-brief", MAX, SAM, "2026-12-14 13:20", "Spring seasonal release",
        """Hey Sam,

Our spring seasonal, a hazy pale ale called Snowmelt, hits taprooms March 5. We need can
art, a tap handle sticker and a few social posts. The can art has to be at the printer by
January 22 because the can supplier needs six weeks. We can spend up to $7,000 on design.

Legal stuff: every can needs the state's warning statement and the alcohol content, and
nothing that looks like it's aimed at under 21s.

We'd love this one to become a year-round beer, so we're hoping for 300 cases sold in the
first month.

Max""",
        style="gmail",
        labels=dict(due=["2027-01-22", "2027-03-05"], budgets=[("7000", "USD", "cap")],
                    req=["warning statement"],
                    obj=["300 cases sold"]),
    ),
    Forward(
        953, "florist-attached-forward", SAM, Person("Intake", "intake@brightlane.agency"),
        "2026-12-16 11:05", "Attaching Olivia's mail.\n\nSam",
        Mail(
            0, "florist-orig", OLIVIA, SAM, "2026-12-16 10:40", "Valentine's Day campaign",
            """Hi Sam,

Valentine's is our biggest week, so we'd like to start early this year. We need an email
series (three sends) and a homepage banner. The first email goes out on January 26. We've
budgeted $3,200. Please don't use any red roses in the imagery, we're pushing our seasonal
tulips instead.

Olivia""",
            style="apple",
        ),
        style="rfc822",
        labels=dict(due=["2027-01-26"], budgets=[("3200", "USD")],
                    req=["don't use any red roses"]),
    ),
    Mail(
        954, "dental-update-nothing", RITA, SAM, "2026-12-15 17:10", "Re: website photos",
        """Hi Sam,

Just letting you know the photographer came by today and got all the shots of the new
treatment rooms. He said he'll send them over by Friday. Our January mailer went out last
week and we've already had 40 new patient calls, so thank you!

Rita""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        955, "bakery-irish-moves", FINN, SAM, "2026-12-16 09:00", "St Patrick's Day",
        """Hi Sam,

Change of plan on the St Patrick's Day boxes - the launch is moving from March 10 to March
3, as the supermarket wants them on shelves a week earlier. Could the packaging artwork be
ready by January 29 so? The budget stays at €4,000.

Thanks a million,
Finn""",
        style="gmail",
        labels=dict(due=["2027-03-03", "2027-01-29"], replaced=["2027-03-10"],
                    budgets=[("4000", "EUR")],
                    cr=["launch is moving from March 10 to March 3"], **EU),
    ),
    Mail(
        956, "spa-reply-quoted-question", NADIA, SAM, "2026-12-15 12:00", "Re: gift card promo",
        """> When do you need the gift card promo live, and what's the budget?

Dec 19, and we have $1,800 for it.

> Any must-haves?

Yes, the price has to include tax on every ad, it's a state rule for us.

Nadia""",
        style="plain",
        labels=dict(due=["2026-12-19"], budgets=[("1800", "USD")],
                    req=["price has to include tax"]),
    ),
    Mail(
        957, "marine-long-several-asks", GEORGE, SAM, "2026-12-14 15:30", "Boat show follow-up",
        """Hi Sam,

Thanks for the great work on the boat show booth, we had our best show in years. A few
things for the spring push now that the show is behind us:

1. The brochure needs a page for the new 24-foot center console. Specs and photos are in
the Dropbox.
2. Could we replace the cover shot with the sunset photo from the show?
3. Please update the dealer list on the back, we added two dealers in Florida.

We'd like to have the printed brochures by March 1 for the dealer meeting. The reprint
budget is $12,000, same as last time.

Our target for the spring is 40 boats sold through dealers.

George""",
        style="outlook",
        labels=dict(due=["2027-03-01"], budgets=[("12000", "USD")],
                    cr=["page for the new 24-foot center console",
                        "replace the cover shot", "update the dealer list"],
                    obj=["40 boats sold"]),
    ),
    Mail(
        958, "textiles-approval-one-swap", PRIYA_A, SAM, "2026-12-16 14:45", "Re: lookbook proofs",
        """Hi Sam,

The lookbook looks beautiful, we're happy to go ahead. Only one change before print: on
page 6 please use the indigo scarf photo instead of the mustard one. Go ahead and send it
to the printer once that's done.

Priya""",
        style="gmail",
        labels=dict(cr=["use the indigo scarf photo instead"]),
    ),
    Mail(
        959, "coffee-swedish-english", ALMA, LUCA, "2026-12-15 10:10", "Spring coffee launch",
        """Hi Luca,

We launch our new spring roast on 1 April and we would like to have a small campaign for
it: posters for our 8 cafés and posts for Instagram. The posters must be in Swedish and in
English. Could we get the first sketches in week 3? Budget is SEK 60 000.

Best regards,
Alma""",
        style="outlook",
        labels=dict(due=["2027-04-01", "2027-01-22"], budgets=[("60000", "SEK")],
                    req=["in Swedish and in English"], day_first=True,
                    default_currency="SEK"),
    ),
]
