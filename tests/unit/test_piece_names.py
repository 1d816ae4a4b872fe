"""Critiques and wishes about pieces by the names agencies give them (``PIECE_NAMES`` in
``statements/changes.py``; measured by ``benchmarks/pieces.py``), and the same words about
things that are not the work."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _is_change(sentence: str) -> bool:
    return bool(extract_statements(sentence)[0])


@pytest.mark.parametrize("sentence", [
    "The wordmark is too small.",
    "The hang tag is missing the price.",
    "Can the lockup go on the left?",
    "We'd love the roundel to look bigger.",
    "The favicon is blurry.",
    "The masthead feels a bit cramped.",
    "The swing tag has a typo.",
    "The shelf wobbler is the old one.",
])
def test_a_piece_by_its_trade_name(sentence: str) -> None:
    assert _is_change(sentence)


@pytest.mark.parametrize("sentence", [
    "The Clark Street shop still has the original tiles.",  # the shop's floor, not a tile
    "The seal on the jar is broken.",  # the product
    "The lanyards arrived broken.",  # the goods, not their design
    "The sign outside the shop is broken.",
    "Our reel got 10,000 views last week.",
    "Let's revisit the signage in August once we know if the barn goes ahead.",  # put off
    "Can we revisit the logo next year?",
])
def test_the_same_words_about_other_things(sentence: str) -> None:
    assert not _is_change(sentence)


@pytest.mark.parametrize("sentence", [
    "The Book online link is broken on mobile.",  # broken online: the work's fault
    "Perhaps we could revisit the headline.",
    "Let's revisit the headline in the next round.",
])
def test_what_stays_a_change(sentence: str) -> None:
    assert _is_change(sentence)
