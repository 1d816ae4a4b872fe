"""Shapes found by the tune48 batch (``tests/data/extraction/specs_63.py``: asks buried where a
busy reader skims past them; scored blind before any rule was written: change requests 0.733,
recall 0.611). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 9, 8, 15, tzinfo=UTC)  # a Wednesday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "changes"), [
    ("Thank you so much for the recall cards, and if it's not too much trouble could you swap "
     "the blue for our teal?", 1),
    ("If the printer says no, could you swap the blue for our teal?", 1),  # a real condition
    ("Speaking of which, could you make a flyer for Pine Street in the same style as the Oak "
     "one?", 1),
    ("Could you make a flyer for our fall sale?", 0),  # new work, a brief
    ("We'd like to double our newsletter list by summer.", 0),  # a goal
])
def test_asks_buried_or_offered_as_a_courtesy(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


def test_an_agreed_fault_and_its_fix_are_one_change() -> None:
    found = _read("Jess - agreed, the sofa shots are too dark. Sam, can you brighten those three "
                  "before we send the catalog?")
    assert len(found["cr"]) == 1


def test_praise_that_forbids_change_is_no_rule() -> None:
    found = _read("The author poster is perfect. Don't change a thing! We'll pick them up "
                  "Friday.")
    assert found == {"due": [], "cr": [], "req": []}
