"""Shapes the tune68 mails (1920-1939) showed, changes asked without "please change": a run
bumped when a measure stands before the verb as its reason, a name spelled out letter by
letter, where the fault sits said on its own (no second change), something forgotten asked
now, new words asked with the old named after them, "it needs more pop", "so it must come
out" and its "Please replace with ..." as one change, what a piece says "but" the truth joined
to its fix; a learner's "I send it tomorrow", the dates a piece prints, a range's end put
right (issue 12). Each beside sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

MONDAY = datetime(2028, 12, 18, 10, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    ("Orders are crazy this year, can we bump the box sleeve print run to 5,000?", "C--"),
    ("Sign-ups are low, can we increase the ad spend?", "C--"),
    ("We want to increase sign-ups by 15%.", "--O"),
    ("It's Smyth with a y, not Smith.", "C--"),
    ("Our name is spelled with two l's.", "C--"),
    ("It's a sandwich with an egg on top.", "---"),
    ("Sam, we forgot to tell you the Instagram handle goes on the back too.", "C--"),
    ("We forgot to include the QR code.", "C--"),
    ("I forgot to attach the photos, here they are.", "---"),
    ("We forgot to tell you we're closed Monday.", "---"),
    ('Also could you please write "from ¥198,000" and not "from ¥189,000"?', "C--"),
    ('Can you say "thanks" to the team and not "cheers"?', "---"),
    ('We write "e-mail" and not "email" in all our texts.', "---"),
    ("Hmm it needs more pop.", "C--"),
    ("The team needs more pop.", "---"),
    ("The sofa on the left is an old model, we do not sell it anymore, so it must come out.",
     "C--"),
    ("The new model comes out in March.", "---"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def _changes(text: str) -> list[str]:
    changes, _rules, _goals = extract_statements(text, answering=True)
    return [c.evidence.sentence for c in changes]


def test_where_the_fault_sits_is_no_second_change() -> None:
    assert _changes("It's Smyth with a y, not Smith. That's on the cover and on page 2.") == [
        "It's Smyth with a y, not Smith."]
    assert len(_changes("The phone number is wrong. That's on the cover, can you move it "
                        "inside?")) == 2  # a move asked of it too


def test_a_fault_and_what_replaces_it_are_one_change() -> None:
    assert _changes("The sofa on the left is an old model, so it must come out. Please replace "
                    "with the Aarhus sofa in grey.") == [
        "The sofa on the left is an old model, so it must come out. Please replace with the "
        "Aarhus sofa in grey."]
    assert _changes("The letter says December 30 but the donor extended it to January 15. Can "
                    "you update it?") == [
        "The letter says December 30 but the donor extended it to January 15. Can you update "
        "it?"]
    assert len(_changes("Please make the logo bigger. Please replace with the new photo.")) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("The picture we want to change with one of our own, I send it tomorrow.", []),
    ("I send you the photos on Friday.", []),
    ("We send the newsletter Thursday.", ["2028-12-21"]),
    ("The match deadline in the letter says December 30 but the donor extended it to "
     "January 15.", []),
    ("The flyer says March 3. We need it printed by March 10.", ["2029-03-10"]),
    ("The printer says Friday at the earliest.", ["2028-12-22"]),
])
def test_dates_that_are_no_deadline(text: str, expected: list[str]) -> None:
    assert due(text, MONDAY) == expected


def test_a_ranges_end_put_right_replaces_no_day() -> None:
    found = extract("On the calendar page, The Glass Menagerie runs March 4-22, not March "
                    "4-12.", sent_at=MONDAY, timezone=ZONE)
    assert found.replaced_dates == () and found.due_dates == ()
    moved = extract("The launch moved to March 9, not March 4.", sent_at=MONDAY, timezone=ZONE)
    assert [d.date.isoformat() for d in moved.replaced_dates] == ["2029-03-04"]


def test_praise_is_not_asked_of_the_second_opinion() -> None:
    """The model read "loves the headline ... the best yet" as a change after it was trained
    again; praise with nothing wanted after it is no change, whatever the model says."""
    assert _changes("My boss loves the headline, she says it's the best yet.") == []
    assert _changes("Love the photo but could it be a bit bigger?") == [
        "Love the photo but could it be a bit bigger?"]
