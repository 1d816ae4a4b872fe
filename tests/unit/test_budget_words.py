"""Money set aside for the work in everyday words ("the pot", "the kitty", "money-wise",
"I can find another $2k", "can't top $20k"), and the same words about other money."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 2, 24, 15, tzinfo=UTC)


def _budgets(text: str) -> list[tuple[str, str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York").budgets
    return [(str(m.amount), m.kind) for m in found]


@pytest.mark.parametrize(("text", "budgets"), [
    ("The pot for this is $5,000.", [("5000", "budget")]),
    ("Money-wise we're at $12k.", [("12000", "budget")]),
    ("There's $4k in the kitty for print.", [("4000", "budget")]),
    ("I can find another $2k if needed.", [("2000", "budget")]),
    ("Our spend on this can't top $20k.", [("20000", "cap")]),
    ("The pot roast is $18.", []),  # a dish's price
    ("We found another $300 charge on the invoice.", []),  # the bill
    ("Our top seller is $25.", []),
])
def test_budget_words(text: str, budgets: list[tuple[str, str]]) -> None:
    assert _budgets(text) == budgets
