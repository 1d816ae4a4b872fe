"""Shapes the tune82 mails (2260-2279, briefs as organisations write them) showed: "I'll be
slower to reply until the 25th" (no change, no day), "we hit 2.1M impressions last month" (a
result, no goal), a rule the county dropped, "last year's campaign cost $60,000", German
"angelegt sein", French "faire connaître" and "Objectif :", Spanish "Objetivo:", "Those need
to go in." after a new rule (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 7, 16, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("The team needs a break, so I'll be slower to reply until the 25th.", "---"),
    ("The logo should be bigger.", "C--"),
    ("We hit 2.1M impressions last month at a 0.8% CTR.", "---"),
    ("For Q4 we want to hit 3M impressions.", "--O"),
    ("Last year the county required permits for all sidewalk signs, but they dropped that rule "
     "in March.", "---"),
    ("The county requires permits for all sidewalk signs.", "-R-"),
    ("They dropped the price, but the disclaimer is still required on every ad.", "-R-"),
    ("The health department now requires calorie counts next to every item. Those need to go "
     "in.", "CR-"),
    ("It needs to go in the mail by Friday.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Alle Drucksachen müssen im CMYK-Farbraum mit 3 mm Beschnitt angelegt sein.", "de", "-R-"),
    ("Die Datei ist falsch angelegt.", "de", "---"),
    ("Nous souhaitons faire connaître notre nouvelle gamme bio auprès des jeunes parents.", "fr",
     "--O"),
    ("Nous souhaitons vous faire connaître notre avis sur la maquette.", "fr", "---"),
    ("Objectif : 500 inscriptions à la newsletter.", "fr", "--O"),
    ("Objetivo: aumentar las reservas un 15 % en agosto.", "es", "--O"),
])
def test_foreign_kinds(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I'll be slower to reply until the 25th.", []),
    ("We need the files by the 25th.", ["2029-07-25"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Last year's campaign cost $60,000. This year we have $50,000.",
     [("60000", "other"), ("50000", "budget")]),
    ("The whole campaign will cost $60,000 all-in.", [("60000", "budget")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected
