"""The fifty-ninth labelled set (1300-1319), written on 2026-12-06 (twentieth session) after the
session's wrapper, relay, piece-name, critique and ban work: the split ``blind22``, scored
once against the session's starting code and its code when written, never tuned on.

A week (13-17 September 2027) of every kind of client at once, written as the mail would
come and not to exercise any rule: a phone reply, a long mail of several asks from a
British retailer, an Outlook HTML list, a charity's brief, French, German-English and
Spanish clients, a boss's note forwarded, a status that asks nothing, an approval with one
small change, a date moved, money as a range and a cap, an Australian, an Indian office, a
chatty restaurant owner, a product manager's bullets, a realtor's two lines, a hotel's
venue rules, a bottom-posted reply, and praise with one ask buried in it.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

ABBY = Person("Abby Cole", "abby@colelandscaping.com", "America/Chicago")
BEN = Person("Ben Hartley", "ben.hartley@hartleyhome.co.uk", "Europe/London")
CARLA = Person("Carla Mendes", "carla@mendesdental.com", "America/New_York")
DEV = Person("Dev Raman", "dev@brightpathtrust.org", "America/New_York")
ELODIE = Person("Élodie Perrin", "elodie@perrin-vins.fr", "Europe/Paris")
FELIX = Person("Felix Braun", "felix.braun@braun-optik.de", "Europe/Berlin")
GLORIA = Person("Gloria Ruiz", "gloria@ruiz-inmobiliaria.es", "Europe/Madrid")
HANK = Person("Hank Miller", "hank@millertires.com", "America/Chicago")
HANK_BOSS = Person("Sue Miller", "sue@millertires.com", "America/Chicago")
IRIS = Person("Iris Wong", "iris@wongyoga.com", "America/Los_Angeles")
JAKE = Person("Jake Turner", "jake@turnerbrewing.com", "America/Denver")
KATE = Person("Kate Nolan", "kate@nolanlaw.com", "America/New_York")
LIAM = Person("Liam O'Brien", "liam@obrienpetsupply.com", "America/New_York")
MIA = Person("Mia Russo", "mia@russogelato.com.au", "Australia/Sydney")
NEHA = Person("Neha Kapoor", "neha.kapoor@kapoorfinserv.in", "Asia/Kolkata")
OSCAR = Person("Oscar Diaz", "oscar@casadiaz.com", "America/Los_Angeles")
PAM = Person("Pam Lee", "pam@ledgerly.io", "America/Los_Angeles")
ROB = Person("Rob Grant", "rob@grantrealty.com", "America/Phoenix")
STELLA = Person("Stella Moretti", "events@harborviewhotel.com", "America/New_York")
TOM = Person("Tom Baker", "tom@bakerbikes.com", "America/New_York")
UMA = Person("Uma Patel", "uma@patelcandles.com", "America/New_York")

ITEMS = [
    Mail(
        1300, "landscaping-phone-reply", ABBY, SAM, "2027-09-13 07:42", "Re: Fall flyer proof",
        """looks good. phone # is wrong tho its 512-555-0144 not 0145. need them by friday for the
home show

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2027-09-10 16:10", """Abby, the fall flyer proof is attached.

Sam"""),
        labels=dict(due=["2027-09-17"], cr=["phone # is wrong"]),
    ),
    Mail(
        1301, "homeware-uk-several-asks", BEN, LUCA, "2027-09-13 10:15",
        "Re: Autumn catalogue - first proof",
        """Hi Luca,

Thanks for turning this round so quickly, the team were genuinely impressed. A few bits
from our side, in no particular order.

The cover is lovely, but the throw on the sofa reads as grey rather than the ochre it
actually is - could your retoucher warm it up a touch? On page 4 the price for the oak
side table should be £249, not £279; we dropped it last month. I'd also like the lighting
section to come before the rugs, as lighting is where we make our margin.

Our buying director has asked that we drop the "Made in Britain" line from the candle
page, since two of the candles are now made in Portugal.

Could we also have a version of the back cover with the store opening hours instead of
the competition? We haven't decided which one to run yet.

We need the final files at the printer by Friday 24 September. Budget wise we're still at
£18,000 for print and design together.

