"""The hundred-and-twenty-eighth labelled set (2700-2719), written on 2026-12-08 (thirty-fifth
session) after tune102's rules, before any rule of its own: the split ``tune103``, scored
blind first, then tuned on.

Autumn work in mixed voices: a phone's go-ahead with a day, a bakery's numbered list of
fixes with a fair and a goal, an HTML-only Outlook schedule table, an Italian's English with
a European amount, Spanish, German and French briefs, an inline reply that agrees to a call
and strikes a word, a board meeting beside the deck's day, a budget one can stretch to, a
competitor's spend beside a range, a landlord's rule and a day counted back in business days,
an FYI with a fair's day and a booth's price, a Brazilian's English with "until", a phone's
"pls", a go-ahead to print, a deliverable beside a price put right, a colleague's forward of
the boss's rules, a printer's day moved, and a P.S. holding the only ask. Dates run in the
week of 9 September 2030 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

PHONE = Person("Dave Burke", "dave@burkeflooring.com", "America/Chicago")
BAKERY = Person("Maria Santos", "maria@santosbakery.com", "America/New_York")
DENTAL = Person("Karen Holt", "kholt@holtdentalgroup.com", "America/New_York")
MILAN = Person("Giulia Ferri", "g.ferri@ferriarredamenti.it", "Europe/Rome")
MADRID = Person("Lucía Romero", "lucia@romeromoda.es", "Europe/Madrid")
HAMBURG = Person("Jonas Weber", "jonas.weber@weber-reisen.de", "Europe/Berlin")
LYON = Person("Claire Dubois", "claire@dubois-optique.fr", "Europe/Paris")
INLINE = Person("Tom Greer", "tom@greerhardware.com", "America/New_York")
BOARD = Person("Nina Patel", "npatel@riversidefoodbank.org", "America/New_York")
TOURS = Person("Erik Lund", "erik@lundlaketours.com", "America/Chicago")
RANGE = Person("Paul Dunn", "paul@dunnmotors.com", "America/Chicago")
MALL = Person("Sophie Grant", "sophie@grantcandles.com", "America/New_York")
FYI = Person("Bill Hayes", "bill@hayesorchard.com", "America/New_York")
SAOPAULO = Person("Rafael Costa", "rafael@costacafes.com.br", "America/Sao_Paulo")
TERSE = Person("Jen Ko", "jen@kofitness.com", "America/Los_Angeles")
PROCEED = Person("Alan Reese", "alan@reeseinsurance.com", "America/New_York")
DINER = Person("Gus Pappas", "gus@pappasdiner.com", "America/Chicago")
ASSISTANT = Person("Ann Lowe", "ann.lowe@stcatherines.edu", "America/New_York")
HEAD = Person("Peter Marsh", "pmarsh@stcatherines.edu", "America/New_York")
PRINTDAY = Person("Olivia Chen", "olivia@chenteahouse.com", "America/Los_Angeles")
PS = Person("Rob Keller", "rob@kellerbrewing.com", "America/Denver")


def _quote(text: str, when: str = "2030-09-06 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2700, "flooring-phone-go-ahead-with-day", PHONE, SAM, "2030-09-09 07:52", "Re: Fall mailer",
        """Yes go ahead. Need it by fri tho

Sent from my iPhone""",
        style="plain",
        quote=_quote("Dave, the fall mailer is ready to go to print. OK to proceed?"),
        labels=dict(due=["2030-09-13"]),
    ),
    Mail(
        2701, "bakery-numbered-fixes-fair-goal", BAKERY, SAM, "2030-09-09 09:30", "Re: Fair flyers",
        """Hi Sam,

Thanks for the drafts. A few things:

1. The croissant photo looks too dark, can you brighten it?
2. Please swap "artisan" for "handmade" everywhere - our customers don't like "artisan".
3. Phone number is wrong, it's 555-0142 not 555-0124.

The flyers need to be at the print shop by September 18 because the fair is on the 21st. Budget stays at $1,200.

We want to get at least 300 people to sign up for the loyalty card at the fair.

