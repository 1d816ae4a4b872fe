"""Auto-replies (RFC 3834 headers, and subject-only ones in EN/FR/DE/ES), bounces (046-057).

The pipeline never extracts from these: the quality test scores only ``auto_reply`` here.
"""

from build import Mail, Person, Raw
from cast import ANGELA, CAMILLE, ERIK, JESS, JONAS, LUCA, MIA, NINA, PRIYA, ROBERT, SAM

LUCIA = Person("Lucía Ramírez", "lucia@verdekitchen.com", "America/Los_Angeles")
AUTO = dict(auto_reply=True)

BOUNCE_POSTFIX = """
Return-Path: <>
Received: from mx1.brightlane.agency (mx1.brightlane.agency [203.0.113.25])
	by mail.brightlane.agency (Postfix) with ESMTP id 4Fq2Kc1ZbNz9sT
	for <sam.ortiz@brightlane.agency>; Wed,  8 Apr 2026 14:02:11 -0400 (EDT)
Date: Wed,  8 Apr 2026 14:02:11 -0400 (EDT)
From: MAILER-DAEMON@mx1.brightlane.agency (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sam.ortiz@brightlane.agency
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Fq2Kc1ZbNz9sT.1775671331/mx1.brightlane.agency"
Content-Transfer-Encoding: 8bit
Message-Id: <20260408180211.4Fq2Kc1ZbNz9sT@mx1.brightlane.agency>

This is a MIME-encapsulated message.

--4Fq2Kc1ZbNz9sT.1775671331/mx1.brightlane.agency
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.brightlane.agency.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<events@crumbandco.com>: host aspmx.l.google.com[142.250.27.26] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try double-checking the recipient's email address for typos or unnecessary
    spaces. (in reply to RCPT TO command)

--4Fq2Kc1ZbNz9sT.1775671331/mx1.brightlane.agency
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.brightlane.agency
X-Postfix-Queue-ID: 4Fq2Kc1ZbNz9sT
X-Postfix-Sender: rfc822; sam.ortiz@brightlane.agency
Arrival-Date: Wed,  8 Apr 2026 14:02:09 -0400 (EDT)

Final-Recipient: rfc822; events@crumbandco.com
Original-Recipient: rfc822;events@crumbandco.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.

--4Fq2Kc1ZbNz9sT.1775671331/mx1.brightlane.agency
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

From: Sam Ortiz <sam.ortiz@brightlane.agency>
To: events@crumbandco.com
Subject: Patio menu launch - posters due April 24
Date: Wed, 8 Apr 2026 14:02:05 -0400
Message-ID: <CA+bounce0001@mail.gmail.com>

--4Fq2Kc1ZbNz9sT.1775671331/mx1.brightlane.agency--
"""

BOUNCE_EXCHANGE = """
From: Microsoft Outlook <postmaster@meridianbank.com>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Date: Tue, 6 Oct 2026 09:12:44 +0000
Subject: Undeliverable: Q4 scripts - revised
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_NDR_b7e1c0a2d9f84c5e_"
Content-Language: en-US
Message-ID: <b7e1c0a2-d9f8-4c5e-9a11-0e2f6c1d3b44@meridianbank.com>
In-Reply-To: <MN2PRQ4SCRIPTSMB0001@MN2PRQ4.namprd.prod.outlook.com>
References: <MN2PRQ4SCRIPTSMB0001@MN2PRQ4.namprd.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0

--_000_NDR_b7e1c0a2d9f84c5e_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to j.okafor@meridianbank.com couldn't be delivered.
j.okafor wasn't found at meridianbank.com.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.

--_000_NDR_b7e1c0a2d9f84c5e_
Content-Type: message/delivery-status

Reporting-MTA: dns;BN8PR12MB3282.namprd12.prod.outlook.com
Received-From-MTA: dns;mail.brightlane.agency
Arrival-Date: Tue, 6 Oct 2026 09:12:43 +0000

Final-Recipient: rfc822;j.okafor@meridianbank.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
    found by SMTP address lookup

--_000_NDR_b7e1c0a2d9f84c5e_
Content-Type: message/rfc822

From: Sam Ortiz <sam.ortiz@brightlane.agency>
To: Jide Okafor <j.okafor@meridianbank.com>
Subject: Q4 scripts - revised
Date: Tue, 6 Oct 2026 05:12:30 -0400
Message-ID: <MN2PRQ4SCRIPTSMB0001@MN2PRQ4.namprd.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hi Jide,

Revised scripts attached. Legal needs them back by October 7, and the
production estimate is $212,000.

Sam

--_000_NDR_b7e1c0a2d9f84c5e_--
"""