Cheers,
Ben""",
        style="outlook",
        labels=dict(due=["2027-09-24"], budgets=[("18000", "GBP")],
                    cr=["could your retoucher warm it up a touch",
                        "should be £249, not £279",
                        "the lighting section to come before the rugs",
                        "drop the \"Made in Britain\" line",
                        "a version of the back cover with the store opening hours"], **UK),
    ),
    Mail(
        1302, "dental-html-list", CARLA, SAM, "2027-09-13 13:05", "Open house mailer - notes",
        """Hi Sam,

Notes on the open house mailer:

- Please use the photo of Dr. Mendes with the patient, not the empty chair.
- The map is too small to read - make it bigger or drop it.
- Every piece needs our license number at the bottom (state rule).

Mail drop is October 1. We have $6,500 for postage and printing.

Thank you!
Carla""",
        style="html",
        labels=dict(due=["2027-10-01"], budgets=[("6500", "USD")],
                    cr=["use the photo of Dr. Mendes with the patient",
                        "The map is too small to read"],
                    req=["Every piece needs our license number"]),
    ),
    Mail(
        1303, "charity-brief", DEV, SAM, "2027-09-13 15:30", "Winter appeal brief",
        """Dear Sam,

As promised, here is the brief for our winter appeal.

We want to raise $80,000 from individual donors between Giving Tuesday and December 31,
and bring 400 lapsed donors back. The total budget for creative and media is $25,000.

A few non-negotiables from our board. Every ask must show what a gift buys (for example
"$40 keeps a family warm for a week"). We never use images of children without their
guardian's written consent. All materials need to be available in Spanish as well.

The appeal launches on November 23, so we would like first concepts by October 8.

With thanks,
Dev Raman
Director of Development""",
        style="gmail",
        labels=dict(due=["2027-11-23", "2027-10-08"], budgets=[("25000", "USD")],
                    non_budget=[("80000", "USD"), ("40", "USD")],
                    obj=["raise $80,000"],
                    req=["Every ask must show what a gift buys",
                         "We never use images of children",
                         "available in Spanish as well"]),
    ),
    Mail(
        1304, "vins-fr-changes", ELODIE, LUCA, "2027-09-14 09:20", "Re: Étiquettes cuvée 2026",
        """Bonjour Luca,

Merci pour les nouvelles étiquettes. Deux remarques :

Le nom du domaine est trop petit sur l'étiquette avant, il faudrait l'agrandir. Et sur la
contre-étiquette, le taux d'alcool est de 13 %, pas 13,5 %.

Toutes les étiquettes doivent porter le logo femme enceinte, c'est obligatoire.

Nous devons envoyer les fichiers à l'imprimeur le 30 septembre au plus tard.

Bien cordialement,
Élodie Perrin""",
        style="apple",
        labels=dict(due=["2027-09-30"],
                    cr=["Le nom du domaine est trop petit", "le taux d'alcool est de 13 %"],
                    req=["Toutes les étiquettes doivent porter le logo femme enceinte"], **EU),
    ),
    Mail(
        1305, "optik-de-english", FELIX, LUCA, "2027-09-14 11:00", "Re: Window posters",
        """Hello Luca,

thank you for the posters. In general we like them. But the glasses on poster 2 are not
good visible, the frame disappears in the dark background. Please make the background
more light. Also the slogan we want in German, not in English: "Gut sehen, gut aussehen".

The posters must be in the shop windows until 1.10., because then the autumn action
starts.

Best regards
Felix Braun""",
        style="outlook",
        labels=dict(due=["2027-10-01"],
                    cr=["Please make the background more light",
                        "the slogan we want in German"], **EU),
    ),
    Mail(
        1306, "inmobiliaria-es-move", GLORIA, LUCA, "2027-09-14 16:45", "Cambio de fecha",
        """Hola Luca:

Te escribo porque la presentación de la nueva promoción se retrasa, así que los folletos
ya no los necesitamos para el 4 de octubre sino para el 18 de octubre.

El presupuesto sigue siendo de 9.000 euros.

