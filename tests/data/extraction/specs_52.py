"""The forty-seventh labelled set (1080-1099), written on 2026-12-06 (nineteenth session)
after tune38's fixes: the split ``blind20``, scored once and never tuned on.

A week (21-25 June 2027) of everything at once, as an AE's inbox is: a phone reply under
quoted history, a long mail of several asks, an Outlook HTML table, a Spanish client, an
Irish one, a forward of a forward, a status that asks nothing, a complaint about an
invoice, an agency-side question answered, goals in a nonprofit's words, rules from a
franchisor, a date moved twice.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

ALMA = Person("Alma Ruiz", "alma@ruizopticas.es", "Europe/Madrid")
BRAM = Person("Bram de Vries", "bram@devriesfietsen.nl", "Europe/Amsterdam")
CIARA = Person("Ciara Byrne", "ciara@byrnebakery.ie", "Europe/Dublin")
DEL = Person("Del Howard", "del@howardplumbing.com", "America/Chicago")
ELLA = Person("Ella Fisk", "ella@fiskfoundation.org", "America/New_York")
FINN = Person("Finn Walsh", "finn@walshcycles.com", "America/Denver")
GAIL = Person("Gail Norton", "gail@nortondental.com", "America/New_York")
HUGO = Person("Hugo Lemaire", "hugo@lemaire-cosmetiques.fr", "Europe/Paris")
IVY = Person("Ivy Chen", "ivy@chenteahouse.com", "America/Los_Angeles")
JON = Person("Jon Park", "jon@parkrealty.com", "America/Los_Angeles")
KARA = Person("Kara Singh", "kara@singhpharma.com", "America/New_York")
LEN = Person("Len Morris", "len@morrisfranchise.com", "America/Chicago")
LEN_HQ = Person("Brand Standards", "brand@burgerbarnhq.com", "America/Chicago")
MAE_R = Person("Mae Rollins", "mae@rollinsfarms.com", "America/Chicago")
NED = Person("Ned Fox", "ned@foxoutdoor.com", "America/Denver")
NED_BOSS = Person("Rhea Fox", "rhea@foxoutdoor.com", "America/Denver")
ORA = Person("Ora Bell", "ora@bellmuseum.org", "America/New_York")
PIET = Person("Piet Jansen", "piet@jansenkaas.nl", "Europe/Amsterdam")
RUBY = Person("Ruby Day", "ruby@dayspa.com", "America/Los_Angeles")
SETH = Person("Seth Kim", "seth@kimautobody.com", "America/Los_Angeles")
TARA = Person("Tara Quinn", "tara@quinnjewels.com", "America/New_York")
UMA = Person("Uma Rao", "uma@raotextiles.com", "America/New_York")

ITEMS = [
    Mail(
        1080, "opticas-spanish", ALMA, LUCA, "2027-06-21 09:30", "Re: Campaña de otoño",
        """Hola Luca,

Gracias por el borrador del folleto. Por favor, cambien el color del logo: debe ser azul,
no verde. Los carteles deben estar listos para el 15 de septiembre y el presupuesto sigue
siendo de 8.000 euros.

