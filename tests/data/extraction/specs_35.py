"""The thirtieth labelled set (240-259), written on 2026-12-06 (fifteenth session) after the
second opinion on requirements was built, and scored once: the blind split ``blind15``,
never tuned on.

A week of mail in which rules, deadlines and money often share a sentence (what the second
opinion judges), among ordinary asks: a pharmacy's first brief with bullets, a phone reply,
an HTML-only Outlook schedule with sizes, an Italian client's English, a long mail of three
numbered asks and a rule from legal, German and French mail, a Spanish client's day-first
dates, an approval with a delivery, a cap said as a rule, a vague week beside a proof date,
a mall's rule beside the install day, a goal in money, a board chair's rule forwarded, a
status question, Indian English, an Australian move, a brief under labels, a rule that no
longer holds, and a meeting beside a paid invoice.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

NORA = Person("Nora Blake", "nora@blakepharmacy.com", "America/Chicago")
GREG = Person("Greg Tan", "greg@tanplumbing.com", "America/Los_Angeles")
HELEN = Person("Helen Moss", "hmoss@mossoutdoor.com", "America/New_York")
MARCO = Person("Marco Rinaldi", "m.rinaldi@rinaldi-valvole.it", "Europe/Rome")
ANA_P = Person("Ana Pereira", "ana@pereiralaw.com", "America/New_York")
JONAS = Person("Jonas Weber", "j.weber@weber-baeckerei.de", "Europe/Berlin")
LUCIA = Person("Lucía Gómez", "lucia@gomezfilms.es", "Europe/Madrid")
BRENT = Person("Brent Hall", "brent@hallrealty.com", "America/Denver")
KIM_S = Person("Kim Sato", "kim@satospa.com", "America/Los_Angeles")
OWEN = Person("Owen Price", "owen@pricegarden.com", "America/New_York")
FAY = Person("Fay Lin", "fay@linjewelry.com", "America/New_York")
RUTH = Person("Ruth Adler", "ruth@hopeshelter.org", "America/Chicago")
MIKE_D = Person("Mike Doyle", "mike@hopeshelter.org", "America/Chicago")
JUDITH = Person("Judith Kerr", "judith.kerr@gmail.com", "America/Chicago")
TINA = Person("Tina Ross", "tina@rossbakery.com", "America/New_York")
RAJ = Person("Rajesh Iyer", "rajesh.iyer@iyerfoods.in", "Asia/Kolkata")
DAZZA = Person("Darren Cole", "darren@colemotors.com.au", "Australia/Sydney")
PETRA = Person("Petra Novak", "petra@novakfitness.com", "America/New_York")
DALE = Person("Dale Frost", "dale@frostcoffee.com", "America/Chicago")
CAMILLE = Person("Camille Roux", "camille@roux-fromages.fr", "Europe/Paris")
STAN = Person("Stan Webb", "stan@webbhardware.com", "America/New_York")

ITEMS = [
    Mail(
        240, "pharmacy-first-brief-bullets", NORA, SAM, "2027-02-01 09:00", "Spring allergy push",
        """Hi Sam,

Thanks for meeting with us last week. Here's what we need for the spring allergy push:

- 4 in-store posters and a counter card
- Everything must carry the pharmacist consultation disclaimer
- Posters need to be in all 12 stores by March 8
- Budget is $9,500 all in

We want to lift allergy-aisle sales 15% over last spring.

Best,
Nora""",
        style="gmail",
        labels=dict(due=["2027-03-08"], budgets=[("9500", "USD")],
                    req=["carry the pharmacist consultation disclaimer"],
                    obj=["lift allergy-aisle sales 15%"]),
    ),
    Mail(
        241, "plumbing-phone-reply", GREG, SAM, "2027-02-01 18:40", "Re: van wrap",
        """ok but logo bigger pls. n need it by thurs""",
        style="gmail",
        quote=Quote(SAM, "2027-02-01 11:00", """Greg, the van wrap draft is attached.

Sam"""),
        labels=dict(due=["2027-02-04"], cr=["logo bigger"]),
    ),
    Mail(
        242, "outdoor-schedule-html-sizes", HELEN, SAM, "2027-02-01 10:15", "Spring OOH",
        "",
        style="html",
        html="""<html><body><div>
<p>Hi Sam,</p>
<p>Here is the spring outdoor plan as approved:</p>
<table border="1" cellpadding="4">
<tr><th>Piece</th><th>Size</th><th>Due</th><th>Cost</th></tr>
<tr><td>Billboard</td><td>48 x 14 ft</td><td>Mar 1</td><td>$6,200</td></tr>
<tr><td>Bus shelters (6)</td><td>4 x 6 ft</td><td>Mar 5</td><td>$2,100</td></tr>
</table>
<p>All artwork must be supplied as PDF/X-1a.</p>
<p>Thanks,<br>Helen Moss</p>
</div></body></html>
""",
        labels=dict(due=["2027-03-01", "2027-03-05"],
                    budgets=[("6200", "USD"), ("2100", "USD")],
                    req=["supplied as PDF/X-1a"]),
    ),
    Mail(
        243, "valves-italian-english", MARCO, LUCA, "2027-02-01 08:30", "Catalogue 2027",
        """Good morning Luca,

as we said by phone, the catalogue must to be ready for the fair of 18 March. Please the cover
with the new photo of the factory, not the old one. The budget remain 7.000 euro.

Best regards,
Marco Rinaldi""",
        style="outlook",
        quote=Quote(LUCA, "2027-01-29 16:00",
                    """Marco, the first layout of the catalogue is attached.

Luca"""),
        labels=dict(due=["2027-03-18"], budgets=[("7000", "EUR")],
                    cr=["cover with the new photo of the factory"], **EU),
    ),
    Mail(
        244, "law-three-asks-and-legal", ANA_P, SAM, "2027-02-01 13:00", "Re: new homepage",
        """Hi Sam,

Thanks for the new homepage. A few things:

1. The hero headline is too long, can we cut it to one line?
2. Please use our new phone number, 555-0142, everywhere.
3. The team photo needs to be replaced, Mark has left the firm.

Also, our compliance partner reminded me that every page must show our bar licence number
in the footer. We still want to go live on February 15.

Thanks,
Ana""",
        style="gmail",
        quote=Quote(SAM, "2027-01-29 15:00", """Ana, the new homepage is on the staging site.

Sam"""),
        labels=dict(due=["2027-02-15"],
                    cr=["cut it to one line", "use our new phone number",
                        "team photo needs to be replaced"],
                    req=["every page must show our bar licence number"]),
    ),
    Mail(
        245, "bakery-german-flyer", JONAS, LUCA, "2027-02-01 09:45", "Flyer Frühling",
        """Hallo Luca,

anbei die Texte für den Frühlingsflyer. Der Flyer muss bis spätestens 19.02. beim Drucker
sein. Bitte achten Sie darauf, dass das Impressum auf der Rückseite steht. Das Budget liegt
bei 3.500 Euro.

Viele Grüße
Jonas Weber""",
        style="gmail",
        labels=dict(due=["2027-02-19"], budgets=[("3500", "EUR")],
                    req=["Impressum auf der Rückseite"], **EU),
    ),
    Mail(
        246, "films-spanish-client-dates", LUCIA, SAM, "2027-02-01 11:20", "Dates",
        """Hi Sam,

To confirm the dates: the video must be delivered 05/03 and the social cuts 12/03.
The music has to be royalty-free, we had a problem with this last time.

Thanks,
Lucía""",
        style="gmail",
        labels=dict(due=["2027-03-05", "2027-03-12"],
                    req=["music has to be royalty-free"], **EU),
    ),
    Mail(
        247, "realty-approval-with-delivery", BRENT, SAM, "2027-02-01 14:30",
        "Re: open house flyer",
        """Looks great, please proceed with printing. We'll need 500 copies delivered to the Elm St
office by Feb 12.

Brent""",
        style="outlook",
        quote=Quote(SAM, "2027-02-01 10:00", """Brent, the final open house flyer is attached for
your approval.

Sam"""),
        labels=dict(due=["2027-02-12"]),
    ),
    Mail(
        248, "spa-cap-as-rule", KIM_S, SAM, "2027-02-01 15:00", "Q2",
        """Whatever we do for Q2, the spend can't go over $12k.

Kim""",
        style="gmail",
        labels=dict(budgets=[("12000", "USD", "cap")]),
    ),
    Mail(
        249, "garden-vague-week-proof-date", OWEN, SAM, "2027-02-01 16:10", "Spring mailer",
        """Quick one: the spring mailer has to be in mailboxes the week of March 15, so can you send
me the proof by Feb 19?

Owen""",
        style="gmail",
        labels=dict(due=["2027-02-19"]),
    ),
    Mail(
        250, "jewelry-mall-rule-install", FAY, SAM, "2027-02-02 09:20", "Mall signage",
        """Hi Sam,

The mall requires all storefront signage to use their approved fonts, and the install is
booked for March 20.

