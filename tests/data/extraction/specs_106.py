"""The hundred-and-first labelled set (2160-2179), written on 2026-12-07 (thirtieth session)
after tune77's rules and before any rule of its own: the split ``tune78``, scored blind
first, then tuned on.

Client mail the AE forwards to the intake address, each forward as a program other than
``build.py``'s writes it: Outlook's French, German and Spanish header fields ("De :",
"Envoyé :", "Von:", "Gesendet:", "Enviado el:"), Yahoo's "----- Forwarded Message -----",
Proton's, Outlook for iOS, Thunderbird's with its ``format=flowed`` lines, an Outlook forward
of an HTML-only client mail, a voicemail transcript and a website form the AE passes on, an
original dated "14 May 2029 at 09:12:33 BST", an original that quotes the agency below the
client's words, a forward whose note the AE wrote only "FYI", and one where the client's
colleague forwarded first. Written out by hand, as in ``specs_103.py``. Dates run in the week
of 14 May 2029 (a Monday).
"""

from specs_103 import _mail

from build import Raw

INTAKE_TO = "Brightlane Intake <intake@brightlane.agency>"
SAM_FROM = "Sam Ortiz <sam.ortiz@brightlane.agency>"
EU = dict(day_first=True, default_currency="EUR")

ITEMS = [
    Raw(
        2160, "fwd-outlook-french-fields",
        _mail(SAM_FROM, "TR: Catalogue été", "Mon, 14 May 2029 10:05:00 -0400",
              """FYI

________________________________
De : Juliette Moreau <j.moreau@moreau-deco.fr>
Envoyé : lundi 14 mai 2029 15:40
À : Sam Ortiz <sam.ortiz@brightlane.agency>
Objet : Catalogue été

Bonjour Sam,

Pouvez-vous remplacer la photo de couverture par celle du salon bleu ? Le catalogue doit être chez l'imprimeur au plus tard le 25 mai.

Merci,
Juliette
""", mid="SAM-fwd-2160@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="Europe/Paris", original_sender="j.moreau@moreau-deco.fr",
                    due=["2029-05-25"], cr=["remplacer la photo de couverture"], **EU),
    ),
    Raw(
        2161, "fwd-outlook-german-fields",
        _mail(SAM_FROM, "WG: Messeflyer", "Mon, 14 May 2029 11:20:00 -0400",
              """For intake.

Von: Stefan Kraus <s.kraus@kraus-technik.de>
Gesendet: Montag, 14. Mai 2029 16:02
An: Sam Ortiz <sam.ortiz@brightlane.agency>
Betreff: Messeflyer

Hallo Sam,

bitte ändern Sie die Standnummer auf dem Flyer in B4-210. Die Flyer müssen bis zum 4. Juni bei uns sein. Das Budget von 2.000 EUR bleibt.

Gruß
Stefan
""", mid="SAM-fwd-2161@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="Europe/Berlin", original_sender="s.kraus@kraus-technik.de",
                    due=["2029-06-04"], budgets=[("2000", "EUR")],
                    cr=["ändern Sie die Standnummer auf dem Flyer"], **EU),
    ),
    Raw(
        2162, "fwd-outlook-spanish-fields",
        _mail(SAM_FROM, "RV: Campaña verano", "Mon, 14 May 2029 09:45:00 -0400",
              """

De: Pablo Ruiz <pablo@ruizhelados.es>
Enviado el: lunes, 14 de mayo de 2029 14:10
Para: Sam Ortiz <sam.ortiz@brightlane.agency>
Asunto: Campaña verano

Hola Sam,

Para la campaña de verano tenemos un presupuesto de 6.000 euros. Queremos vender un 20% más de helados que el verano pasado. Los carteles deben estar listos para el 1 de junio.

Saludos,
Pablo
""", mid="SAM-fwd-2162@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="Europe/Madrid", original_sender="pablo@ruizhelados.es",
                    due=["2029-06-01"], budgets=[("6000", "EUR")],
                    obj=["Queremos vender un 20% más de helados"], **EU),
    ),
    Raw(
        2163, "fwd-yahoo-forwarded-message",
        _mail(SAM_FROM, "Fwd: Church picnic flyer", "Mon, 14 May 2029 12:00:00 -0400",
              """fwd to intake


----- Forwarded Message -----
From: Betty Hughes <bettyhughes52@yahoo.com>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, May 14, 2029, 10:47:12 AM EDT
Subject: Church picnic flyer

Dear Sam,
The picnic is Saturday June 16 at Riverside Park. Could you make the flyer with the big oak tree picture like last year? We have $150 for printing.
God bless,
Betty
""", mid="SAM-fwd-2163@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="bettyhughes52@yahoo.com",
                    due=["2029-06-16"], budgets=[("150", "USD")]),
    ),
    Raw(
        2164, "fwd-proton-forwarded",
        _mail(SAM_FROM, "Fwd: Re: Podcast artwork", "Mon, 14 May 2029 15:10:00 -0400",
              """

------- Forwarded Message -------
From: Leo Grant <leo.grant@proton.me>
Date: On Monday, May 14th, 2029 at 1:55 PM
Subject: Re: Podcast artwork
To: Sam Ortiz <sam.ortiz@brightlane.agency>


Hey Sam, the cover art is close. Can we try it with a darker background and the title in white? Episode 1 drops May 29 so I'd need final art by the 24th.

Leo
""", mid="SAM-fwd-2164@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="leo.grant@proton.me",
                    due=["2029-05-24", "2029-05-29"],
                    cr=["try it with a darker background and the title in white"]),
    ),
    Raw(
        2165, "fwd-outlook-ios-forward",
        _mail(SAM_FROM, "Fw: Grand reopening", "Mon, 14 May 2029 16:30:00 -0400",
              """

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Omar Haddad <omar@haddadmarket.com>
Sent: Monday, May 14, 2029 3:58:40 PM
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Grand reopening

Sam we're reopening June 9 after the remodel. Need a mailer to 5,000 homes, budget is $3,500 max. Has to show the new bakery counter.
""", mid="SAM-fwd-2165@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="omar@haddadmarket.com",
                    due=["2029-06-09"], budgets=[("3500", "USD", "cap")],
                    req=["Has to show the new bakery counter"]),
    ),
    Raw(
        2166, "fwd-thunderbird-flowed",
        _mail(SAM_FROM, "Fwd: Trail map brochure", "Mon, 14 May 2029 13:00:00 -0600",
              """Forwarding for intake.

-------- Forwarded Message --------
Subject: Trail map brochure
Date: Mon, 14 May 2029 12:41:09 -0600
From: Wes Tanner <wes@tannerparks.org>
To: Sam Ortiz <sam.ortiz@brightlane.agency>

Hi Sam,

Two fixes on the trail map: the Ridge Loop is 4.2 miles, not 3.8, and \r
please mark the new restrooms at the north lot. We need the printed \r
brochures by June 1 for the opening weekend.

Wes
""".replace(" \r\n", " \n"), mid="SAM-fwd-2166@brightlane.agency", to=INTAKE_TO,
              ctype="text/plain; charset=UTF-8; format=flowed"),
        labels=dict(timezone="America/Denver", original_sender="wes@tannerparks.org",
                    due=["2029-06-01"],
                    cr=["the Ridge Loop is 4.2 miles, not 3.8"]),
    ),
    Raw(
        2167, "fwd-outlook-html-client",
        _mail(SAM_FROM, "FW: Summer menu boards", "Mon, 14 May 2029 14:20:00 -0400",
              '<html><body><div class="WordSection1"><p class="MsoNormal">FYI for intake<o:p></o:p></p>'
              '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
              '<p class="MsoNormal"><b>From:</b> Ana Lima &lt;ana@limagrill.com&gt;<br><b>Sent:</b> Monday, May 14, 2029 1:50 PM<br>'
              '<b>To:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br><b>Subject:</b> Summer menu boards</p></div>'
              '<p class="MsoNormal">Hi Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">Please swap the burger photo for the new grilled fish and raise the combo price to $14.99.<o:p></o:p></p>'
              '<p class="MsoNormal">We need the boards up by Memorial Day.<o:p></o:p></p>'
              '<p class="MsoNormal">Ana<o:p></o:p></p></div></body></html>\n',
              mid="SAM-fwd-2167@brightlane.agency", to=INTAKE_TO, ctype="text/html; charset=utf-8"),
        labels=dict(timezone="America/New_York", original_sender="ana@limagrill.com",
                    due=["2029-05-28"],
                    cr=["swap the burger photo for the new grilled fish"]),
    ),
    Raw(
        2168, "fwd-voicemail-transcript",
        _mail(SAM_FROM, "Fwd: New voicemail from Dale Price (555) 013-4477", "Mon, 14 May 2029 10:30:00 -0500",
              """Client voicemail, for intake.

---------- Forwarded message ---------
From: Google Voice <voice-noreply@google.com>
Date: Mon, May 14, 2029 at 10:22 AM
Subject: New voicemail from Dale Price (555) 013-4477
To: <sam.ortiz@brightlane.agency>

Dale Price
(555) 013-4477
Transcript: Hey Sam it's Dale from Price Auto. Uh the radio spot, can you swap the ending to say visit us on Route nine instead of the old address. And we need it on air by the twenty fifth. Thanks.

Play message
YOUR ACCOUNT HELP CENTER HELP FORUM
This email was sent to you because you indicated that you'd like to receive email notifications for voicemail.
""", mid="SAM-fwd-2168@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/Chicago", original_sender="voice-noreply@google.com",
                    due=["2029-05-25"],
                    cr=["swap the ending to say visit us on Route nine"]),
    ),
    Raw(
        2169, "fwd-website-form",
        _mail(SAM_FROM, "Fwd: New contact form submission", "Mon, 14 May 2029 09:10:00 -0400",
              """New lead from the site, for intake.

---------- Forwarded message ---------
From: Brightlane Website <noreply@brightlane.agency>
Date: Mon, May 14, 2029 at 8:55 AM
Subject: New contact form submission
To: <sam.ortiz@brightlane.agency>

Name: Priya Kapoor
Email: priya@kapoorhomes.com
Company: Kapoor Homes
Budget: $8,000 - $10,000
Timeline: Open house season, launch by June 15
Message: We build custom homes and need a new brochure and a landing page. Every piece must include our builder licence number.
""", mid="SAM-fwd-2169@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="noreply@brightlane.agency",
                    due=["2029-06-15"], budgets=[("10000", "USD", "range", "8000")],
                    req=["Every piece must include our builder licence number"]),
    ),
    Raw(
        2170, "fwd-apple-bst-date",
        _mail(SAM_FROM, "Fwd: Festival programme", "Mon, 14 May 2029 08:15:00 -0400",
              """

Begin forwarded message:

From: Fiona Reid <fiona@edinburghfolkfest.co.uk>
Subject: Festival programme
Date: 14 May 2029 at 09:12:33 BST
To: Sam Ortiz <sam.ortiz@brightlane.agency>

Hi Sam,

The programme needs two more pages for the late additions, and the headliner is now The Kelpies, not Loch Lomond Band. Files to the printer by Friday 1 June please.

Cheers,
Fiona
""", mid="SAM-fwd-2170@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="Europe/London", original_sender="fiona@edinburghfolkfest.co.uk",
                    due=["2029-06-01"],
                    cr=["The programme needs two more pages"],
                    day_first=True, default_currency="GBP"),
    ),
    Raw(
        2171, "fwd-client-reply-with-agency-quote",
        _mail(SAM_FROM, "Fwd: Re: Open house signs", "Mon, 14 May 2029 17:05:00 -0400",
              """For intake - her answer is on top.

---------- Forwarded message ---------
From: Joy Martin <joy@martinrealty.com>
Date: Mon, May 14, 2029 at 4:40 PM
Subject: Re: Open house signs
To: Sam Ortiz <sam.ortiz@brightlane.agency>


Yes, go with the yellow. And add "By appointment" under the address.

On Mon, May 14, 2029 at 2:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:

> Hi Joy, yellow or blue for the signs? We print on May 21, 20 signs for $380.
""", mid="SAM-fwd-2171@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="joy@martinrealty.com",
                    cr=['add "By appointment" under the address']),
    ),
    Raw(
        2172, "fwd-colleague-forwarded-first",
        _mail(SAM_FROM, "Fwd: FW: Board report design", "Mon, 14 May 2029 11:50:00 -0400",
              """For intake.

---------- Forwarded message ---------
From: Grace Kim <gkim@hillsidefoundation.org>
Date: Mon, May 14, 2029 at 11:30 AM
Subject: FW: Board report design
To: Sam Ortiz <sam.ortiz@brightlane.agency>


Sam, see our director's notes below. The board meets June 12, so we need printed copies two days before.

Grace

From: Henry Ellis <hellis@hillsidefoundation.org>
Sent: Monday, May 14, 2029 10:05 AM
To: Grace Kim <gkim@hillsidefoundation.org>
Subject: Board report design

Grace - the report should open with the scholarship numbers, not the letter from me. And every chart needs a source line.

Henry
""", mid="SAM-fwd-2172@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="hellis@hillsidefoundation.org",
                    due=["2029-06-10"],
                    cr=["the report should open with the scholarship numbers"],
                    req=["every chart needs a source line"]),
    ),
    Raw(
        2173, "fwd-fyi-only-client-status",
        _mail(SAM_FROM, "Fwd: Thanks!", "Mon, 14 May 2029 18:00:00 -0400",
              """FYI

---------- Forwarded message ---------
From: Tina Ross <tina@rossflorals.com>
Date: Mon, May 14, 2029 at 5:44 PM
Subject: Thanks!
To: Sam Ortiz <sam.ortiz@brightlane.agency>


Sam, the Mother's Day ads did great, we sold out by Saturday noon! Thank you. Let's talk about the summer weddings campaign after Memorial Day.

Tina
""", mid="SAM-fwd-2173@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="tina@rossflorals.com"),
    ),
    Raw(
        2174, "fwd-gmail-inline-image-sig",
        _mail(SAM_FROM, "Fwd: Truck wrap update", "Mon, 14 May 2029 13:30:00 -0500",
              """

---------- Forwarded message ---------
From: Mike Dale <mike@dalehvac.com>
Date: Mon, May 14, 2029 at 1:12 PM
Subject: Truck wrap update
To: Sam Ortiz <sam.ortiz@brightlane.agency>


Sam - we added two trucks, so we need 5 wraps not 3. Same design. Budget goes up to $11,000 total. Shop can install starting May 30.

[image: Dale HVAC logo]
Mike Dale | Owner
Dale Heating & Air | License #HV-44821
Call 24/7: (555) 019-2200
""", mid="SAM-fwd-2174@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/Chicago", original_sender="mike@dalehvac.com",
                    budgets=[("11000", "USD")],
                    cr=["we need 5 wraps not 3"]),
    ),
    Raw(
        2175, "fwd-outlook-original-message-style",
        _mail(SAM_FROM, "FW: Annual report", "Mon, 14 May 2029 10:40:00 -0400",
              """Intake - client mail below.

-----Original Message-----
From: Paul Novak <pnovak@novakcu.org>
Sent: Monday, May 14, 2029 10:02 AM
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Annual report

Sam,

Our auditors need the annual report to show the NCUA insurance statement on the back cover. Also please replace the 2027 member count (14,200) with the 2028 figure, 15,050.

We'd like it mailed by June 20.

Paul Novak
VP Marketing, Novak Credit Union
""", mid="SAM-fwd-2175@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="pnovak@novakcu.org",
                    due=["2029-06-20"],
                    req=["Our auditors need the annual report to show the NCUA insurance statement"],
                    cr=["replace the 2027 member count"]),
    ),
    Raw(
        2176, "fwd-forward-as-attachment-note",
        _mail(SAM_FROM, "Fwd: Gala save-the-date", "Mon, 14 May 2029 15:45:00 -0400",
              """For intake.

---------- Forwarded message ---------
From: Dana Cruz <dcruz@cityballet.org>
Date: Mon, May 14, 2029 at 3:20 PM
Subject: Gala save-the-date
To: Sam Ortiz <sam.ortiz@brightlane.agency>


Sam, quick one: the gala moved from October 5 to October 12, so the save-the-date needs the new date. It should still go out by June 1.

Dana
""", mid="SAM-fwd-2176@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/New_York", original_sender="dcruz@cityballet.org",
                    due=["2029-06-01", "2029-10-12"], replaced=["2029-10-05"],
                    cr=["the save-the-date needs the new date"]),
    ),
    Raw(
        2177, "fwd-mobile-gmail-short",
        _mail(SAM_FROM, "Fwd: logo", "Mon, 14 May 2029 19:20:00 -0700",
              """

---------- Forwarded message ---------
From: Jay Lu <jay@luboba.com>
Date: Mon, May 14, 2029, 7:02 PM
Subject: logo
To: Sam Ortiz <sam.ortiz@brightlane.agency>


logo looks 🔥 but can u make the cup a lil smaller. need files fri for the sign guy
""", mid="SAM-fwd-2177@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="America/Los_Angeles", original_sender="jay@luboba.com",
                    due=["2029-05-18"],
                    cr=["can u make the cup a lil smaller"]),
    ),
    Raw(
        2178, "fwd-outlook-dutch-fields",
        _mail(SAM_FROM, "Fw: Nieuwe brochure", "Mon, 14 May 2029 10:00:00 -0400",
              """

Van: Eva Jansen <eva@jansenreizen.nl>
Verzonden: maandag 14 mei 2029 15:22
Aan: Sam Ortiz <sam.ortiz@brightlane.agency>
Onderwerp: Nieuwe brochure

Hi Sam,

Thanks for the draft. Can you please use the photo of the canal boat on the cover instead of the windmill? We need the final PDF on 28-05. The budget is EUR 4,500 including print.

Kind regards,
Eva
""", mid="SAM-fwd-2178@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="Europe/Amsterdam", original_sender="eva@jansenreizen.nl",
                    due=["2029-05-28"], budgets=[("4500", "EUR")],
                    cr=["use the photo of the canal boat on the cover instead of the windmill"],
                    **EU),
    ),
    Raw(
        2179, "fwd-outlook-italian-fields",
        _mail(SAM_FROM, "I: Etichette vino", "Mon, 14 May 2029 09:30:00 -0400",
              """For intake.

Da: Giulia Ferri <giulia@cantinaferri.it>
Inviato: lunedì 14 maggio 2029 14:48
A: Sam Ortiz <sam.ortiz@brightlane.agency>
Oggetto: Etichette vino

Hi Sam,

for the new labels the alcohol content must be printed on the front, it is the law in Italy. Also please make the vineyard name bigger. We need the files by 8 June.

Giulia
""", mid="SAM-fwd-2179@brightlane.agency", to=INTAKE_TO),
        labels=dict(timezone="Europe/Rome", original_sender="giulia@cantinaferri.it",
                    due=["2029-06-08"],
                    req=["the alcohol content must be printed on the front"],
                    cr=["please make the vineyard name bigger"], **EU),
    ),
]