Thanks!
Maria""",
        style="gmail",
        quote=_quote("Maria, the fair flyer drafts are attached."),
        labels=dict(due=["2030-09-18"], budgets=[("1200", "USD")],
                    cr=["The croissant photo looks too dark, can you brighten it?",
                        "Please swap \"artisan\" for \"handmade\" everywhere",
                        "Phone number is wrong, it's 555-0142 not 555-0124"],
                    obj=["We want to get at least 300 people to sign up for the loyalty card"]),
    ),
    Mail(
        2702, "dental-html-outlook-schedule-table", DENTAL, SAM, "2030-09-09 10:15", "Fall schedule",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please see the fall schedule below. Let me know if anything is unrealistic.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Deliverable</b></p></td><td><p class="MsoNormal"><b>Due</b></p></td><td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Postcard (new patients)</p></td><td><p class="MsoNormal">Sept 20</p></td><td><p class="MsoNormal">$2,500</p></td></tr>
<tr><td><p class="MsoNormal">Radio spot</p></td><td><p class="MsoNormal">Oct 1</p></td><td><p class="MsoNormal">$6,000</p></td></tr>
<tr><td><p class="MsoNormal">Web banner</p></td><td><p class="MsoNormal">Sept 27</p></td><td><p class="MsoNormal">$800</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Karen Holt<br>Practice Manager | Holt Dental Group</p>
</div></body></html>""",
        labels=dict(due=["2030-09-20", "2030-10-01", "2030-09-27"],
                    budgets=[("2500", "USD"), ("6000", "USD"), ("800", "USD")]),
    ),
    Mail(
        2703, "furniture-italian-english-euro-cap", MILAN, SAM, "2030-09-09 11:05", "catalogue autumn",
        """Dear Sam,

we need that the catalogue is printed for the 25/09 because the fair in Verona start the 27.

Please can you change the cover photo with the one of the red chair? The budget is maximum 8.000 euro.

Best regards
Giulia Ferri""",
        style="outlook",
        labels=dict(due=["2030-09-25"], budgets=[("8000", "EUR", "cap")],
                    cr=["Please can you change the cover photo with the one of the red chair"],
                    **EU),
    ),
    Mail(
        2704, "fashion-spanish-brief", MADRID, SAM, "2030-09-09 12:40", "Campaña otoño",
        """Hola Sam:

Necesitamos la campaña de otoño lista antes del 20 de septiembre. El presupuesto total es de 15.000 €.

Por favor, cambiad el titular: "Vuelta al cole" en vez de "De vuelta".

El objetivo es aumentar las ventas online un 20 %.

Un saludo,
Lucía Romero""",
        style="gmail",
        quote=_quote("Lucía, te envío la primera propuesta de la campaña de otoño."),
        labels=dict(due=["2030-09-19"], budgets=[("15000", "EUR")],
                    cr=["cambiad el titular"],
                    obj=["El objetivo es aumentar las ventas online un 20 %"],
                    **EU),
    ),
    Mail(
        2705, "travel-german-brochure", HAMBURG, SAM, "2030-09-09 14:20", "AW: Broschüre Winterreisen",
        """Hallo Sam,

die Broschüre muss bis spätestens 30.09. beim Drucker sein.

Bitte das Logo etwas größer machen und die Telefonnummer aktualisieren. Unser Budget liegt bei 4.500 Euro.

Viele Grüße
Jonas Weber""",
        style="outlook",
        quote=_quote("Hallo Jonas, anbei der erste Entwurf der Broschüre."),
        labels=dict(due=["2030-09-30"], budgets=[("4500", "EUR")],
                    cr=["Bitte das Logo etwas größer machen und die Telefonnummer aktualisieren"],
                    **EU),
    ),
    Mail(
        2706, "optician-french-leaflet", LYON, SAM, "2030-09-10 09:10", "RE: Dépliant rentrée",
        """Bonjour Sam,

Le dépliant doit être prêt pour le 4 octobre. Pourriez-vous remplacer la photo de l'équipe par la nouvelle ? Le budget reste de 3 000 €.

Merci,
Claire Dubois""",
        style="outlook",
        quote=_quote("Bonjour Claire, voici le projet de dépliant."),
        labels=dict(due=["2030-10-04"], budgets=[("3000", "EUR")],
                    cr=["Pourriez-vous remplacer la photo de l'équipe par la nouvelle"],
                    **EU),
    ),
    Mail(
        2707, "hardware-inline-call-and-word", INLINE, SAM, "2030-09-10 10:02", "Re: Fall sale ad",
        """Thursday works for the call. And yes, the 15% discount is fine, but please take the word "cheap" out of the headline.

Tom""",
        style="gmail",
        quote=_quote("Tom, can we have a call Thursday at 2? Also, OK to offer 15% off in the fall sale ad?"),
        labels=dict(cr=["please take the word \"cheap\" out of the headline"]),
    ),
    Mail(
        2708, "foodbank-board-and-deck", BOARD, SAM, "2030-09-10 11:30", "Re: Winter appeal plan",
        """Hi Sam,

Invoice #4471 dated Sept 2 is paid. Our board meets on Sept 24 and I'll present the plan then, so can you send me the deck by Monday the 23rd?

Nina""",
        style="gmail",
        quote=_quote("Nina, the winter appeal plan is coming together. When do you need the deck?"),
        labels=dict(due=["2030-09-23"]),
    ),
    Mail(
        2709, "laketours-stretch-and-rule", TOURS, SAM, "2030-09-10 13:15", "Re: Fall video quote",
        """Sam,

We can stretch to $6,500 if the video includes the drone shots. The video has to be under 60 seconds for Instagram.

We want more people booking the lake tours this fall.

Erik""",
        style="gmail",
        quote=_quote("Erik, our quote for the fall video is $7,200 with drone footage."),
        labels=dict(budgets=[("6500", "USD")],
                    req=["The video has to be under 60 seconds for Instagram"],
                    obj=["We want more people booking the lake tours this fall"]),
    ),
    Mail(
        2710, "motors-competitor-and-range", RANGE, SAM, "2030-09-10 15:45", "TV this fall",
        """Sam, Lakeside Motors spent about $40,000 on TV last fall. We're not there: our budget is 12-15k for the whole season. Spots need to air from October 7.

Paul Dunn
Dunn Motors""",
        style="outlook",
        labels=dict(due=["2030-10-07"], budgets=[("15000", "USD", "range", "12000")],
                    non_budget=[("40000", "USD")]),
    ),
    Mail(
        2711, "candles-landlord-rule-business-days", MALL, SAM, "2030-09-11 09:00", "Window graphics",
        """Hi Sam,

The mall management requires all window graphics to be printed on removable vinyl. They need the final artwork 10 business days before the install, which is October 14.

Sophie""",
        style="gmail",
        # Put right after the blind score: the install on October 14 was left out, but the
        # set reads "before the launch on April 5" as naming a deadline of its own too.
        labels=dict(due=["2030-09-30", "2030-10-14"],
                    req=["The mall management requires all window graphics to be printed on removable vinyl"]),
    ),
    Mail(
        2712, "orchard-fyi-fair-booth", FYI, SAM, "2030-09-11 09:40", "FYI chamber newsletter",
        """Sam, FYI - the chamber's newsletter says the Fall Fest is October 5 this year and vendor booths are $250. No action needed, just so you know.

Bill""",
        style="apple",
        labels=dict(non_budget=[("250", "USD")]),
    ),
    Mail(
        2713, "cafes-brazilian-english-until", SAOPAULO, SAM, "2030-09-11 10:30", "Social media plan",
        """Hi Sam,

our target with this campaign is to reach 10 thousand new followers until December. Is important that all posts are in Portuguese and English both.

Please deliver the first 10 posts until September 20.

Thanks
Rafael""",
        style="gmail",
        labels=dict(due=["2030-09-20"],
                    obj=["our target with this campaign is to reach 10 thousand new followers"],
                    req=["Is important that all posts are in Portuguese and English both"]),
    ),
    Mail(
        2714, "fitness-phone-pls", TERSE, SAM, "2030-09-11 11:12", "Re: Class schedule graphic",
        """logo smaller pls. rest ok

Sent from my iPhone""",
        style="plain",
        quote=_quote("Jen, here's the class schedule graphic for October."),
        labels=dict(cr=["logo smaller pls"]),
    ),
    Mail(
        2715, "insurance-proceed-print", PROCEED, SAM, "2030-09-11 12:00", "RE: Brochure final",
        """Looks great. Please proceed with printing 2,000 copies. Invoice us at the usual address.

Alan Reese
Reese Insurance Group""",
        style="outlook",
        quote=_quote("Alan, the final brochure is attached. Shall we print?"),
        labels=dict(),
    ),
    Mail(
        2716, "diner-template-and-price", DINER, SAM, "2030-09-11 13:30", "Menu",
        """Sam,

Can you have the updated menu template ready by the 16th? Also the price of the lunch special is now $12.95, please change it on the menu.

Gus""",
        style="gmail",
        labels=dict(due=["2030-09-16"], non_budget=[("12.95", "USD")],
                    cr=["the price of the lunch special is now $12.95, please change it on the menu"]),
    ),
    Forward(
        2717, "school-colleague-forwards-head", ASSISTANT, SAM, "2030-09-11 14:10",
        "Sam, see below from Peter.\n\nThanks,\nAnn",
        Mail(
            0, "school-head", HEAD, ASSISTANT, "2030-09-11 08:45", "Gala invitations",
            """Ann,

Please tell the agency the gala invitations must go out no later than September 27. And we cannot use the old crest anymore, only the new logo.

Peter Marsh
Head of School""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2030-09-27"],
                    req=["we cannot use the old crest anymore, only the new logo"]),
    ),
    Mail(
        2718, "teahouse-printer-moved-day", PRINTDAY, SAM, "2030-09-11 15:00", "Re: Proof dates",
        """Sam - the printer moved us: proofs now due the 19th instead of the 17th.

Olivia""",
        style="apple",
        quote=_quote("Olivia, reminder: proofs are due Sept 17."),
        labels=dict(due=["2030-09-19"], replaced=["2030-09-17"],
                    cr=["proofs now due the 19th instead of the 17th"]),
    ),
    Mail(
        2719, "brewing-ps-only-ask", PS, SAM, "2030-09-11 16:20", "RE: Oktoberfest ads",
        """Thanks Sam, all received. Talk soon.

Rob

P.S. Could you add our new Denver address to the footer of all three ads?""",
        style="outlook",
        quote=_quote("Rob, the three Oktoberfest ads are attached."),
        labels=dict(cr=["Could you add our new Denver address to the footer of all three ads"]),
    ),
]