Fay""",
        style="gmail",
        labels=dict(due=["2027-03-20"], req=["signage to use their approved fonts"]),
    ),
    Mail(
        251, "shelter-goal-in-money", RUTH, SAM, "2027-02-02 10:00", "Spring appeal",
        """Hi Sam,

For the spring appeal, the goal is $50,000 in online donations by June 30. We'd like the
emails to feel personal, not like a bank statement.

Ruth""",
        style="gmail",
        labels=dict(obj=["$50,000 in online donations"]),
    ),
    Forward(
        252, "shelter-board-rule-forwarded", MIKE_D, SAM, "2027-02-02 11:30",
        "Sam - see below from our board chair. Can we make this happen?\n\nMike",
        Forward(
            0, "shelter-chair-to-ruth", RUTH, MIKE_D, "2027-02-02 10:40",
            "Mike, passing this on for the agency.\n\nRuth",
            Mail(
                0, "shelter-chair", JUDITH, RUTH, "2027-02-01 20:00", "Annual report",
                """Ruth,

All donor-facing materials must list our charity registration number. Also please get
the annual report to the printer by April 2.

Judith""",
                style="outlook",
            ),
            style="outlook",
        ),
        labels=dict(due=["2027-04-02"], req=["must list our charity registration number"]),
    ),
    Mail(
        253, "bakery-status-question", TINA, SAM, "2027-02-02 12:00", "Re: proofs",
        """Thanks Sam! Any news from the printer on the proofs?

Tina""",
        style="gmail",
        quote=Quote(SAM, "2027-02-01 17:00", """Tina, the proofs went to the printer today, they
promised them for Thursday.

Sam"""),
        labels=dict(),
    ),
    Mail(
        254, "foods-indian-english", RAJ, SAM, "2027-02-02 09:30", "Pack artwork",
        """Dear Sam,

Kindly do the needful and revert with the revised artwork by EOD tomorrow. Kindly ensure the
MRP is printed in bold as per legal metrology rules.

Regards,
Rajesh Iyer""",
        style="outlook",
        labels=dict(due=["2027-02-03"], req=["MRP is printed in bold"]),
    ),
    Mail(
        255, "motors-australian-bump", DAZZA, SAM, "2027-02-02 08:10", "radio",
        """Mate, can we bump the radio spot to the 22nd? The sponsor gig got moved. Cheers""",
        style="gmail",
        labels=dict(due=["2027-02-22"], cr=["bump the radio spot to the 22nd"]),
    ),
    Mail(
        256, "fitness-brief-under-labels", PETRA, SAM, "2027-02-02 13:15", "Loyalty app launch",
        "",
        style="html",
        html="""<html><body><div>
<p>Hi Sam, the brief for the app launch:</p>
<p><b>Objective:</b> 2,000 sign-ups for the loyalty app in the first month.</p>
<p><b>Mandatory:</b> the app store badges must appear on every piece.</p>
<p><b>Timing:</b> launch on April 6.</p>
<p><b>Budget:</b> USD 18,000.</p>
<p>Petra</p>
</div></body></html>
""",
        labels=dict(due=["2027-04-06"], budgets=[("18000", "USD")],
                    obj=["2,000 sign-ups for the loyalty app"],
                    req=["app store badges must appear on every piece"]),
    ),
    Mail(
        257, "coffee-rule-no-longer", DALE, SAM, "2027-02-02 14:00", "A-frames",
        """FYI the city used to require a permit number on every A-frame sign, but they dropped that
last year. We still need the A-frames by Feb 26.

Dale""",
        style="gmail",
        labels=dict(due=["2027-02-26"]),
    ),
    Mail(
        258, "cheese-french-in-french", CAMILLE, SAM, "2027-02-02 10:30", "Affiches",
        """Bonjour Sam,

Pourriez-vous remplacer la photo de la boutique par celle du marché ? Les affiches doivent
être livrées au plus tard le 26 février. Le logo doit toujours figurer en haut à droite.

Merci,
Camille""",
        style="gmail",
        quote=Quote(SAM, "2027-02-01 16:00", """Camille, les affiches sont en pièce jointe.

Sam"""),
        labels=dict(due=["2027-02-26"], cr=["remplacer la photo de la boutique"],
                    req=["logo doit toujours figurer en haut à droite"], **EU),
    ),
    Mail(
        259, "hardware-meeting-paid-invoice", STAN, SAM, "2027-02-02 15:30", "Q2",
        """Can we meet Thursday at 2 to go over Q2? Also, invoice #3381 for $4,200 was paid on
Friday.

Stan""",
        style="gmail",
        labels=dict(),
    ),
]