Un saludo,
Gloria""",
        style="gmail",
        labels=dict(due=["2027-10-18"], replaced=["2027-10-04"],
                    budgets=[("9000", "EUR")],
                    cr=["ya no los necesitamos para el 4 de octubre sino para el 18"], **EU),
    ),
    Forward(
        1307, "tires-forward-boss", HANK, SAM, "2027-09-15 08:30",
        "Sam - see Sue's note. Can you make these changes before it goes to the paper?",
        Mail(
            0, "tires-boss-note", HANK_BOSS, HANK, "2027-09-14 19:10", "ad proof",
            """Hank, the ad looks good but the tire deal is buy 3 get 1 free, not buy 4. And
put our Saturday hours on there, people always ask.

Sue""",
            style="gmail",
        ),
        style="outlook",
        labels=dict(cr=["Can you make these changes",
                        "the tire deal is buy 3 get 1 free, not buy 4",
                        "put our Saturday hours on there"]),
    ),
    Mail(
        1308, "yoga-status-nothing", IRIS, SAM, "2027-09-15 10:00", "Re: September posts",
        """Hi Sam,

Just checking in - the September posts went out fine and we had a lovely response to the
teacher spotlight. Nothing needed from you right now, I'll be in touch after our team
meeting on the 28th.

Iris""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1309, "brewing-approve-one-change", JAKE, SAM, "2027-09-15 12:20", "Re: Can labels v3",
        """Sam - approved, with one small fix: the ABV on the Hazy IPA label should read 6.8%,
it says 6.3%. Once that's done send it straight to the printer. We need cans filled by
October 4.

Jake""",
        style="gmail",
        labels=dict(due=["2027-10-04"], cr=["the ABV on the Hazy IPA label should read 6.8%"]),
    ),
    Mail(
        1310, "law-webinar-moved", KATE, SAM, "2027-09-15 15:00", "Webinar promo - new date",
        """Hi Sam,

Our estate planning webinar has moved from October 14 to October 28. Could you update the
date on the landing page and the three emails? The first email should now go out on
October 12 instead of September 28.

Reminder that every email needs the "Attorney Advertising" line in the footer.

Thanks,
Kate""",
        style="outlook",
        labels=dict(due=["2027-10-12"], replaced=["2027-09-28"],
                    cr=["Could you update the date on the landing page",
                        "should now go out on October 12 instead of September 28"],
                    req=["every email needs the \"Attorney Advertising\" line"]),
    ),
    Mail(
        1311, "pet-supply-money", LIAM, SAM, "2027-09-16 09:05", "Holiday campaign",
        """Morning Sam,

Finance signed off the holiday campaign at somewhere between $30k and $35k, but the
digital side can't go over $12,000. I'd like to see a plan by the end of next week.

The big goal is 2,000 new loyalty sign-ups by New Year's.

Liam""",
        style="gmail",
        labels=dict(due=["2027-09-24"],
                    budgets=[("35000", "USD", "range", "30000"), ("12000", "USD", "cap")],
                    obj=["2,000 new loyalty sign-ups"]),
    ),
    Mail(
        1312, "gelato-au-casual", MIA, SAM, "2027-09-16 10:30", "Re: spring menu boards",
        """Hey Sam!

Boards look heaps good. Only thing - the pistachio is looking a bit brown in the photo,
reckon you could make it greener? And can we chuck the new affogato on the bottom board?

We're printing Wednesday week (29th) so no dramas if it's early next week.

Cheers
Mia""",
        style="apple",
        labels=dict(due=["2027-09-29"],
                    cr=["reckon you could make it greener",
                        "can we chuck the new affogato on the bottom board"],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        1313, "finserv-in-formal", NEHA, SAM, "2027-09-16 18:30", "Revisions to brochure draft",
        """Dear Sam,

Greetings from Mumbai. Kindly find below our revisions to the brochure draft shared on
10th September.

1. Please replace the word "guaranteed" with "expected" in the returns section.
2. The disclaimer font is very small; request you to increase it to at least 8 pt.
3. Kindly add the SEBI registration number on the back page.

Please note that all our communication must be approved by the compliance team before
release. We request the revised draft by 22nd September.

Thanks and regards,
Neha Kapoor""",
        style="outlook",
        labels=dict(due=["2027-09-22"],
                    cr=["replace the word \"guaranteed\" with \"expected\"",
                        "request you to increase it to at least 8 pt",
                        "add the SEBI registration number on the back page"],
                    req=["must be approved by the compliance team"], day_first=True,
                    default_currency="INR"),
    ),
    Mail(
        1314, "restaurant-chatty-relayed", OSCAR, SAM, "2027-09-16 21:15", "menus!!",
        """Sam!! The menus look amazing, my wife cried a little lol. OK so a couple things. My
chef says the mole has to be listed as spicy, people complain otherwise. And my wife
wants the photo of grandma on the back, the one from the wedding, she'll email it
tomorrow. Oh and we're doing a Dia de los Muertos dinner on November 1 so we'd love a
little insert for that too.

Gracias!!
Oscar""",
        style="gmail",
        labels=dict(due=["2027-11-01"],
                    cr=["the mole has to be listed as spicy",
                        "wants the photo of grandma on the back",
                        "we'd love a little insert for that too"]),
    ),
    Mail(
        1315, "saas-pm-bullets", PAM, SAM, "2027-09-17 09:40", "Re: Launch page v2",
        """Hey Sam, feedback on v2:

- hero copy is too long, aim for 8 words max
- swap the stock screenshot for the real dashboard (attached)
- pricing table: annual plan first
- CTA should say "Start free trial", not "Sign up"

Legal reminder: no customer logos unless they're on the approved list.

We go live Oct 5. Thx!""",
        style="plain",
        labels=dict(due=["2027-10-05"],
                    cr=["hero copy is too long", "swap the stock screenshot",
                        "annual plan first", "CTA should say \"Start free trial\""],
                    req=["no customer logos unless they're on the approved list"]),
    ),
    Mail(
        1316, "realty-two-lines", ROB, SAM, "2027-09-17 11:10", "Re: Listing flyer",
        """Add the HOA fee ($120/mo) under the price. Open house moved to Sat the 25th.

Rob""",
        style="plain",
        labels=dict(cr=["Add the HOA fee"],
                    non_budget=[("120", "USD")]),
    ),
    Mail(
        1317, "hotel-venue-rules", STELLA, SAM, "2027-09-17 13:00", "Gala signage",
        """Hi Sam,

Ahead of the autumn gala, here are the hotel's rules for event signage: nothing may be
fixed to the walls, all signs must be free-standing, and the maximum size in the lobby is
24 x 36 inches. The fire marshal also requires that signage never blocks an exit.

We'll need the signs delivered to the loading dock by October 20 at 3pm.

Best,
Stella Moretti
Events Manager, Harborview Hotel""",
        style="outlook",
        labels=dict(due=["2027-10-20"],
                    req=["nothing may be fixed to the walls",
                         "the fire marshal also requires that signage never blocks an exit"]),
    ),
    Mail(
        1318, "bikes-bottom-posted", TOM, SAM, "2027-09-17 14:30", "Re: Fall sale email",
        """> Tom,
>
> The fall sale email is ready for review. Do you want the 20% off code in the subject
> line?
>
> Sam

yes put the code in the subject line. and the sale ends Oct 10 not Oct 3, please fix that
in the footer.

send date still Sept 28.

Tom
""",
        style="plain",
        labels=dict(due=["2027-09-28"],
                    cr=["put the code in the subject line", "the sale ends Oct 10 not Oct 3"]),
    ),
    Mail(
        1319, "candles-praise-buried", UMA, SAM, "2027-09-17 16:20", "Re: Holiday lookbook",
        """Sam,

I just wanted to say how much we love the holiday lookbook. The photography is stunning,
the layout feels calm and expensive, and my team keeps passing it around. Honestly it's
the best work we've had from any agency. If it's not too much trouble, could the
cinnamon candle be swapped for the new fig one on page 3? It's our lead product this
year. Otherwise we're ready to print.

Thank you again,
Uma""",
        style="gmail",
        labels=dict(cr=["could the cinnamon candle be swapped for the new fig one"]),
    ),
]
