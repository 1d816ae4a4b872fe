"""Shapes the tune88 mails (2400-2419: a page markup, an Australian's "whack it up the top",
British pounds "all in", a Canadian's Thanksgiving, a dotted timeline, a printer's desk
writing to the client by name, a budget talked down, a thank-you of past figures, bold
"Change:" labels, FR/DE/ES rules and moves, a rambling owner's main point) showed. Each
beside the words that must not read so (issue 12)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 9, 17, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("p1: headline ok, but the paint price is $29.99 not $27.99", "C--"),
    ("The sign says $4.50 not $4.95.", "C--"),
    ("can you whack the logo up the top", "C--"),
    ("Stick it up the top.", "C--"),
    ("If it helps, we can drop the blog section for now.", "C--"),
    ("The pricing section is too long.", "C--"),
    ("Our ad ran in the sports section last week.", "---"),
    ("Can you get it closer to $12k?", "C--"),
    ("Can you get closer to that?", "---"),
    ("The whole job including print needs to come in at £3.5k all in.", "---"),
    ("The files need to come in at 300 dpi.", "-R-"),
    ("Tuesdays are dead, we want to fill the place on Tuesday nights, that's the main thing.",
     "--O"),
    ("We want to meet on Friday, that's the main thing.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Toutes les photos doivent être libres de droits, nous ne voulons aucun risque.", "fr",
     "-R-"),
    ("Alle Fotos müssen lizenzfrei sein.", "de", "-R-"),
    ("Alle Mitarbeiter müssen am Montag kommen.", "de", "---"),
    ("Todas las fotos deben ser libres de derechos.", "es", "-R-"),
    ("Te aviso de que hemos retrasado el lanzamiento de la e-bike al 15 de octubre.", "es",
     "C--"),
    ("Hemos retrasado la reunión, te llamo mañana.", "es", "---"),
])
def test_foreign_kinds(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


def test_lines_each_opened_by_a_label_are_items_of_their_own() -> None:
    text = ("Our notes on the harvest newsletter:\n\nChange: the hero photo to the one of the "
            "crush pad at sunrise\nChange: the button to Reserve a tasting\nKeep: the note as "
            "is\n")
    changes, _, _ = extract_statements(text)
    assert [c.evidence.sentence for c in changes] == [
        "Change: the hero photo to the one of the crush pad at sunrise",
        "Change: the button to Reserve a tasting"]
    form = ("Must-haves: CDC guidance linked on every ad; no images of needles\n"
            "Audience: parents of school-age kids\n")
    _, rules, _ = extract_statements(form)
    assert len(rules) == 1  # the next label is a field of the form, not the rules' next item


@pytest.mark.parametrize(("text", "expected"), [
    ("Thanks for the estimate. $14,800 is more than we planned for. Can you get it closer to "
     "$12k? That's really our ceiling for this year.", [("14800", "other"), ("12000", "cap")]),
    ("Can we do $5k? That's our max, $6k at a push.", [("5000", "other"), ("6000", "other")]),
    ("I can spend maybe $800 a month on Facebook, not more.", [("800", "cap")]),
    ("The campaign drove 1,340 registrations and we spent $9,200 of the $10,000 we had set "
     "aside.", [("9200", "other"), ("10000", "other")]),
    ("We've already spent $3,000 of the $10,000.", [("3000", "other"), ("10000", "budget")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Here's the timeline:\n\nRound 1 layouts ........ Sept 24\nFinal files ............ "
     "Oct 5\n", ["2029-09-24", "2029-10-05"]),
    ("I was thinking .... maybe we push it to the 20th and see.", ["2029-09-20"]),
    ("Files are due by noon on September 28 to hold your press date of October 2.",
     ["2029-09-28", "2029-10-02"]),
    ("Please send the final data till 28.09., the mailing is planned for KW 41.",
     ["2029-09-28"]),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first="28.09." in text) == expected


@pytest.mark.parametrize(("zone", "expected"), [
    ("America/Toronto", "2029-10-08"),  # Canada's Thanksgiving: October's second Monday
    ("America/New_York", "2029-11-22"),
])
def test_thanksgiving_is_the_writers(zone: str, expected: str) -> None:
    found = extract("We need the flyers in stores by Thanksgiving at the latest.",
                    sent_at=SENT, timezone=zone)
    assert [d.date.isoformat() for d in found.due_dates] == [expected]


def _forwarded(local: str, greeting: str) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"] = "Ray Dunn <ray@dunnautobody.com>", "Sam <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Fwd: Your order", format_datetime(SENT)
    mail.set_content(
        "Sam, see below from the print shop.\n\n---------- Forwarded message ---------\n"
        f"From: Print Desk <{local}@metroprint.com>\nDate: Mon, Sep 17, 2029 at 3:50 PM\n"
        "Subject: Your order\nTo: Ray Dunn <ray@dunnautobody.com>\n\n"
        f"{greeting}\n\nFiles must be PDF/X-1a with 0.125\" bleed on all sides.\n\n"
        "Files are due by noon on September 28.\n")
    return mail.as_bytes()


@pytest.mark.parametrize(("local", "greeting", "read"), [
    ("orders", "Hi Ray,", True),  # the order desk writing to the client about the job
    ("orders", "Dear customer,", False),
    ("deals", "Hi Ray,", False),  # a sale, merged with the reader's name
])
def test_a_suppliers_order_desk_writing_by_name_is_read(local: str, greeting: str,
                                                         read: bool) -> None:
    found = extract_message(parse_message(_forwarded(local, greeting)), timezone=ZONE,
                            agency_domains=("brightlane.agency",))
    assert bool(found.due_dates) is read
