"""The hundred-and-ninth labelled set (2320-2339), written on 2026-12-07 (thirty-first session)
after tune81 to tune84's rules: the split ``blind36``, scored once for the session's first and
last code and never tuned on (its misses are not looked at).

A mix of the fields and voices: a phone's two asks, a nonprofit's long brief with a range, an
HTML-only Outlook list of feedback, an Italian's English, a reply that only agrees to dated
plans, a German reply, the AE forwarding a client's mail, a franchisor's rule beside a change,
a competitor's spend beside ours, a launch moved, a Spanish brief, a long mail of bullets, a
meeting beside a deadline, thanks without changes, a rule asked as "make sure", a French cap
and delivery day, a British "by Friday 17th", an HTML table of goals, a status question with
an ask, a printer's specs passed on. Dates run in the week of 6 August 2029 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, SAM

PHONE = Person("Jill Marsh", "jill@marshhardware.com", "America/Chicago")
GALA = Person("Ruth Okoye", "rokoye@brightfuturesfund.org", "America/New_York")
HTML = Person("Craig Dalton", "cdalton@daltonauto.com", "America/Detroit")
IT = Person("Giulia Conti", "giulia.conti@contiarredo.it", "Europe/Rome")
AGREES = Person("Bev Lord", "bev@lordcatering.com", "America/New_York")
DE = Person("Markus Hahn", "m.hahn@hahn-sport.de", "Europe/Berlin")
FWD = Person("Priya Shah", "priya@shahclinic.com", "America/New_York")
FRANCHISE = Person("Ty Brooks", "ty@brookssubs.com", "America/Denver")
RIVAL = Person("Joan Pratt", "jpratt@prattinsurance.com", "America/Chicago")
MOVE = Person("Kevin Lu", "kevin@luapparel.com", "America/Los_Angeles")
ES = Person("Marta Gil", "marta@gilbodegas.es", "Europe/Madrid")
BULLETS = Person("Dee Harmon", "dee@harmonhvac.com", "America/New_York")
MEET = Person("Alan Weiss", "aweiss@weisslaw.com", "America/New_York")
THANKS = Person("Cathy Moss", "cathy@mossflorist.com", "America/Chicago")
SURE = Person("Raj Patel", "raj@patelpharmacy.com", "America/New_York")
FR = Person("Élodie Petit", "e.petit@petit-cosmetiques.fr", "Europe/Paris")
UK = Person("Tom Hughes", "tom.hughes@hughesbakery.co.uk", "Europe/London")
KPI = Person("Mona Reyes", "mreyes@reyesfitness.com", "America/Los_Angeles")
STATUS = Person("Ben Ortiz", "ben@ortizbrewing.com", "America/Denver")
PRINTER = Person("Lisa Moon", "lisa@moonbooks.com", "America/New_York")


def _quote(text: str, when: str = "2029-08-06 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2320, "hardware-phone-two-asks", PHONE, SAM, "2029-08-06 12:05", "Re: Back to school ad",
        """can we do the sale price in red? and drop the 2nd photo

Sent from my iPhone""",
        style="plain",
        quote=_quote("Jill, the back to school ad proof is attached."),
        labels=dict(cr=["do the sale price in red", "drop the 2nd photo"]),
    ),
    Mail(
        2321, "fund-gala-brief", GALA, SAM, "2029-08-06 10:30", "Gala campaign",
        """Dear Sam,

Thank you for meeting with us last week. As promised, here is the brief for our fall gala campaign.

The gala is on November 8 at the Grand Hotel. We want to sell 350 tickets and raise $400,000 for the scholarship fund. Last year we sold 280.

We need the save-the-date email out by September 3 and the printed invitations in the mail by September 24. Our budget for the campaign is $12,000 to $15,000.

Please note that every piece must list our presenting sponsor, Carver Bank, with their logo, and donor names have to be spelled exactly as in the attached list.

Warm regards,
Ruth Okoye
Director of Development""",
        style="outlook",
        labels=dict(due=["2029-09-03", "2029-09-24"],
                    budgets=[("15000", "USD", "range", "12000")],
                    non_budget=[("400000", "USD", "other")],
                    obj=["sell 350 tickets and raise $400,000"],
                    req=["every piece must list our presenting sponsor",
                         "donor names have to be spelled exactly"]),
    ),
    Mail(
        2322, "auto-html-feedback-list", HTML, SAM, "2029-08-06 15:20", "RE: Labor Day sale mailer",
        """Sam,

Our notes on the mailer:

- The APR should read 2.9%, not 3.9%
- Please use the photo of the red truck on the front
- Add our Saturday hours: 9 to 5

