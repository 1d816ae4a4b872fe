"""A sum said loosely ("$43,000 or so", "approx. $45,000") keeps what it is to the mail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)


def money(text: str) -> list[tuple[str, str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York").money
    return [(str(m.amount), m.kind) for m in found]


@pytest.mark.parametrize(("text", "expected"), [
    # a hedge between a total and its breakdown: the parts are no budgets of their own
    ("Total budget is $43,000 or so ($35k media, $8k production).",
     [("43000", "budget"), ("35000", "other"), ("8000", "other")]),
    ("Total budget is $43,000-ish ($35k media, $8k production).",
     [("43000", "budget"), ("35000", "other"), ("8000", "other")]),
    ("Total budget is $43,000 all in ($35k media, $8k production).",
     [("43000", "budget"), ("35000", "other"), ("8000", "other")]),
    # ... while words that are no hedge keep a bracketed sum apart
    ("Total budget is $43,000 for media (we spent $8k on the shoot last year).",
     [("43000", "budget"), ("8000", "other")]),
    # "approx." ends no clause: the later, stretched figure still makes the first one old
    ("We had $40,000 for the outdoor buy, but we can stretch to approx. $45,000.",
     [("40000", "other"), ("45000", "budget")]),
    ("We had $40,000 for the outdoor buy, but we can stretch to ca. $45,000.",
     [("40000", "other"), ("45000", "budget")]),
    ("Our budget is $40,000 for the outdoor buy. We can stretch to approx. $45,000.",
     [("40000", "budget"), ("45000", "budget")]),
])
def test_a_hedged_sum(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text) == expected
