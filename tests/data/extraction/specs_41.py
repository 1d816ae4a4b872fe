"""The thirty-sixth labelled set (136-155), written on 2026-12-06 (eighteenth session) after
tune28's fixes and before any tuning on it, scored blind, then tuned on: the split
``tune29``.

A week of mail (5-9 April 2027) from writers the set has few of: an events company's agenda
of meetings around one deadline, an Australian's EDM "by COB Thurs 8/4" with GST, a
Quebec client in French with dollars, a Swiss client's cost ceiling in francs, a Mexican
client in Spanish with pesos, a Dutch client typing in lower case, a two-word approval, a
budget said as "ok w/ 7.5k", a list of rules without verbs, KPIs, a budget in words,
British asks ("please can you", "close of play"), "any chance" with a serif font, a bilingual
rule, a franchisee's forward of head office's rules, a thank-you with nothing asked, a
reply moving a shoot "a week later" than the quoted day, and a charity's appeal with a
match deadline.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

HOLLIS = Person("Hollis Grey", "hollis@greyevents.com", "America/New_York")
BRONTE = Person("Bronte Kelly", "bronte@kellysurf.com.au", "Australia/Sydney")
GENEVIEVE = Person("Geneviève Roy", "groy@fromagesroy.ca", "America/Toronto")
URS = Person("Urs Keller", "urs.keller@keller-uhren.ch", "Europe/Zurich")
XIMENA = Person("Ximena Ruiz", "xruiz@cafesruiz.mx", "America/Mexico_City")
DAAN = Person("Daan Visser", "daan@vissertuinen.nl", "Europe/Amsterdam")
TREV = Person("Trevor Mills", "trev@millsgarage.com", "America/Chicago")
SUNNY = Person("Sunny Park", "sunny@parkbbq.com", "America/Los_Angeles")
PAM = Person("Pam Whitley", "pam@whitleyspa.com", "America/New_York")
RAJ = Person("Raj Mehta", "raj@mehtasoftware.com", "America/Los_Angeles")
ETHEL = Person("Ethel Ward", "ethel@wardantiques.com", "America/New_York")
NIGEL = Person("Nigel Shaw", "nigel.shaw@shawbrewery.co.uk", "Europe/London")
TAMSIN = Person("Tamsin Cole", "tamsin@colebooks.co.uk", "Europe/London")
CLAUDE = Person("Claude Fortin", "cfortin@fortinhardware.ca", "America/Toronto")
FRAN = Person("Fran Diaz", "fran@diazpizza-franchise.com", "America/Phoenix")
HQ = Person("Brand Team", "brand@diazpizza.com", "America/Phoenix")
MEI = Person("Mei Lin", "mei@linflowers.com", "America/Los_Angeles")
OSCAR = Person("Oscar Hale", "oscar@halephoto.com", "America/Denver")
ROSE = Person("Rose Grant", "rgrant@citymission.org", "America/Chicago")

ITEMS = [
    Mail(
        136, "events-agenda-around-deadline", HOLLIS, SAM, "2027-04-05 09:00",
        "Gala planning",
        """Hi Sam,

Here's where we are with the gala:

- Monday April 12: walkthrough at the venue, 10am
- Wednesday April 14: call with the caterer
- Friday April 16: printed programs and table cards due at our office
- Saturday April 24: the gala itself

Let me know if the 16th is a problem.

Hollis""",
        style="gmail",
        labels=dict(due=["2027-04-16"]),
    ),
    Mail(
        137, "surf-australian-edm", BRONTE, SAM, "2027-04-05 11:30", "EDM",
        """Hi Sam,

Can we get the Easter sale EDM out by COB Thurs 8/4? Budget for the send and design is
$5k inc GST.

Cheers,
Bronte""",
        style="gmail",
        labels=dict(due=["2027-04-08"], budgets=[("5000", "AUD")],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        138, "fromages-quebec-french", GENEVIEVE, LUCA, "2027-04-05 13:00", "Affiches",
        """Bonjour Luca,

Nous aurions besoin des maquettes des affiches d'ici le 12 avril. Le budget est de
8 000 $. Tous nos documents doivent être en français et en anglais.

Merci,
Geneviève""",
        style="gmail",
        labels=dict(due=["2027-04-12"], budgets=[("8000", "CAD")],
                    req=["doivent être en français et en anglais"],
                    day_first=True, default_currency="CAD"),
    ),
    Mail(
        139, "uhren-swiss-ceiling", URS, LUCA, "2027-04-05 14:20", "Inserat Uhrenmesse",
        """Guten Tag Herr Bianchi

Bitte liefern Sie das Inserat bis Freitag, 9. April. Das Kostendach liegt bei
CHF 4'500.

Freundliche Grüsse
Urs Keller""",
        style="outlook",
        labels=dict(due=["2027-04-09"], budgets=[("4500", "CHF", "cap")],
                    day_first=True, default_currency="CHF"),
    ),
    Mail(
        140, "cafes-mexican-spanish", XIMENA, SAM, "2027-04-05 16:00", "RE: Video",
        """Hola Sam,

Gracias por el corte. ¿Pueden cambiar la música por algo más tranquilo? Necesitamos que
el video esté listo a más tardar el 16 de abril. El presupuesto es de 50,000 pesos.

Saludos,
Ximena""",
        style="outlook",
        quote=Quote(SAM, "2027-04-02 12:00", """Ximena, the first cut of the video is attached.

Sam"""),
        labels=dict(due=["2027-04-16"], budgets=[("50000", "MXN")],
                    cr=["cambiar la música"], day_first=True, default_currency="MXN"),
    ),
    Mail(
        141, "tuinen-dutch-lowercase", DAAN, LUCA, "2027-04-06 08:40", "Re: folder",
        """hi luca, could you make the logo a bit more prominent? deadline is friday 9 april.
thanks, daan""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-05 10:00", """Daan, the folder proof is attached.

Luca"""),
        labels=dict(due=["2027-04-09"], cr=["make the logo a bit more prominent"], **EU),
    ),
    Mail(
        142, "garage-two-words", TREV, SAM, "2027-04-06 09:15", "Re: Oil change flyer",
        """Approved. Print it.

Trev""",
        style="gmail",
        quote=Quote(SAM, "2027-04-05 15:00", """Trevor, the final oil change flyer is attached
for approval.

Sam"""),
        labels=dict(),
    ),
    Mail(
        143, "bbq-ok-with-amount", SUNNY, SAM, "2027-04-06 10:20", "Re: Menu boards quote",
        """ok w/ 7.5k. when can you start?""",
        style="gmail",
        quote=Quote(SAM, "2027-04-05 16:00", """Sunny, for the six menu boards we estimate
$7,500 including install.

Sam"""),
        labels=dict(budgets=[("7500", "USD")]),
    ),
    Mail(
        144, "spa-rules-without-verbs", PAM, SAM, "2027-04-06 11:45", "Spa brochure",
        """Hi Sam,

For the new spa brochure, please keep in mind:

- no alcohol imagery
- max 2 fonts
- logo top left on every page

We'd love a first draft by April 20.

Pam""",
        style="gmail",
        labels=dict(due=["2027-04-20"],
                    req=["no alcohol imagery", "max 2 fonts", "logo top left on every page"]),
    ),
    Mail(
        145, "software-kpis", RAJ, SAM, "2027-04-06 13:30", "Q2 paid social",
        """Sam,

KPIs for the Q2 paid social push: CTR above 1.5% and 500 demo requests by the end of June.
Spend is twelve thousand dollars across LinkedIn and Meta.

Raj""",
        style="gmail",
        labels=dict(budgets=[("12000", "USD")], obj=["500 demo requests"]),
    ),
    Mail(
        146, "antiques-thanks-only", ETHEL, SAM, "2027-04-06 15:00", "Thank you!",
        """Dear Sam,

The catalogue arrived yesterday and it is beautiful. Thank you and your team for all the
work since January. We will be in touch about the autumn sale in July.

Warmly,
Ethel""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        147, "brewery-british-asks", NIGEL, LUCA, "2027-04-07 09:10", "RE: Pump clips",
        """Hi Luca,

Please can you darken the copper on the pump clips a touch? They look a bit washed out.
And would you be so kind as to send the print files by close of play Thursday?

Cheers,
Nigel""",
        style="outlook",
        quote=Quote(LUCA, "2027-04-06 14:00", """Nigel, the pump clip proofs are attached.

Luca"""),
        labels=dict(due=["2027-04-08"], cr=["darken the copper on the pump clips"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        148, "books-any-chance-serif", TAMSIN, LUCA, "2027-04-07 10:30", "Re: Shop sign",
        """Lovely work. Any chance we could see the shop name in a serif font? Something a bit
more old-fashioned would suit us.

Tamsin""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-06 16:00", """Tamsin, the shop sign design is attached.

Luca"""),
        labels=dict(cr=["see the shop name in a serif font"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        149, "hardware-bilingual-rule", CLAUDE, SAM, "2027-04-07 12:00", "Spring flyer",
        """Hi Sam,

The spring flyer has to be bilingual, English and French, like everything we put out in
Quebec. It goes into the paper on April 22. Budget is CAD 6,000.

Claude""",
        style="gmail",
        labels=dict(due=["2027-04-22"], budgets=[("6000", "CAD")],
                    req=["has to be bilingual"], default_currency="CAD"),
    ),
    Forward(
        150, "pizza-head-office-rules", FRAN, SAM, "2027-04-07 14:30",
        "Sam - these are the rules from head office for our local ads. Can you make sure the "
        "window posters follow them? We need the posters by April 19.",
        Mail(
            0, "pizza-brand-team", HQ, FRAN, "2027-04-06 09:00", "Local marketing rules",
            """To all franchisees,

Local ads must use the approved logo lockup only. Prices may not appear on window
posters. All local creative needs sign-off from the brand team before printing.

Brand Team""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-04-19"],
                    req=["must use the approved logo lockup only",
                         "Prices may not appear on window", "needs sign-off from the brand team"]),
    ),
    Mail(
        151, "flowers-thanks-and-one-ask", MEI, SAM, "2027-04-08 09:00",
        "Re: Mother's Day banners",
        """These look fantastic, thank you! Only one thing: the date on the second banner should
say May 9, not May 8.

Mei""",
        style="gmail",
        quote=Quote(SAM, "2027-04-07 17:00", """Mei, the Mother's Day banners are attached.

Sam"""),
        labels=dict(cr=["say May 9, not May 8"]),
    ),
    Mail(
        152, "photo-shoot-week-later", OSCAR, SAM, "2027-04-08 11:00", "Re: Studio shoot",
        """Can we do it a week later instead? Our new product samples won't arrive in time.

Oscar""",
        style="gmail",
        quote=Quote(SAM, "2027-04-07 15:00", """Oscar, the studio shoot is booked for Tuesday,
April 13.

Sam"""),
        labels=dict(due=["2027-04-20"], cr=["a week later instead"]),
    ),
    Mail(
        153, "mission-match-deadline", ROSE, SAM, "2027-04-08 14:00", "Match appeal",
        """Hi Sam,

Great news: a donor will match every gift up to $25,000 until April 30. We'd like an
email and a social post announcing the match out by April 12.

Our goal is to hit the full $25,000 match.

Rose""",
        style="gmail",
        labels=dict(due=["2027-04-12"], non_budget=[("25000", "USD", "other")],
                    obj=["hit the full $25,000 match"]),
    ),
    Mail(
        154, "garage-budget-inline", TREV, SAM, "2027-04-08 16:20", "Re: Radio",
        """> Do you have a budget in mind for the radio spots?
Not more than 3 grand.

> And a start date?
We'd want them on air from May 3.

Trev""",
        style="gmail",
        labels=dict(due=["2027-05-03"], budgets=[("3000", "USD", "cap")]),
    ),
    Mail(
        155, "software-forwarded-feedback-html", RAJ, SAM, "2027-04-09 10:00",
        "RE: Landing page", "",
        style="html",
        html="""<html><body><div>Sam,</div>
<div><br></div>
<div>Feedback from the team on the landing page:</div>
<div><br></div>
<div>1. The hero headline is too long &ndash; max 8 words.</div>
<div>2. Swap the stock photo for a product screenshot.</div>
<div>3. The form should only ask for name and work email.</div>
<div><br></div>
<div>Can we have v2 by Wednesday?</div>
<div><br></div>
<div>Raj</div>
</body></html>""",
        labels=dict(due=["2027-04-14"],
                    cr=["hero headline is too long", "Swap the stock photo",
                        "form should only ask for name and work email"]),
    ),
]
