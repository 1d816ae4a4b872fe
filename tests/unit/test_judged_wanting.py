"""A piece judged wanting in a word of fault, or of size with a verb of seeming or a word of
degree (``changes._judged_wanting``; measured by ``benchmarks/critiques.py``), and what is
description or praise."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _changes(text: str) -> list[str]:
    return [s.evidence.sentence for s in extract_statements(text)[0]]


@pytest.mark.parametrize("sentence", [
    "The music is so loud.",
    "I find the font stiff.",
    "The copy comes across as generic.",
    "The logo feels small.",
    "The intro is really long.",
    "The layout is quite cluttered.",
    "The headline is rather wordy.",
    "The background looks dull.",
])
def test_a_piece_judged_wanting(sentence: str) -> None:
    assert _changes(sentence)


@pytest.mark.parametrize("sentence", [
    "The logo is small.",  # a description
    "The logo is so clean.",
    "The photo looks really fresh.",
    "I find the headline clever.",
    "The room is so small.",  # no piece of the work
    "The logo was too dark last year.",  # the past
    "The colours are pale and elegant.",  # praise after
    "Is the intro too long?",  # a question
])
def test_description_or_praise(sentence: str) -> None:
    assert not _changes(sentence)


def test_a_judgment_and_its_fix_are_one_change() -> None:
    found = _changes("The headline on the billboard feels long. Can we get it down to five "
                     "words or fewer?")
    assert len(found) == 1 and "feels long" in found[0] and "five words" in found[0]
