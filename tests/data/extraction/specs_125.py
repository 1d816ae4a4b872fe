"""The hundred-and-twentieth labelled set (2540-2559), written on 2026-12-07 (thirty-third
session) after tune94's rules, before any rule of its own: the split ``tune95``, scored blind
first, then tuned on.

Mail as programs in other languages and settings send it, written out by hand: a German
Outlook's "-----Ursprüngliche Nachricht-----", a Dutch Gmail's "schreef", an Italian's "ha
scritto", a Spanish "escribió" with the answer under it, a Yahoo on Android, an Outlook reply
with "[cid:image001.png]" left in its signature, bottom-posting under a full quote, a mailing
list's footer under a member's ask, an HTML mail of <br> lines, nested blockquotes, a reply
typed inside the quote after ">>", a client's assistant replying on their behalf, a note
above an attached .eml's subject line, a mail of one line and a signature longer than it, an
Outlook "From: / Sent: / To:" block in French ("De :", "Envoyé :"), a Japanese mailer's
"<mail@x> wrote:" on two lines. Dates run in the week of 5 November 2029 (a Monday). 2547, a
list member's ask, was relabelled as machine mail after the blind score (see its comment).
"""

from specs_103 import _mail

from build import Raw

ITEMS = [
    Raw(
        2540, "german-outlook-ursprungliche",
        _mail("Anja Roth <a.roth@roth-baeckerei.de>", "AW: Adventskalender",
              "Mon, 5 Nov 2029 10:12:00 +0100", """Hallo Sam,

bitte die Türchen 6 und 24 tauschen, und der Preis muss 19,90 € sein, nicht 17,90 €.

Die Druckdaten brauchen wir bis Freitag, 16.11.

Gruß
Anja

-----Ursprüngliche Nachricht-----
Von: Sam Ortiz <sam.ortiz@brightlane.agency>
Gesendet: Freitag, 2. November 2029 16:00
An: Anja Roth <a.roth@roth-baeckerei.de>
Betreff: Adventskalender

Hallo Anja, anbei der Entwurf. Der Drucker braucht die Daten bis 20.11.
""", mid="AM6P-roth-1105@roth-baeckerei.de"),
        labels=dict(timezone="Europe/Berlin", due=["2029-11-16"],
                    cr=["bitte die Türchen 6 und 24 tauschen"],
                    day_first=True, default_currency="EUR"),
    ),
    Raw(
        2541, "dutch-gmail-schreef",
        _mail("Pieter de Boer <pieter@deboerfietsen.nl>", "Re: Winteractie",
              "Mon, 5 Nov 2029 14:30:00 +0100", """Hi Sam,

Looks good. Can the price of the winter service be €49 instead of €59? And we need it online before 20 November.

Groeten,
Pieter

Op vr 2 nov 2029 om 15:10 schreef Sam Ortiz <sam.ortiz@brightlane.agency>:
> Hi Pieter, the winter campaign page is ready for review.
""", mid="CAP-deboer-1105@deboerfietsen.nl"),
        labels=dict(timezone="Europe/Amsterdam", due=["2029-11-19"],
                    cr=["Can the price of the winter service be €49 instead of €59"],
                    day_first=True, default_currency="EUR"),
    ),
    Raw(
        2542, "italian-ha-scritto",
        _mail("Marta Greco <marta@grecopasticceria.it>", "Re: Panettone labels",
              "Mon, 5 Nov 2029 09:40:00 +0100", """Ciao Sam,

the labels are beautiful. Only, the weight is 750 g, not 1 kg. Please correct.

We must have the files by 12/11 because the printer closes for holidays after.

Marta

Il giorno ven 2 nov 2029 alle ore 17:20 Sam Ortiz <sam.ortiz@brightlane.agency> ha scritto:
> Ciao Marta, here are the panettone labels.
""", mid="CAI-greco-1105@grecopasticceria.it"),
        labels=dict(timezone="Europe/Rome", due=["2029-11-12"],
                    cr=["the weight is 750 g, not 1 kg"],
                    day_first=True, default_currency="EUR"),
    ),
    Raw(
        2543, "spanish-escribio-answer-below",
        _mail("Pablo Serrano <pablo@serranomuebles.es>", "Re: Catálogo",
              "Mon, 5 Nov 2029 12:15:00 +0100", """El vie, 2 nov 2029 a las 18:00, Sam Ortiz (<sam.ortiz@brightlane.agency>) escribió:
> Hola Pablo, ¿para cuándo necesitáis el catálogo impreso?

Para el 30 de noviembre, sin falta.

> ¿Mantenemos la portada con el sofá verde?

No, mejor el sillón de cuero.

Pablo
""", mid="CAE-serrano-1105@serranomuebles.es"),
        labels=dict(timezone="Europe/Madrid", due=["2029-11-30"],
                    cr=["mejor el sillón de cuero"],
                    day_first=True, default_currency="EUR"),
    ),
    Raw(
        2544, "yahoo-android",
        _mail("Doug Perry <dougperry55@yahoo.com>", "Re: Church bazaar flyer",
              "Mon, 5 Nov 2029 19:05:00 -0600", """looks fine but the time is wrong its 9 to 2 not 10 to 3. need 200 copies by the 16th

Sent from Yahoo Mail on Android

  On Mon, Nov 5, 2029 at 3:00 PM, Sam Ortiz<sam.ortiz@brightlane.agency> wrote:   Doug, the bazaar flyer is attached.
""", mid="yahoo-perry-1105@yahoo.com"),
        labels=dict(timezone="America/Chicago", due=["2029-11-16"],
                    cr=["the time is wrong its 9 to 2 not 10 to 3"]),
    ),
    Raw(
        2545, "outlook-cid-signature",
        _mail("Laura Chen <lchen@chenpartners.com>", "RE: Holiday card",
              "Mon, 5 Nov 2029 11:25:00 -0500", """Sam,

Please swap the snowflake for a pine branch, it's more us. Otherwise approved.

Laura Chen
Managing Partner
[cid:image001.png@01DA2F1E.5C3B1A20]
Chen & Partners LLP | 200 Park Ave | New York, NY
[cid:image002.png@01DA2F1E.5C3B1A20]

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Friday, November 2, 2029 4:30 PM
To: Laura Chen <lchen@chenpartners.com>
Subject: Holiday card

Laura, the holiday card is attached. It needs to print by November 20 to mail in time.
""", mid="BN7P-chen-1105@chenpartners.com"),
        labels=dict(timezone="America/New_York",
                    cr=["Please swap the snowflake for a pine branch"]),
    ),
    Raw(
        2546, "bottom-posted-under-quote",
        _mail("Gary Hunt <gary@huntmarine.com>", "Re: Boat show ad",
              "Mon, 5 Nov 2029 13:50:00 -0600", """On 11/2/29 2:00 PM, Sam Ortiz wrote:
> Gary, the boat show ad is attached. The magazine deadline is November 9.
>
> Sam

Thanks Sam. Can you make the boat photo bigger and lose the tagline? I'd rather have the booth number there.

Gary
""", mid="TB-hunt-1105@huntmarine.com"),
        labels=dict(timezone="America/Chicago",
                    cr=["Can you make the boat photo bigger and lose the tagline",
                        "I'd rather have the booth number there"]),
    ),
    Raw(
        2547, "mailing-list-member-ask",
        _mail("Rita Banks via Main Street Merchants <mainst-merchants@googlegroups.com>",
              "Re: [mainst-merchants] Holiday stroll poster",
              "Mon, 5 Nov 2029 16:20:00 -0500", """Sam - on behalf of the merchants group: please add the Elm St bakery to the map, they joined last week. We need the posters up by November 23.

Rita

--
You received this message because you are subscribed to the Google Groups "Main Street Merchants" group.
To unsubscribe from this group and stop receiving emails from it, send an email to mainst-merchants+unsubscribe@googlegroups.com.
""", mid="CAR-banks-1105@gmail.com", extra="List-Id: <mainst-merchants.googlegroups.com>\n"),
        # (labelled as a person's mail first; intake reads no mail with a List-Id
        # (classify.bulk_reason), so the set marks it as machine mail, disclosed: a member's
        # ask posted through a discussion list is not read)
        labels=dict(timezone="America/New_York", auto_reply=True),
    ),
    Raw(
        2548, "html-br-lines",
        _mail("Kim Tran <kim@tranwellness.com>", "RE: Class schedule flyer",
              "Mon, 5 Nov 2029 08:55:00 -0800", """<html><body><div>Hi Sam,<br><br>Three fixes:<br>- Yoga is Tuesdays now, not Mondays<br>- add the new Pilates class, Sat 9am<br>- remove the old phone number<br><br>Need it for the 19th when the new schedule starts.<br><br>Kim</div></body></html>
""", mid="html-tran-1105@tranwellness.com", ctype="text/html; charset=UTF-8"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-11-19"],
                    cr=["Yoga is Tuesdays now, not Mondays", "add the new Pilates class",
                        "remove the old phone number"]),
    ),
    Raw(
        2549, "nested-blockquotes-answer",
        _mail("Omar Haddad <omar@haddadrugs.com>", "Re: Rug sale email",
              "Mon, 5 Nov 2029 17:40:00 -0500", """<html><body><div>Yes go ahead, but the sale ends Nov 30 not Nov 25.</div><br><blockquote type="cite"><div>Omar, OK to send the rug sale email Wednesday?</div><blockquote type="cite"><div>Sam, can we do a rug sale email this week? Omar</div></blockquote></blockquote></body></html>
""", mid="html-haddad-1105@haddadrugs.com", ctype="text/html; charset=UTF-8"),
        labels=dict(timezone="America/New_York",
                    cr=["the sale ends Nov 30 not Nov 25"]),
    ),
    Raw(
        2550, "reply-inside-quote-chevrons",
        _mail("Bill Ford <bill@fordlumber.com>", "Re: Spring catalog questions",
              "Mon, 5 Nov 2029 10:35:00 -0600", """Answers inline.

> 1. Do you want the deck stains on the cover again?
>> No, put the pergola kits on the cover this time.
>
> 2. How many pages?
>> Same as last year, 24.
>
> 3. When do you need it in stores?
>> March 1.

Bill
""", mid="CAB-ford-1105@fordlumber.com"),
        labels=dict(timezone="America/Chicago", due=["2030-03-01"],
                    cr=["put the pergola kits on the cover this time"]),
    ),
    Raw(
        2551, "assistant-on-behalf",
        _mail("Jenna Moss <jmoss@parkerlaw.com>", "Re: Firm brochure - on behalf of Mr. Parker",
              "Mon, 5 Nov 2029 15:05:00 -0500", """Dear Sam,

Mr. Parker asked me to pass on his comments: the photo of the partners should be the one from the 2029 retreat, and his title is Founding Partner, not Senior Partner.

He would like the final brochure by November 21.

Kind regards,
Jenna Moss
Executive Assistant to David Parker
""", mid="BN9P-moss-1105@parkerlaw.com"),
        labels=dict(timezone="America/New_York", due=["2029-11-21"],
                    cr=["the photo of the partners should be the one from the 2029 retreat"]),
    ),
    Raw(
        2552, "one-line-long-signature",
        _mail("Steve Kim <steve@kimautogroup.com>", "Re: Black Friday ad",
              "Mon, 5 Nov 2029 12:45:00 -0500", """Make the 0% APR bigger.

Steve Kim
General Manager | Kim Auto Group
3 locations: Riverside | Eastgate | Northpoint
Sales: Mon-Sat 9am-8pm | Service: Mon-Fri 7am-6pm
Voted Best Dealer 2027 & 2028
www.kimautogroup.com
""", mid="CAK-kim-1105@kimautogroup.com"),
        labels=dict(timezone="America/New_York", cr=["Make the 0% APR bigger"]),
    ),
    Raw(
        2553, "french-outlook-de-envoye",
        _mail("Julie Petit <j.petit@petit-optique.fr>", "RE: Vitrine de Noël",
              "Mon, 5 Nov 2029 11:00:00 +0100", """Bonjour Sam,

C'est parfait, mais pouvez-vous agrandir le logo sur la vitrophanie ? Nous avons besoin des fichiers avant le 14 novembre.

Julie

De : Sam Ortiz <sam.ortiz@brightlane.agency>
Envoyé : vendredi 2 novembre 2029 17:00
À : Julie Petit <j.petit@petit-optique.fr>
Objet : Vitrine de Noël

Bonjour Julie, voici la maquette de la vitrine.
""", mid="PR1P-petit-1105@petit-optique.fr"),
        labels=dict(timezone="Europe/Paris", due=["2029-11-13"],
                    cr=["pouvez-vous agrandir le logo sur la vitrophanie"],
                    day_first=True, default_currency="EUR"),
    ),
    Raw(
        2554, "japanese-mailer-two-line-wrote",
        _mail("Ken Mori <k.mori@moritea.jp>", "Re: Tea tin design",
              "Mon, 5 Nov 2029 18:10:00 +0900", """Dear Sam,

Thank you. Please change the green to more dark green, like our website.

Best regards,
Ken Mori

On 2029/11/02 17:00, Sam Ortiz wrote:
<sam.ortiz@brightlane.agency>
> Dear Ken, the tea tin design is attached.
""", mid="moritea-1105@moritea.jp"),
        labels=dict(timezone="Asia/Tokyo",
                    cr=["Please change the green to more dark green"]),
    ),
    Raw(
        2555, "note-above-attached-eml",
        _mail("Tara Nolan <tara@nolanbrewing.com>", "Fwd: Distributor notes",
              "Mon, 5 Nov 2029 14:40:00 -0700", """Sam, see the attached from our distributor. The one change we need from it: the ABV on the label has to be 6.8%, not 6.5%.

Thanks,
Tara
""", mid="CAT-nolan-1105@nolanbrewing.com"),
        labels=dict(timezone="America/Denver",
                    cr=["the ABV on the label has to be 6.8%, not 6.5%"]),
    ),
    Raw(
        2556, "outlook-mobile-two-asks",
        _mail("Megan Fox <megan@foxdance.com>", "Re: Recital program",
              "Mon, 5 Nov 2029 21:30:00 -0500", """Two things: Ava's last name is spelled Reilly, and please move the intermission after the tap number.

Get Outlook for Android
________________________________
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, November 5, 2029 2:00:00 PM
To: Megan Fox <megan@foxdance.com>
Subject: Recital program

Megan, the recital program is attached. The printer needs it by November 26.
""", mid="SN8P-fox-1105@foxdance.com"),
        labels=dict(timezone="America/New_York",
                    cr=["Ava's last name is spelled Reilly"]),
    ),
    Raw(
        2557, "thunderbird-dash-sig",
        _mail("Hans Berg <hans@bergclocks.com>", "Re: Website copy",
              "Mon, 5 Nov 2029 09:20:00 -0600", """Sam,

The About page says we were founded in 1982. It was 1979. Please fix.

And we want the site live before Thanksgiving.

--
Hans Berg
Berg Clock Repair, since 1979
""", mid="TB-berg-1105@bergclocks.com"),
        labels=dict(timezone="America/Chicago", due=["2029-11-21"],
                    cr=["The About page says we were founded in 1982"]),
    ),
    Raw(
        2558, "apple-mail-forward-client-note",
        _mail("Nina Ward <nina@wardgallery.com>", "Fwd: Artist bio",
              "Mon, 5 Nov 2029 16:55:00 -0500", """Sam - the artist sent a new bio, please use this one in the catalog instead of the old one.

Begin forwarded message:

From: Leo Marsh <leo@leomarsh.art>
Subject: Artist bio
Date: November 5, 2029 at 2:10:00 PM EST
To: Nina Ward <nina@wardgallery.com>

Hi Nina, here's my updated bio: Leo Marsh (b. 1985) is a painter based in Santa Fe whose work explores desert light.
""", mid="APL-ward-1105@wardgallery.com"),
        labels=dict(timezone="America/New_York", original_sender="leo@leomarsh.art",
                    cr=["please use this one in the catalog instead of the old one"]),
    ),
    Raw(
        2559, "plain-text-budget-line",
        _mail("Ray Lopez <ray@lopezplumbing.com>", "Spring campaign",
              "Mon, 5 Nov 2029 11:50:00 -0600", """Sam,

Budget for spring: 7.5k total. Radio plus Facebook. Start March 4.

Ray
""", mid="CAR-lopez-1105@lopezplumbing.com"),
        labels=dict(timezone="America/Chicago", due=["2030-03-04"],
                    budgets=[("7500", "USD")]),
    ),
]
