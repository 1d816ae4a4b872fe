"""Shapes found by the tune46 batch (``tests/data/extraction/specs_61.py``: everyday English asks
said indirectly, beside mail that sounds like an ask and is none; scored blind before any rule
was written: change requests 0.727, recall 0.571, no false find). Each rule has look-alikes it
must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 8, 25, 15, tzinfo=UTC)  # a Wednesday


def _changes(text: str) -> list[str]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return [s.evidence.sentence for s in found.change_requests]


@pytest.mark.parametrize(("text", "changes"), [
    ("Sam, how would it look if the apple were on the left and the name on the right?", 1),
    ("How would it look if the weather were nicer?", 0),
    ("Would love it if the map were bigger.", 1),
    ("Sam, the second paragraph could go, it repeats what the first one says.", 1),
    ("The flyers can go out Friday.", 0),
    ("Sam, could do with a bit more breathing room around the logo.", 1),
    ("We could do with a holiday.", 0),
    ("The photo of the lobby feels dated.", 1),
    ("Mind swapping the order of the two bikes?", 1),
    ("Never mind adding the map.", 0),
    ("Any way the headline could fit on one line?", 1),
    ("And the dog is cut off at the ears, can we zoom out a little?", 1),
    ("Please join the Zoom call at 3.", 0),
    ("Mind if we push our call to Friday?", 0),
    ("Let's see how the first week goes before we change anything.", 0),
    ("Could you send the invoice for the last run to accounts?", 0),
])
def test_everyday_asks_said_indirectly(text: str, changes: int) -> None:
    assert len(_changes(text)) == changes
