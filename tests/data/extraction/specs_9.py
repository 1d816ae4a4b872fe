"""The fourth labelled set (400-439), written on 2026-12-04 before any rule was tuned on it.

Writers none of the earlier sets had: a roofer and a landscaper typing on a phone,
a boat builder's long mail before a trade show, a Japanese and a Portuguese client
writing English, a Swiss, a Norwegian, a Belgian and an Irish client, a law firm
whose rules come from the bar, key-value tables in HTML-only Outlook mail, forwards
attached as .eml, dates relative to an event ("the Tuesday before"), and hard
negatives (office closures, board meetings, fees of other things, requests that
change nothing). Mails 420-439 are the blind split (``blind4``): no rule is tuned
on them (see ``SPLITS`` in ``intake/parsers/evaluation.py``).
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

HANK = Person("Hank Dorsey", "hank@dorseylandscapes.com", "America/Chicago")
DEREK = Person("Derek Olsen", "dolsen@olsenmarine.com", "America/Chicago")
YUKI = Person("Yuki Tanaka", "yuki.tanaka@sakura-senbei.co.jp", "Asia/Tokyo")
SABINE = Person("Sabine Roux", "sabine.roux@chateau-roux.fr", "Europe/Paris")
KLAUS = Person("Klaus Hoffmann", "k.hoffmann@hoffmann-bau.de", "Europe/Berlin")
GWEN = Person("Gwen Lloyd", "gwen.lloyd@lloydsolicitors.co.uk", "Europe/London")
TASHA = Person("Tasha Greene", "tasha@greenepilates.com", "America/New_York")
BEN = Person("Ben Hart", "ben.hart@hartcider.com", "America/New_York")
MAGGIE = Person("Maggie Flynn", "maggie@flynndistributing.com", "America/New_York")
ANJALI = Person("Anjali Rao", "anjali.rao@vistacu.org", "America/Los_Angeles")
MIGUEL = Person("Miguel Torres", "miguel@torrestaqueria.com", "America/Los_Angeles")
RACHEL = Person("Rachel Stein", "rstein@steinlaw.com", "America/New_York")
LENA = Person("Lena Fischer", "lena.fischer@fischer-optik.ch", "Europe/Zurich")
OMAR = Person("Omar Haddad", "omar@haddadgrill.com", "America/Detroit")
CONNIE = Person("Connie Walsh", "cwalsh@walshrealty.com", "America/New_York")
INGRID = Person("Ingrid Berg", "ingrid.berg@fjordtravel.no", "Europe/Oslo")
JAMAL = Person("Jamal Wright", "jamal@wrightfitness.com", "America/Chicago")
HOLLY = Person("Holly Chen", "holly.chen@chenpharmacy.com", "America/Los_Angeles")
VICTOR = Person("Victor Dubois", "victor.dubois@dubois-avocats.be", "Europe/Brussels")
MARIA = Person("Maria Costa", "maria.costa@costaimoveis.pt", "Europe/Lisbon")
NATE = Person("Nate Brooks", "nate@brookscycles.com", "America/Denver")
DALE = Person("Dale Hutchins", "dale@hutchinsroofing.com", "America/Chicago")
PRISCILLA = Person("Priscilla Vance", "pvance@vancehotels.com", "America/New_York")
SHANNON = Person("Shannon Pierce", "spierce@piercedental.com", "America/Chicago")
HELENE = Person("Hélène Mercier", "helene@mercier-fleurs.fr", "Europe/Paris")
MARTINA = Person("Martina Vogel", "m.vogel@vogel-apotheke.de", "Europe/Berlin")
JAVIER = Person("Javier Morales", "javier@morales-muebles.es", "Europe/Madrid")
KENTA = Person("Kenta Mori", "kenta.mori@mori-tea.co.jp", "Asia/Tokyo")
FIONA = Person("Fiona Grant", "fiona@grantandco.co.uk", "Europe/London")
RITA = Person("Rita Gomez", "rita.gomez@pinecrestschools.org", "America/Phoenix")
TOM_HALE = Person("Tom Hale", "tom.hale@pinecrestschools.org", "America/Phoenix")
AHMED = Person("Ahmed Karim", "ahmed@karimrugs.com", "Asia/Dubai")
GREG = Person("Greg Pham", "greg@phamfitness.com", "America/Los_Angeles")
LYDIA = Person("Lydia Moss", "lmoss@steinlaw.com", "America/New_York")
ERIN = Person("Erin Doyle", "erin.doyle@doyleinsurance.ie", "Europe/Dublin")
CARMEN = Person("Carmen Ruiz", "carmen.ruiz@clinicadental-ruiz.es", "Europe/Madrid")
PAOLO = Person("Paolo Greco", "p.greco@grecovini.it", "Europe/Rome")

IPHONE = "Sent from my iPhone"
ANDROID = "Sent from my Galaxy"

ITEMS = [
    # ---------------------------------------------------------------- tune split 400-419
    Mail(
        400, "landscaper-wraps-terse", HANK, SAM, "2026-12-02 06:40", "truck wraps",
        f"""need the truck wraps done before we start spring jobs march 1. keep it under 5 grand

