"""The hundredth labelled set (2140-2159), written on 2026-12-07 (thirtieth session) after
tune76's rules and before any rule of its own: the split ``tune77``, scored blind first, then
tuned on.

HTML-only mail as the programs write it, no plain part: Outlook's Word HTML (``MsoNormal``
paragraphs, lists as ``MsoListParagraph`` with a hidden "·" or "1." span, ``<o:p>``, a
signature table with a logo), Outlook on the web's ``<div>`` lines and ``appendonsend``,
Gmail's ``<div dir="ltr">`` lines and ``gmail_quote`` blockquote, Apple Mail's ``<div>`` and
``<br>``, an old client's ``<font>`` tags, ``&nbsp;`` runs, entities for quotes and dashes,
``<b>`` labels ("<b>Deadline:</b> May 11"), a ``<ul>`` of asks, a ``<hr>`` over the quote,
a mail whose every sentence ends in ``<br>``. Written out by hand, as in ``specs_103.py``.
Dates run in the week of 30 April 2029 (a Monday).
"""

from specs_103 import _mail

from build import Raw

EU = dict(day_first=True, default_currency="EUR")
HTML = "text/html; charset=utf-8"


def _outlook_quote(sent: str, to: str, subject: str, body: str) -> str:
    """Outlook's Word HTML quote block: its rule, the header fields in bold, the old body."""
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
        '<p class="MsoNormal"><b>From:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br>'
        f"<b>Sent:</b> {sent}<br><b>To:</b> {to}<br><b>Subject:</b> {subject}</p></div>"
        f'<p class="MsoNormal">{body}<o:p></o:p></p>')


def _li(n: str, text: str) -> str:
    """One item of an Outlook list: a paragraph whose marker hides in an ``mso-list`` span."""
    return ('<p class="MsoListParagraph" style="text-indent:-.25in;mso-list:l0 level1 lfo1">'
            '<![if !supportLists]><span style="font-family:Symbol"><span style="mso-list:Ignore">'
            f"{n}<span style=\"font:7.0pt 'Times New Roman'\">&nbsp;&nbsp;&nbsp;&nbsp;</span>"
            f"</span></span><![endif]>{text}<o:p></o:p></p>")


