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