Saludos,
Alma""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("8000", "EUR")],
                    cr=["cambien el color del logo"], **EU),
    ),
    Mail(
        1081, "fietsen-phone-under-quote", BRAM, LUCA, "2027-06-21 11:00", "Re: Banner proefdruk",
        """Looks ok. Only the price, 1.299 euro not 1.399. Print Friday?

Verstuurd vanaf mijn iPhone""",
        style="apple",
        quote=Quote(LUCA, "2027-06-18 16:00", """Bram, the banner proof for the summer sale is
attached. We can print on Friday 25 June if you approve by Wednesday.

Luca"""),
        labels=dict(due=["2027-06-25"], cr=["1.299 euro not 1.399"], **EU),
    ),
    Mail(
        1082, "bakery-irish-several", CIARA, LUCA, "2027-06-21 14:15", "Re: Market stall bits",
        """Hiya Luca,

Grand, thanks a million for the drafts. A few bits from me:

The stall banner is lovely but the phone number is missing a digit, it should be
087 555 1234. Could you also make the "Fresh every morning" line a good bit bigger, it's
lost at the bottom. And we'd love a wee version of the menu board for the counter, A4 is
plenty.

We're at the Galway market from Saturday 10 July so we'd need everything by the Wednesday
before. Budget wise we said €1,200 and that still stands.

Ciara""",
        style="gmail",
        labels=dict(due=["2027-07-07"], budgets=[("1200", "EUR")],
                    cr=["phone number is missing a digit", "a good bit bigger",
                        "a wee version of the menu board"], **EU),
    ),
    Mail(
        1083, "plumbing-invoice-complaint", DEL, SAM, "2027-06-21 16:40", "Invoice #4471",
        """Sam,

The invoice for the van wraps came to $3,850 but the quote was $3,400. Can you check
what happened? I'd like this sorted before we start on the yard signs.

Del""",
        style="outlook",
        labels=dict(non_budget=[("3850", "USD"), ("3400", "USD")]),
    ),
    Mail(
        1084, "foundation-goals", ELLA, SAM, "2027-06-22 09:00", "Gala campaign - objectives",
        """Hi Sam,

For the autumn gala, what success looks like for us: sell out all 40 tables, raise
$300,000 on the night, and sign up 50 new monthly donors. The invitations need to be in
the mail by August 6. Please keep the tone warm, never pleading.

Ella Fisk
Development Director""",
        style="gmail",
        labels=dict(due=["2027-08-06"], non_budget=[("300000", "USD")],
                    obj=["sell out all 40 tables"],
                    req=["keep the tone warm, never pleading"]),
    ),
    Mail(
        1085, "cycles-date-moved-twice", FINN, SAM, "2027-06-22 10:20", "Re: Store opening",
        """Sam - change of plan again, sorry. The opening is not July 16 any more and not July
23 either: the city inspection slipped, so we're now opening July 30. Please move the
launch emails and the radio spot to match.

Finn""",
        style="gmail",
        labels=dict(due=["2027-07-30"], replaced=["2027-07-16", "2027-07-23"],
                    cr=["now opening July 30", "move the launch emails and the radio spot"]),
    ),
    Mail(
        1086, "dental-status", GAIL, SAM, "2027-06-22 12:00", "Re: June numbers",
        """Hi Sam,

Just so you know, the new patient form on the website brought in 38 bookings in June,
almost double May. The front desk loves the new layout. Nothing needed from you right
now, we'll talk at our review on July 12.

Gail""",
        style="outlook",
        labels=dict(),
    ),
    Mail(
        1087, "cosmetiques-french-rules", HUGO, LUCA, "2027-06-22 15:00",
        "Lancement sérum - contraintes",
        """Bonjour Luca,

Pour le lancement du sérum, quelques contraintes de notre service réglementaire : aucune
allégation « anti-âge » n'est autorisée, et la liste INCI doit figurer sur tous les
visuels produit. Le lancement est prévu le 1er octobre. Merci de nous envoyer les
premières pistes avant le 16 juillet.

Bien cordialement,
Hugo Lemaire""",
        style="outlook",
        labels=dict(due=["2027-10-01", "2027-07-15"],
                    req=["la liste INCI doit figurer sur tous les visuels"], **EU),
    ),
    Mail(
        1088, "teahouse-html-table", IVY, SAM, "2027-06-23 09:10", "Summer menu assets",
        """Hi Sam, the list for summer:

Asset | Size | Needed by
Menu board | 36 x 48 in | July 2
Window cling | 24 x 36 in | July 6
Instagram set (6) | 1080 x 1350 | July 9

Please use the new matcha green throughout, not the old mint.

Ivy""",
        style="html",
        html="""<html><body><div>Hi Sam, the list for summer:</div>
<table border="1" cellpadding="4">
<tr><th>Asset</th><th>Size</th><th>Needed by</th></tr>
<tr><td>Menu board</td><td>36 x 48 in</td><td>July 2</td></tr>
<tr><td>Window cling</td><td>24 x 36 in</td><td>July 6</td></tr>
<tr><td>Instagram set (6)</td><td>1080 x 1350</td><td>July 9</td></tr>
</table>
<div><br></div>
<div>Please use the new matcha green throughout, not the old mint.</div>
<div><br></div>
<div>Ivy</div></body></html>""",
        labels=dict(due=["2027-07-02", "2027-07-06", "2027-07-09"],
                    req=["use the new matcha green throughout"]),
    ),
    Mail(
        1089, "realty-terse-two-asks", JON, SAM, "2027-06-23 11:30", "Re: Open house flyer",
        """swap the kitchen pic for the backyard one. and my cell is wrong on the back

- Jon""",
        style="gmail",
        quote=Quote(SAM, "2027-06-22 17:00", """Jon, here's the open house flyer for 14 Elm St.

Sam"""),
        labels=dict(cr=["swap the kitchen pic", "my cell is wrong"]),
    ),
    Mail(
        1090, "pharma-legal-review", KARA, SAM, "2027-06-23 13:45", "MLR comments on the HCP email",
        """Sam,

Medical/legal review came back on the HCP email. Their comments:

1. The efficacy claim in the headline needs a reference to the study.
2. Fair balance: the safety information has to be given the same prominence as the
benefits.
3. Replace "breakthrough" with "new"; we can't use superlatives.

We need the revised version back by Tuesday so it can go to re-review.

Kara""",
        style="outlook",
        labels=dict(due=["2027-06-29"],
                    cr=["needs a reference to the study", "Replace \"breakthrough\" with"],
                    req=["the safety information has to be given the same prominence"]),
    ),
    Forward(
        1091, "franchise-forward-of-forward", LEN, SAM, "2027-06-23 16:00",
        "Sam, FYI the new standards from HQ, which apply to the grand opening stuff. We need "
        "the opening posters by July 19.",
        Forward(
            0, "franchise-inner", NED_BOSS, LEN, "2027-06-23 10:00",
            "Len, forwarding to all franchisees as asked.",
            Mail(
                0, "franchise-hq", LEN_HQ, NED_BOSS, "2027-06-22 09:00", "Brand standards update",
                """All franchisees,

Effective immediately, local marketing must use the 2027 logo only. Menu prices may not
be shown on outdoor posters. Any local creative requires Brand Standards approval before
it is printed.

Brand Standards Team""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-07-19"],
                    req=["must use the 2027 logo only", "Menu prices may not",
                         "requires Brand Standards approval"]),
    ),
    Mail(
        1092, "farms-budget-range", MAE_R, SAM, "2027-06-24 08:30", "Farm stand signs",
        """Morning Sam,

We're after a set of roadside signs for the farm stand, six in all. Somewhere between
$2,500 and $3,000 would suit us. Sweet corn comes in around the middle of July so we'd
like them up by July 12.

Mae""",
        style="gmail",
        labels=dict(due=["2027-07-12"], budgets=[("3000", "USD", "range", "2500")]),
    ),
    Mail(
        1093, "outdoor-quoted-history", NED, SAM, "2027-06-24 10:00", "Re: Catalog cover",
        """Rhea's had a look. She wants the tent shot on the cover instead of the kayak, and the
price badge moved off the model's face. Otherwise good to go.

Ned""",
        style="gmail",
        quote=Quote(SAM, "2027-06-23 15:00", """Ned, the catalog cover options are attached; the
printer needs the final on July 1 for the August 2 mail date. Budget remains $12,500.

Sam"""),
        labels=dict(cr=["the tent shot on the cover instead of the kayak"]),
    ),
    Mail(
        1094, "museum-long-brief", ORA, SAM, "2027-06-24 13:20", "Winter exhibition",
        """Dear Sam,

I'm writing with the brief for our winter exhibition, "Light in the North", which opens on
Friday December 10. We would like a poster, banners for the front of the building, and a
small digital campaign. Our aim is 20,000 visitors over the three months, and to bring in
more families than our last show did.

A few things to keep in mind. Every image of an artwork needs the credit line from the
lender. We can't crop the paintings. And the museum's name always sits above the title,
never below.

The budget is $25,000 for everything. Could we see first ideas by July 30?

With thanks,
Ora Bell
Head of Marketing""",
        style="outlook",
        labels=dict(due=["2027-12-10", "2027-07-30"], budgets=[("25000", "USD")],
                    obj=["20,000 visitors"],
                    req=["needs the credit line from the lender", "We can't crop the paintings",
                         "the museum's name always sits above the title"]),
    ),
    Mail(
        1095, "kaas-dutch-english", PIET, LUCA, "2027-06-24 15:50", "Cheese fair stand",
        """Dear Luca,

For the cheese fair in Utrecht we need a stand wall of 3 x 2,5 metres. The fair asks that
all prints are fire retardant (B1). Please can you make the Gouda photo more big, it is
now too small. The fair begins 2 september, the wall must be there the day before.

Met vriendelijke groet,
Piet Jansen""",
        style="gmail",
        labels=dict(due=["2027-09-01"],
                    req=["all prints are fire retardant"],
                    cr=["make the Gouda photo more big"], **EU),
    ),
    Mail(
        1096, "spa-thanks-and-ask", RUBY, SAM, "2027-06-25 09:00", "Re: Gift card promo",
        """These are gorgeous, thank you!! My only note: can the discount say 20% instead of
15%? The owner changed her mind this morning 🙈

Ruby""",
        style="apple",
        quote=Quote(SAM, "2027-06-24 18:00", """Ruby, the gift card promo graphics are attached.

Sam"""),
        labels=dict(cr=["can the discount say 20% instead of"]),
    ),
    Mail(
        1097, "autobody-hold", SETH, SAM, "2027-06-25 10:30", "Radio",
        """Sam, hold the radio ads for now. Insurance company is reviewing our partnership and I
don't want to mention them until it's signed. Should know in two weeks.

Seth""",
        style="gmail",
        labels=dict(cr=["hold the radio ads"]),
    ),
    Mail(
        1098, "jewels-holiday-goals", TARA, SAM, "2027-06-25 12:00", "Holiday planning",
        """Hi Sam,

Starting early this year! For holiday we want to grow online sales 30% over last year and
get our email list past 15,000. We're thinking a gift guide, a video and paid social.
Spend is capped at $40k. Gift guide needs to be live November 1.

Tara""",
        style="gmail",
        labels=dict(due=["2027-11-01"], budgets=[("40000", "USD", "cap")],
                    obj=["grow online sales 30%"]),
    ),
    Mail(
        1099, "textiles-answer-agency-question", UMA, SAM, "2027-06-25 14:30",
        "Re: Quick question about the swatch book",
        """Hi Sam, to answer your question - yes, the swatch book should be the same size as last
year's (8 x 10). The only difference is we're adding the linen range, so 8 more pages. We
need printed copies by September 10 for the trade show.

Uma""",
        style="gmail",
        quote=Quote(SAM, "2027-06-24 11:00", """Uma, quick question: should the swatch book keep
last year's size?

Sam"""),
        labels=dict(due=["2027-09-10"], cr=["adding the linen range"],
                    req=["the swatch book should be the same size"]),
    ),
]
