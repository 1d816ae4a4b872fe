"""Shapes found by the tune45 batch (``tests/data/extraction/specs_60.py``: ordinary clients
asking for changes politely, busily or unsure; scored blind before any rule was written:
change requests 0.706, recall 0.545). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 8, 18, 15, tzinfo=UTC)  # a Wednesday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "changes"), [
    ("Hi Sam, is it too late to swap the cover candle for the new pumpkin one?", 1),
    ("Is it too late to join the call?", 0),
    ("Any chance we could get the brewery address on there too?", 1),
    ("Agreed, let's get the agency on it.", 0),
    ("And the class schedule link is going to the old page.", 1),
    ("The green on the tin label isn't quite right - it needs to match our Pantone 349.", 1),
    ("And it would be great if the gift guide button were gold instead of red.", 1),
    ("It would be great if you could call me.", 0),
    ("It would be nice if the weather held.", 0),
    ('One small thing: Dr. Patel\'s name is spelled with one "t" in the middle, not two.', 1),
    ("Sam, if Tom agrees, please make the switch.", 1),
    ("I'd prefer the lavender version, but with the logo from the white one.", 1),
    ("What if we tried the harvest label without the grapes?", 1),
    ("What if we missed the deadline?", 0),
    ("also the delivery radius says 3 miles, its 5 now", 1),
])
def test_changes_asked_politely_busily_or_unsure(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


def test_the_fix_of_a_colour_is_no_rule() -> None:
    found = _read("The green on the tin label isn't quite right - it needs to match our "
                  "Pantone 349.")
    assert found["req"] == []


@pytest.mark.parametrize(("text", "due"), [
    ("Just confirming we'll be at the book fair on September 24.", []),  # the client's own
    ("The book fair is on September 24.", ["2027-09-24"]),  # an event, no deadline of its own
])
def test_the_clients_attendance_is_no_deadline(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due
