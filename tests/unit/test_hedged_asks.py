"""Asks that hedge on the agency's time or ability ("Do you reckon you could ...?", "Are you
able to ...?", "Is it OK if we ...?"; measured by ``benchmarks/frames.py``), and questions of
the same shape that ask for nothing in the work."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _is_change(sentence: str) -> bool:
    return bool(extract_statements(sentence)[0])


@pytest.mark.parametrize("sentence", [
    "Do you reckon you could make the logo bigger?",
    "Are you able to add the new address to the footer?",
    "Would it be a pain to move the CTA above the fold?",
    "Would it be OK to shorten the intro?",
    "Is it OK if we drop the radio spot?",
    "How about we swap the hero photo for the team shot?",
    "Would you mind if we move the logo to the left?",
    "Happy for you to cut the second paragraph.",
])
def test_a_hedged_ask(sentence: str) -> None:
    assert _is_change(sentence)


@pytest.mark.parametrize("sentence", [
    "Did you get a chance to swap it?",  # whether it was done
    "Are you able to make the call on Tuesday?",  # a meeting
    "Is it OK if we pay the invoice next week?",  # the bill
    "How about we meet Thursday?",
    "Would it be OK to send the files later?",  # an errand
    "Do you reckon you could join us for lunch?",
    "Are you able to access the shared drive?",
    "We're hoping to reposition the brand as premium.",  # a goal
])
def test_the_same_shape_asking_nothing_of_the_work(sentence: str) -> None:
    assert not _is_change(sentence)


# Twenty-first session: an ask put as a (British) tag question.
@pytest.mark.parametrize("sentence", [
    "You couldn't swap the hero photo, could you?",
    "You couldn't possibly shorten the intro, could you?",
    "I don't suppose you could move the logo to the top?",
    "I don't suppose you could drop the second paragraph, could you?",
    "Thanks - you couldn't add the new address to the footer, could you?",
])
def test_an_ask_put_as_a_tag_question(sentence: str) -> None:
    assert _is_change(sentence)


@pytest.mark.parametrize("sentence", [
    "You couldn't have known, could you?",
    "You couldn't make it to the party on Friday, could you?",
    "You can't park here, can you?",
    "You couldn't swap the hero photo.",  # no tag: a statement, not an ask
    "I don't suppose you remember the old password?",
    "I don't suppose you could call me back?",  # an errand, nothing of the work
])
def test_a_tag_question_asking_nothing_of_the_work(sentence: str) -> None:
    assert not _is_change(sentence)


# Twenty-first session: an ask said as what the client is thinking of.
@pytest.mark.parametrize("sentence", [
    "We were thinking of dropping the radio spot.",
    "We're thinking of swapping the hero image.",
    "We've been thinking about adding a map to the back page.",
    "I was considering swapping the hero image.",
    "I'm leaning towards cutting the intro.",
    "I'm thinking we drop the second paragraph.",
    "My thought is to swap the hero photo for the team shot.",
    "Just thinking we could move the logo up a bit.",
    "Thanks Sam - I'm thinking we drop the second paragraph.",  # after a lead-in
])
def test_an_ask_said_as_a_thought(sentence: str) -> None:
    assert _is_change(sentence)


@pytest.mark.parametrize("sentence", [
    "We were thinking of dropping the radio spot last year but kept it.",  # the past
    "We were thinking of moving house.",
    "We were thinking of hiring a new designer.",
    "We're considering adding Sarah to the thread.",  # nothing of the work named
    "Tom is thinking of moving the office to Austin.",
    "I was thinking about moving the call to Friday.",  # a meeting
    "I'm thinking we meet on Tuesday.",
    "I'm thinking you could call me tomorrow.",
    "The idea is to launch in spring.",
])
def test_a_thought_asking_nothing_of_the_work(sentence: str) -> None:
    assert not _is_change(sentence)
