"""The date and money rules on one-sentence phrasings (tests/data/facts/labelled_facts.py).

Floors at the scores of docs/performance.md: the tune half (even positions) at the score
after tuning, the blind half (odd positions, never tuned on) at its blind score, so that
a change that loses ground on either fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from fact_phrasings import score  # noqa: E402

FLOORS = {
    "tune": {"due_dates": 0.97, "budgets": 0.95},
    "blind": {"due_dates": 0.94, "budgets": 0.76},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_half_holds_its_floor(name: str) -> None:
    tallies, _ = score(name)
    below = {field: round(t.f1, 3) for field, t in tallies.items()
             if t.f1 < FLOORS[name][field]}
    assert not below, f"{name} half below its floor: {below}"


def test_no_date_is_read_in_the_tune_halfs_sentences_without_one() -> None:
    tallies, misses = score("tune")
    assert tallies["due_dates"].fp == 0, misses