{ANDROID}""",
        style="plain",
        labels=dict(due=["2027-02-28"], budgets=[("5000", "USD", "cap")]),
    ),
    Mail(
        401, "marine-boat-show-long", DEREK, SAM, "2026-12-01 15:20", "Boat show",
        """Sam,

Here's where we are on the Chicago Boat Show. The show opens January 13 and our
booth graphics have to be delivered to McCormick Place by January 8. We're also
running a full-page ad in the show program, and the program's ad deadline is
December 18.

We've set aside $28,500 for the booth and the ad together.

On the booth layout you sent:
- Move the product wall to the back of the booth.
- The Olsen logo on the header needs to be at least twice as big.
- Could you also lose the blue gradient? It looks dated.

Show management requires all hanging signs to be flame-retardant, and no
panel can be taller than 8 feet.

What we want out of the show is 40 booked dealer meetings.

I'm around Thursday afternoon if you want to talk it through.

Derek Olsen
VP Sales & Marketing, Olsen Marine""",
        style="outlook",
        labels=dict(due=["2027-01-08", "2026-12-18"], budgets=[("28500", "USD")],
                    cr=["Move the product wall", "Olsen logo on the header",
                        "lose the blue gradient"],
                    req=["flame-retardant"], obj=["40 booked dealer meetings"]),
    ),
    Mail(
        402, "senbei-japanese-english", YUKI, SAM, "2026-12-03 10:15",
        "Package design for new rice cracker",
        """Dear Sam-san,

Thank you always for your kind support.

We would like to request the package design for our new rice cracker. Deadline
is 2027/01/15 for the final data. Budget is JPY 1,800,000.

Please kindly change the main color to more light pink, according to the
comment of our brand manager.

Best regards,
Yuki Tanaka
Sakura Senbei Co., Ltd.""",
        labels=dict(due=["2027-01-15"], budgets=[("1800000", "JPY")],
                    cr=["change the main color"]),
    ),
    Mail(
        403, "chateau-french", SABINE, LUCA, "2026-12-01 09:30", "Étiquettes nouvelle cuvée",
        """Bonjour Luca,

Pour le lancement de la nouvelle cuvée, il nous faudrait les étiquettes et le
coffret pour le 15 janvier dernier délai. Nous avons prévu une enveloppe de
6 500 € HT.

Pourriez-vous remplacer la photo du vignoble par celle du château ?

Les mentions légales doivent figurer sur chaque étiquette.

Bien cordialement,
Sabine Roux""",
        style="outlook",
        labels=dict(due=["2027-01-15"], budgets=[("6500", "EUR")],
                    cr=["remplacer la photo"], req=["mentions légales"], **EU),
    ),
    Mail(
        404, "construction-german", KLAUS, LUCA, "2026-12-02 11:00", "Roll-ups BAU 2027",
        """Sehr geehrter Herr Bianchi,

