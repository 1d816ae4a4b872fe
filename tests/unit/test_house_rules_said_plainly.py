"""House rules the thirty-third session's probe of 58 rule sentences missed: a count kept
under ("No more than two typefaces, please"), "Keep it family friendly", "Our tone is
conversational but professional", "Our colors are navy and gold", "Product shots on white
background only", 'We're not allowed to say "best"' (a ban, not new words for the piece)
(issue 12). Each beside the words that must not read so."""

from __future__ import annotations

import pytest

from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("No more than two typefaces, please.", "-R-"),
    ("At most three hashtags per post.", "-R-"),
    ("No more than 20 people at the shoot.", "---"),
    ("Keep it family friendly.", "-R-"),
    ("Keep everything clean and classy.", "-R-"),
    ("Keep it up!", "---"),
    ("Keep it between us.", "---"),
    ("Our tone is conversational but professional.", "-R-"),
    ("The tone is great.", "---"),
    ("Our colors are navy and gold.", "-R-"),
    ("Our colors are a bit off in the proof.", "C--"),
    ("Product shots on white background only.", "-R-"),
    ('We\'re not allowed to say "best" or "cheapest".', "-R-"),
    ("We're not allowed to say much yet.", "---"),
    ('Can you make the headline say "best"?', "C--"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected
