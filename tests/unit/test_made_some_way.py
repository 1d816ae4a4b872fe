""""Make the map full width": a piece of the work made some way no word list names is a
change; making the business, a meeting or a delivery some way is not."""

from __future__ import annotations

import pytest

from benchmarks.made import DO_OTHERS, OTHERS
from intake.parsers.statements import extract_statements


@pytest.mark.parametrize("sentence", [
    "Can you make the map full width?",
    "Please make the background the same blue as the website.",
    "Can you make the CTA button stand out more?",
    "Please make the phone number a link to the booking page.",
    "Can you make the logo match the website?",
    "Please make the headline all caps.",
    "Can you make the photo on page 2 black and white?",
    "Only one thing: make more big the opening hours, now you can not read it from far.",
])
def test_a_piece_made_some_way_is_a_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert changes, sentence


@pytest.mark.parametrize("sentence", [
    *OTHERS,
    "Can you make the banners ready until 28.12.?",  # delivery, said by a learner
    "Please make the logo for the website and the app.",  # the logo to make, not a change
])
def test_making_anything_else_is_no_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert not changes, sentence


@pytest.mark.parametrize("sentence", [
    "Can you do the headline in red?",
    "Could you do the phone number a bit bigger?",
    "Can we do the CTA button without the border?",
    "Could you do the photo on page 2 in black and white?",
])
def test_a_piece_done_some_way_is_a_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert changes and changes[0].action == "edit", sentence


@pytest.mark.parametrize("sentence", [
    *DO_OTHERS,
    "Sam, do our ads need the Equal Housing logo on social too, or just print?",  # a question
    "Could we do the banner in March?",  # when, not how
])
def test_doing_anything_else_is_no_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert not changes, sentence


def test_another_version_done_is_still_added_work() -> None:
    changes, _requirements, _objectives = extract_statements(
        "Could we also do a version in Spanish?")
    assert [c.action for c in changes] == ["add"]
