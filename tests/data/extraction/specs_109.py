"""The hundred-and-fourth labelled set (2220-2239), written on 2026-12-07 (thirtieth session)
after tune79's rules and before any rule of its own: the split ``tune80``, scored blind first,
then tuned on.

The bytes of mail as it arrives: ISO-8859-1 and windows-1252 bodies in quoted-printable and
base64, UTF-8 read twice ("weâ€™d" for "we'd"), a body labelled UTF-8 that is Latin-1, a
multipart/mixed mail whose words sit beside a PDF, a multipart/related HTML mail with an
inline logo, a subject in encoded words, a reply with no Content-Type at all, a body whose
quoted-printable lines break mid-word, a plain part that is only "see HTML", a mail whose
text part is empty and whose HTML holds the words, ``format=flowed; delsp=yes``. Written
out by hand, as in ``specs_103.py``. Dates run in the week of 25 June 2029 (a Monday).
"""

import base64

from specs_103 import SAM_ADDR

from build import Raw

EU = dict(day_first=True, default_currency="EUR")


def _b64(text: str, charset: str = "utf-8") -> str:
    """``text`` encoded in ``charset``, then base64 in 76-character lines."""
    raw = base64.b64encode(text.encode(charset)).decode()
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def _head(frm: str, subject: str, date: str, mid: str, extra: str = "") -> str:
    return (f"From: {frm}\nTo: {SAM_ADDR}\nSubject: {subject}\nDate: {date}\n"
            f"Message-ID: <{mid}>\n{extra}MIME-Version: 1.0\n")


ITEMS = [
    Raw(
        2220, "bakery-latin1-qp",
        _head("Amélie Roux <amelie@rouxpatisserie.fr>", "Re: Carte de l'été", "Mon, 25 Jun 2029 10:15:00 +0200",
              "CA+roux-1@mail.gmail.com", "In-Reply-To: <CA+carte-s1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
        + "Bonjour Sam,\n\nPourriez-vous remplacer la photo du fraisier par celle de la tarte =\n"
        "aux p=EAches ? Les cartes doivent =EAtre imprim=E9es pour le 6 juillet.\n\n"
        "Merci beaucoup,\nAm=E9lie\n",
        labels=dict(timezone="Europe/Paris", due=["2029-07-06"],
                    cr=["remplacer la photo du fraisier"], **EU),
    ),
    Raw(
        2221, "garage-cp1252-base64",
        _head("Jim O'Hara <jim@oharaauto.com>", "RE: Fall service coupon", "Mon, 25 Jun 2029 09:05:00 -0500",
              "000501d9a1$b2c3$d4e5@oharaauto.com", "In-Reply-To: <CA+coupon-s1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: base64\n\n"
        + _b64("Sam \u2013 the coupon should say \u201c$29.99 oil change\u201d, not \u201c$24.99\u201d. "
               "We\u2019d like the mailer in homes by August 15.\r\n\r\nJim\r\n", "cp1252") + "\n",
        labels=dict(timezone="America/Chicago", due=["2029-08-15"],
                    cr=["the coupon should say"]),
    ),
    Raw(
        2222, "florist-mojibake",
        _head("Rosa Lind <rosa@lindflowers.com>", "Re: Wedding brochure", "Mon, 25 Jun 2029 14:40:00 -0400",
              "CA+lind-2@mail.gmail.com", "In-Reply-To: <CA+brochure-s1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        + ("Hi Sam,\n\nWe\u2019d like the cover to use the peony photo, not the roses. "
           "And the price list on page 4 is last year\u2019s \u2013 please swap in the attached one.\n\n"
           "We need the printed brochures by July 20 for the bridal show.\n\nRosa\n"
           ).encode("utf-8").decode("cp1252", errors="replace"),
        labels=dict(timezone="America/New_York", due=["2029-07-20"],
                    cr=["like the cover to use the peony photo, not the roses",
                        "please swap in the attached one"]),
    ),
    Raw(
        2223, "hotel-utf8-label-latin1-bytes",
        _head("Jörg Lange <j.lange@hotel-lange.de>", "AW: Sommerflyer", "Mon, 25 Jun 2029 11:30:00 +0200",
              "AM6PR-lange-1@hotel-lange.de", "In-Reply-To: <CA+flyer-j1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        + _b64("Hallo Sam,\r\n\r\nbitte tauschen Sie das Foto auf der R\u00fcckseite gegen das "
               "Terrassenbild aus. Die Flyer m\u00fcssen bis 13.07. gedruckt sein.\r\n\r\n"
               "Gr\u00fc\u00dfe\r\nJ\u00f6rg\r\n", "latin-1") + "\n",
        labels=dict(timezone="Europe/Berlin", due=["2029-07-13"],
                    cr=["tauschen Sie das Foto auf der"], **EU),
    ),
    Raw(
        2224, "studio-mixed-with-pdf",
        _head("Kai Brandt <kai@brandtstudio.com>", "Re: Class pass flyer", "Mon, 25 Jun 2029 16:00:00 -0700",
              "CA+kai-3@mail.gmail.com", "In-Reply-To: <CA+pass-s1@mail.gmail.com>\n")
        + 'Content-Type: multipart/mixed; boundary="mix-2224"\n\n'
        "--mix-2224\nContent-Type: text/plain; charset=UTF-8\n\n"
        "Sam, marked-up PDF attached. Main thing: the 10-class pass is $150 now, not $140. "
        "Need the flyers by Friday.\n\nKai\n\n"
        "--mix-2224\nContent-Type: application/pdf; name=\"flyer-markup.pdf\"\n"
        "Content-Disposition: attachment; filename=\"flyer-markup.pdf\"\nContent-Transfer-Encoding: base64\n\n"
        "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n"
        "--mix-2224--\n",
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-29"],
                    cr=["the 10-class pass is $150 now, not $140"]),
    ),
    Raw(
        2225, "spa-related-html-cid",
        _head("Mei Tan <mei@lotusday.com>", "Re: Gift card design", "Mon, 25 Jun 2029 12:20:00 -0700",
              "CA+mei-4@mail.gmail.com", "In-Reply-To: <CA+gift-s1@mail.gmail.com>\n")
        + 'Content-Type: multipart/related; boundary="rel-2225"\n\n'
        "--rel-2225\nContent-Type: text/html; charset=UTF-8\n\n"
        '<html><body><p>Hi Sam,</p><p>Can the gift card be gold instead of silver? And please add '
        '"Valid for 12 months" on the back.</p><p>We want them in the shop by July 10.</p>'
        '<p><img src="cid:logo@lotus" alt="Lotus Day Spa"><br>Mei Tan | Owner</p></body></html>\n'
        "--rel-2225\nContent-Type: image/png\nContent-ID: <logo@lotus>\nContent-Transfer-Encoding: base64\n\n"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n"
        "--rel-2225--\n",
        labels=dict(timezone="America/Los_Angeles", due=["2029-07-10"],
                    cr=["Can the gift card be gold instead of silver",
                        'please add "Valid for 12 months" on the back']),
    ),
    Raw(
        2226, "cafe-encoded-subject",
        _head("=?UTF-8?Q?Jos=C3=A9_Mart=C3=ADn?= <jose@martincafe.com>",
              "=?UTF-8?B?UmU6IE1lbsO6IGRlIHZlcmFubyDimJU=?=", "Mon, 25 Jun 2029 08:40:00 -0400",
              "CA+jose-5@mail.gmail.com", "In-Reply-To: <CA+menu-j1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Hi Sam, please take the cold brew off the menu, we stopped making it. The new menu needs "
        "to be up by July 2.\n\nJosé\n",
        labels=dict(timezone="America/New_York", due=["2029-07-02"],
                    cr=["please take the cold brew off the menu"]),
    ),
    Raw(
        2227, "roofer-no-content-type",
        "From: Dale Hicks <dale@hicksroofing.com>\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n"
        "Subject: Re: yard signs\nDate: Mon, 25 Jun 2029 07:30:00 -0500\n"
        "Message-ID: <hicks-6@hicksroofing.com>\nIn-Reply-To: <CA+signs-s1@mail.gmail.com>\n\n"
        "Sam the signs need our license number ROC 312845 on them, state law. Can you get 300 printed "
        "by July 6?\n\nDale\n",
        labels=dict(timezone="America/Chicago", due=["2029-07-06"],
                    req=["the signs need our license number ROC 312845 on them, state law"]),
    ),
    Raw(
        2228, "museum-qp-midword-breaks",
        _head("Eva Novak <enovak@citymuseum.org>", "RE: Exhibition banners", "Mon, 25 Jun 2029 13:10:00 -0400",
              "BN9PR-novak-7@citymuseum.org", "In-Reply-To: <CA+banners-e1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Hi Sam,\n\nThe lender requires that every reproduction carries the credit line =E2=80=9CCourt=\n"
        "esy of the Marsh Collection=E2=80=9D. Please also make the exhibition title lar=\n"
        "ger on the street banners.\n\nThe banners go up on July 16.\n\nEva\n",
        labels=dict(timezone="America/New_York", due=["2029-07-16"],
                    req=["every reproduction carries the credit line"],
                    cr=["make the exhibition title larger on the street banners"]),
    ),
    Raw(
        2229, "dentist-see-html-plain-part",
        _head("Dr. Paul Kim <pkim@kimdental.com>", "RE: Recall postcard", "Mon, 25 Jun 2029 15:45:00 -0400",
              "DM5PR-kim-8@kimdental.com", "In-Reply-To: <CA+recall-p1@mail.gmail.com>\n")
        + 'Content-Type: multipart/alternative; boundary="alt-2229"\n\n'
        "--alt-2229\nContent-Type: text/plain; charset=UTF-8\n\n"
        "This message is in HTML. Please view it in a mail program that shows HTML.\n\n"
        "--alt-2229\nContent-Type: text/html; charset=UTF-8\n\n"
        "<html><body><p>Sam,</p><p>Please put our new Saturday hours (8am-12pm) on the front of the "
        "postcard. It should mail the week of July 9, so we need final files by July 2.</p>"
        "<p>Paul</p></body></html>\n--alt-2229--\n",
        labels=dict(timezone="America/New_York", due=["2029-07-02"],
                    cr=["Please put our new Saturday hours"]),
    ),
    Raw(
        2230, "winery-empty-text-part",
        _head("Gina Costa <gina@costavineyard.com>", "Re: Harvest dinner invite", "Mon, 25 Jun 2029 17:25:00 -0700",
              "CA+gina-9@mail.gmail.com", "In-Reply-To: <CA+dinner-g1@mail.gmail.com>\n")
        + 'Content-Type: multipart/alternative; boundary="alt-2230"\n\n'
        "--alt-2230\nContent-Type: text/plain; charset=UTF-8\n\n\n"
        "--alt-2230\nContent-Type: text/html; charset=UTF-8\n\n"
        "<div dir=\"ltr\">Hi Sam, the dinner is Saturday September 15, not the 22nd. Invites should go out "
        "by August 1. Budget for printing and postage is $900.<div><br></div><div>Gina</div></div>\n"
        "--alt-2230--\n",
        labels=dict(timezone="America/Los_Angeles", due=["2029-08-01", "2029-09-15"],
                    replaced=["2029-09-22"], budgets=[("900", "USD")],
                    cr=["the dinner is Saturday September 15, not the 22nd"]),
    ),
    Raw(
        2231, "school-flowed-delsp",
        _head("Nora Hill <nhill@pinecrestschool.org>", "Re: Open day banner", "Mon, 25 Jun 2029 10:00:00 -0600",
              "pine-10@pinecrestschool.org", "In-Reply-To: <CA+banner-n1@mail.gmail.com>\n"
              "User-Agent: Mozilla Thunderbird\n")
        + "Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hi Sam,\n\nThe banner looks great. Could you change the date line to Septem \n"
        "ber 8 and add our website address under the logo? We need it by Aug \n"
        "ust 24.\n\nNora\n",
        labels=dict(timezone="America/Denver", due=["2029-08-24"],
                    cr=["change the date line to"]),
    ),
    Raw(
        2232, "charity-latin1-html",
        _head("Inés Pardo <ines@fundacionpardo.org>", "RE: Folleto de la gala", "Mon, 25 Jun 2029 18:30:00 +0200",
              "DB8PR-pardo-11@fundacionpardo.org", "In-Reply-To: <CA+gala-i1@mail.gmail.com>\n")
        + "Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
        "<html><body><p>Hola Sam,</p><p>Por favor, a=F1adan el logo del patrocinador en la portada. "
        "El folleto debe estar listo para el 12 de julio.</p><p>Un saludo,<br>In=E9s</p></body></html>\n",
        labels=dict(timezone="Europe/Madrid", due=["2029-07-12"],
                    cr=["a\u00f1adan el logo del patrocinador en la portada"], **EU),
    ),
    Raw(
        2233, "plumber-ascii-smart-quotes-lost",
        _head("Vic Reyes <vic@reyesplumbing.com>", "Re: Truck door decal", "Mon, 25 Jun 2029 06:55:00 -0700",
              "reyes-12@reyesplumbing.com", "In-Reply-To: <CA+decal-v1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n"
        "Sam - we?d like the phone number bigger, it?s hard to read from the road. Also the "
        "website should be reyesplumbing.com not reyes-plumbing.com. Need the decals by Tuesday.\n\nVic\n",
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-26"],
                    cr=["like the phone number bigger",
                        "the website should be reyesplumbing.com not reyes-plumbing.com"]),
    ),
    Raw(
        2234, "brewery-rfc822-attached",
        _head(SAM_ADDR, "Fwd: Oktoberfest poster", "Mon, 25 Jun 2029 12:00:00 -0400",
              "SAM-fwd-2234@brightlane.agency")
        .replace(f"To: {SAM_ADDR}", "To: Brightlane Intake <intake@brightlane.agency>")
        + 'Content-Type: multipart/mixed; boundary="fwd-2234"\n\n'
        "--fwd-2234\nContent-Type: text/plain; charset=UTF-8\n\nClient mail attached, for intake.\n\n"
        "--fwd-2234\nContent-Type: message/rfc822\n\n"
        "From: Hans Weber <hans@weberbrau.com>\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n"
        "Subject: Oktoberfest poster\nDate: Mon, 25 Jun 2029 10:45:00 -0500\n"
        "Message-ID: <weber-13@weberbrau.com>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n\n"
        "Sam, for the Oktoberfest poster we have $1,800. The festival starts September 22; posters "
        "should be up two weeks before. Our brewery logo must appear bigger than the sponsors'.\n\nHans\n"
        "--fwd-2234--\n",
        labels=dict(timezone="America/Chicago", original_sender="hans@weberbrau.com",
                    due=["2029-09-08"], budgets=[("1800", "USD")],
                    req=["Our brewery logo must appear bigger than the sponsors'"]),
    ),
    Raw(
        2235, "gallery-utf16-html",
        _head("Li Wei <li@weigallery.com>", "Re: Exhibition postcard", "Mon, 25 Jun 2029 21:00:00 +0800",
              "wei-14@weigallery.com", "In-Reply-To: <CA+postcard-l1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        + _b64("Dear Sam,\r\n\r\nPlease change the artist name to \u201cChen Yu\u201d (\u9648\u96e8), not Chen Yi. "
               "The opening is 20 July. We need the postcards by 13 July.\r\n\r\nLi Wei\r\n") + "\n",
        labels=dict(timezone="Asia/Shanghai", due=["2029-07-13"],
                    cr=["change the artist name"], day_first=True, default_currency="CNY"),
    ),
    Raw(
        2236, "gym-iso2022-subject-plain",
        _head("Maya Ross <maya@rossfit.com>", "=?ISO-8859-1?Q?Re:_Caf=E9_menu_board?=", "Mon, 25 Jun 2029 09:50:00 -0400",
              "ross-15@rossfit.com", "In-Reply-To: <CA+board-m1@mail.gmail.com>\n")
        + "Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
        "Sam, the smoothie prices are all $1 too low on the board. Please fix them. Board has to be "
        "up before the July 4 open gym.\n\nMaya\n",
        labels=dict(timezone="America/New_York", due=["2029-07-03"],
                    cr=["the smoothie prices are all $1 too low on the board"]),
    ),
    Raw(
        2237, "realtor-html-entities-only",
        _head("Pat Gomez <pat@gomezhomes.com>", "Re: Listing postcard", "Mon, 25 Jun 2029 13:35:00 -0700",
              "gomez-16@gomezhomes.com", "In-Reply-To: <CA+listing-p1@mail.gmail.com>\n")
        + "Content-Type: text/html; charset=us-ascii\n\n"
        "<p>Sam &#8211; the price should read &#36;649,000, not &#36;675,000. We dropped it this "
        "morning. Can the postcards still go out Thursday&#63;</p><p>Pat</p>\n",
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-28"],
                    cr=["the price should read $649,000, not $675,000"]),
    ),
    Raw(
        2238, "bank-outlook-rtf-like-plain",
        _head("Owen Price <oprice@firstvalleybank.com>", "RE: CD rate ad", "Mon, 25 Jun 2029 11:05:00 -0400",
              "SN7PR-price-17@firstvalleybank.com", "In-Reply-To: <CA+cd-o1@mail.gmail.com>\n"
              "X-MS-Has-Attach: yes\nX-MS-TNEF-Correlator: <SN7PR-price-17@firstvalleybank.com>\n")
        + "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Sam,=0D=0A=0D=0AThe APY must be shown with the term and the minimum deposit, it's a Reg DD =\n"
        "requirement. Please change the headline rate to 4.65% APY.=0D=0A=0D=0AThe ad runs July 9.=0D=0A=\n"
        "=0D=0AOwen\n",
        labels=dict(timezone="America/New_York", due=["2029-07-09"],
                    req=["The APY must be shown with the term and the minimum deposit"],
                    cr=["change the headline rate to 4.65% APY"]),
    ),
    Raw(
        2239, "farm-base64-html-latin1",
        _head("Pia Holm <pia@holmfarm.dk>", "Re: Farm shop sign", "Mon, 25 Jun 2029 15:15:00 +0200",
              "holm-18@holmfarm.dk", "In-Reply-To: <CA+sign-p1@mail.gmail.com>\n")
        + "Content-Type: text/html; charset=ISO-8859-1\nContent-Transfer-Encoding: base64\n\n"
        + _b64("<html><body><p>Hi Sam,</p><p>Please use the photo of the strawberry field instead of the "
               "barn, and the opening hours are 9-18, not 10-18.</p><p>We need the sign by 6 July. "
               "Budget is 4.000 kr.</p><p>Pia H\u00f8lm</p></body></html>", "latin-1") + "\n",
        labels=dict(timezone="Europe/Copenhagen", due=["2029-07-06"],
                    budgets=[("4000", "DKK")],
                    cr=["Please use the photo of the strawberry field instead of the barn"],
                    day_first=True, default_currency="DKK"),
    ),
]
