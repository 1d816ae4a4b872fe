"""Shapes found by the tune40 batch (``tests/data/extraction/specs_54.py``: mail from the middle
of a project, scored blind before any rule was written: budgets 0.500, change requests 0.741,
requirements 0.750, objectives 0.000). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.money import extract_money
from intake.parsers.nlp import analyse

SENT = datetime(2027, 7, 7, 15, tzinfo=UTC)  # a Wednesday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements],
            "obj": [s.evidence.sentence for s in found.objectives]}


@pytest.mark.parametrize(("text", "changes"), [
    ("No, swap for the bowl shot we sent last week.", 1),
    ("No, we swapped the photo last week.", 0),
    ("Our comments are marked up in the attached PDF. Please work them in.", 1),
    ("Sam - legal's notes on the flyer below, please work these in.", 0),  # the notes are
    ("We'll work them in next time.", 0),
    ('Also the name of the restaurant is "Tasca da Graça", with the accent.', 1),
    ("Leaf blower - $129 (was $149)", 1),
    ("The new croissant price is $4.25 (was $3.95), and the pain au chocolat goes to $4.75.",
     0),  # news of a price; the ask is elsewhere
    ("The sale ran last month (was a success).", 0),
    ('Legal approved the ad with one edit: "guaranteed" has to come out of the headline.', 1),
    ("The flyers have to go out by Friday.", 0),
])
def test_changes_in_the_middle_of_a_project(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


def test_a_removal_is_no_rule() -> None:
    found = _read('"Guaranteed" has to come out of the headline.')
    assert len(found["cr"]) == 1 and found["req"] == []


@pytest.mark.parametrize(("text", "rules"), [
    ("Maximum length 30 seconds.", 1),
    ("Max 3 people at the shoot.", 0),
])
def test_a_limit_named_by_its_measure(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules


@pytest.mark.parametrize(("text", "goals"), [
    ("We'd love a full house, 80 people.", 1),
    ("Last year we had a full house.", 0),
    ("The house is full of boxes.", 0),
    ("For the Nutcracker this December, our board hopes we can sell 6,000 tickets across the "
     "twelve shows, up from 5,200 last year.", 1),
])
def test_goals_as_a_full_house_or_against_last_year(text: str, goals: int) -> None:
    assert len(_read(text)["obj"]) == goals


@pytest.mark.parametrize(("text", "budgets"), [
    ("The owners agreed to add another $2,000 to the fall push, so we're at $10,000 total.",
     [("10000", "budget")]),
    ("We have roughly twenty-five thousand for the campaign.", [("25000", "budget")]),
    ("We need two thousand flyers.", []),
    ("We printed two thousand for the fair.", []),
])
def test_money_added_and_said_in_words(text: str, budgets: list[tuple[str, str]]) -> None:
    found = extract_money(analyse(text), default_currency="USD")
    assert [(str(m.amount), m.kind) for m in found if m.kind == "budget"] == budgets


@pytest.mark.parametrize(("text", "due"), [
    ("We're hosting Mara Quinn for a reading on Thursday August 19. Could you do a poster?",
     ["2027-08-19"]),  # the client's evening, no deadline of its own
    ("I'm reading the proofs on Monday.", []),
    ("We'll mail them by Friday.", []),  # the client's own part
    ("Can you mail them by Friday?", ["2027-07-09"]),
])
def test_an_authors_evening_and_the_clients_own_mailing(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due
