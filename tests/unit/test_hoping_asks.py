"""A hope in the past tense asks now ("We were hoping to swap the hero photo"); hopes about
meetings, news, goals or what did not happen ask nothing of the work."""

from __future__ import annotations

import pytest

from benchmarks.frames import HOPING_LOOK_ALIKES
from intake.parsers.statements import extract_statements


@pytest.mark.parametrize("sentence", [
    "We were hoping to swap the hero photo for the beach shot.",
    "We were hoping to move the launch to May 3.",
    "I was hoping to add a Spanish version of the flyer.",
    "We were hoping to drop the second testimonial from the brochure.",
    "I was hoping to make the logo on the back a bit bigger.",
    "Thanks Sam - we were really hoping to shorten the radio spot to 15 seconds.",
])
def test_a_hope_in_the_past_tense_asks_for_a_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert changes, sentence


@pytest.mark.parametrize("sentence", [
    *HOPING_LOOK_ALIKES,
    "We're hoping to reposition the brand as premium.",  # a goal's frame, present tense
    "We were hoping to swap suppliers, but the contract runs to June.",
])
def test_a_hope_about_anything_else_asks_for_no_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert not changes, sentence
