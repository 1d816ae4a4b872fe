"""The thirty-eighth labelled set (380-399), written on 2026-12-06 (eighteenth session)
midway, after tune27-tune30's fixes: the blind split ``blind19``, scored for the session's
starting code and its end, never tuned on.

A week of mail (19-23 April 2027): a hotel's Outlook reply with a numbered list, a phone
reply under a quoted proof, a school district's first brief with a board date, a Portuguese
client writing in English, a German client's ad in German, a Spanish client's reply in
Spanish, an AE forwarding a client's voicemail transcript, a vet's approval with one ask, a
theatre's HTML season table, a gym's budget in a question, a dentist's two dates, a
brewery's "let's push", a realtor's rule passed on from the MLS, a bakery's objectives, a
florist in lower case, a lawyer's long mail with several asks, a museum's forward of a
donor's condition, a café's status question, a charity's budget range, and a winery's
correction of a price.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

ROSS = Person("Ross Kim", "rkim@harborviewhotel.com", "America/Los_Angeles")
TESS = Person("Tess Lane", "tess@laneyoga.com", "America/Denver")
DR_OKAFOR = Person("Ada Okafor", "aokafor@riverdalesd.org", "America/Chicago")
JOAO = Person("João Pereira", "joao@pereiracork.pt", "Europe/Lisbon")
HEIKE = Person("Heike Schulz", "h.schulz@schulz-moebel.de", "Europe/Berlin")
CARMEN = Person("Carmen Vidal", "carmen@vidalhoteles.es", "Europe/Madrid")
BRETT = Person("Brett Ames", "brett@amesplumbing.com", "America/Chicago")
VIC = Person("Vic Olsen", "vic@olsenvet.com", "America/New_York")
LORNA = Person("Lorna Bell", "lbell@bellhousetheatre.org", "America/New_York")
MACK = Person("Mack Reyes", "mack@reyesgym.com", "America/Los_Angeles")
DR_SHAH = Person("Nina Shah", "nshah@shahdental.com", "America/New_York")
HUGO = Person("Hugo Lang", "hugo@langbrewing.com", "America/Denver")
TARA = Person("Tara Quinn", "tara@quinnrealty.com", "America/Chicago")
ELLA = Person("Ella Moss", "ella@mossbakehouse.com", "America/New_York")
FERN = Person("Fern Wu", "fern@wuflorals.com", "America/Los_Angeles")
GRANT = Person("Grant Hill", "ghill@hillpartnerslaw.com", "America/New_York")
MIRA = Person("Mira Dale", "mdale@cityartmuseum.org", "America/Chicago")
DONOR = Person("Robert Vance", "rvance@vancefamilyfund.org", "America/Chicago")
ZACH = Person("Zach Ross", "zach@rosscoffee.com", "America/Los_Angeles")
LEAH = Person("Leah Stone", "lstone@hopekitchen.org", "America/New_York")
PAOLO = Person("Paolo Serra", "paolo@serravini.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        380, "hotel-outlook-numbered", ROSS, SAM, "2027-04-19 09:10", "RE: Summer package ad",
        """Hi Sam,

Thanks for the first round. Our notes:

1. The rate in the headline should be $189, not $199.
2. Please use the pool photo instead of the lobby.
3. Can the "Book now" button link to the summer page?

The ad starts running on May 3, so we need the finals by April 28.

Best,
Ross""",
        style="outlook",
        signature="Ross Kim\nDirector of Sales & Marketing | Harborview Hotel",
        quote=Quote(SAM, "2027-04-16 15:00", """Ross, round one of the summer package ad is
attached.

Sam"""),
        labels=dict(due=["2027-04-28", "2027-05-03"],
                    cr=["should be $189, not $199", "use the pool photo instead of the lobby",
                        "Book now\" button link to the summer page"],
                    non_budget=[("189", "USD", "price"), ("199", "USD", "price")]),
    ),
    Mail(
        381, "yoga-phone-under-proof", TESS, SAM, "2027-04-19 10:05", "Re: class schedule card",
        """love it!! only thing - the sat class is 9am not 9:30

Sent from my iPhone""",
        style="gmail",
        quote=Quote(SAM, "2027-04-16 12:00", """Tess, the new class schedule card is attached.

Sam"""),
        labels=dict(cr=["the sat class is 9am not 9:30"]),
    ),
    Mail(
        382, "schools-first-brief", DR_OKAFOR, SAM, "2027-04-19 11:20",
        "Enrollment campaign",
        """Dear Sam,

Riverdale School District would like your help with our fall enrollment campaign. Our
goal is to enroll 250 new kindergarten students for the fall term.

Everything we publish must be available in English and Spanish, and all photos of
students need a signed consent form from a parent. The budget approved by the board is
$40,000.

The board meets on May 12 to review the concepts, so we would need them by May 5.

Sincerely,
Dr. Ada Okafor
Communications Director""",
        style="gmail",
        labels=dict(due=["2027-05-05"], budgets=[("40000", "USD")],
                    obj=["enroll 250 new kindergarten students"],
                    req=["must be available in English and Spanish",
                         "need a signed consent form"]),
    ),
    Mail(
        383, "cork-portuguese-english", JOAO, LUCA, "2027-04-19 13:00", "Re: Trade fair stand",
        """Hello Luca,

The stand design is very nice. We ask only to put the logo more to the left, because the
door of the stand is on the right side. The fair is 18 to 20 May, and the graphics must
arrive to Milan until 12 May.

Best regards,
João""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-16 09:00", """João, the trade fair stand design is attached.

Luca"""),
        labels=dict(due=["2027-05-12"], cr=["put the logo more to the left"], **EU),
    ),
    Mail(
        384, "moebel-german-reply", HEIKE, LUCA, "2027-04-19 14:30", "AW: Prospekt Sommer",
        """Hallo Herr Bianchi,

danke für den Entwurf. Könnten Sie bitte das Titelbild gegen das Foto mit dem Sofa
austauschen? Der Prospekt muss bis spätestens 7. Mai in der Druckerei sein.

Viele Grüße
Heike Schulz""",
        style="outlook",
        quote=Quote(LUCA, "2027-04-16 11:00", """Dear Ms Schulz, the summer brochure draft is
attached.

Luca"""),
        labels=dict(due=["2027-05-07"], cr=["das Titelbild gegen das Foto mit dem Sofa"], **EU),
    ),
    Mail(
        385, "hoteles-spanish-reply", CARMEN, LUCA, "2027-04-19 16:00", "RE: Folleto verano",
        """Hola Luca,

Nos gusta mucho. Solo una cosa: ¿podéis quitar el precio de la portada? Necesitamos el
folleto final para el 30 de abril.

Gracias,
Carmen""",
        style="gmail",
        quote=Quote(LUCA, "2027-04-16 13:00", """Carmen, the summer brochure draft is
attached.

Luca"""),
        labels=dict(due=["2027-04-30"], cr=["quitar el precio de la portada"], **EU),
    ),
    Forward(
        386, "plumbing-voicemail-forward", SAM, INTAKE, "2027-04-20 08:30",
        "Voicemail from Brett below, please log.",
        Mail(
            0, "plumbing-brett", BRETT, SAM, "2027-04-19 17:45", "Voicemail from Brett Ames",
            """Voicemail transcript:

