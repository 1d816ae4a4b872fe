"""Shapes the tune69 mails (1940-1959) showed, due dates told as facts abroad: a German
"Erscheinungstermin ist der 26.01." (a day.month after "der"), a Spanish campaign that "sale al
aire el 5 de marzo"; and a board's approval inside an opening "if" is no rule (issue 12). Each
beside sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due, kinds

THURSDAY = datetime(2029, 1, 11, 10, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    ("Erscheinungstermin ist der 26.01.", ["2029-01-26"]),
    ("die Anzeige muss spätestens am 19.01. bei der Zeitung sein. Erscheinungstermin ist der "
     "26.01.", ["2029-01-19", "2029-01-26"]),
    ("Der Preis ist der 26.50 Euro.", []),
    ("La campaña sale al aire el 5 de marzo.", ["2029-03-05"]),
])
def test_days_told_as_facts_abroad(text: str, expected: list[str]) -> None:
    assert due(text, THURSDAY, day_first=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("If the board approves the budget on January 18, we would want to start the campaign in "
     "February.", "---"),
    ("Everything needs legal approval before it goes out.", "-R-"),
    ("If it mentions rates, it needs compliance approval.", "-R-"),
])
def test_an_approval_in_a_condition(text: str, expected: str) -> None:
    assert kinds(text) == expected