für die Messe BAU 2027 benötigen wir die Roll-ups bis Freitag, den 8. Januar.
Kostenrahmen: 3.000 bis 3.500 Euro netto.

Könnten Sie bitte das Logo auf dem Roll-up nach oben setzen? Außerdem muss auf
allen Motiven das CE-Zeichen zu sehen sein.

Mit freundlichen Grüßen
Klaus Hoffmann
Hoffmann Bau GmbH""",
        labels=dict(due=["2027-01-08"], budgets=[("3500", "EUR", "range", "3000")],
                    cr=["Logo auf dem Roll-up nach oben"], req=["CE-Zeichen"], **EU),
    ),
    Mail(
        405, "solicitors-british", GWEN, LUCA, "2026-12-02 12:45", "Firm brochure",
        """Hi Luca,

Quick one - the partners have approved £12,500 + VAT for the new brochure.
We'd like proofs by 18/12 and the final print on 11/01.

Please can you make sure our SRA number is in the footer of every page (it's a
regulatory requirement).

Kind regards,
Gwen""",
        labels=dict(due=["2026-12-18", "2027-01-11"], budgets=[("12500", "GBP")],
                    req=["SRA number"], **UK),
    ),
    Mail(
        406, "pilates-phone-less-girly", TASHA, SAM, "2026-12-02 21:10", "Re: flyer",
        f"""Love it!! only thing - can the font be less girly? and we need it by friday for
the open house

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-02 17:00", """Tasha,

First draft of the open house flyer attached.

Sam"""),
        labels=dict(due=["2026-12-04"], cr=["font be less girly"]),
    ),
    Forward(
        407, "cider-distributor-rfc822", BEN, SAM, "2026-12-01 13:30",
        "Sam - see below from our distributor rep. Can you make that happen? Ben",
        Mail(
            0, "cider-distributor-orig", MAGGIE, BEN, "2026-12-01 11:05", "Sell sheets",
            """Ben,

We need the new sell sheets by Dec 15 for the January book. The retail price
has to be shown as MSRP $14.99, not a range.

