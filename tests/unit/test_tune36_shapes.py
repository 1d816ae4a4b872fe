"""Shapes found by the tune36 batch (``tests/data/extraction/specs_49.py``, reviewers'
shorthand scored blind before any rule was written: change requests 0.732): "A few nits:",
"+1 on swapping ...", "could use more white space", "is getting lost", a colour that "looks
purple", "the hours say 11-9 not 11-10", "the dog's name is Biscuit, not Biscuits", "make sure
... right now ... is cut off", "this needs to pop more", a bare "hero copy 👍" item and
"Otherwise ship it." under notes. Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 5, 31, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


NITS = """A few nits:
nit: the second screenshot caption has a double space
nit: "secure" is capitalised mid-sentence on line 3
Otherwise ship it."""

NOTES = """v3 notes:
- hero copy 👍
- pricing table: annual first pls
- Price -> $49"""


def test_nits_and_notes_lists() -> None:
    assert len(_read(NITS)["cr"]) == 2  # (not "Otherwise ship it.")
    found = _read(NOTES)["cr"]
    assert len(found) == 2 and not any("hero copy" in s for s in found)


@pytest.mark.parametrize(("text", "changes"), [
    ("+1 on swapping the hero photo for the berry tart.", 1),
    ("+1 on the hero photo.", 0),  # praise, no change agreed to
    ("Also the card could use more white space around the prices.", 1),
    ("We could use more time.", 0),  # no piece
    ("The phone number is getting lost against the sky.", 1),
    ("The blue on the cover looks purple on my screen, can you check it?", 1),
    ("The blue looks great.", 0),
    ("love it 😍 and the hours say 11-9 not 11-10", 1),
    ("And the dog's name is Biscuit, not Biscuits.", 1),
    ("Make sure the logo isn't cropped on mobile, right now the \"y\" is cut off.", 1),
    ("This needs to pop more.", 1),
    ("The colours really pop.", 0),  # praise
])
def test_reviewers_shorthand(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize(("text", "rules"), [
    ("Make sure the logo isn't cropped on mobile, right now the \"y\" is cut off.", 0),
    ("Make sure the logo is never cropped on mobile.", 1),  # a rule for every version
    ("This needs to pop more.", 0),
])
def test_a_fault_now_is_no_rule(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules
