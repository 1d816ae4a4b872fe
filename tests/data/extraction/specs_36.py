"""The thirty-first labelled set (260-279), written on 2026-12-06 (fifteenth session) after all
of that session's rules, and scored once: the blind split ``blind16``, never tuned on.

An ordinary week, written as the week's mail comes, not to meet any rule: two small asks
under a draft, a two-word approval, a clinic's first brief in HTML, a Chinese client's
English, a CFO's cap forwarded, German, French and Spanish mail, an absence and a call, a
paid invoice, a go-ahead with a count, a verdict of taste with its ask, Australian slang, an
Indian budget in lakhs, a venue's rule beside a load-in day, a goal in money beside the
budget, answers inline under quoted questions, an Outlook schedule table with a cap, a
status question and a date moved with its old day named.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

RACHEL = Person("Rachel Kim", "rachel@kimgrocers.com", "America/Chicago")
MILO = Person("Milo Grant", "milo@grantbikes.com", "America/Denver")
DR_PATEL = Person("Anita Patel", "apatel@brightsmiles.com", "America/New_York")
WEI = Person("Wei Zhang", "wei.zhang@goldenleaf-tea.com", "Asia/Shanghai")
GWEN = Person("Gwen Hart", "gwen@hartmuseum.org", "America/New_York")
CFO = Person("Martin Hale", "mhale@hartmuseum.org", "America/New_York")
PETRA_L = Person("Petra Lang", "p.lang@lang-moebel.de", "Europe/Berlin")
CLAIRE_D = Person("Claire Dubois", "claire@dubois-cosmetiques.fr", "Europe/Paris")
LUCAS = Person("Lucas Romero", "lucas@romerocafe.es", "Europe/Madrid")
KATE = Person("Kate Olsen", "kate@olsenrealty.com", "America/Chicago")
IVAN = Person("Ivan Petrov", "ivan@petrovauto.com", "America/New_York")
NINA = Person("Nina Cruz", "nina@cruzflowers.com", "America/Los_Angeles")
HOLLY = Person("Holly Reed", "holly@reedstudio.com", "America/New_York")
BAZZA = Person("Barry Walsh", "barry@walshsurf.com.au", "Australia/Brisbane")
ARJUN = Person("Arjun Mehta", "arjun.mehta@mehtasweets.in", "Asia/Kolkata")
TESS = Person("Tess Byrne", "tess@byrneboats.com", "America/New_York")
OMAR = Person("Omar Haddad", "omar@haddadgrill.com", "America/Detroit")
LENA_P = Person("Lena Park", "lena@parkpilates.com", "America/Los_Angeles")
JOSH = Person("Josh Bell", "josh@bellhomes.com", "America/Chicago")
FRAN = Person("Fran Dale", "fran@daleoptics.com", "America/New_York")

ITEMS = [
    Mail(
        260, "grocer-two-small-things", RACHEL, SAM, "2027-02-08 09:15", "Re: spring mailer",
        """Hi Sam,

Thanks for the new mailer. Two small things: the coupon code is hard to spot, could it go in
a box? And please use "Spring Savings" as the headline instead of "Save Big".

We still need it at the printer by Feb 19.

Best,
Rachel""",
        style="gmail",
        quote=Quote(SAM, "2027-02-05 16:00", """Rachel, the spring mailer draft is attached.

Sam"""),
        labels=dict(due=["2027-02-19"],
                    cr=["coupon code is hard to spot", "use \"Spring Savings\" as the headline"]),
    ),
    Mail(
        261, "bikes-ship-it", MILO, SAM, "2027-02-08 10:02", "Re: final poster",
        """Looks good. Ship it.""",
        style="gmail",
        quote=Quote(SAM, "2027-02-08 09:30", """Milo, the final poster is attached for sign-off.

Sam"""),
        labels=dict(),
    ),
    Mail(
        262, "clinic-first-brief-html", DR_PATEL, SAM, "2027-02-08 11:00", "Summer campaign",
        "",
        style="html",
        html="""<html><body><div>
<p>Hi Sam,</p>
<p>We'd like to run a summer campaign for our three clinics.</p>
<p><b>Goals:</b> 150 new patient bookings in June and July.</p>
<p><b>Budget:</b> $22,000 including media.</p>
<p>All ads must show our state license number and can't promise results.</p>
<p>Launch date is June 1; we'd like to see concepts by April 2.</p>
<p>Thanks,<br>Dr. Anita Patel</p>
</div></body></html>
""",
        labels=dict(due=["2027-06-01", "2027-04-02"], budgets=[("22000", "USD")],
                    obj=["150 new patient bookings"],
                    req=["must show our state license number"]),
    ),
    Mail(
        263, "tea-chinese-english", WEI, SAM, "2027-02-08 20:30", "packaging",
        """Dear Sam,

About the packaging design, my boss think the red is too strong, please make it more soft.
Also the Chinese name need to be bigger than English name. We must send files to factory
before 26 February because they close for one week.

Best regards
Wei Zhang""",
        style="outlook",
        quote=Quote(SAM, "2027-02-05 10:00", """Wei, the packaging design v2 is attached.

Sam"""),
        labels=dict(due=["2027-02-25"],
                    cr=["make it more soft", "Chinese name need to be bigger"]),
    ),
    Forward(
        264, "museum-cfo-cap-forwarded", GWEN, SAM, "2027-02-08 13:40",
        "Sam, see below from our CFO.\n\nGwen",
        Mail(
            0, "museum-cfo", CFO, GWEN, "2027-02-08 12:10", "Annual report",
            """Team,

For the annual report we can spend up to $12,000 this year, not a penny more. It has to be
at the printer by March 15.

Martin""",
            style="outlook",
        ),
        labels=dict(due=["2027-03-15"], budgets=[("12000", "USD", "cap")]),
    ),
    Mail(
        265, "furniture-german-corrections", PETRA_L, LUCA, "2027-02-08 09:50", "Korrekturen",
        """Guten Tag Herr Bianchi,

anbei unsere Korrekturen: Bitte tauschen Sie das Foto auf Seite 2 aus und ändern Sie die
Telefonnummer. Die Broschüre muss spätestens am 26.02. beim Drucker sein.

Mit freundlichen Grüßen
Petra Lang""",
        style="outlook",
        quote=Quote(LUCA, "2027-02-05 15:00", """Frau Lang, anbei der zweite Entwurf der Broschüre.

Luca Bianchi"""),
        labels=dict(due=["2027-02-26"], cr=["tauschen Sie das Foto"], **EU),
    ),
    Mail(
        266, "cosmetics-french-brief", CLAIRE_D, SAM, "2027-02-08 10:20", "Campagne printemps",
        """Bonjour Sam,

Le budget pour la campagne de printemps est de 15 000 €. Nous souhaitons augmenter les
inscriptions à la newsletter de 20 %. Les visuels doivent toujours montrer nos produits en
situation.

Merci,
Claire""",
        style="gmail",
        labels=dict(budgets=[("15000", "EUR")],
                    obj=["augmenter les inscriptions à la newsletter de 20 %"],
                    req=["doivent toujours montrer nos produits en situation"], **EU),
    ),
    Mail(
        267, "cafe-spanish-remove-price", LUCAS, SAM, "2027-02-08 12:30", "Cartel",
        """Hola Sam:

¿Podrían quitar el precio del cartel? Lo necesitamos para el viernes 12.

Gracias,
Lucas""",
        style="gmail",
        quote=Quote(SAM, "2027-02-05 11:00", """Lucas, te paso el cartel en PDF.

Sam"""),
        labels=dict(due=["2027-02-12"], cr=["quitar el precio del cartel"], **EU),
    ),
    Mail(
        268, "realty-away-and-call", KATE, SAM, "2027-02-08 08:45", "Next weeks",
        """Hi Sam, I'm out Feb 15-19. Can we do a call on the 22nd to review the Q2 plan?

Thanks,
Kate""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        269, "auto-paid-and-past", IVAN, SAM, "2027-02-08 14:10", "Invoice 2231",
        """Hi Sam, we paid invoice 2231 ($3,400) on Friday. The spring ads that ran in January
did really well.

Ivan""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        270, "flowers-approved-print", NINA, SAM, "2027-02-08 15:00", "Re: Valentine's cards",
        """Approved! Please go ahead and print 2,000 copies.

Nina""",
        style="gmail",
        quote=Quote(SAM, "2027-02-08 11:00", """Nina, the final card is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        271, "studio-logo-feels-cold", HOLLY, SAM, "2027-02-08 16:20", "Re: logo round 2",
        """Hi Sam, honestly the new logo feels a bit cold. Could we see a warmer version before
Thursday?

Holly""",
        style="gmail",
        quote=Quote(SAM, "2027-02-05 17:00", """Holly, round 2 of the logo is attached.

Sam"""),
        labels=dict(due=["2027-02-10"], cr=["see a warmer version"]),
    ),
    Mail(
        272, "surf-aussie-shirts", BAZZA, SAM, "2027-02-09 07:30", "shirts",
        """G'day Sam, can we chuck the sponsor logos on the back of the shirts too? Event's on the
27th so need em by the 20th. Cheers, Bazza""",
        style="gmail",
        quote=Quote(SAM, "2027-02-08 15:00", """Barry, the shirt design is attached.

Sam"""),
        labels=dict(due=["2027-02-20"], cr=["chuck the sponsor logos on the back"]),
    ),
    Mail(
        273, "sweets-indian-lakhs", ARJUN, SAM, "2027-02-09 10:00", "Holi campaign",
        """Dear Sam,

Please note the revised budget is INR 4,50,000 for the Holi campaign. Kindly share the
creatives by 1st March positively.

Regards,
Arjun Mehta""",
        style="outlook",
        labels=dict(due=["2027-03-01"], budgets=[("450000", "INR")], day_first=True,
                    default_currency="INR"),
    ),
    Mail(
        274, "boats-venue-rule-load-in", TESS, SAM, "2027-02-09 11:15", "Boat show",
        """Hi Sam,

The venue requires all banners to be flame-retardant, and load-in is March 4 at 8am.

Tess""",
        style="gmail",
        labels=dict(due=["2027-03-04"], req=["banners to be flame-retardant"]),
    ),
    Mail(
        275, "pilates-goal-and-budget", LENA_P, SAM, "2027-02-09 12:00", "Spring push",
        """Our target is $80k in online sales from the spring push. The budget we agreed ($9,000)
stays the same.

Lena""",
        style="gmail",
        labels=dict(obj=["$80k in online sales"], budgets=[("9000", "USD")]),
    ),
    Mail(
        276, "grill-inline-answers", OMAR, SAM, "2027-02-09 13:30", "Re: menu flyer questions",
        """Hi Sam, answers below:

> Which photos should we use?
The ones from the March shoot.
> Do you want the map on the back?
Yes please, and add the parking info under it.
> Deadline?
Printer needs it Feb 24.

Thanks,
Omar""",
        style="plain",
        labels=dict(due=["2027-02-24"], cr=["add the parking info under it"]),
    ),
    Mail(
        277, "homes-schedule-table-cap", JOSH, SAM, "2027-02-09 14:00", "Open house schedule",
        "",
        style="html",
        html="""<html><body><div>
<p>Hi Sam, here's the schedule:</p>
<table border="1" cellpadding="4">
<tr><th>Item</th><th>Date</th></tr>
<tr><td>Draft copy</td><td>Feb 16</td></tr>
<tr><td>Final files</td><td>Feb 23</td></tr>
</table>
<p>Please keep the total under $6,000.</p>
<p>Josh</p>
</div></body></html>
""",
        labels=dict(due=["2027-02-16", "2027-02-23"], budgets=[("6000", "USD", "cap")]),
    ),
    Mail(
        278, "optics-status-question", FRAN, SAM, "2027-02-09 15:30", "Re: banners",
        """Hi Sam, any update on the banner proofs? Thanks!""",
        style="gmail",
        quote=Quote(SAM, "2027-02-04 10:00", """Fran, the banner proofs will follow next week.

Sam"""),
        labels=dict(),
    ),
    Mail(
        279, "grocer-newsletter-moved", RACHEL, SAM, "2027-02-09 16:00", "Newsletter",
        """Hi Sam, can we push the newsletter from Feb 16 to Feb 23? Our new product isn't ready
yet.

Rachel""",
        style="gmail",
        labels=dict(due=["2027-02-23"], replaced=["2027-02-16"],
                    cr=["push the newsletter from Feb 16 to Feb 23"]),
    ),
]
