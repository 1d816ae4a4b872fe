"""The second opinion on requirements: the shipped model, what it vetoes and what it keeps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.parsers.evaluation import load_set
from intake.parsers.extract import extract
from intake.parsers.statements.second_opinion import (
    MODEL_DIR,
    clause_of,
    model,
    requirement_scores,
    training_record,
)
from intake.parsers.statements.textcat_training import fingerprint, training_examples

LABELLED = Path(__file__).resolve().parents[1] / "data" / "extraction"


def _requirements(text: str) -> list[str]:
    found = extract(text, sent_at=datetime(2026, 12, 1, 9, tzinfo=UTC), timezone="UTC")
    return [r.text for r in found.requirements]


def test_the_model_ships_with_the_package_and_loads() -> None:
    assert (MODEL_DIR / "model").is_file() and (MODEL_DIR / "cfg").is_file()
    assert model() is not None
    (score,) = requirement_scores(["All print files must be CMYK with 3 mm bleed."])
    assert 0.5 < score <= 1.0


def test_the_shipped_model_was_trained_on_the_labelled_set_as_it_is() -> None:
    """Fails when labelled mail was added or relabelled: run scripts/train-second-opinion."""
    examples = training_examples(load_set(LABELLED))
    assert training_record()["fingerprint"] == fingerprint(examples), (
        "the labelled set changed since the model was trained: "
        ".venv/bin/python scripts/train-second-opinion")


@pytest.mark.parametrize("text", [
    # a budget said as a rule ("needs to work harder": a goal for the money)
    "We can't outspend them, but our $60k needs to work twice as hard.",
    # a deadline said as a rule, in a phone note
    "Jo - need the menu cards to the printer by tmrw 10am, they close for the holidays.",
])
def test_a_deadline_or_a_budget_in_a_rules_words_is_vetoed(text: str) -> None:
    assert _requirements(text) == []


@pytest.mark.parametrize("text", [
    # the rule's own clause is read, not the date beside it
    "The ad must carry our licence number, and it runs from March 3.",
    "To answer your questions: the budget is $8k, we need everything by the 18th, and yes, "
    "the logo must be on every page.",
    # an amount that is part of the rule
    "Every frame must show the $9.99 price.",
    # no date or amount at all: the model is not asked (short rules score low on it)
    "Keep it to 2 pages max.",
    "We need it approved by legal.",
])
def test_a_rule_beside_a_date_or_holding_an_amount_is_kept(text: str) -> None:
    assert len(_requirements(text)) == 1


def test_the_model_is_asked_about_the_clause_holding_the_rule() -> None:
    sentence = "Legal has to see it before it goes, no later than Friday."
    assert clause_of(sentence, "has to") == "Legal has to see it before it goes"
    assert clause_of(sentence, "not in it") == sentence
    assert clause_of("Direct mail | Jan 15 | must ship", "must") == \
        "Direct mail | Jan 15 | must ship"  # a table row is one clause
