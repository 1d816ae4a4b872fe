"""A piece asked to be some way ("can we have the headline in bold?"; measured by
``benchmarks/have_it.py``), and the same frames said of the day, the business or a brief's
languages."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _kinds(sentence: str) -> str:
    changes, requirements, objectives = extract_statements(sentence)
    return "".join(k for k, found in zip("CRO", (changes, requirements, objectives), strict=True)
                   if found)


@pytest.mark.parametrize("sentence", [
    "Can we have the headline in bold?",
    "Any chance of getting the map a bit bigger?",
    "It'd be nice to have the phone number on the front.",
    "Would be good to get the QR code in the top corner.",
    "Let's have the logo higher up.",
    "Could we have the tagline on its own line please?",
])
def test_a_piece_asked_to_be_some_way(sentence: str) -> None:
    assert "C" in _kinds(sentence)


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Can we have the meeting on Tuesday instead?", ""),
    ("Could we have the call at 3 please?", ""),
    ("Let's have the review on Friday.", ""),
    ("Can we have the logo files by Friday?", ""),  # a delivery, no state of the piece
    ("We would like to have the new brochure in English, German and Dutch.", "R"),
])
def test_the_same_frames_asking_no_change(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds
