"""Shapes the tune92 mails (2480-2499: changes asked of work in review) showed: "can we tag
@citybakery?", "the net weight should be 12 oz", a price in reais put right ("R$ 49,90 and
not R$ 59,90"), "Can we get subtitles burned in?", "Please spell it Katherine with a K", "Dr.
Kim's title is Medical Director now", and "Too many fonts. Stick to two." (the fix of the
fault, not a rule) (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Post 4: can we tag @citybakery?", "C--"),
    ("We sell it with a price tag of $5.", "---"),
    ("They tagged us last week.", "---"),
    ("Also the net weight should be 12 oz (340 g).", "C--"),
    ("And the price must be R$ 49,90 and not R$ 59,90.", "C--"),
    ("Can we get subtitles burned in?", "C--"),
    ("Please spell it Katherine with a K, she's very particular about it.", "C--"),
    ("Can you spell that for me?", "---"),
    ("Dr. Kim's title is Medical Director now.", "C--"),
    ("The title is great.", "---"),
    ("Our position is strong now.", "---"),
    ("Stick to two fonts.", "-R-"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_count_after_a_fault_is_its_fix() -> None:
    changes, rules, _ = extract_statements("Too many fonts. Stick to two.")
    assert [c.evidence.sentence for c in changes] == ["Too many fonts."] and rules == ()
