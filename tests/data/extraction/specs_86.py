"""The eighty-first labelled set (1740-1759), written on 2026-12-07 (twenty-seventh session)
after tune60's rules and before any rule of its own: the split ``tune61``, scored blind first,
then tuned on.

Look-alikes, the blind splits' largest loss on rules and deadlines (their precision 0.85 and
0.93): days that are no deadline beside one that is (a holiday, a fiscal year's end, a promo
code's last day, staff training, a closure, a past launch, a call), "must", "have to" and
"should" that set no rule beside one that does ("you have to try the new taco place", "you
should have the files by now", "we should catch up"), goals and money that are not the
campaign's. Voices: a long Outlook mail, an HTML table, a phone, an Italian, a German, a French
and a Spanish client, a reply above a quoted timeline, a printer's notice forwarded. Dates run
in the week of 7 August 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

CLINIC = Person("Karen Doyle", "kdoyle@lakeviewhealth.org", "America/Chicago")
SHOP = Person("Nate Brooks", "nate@brooksoutfitters.com", "America/New_York")
CAFE = Person("Lily Chen", "lily@steepandco.com", "America/Los_Angeles")
FURNI = Person("Giulia Conti", "g.conti@contiarredamenti.it", "Europe/Rome")
TV = Person("Derek Hall", "dhall@hallmotors.com", "America/Chicago")
EVENTS = Person("Priti Shah", "priti@harborevents.com", "America/New_York")
TACOS = Person("Ana Ruiz", "ana@elsoltaqueria.com", "America/Denver")
WATCH = Person("Ben Carter", "ben@carterwatches.com", "America/New_York")
BEER = Person("Klaus Meyer", "k.meyer@meyer-getraenke.de", "Europe/Berlin")
RADIO = Person("Jess Moreno", "jess@morenofurniture.com", "America/Phoenix")
BOUTIQUE = Person("Claire Petit", "claire@boutique-petit.fr", "Europe/Paris")
FEST = Person("Marta Gil", "marta@festivalmar.es", "Europe/Madrid")
SNACK = Person("Owen Price", "owen@fuelbar.com", "America/Denver")
FAIR = Person("Rosa Lind", "rosa@lindexpo.com", "America/Chicago")
DENTAL = Person("Dr. Amy Ng", "amy@ngdental.com", "America/Los_Angeles")
SCHOOL = Person("Tom Keane", "tkeane@westbrookprep.org", "America/New_York")
PRINTER = Person("Print Shop", "jobs@quickprintco.com", "America/New_York")
HOA = Person("Gail Moss", "gail@willowcreekhoa.org", "America/Chicago")
SOCKS = Person("Mina Park", "mina@happyfeetsocks.com", "America/Los_Angeles")
FILM = Person("Raj Patel", "raj@patelhomes.com", "America/New_York")

ITEMS = [
    Mail(
        1740, "clinic-long-lookalikes", CLINIC, SAM, "2028-08-07 09:15", "Flu shot campaign",
        """Hi Sam,

Thanks for the call yesterday. A few things before I go on vacation: I'm out from August 14 until the 25th, Maria will cover for me.

The flu shot campaign posters need to be in all clinics by September 1. Please remember that we can't show any patient who could be identified, only staff or paid models.

Also, all our staff have to complete the new brand training by August 31, so you may get questions from them. Our fiscal year ends September 30, so any invoices should come in before then.

Thanks,
Karen""",
        style="outlook",
        labels=dict(due=["2028-09-01"],
                    req=["we can't show any patient who could be identified"]),
    ),
    Mail(
        1741, "shop-promo-code-send", SHOP, SAM, "2028-08-07 11:40", "Back to school email",
        """Sam, the back-to-school promo code SCHOOL20 is valid until August 31, and the sale itself starts August 18. Can you have the email ready to send on the 17th? The promo code must appear in the subject line.

Nate""",
        style="gmail",
        labels=dict(due=["2028-08-17"],
                    req=["The promo code must appear in the subject line"]),
    ),
    Mail(
        1742, "cafe-phone-call-only", CAFE, SAM, "2028-08-07 13:05", "Re: menu proofs",
        """Looks good. Can't do the call Tues, I'm at the dentist. Thurs works?

Sent from my iPhone""",
        style="plain",
        quote=Quote(SAM, "2028-08-07 10:00", """Lily, menu proofs attached. Can we talk them through on Tuesday at 2?

Sam"""),
        labels=dict(),
    ),
    Mail(
        1743, "furniture-italian-fair", FURNI, SAM, "2028-08-07 15:30", "New catalogue",
        """Dear Sam,

I write you for the new catalogue. We must absolutely have it printed for the fair in Milan, the fair is from 19 to 22 September. The catalogue must be printed in Italian and English both.

The previous printer was making many errors in the colours, please you pay attention to this.

Best regards,
Giulia Conti""",
        style="outlook",
        labels=dict(due=["2028-09-19"],
                    req=["The catalogue must be printed in Italian and English both"], **EU),
    ),
    Mail(
        1744, "tv-reply-captions", TV, SAM, "2028-08-08 08:20", "Re: Fall sales event spots - timeline",
        """Sam, we're good with the timeline. One thing: the spots have to be closed-captioned, the network won't air them otherwise.

Derek""",
        style="gmail",
        quote=Quote(SAM, "2028-08-07 17:00", """Derek, here is the timeline for the fall spots:

Scripts: August 11
Shoot: August 17
Rough cuts: August 24
Finals to stations: August 31

Sam"""),
        labels=dict(req=["the spots have to be closed-captioned"]),
    ),
    Mail(
        1745, "events-html-schedule", EVENTS, SAM, "2028-08-08 10:00", "Gala materials",
        "",
        style="html",
        html="""<html><body><p>Hi Sam,</p>
<p>Here is what we need for the gala:</p>
<table border="1"><tr><th>Item</th><th>Due</th></tr>
<tr><td>Banner set</td><td>Aug 18</td></tr>
<tr><td>Printed programs</td><td>Aug 25</td></tr></table>
<p>Our kick-off call is Wednesday Aug 9 at 10, and the gala itself is on September 9.</p>
<p>Priti</p></body></html>
""",
        labels=dict(due=["2028-08-18", "2028-08-25"]),
    ),
    Mail(
        1746, "tacos-have-to-try", TACOS, SAM, "2028-08-08 12:10", "Menu boards",
        """Sam, you have to try the new taco place on 5th, seriously. Anyway, about the menu boards: the prices must be easy to read from the counter, that's the whole point. Jorge says hi!

Ana""",
        style="gmail",
        labels=dict(req=["the prices must be easy to read from the counter"]),
    ),
    Mail(
        1747, "watch-never-mind", WATCH, SAM, "2028-08-08 14:45", "Re: Headline",
        """Never mind my last email, the CEO has approved the original headline. Please go ahead with version 1. The launch is still set for August 28.

Ben""",
        style="gmail",
        quote=Quote(SAM, "2028-08-08 09:00", """Ben, two headline versions are attached, let me know which one.

Sam"""),
        labels=dict(due=["2028-08-28"]),
    ),
    Mail(
        1748, "beer-german-english-past", BEER, SAM, "2028-08-08 16:00", "Oktoberfest posters",
        """Hello Sam,

last year we did the Oktoberfest campaign in September and it worked very good. This year the Oktoberfest in our shop runs from 23 September to 8 October. We would need the posters until 15 September.

On all posters the beer must be shown only with people over 25, this is the rule of the brewers association.

Greetings
Klaus Meyer""",
        style="outlook",
        labels=dict(due=["2028-09-15"],
                    req=["the beer must be shown only with people over 25"], **EU),
    ),
    Mail(
        1749, "radio-sms-jingle", RADIO, SAM, "2028-08-09 07:55", "radio",
        """hey sam quick q - when is the radio spot airing? my dad asked. also we dont want the jingle anymore, just the voiceover""",
        style="plain",
        labels=dict(cr=["we dont want the jingle anymore"]),
    ),
    Mail(
        1750, "boutique-french-closure", BOUTIQUE, SAM, "2028-08-09 09:30", "Rentrée",
        """Bonjour Sam,

Nous fermons la boutique du 7 au 20 août pour les vacances. Pouvez-vous nous envoyer les maquettes de la rentrée pour le 24 août ? Les visuels doivent respecter la charte graphique du groupe.

Merci et bon été,
Claire""",
        style="apple",
        labels=dict(due=["2028-08-24"],
                    req=["Les visuels doivent respecter la charte graphique du groupe"], **EU),
    ),
    Mail(
        1751, "festival-spanish-next", FEST, SAM, "2028-08-09 11:15", "Próxima campaña",
        """Hola Sam:

El evento fue un éxito, gracias. Para la próxima campaña necesitamos un presupuesto de unos 15.000 euros. El plazo de entrega es el 30 de septiembre. Todas las piezas tienen que llevar el logo del patrocinador.

Un abrazo,
Marta""",
        style="gmail",
        labels=dict(budgets=[("15000", "EUR")], due=["2028-09-30"],
                    req=["Todas las piezas tienen que llevar el logo del patrocinador"], **EU),
    ),
    Mail(
        1752, "snack-brief", SNACK, SAM, "2028-08-09 13:40", "Protein bar launch",
        """Hi Sam,

We're launching a new protein bar in October. The goal is to get it into 500 stores by the end of the year. Budget is 40-50k for the launch campaign. It must not look like a candy bar, it's a health product.

We'd like to see first concepts by August 25.

Owen""",
        style="gmail",
        labels=dict(obj=["get it into 500 stores"],
                    budgets=[("50000", "USD", "range", "40000")],
                    req=["It must not look like a candy bar"],
                    due=["2028-08-25"]),
    ),
    Mail(
        1753, "fair-invoice-paid", FAIR, SAM, "2028-08-09 15:00", "Booth graphic",
        """Sam, I paid invoice 2231 on August 3. Separately, on the booth back wall the phone number is missing, please add it under the logo.

Rosa""",
        style="outlook",
        labels=dict(cr=["the phone number is missing"]),
    ),
    Mail(
        1754, "dental-shoulds", DENTAL, SAM, "2028-08-10 08:30", "Re: Whitening postcard",
        """Hi Sam, you should have the new photos by now, I sent them Friday. We should catch up next week about the fall. The headline should be in our teal, not the navy.

Amy""",
        style="gmail",
        quote=Quote(SAM, "2028-08-09 16:00", """Amy, the whitening postcard draft is attached.

Sam"""),
        labels=dict(cr=["The headline should be in our teal, not the navy"]),
    ),
    Mail(
        1755, "school-past-open-house", SCHOOL, SAM, "2028-08-10 10:20", "Fall open house",
        """Hi Sam,

The spring open house was on April 8 and the gym was packed. We're doing a fall one on October 14, and we'll need the invitations mailed by September 22.

Tom""",
        style="gmail",
        labels=dict(due=["2028-09-22"]),
    ),
    Forward(
        1756, "printer-notice-fw", SOCKS, SAM, "2028-08-10 12:00",
        "Sam, FYI from our printer. So we need the final files for the holiday packaging by Aug 16.\n\nMina",
        Mail(
            0, "printer-notice-orig", PRINTER, SOCKS, "2028-08-09 17:00", "Plant maintenance",
            """Dear customer,

Our plant will be closed August 21-25 for maintenance. Jobs received after August 16 will print after August 28.

Quick Print Co.""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2028-08-16"]),
    ),
    Mail(
        1757, "hoa-third-party", HOA, SAM, "2028-08-10 14:30", "Re: Pool party flyer",
        """Sam - the HOA board says nothing can be posted on the mailboxes or the light poles. Door hangers are fine.

Gail""",
        style="gmail",
        quote=Quote(SAM, "2028-08-10 09:00", """Gail, here is the pool party flyer. Where will it be posted?

Sam"""),
        labels=dict(req=["nothing can be posted on the mailboxes or the light poles"]),
    ),
    Mail(
        1758, "socks-goal-lookalikes", SOCKS, SAM, "2028-08-10 16:10", "Newsletter campaign",
        """Hi Sam,

My goal for today is to finish the board deck, so this is quick. Sales were up 12% last quarter, the new colors did well. For the fall campaign we want to double newsletter sign-ups.

Mina""",
        style="apple",
        labels=dict(obj=["double newsletter sign-ups"]),
    ),
    Mail(
        1759, "homes-money-lookalikes", FILM, SAM, "2028-08-11 09:00", "Brand video",
        """Sam,

Our competitor spent $2M on their Super Bowl spot, crazy. We're not in that league: our budget for the brand video is $35,000 all in. The actor's day rate is $1,200, which seems fair.

Raj""",
        style="gmail",
        labels=dict(budgets=[("35000", "USD")],
                    non_budget=[("2000000", "USD", "competitor"), ("1200", "USD", "fee")]),
    ),
]