ITEMS = [
    Raw(
        2140, "zoo-outlook-word-list",
        _mail("Paula Green <pgreen@riversidezoo.org>", "RE: Summer nights poster", "Mon, 30 Apr 2029 10:12:00 -0400",
              '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
              '<body lang="EN-US"><div class="WordSection1">'
              '<p class="MsoNormal">Hi Sam,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
              '<p class="MsoNormal">Comments from our team:<o:p></o:p></p>'
              + _li("·", "Please use the giraffe photo instead of the lion.")
              + _li("·", "The ticket price should read $18, not $15.")
              + _li("·", "Add the sponsor logo (Harbor Bank) in the footer.")
              + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
              '<p class="MsoNormal">We need the final files by May 11 to make the printer&#8217;s slot.<o:p></o:p></p>'
              '<p class="MsoNormal">Thanks,<o:p></o:p></p><p class="MsoNormal">Paula<o:p></o:p></p>'
              + _outlook_quote("Friday, April 27, 2029 3:00 PM", "Paula Green", "Summer nights poster",
                               "Hi Paula, the poster draft is attached. Printing 300 is $450.")
              + "</div></body></html>\n",
              mid="BN7PR02MB1111A1@BN7PR02MB1111.namprd02.prod.outlook.com", ctype=HTML,
              extra="In-Reply-To: <CA+zoo-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-05-11"],
                    cr=["use the giraffe photo instead of the lion",
                        "The ticket price should read $18, not $15",
                        "Add the sponsor logo"]),
    ),
    Raw(
        2141, "bakery-gmail-div-lines",
        _mail("Nora Blake <nora@blakebakehouse.com>", "Re: Bread subscription email", "Mon, 30 Apr 2029 11:40:00 -0700",
              '<div dir="ltr"><div>Hi Sam,</div><div><br></div>'
              '<div>Looks great. Two small things</div>'
              '<div>the subscription is $24 a month, not $22</div>'
              '<div>and the sign-up link should go to /subscribe, not the home page</div>'
              '<div><br></div><div>Can it go out Thursday?</div><div><br></div><div>Nora</div></div>'
              '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Apr 30, 2029 at 9:02 AM Sam Ortiz &lt;'
              '<a href="mailto:sam.ortiz@brightlane.agency">sam.ortiz@brightlane.agency</a>&gt; wrote:<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              '<div dir="ltr">Hi Nora, the subscription email is ready. We planned to send it May 8.</div></blockquote></div>\n',
              mid="CAN1+nora-bread@mail.gmail.com", ctype=HTML,
              extra="In-Reply-To: <CA+bread-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-05-03"],
                    cr=["the subscription is $24 a month, not $22",
                        "the sign-up link should go to /subscribe",
                        "Can it go out Thursday"]),
    ),
    Raw(
        2142, "hospital-owa-divs",
        _mail("Dr. Ray Chen <rchen@lakeviewhealth.org>", "RE: Flu clinic signage", "Mon, 30 Apr 2029 13:05:00 -0500",
              '<html><head><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
              '<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
              'Sam,</div><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>'
              '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
              'All patient-facing signs must include the Spanish translation below the English, per our language access policy. '
              'Please also make the clinic hours larger on the A-frame sign.</div>'
              '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>'
              '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Ray</div>'
              '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              '<b>From:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br><b>Sent:</b> Monday, April 30, 2029 10:00 AM<br>'
              '<b>To:</b> Ray Chen &lt;rchen@lakeviewhealth.org&gt;<br><b>Subject:</b> Flu clinic signage</font><div>&nbsp;</div></div>'
              '<div>Hi Ray, the clinic signs are attached. The clinic opens October 1 and printing is $780.</div></body></html>\n',
              mid="CH2PR19MB2222B2@CH2PR19MB2222.namprd19.prod.outlook.com", ctype=HTML,
              extra="In-Reply-To: <CA+flu-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago",
                    req=["All patient-facing signs must include the Spanish translation"],
                    cr=["make the clinic hours larger on the A-frame sign"]),
    ),
    Raw(
        2143, "winery-apple-html-br",
        _mail("Marco Rossi <marco@rossiestate.com>", "Re: Release party invite", "Mon, 30 Apr 2029 16:22:00 -0700",
              '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
              'Hi Sam,<br><br>The release party is Saturday May 19 at 6pm.<br>'
              'Invites need to be in the mail by May 7.<br>Budget for printing and postage is $1,200.<br><br>'
              'Please use the vineyard sunset photo, not the barrel room.<br><br>Marco<br><br>'
              '<div dir="ltr">Sent from my iPad</div></body></html>\n',
              mid="E1D2C3B4-A5F6-4789-8A9B-0C1D2E3F4A5B@rossiestate.com", ctype=HTML,
              extra="In-Reply-To: <CA+release-s1@mail.gmail.com>\nX-Mailer: iPad Mail (21E236)\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-05-07"],
                    budgets=[("1200", "USD")],
                    cr=["use the vineyard sunset photo, not the barrel room"]),
    ),
    Raw(
        2144, "law-outlook-bold-labels",
        _mail("Diane Foster <dfoster@fosterlaw.com>", "Newsletter - spring issue", "Mon, 30 Apr 2029 09:15:00 -0400",
              '<html><body><div class="WordSection1"><p class="MsoNormal">Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">Details for the spring client newsletter:<o:p></o:p></p>'
              '<p class="MsoNormal"><b>Send date:</b> May 15<o:p></o:p></p>'
              '<p class="MsoNormal"><b>Budget:</b> $2,500 (design and send)<o:p></o:p></p>'
              '<p class="MsoNormal"><b>Must include:</b> the attorney advertising disclaimer at the bottom<o:p></o:p></p>'
              '<p class="MsoNormal"><b>Goal:</b> 30% open rate<o:p></o:p></p>'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Diane Foster<br>Managing Partner<o:p></o:p></p>'
              '<table class="MsoNormalTable"><tr><td><p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DA"></p></td>'
              '<td><p class="MsoNormal">Foster Law LLP | 200 Main St | (555) 010-2000<br>Office closed May 28 for Memorial Day</p></td></tr></table>'
              '</div></body></html>\n',
              mid="SN4PR05MB3333C3@SN4PR05MB3333.namprd05.prod.outlook.com", ctype=HTML),
        labels=dict(timezone="America/New_York", due=["2029-05-15"],
                    budgets=[("2500", "USD")],
                    req=["the attorney advertising disclaimer at the bottom"],
                    obj=["30% open rate"]),
    ),
    Raw(
        2145, "bikes-font-tags",
        _mail("Gus Berg <gus@bergcycles.com>", "RE: Spring sale ad", "Mon, 30 Apr 2029 08:30:00 -0600",
              '<HTML><BODY><FONT face=Arial size=2>Sam,<BR><BR>Change the headline to &quot;Ride Into Spring&quot; and '
              'make the 20% OFF bigger.<BR>Ad has to be at the paper Wednesday noon.<BR><BR>Gus</FONT><BR><BR>'
              '<FONT face=Tahoma size=2><B>From:</B> Sam Ortiz [mailto:sam.ortiz@brightlane.agency]<BR>'
              '<B>Sent:</B> Friday, April 27, 2029 4:00 PM<BR><B>To:</B> Gus Berg<BR><B>Subject:</B> Spring sale ad</FONT><BR><BR>'
              '<FONT face=Arial size=2>Gus, here is the ad. It runs May 6 and costs $640.</FONT></BODY></HTML>\n',
              mid="000a01d9$b2c3d4e5$f6a7b8c9$@bergcycles.com", ctype=HTML,
              extra="In-Reply-To: <CA+sale-s1@mail.gmail.com>\nX-Mailer: Microsoft Outlook 14.0\n"),
        labels=dict(timezone="America/Denver", due=["2029-05-02"],
                    cr=['Change the headline to "Ride Into Spring"']),
    ),
    Raw(
        2146, "clinic-html-ul-asks",
        _mail("Lena Ortiz <lena@ortizpt.com>", "Re: Website copy", "Mon, 30 Apr 2029 12:00:00 -0700",
              '<div dir="ltr"><p>Hi Sam, a few edits on the services page:</p><ul>'
              '<li>rename &ldquo;Rehab&rdquo; to &ldquo;Physical Therapy&rdquo;</li>'
              '<li>remove the bit about aquatic therapy, we stopped offering it</li>'
              '<li>add our new Tuesday evening hours (5&ndash;8pm)</li></ul>'
              '<p>Also, we can&rsquo;t show patient faces anywhere on the site without a signed release.</p>'
              '<p>Thanks!<br>Lena</p></div>\n',
              mid="CAP3+lena-web@mail.gmail.com", ctype=HTML,
              extra="In-Reply-To: <CA+webcopy-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles",
                    cr=["rename", "remove the bit about aquatic therapy", "add our new Tuesday evening hours"],
                    req=["we can't show patient faces anywhere on the site without a signed release"]),
    ),
    Raw(
        2147, "gallery-outlook-numbered-list",
        _mail("Ines Weber <i.weber@galerie-weber.de>", "AW: Ausstellungsplakat", "Mon, 30 Apr 2029 15:20:00 +0200",
              '<html><body><div class="WordSection1"><p class="MsoNormal">Hi Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">here are our corrections:<o:p></o:p></p>'
              + _li("1.", "The artist&#8217;s name is Jonas Richter, not Jonas Richters.")
              + _li("2.", "The opening is on 24.05., not 25.05.")
              + _li("3.", "Please put the gallery logo top right.")
              + '<p class="MsoNormal">The posters must be in the gallery by 18.05.<o:p></o:p></p>'
              '<p class="MsoNormal">Best<br>Ines<o:p></o:p></p>'
              + _outlook_quote("Montag, 30. April 2029 10:00", "Ines Weber", "Ausstellungsplakat",
                               "Hi Ines, the poster for the exhibition is attached. Printing 100 A1 posters is EUR 690.")
              + "</div></body></html>\n",
              mid="FR4P281MB4444D4@FR4P281MB4444.DEUP281.PROD.OUTLOOK.COM", ctype=HTML,
              extra="In-Reply-To: <CA+plakat-g1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Berlin", due=["2029-05-18"],
                    cr=["The artist's name is Jonas Richter, not Jonas Richters",
                        "The opening is on 24.05., not 25.05.",
                        "Please put the gallery logo top right"], **EU),
    ),
    Raw(
        2148, "farm-html-nbsp-runs",
        _mail("Ted Walsh <ted@walshorchards.com>", "Re: Apple festival banner", "Mon, 30 Apr 2029 07:50:00 -0400",
              '<div>Morning&nbsp;Sam,&nbsp;&nbsp;the&nbsp;banner&nbsp;looks&nbsp;good&nbsp;but&nbsp;the&nbsp;dates&nbsp;are&nbsp;wrong.'
              '&nbsp;The&nbsp;festival&nbsp;is&nbsp;September&nbsp;22&#8211;23,&nbsp;not&nbsp;29&#8211;30.</div>'
              '<div><br></div><div>We&nbsp;need&nbsp;it&nbsp;hung&nbsp;by&nbsp;Labor&nbsp;Day.</div><div><br></div><div>Ted</div>\n',
              mid="CAQ4+ted-banner@mail.gmail.com", ctype=HTML,
              extra="In-Reply-To: <CA+banner-t1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-09-03"],
                    cr=["The festival is September 22–23, not 29–30"]),
    ),
    Raw(
        2149, "store-outlook-signature-table",
        _mail("Amy Tran <atran@tranhome.com>", "Father's Day email", "Mon, 30 Apr 2029 14:45:00 -0400",
              '<html><body><div class="WordSection1"><p class="MsoNormal">Hi Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">We&#8217;d like a Father&#8217;s Day email featuring the grills and the patio sets. '
              'It should go out June 7, and we have $900 for it including the send.<o:p></o:p></p>'
              '<p class="MsoNormal">Goal is 150 orders from the email.<o:p></o:p></p>'
              '<p class="MsoNormal">Thanks!<o:p></o:p></p>'
              '<table class="MsoNormalTable" border="0"><tr><td style="padding:0"><p class="MsoNormal"><b>Amy Tran</b><br>'
              'Marketing Manager<br>Tran Home &amp; Garden<br>Spring Sale ends May 6 &#8211; up to 40% off!<br>'
              'Free delivery on orders over $99</p></td></tr></table></div></body></html>\n',
              mid="DM8PR03MB5555E5@DM8PR03MB5555.namprd03.prod.outlook.com", ctype=HTML),
        labels=dict(timezone="America/New_York", due=["2029-06-07"],
                    budgets=[("900", "USD")], obj=["150 orders from the email"]),
    ),
    Raw(
        2150, "charity-gmail-html-quote-nested",
        _mail("Rita Boyle <rita@brightfutures.org>", "Re: Gala program", "Mon, 30 Apr 2029 17:10:00 -0400",
              '<div dir="ltr">Approved with one change: please move the sponsor page to the back.<div><br></div><div>Rita</div></div>'
              '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Apr 30, 2029 at 2:00 PM Sam Ortiz wrote:<br></div>'
              '<blockquote class="gmail_quote"><div dir="ltr">Hi Rita, program v3 attached. It needs your approval by May 9 to print for the May 19 gala.'
              '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Apr 27, 2029 at 9:00 AM Rita Boyle wrote:<br></div>'
              '<blockquote class="gmail_quote"><div dir="ltr">Sam, please add the silent auction page and cut the welcome letter to one page.</div>'
              '</blockquote></div></div></blockquote></div>\n',
              mid="CAR5+rita-program@mail.gmail.com", ctype=HTML,
              extra="In-Reply-To: <CA+program-s3@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York",
                    cr=["please move the sponsor page to the back"]),
    ),
    Raw(
        2151, "resort-outlook-html-red-answers",
        _mail("Kai Mahoe <kai@mahoeresort.com>", "RE: Summer rates email - questions", "Mon, 30 Apr 2029 08:00:00 -1000",
              '<html><body><div class="WordSection1"><p class="MsoNormal">Answers in red below. Kai<o:p></o:p></p>'
              + _outlook_quote("Monday, April 30, 2029 7:00 AM", "Kai Mahoe", "Summer rates email - questions",
                               'Hi Kai, a few questions:<br>1. Send date May 14 still OK? '
                               '<span style="color:red">No, make it May 21, the new rooms open that week.</span><br>'
                               '2. Use the pool photo as the hero? <span style="color:red">Yes.</span><br>'
                               '3. Same budget as last time, $3,000? <span style="color:red">Yes.</span>')
              + "</div></body></html>\n",
              mid="BY3PR10MB6666F6@BY3PR10MB6666.namprd10.prod.outlook.com", ctype=HTML,
              extra="In-Reply-To: <CA+rates-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Pacific/Honolulu", due=["2029-05-21"],
                    budgets=[("3000", "USD")],
                    cr=["make it May 21"]),
    ),
    Raw(
        2152, "spa-html-only-one-line",
        _mail("Mei Lin <mei@lotusdayspa.com>", "Mother's Day promo", "Mon, 30 Apr 2029 10:30:00 -0700",
              '<html><body><p style="margin:0">Hi Sam! Could you put together a Mother&#39;s Day promo for Instagram and our email list? '
              'Budget is around $600. We&#39;d need it live by Friday May 4. Please don&#39;t use any photos with faces, '
              'our clients value privacy. Thank you!! Mei</p></body></html>\n',
              mid="CAS6+mei-promo@mail.gmail.com", ctype=HTML),
        labels=dict(timezone="America/Los_Angeles", due=["2029-05-04"],
                    budgets=[("600", "USD")],
                    req=["Please don't use any photos with faces"]),
    ),
    Raw(
        2153, "college-outlook-html-table-schedule",
        _mail("Tom Reyes <treyes@valleycc.edu>", "Fall enrollment campaign", "Mon, 30 Apr 2029 11:00:00 -0700",
              '<html><body><div class="WordSection1"><p class="MsoNormal">Hi Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">Here is the schedule for the fall campaign:<o:p></o:p></p>'
              '<table class="MsoTableGrid" border="1"><tr><td><b>Piece</b></td><td><b>Due</b></td><td><b>Budget</b></td></tr>'
              '<tr><td>Postcards</td><td>June 4</td><td>$3,200</td></tr>'
              '<tr><td>Bus shelter ads</td><td>June 18</td><td>$8,500</td></tr></table>'
              '<p class="MsoNormal">Classes start August 20. Everything must carry the college seal.<o:p></o:p></p>'
              '<p class="MsoNormal">Tom<o:p></o:p></p></div></body></html>\n',
              mid="BYAPR07MB7777A7@BYAPR07MB7777.namprd07.prod.outlook.com", ctype=HTML),
        labels=dict(timezone="America/Los_Angeles", due=["2029-06-04", "2029-06-18"],
                    budgets=[("3200", "USD"), ("8500", "USD")],
                    req=["Everything must carry the college seal"]),
    ),
    Raw(
        2154, "brewery-html-emoji-images",
        _mail("Sean Doyle <sean@doylebrewing.com>", "Re: Tap list design", "Mon, 30 Apr 2029 18:30:00 -0500",
              '<div dir="auto">Love it <img src="cid:emoji_1f37a" alt="🍺"> only thing, the IPA is 6.8% not 7.2%'
              '<div dir="auto"><br></div><div dir="auto">need the boards printed before the tap takeover on the 12th</div>'
              '<div dir="auto"><br></div><div dir="auto">Sean</div></div>\n',
              mid="CAT7+sean-tap@mail.gmail.com", ctype=HTML,
              extra="In-Reply-To: <CA+tap-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago", due=["2029-05-11"],
                    cr=["the IPA is 6.8% not 7.2%"]),
    ),
    Raw(
        2155, "museum-outlook-html-hr-quote-long",
        _mail("Claire Dunn <cdunn@harbormuseum.org>", "RE: Members' magazine", "Mon, 30 Apr 2029 13:40:00 -0400",
              '<html><body><div class="WordSection1">'
              '<p class="MsoNormal">Dear Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">Thank you for the layouts. The director has a few requests. The cover should feature the new whale skeleton '
              'rather than the lighthouse, as that is the exhibition we are promoting this summer. On page 6, the donor list is '
              'missing the Harrington Foundation, who gave the lead gift. The calendar on page 12 should drop the June 2 lecture, '
              'which has been cancelled.<o:p></o:p></p>'
              '<p class="MsoNormal">The magazine goes to members with the June mailing, so the printer needs final files by May 22. '
              'Our budget for the issue remains $14,000.<o:p></o:p></p>'
              '<p class="MsoNormal">Kind regards,<br>Claire Dunn<br>Head of Membership<o:p></o:p></p>'
              '<hr size="2" width="100%" align="center">'
              '<p class="MsoNormal"><b>From:</b> Sam Ortiz<br><b>Sent:</b> Friday, April 27, 2029 11:00 AM<br><b>To:</b> Claire Dunn<br>'
              '<b>Subject:</b> Members\' magazine</p><p class="MsoNormal">Dear Claire, the summer issue layouts are attached. We had May 29 for final files.</p>'
              '</div></body></html>\n',
              mid="MW4PR14MB8888B8@MW4PR14MB8888.namprd14.prod.outlook.com", ctype=HTML,
              extra="In-Reply-To: <CA+mag-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-05-22"],
                    budgets=[("14000", "USD")],
                    cr=["The cover should feature the new whale skeleton rather than the lighthouse",
                        "the donor list is missing the Harrington Foundation",
                        "The calendar on page 12 should drop the June 2 lecture"]),
    ),
    Raw(
        2156, "hotel-spanish-html",
        _mail("Carmen Vidal <carmen@hotelmarina.es>", "RE: Folleto verano", "Mon, 30 Apr 2029 12:15:00 +0200",
              '<html><body><div class="WordSection1"><p class="MsoNormal">Hola Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">Por favor, cambien la foto de la portada por la de la piscina. '
              'El precio de la habitación doble es 120&nbsp;€, no 110&nbsp;€.<o:p></o:p></p>'
              '<p class="MsoNormal">Necesitamos el folleto impreso para el 25 de mayo.<o:p></o:p></p>'
              '<p class="MsoNormal">Saludos,<br>Carmen<o:p></o:p></p></div></body></html>\n',
              mid="AM9PR08MB9999C9@AM9PR08MB9999.eurprd08.prod.outlook.com", ctype=HTML,
              extra="In-Reply-To: <CA+folleto-c1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Madrid", due=["2029-05-25"],
                    cr=["cambien la foto de la portada",
                        "El precio de la habitación doble es 120"], **EU),
    ),
    Raw(
        2157, "dealer-html-bold-caps-asks",
        _mail("Rick Moss <rick@mossautogroup.com>", "RE: Memorial Day sale", "Mon, 30 Apr 2029 09:45:00 -0500",
              '<html><body><p><b>SAM - THE APR IS WRONG, IT&#39;S 1.9% NOT 2.9%.</b></p>'
              '<p>Also the disclaimer needs to be readable, at least 8pt, the state requires it.</p>'
              '<p>Sale starts May 24, ads have to run from the 22nd.</p><p>Rick</p></body></html>\n',
              mid="CAU8+rick-sale@mail.gmail.com", ctype=HTML,
              extra="In-Reply-To: <CA+memorial-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago", due=["2029-05-22"],
                    cr=["THE APR IS WRONG, IT'S 1.9% NOT 2.9%"],
                    req=["the disclaimer needs to be readable, at least 8pt, the state requires it"]),
    ),
    Raw(
        2158, "theatre-apple-html-quote-below",
        _mail("Jo Price <jo@lyrictheatre.org>", "Re: Season brochure", "Mon, 30 Apr 2029 20:05:00 -0400",
              '<html><body dir="auto"><div>Sam - one fix: the Saturday matinee is at 2pm, not 3pm. Otherwise we&rsquo;re good to print.</div>'
              '<div><br></div><div>Jo</div><div><br><blockquote type="cite">On Apr 30, 2029, at 4:00 PM, Sam Ortiz wrote:<br><br></blockquote></div>'
              '<blockquote type="cite"><div>Hi Jo, the season brochure is final. We print on May 8 for $5,600. Please confirm by Friday.</div></blockquote>'
              '</body></html>\n',
              mid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@lyrictheatre.org", ctype=HTML,
              extra="In-Reply-To: <CA+season-s1@mail.gmail.com>\nX-Mailer: iPhone Mail (21E236)\n"),
        labels=dict(timezone="America/New_York",
                    cr=["the Saturday matinee is at 2pm, not 3pm"]),
    ),
    Raw(
        2159, "nonprofit-outlook-html-long-brief",
        _mail("Hannah Cole <hcole@greenwaytrust.org>", "Autumn appeal - brief", "Mon, 30 Apr 2029 10:50:00 -0400",
              '<html><body><div class="WordSection1">'
              '<p class="MsoNormal">Hi Sam,<o:p></o:p></p>'
              '<p class="MsoNormal">Our board approved the autumn appeal. We want to raise $80,000 from individual donors, '
              'up from $62,000 last year.<o:p></o:p></p>'
              '<p class="MsoNormal"><b>What we need</b><o:p></o:p></p>'
              + _li("·", "A four-page letter and a reply card")
              + _li("·", "Two emails and a social toolkit")
              + '<p class="MsoNormal"><b>Rules</b><o:p></o:p></p>'
              + _li("·", "Every piece must show our charity registration number.")
              + _li("·", "No photos of children without a signed consent form.")
              + '<p class="MsoNormal">The letter drops September 15. The total budget is $12,000.<o:p></o:p></p>'
              '<p class="MsoNormal">Hannah<o:p></o:p></p></div></body></html>\n',
              mid="CO1PR11MB0000D0@CO1PR11MB0000.namprd11.prod.outlook.com", ctype=HTML),
        labels=dict(timezone="America/New_York", due=["2029-09-15"],
                    budgets=[("12000", "USD")],
                    req=["Every piece must show our charity registration number",
                         "No photos of children without a signed consent form"],
                    obj=["raise $80,000 from individual donors"]),
    ),
]