Maggie""",
        ),
        style="rfc822",
        labels=dict(due=["2026-12-15"], req=["MSRP $14.99"],
                    non_budget=[("14.99", "USD", "price")]),
    ),
    Mail(
        408, "credit-union-kv-table", ANJALI, SAM, "2026-11-30 16:00", "Spring auto loan mailer",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here are the specs for the spring mailer:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Project</b></p></td>
<td><p class="MsoNormal">Spring auto loan mailer</p></td></tr>
<tr><td><p class="MsoNormal"><b>Quantity</b></p></td>
<td><p class="MsoNormal">25,000</p></td></tr>
<tr><td><p class="MsoNormal"><b>In-home date</b></p></td>
<td><p class="MsoNormal">2/16/2027</p></td></tr>
<tr><td><p class="MsoNormal"><b>Budget</b></p></td>
<td><p class="MsoNormal">$18,750</p></td></tr>
<tr><td><p class="MsoNormal"><b>Notes</b></p></td>
<td><p class="MsoNormal">NCUA logo and Equal Housing Lender statement required</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Let me know if you have questions.</p>
<p class="MsoNormal">Anjali Rao | Marketing Manager | Vista Credit Union</p>
</div></body></html>
""",
        labels=dict(due=["2027-02-16"], budgets=[("18750", "USD")], req=["Equal Housing"]),
    ),
    Mail(
        409, "taqueria-non-native", MIGUEL, SAM, "2026-12-01 10:20", "menu new",
        """Hello Sam,

for the menu new we need print before the day 20 of december because we open the
new location the 22. The budget is 2500 dollars more or less.

Please put the prices more big, the people no can read it.

Thank you
Miguel""",
        labels=dict(due=["2026-12-19"], budgets=[("2500", "USD")], cr=["prices more big"]),
    ),
    Mail(
        410, "lawfirm-bar-rules", RACHEL, SAM, "2026-12-02 14:40", "RE: Law Journal ad",
        """Sam,

Thanks for the revised ad. A few more notes from the partners:

- Please remove "best" from the headline; the bar rules don't allow
  superlatives.
- Replace the group photo with individual headshots.

The ad runs in the Law Journal on January 11, so the journal needs the final
file by January 4. Every ad must say "Attorney Advertising" at the top.

Rachel Stein
Marketing Director | Stein & Carver LLP""",
        style="outlook",
        quote=Quote(SAM, "2026-12-01 16:30", """Rachel,

The revised ad is attached. The $4,800 for the insertion stands, and the
journal's deadline was December 28 last time.

Sam"""),
        labels=dict(due=["2027-01-11", "2027-01-04"],
                    cr=['remove "best"', "individual headshots"],
                    req=["Attorney Advertising"]),
    ),
    Mail(
        411, "optician-swiss-english", LENA, LUCA, "2026-12-01 08:45", "Brochures new store",
        """Dear Luca,

the brochures for our new store must be delivered until 15.01.2027 (the opening
is the 22.01.). Our budget is CHF 9'500.- including printing.

Could you please show the frames bigger on the cover?

Kind regards
Lena Fischer
Fischer Optik AG""",
        labels=dict(due=["2027-01-15"], budgets=[("9500", "CHF")], cr=["frames bigger"],
                    day_first=True, default_currency="CHF"),
    ),
    Forward(
        412, "grill-tuesday-before", SAM, INTAKE, "2026-12-02 10:10", "Fwd for the file. Sam",
        Mail(
            0, "grill-orig", OMAR, SAM, "2026-12-02 09:40", "Grand opening flyers",
            """Sam,

The grand opening is Saturday, December 19. We need the flyers in hand by the
Tuesday before. Budget for printing and design is $1,200.

Omar""",
        ),
        style="gmail",
        labels=dict(due=["2026-12-15"], budgets=[("1200", "USD")]),
    ),
    Mail(
        413, "realty-negatives", CONNIE, SAM, "2026-12-03 12:30", "Tuesday",
        """Hi Sam,

Just confirming our call on Tuesday, December 8 at 3pm. The listing at 14 Elm
closed on November 30 for $1.2M - great news! We paid the printer's invoice of
$640 last week.

Talk soon,
Connie""",
        labels=dict(non_budget=[("1200000", "USD", "other"), ("640", "USD", "invoice")]),
    ),
    Mail(
        414, "fjord-norwegian-english", INGRID, LUCA, "2026-12-01 13:00", "Winter campaign",
        """Hi Luca,

we would like the winter campaign banners ready by 10 January. Budget is
NOK 85 000.

The Norwegian tourist board requires their logo on all materials. Our aim is
3,000 bookings for the spring season.

Best,
Ingrid""",
        labels=dict(due=["2027-01-10"], budgets=[("85000", "NOK")],
                    req=["tourist board requires"], obj=["3,000 bookings"],
                    day_first=True, default_currency="NOK"),
    ),
    Mail(
        415, "gym-no-changes-traffic", JAMAL, SAM, "2026-12-03 09:00", "Re: radio spots",
        """Sam, we're good with the spots as they are, no changes needed. Please go
ahead and traffic them to the stations so they start airing Monday the 14th.

Jamal""",
        quote=Quote(SAM, "2026-12-02 15:00", """Jamal,

Final mixes of the two radio spots are attached.

Sam"""),
        labels=dict(due=["2026-12-14"]),
    ),
    Mail(
        416, "pharmacy-mixed-asks", HOLLY, SAM, "2026-12-01 11:10", "A few things",
        """Hi Sam,

Can you send me the invoice for November? Also, could we swap the flu shot
banner for the holiday hours one on the homepage? And please confirm the window
decals will be installed by December 10.

Thanks!
Holly""",
        labels=dict(due=["2026-12-10"], cr=["swap the flu shot banner"]),
    ),
    Mail(
        417, "lawyers-belgian-french", VICTOR, LUCA, "2026-12-02 15:30", "Campagne recrutement",
        """Cher Luca,

Pour notre campagne de recrutement, le budget ne doit pas dépasser 8.000 €.
Les annonces doivent paraître à partir du 11 janvier.

Merci de modifier le titre : « Rejoignez-nous » plutôt que « On recrute ».
Toutes les annonces doivent mentionner notre politique d'égalité des chances.

Cordialement,
Victor Dubois""",
        labels=dict(due=["2027-01-11"], budgets=[("8000", "EUR", "cap")],
                    cr=["modifier le titre"], req=["égalité des chances"], **EU),
    ),
    Mail(
        418, "realestate-portuguese-english", MARIA, LUCA, "2026-12-03 16:20",
        "Re: Proposal property video",
        """Hi Luca,

thanks for the proposal. For us is ok the price of 4.750 euros. The video must
be finished until the 20th of January, because the real estate fair starts the
27.

Can you make the music more calm?

Regards
Maria""",
        quote=Quote(LUCA, "2026-12-02 10:00", """Maria,

Our proposal for the property video: 4.750 euros, delivery four weeks after the
shoot.

Luca"""),
        labels=dict(due=["2027-01-20"], budgets=[("4750", "EUR")], cr=["music more calm"],
                    **EU),
    ),
    Mail(
        419, "cycles-postpone-terse", NATE, SAM, "2026-12-02 07:30", "winter sale email",
        f"""Sam - postpone the winter sale email to Jan 6, inventory is late. Also drop the
20% off line.

{IPHONE}""",
        style="apple",
        labels=dict(due=["2027-01-06"],
                    cr=["postpone the winter sale email", "drop the 20% off line"]),
    ),
    # ---------------------------------------------------------------- blind split 420-439
    Mail(
        420, "roofing-terse", DALE, SAM, "2026-12-03 05:50", "radio",
        f"""roof ad needs to run starting 1/4. 3500 max. make the phone # bigger

{ANDROID}""",
        style="plain",
        labels=dict(due=["2027-01-04"], budgets=[("3500", "USD", "cap")],
                    cr=["phone # bigger"]),
    ),
    Mail(
        421, "hotel-spring-long", PRISCILLA, SAM, "2026-12-02 10:00",
        "Spring getaway - round 1 notes",
        """Hi Sam,

Thanks for the first round on the spring getaway campaign. Some notes from the
team:

The hero shot feels too dark - can we try the poolside image instead? The
headline should mention the spa. We'd prefer the CTA button in our coral, not
orange.

Timing: the campaign launches March 1 and the booking engine team needs all
banners by February 15. Our budget for paid media is $60,000 and production is
capped at $15,000. Brand standards require the Vance crest on every asset.

The objective is to lift spring occupancy to 85%.

Also, are you free for lunch next week?

Priscilla Vance
Director of Marketing, Vance Hotels""",
        style="outlook",
        labels=dict(due=["2027-03-01", "2027-02-15"],
                    budgets=[("60000", "USD"), ("15000", "USD", "cap")],
                    cr=["poolside image", "mention the spa", "CTA button in our coral"],
                    req=["Vance crest"], obj=["occupancy to 85%"]),
    ),
    Mail(
        422, "dental-html-deadline-table", SHANNON, SAM, "2026-12-01 14:00", "Q1 pieces",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is what we need for Q1:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Deliverable</b></p></td>
<td><p class="MsoNormal"><b>Deadline</b></p></td>
<td><p class="MsoNormal"><b>Cost</b></p></td></tr>
<tr><td><p class="MsoNormal">Patient newsletter</p></td>
<td><p class="MsoNormal">Jan 22</p></td><td><p class="MsoNormal">$1,900</p></td></tr>
<tr><td><p class="MsoNormal">Whitening promo postcards</p></td>
<td><p class="MsoNormal">Feb 5</p></td><td><p class="MsoNormal">$2,600</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Shannon Pierce<br>Pierce Family Dental</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-22", "2027-02-05"],
                    budgets=[("1900", "USD"), ("2600", "USD")]),
    ),
    Mail(
        423, "florist-french", HELENE, LUCA, "2026-12-03 09:20", "Saint-Valentin",
        """Bonjour Luca,

Pour la Saint-Valentin, il nous faut les visuels au plus tard le 25 janvier.
Budget maximum : 1 800 €.

Est-ce possible de mettre plus de rouge dans l'affiche ?

Merci,
Hélène""",
        labels=dict(due=["2027-01-25"], budgets=[("1800", "EUR", "cap")],
                    cr=["plus de rouge"], **EU),
    ),
    Mail(
        424, "pharmacy-german", MARTINA, LUCA, "2026-12-01 10:40", "Flyer Grippeimpfung",
        """Hallo Herr Bianchi,

die Flyer für die Grippeimpfung brauchen wir bis 14.12. Wir haben ein Budget
von 900 €.

Bitte ändern Sie die Öffnungszeiten auf der Rückseite: samstags bis 14 Uhr.
Der Pflichttext nach dem Heilmittelwerbegesetz muss unbedingt drauf.

Viele Grüße
Martina Vogel""",
        labels=dict(due=["2026-12-14"], budgets=[("900", "EUR")],
                    cr=["ändern Sie die Öffnungszeiten"], req=["Pflichttext"], **EU),
    ),
    Mail(
        425, "furniture-spanish", JAVIER, LUCA, "2026-12-02 17:10", "Catálogo primavera",
        """Hola Luca,

El catálogo tiene que estar listo antes del 10 de febrero. Contamos con unos
12.000 euros.

¿Podéis quitar la página de accesorios?

Gracias,
Javier""",
        labels=dict(due=["2027-02-09"], budgets=[("12000", "EUR")],
                    cr=["quitar la página"], **EU),
    ),
    Mail(
        426, "tea-japanese-english", KENTA, SAM, "2026-12-03 11:30", "Web banner",
        """Dear Sam,

Thank you for the proposal. We approve the budget of USD 22,000.

The web banner must be released on 2027/02/01. Please kindly revise the copy to
be more short.

Best regards,
Kenta Mori""",
        labels=dict(budgets=[("22000", "USD")], due=["2027-02-01"], cr=["revise the copy"]),
    ),
    Mail(
        427, "shop-window-british", FIONA, LUCA, "2026-12-01 09:00", "Christmas window",
        """Luca,

We've got £8k for the Christmas window. Installation is 14/12 so artwork needs to
be with the printer by 9/12 at the latest.

Can we lose the snowflakes? They feel a bit tired.

Fiona""",
        labels=dict(due=["2026-12-14", "2026-12-09"], budgets=[("8000", "GBP")],
                    cr=["lose the snowflakes"], **UK),
    ),
    Forward(
        428, "schools-rfc822", TOM_HALE, SAM, "2026-12-02 13:15", "Sam, see below. Tom",
        Mail(
            0, "schools-orig", RITA, TOM_HALE, "2026-12-02 12:50", "Enrollment ads",
            """Tom,

Enrollment ads need to be in market by January 11, and the district approved
$9,000 for them.

Rita""",
            style="outlook",
        ),
        style="rfc822",
        labels=dict(due=["2027-01-11"], budgets=[("9000", "USD")]),
    ),
    Mail(
        429, "credit-union-negatives", ANJALI, SAM, "2026-12-02 16:45", "Holiday schedule",
        """Hi Sam,

Reminder that our office is closed December 24-25 and January 1. The board
meeting on January 14 will review Q4 results. Our ATM fee is $3.00 for
non-members.

Thanks,
Anjali""",
        style="outlook",
        labels=dict(non_budget=[("3.00", "USD", "price")]),
    ),
    Mail(
        430, "rugs-non-native", AHMED, SAM, "2026-12-01 12:00", "Catalog",
        """Dear Sam,

I hope you are fine. Regarding the catalog for our rugs, we need it latest by
22th December please. Budget we have is 3,000 USD maximum.

Kindly do the background of page 2 in white instead of beige.

Regards,
Ahmed Karim""",
        labels=dict(due=["2026-12-22"], budgets=[("3000", "USD", "cap")],
                    cr=["background of page 2 in white"]),
    ),
    Mail(
        431, "pilates-option-b", TASHA, SAM, "2026-12-03 08:05", "Re: logo options",
        f"""yes go with option B 👍

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-02 18:00", """Tasha,

Options A and B attached. Either fits the $2,400 budget.

Sam"""),
        labels=dict(),
    ),
    Mail(
        432, "fitness-printer-wants", GREG, SAM, "2026-12-02 14:30", "Mailer",
        """Sam,

Heads up: the mailer lands in homes the week of Jan 18, so the printer wants
files Jan 5. We're at $7,200 for print and postage.

Greg""",
        labels=dict(due=["2027-01-05"], budgets=[("7200", "USD")]),
    ),
    Mail(
        433, "lawfirm-carrier-insists", LYDIA, SAM, "2026-12-03 10:30", "Website",
        """Sam,

Our malpractice carrier insists that the website disclaimer appear on every
landing page. Also, the state bar wants the office address on all ads.

Thanks,
Lydia""",
        labels=dict(req=["website disclaimer", "office address"]),
    ),
    Mail(
        434, "insurance-irish-moves", ERIN, LUCA, "2026-12-02 09:45", "Launch timing",
        """Hi Luca,

Small change of plan: the launch moves from 20 January to 3 February, so the
final artwork is now due 27 January instead of 13 January. Budget unchanged at
€16,000.

Erin""",
        labels=dict(due=["2027-02-03", "2027-01-27"], replaced=["2027-01-20", "2027-01-13"],
                    budgets=[("16000", "EUR")], cr=["launch moves from"], **EU),
    ),
    Mail(
        435, "cycles-send-files", NATE, SAM, "2026-12-03 15:00", "final files",
        """Sam, can you send the final files for the winter sale email to our dev team?
And please send me the invoice when you get a chance. Thanks!

Nate""",
        labels=dict(),
    ),
    Mail(
        436, "pharmacy-round-3", HOLLY, SAM, "2026-12-03 13:20", "Re: Round 3",
        """Round 3 notes:
1. Headline - perfect, keep it.
2. Make the pharmacist photo smaller.
3. Add our new Sunday hours (10-4).
4. The disclaimer font can be a bit larger.

Otherwise good to go!

Holly""",
        quote=Quote(SAM, "2026-12-02 17:30", """Holly,

Round 3 of the holiday ad is attached.

Sam"""),
        labels=dict(cr=["pharmacist photo smaller", "Sunday hours", "disclaimer font"]),
    ),
    Mail(
        437, "dental-spanish", CARMEN, LUCA, "2026-12-02 12:10", "Folleto clínica",
        """Hola Luca:

Necesitamos el folleto de la clínica para el 8 de enero. El presupuesto es de
2.500 € más IVA.

Todos los folletos deben llevar el número de registro sanitario.

Un saludo,
Carmen""",
        labels=dict(due=["2027-01-08"], budgets=[("2500", "EUR")],
                    req=["número de registro sanitario"], **EU),
    ),
    Mail(
        438, "marine-push-ads", DEREK, SAM, "2026-12-03 08:30", "RE: Boat show",
        """Sam - agreed, let's push the print ads to the February program instead.
Deadline for that one is January 22.

Derek""",
        style="outlook",
        quote=Quote(SAM, "2026-12-02 17:15", """Derek,

The December 18 deadline for the show program is tight; we could move the ad to
the February issue of the program.

Sam"""),
        labels=dict(due=["2027-01-22"], cr=["push the print ads"]),
    ),
    Mail(
        439, "olive-oil-three-weeks", PAOLO, LUCA, "2026-12-02 10:30", "Labels new oil",
        """Hi Luca,

for the new olive oil we need the labels in three weeks from today. Budget
around 4.000 euro.

Our goal is to enter 50 new shops in Germany this year.

Ciao
Paolo""",
        labels=dict(due=["2026-12-23"], budgets=[("4000", "EUR")], obj=["50 new shops"],
                    **EU),
    ),
]
