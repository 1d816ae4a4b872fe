"""Shapes the tune71 mails (2020-2039) showed, days in the furniture of mail: a forwarded
invoice (its sender "ar@", its "Invoice #" lines) is no ask of the client's; a carrier's
"estimated delivery" is no deadline; "every other Tuesday" is a rhythm; "we missed the Feb 15
deadline" is past; a weekday with its bare day of the month ("el miércoles 28", "Wednesday
28") is that day; a reply that only agrees to the one day the quoted mail offered ("Yes, that
date works for us.") makes it the deadline (issue 12). Each beside what must not move."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.evaluation import AGENCY_DOMAINS
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from tests.unit.shapes import ZONE, due

TUESDAY = datetime(2029, 2, 20, 10, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    ("Can you have the graphics to the printer by March 1? Estimated delivery March 6.",
     ["2029-03-01"]),
    ("The banners must arrive by March 3.", ["2029-03-03"]),
    ("The patient newsletter goes out every other Tuesday, starting March 6.", ["2029-03-06"]),
    ("Every Tuesday we post a tip.", []),
    ("Please send it Tuesday.", ["2029-02-27"]),
    ("We missed the Feb 15 deadline for the Gazette, so let's aim for the March 1 issue.",
     ["2029-03-01"]),
    ("We need the final texts on Wednesday 28.", ["2029-02-28"]),
    ("Los textos finales los necesitamos el miércoles 28.", ["2029-02-28"]),
    ("Die Texte brauchen wir am Mittwoch, 28.", ["2029-02-28"]),
    ("We need 3 copies by Friday 3 pm.", ["2029-02-23"]),
    ("Please print Friday 28 pages.", ["2029-02-23"]),
])
def test_days_in_the_furniture_of_mail(text: str, expected: list[str]) -> None:
    assert due(text, TUESDAY, day_first=True) == expected


def _mail(sender: str, body: str, subject: str = "Re: Final files") -> bytes:
    return (f"From: {sender}\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n"
            f"Subject: {subject}\nDate: Thu, 22 Feb 2029 11:45:00 -0500\n"
            f"Message-ID: <t71-{abs(hash(body))}@example.com>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}").encode()


def _due(raw: bytes) -> list[str]:
    found = extract_message(parse_message(raw), timezone=ZONE, agency_domains=AGENCY_DOMAINS)
    return [d.date.isoformat() for d in found.due_dates]


_QUOTE = ("\n\nOn Thu, Feb 22, 2029 at 9:00 AM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:\n"
          "\n> Hank, we can deliver the final files for the truck wrap on {day}. {ask}\n>\n"
          "> Sam\n")


@pytest.mark.parametrize(("reply", "day", "ask", "expected"), [
    ("Yes, that date works for us.", "March 8", "Does that work?", ["2029-03-08"]),
    ("That works, thanks!", "March 8", "Does that work?", ["2029-03-08"]),
    ("Yes, but can we see a proof first?", "March 8", "Does that work?", []),
    ("Yes, that date works for us.", "March 8 or March 9", "Does that work?", []),
    ("Yes, that works.", "March 8", "Any questions?", []),
])
def test_a_reply_agreeing_to_the_one_day_offered(reply: str, day: str, ask: str,
                                                 expected: list[str]) -> None:
    body = reply + "\n\nHank" + _QUOTE.format(day=day, ask=ask)
    assert _due(_mail("Hank Moss <hank@mossroofing.com>", body)) == expected


_INVOICE = """Sam, is this right? We thought the rush fee was waived.

Nora

---------- Forwarded message ---------
From: Accounts Receivable <{sender}>
Date: Thu, Feb 15, 2029 at 8:00 AM
Subject: Invoice #8812
To: Nora Hill <nora@hillgardens.com>

{first}
Due date: March 17, 2029
Total: $3,450
"""


def test_a_forwarded_invoice_is_no_ask() -> None:
    bill = _INVOICE.format(sender="ar@sharpprint.com", first="Invoice #8812")
    found = extract_message(parse_message(_mail("Nora Hill <nora@hillgardens.com>", bill,
                                                "Fwd: Invoice #8812")),
                            timezone=ZONE, agency_domains=AGENCY_DOMAINS)
    assert found.due_dates == () and found.money == ()
    # a person's mail from the printer with the same days is still read
    note = _INVOICE.format(sender="joe@sharpprint.com", first="Please approve the proof.")
    assert _due(_mail("Nora Hill <nora@hillgardens.com>", note, "Fwd: proof")) != []
