"""Shapes found by the tune31 batch (``tests/data/extraction/specs_44.py``, scored blind
before any rule was written): the client's own "should know by Thursday", "still on track
for May 14", "a v2 with the feedback incorporated", "scratch the radio idea", and "Maybe a
brighter colour?" after the change it suggests a way to make. Each rule has look-alikes it
must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 4, 26, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests]}


@pytest.mark.parametrize(("text", "due"), [
    ("Please hold off until we confirm the box price. Should know by Thursday.", []),
    ("We'll decide by Friday.", []),  # the client's step
    ("Let me know by Friday.", ["2027-04-30"]),  # asks the agency: a deadline
    ("Please let us know by Friday if the date works.", ["2027-04-30"]),
    ("Just checking we're still on track for May 14.", ["2027-05-14"]),
])
def test_the_clients_own_step_and_a_deadline_recalled(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due


@pytest.mark.parametrize(("text", "changes"), [
    ("Can we get a v2 with the feedback incorporated by EOW?", 1),
    ("Could you send the deck with the changes implemented?", 1),
    ("We got v2 with the feedback incorporated, thanks.", 0),  # done, thanked
    ("Scratch the radio idea, we'll put that money into Google ads instead.", 1),
    ("Please scratch the second headline.", 1),
    ("Let's start from scratch.", 0),
])
def test_feedback_worked_in_and_an_idea_scratched(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


def test_a_suggested_way_joins_the_change_it_serves() -> None:
    text = "The banners look good but the CTA should pop more. Maybe a brighter colour?"
    assert _read(text)["cr"] == [text]
    # a second ask put as "maybe we could ..." stays its own change
    assert len(_read("Please make the logo bigger. Maybe we could also swap the photo?")[
        "cr"]) == 2
    # a blank line between: its own item
    assert len(_read("The CTA should pop more.\n\nMaybe a brighter colour?")["cr"]) == 2