ITEMS = [
    Mail(
        46, "ooo-outlook-rfc3834", ROBERT, SAM, "2026-11-20 17:31",
        "Automatic reply: Holiday spots - final files",
        """Thank you for your email. I am out of the office from Monday, November 23
until Monday, November 30, with limited access to email.

For urgent matters please contact Helen Ashford at helen.ashford@meridianbank.com
or +1 212 555 0101.

Robert Kim""",
        style="outlook",
        extra_headers=(("Auto-Submitted", "auto-generated"),
                       ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "robert.kim@meridianbank.com")),
        labels=AUTO,
    ),
    Mail(
        47, "ooo-gmail-vacation-re-subject", NINA, PRIYA, "2026-03-03 08:02",
        "Re: Launch video - rough cut",
        """Hi! I'm at a conference until Friday, March 6 and will reply when I'm back.
If it's about the launch on March 10, please reach Raj (raj@stackwise.io).

Nina""",
        extra_headers=(("Auto-Submitted", "auto-replied"),),
        labels=AUTO,
    ),
    Mail(
        48, "ooo-sieve-vacation", JESS, SAM, "2026-07-22 06:00", "Auto: Fall catalog - specs",
        """I'm hiking in Utah with no signal until August 3. Your message has not been
forwarded. For anything about the fall catalog, please write to
marketing@northwindoutfitters.com.

Jess""",
        style="plain",
        extra_headers=(("Auto-Submitted", "auto-replied (vacation)"),
                       ("Precedence", "bulk")),
        labels=AUTO,
    ),
    Mail(
        49, "ooo-french-subject-only", CAMILLE, SAM, "2026-08-10 09:00",
        "Réponse automatique : Absence du bureau",
        """Bonjour,

Je suis absente du 10/08 au 24/08 inclus, sans accès à mes e-mails.
Pour toute urgence, merci de contacter Sophie Martin (s.martin@maison-lumiere.fr).

Cordialement,
Camille Durand""",
        style="outlook", cte="quoted-printable",
        labels=dict(auto_reply=True, day_first=True, default_currency="EUR"),
    ),
    Mail(
        50, "ooo-german-subject-only", JONAS, SAM, "2026-09-28 07:45",
        "Abwesenheitsnotiz: AW: Katalog Korrektur 1",
        """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 09.10.2026 nicht im Büro. In dringenden Fällen
wenden Sie sich bitte an Frau Hofmann (hofmann@brenner-werkzeuge.de,
Tel. +49 89 1234 5670). Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Jonas Weber""",
        style="outlook", cte="quoted-printable",
        labels=dict(auto_reply=True, day_first=True, default_currency="EUR"),
    ),
    Mail(
        51, "ooo-spanish-subject-only", LUCIA, PRIYA, "2026-04-27 12:10",
        "Respuesta automática: Fuera de la oficina",
        """Hola,

Estoy fuera de la oficina hasta el 4 de mayo, con acceso limitado al correo.
Para asuntos urgentes, escriba a marcus@verdekitchen.com.

Gracias,
Lucía""",
        style="outlook", cte="quoted-printable",
        labels=AUTO,
    ),
    Mail(
        52, "ooo-english-subject-only", ANGELA, SAM, "2026-02-24 10:06",
        "Out of Office: Direct mail proof",
        """I am out of the office until Monday, March 2. I will respond to your message
when I return. For compliance questions please contact Gary Lindholm.""",
        style="outlook",
        labels=AUTO,
    ),
    Mail(
        53, "ooo-xautoreply-sydney", MIA, LUCA, "2026-12-21 09:00", "Auto Reply: Summer campaign",
        """Thanks for your email. I'm on annual leave until 5 January 2027 and won't be
checking email. For anything urgent about the summer campaign, please contact
our marketing team on marketing@visitbluewaterbay.com.au or 02 9555 0100.

Mia""",
        extra_headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                       ("Auto-Submitted", "auto-replied")),
        labels=dict(auto_reply=True, default_currency="AUD"),
    ),
    Raw(54, "bounce-postfix-dsn", BOUNCE_POSTFIX,
        labels=dict(auto_reply=True, bounce=True, timezone="America/New_York")),
    Raw(55, "bounce-exchange-ndr", BOUNCE_EXCHANGE,
        labels=dict(auto_reply=True, bounce=True, timezone="America/New_York")),
    Mail(
        56, "human-mentions-out-of-office", ERIK, SAM, "2026-06-08 08:15",
        "Re: Lake shoot",
        """Hi Sam,

Sorry for the slow reply, I was out of the office all last week. Please move
the lake shoot from June 9 to June 16, the dock repairs aren't finished.

Erik""",
        style="apple",
        labels=dict(due=["2026-06-16"], replaced=["2026-06-09"], cr=["move the lake shoot"]),
    ),
    Mail(
        57, "auto-ack-ticket", Person("Stackwise Support", "support@stackwise.io",
                                      "America/Los_Angeles"),
        PRIYA, "2026-05-12 10:00", "[Ticket #48213] We received your request",
        """Hello,

Thanks for contacting Stackwise Support. This is an automatic confirmation that
we received your request (#48213). A member of our team will respond within
2 business days.

Stackwise Support""",
        style="plain",
        extra_headers=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")),
        labels=AUTO,
    ),
]
