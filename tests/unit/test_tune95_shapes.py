"""Shapes the tune95 mails (2540-2559: mail as programs in other languages and settings send
it) showed: a weekday, its comma and its day ("bis Freitag, 16.11."), "Can the price of the
winter service be €49 instead of €59?", the piece's words, the truth and the fix in three
sentences ("The About page says we were founded in 1982. It was 1979. Please fix."), and a
when-question in Spanish, French or German with its answer under it (issue 12). Each beside
the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 11, 5, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Druckdaten brauchen wir bis Freitag, 16.11.", ["2029-11-16"]),
    ("by Friday, 16.11.", ["2029-11-16"]),
    ("Score on Friday, 3.5 out of 10.", []),  # a score: "3.5" is no day
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Can the price of the winter service be €49 instead of €59?", "C--"),
    ("Could the total be $5,000 rather than $6,000?", "C--"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_the_pieces_words_the_truth_and_the_fix_are_one_change() -> None:
    changes, _, _ = extract_statements(
        "The About page says we were founded in 1982. It was 1979. Please fix.")
    assert [c.evidence.sentence for c in changes] == [
        "The About page says we were founded in 1982. It was 1979. Please fix."]
    other, _, _ = extract_statements("We love the page. It was fun to read. Please fix the typo.")
    assert [c.evidence.sentence for c in other] == ["Please fix the typo."]


def test_a_spanish_when_question_answered_under_it() -> None:
    raw = ("From: Pablo Serrano <pablo@serranomuebles.es>\nTo: Sam <sam.ortiz@brightlane.agency>\n"
           "Subject: Re: Catalogo\nDate: Mon, 5 Nov 2029 12:15:00 +0100\n"
           "Message-ID: <p1@serranomuebles.es>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
           "El vie, 2 nov 2029 a las 18:00, Sam Ortiz (<sam.ortiz@brightlane.agency>) "
           "escribió:\n> Hola Pablo, ¿para cuándo necesitáis el catálogo impreso?\n\n"
           "Para el 30 de noviembre, sin falta.\n\nPablo\n")
    found = extract_message(parse_message(raw.encode()), timezone="Europe/Madrid",
                            day_first=True, default_currency="EUR")
    assert [d.date.isoformat() for d in found.due_dates] == ["2029-11-30"]


def test_a_signatures_address_line_asks_nothing() -> None:
    changes, _, _ = extract_statements(
        "Thanks, the new version is approved.\n\nKim Lee\nMarketing Manager\nClient Co.\n"
        "120 Main St, Suite 400, Boston MA\nMon-Fri 9am-5pm", answering=True)
    assert changes == ()
