"""Shapes the tune100 mails (2640-2659: changes asked softly) showed: a detail printed set
right against the wrong one ("the coupon code should be PIZZA10, not PIZZA15"), what a piece
still shows from last month, a photo or a word doubted ("not sure 'affordable' is the right
word"), a word offered in quotes that names no rule's topic, and who dislikes what the ask
before changes (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("And the coupon code should be PIZZA10, not PIZZA15.", "C--"),
    ("Also the rate in the subject line is last month's.", "C--"),
    ("I'm not sure \"affordable\" is the right word for us.", "C--"),
    ("I'm not sure the photo is right for us.", "C--"),
    ("Maybe \"accessible\"?", "---"),
    # a rule of a code or a currency, the past, a doubt about a day, a rule's topic
    ("The building code says the sign must be lit, not dark.", "-R-"),
    ("The price must be in euro, not in dollar.", "-R-"),
    ("Our sales were last year's best.", "---"),
    ("The event was last month.", "---"),
    ("I'm not sure when the board meets.", "---"),
    ("I'm not sure the time is right to launch.", "---"),
    ("The site must be accessible.", "-R-"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_who_dislikes_what_the_ask_changes_is_its_reason() -> None:
    changes, _, _ = extract_statements(
        'Please swap "cheap" for "great value" throughout. Our travellers don\'t like the word.')
    assert [c.evidence.sentence for c in changes] == [
        'Please swap "cheap" for "great value" throughout. Our travellers don\'t like the word.']
    alone, _, _ = extract_statements("We don't like the new font.")
    assert [c.evidence.sentence for c in alone] == ["We don't like the new font."]
