"""The eighth labelled set (800-819), written on 2026-12-05 (ninth session) after all of that
session's voice grids (g37-g74) and before scoring: a last measure of them on mail nobody
tuned on.

All 20 mails are the blind split ``blind8``: no rule is tuned on them. Voices: an
architect's brief, a salon owner on her phone, a French winery, a German logistics firm
writing English, a charity's HTML table, a car dealer's Outlook forward of his manager's
rule, a restaurant's reply over a quote, a gym's meetings and leave, a software firm's goals
as a list, a Spanish hotel's reply, a dentist's conditional approval, a bank's legal lines,
an Australian baker, a school's long mail, a client forwarding the agency's own schedule
back, a pharmacy's inline answers, a British fashion brand's tweaks, a coffee roaster's
money past and present, an estate agent's dates that are no deadlines, an Indian hospital.
Same author as the grids: a friendlier measure than the older blind splits.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

ROSA = Person("Rosa Diaz", "rosa@diazarchitects.com", "America/Chicago")
KELLY = Person("Kelly Nguyen", "kelly@shearjoy.com", "America/Los_Angeles")
ELODIE = Person("Élodie Roux", "elodie@domaine-roux.fr", "Europe/Paris")
MATTHIAS = Person("Matthias Klein", "m.klein@klein-logistik.de", "Europe/Berlin")
JOAN = Person("Joan Harper", "joan@hopeharbor.org", "America/New_York")
TINA = Person("Tina Marsh", "tina@marshauto.com", "America/Chicago")
GARY = Person("Gary Marsh", "gary@marshauto.com", "America/Chicago")
MARCO = Person("Marco Bellini", "marco@trattoriabellini.com", "America/New_York")
SHAWN = Person("Shawn Price", "shawn@corefitstudio.com", "America/Denver")
PRIYA_S = Person("Priya Shah", "priya@cloudnote.io", "America/Los_Angeles")
LUCIA = Person("Lucía Gómez", "lucia@hotelesmar.es", "Europe/Madrid")
RAJ = Person("Dr. Raj Patel", "raj@patelsmiles.com", "America/New_York")
HANNAH = Person("Hannah Lowe", "hlowe@firstriverbank.com", "America/New_York")
MICK = Person("Mick O'Brien", "mick@obriensbakery.com.au", "Australia/Sydney")
GRETA = Person("Greta Olsen", "golsen@northfieldacademy.org", "America/Chicago")
OMAR = Person("Omar Haddad", "omar@haddadhomes.com", "America/New_York")
NINA_P = Person("Nina Park", "nina@parkpharmacy.com", "America/New_York")
SOPHIE = Person("Sophie Turner", "sophie@tidewear.co.uk", "Europe/London")
DEV = Person("Dev Kapoor", "dev@roastery42.com", "America/Los_Angeles")
LENA = Person("Lena Brooks", "lena@brookshomes.com", "America/New_York")
ANAND = Person("Anand Iyer", "anand.iyer@lotushospitals.in", "Asia/Kolkata")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        800, "architect-brief", ROSA, SAM, "2026-12-08 10:15", "Website refresh",
        """Hi Sam,

Thanks for the call. Here's what we discussed for the website refresh.

Last year the old site brought in about 40 inquiries and cost us $12k to build. This time
our aim is to win three new commercial clients through the site. We have $25,000 for the
whole project. All project photos need to be credited to the photographer. We'd like the
new site live by February 15.

Best,
Rosa""",
        labels=dict(due=["2027-02-15"], budgets=[("25000", "USD")],
                    req=["credited to the photographer"],
                    obj=["win three new commercial clients"]),
    ),
    Mail(
        801, "salon-phone", KELLY, SAM, "2026-12-08 19:05", "Re: holiday post",
        f"""can u make the instagram post brighter and add our new address. need by thurs

