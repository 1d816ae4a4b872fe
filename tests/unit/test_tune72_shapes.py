"""Shapes the tune72 mails (2040-2059) showed, goals: a table whose header names the goals
("Goal | Target") lists them in its rows, a line that only points at the goals states none,
"we'd like to beat that" after last year's figure, a goal asked as a question ("could a
campaign help us fill the 40 empty spots?"), German "Ziel ist es, ...", and "we need more
people to know we exist" is an audience to reach, no change (issue 12). Each beside what the
same rule must not read."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds


def _goals(text: str) -> list[str]:
    _changes, _rules, goals = extract_statements(text)
    return [g.evidence.sentence for g in goals]


def test_a_goal_tables_rows_are_the_goals() -> None:
    assert _goals("Hi Sam,\n\nHere are our goals for the spring member drive.\n\nGoal | Target\n"
                  "Newsletter sign-ups | 1,000\nStore visits | +15%\n\nFay") == [
        "Newsletter sign-ups | 1,000", "Store visits | +15%"]
    assert _goals("Here are our goals: 1,000 sign-ups and 15% more visits.") == [
        "Here are our goals: 1,000 sign-ups and 15% more visits."]  # a goal said after it


@pytest.mark.parametrize(("text", "expected"), [
    ("Last spring's campaign got us 320 new members. This year we'd like to beat that.",
     "--O"),
    ("Last spring's campaign got us 320 new members, which was great.", "---"),
    ("Could a campaign help us fill the 40 empty spots in our summer camp?", "--O"),
    ("Could the ad help us?", "---"),
    ("Honestly we just need more people to know we exist.", "--O"),
    ("The photo needs more people in it.", "C--"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ziel ist es, 200 neue Abonnenten im ersten Monat zu gewinnen.", "--O"),
    ("Die Zielgruppe sind junge Familien.", "---"),
])
def test_a_german_goal(text: str, expected: str) -> None:
    assert kinds(text, "de") == expected