"Hey Sam, it's Brett from Ames Plumbing. Listen, the van wraps, can you change the phone
number on those to the new one, 555-0172, and we need them done before the home show on
May 8. Budget's the same, 6 grand. Thanks."
""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(due=["2027-05-07"], budgets=[("6000", "USD")],
                    cr=["change the phone"]),
    ),
    Mail(
        387, "vet-approved-one-ask", VIC, SAM, "2027-04-20 09:45", "Re: Puppy class poster",
        """Approved! Just add our Instagram handle at the bottom and it's good to print.

Vic""",
        style="gmail",
        quote=Quote(SAM, "2027-04-19 16:00", """Vic, the puppy class poster is attached for
approval.

Sam"""),
        labels=dict(cr=["add our Instagram handle at the bottom"]),
    ),
    Mail(
        388, "theatre-html-season", LORNA, SAM, "2027-04-20 11:00", "Season brochure", "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p>
<p class="MsoNormal">Here is the schedule for the season brochure:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Step</b></p></td><td><p class="MsoNormal"><b>Date</b></p></td></tr>
<tr><td><p class="MsoNormal">Copy to you</p></td><td><p class="MsoNormal">April 23</p></td></tr>
<tr><td><p class="MsoNormal">First layout</p></td><td><p class="MsoNormal">May 4</p></td></tr>
<tr><td><p class="MsoNormal">Print-ready files</p></td><td><p class="MsoNormal">May 18</p></td></tr>
</table>
<p class="MsoNormal">The brochure has to list every show with its dates and the box office
number.</p>
<p class="MsoNormal">Thanks,<br>Lorna</p>
</div></body></html>""",
        labels=dict(due=["2027-05-04", "2027-05-18"],
                    req=["has to list every show"]),
    ),
    Mail(
        389, "gym-budget-question", MACK, SAM, "2027-04-20 13:30", "Summer promo",
        """Sam - for the summer promo, could we do billboards plus Instagram for around $10k,
or is that not realistic? We'd want it running by June 1.

Mack""",
        style="gmail",
        labels=dict(due=["2027-06-01"], budgets=[("10000", "USD")]),
    ),
    Mail(
        390, "dental-two-dates", DR_SHAH, SAM, "2027-04-20 15:10", "Mailer timing",
        """Hi Sam,

The postcard mailer should land in homes the week of May 17. To make that, the printer
needs the files by May 7. We're closed May 10 for staff training, so please don't send
proofs that day.

Nina""",
        style="gmail",
        labels=dict(due=["2027-05-07"]),
    ),
    Mail(
        391, "brewing-lets-push", HUGO, SAM, "2027-04-21 09:00", "Re: Summer can launch",
        """Let's push the can launch posts to May 14. The cans are stuck at the printer.

Hugo""",
        style="gmail",
        quote=Quote(SAM, "2027-04-20 14:00", """Hugo, the can launch posts are scheduled for
May 7.

Sam"""),
        labels=dict(due=["2027-05-14"], cr=["push the can launch posts to May 14"]),
    ),
    Mail(
        392, "realty-mls-rule", TARA, SAM, "2027-04-21 10:30", "Listing flyers",
        """Sam,

Heads up from the MLS: listing photos can't carry any logos or watermarks anymore. Please
keep that in mind for the new flyers, which we need by April 30.

Tara""",
        style="gmail",
        labels=dict(due=["2027-04-30"], req=["can't carry any logos or watermarks"]),
    ),
    Mail(
        393, "bakehouse-objectives", ELLA, SAM, "2027-04-21 12:00", "Second location",
        """Hi Sam,

We're opening our second shop on June 5. What we want from the launch campaign: 1,000
people through the door in the first week, and 300 sign-ups to the loyalty app by the
end of June.

Budget is $15,000. Could we see a plan by May 3?

Ella""",
        style="gmail",
        labels=dict(due=["2027-05-03"], budgets=[("15000", "USD")],
                    obj=["people through the door"]),
    ),
    Mail(
        394, "florals-lowercase", FERN, SAM, "2027-04-21 14:15", "mothers day",
        """hi sam can we get the mothers day email out on may 4 instead of may 6? our supplier
is early this year. thanks fern""",
        style="gmail",
        labels=dict(due=["2027-05-04"], replaced=["2027-05-06"],
                    cr=["get the mothers day email out on may 4 instead of may 6"]),
    ),
    Mail(
        395, "law-long-several-asks", GRANT, SAM, "2027-04-22 09:20", "RE: Firm brochure v2",
        """Sam,

We have reviewed v2 of the brochure with the partners. Overall we are pleased, but a few
points remain.

The partner photos look inconsistent; please have them all cropped to the same size. On
page 3, the list of practice areas is missing Employment Law. The tagline "Winning since
1985" cannot be used, as the bar rules prohibit claims about results.

All attorney names must be followed by their bar admission states. We would like to
approve the final version before the end of the month, so please send v3 by April 27.

Regards,
Grant Hill""",
        style="outlook",
        quote=Quote(SAM, "2027-04-20 17:00", """Grant, v2 of the firm brochure is attached.

Sam"""),
        labels=dict(due=["2027-04-27"],
                    cr=["have them all cropped to the same size", "missing Employment Law",
                        "cannot be used"],
                    req=["must be followed by their bar admission states"]),
    ),
    Forward(
        396, "museum-donor-condition", MIRA, SAM, "2027-04-22 11:00",
        "Sam - please see Robert's note. We'll need to reflect this on the gala invitation, "
        "which has to go to print by May 10.",
        Mail(
            0, "museum-donor", DONOR, MIRA, "2027-04-21 16:00", "Gala sponsorship",
            """Mira,

We're delighted to sponsor the gala again. Our one condition: the foundation must be
credited as "The Vance Family Fund" on all printed materials, not as the Vance
Foundation.

Robert""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(due=["2027-05-10"],
                    req=["credited as"]),
    ),
    Mail(
        397, "coffee-status-question", ZACH, SAM, "2027-04-22 13:40", "cups",
        """Any update on the cup sleeves? Did the printer get the files?

Zach""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        398, "kitchen-budget-range", LEAH, SAM, "2027-04-22 15:00", "Annual report",
        """Hi Sam,

For this year's annual report we can spend between $7,000 and $9,000, printing included.
The report needs to be in donors' hands by June 15.

Leah""",
        style="gmail",
        labels=dict(due=["2027-06-15"], budgets=[("9000", "USD", "range", "7000")]),
    ),
    Mail(
        399, "vini-price-correction", PAOLO, SAM, "2027-04-23 10:00", "Re: Tasting room card",
        """Hi Sam, the tasting flight price on the card is wrong: it's $25, not $20. Otherwise
ready to go.

Paolo""",
        style="gmail",
        quote=Quote(SAM, "2027-04-22 16:00", """Paolo, the tasting room card is attached.

Sam"""),
        labels=dict(cr=["tasting flight price on the card is wrong"],
                    non_budget=[("25", "USD", "price"), ("20", "USD", "price")]),
    ),
]