Need it in homes before Labor Day.

Craig""",
        style="html",
        quote=_quote("Craig, the Labor Day sale mailer proof is attached."),
        labels=dict(due=["2029-09-02"],
                    cr=["The APR should read 2.9%", "use the photo of the red truck on the front",
                        "Add our Saturday hours"]),
    ),
    Mail(
        2323, "arredo-italian-english", IT, SAM, "2029-08-06 11:00", "Re: Brochure autunno",
        """Dear Sam,

thank you for the draft. Please, for the brochure we would like that the photos are more bright, now they are too dark. Also the price of the sofa Milano is 1.890 euro, not 1.980.

The deadline for printing is the 24 of August.

Best regards
Giulia""",
        style="outlook",
        quote=_quote("Dear Giulia, the first draft of the autumn brochure is attached."),
        labels=dict(due=["2029-08-24"],
                    cr=["we would like that the photos are more bright",
                        "the price of the sofa Milano is 1.890 euro"],
                    non_budget=[("1890", "EUR", "other")],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2324, "catering-fine-by-me", AGREES, SAM, "2029-08-06 09:40", "Re: Fall menu launch plan",
        """Fine by me, thanks Sam!

Bev""",
        style="gmail",
        quote=_quote("Bev, the plan: menu photos shoot August 14, the email goes out August 21, social posts from August 22. Total $3,400."),
        labels=dict(),
    ),
    Mail(
        2325, "sport-german-reply", DE, SAM, "2029-08-06 14:10", "AW: Plakat Herbstlauf",
        """Hallo Sam,

bitte ändern Sie das Datum auf dem Plakat auf den 22. September, der Lauf wurde verschoben. Die Plakate müssen bis zum 20.08. gedruckt sein.

Viele Grüße
Markus Hahn""",
        style="outlook",
        quote=_quote("Hallo Markus, anbei der Entwurf für das Plakat zum Herbstlauf."),
        labels=dict(due=["2029-08-20"], cr=["ändern Sie das Datum auf dem Plakat"],
                    day_first=True, default_currency="EUR"),
    ),
    Forward(
        2326, "clinic-fw-to-intake", SAM, INTAKE, "2029-08-06 16:00",
        "FYI, for the clinic file.\n\nSam",
        Mail(
            0, "clinic-orig", FWD, SAM, "2029-08-06 13:25", "Flu shot campaign",
            """Hi Sam,

We'd like to start the flu shot campaign on September 10 this year. Can you have the posters and the social ads ready by then? We have $5,000 for it.