{IPHONE}""",
        style="plain",
        labels=dict(due=["2026-12-10"], cr=["make the instagram post brighter"]),
    ),
    Mail(
        802, "winery-french", ELODIE, LUCA, "2026-12-07 09:40", "Re: Brochure",
        """Bonjour Luca,

Pourriez-vous remplacer la photo de la bouteille ? La brochure doit être imprimée avant le
20 décembre. Budget : 4 500 €.

Merci,
Élodie""",
        labels=dict(due=["2026-12-19"], budgets=[("4500", "EUR")],
                    cr=["remplacer la photo"], **EU),
    ),
    Mail(
        803, "logistics-german-english", MATTHIAS, LUCA, "2026-12-09 08:20", "Trade fair",
        """Dear Luca,

we need the trade fair banners until 11.01.2027. Please note the banners must be 2 x 1 m.

Best regards
Matthias Klein""",
        style="outlook",
        labels=dict(due=["2027-01-11"], req=["must be 2 x 1 m"], **EU),
    ),
    Mail(
        804, "charity-html-table", JOAN, SAM, "2026-12-09 14:00", "Winter appeal",
        "",
        style="html",
        html="""<html><body><p>Hi Sam,</p>
<p>Here is the winter appeal schedule:</p>
<table border="1"><tr><th>Item</th><th>Date</th></tr>
<tr><td>Appeal letter</td><td>Jan 12</td></tr>
<tr><td>Thank-you cards</td><td>Jan 20</td></tr></table>
<p>We're hoping to raise $80,000 this winter.</p>
<p>Joan</p></body></html>
""",
        labels=dict(due=["2027-01-12", "2027-01-20"], obj=["raise $80,000"]),
    ),
    Forward(
        805, "dealer-outlook-fw-rule", TINA, SAM, "2026-12-10 11:30",
        "Sam, see below from Gary.\n\nTina",
        Mail(
            0, "dealer-fw-orig", GARY, TINA, "2026-12-10 09:10", "Year-end sale",
            """Tina,

Tell the agency the sale ends Jan 3, and all ads must show the end date.

Gary""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(req=["all ads must show the end date"]),
    ),
    Mail(
        806, "restaurant-reply-quote", MARCO, SAM, "2026-12-09 16:45", "Re: winter menu ad",
        """Love it! Only change: can the dessert photo be bigger?

Marco""",
        quote=Quote(SAM, "2026-12-09 11:00", """Hi Marco,

Here's the winter menu ad. It runs from Dec 18 and the budget is $2,400 as agreed. All
prices must include tax.

Sam"""),
        labels=dict(cr=["dessert photo be bigger"]),
    ),
    Mail(
        807, "gym-meetings-leave", SHAWN, SAM, "2026-12-10 07:30", "Catch up",
        """Sam, can we catch up Monday at 9? I'm on leave from the 18th, back Jan 5.

Shawn""",
        labels=dict(),
    ),
    Mail(
        808, "software-goals-list", PRIYA_S, SAM, "2026-12-08 12:00", "Q1 campaign",
        """Hi Sam,

Goals for Q1:
- 3,000 trial sign-ups
- CPA under $40

Launch is January 19.

Priya""",
        labels=dict(due=["2027-01-19"], obj=["3,000 trial sign-ups", "CPA under $40"]),
    ),
    Mail(
        809, "hotel-spanish-reply", LUCIA, LUCA, "2026-12-09 10:30", "Re: Folleto verano",
        """Hola Luca,

Por favor, añadan el logo de la cadena en la portada. Necesitamos el folleto para el 8 de
enero. El presupuesto es de 3.000 euros.

Saludos,
Lucía""",
        labels=dict(due=["2027-01-08"], budgets=[("3000", "EUR")],
                    cr=["añadan el logo"], **EU),
    ),
    Mail(
        810, "dentist-conditional", RAJ, SAM, "2026-12-10 13:10", "Re: mailer proof",
        """Approved, as long as the phone number is corrected.

Raj""",
        labels=dict(cr=["phone number is corrected"]),
    ),
    Mail(
        811, "bank-legal-lines", HANNAH, SAM, "2026-12-09 09:00", "Holiday savings campaign",
        """Sam, reminder that every ad needs Member FDIC, and rates must show the APR. The
campaign goes live Jan 11.

Hannah""",
        style="outlook",
        labels=dict(due=["2027-01-11"], req=["every ad needs Member FDIC"]),
    ),
    Mail(
        812, "bakery-australian", MICK, SAM, "2026-12-08 09:00", "Christmas flyer",
        """G'day Sam,

Could you chuck the Christmas hours on the flyer? Need it by Friday arvo if poss.

Cheers,
Mick""",
        labels=dict(due=["2026-12-11"], cr=["chuck the Christmas hours"]),
    ),
    Mail(
        813, "school-long-mail", GRETA, SAM, "2026-12-07 15:00", "Admissions campaign",
        """Hi Sam,

Last year's admissions campaign went well: applications were up 8%.

This year we want to increase applications by 15%. Our budget is $9,000 (up from $7,500
last year).

The open day is January 23, so the ads must run from January 4.

Thanks,
Greta""",
        labels=dict(due=["2027-01-04"], budgets=[("9000", "USD")],
                    obj=["increase applications by 15%"]),
    ),
    Forward(
        814, "homes-agency-schedule-back", OMAR, SAM, "2026-12-09 17:20",
        "Can we move the photo shoot to Jan 6 as discussed?\n\nOmar",
        Mail(
            0, "homes-agency-schedule-orig", SAM, OMAR, "2026-12-08 10:00", "Schedule",
            """Hi Omar,

Here's the schedule: photo shoot Dec 15, first layouts Dec 21, print Jan 8. The budget
is $14,000.

Sam""",
        ),
        labels=dict(due=["2027-01-06"], cr=["move the photo shoot"]),
    ),
    Mail(
        815, "pharmacy-inline-answers", NINA_P, SAM, "2026-12-08 11:00", "Re: flu season",
        """> When do you need the flyers?
By Dec 18 please.
> Any budget?
About $1,500.

Nina""",
        style="plain",
        labels=dict(due=["2026-12-18"], budgets=[("1500", "USD")]),
    ),
    Mail(
        816, "fashion-british-tweaks", SOPHIE, LUCA, "2026-12-10 12:30", "RE: Lookbook",
        """Hi Luca,

Lovely work. A couple of tweaks: the model shot on page 3 is a bit dark, and could we
lose the strapline on the cover?

Ta,
Sophie""",
        style="outlook",
        labels=dict(cr=["model shot on page 3 is a bit dark"], **UK),
    ),
    Mail(
        817, "coffee-money-past-present", DEV, SAM, "2026-12-09 15:30", "Spring budget",
        """Hi Sam,

Our competitor spent $200k on billboards. Last spring we spent $30k. This time we have
$45k.

Dev""",
        labels=dict(budgets=[("45000", "USD")]),
    ),
    Mail(
        818, "realestate-not-deadlines", LENA, SAM, "2026-12-08 16:00", "Holidays",
        """Hi Sam,

Our office party is Dec 17 and we're closed Dec 24 to Jan 2. Prices valid until Jan 31.

Lena""",
        labels=dict(),
    ),
    Mail(
        819, "hospital-indian-english", ANAND, SAM, "2026-12-09 11:45", "Revised tagline",
        """Dear Sam,

Kindly incorporate the revised tagline in all creatives and share the final files by 15th
December. Budget is INR 12 lakh.

Regards,
Anand Iyer""",
        style="outlook",
        labels=dict(due=["2026-12-15"], budgets=[("1200000", "INR")],
                    cr=["incorporate the revised tagline"], day_first=True,
                    default_currency="INR"),
    ),
]
