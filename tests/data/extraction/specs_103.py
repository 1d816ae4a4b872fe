"""The ninety-eighth labelled set (2100-2119), written on 2026-12-07 (thirtieth session) before
any rule of its own: the split ``tune75``, scored blind first, then tuned on.

Mail from the clients ``build.py`` does not dress: every message is written out by hand as
its mail program sends it. Thunderbird's inline answers, Yahoo's quote without "> " marks,
Outlook for iOS and for Mac, Outlook's German and old "-----Original Message-----" headers,
Gmail's French and Spanish attribution lines and the one it wraps in two, Samsung's
"-------- Original message --------", Proton's, Roundcube's, Superhuman's, a help desk's
"type your reply above this line", an HTML-only Outlook table of comments, an Apple Mail
HTML reply with its ``blockquote type="cite"``, a windows-1252 quoted-printable reply, and a
Gmail forward of an Outlook forward. The quoted history holds dates, sums and asks of its
own that must not count. Dates run in the week of 2 April 2029 (a Monday).
"""

from build import Raw

EU = dict(day_first=True, default_currency="EUR")
SAM_ADDR = "Sam Ortiz <sam.ortiz@brightlane.agency>"


def _mail(frm: str, subject: str, date: str, body: str, *, mid: str,
          ctype: str = "text/plain; charset=UTF-8", cte: str = "8bit",
          extra: str = "", to: str = SAM_ADDR) -> str:
    """A whole message as its program wrote it: headers, a blank line, the body."""
    return (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <{mid}>\n"
            f"{extra}MIME-Version: 1.0\nContent-Type: {ctype}\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


ITEMS = [
    Raw(
        2100, "outfitter-thunderbird-inline",
        _mail("Rachel Byrne <rachel@byrneoutfitters.com>", "Re: Spring catalogue round 1",
              "Mon, 2 Apr 2029 10:41:07 -0500", """On 4/2/29 9:15 AM, Sam Ortiz wrote:
> Hi Rachel, attached is the first round of the spring catalogue. Two
> questions:
>
> 1. Are you happy with the cover photo?

Not really. Can you try the one with the red kayak instead?

> 2. When do you need the print files?

The printer wants them by April 13 now, they're booked up after that.

> Let me know about anything else.

Page 12 still shows the old return policy, please take that paragraph out.

Rachel
""", mid="5e1f2a90-7c3d-4b8e-a1f0-2d9c8b7e6a51@byrneoutfitters.com",
              extra="In-Reply-To: <CA+cat-r1@mail.gmail.com>\nUser-Agent: Mozilla Thunderbird\n"),
        labels=dict(timezone="America/Chicago", due=["2029-04-13"],
                    cr=["try the one with the red kayak instead",
                        "please take that paragraph out"]),
    ),
    Raw(
        2101, "streetfair-yahoo-unmarked-quote",
        _mail("Carol Ames <carol.ames@yahoo.com>", "Re: street fair flyer",
              "Mon, 2 Apr 2029 14:22:51 +0000", """Hi Sam, looks good but the hours on the back are wrong, we close at 8 not 9 on weekdays. We need them printed by Friday the 6th for the street fair.

Carol




    On Monday, April 2, 2029, 10:04:33 AM EDT, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:

 Hi Carol,
Here's the proof of the street fair flyer. We can print 1,000 for $310 if you approve by Wednesday, April 4. Could you also send us the new logo?
Thanks,
Sam
""", mid="1522034567.8812345.1859213371234@mail.yahoo.com",
              extra="In-Reply-To: <CA+fair-c1@mail.gmail.com>\n"
                    "X-Mailer: WebService/1.1.21857 YMailNorrin\n"),
        labels=dict(timezone="America/New_York", due=["2029-04-06"],
                    cr=["we close at 8 not 9"]),
    ),
    Raw(
        2102, "dental-outlook-ios-approval",
        _mail("Dr. Priya Menon <priya@menonsmiles.com>", "Re: Spring recall postcard",
              "Mon, 2 Apr 2029 15:20:14 +0000", """Approved, go ahead and print. Thanks!

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, April 2, 2029 11:02:40 AM
To: Dr. Priya Menon <priya@menonsmiles.com>
Subject: Spring recall postcard

Hi Dr. Menon,

Here is the final postcard with the new hours. Please approve by Tuesday so we hit the April 9 mail drop. The print run of 2,500 comes to $1,180.

Sam
""", mid="SN6PR04MB4012F1C2D3E4A5B6C7D8E9F0A1B2@SN6PR04MB4012.namprd04.prod.outlook.com",
              extra="In-Reply-To: <CA+recall-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York"),
    ),
    Raw(
        2103, "tools-outlook-german-headers",
        _mail("Katrin Vogel <k.vogel@vogel-praezision.de>", "AW: Messestand Grafiken",
              "Mon, 2 Apr 2029 16:48:02 +0200", """Hi Sam,

thanks for the layout. Please make the claim on the back wall bigger and use our new claim "Präzision seit 1921".

The graphics must be with the stand builder by 16.04.

Best regards
Katrin Vogel
Marketing | Vogel Präzisionstechnik GmbH

Von: Sam Ortiz <sam.ortiz@brightlane.agency>
Gesendet: Montag, 2. April 2029 14:03
An: Katrin Vogel <k.vogel@vogel-praezision.de>
Betreff: Messestand Grafiken

Hi Katrin,

attached is the back wall at 1:10. The stand builder quoted EUR 4,200 for printing and needs the files by 20.04.

Sam
""", mid="AM0PR07MB5555A1B2C3D4E5F6@AM0PR07MB5555.eurprd07.prod.outlook.com",
              extra="In-Reply-To: <CA+booth-k1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Berlin", due=["2029-04-16"],
                    cr=["make the claim on the back wall bigger"], **EU),
    ),
    Raw(
        2104, "bistro-gmail-french",
        _mail("Hélène Marchand <helene@bistrot-marchand.fr>", "Re: Affiches printemps",
              "Mon, 2 Apr 2029 17:30:44 +0200", """Bonjour Sam,

Merci pour les maquettes. Pouvez-vous remplacer la photo du chef par celle de la terrasse ?

Le budget reste de 3 500 €. Les affiches doivent être chez l'imprimeur au plus tard le 12 avril.

Bien à vous,
Hélène

Le lun. 2 avr. 2029 à 15:12, Sam Ortiz <sam.ortiz@brightlane.agency> a écrit :

> Bonjour Hélène,
>
> Voici les deux maquettes des affiches. L'impression de 200 affiches coûte 640 €, livraison le 20 avril.
>
> Sam
""", mid="CAHm+Zx7aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5@mail.gmail.com",
              extra="In-Reply-To: <CA+affiche-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Paris", due=["2029-04-12"],
                    budgets=[("3500", "EUR")],
                    cr=["remplacer la photo du chef par celle de la terrasse"], **EU),
    ),
    Raw(
        2105, "shop-gmail-spanish",
        _mail("Lucía Ferrer <lucia@ferrerzapatos.es>", "Re: folleto de primavera",
              "Mon, 2 Apr 2029 18:05:10 +0200", """Hola Sam,

el folleto está muy bien. Solo una cosa: el teléfono de la tienda cambió, ahora es el 91 555 0199.

Necesitamos los archivos finales antes del 10 de abril.

Un saludo,
Lucía

El lun, 2 abr 2029 a las 16:40, Sam Ortiz (<sam.ortiz@brightlane.agency>) escribió:

> Hola Lucía, te adjunto el folleto. Si nos das el visto bueno antes del jueves 5 de abril lo imprimimos por 450 euros.
>
> Sam
""", mid="CAJp+Q9rT2uV3wX4yZ5aB6cD7eF8gH9iJ0kL1mN2oP3@mail.gmail.com",
              extra="In-Reply-To: <CA+folleto-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Madrid", due=["2029-04-09"],
                    cr=["el teléfono de la tienda cambió"], **EU),
    ),
    Raw(
        2106, "cidery-iphone-push",
        _mail("Owen Hart <owen@hartcider.com>", "Re: Launch plan",
              "Mon, 2 Apr 2029 17:12:03 -0700", """Can we push the launch to the 23rd? Our bottle supplier is running late.

Sent from my iPhone

> On Apr 2, 2029, at 5:05 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Hi Owen, the launch is set for April 16. Social posts go out from the 12th, and the
> tasting room signs need your sign-off by Friday.
>
> Sam
""", mid="B3A1C2D4-5E6F-4A7B-8C9D-0E1F2A3B4C5D@hartcider.com",
              extra="In-Reply-To: <CA+launch-s1@mail.gmail.com>\n"
                    "X-Mailer: iPhone Mail (21E236)\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-04-23"],
                    cr=["push the launch to the 23rd"]),
    ),
    Raw(
        2107, "hospice-proton-several-asks",
        _mail("June Alder <june.alder@proton.me>", "Re: Donor report draft",
              "Mon, 2 Apr 2029 13:30:00 +0000", """Hi Sam,

A few things on the donor report:

- the chart on page 4 uses last year's numbers, please update it with the 2028 totals
- our new executive director is Maria Chen, not Robert Hale
- can the cover be less busy?

The board meets on April 19 and needs the printed copies the day before.

We have $2,400 left in the budget for printing, please don't go over that.

Thanks,
June

------- Original Message -------
On Monday, April 2nd, 2029 at 9:30 AM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:


> Hi June,
>
> Here is the first draft of the donor report. We planned to print 300 copies for $2,900
> and deliver on April 25.
>
> Sam
""", mid="Xq3vJ9kL2mN5pR8sT1uW4yZ7aC0dF3gH6jK9mP2qS5vX8zB1eE4hK7nQ0tW3=@proton.me",
              extra="In-Reply-To: <CA+donor-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-04-18"],
                    budgets=[("2400", "USD", "cap")],
                    cr=["please update it with the 2028 totals",
                        "our new executive director is Maria Chen",
                        "can the cover be less busy"]),
    ),
    Raw(
        2108, "wraps-samsung-original-message",
        _mail("Tony Russo <tony@russoplumbing.com>", "Re: truck wrap",
              "Mon, 2 Apr 2029 12:14:40 -0400", """The phone number on the driver side is missing a digit, it should be 555-0147. Rest is good. Need it at the wrap shop Thursday.



Sent from my Galaxy


-------- Original message --------
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Date: 4/2/29 11:02 AM (GMT-05:00)
To: Tony Russo <tony@russoplumbing.com>
Subject: Re: truck wrap

Hi Tony, final wrap proof attached. The wrap shop can fit it on Monday April 9 for $2,150.
""", mid="h3k2j1-9f8e7d6c-5b4a@email.android.com",
              extra="In-Reply-To: <CA+wrap-s2@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-04-05"],
                    cr=["it should be 555-0147"]),
    ),
    Raw(
        2109, "bank-outlook-original-message-india",
        _mail("Gupta, Anil <anil.gupta@gangacoopbank.in>", "RE: Q2 branch posters",
              "Mon, 2 Apr 2029 19:05:22 +0530", """Dear Sam,

Kindly do the needful and change the rate on the FD poster to 7.25% as per the revised circular. Also, compliance has asked that the disclaimer font be minimum 8 pt on all posters.

Posters to reach branches latest by 20th April.

Regards,
Anil Gupta
Marketing Department
Ganga Co-operative Bank Ltd.

-----Original Message-----
From: Sam Ortiz [mailto:sam.ortiz@brightlane.agency]
Sent: Monday, April 02, 2029 8:45 AM
To: Gupta, Anil
Subject: Q2 branch posters

Dear Anil,

Please find the Q2 posters attached. The FD rate shows 7.00% as per your earlier note. Printing 400 sets is INR 1,20,000.

Sam
""", mid="PN2PR01MB8888C7D6E5F4A3B2@PN2PR01MB8888.INDPRD01.PROD.OUTLOOK.COM",
              extra="In-Reply-To: <CA+poster-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Asia/Kolkata", due=["2029-04-20"],
                    cr=["change the rate on the FD poster to 7.25%"],
                    req=["disclaimer font be minimum 8 pt"],
                    day_first=True, default_currency="INR"),
    ),
    Raw(
        2110, "clinic-outlook-html-table",
        _mail("Marta Silva <msilva@silvafamilyclinic.com>", "RE: Patient guide v2",
              "Mon, 2 Apr 2029 11:20:00 -0400", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,<o:p></o:p></p>
<p class="MsoNormal">Comments from the team below.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Page</b></p></td><td><p class="MsoNormal"><b>Comment</b></p></td></tr>
<tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">Replace the stock photo with our staff photo</p></td></tr>
<tr><td><p class="MsoNormal">5</p></td><td><p class="MsoNormal">Price list is out of date, use the attached one</p></td></tr>
<tr><td><p class="MsoNormal">8</p></td><td><p class="MsoNormal">Looks good</p></td></tr>
</table>
<p class="MsoNormal">We need the final PDF by 4/11.<o:p></o:p></p>
<p class="MsoNormal">Thanks,<br>Marta<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br>
<b>Sent:</b> Friday, March 30, 2029 4:15 PM<br>
<b>To:</b> Marta Silva &lt;msilva@silvafamilyclinic.com&gt;<br>
<b>Subject:</b> Patient guide v2</p></div>
<p class="MsoNormal">Hi Marta, version 2 of the patient guide is attached. We plan to print on April 18; 500 copies are $940.<o:p></o:p></p>
</div></body></html>
""", mid="BN8PR12MB3333D4C5B6A7@BN8PR12MB3333.namprd12.prod.outlook.com",
              ctype="text/html; charset=utf-8",
              extra="In-Reply-To: <CA+guide-s2@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-04-11"],
                    cr=["Replace the stock photo with our staff photo",
                        "Price list is out of date, use the attached one"]),
    ),
    Raw(
        2111, "app-superhuman-terse",
        _mail("Dan Cho <dan@tidyapp.io>", "Re: App store screenshots",
              "Mon, 2 Apr 2029 13:25:09 -0700", """yes to option B. can we get a vertical version for stories too?

--
Sent via Superhuman

On Mon, Apr 02, 2029 at 1:22 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:

> Hi Dan, two options for the screenshot set attached (A and B). We'll need your pick by
> Wednesday to make the April 12 release.
""", mid="superhuman.7f3a2b1c.4d5e6f@tidyapp.io",
              extra="In-Reply-To: <CA+screens-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles",
                    cr=["can we get a vertical version for stories too"]),
    ),
    Raw(
        2112, "expo-gmail-fwd-of-outlook-fw",
        _mail(SAM_ADDR, "Fwd: FW: Exhibitor graphics",
              "Mon, 2 Apr 2029 09:40:12 -0400", """For intake.

---------- Forwarded message ---------
From: Amy Lo <amy.lo@lofitness.com>
Date: Mon, Apr 2, 2029 at 9:14 AM
Subject: FW: Exhibitor graphics
To: Sam Ortiz <sam.ortiz@brightlane.agency>


Sam, see below from the expo organisers. We'd like the new booth to follow these rules, and we have $5,000 for the graphics.

Amy

From: Lee Wong <lee.wong@lofitness.com>
Sent: Friday, March 30, 2029 4:10 PM
To: Amy Lo <amy.lo@lofitness.com>
Subject: FW: Exhibitor graphics

Amy - rules for the May expo. All exhibitor graphics must be submitted as print-ready PDF no later than April 20, 2029. Hanging signs over 10 ft must be fabric.

Lee
""", mid="CA+fwd-expo-s1@mail.gmail.com", to="Brightlane Intake <intake@brightlane.agency>"),
        labels=dict(timezone="America/New_York", original_sender="lee.wong@lofitness.com",
                    due=["2029-04-20"], budgets=[("5000", "USD")],
                    req=["must be submitted as print-ready PDF",
                         "Hanging signs over 10 ft must be fabric"]),
    ),
    Raw(
        2113, "school-outlook-mac-goals",
        _mail("Gina Rossi <grossi@hillcrestacademy.org>", "Re: Open day campaign",
              "Mon, 2 Apr 2029 10:30:18 -0400", """Thanks Sam. To answer your questions: the goal is 300 sign-ups for the open day, and we can spend up to $3,500 on ads. The open day is Saturday April 28.

Gina

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Date: Monday, April 2, 2029 at 10:11 AM
To: Gina Rossi <grossi@hillcrestacademy.org>
Subject: Open day campaign

Hi Gina, before we plan the open day campaign: what would success look like, and what can we spend? Last year's campaign cost $2,000 and ran from March 1.

Sam
""", mid="D8E9F0A1-B2C3-4D5E-8F90-A1B2C3D4E5F6@hillcrestacademy.org",
              extra="In-Reply-To: <CA+openday-s1@mail.gmail.com>\n"
                    "User-Agent: Microsoft-MacOutlook/16.84.24040710\n"),
        labels=dict(timezone="America/New_York", due=["2029-04-28"],
                    budgets=[("3500", "USD", "cap")],
                    obj=["the goal is 300 sign-ups for the open day"]),
    ),
    Raw(
        2114, "farm-windows-1252-qp",
        _mail("Walt Becker <walt@beckerfarms.com>", "RE: Saturday market ad",
              "Mon, 2 Apr 2029 08:55:31 -0500", """Sam =96 we=92d like the headline to read =93Fresh from the farm=94 instead of =
=93Farm fresh=94. Artwork=92s due at the paper on 4/10.

Walt

-----Original Message-----
From: Sam Ortiz [mailto:sam.ortiz@brightlane.agency]=20
Sent: Friday, March 30, 2029 3:12 PM
To: Walt Becker
Subject: Saturday market ad

Walt, the ad proof is attached. The paper charges $420 for the half page and runs it =
April 14.
""", mid="000001d8a1b2$c3d4e5f6$a7b8c9d0$@beckerfarms.com",
              ctype="text/plain; charset=windows-1252", cte="quoted-printable",
              extra="In-Reply-To: <CA+market-s1@mail.gmail.com>\n"
                    "X-Mailer: Microsoft Outlook 16.0\n"),
        labels=dict(timezone="America/Chicago", due=["2029-04-10"],
                    cr=["like the headline to read"]),
    ),
    Raw(
        2115, "bikes-roundcube-dutch",
        _mail("Pieter de Vries <pieter@devriesfietsen.nl>", "Re: Banner for the shop",
              "Mon, 2 Apr 2029 15:02:44 +0200", """Hello Sam,

Thank you. We would like that the logo is bigger on the banner and the text less. Deadline for print is 13-04.

Greetings,
Pieter

On 2029-04-02 14:31, Sam Ortiz wrote:
> Hello Pieter,
> the banner design is attached. Printing is EUR 260 and takes five days.
> Sam
""", mid="a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3@devriesfietsen.nl",
              extra="In-Reply-To: <CA+banner-s1@mail.gmail.com>\n"
                    "User-Agent: Roundcube Webmail/1.6.6\n"),
        labels=dict(timezone="Europe/Amsterdam", due=["2029-04-13"],
                    cr=["We would like that the logo is bigger on the banner"], **EU),
    ),
    Raw(
        2116, "studio-gmail-wrapped-attribution",
        _mail("Ivy Nakamura <ivy@nakamurayoga.com>", "Re: New website pages",
              "Mon, 2 Apr 2029 16:08:12 -0700", """Looks great! Only change: please use the photo of the whole team on the about page. We're launching the site May 1.

Ivy

On Mon, Apr 2, 2029 at 3:15 PM Sam Ortiz <
sam.ortiz@brightlane.agency> wrote:

> Hi Ivy, the new pages are up on the staging site. We can launch on April 24 if you
> sign off this week; the extra pages came to $1,200.
>
> Sam
""", mid="CAKx+Vb7nM3kJ2hG1fD0sA9pO8iU7yT6rE5wQ4@mail.gmail.com",
              extra="In-Reply-To: <CA+site-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-05-01"],
                    cr=["please use the photo of the whole team on the about page"]),
    ),
    Raw(
        2117, "lender-helpdesk-reply-line",
        _mail("Nora Quinn <support@quinnlending.com>", "Re: [Ticket #58213] Display banners",
              "Mon, 2 Apr 2029 14:40:00 +0000", """##- Please type your reply above this line -##

Hi Sam,

Our legal team requires that every ad shows our licence number, NMLS #40212. Please add it to the three banners.

Nora Quinn
Quinn Lending

------------------------------

Sam Ortiz (Brightlane)
Apr 2, 2029, 09:12 EDT

Hi Nora, the three display banners are ready for review. They need to go live on April 9 and the media buy is $6,000.

------------------------------

This email is a service from Quinn Lending. Delivered by Zendesk
""", mid="3XK9P2-58213@quinnlending.zendesk.com",
              extra="In-Reply-To: <CA+banners-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York",
                    req=["every ad shows our licence number"],
                    cr=["Please add it to the three banners"]),
    ),
    Raw(
        2118, "catalogue-outlook-german",
        _mail("Jörg Hansen <j.hansen@hansen-moebel.de>", "AW: Katalog Sommer",
              "Mon, 2 Apr 2029 11:17:09 +0200", """Hallo Sam,

bitte tauschen Sie das Titelbild gegen das Motiv mit dem Leuchtturm aus. Die Druckdaten brauchen wir bis spätestens 18.04.

Das Budget von 7.500 EUR bleibt.

Viele Grüße
Jörg Hansen

Von: Sam Ortiz <sam.ortiz@brightlane.agency>
Gesendet: Montag, 2. April 2029 09:12
An: Jörg Hansen <j.hansen@hansen-moebel.de>
Betreff: Katalog Sommer

Hallo Jörg, anbei der Entwurf des Sommerkatalogs. Der Druck kostet 5.900 EUR, Liefertermin ist der 27.04.

Sam
""", mid="FR3P281MB1234E5F6A7B8C9D0@FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM",
              extra="In-Reply-To: <CA+katalog-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Berlin", due=["2029-04-18"],
                    budgets=[("7500", "EUR")],
                    cr=["tauschen Sie das Titelbild gegen das Motiv mit dem Leuchtturm"], **EU),
    ),
    Raw(
        2119, "gala-apple-html-cite",
        _mail("Beth Moreau <beth@riversidearts.org>", "Re: Gala map",
              "Mon, 2 Apr 2029 12:31:45 -0400", """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Can we make the map bigger and drop the QR code?</div><div dir="ltr">Also the gala is on the 21st, not the 20th.</div><div dir="ltr"><br></div><div dir="ltr">Beth</div><div dir="ltr"><br><blockquote type="cite">On Apr 2, 2029, at 11:00 AM, Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt; wrote:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr"><div>Hi Beth, the gala map is attached. It shows the gala on Friday April 20, and the printer needs it by April 12.</div><div>Sam</div></div></blockquote></body></html>
""", mid="9A8B7C6D-5E4F-4321-A0B9-C8D7E6F5A4B3@riversidearts.org",
              ctype="text/html; charset=utf-8",
              extra="In-Reply-To: <CA+gala-s1@mail.gmail.com>\nX-Mailer: iPad Mail (21E236)\n"),
        labels=dict(timezone="America/New_York", due=["2029-04-21"], replaced=["2029-04-20"],
                    cr=["make the map bigger and drop the QR code",
                        "the gala is on the 21st, not the 20th"]),
    ),
]
