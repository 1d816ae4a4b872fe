"""Shapes found by the tune32 batch (``tests/data/extraction/specs_45.py``, mail about changes
scored blind before any rule was written: change requests 0.595): a wish ("I wish the apple
looked ..."), "what would it look like with ...?", "is there room to add ...?", a part named
before the wish ("The chair photo we would like bigger"), "it would be good with more snow",
a part found "not up to date", "broken", "tiny", "less talking, more footage", "should use
cups, not grams", a German correction, "can the testimonials go above the services
section?", a fault then its fix asked of "it", and "compliance will not approve it
otherwise". Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.statements import extract_statements

SENT = datetime(2027, 5, 3, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "changes"), [
    ("I wish the apple looked a bit more like our Honeycrisp.", 1),
    ("I wish the logo was bigger.", 1),
    ("I wish the weather was better.", 0),  # no piece of the work
    ("I wish we had known earlier.", 0),
    ("And what would it look like with the coupon on the back instead of the front?", 1),
    ("Is there room to add our 24/7 emergency line on the front?", 1),
    ("The chair photo we would like bigger, it is our best seller.", 1),
    ("The chair we would like delivered on Monday.", 0),  # no part of a piece, no look
    ("Also it would be good with more snow in the cover photo, it looks like spring.", 1),
    ("It would be good with more time.", 0),
])
def test_wishes_and_questions_about_another_look(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize(("text", "changes"), [
    ("The map on page 6 is not up to date, the new lift is missing.", 1),
    ('Also the "Book online" link is broken on mobile.', 1),
    ("The recipe cards are lovely but the spice photos are tiny, you can barely see them.", 1),
    ("Less talking, more workout footage please.", 1),
    ("Also the ingredients list should use cups, not grams, our customers are American.", 1),
    ("We should use email, not print, for this one.", 0),  # how they work, no piece
    ("The price must be in euro, not in dollar.", 0),  # a rule, said with "must"
    ("Can the testimonials go above the services section?", 1),
    ("Could the price come before the photo?", 1),
    ("Can the meeting go after the lunch break?", 0),
    ("Could the team go before the deadline?", 0),
])
def test_parts_found_wanting_and_put_in_order(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize("text", [
    "Compared to last year's label, the type feels cramped. Could it breathe a bit more?",
    "I'm not sure about the black background, it feels heavy for summer. Could we try white "
    "or a soft grey?",
])
def test_a_fault_and_the_fix_asked_of_it_are_one_change(text: str) -> None:
    assert _read(text)["cr"] == [text]


def test_a_fix_asked_of_someone_else_stays_apart() -> None:
    assert _read("The headline is wrong. Can you call me?")["cr"] == ["The headline is wrong."]


def test_a_german_correction_is_a_change() -> None:
    changes, _, _ = extract_statements("Und der Alkoholgehalt muss 4,9 % sein, nicht 5,2 %.",
                                       language="de")
    assert len(changes) == 1
    changes, _, _ = extract_statements("Der Alkoholgehalt ist 4,9 %.", language="de")
    assert changes == ()


@pytest.mark.parametrize(("text", "rules"), [
    ("Compliance will not approve it otherwise.", 0),  # why a change is asked, no rule
    ("All ads are subject to compliance approval.", 1),
    ("Legal won't approve anything with the old logo.", 1),
])
def test_an_approval_said_as_a_reason(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules
