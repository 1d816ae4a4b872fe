"""Shapes found by the tune47 batch (``tests/data/extraction/specs_62.py``: plain English said
casually about every field; scored blind before any rule was written: change requests 0.800,
requirements 0.800, objectives 0.857). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 9, 1, 15, tzinfo=UTC)  # a Wednesday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements],
            "obj": [s.evidence.sentence for s in found.objectives]}


@pytest.mark.parametrize(("text", "field", "count"), [
    ("Sam, any chance we can pull the retreat ads forward to Monday?", "cr", 1),
    ("Sam, we need to slide the coupon deadline to September 24.", "cr", 1),
    ("Slide 6 - chart colours match our palette now, thanks.", "cr", 0),
    ("Just a heads up, everything has to go past Jen before it's printed.", "req", 1),
    ("And please keep it on brand, last year's looked a bit off.", "req", 1),
    ("The new ad is on brand.", "req", 0),
    ("Fingers crossed for a sold-out night at the trunk show.", "obj", 1),
    ("Fingers crossed for good weather.", "obj", 0),
])
def test_fields_said_casually(text: str, field: str, count: int) -> None:
    assert len(_read(text)[field]) == count


def test_round_the_clock_is_no_day() -> None:
    found = _read("Couple things - the 24/7 line should be bigger.")
    assert found["due"] == [] and len(found["cr"]) == 1
