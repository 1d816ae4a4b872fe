"""What the shape tests of the labelled batches ask of one text: the kinds of statement it
makes, its budgets' kinds, its due dates (shared by ``test_tune49_shapes.py`` onwards)."""

from __future__ import annotations

from datetime import datetime

from intake.parsers.extract import extract
from intake.parsers.statements import extract_statements

ZONE = "America/New_York"


def kinds(text: str, language: str | None = None) -> str:
    """"CRO" with a dash for each kind the text does not state: "C--" is a change only."""
    changes, rules, goals = extract_statements(text, language=language)
    return ("C" if changes else "-") + ("R" if rules else "-") + ("O" if goals else "-")


def money(text: str, sent: datetime) -> list[tuple[str, str]]:
    """(amount, kind) of every sum the text names, in text order."""
    found = extract(text, sent_at=sent, timezone=ZONE)
    return [(str(m.amount), m.kind) for m in found.money]


def due(text: str, sent: datetime, *, day_first: bool = False) -> list[str]:
    """The text's due dates, ISO."""
    found = extract(text, sent_at=sent, timezone=ZONE, day_first=day_first)
    return [d.date.isoformat() for d in found.due_dates]
