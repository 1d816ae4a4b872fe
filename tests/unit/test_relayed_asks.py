"""A change asked by someone the client quotes ("Tom said to swap ...", "the CEO would like us
to add ...", "my manager suggested swapping ..."; measured by ``benchmarks/frames.py``), and
the look-alikes that pass on no ask to the agency."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _kinds(sentence: str) -> str:
    changes, requirements, objectives = extract_statements(sentence)
    return "".join(k for k, found in zip("CRO", (changes, requirements, objectives), strict=True)
                   if found)


@pytest.mark.parametrize("sentence", [
    "Tom said to swap the hero photo.",
    "Legal told us to remove the claim from the headline.",
    "The CEO would like us to add a map to the back.",
    "Got a note from Tom to drop the second paragraph.",
    "Tom's request is to shorten the intro.",
    "Tom suggested we swap the hero photo.",
    "My manager suggested swapping the hero photo for the team shot.",
    "Jess mentioned moving the logo to the top.",
])
def test_an_ask_passed_on(sentence: str) -> None:
    assert _kinds(sentence) == "C"


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Tom said not to swap the photo.", ""),
    ("She told me to remove the old files from the drive.", ""),  # the writer's own errand
    ("I asked to see the proofs.", ""),
    ("Jess mentioned swapping stories at the fair.", ""),  # no piece of the work
    ("My manager suggested moving the call to 3.", ""),  # a meeting
    ("Tom suggested we meet on Tuesday.", ""),
    ("Last year Tom suggested we swap the photo.", ""),  # the past
    ("Our brand guide says never to put the logo on a busy background.", "R"),  # a rule book's
])
def test_nothing_passed_on(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds
