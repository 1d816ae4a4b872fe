"""Shapes the tune91 mails (2460-2479: rules and asks beside what only looks like them)
showed: a question announced ("Quick question, is the font ...?") asks nothing; a doubt kept
anyway ("..., but let's keep it for now"); an idea "not essential"; "Don't change anything on
the back"; "use the attached logo files going forward" is a rule; "Deliver as PNG"; a two-word
line "Logo bigger" is an ask, not a heading (issue 12). Each beside the words that must not
read so."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Quick question, is the font the same one we use on our website?", "---"),
    ("Quick question, can you make the logo bigger?", "C--"),
    ("I'm not sure about the snowflake pattern, but let's keep it for now.", "---"),
    ("I'm not sure about the snowflake pattern.", "C--"),
    ("If the budget allows, we could add a second video later, but it's not essential.", "---"),
    ("We need to add a second video, it's essential for the launch.", "C--"),
    ("Don't change anything on the back.", "---"),
    ("Don't change the logo on any piece.", "-R-"),
    ("Please use the attached logo files going forward, the old ones have the wrong green.",
     "-R-"),
    ("Deliver as PNG.", "-R-"),
    ("Please send it in the mail.", "---"),
    ("Logo bigger", "C--"),
    ("Bigger logo", "C--"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_title_cased_line_stays_a_heading() -> None:
    text = "Bigger Picture\n\nOur goal is to double sign-ups by June.\n"
    changes, _, goals = extract_statements(text)
    assert changes == () and len(goals) == 1
