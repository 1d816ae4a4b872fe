"""Bans said in the frames of ``benchmarks/bans.py``'s tuned half, and look-alikes that ban
nothing."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _is_rule(sentence: str) -> bool:
    return bool(extract_statements(sentence)[1])


@pytest.mark.parametrize("sentence", [
    "Nothing with nuts in the photos, please.",
    "Keep politics out of it.",
    "We'd rather not show prices anywhere.",
    "We don't want alcohol in any of the ads.",
    "Please refrain from using emojis.",
    "Without celebrities, please.",
    "Red is a big no for us.",
    "Our rule of thumb: no exclamation marks.",
])
def test_a_ban_in_other_words(sentence: str) -> None:
    assert _is_rule(sentence)


@pytest.mark.parametrize("sentence", [
    "Nothing with the logo has changed.",
    "We don't want to miss the deadline.",
    "Keep the receipts out of the folder.",
    "We'd rather not show the draft to the board yet.",
    "Without you, please, we'd be lost.",
    "The answer is no.",
    "That's a no from me.",
])
def test_no_ban(sentence: str) -> None:
    assert not _is_rule(sentence)


@pytest.mark.parametrize("sentence", [
    "Please, none of the stock photos anywhere.",
    "We won't have alcohol in any of our stuff.",
    "Hard pass on emojis across the campaign.",
])
def test_a_ban_over_all_of_the_work(sentence: str) -> None:
    assert _is_rule(sentence)


@pytest.mark.parametrize("sentence", [
    "No rush at all.",
    "We never got any proofs.",
    "I don't have any time this week.",
    "None of the photos arrived.",
    "Nothing at all from the printer yet.",
    "We don't want any delays.",
    "None of this needs anything from you right now.",
])
def test_no_ban_over_the_work(sentence: str) -> None:
    assert not _is_rule(sentence)
