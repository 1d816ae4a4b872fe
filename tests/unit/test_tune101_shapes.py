"""Shapes the tune101 mails (2660-2679: goals and money as owners say them) showed: currency
signs and names written after the amount in Central and Eastern Europe and beyond ("5000 zł",
"120 000 Kč", "50.000 ₺", "5000 zloty"), and a sum someone else spends ("... and our media
buyer handles it") (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from tests.unit.shapes import ZONE, money

SENT = datetime(2030, 5, 6, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "currency", "amount"), [
    ("For the Facebook ads the spend is capped at 5000 zł per month.", "PLN", "5000"),
    ("The budget is 120 000 Kč.", "CZK", "120000"),
    ("Budget: 50.000 ₺", "TRY", "50000"),
    ("The budget is 5000 zloty.", "PLN", "5000"),
])
def test_a_sign_after_the_amount(text: str, currency: str, amount: str) -> None:
    found = extract(text, sent_at=SENT, timezone=ZONE)
    assert [(str(m.amount), m.currency) for m in found.budgets] == [(amount, currency)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The media budget is separate, around $60,000, and our media buyer handles it.",
     [("60000", "other")]),
    ("We have $5,000 for printing, which is not part of your budget.", [("5000", "other")]),
    ("Our media buyer handles the TV spend of $200,000, and your budget is $30,000.",
     [("200000", "other"), ("30000", "budget")]),
    # still the client's money for the work
    ("The media budget is separate, around $40,000.", [("40000", "budget")]),
    ("The budget is $8,000; the media budget is separate.", [("8000", "budget")]),
    # words that are no currency after a number
    ("We won 3 awards.", []),
])
def test_a_sum_someone_else_spends(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected
