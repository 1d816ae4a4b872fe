""""Make sure to X" said of one change to the work asks for it; said of every piece, with a
verb that keeps or follows, or of anything but the work, it is a rule or asks nothing."""

from __future__ import annotations

import pytest

from benchmarks.frames import MAKE_SURE_LOOK_ALIKES
from intake.parsers.statements import extract_statements


@pytest.mark.parametrize("sentence", [
    "Make sure to swap the hero photo for the beach shot.",
    "Make sure to add the new phone number to the footer.",
    "Make sure you move the logo to the top right corner.",
    "Make sure to remove the old address from the back page.",
    "Also, make sure to update the prices on page 2.",
])
def test_make_sure_of_one_change_is_a_change_request_not_a_rule(sentence: str) -> None:
    changes, requirements, _objectives = extract_statements(sentence)
    assert changes and not requirements, sentence


@pytest.mark.parametrize("sentence", MAKE_SURE_LOOK_ALIKES)
def test_make_sure_of_anything_else_is_no_change_request(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert not changes, sentence


@pytest.mark.parametrize("sentence", [
    "Make sure to use the new logo on every piece.",
    "Make sure to always include the legal line.",
    "Make sure to add the disclaimer to every frame.",
    "Make sure to keep the logo away from the edges.",
])
def test_make_sure_of_every_piece_stays_a_rule(sentence: str) -> None:
    changes, requirements, _objectives = extract_statements(sentence)
    assert requirements and not changes, sentence
