"""Shapes found by the tune37 batch (``tests/data/extraction/specs_50.py``, first briefs
scored blind before any rule was written: requirements 0.865, objectives 0.903): a goal's
horizon on a "Goal:" line, "we need every product photographed on ...", German "müssen ...
zeigen" and French "doivent toujours montrer". Each rule has look-alikes it must leave
alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.statements import extract_statements

SENT = datetime(2027, 6, 7, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "due"), [
    ("Goal: 2,500 flu shots booked online by October 31\nLaunch: September 7",
     ["2027-09-07"]),
    ("Our goals: 300 sign-ups by August 1.", []),
    ("Target audience: parents. We need the deck by June 14.", ["2027-06-14"]),  # no goal
])
def test_a_goal_lines_day_is_its_horizon(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due


@pytest.mark.parametrize(("text", "rules"), [
    ("For the holiday catalog we need every product photographed on the same linen "
     "background.", 1),
    ("We need every product by Friday.", 0),  # a delivery, no rule
])
def test_every_piece_done_the_same_way(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules


def test_german_and_french_rules_that_show() -> None:
    _, rules, _ = extract_statements("Alle Motive müssen das Bio-Siegel zeigen.", language="de")
    assert len(rules) == 1
    _, rules, _ = extract_statements("Les visuels doivent toujours montrer nos chambres avec "
                                     "lumière naturelle.", language="fr")
    assert len(rules) == 1
    _, rules, _ = extract_statements("Pouvez-vous nous montrer les visuels ?", language="fr")
    assert rules == ()
