"""The bundled demo: a Maildir of 26 realistic mails and the config that reads it.

Input: nothing; ``intake demo`` loads ``demo.toml`` from this folder and reads
``maildir/cur/``. Output: none here, this package holds data only.

The fictional agency Brightline (AE Dana Reyes <dana@brightline.example>,
intake <intake@brightline.example>, traffic@ and coordinator ac@, time zone
America/New_York) works for four clients: Harbor Foods (harborfoods.example,
Chicago), Northwind Bank (northwindbank.example, New York), Alpine Tours
(alpinetours.example, Zürich, writes day-first dates and CHF) and Kestrel
Software (kestrel.example, Los Angeles). Pinecrest Media
(jordan.lee@pinecrestmedia.example) is a Harbor Foods contact at a
non-client domain. All mail is dated January to March 2027.

Git keeps no empty folders, so ``maildir/`` has no ``new/`` or ``tmp/``: copy
``maildir/cur`` into a scratch Maildir before reading it with
:class:`mailbox.Maildir`, which also keeps the installed package read-only.

``maildir/cur/`` (``<unix time of Date>.M<n>P1.demo:2,S``), what each shows:

- M1  Harbor Foods kickoff brief: objectives, budget and production cap,
      two due dates, three requirements. Starts thread A.
- M2  AE's reply to M1 (In-Reply-To/References, quoted history, cc intake).
- M3  Client reply in thread A with full headers: a swap change request,
      Outlook "-----Original Message-----" quote.
- M4  Northwind Bank brief: compliance requirements, "should not exceed
      $40,000" cap, due date, objective. Starts thread B.
- M5  Alpine Tours brief: quoted-printable UTF-8 (Grüezi, Zürich), RFC 2047
      subject, day-first dates 05.02.2027 and 12/03/2027, CHF 18'500 and
      EUR 4'000. Starts thread C.
- M6  Kestrel webinar brief, HTML only (a table holds the dates and $12k).
- M7  AE writes to a client unprompted (Kestrel timeline). Starts thread D.
- M8  AE forwards Northwind mail to intake, Gmail "---------- Forwarded
      message ---------" style.
- M9  Harbor Foods reply whose mailer dropped In-Reply-To/References (same
      subject, "RE:"): moves a date (January 29 to February 3), removes a theme.
- M10 AE forwards Harbor Foods mail to intake, Outlook "From:/Sent:/To:/
      Subject:" block: $22,500 budget, due 2/12.
- M11 AE forwards Kestrel mail to intake, Apple Mail "Begin forwarded
      message:" (quoted with "> "): three change requests, a due date.
- M12 AE forwards Alpine Tours mail to intake as an attached message/rfc822
      (8-bit UTF-8 inside): change requests, due 19.02.2027.
- M13 Out-of-office auto-reply from Harbor Foods (Auto-Submitted:
      auto-replied, Return-Path <>, "Automatic reply:").
- M14 Forward of a forward: the coordinator (ac@) forwarded Northwind mail
      (Outlook block) to the AE, who forwards it (Gmail style) to intake.
- M15 Bounce: multipart/report; report-type=delivery-status from
      MAILER-DAEMON, with text/rfc822-headers of the AE's lost mail.
- M16 Newsletter: List-Id, List-Unsubscribe, Precedence: bulk,
      multipart/alternative.
- M17 Unknown sender (a print vendor nobody configured).
- M18 Kestrel reply in thread D (multipart/alternative, Gmail quote): moves
      the webinar from March 4 to March 11, raises the budget to $15,000.
- M19 Alpine Tours reply in thread C (8-bit UTF-8): day-first date move
      12/03/2027 -> 19/03/2027, a new requirement.
- M20 AE's reply to M19.
- M21 Northwind objectives for the Q2 report (multipart/alternative).
- M22 Harbor Foods: cancel a billboard, move $9,000, a standing requirement;
      carries X-Auto-Response-Suppress: All yet is ordinary client mail.
- M23 Kestrel Q2 objectives and a $30,000-$45,000 budget range.
- M24 Harbor Foods contact at a non-client domain (Pinecrest Media).
- M25 Northwind reply in thread B: swap, add a size, launch date.
- M26 AE's reply to M25.
"""
