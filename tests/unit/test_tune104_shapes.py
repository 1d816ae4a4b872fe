"""Shapes the tune104 mails (2720-2739: mail with history and other voices) showed: a
supplier's own quote inside a forward ("Quote 8812: ... $1,140 total", "Our quote was
$2,100"), a Spanish cap said with a negation ("no podemos gastar más de 2.000 euros"), a
Spanish "Importante:" rule, a bare count to hit ("Next year we want to hit 400"), a day given
up in the sentence after a move ("... on the 29th instead? The 24th is too early for us."),
and a budget told to work harder (no rule) (issue 12). Each beside the words that must not
read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from tests.unit.shapes import ZONE, kinds

SENT = datetime(2030, 10, 14, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


def _budgets(text: str, *, eu: bool = False) -> list[tuple[str, str]]:
    found = extract(text, sent_at=SENT, timezone=ZONE, day_first=eu,
                    default_currency="EUR" if eu else "USD")
    return [(str(m.amount), m.kind) for m in found.budgets]


@pytest.mark.parametrize(("text", "expected"), [
    ("Quote 8812: 6 vinyl banners, 3x8 ft, $1,140 total.", []),
    ("Our quote was $2,100 for 1,000.", []),
    ("We got a quote of $2,100 from the printer.", []),
    ("The printer's quote came in at $4,800, which is within our budget.", []),
    # the agency's quote agreed, a budget named after the printer's figure, a quote request
    ("Your quote of $5,000 is approved.", [("5000", "budget")]),
    ("The printer quoted $900, but our budget is $1,500.", [("1500", "budget")]),
    ("Our quote request: we have $3,000 for the banners.", [("3000", "budget")]),
    ("Quote 8812 is approved, our budget is $1,500.", [("1500", "budget")]),
])
def test_a_suppliers_quote_is_no_budget(text: str, expected: list[tuple[str, str]]) -> None:
    assert _budgets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No podemos gastar más de 2.000 euros.", [("2000", "cap")]),
    ("Nous ne pouvons pas dépenser plus de 5 000 euros.", [("5000", "cap")]),
    ("El presupuesto es de 3.000 euros.", [("3000", "budget")]),
    ("No queremos más de 3 colores; el presupuesto es de 2.000 euros.", [("2000", "budget")]),
])
def test_a_cap_said_with_a_negation(text: str, expected: list[tuple[str, str]]) -> None:
    assert _budgets(text, eu=True) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Importante: el logo nuevo, no el antiguo.", "es", "-R-"),
    ("Es importante para nosotros.", "es", "---"),
    ("Next year we want to hit 400.", None, "--O"),
    ("We'd like to beat 1,200 this season.", None, "--O"),
    ("We want to hit 2 pages max.", None, "---"),
    ("We need to hit 3 deadlines this week.", None, "---"),
    ("Last year we hit 400.", None, "---"),
    ("We can't outspend them, but our $60k needs to work twice as hard.", None, "---"),
    ("Our budget needs to work harder this year.", None, "---"),
    ("Every ad needs to work in black and white.", None, "-R-"),
])
def test_kinds(text: str, language: str | None, expected: str) -> None:
    assert kinds(text, language=language) == expected


def _dates(text: str) -> tuple[list[str], list[str]]:
    found = extract(text, sent_at=SENT, timezone=ZONE, answering=True)
    return ([d.date.isoformat() for d in found.due_dates],
            [d.date.isoformat() for d in found.replaced_dates])


@pytest.mark.parametrize(("text", "expected"), [
    ("Can the email go out on the 29th instead? The 24th is too early for us.",
     (["2030-10-29"], ["2030-10-24"])),
    ("Can we do the 29th instead? Sadly the 24th won't work.", (["2030-10-29"], ["2030-10-24"])),
    # no move before it; a meeting moved
    ("The email goes out on the 29th. The 24th is too early for the posters.",
     (["2030-10-29"], [])),
    ("Can we move the call to Friday instead? Thursday doesn't work.", ([], [])),
])
def test_a_day_given_up_after_a_move(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert _dates(text) == expected