Thanks,
Priya""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(due=["2029-09-10"], budgets=[("5000", "USD")]),
    ),
    Mail(
        2327, "subs-franchisor-rule", FRANCHISE, SAM, "2029-08-06 10:50", "Re: Window clings",
        """Sam - corporate reminded us that all in-store signage has to use the 2029 brand colors. The clings still have the old orange, can you switch it to the new one?

Ty""",
        style="gmail",
        quote=_quote("Ty, the window clings are ready for print."),
        labels=dict(req=["all in-store signage has to use the 2029 brand colors"],
                    cr=["The clings still have the old orange"]),
    ),
    Mail(
        2328, "insurance-rival-spend", RIVAL, SAM, "2029-08-06 13:45", "Fall TV",
        """Sam,

State Farm reportedly spent $1.2 million on local TV here last fall. We can't match that, but we can put $80,000 behind a six-week flight starting in October.

Joan""",
        style="outlook",
        labels=dict(budgets=[("80000", "USD")], non_budget=[("1200000", "USD", "other")]),
    ),
    Mail(
        2329, "apparel-launch-moved", MOVE, SAM, "2029-08-06 17:30", "Re: Fall drop",
        """Sam, heads up - the fall drop moves from the 20th to the 27th because the fabric shipment is late, so everything needs to shift a week.

Kevin""",
        style="gmail",
        quote=_quote("Kevin, the fall drop campaign is set for August 20."),
        labels=dict(due=["2029-08-27"], replaced=["2029-08-20"],
                    cr=["the fall drop moves from the 20th to the 27th"]),
    ),
    Mail(
        2330, "bodegas-spanish-brief", ES, SAM, "2029-08-06 10:10", "Campaña vendimia",
        """Hola Sam:

Para la campaña de la vendimia queremos aumentar las visitas a la bodega un 20 %. Contamos con 9.000 € para todo. Los materiales tienen que estar listos para el 5 de septiembre.

Un saludo,
Marta""",
        style="outlook",
        labels=dict(due=["2029-09-05"], budgets=[("9000", "EUR")],
                    obj=["aumentar las visitas a la bodega un 20 %"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2331, "hvac-long-bullets", BULLETS, SAM, "2029-08-06 08:55", "Re: Fall tune-up campaign",
        """Morning Sam,

Went through everything with Frank last night. Here's where we landed:

- Postcard: love it, but the coupon should be $49 not $59
- Radio: can we get a second version that mentions the furnace rebate?
- Email: the subject line is too long, cut it down
- Facebook: fine as is

Also, Frank's retiring at the end of the year, so from now on send proofs to me only.

Dee""",
        style="outlook",
        quote=_quote("Dee, the fall tune-up campaign: postcard, radio spot, email and Facebook ads attached."),
        labels=dict(cr=["the coupon should be $49 not $59",
                        "can we get a second version that mentions the furnace rebate",
                        "the subject line is too long"],
                    non_budget=[("49", "USD", "other")]),
    ),
    Mail(
        2332, "law-meeting-and-deadline", MEET, SAM, "2029-08-06 12:30", "Re: Website bios",
        """Sam, let's meet Thursday at 2 to go over the bios. I'd like the final versions by August 17 so they can go live with the new site.

Alan""",
        style="gmail",
        quote=_quote("Alan, the attorney bios are drafted; can we walk through them this week?"),
        labels=dict(due=["2029-08-17"]),
    ),
    Mail(
        2333, "florist-thanks-no-changes", THANKS, SAM, "2029-08-06 15:50", "Re: Fall ads",
        """The ads look great, no changes from us. Thank you for turning them around so fast!

Cathy""",
        style="apple",
        quote=_quote("Cathy, the fall ads with your edits are attached."),
        labels=dict(),
    ),
    Mail(
        2334, "pharmacy-make-sure", SURE, SAM, "2029-08-06 11:35", "Flu season flyer",
        """Hi Sam,

For the flu season flyer: please make sure every page has our pharmacy license number at the bottom, the board checks for it. We want it at the stores by September 1.

Raj""",
        style="gmail",
        labels=dict(due=["2029-09-01"],
                    req=["make sure every page has our pharmacy license number"]),
    ),
    Mail(
        2335, "cosmetiques-french-cap", FR, SAM, "2029-08-06 09:20", "Brief coffrets de Noël",
        """Bonjour Sam,

Pour les coffrets de Noël, le budget total ne doit pas dépasser 8 000 €. La livraison des visuels doit se faire au plus tard le 30 août.

Merci d'avance,
Élodie""",
        style="outlook",
        labels=dict(due=["2029-08-30"], budgets=[("8000", "EUR", "cap")],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2336, "bakery-uk-friday", UK, SAM, "2029-08-06 13:05", "Leaflets",
        """Hi Sam,

Could we have the new leaflets by Friday 17th? Budget's £1,500 max. They need our allergen statement on the back, as always.

Cheers,
Tom""",
        style="apple",
        labels=dict(due=["2029-08-17"], budgets=[("1500", "GBP", "cap")],
                    req=["They need our allergen statement on the back"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        2337, "fitness-html-kpi-table", KPI, SAM, "2029-08-06 10:00", "Q4 goals",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here are our Q4 goals for the campaign:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Goal</b></p></td><td><p class="MsoNormal"><b>Target</b></p></td></tr>
<tr><td><p class="MsoNormal">New members</p></td><td><p class="MsoNormal">600</p></td></tr>
<tr><td><p class="MsoNormal">Class bookings in the app</p></td><td><p class="MsoNormal">+25%</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Media budget is $18,000 for the quarter.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mona</p>
</div></body></html>
""",
        labels=dict(budgets=[("18000", "USD")],
                    obj=["New members", "Class bookings in the app"]),
    ),
    Mail(
        2338, "brewing-status-and-ask", STATUS, SAM, "2029-08-06 16:40", "Re: Brand video",
        """Any update on the video? Also, can the logo animation at the end be shorter? It drags.

Ben""",
        style="gmail",
        quote=_quote("Ben, the edit is underway; we'll share a cut soon.", when="2029-08-01 11:00"),
        labels=dict(cr=["can the logo animation at the end be shorter"]),
    ),
    Mail(
        2339, "books-printer-specs", PRINTER, SAM, "2029-08-06 14:55", "Re: Author tour bookmarks",
        """Sam, the printer needs the files with 3 mm bleed and crop marks. Can you send them by Wednesday?

Lisa""",
        style="outlook",
        quote=_quote("Lisa, the bookmarks are approved and ready to go to your printer."),
        labels=dict(due=["2029-08-08"], req=["the printer needs the files with 3 mm bleed"]),
    ),
]
