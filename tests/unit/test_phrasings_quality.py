"""The statement rules on one-sentence phrasings (tests/data/statements/labelled_phrasings.py).

Floors at the scores of docs/performance.md: the tune half (even positions) at the score
after tuning, the blind half (odd positions, never tuned on) at its score, so that a
change that loses ground on either fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from phrasings import half, score  # noqa: E402

FLOORS = {
    "tune": {"change_request": 0.99, "requirement": 0.99, "objective": 0.99},
    "blind": {"change_request": 0.79, "requirement": 0.88, "objective": 0.90},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_half_holds_its_floor(name: str) -> None:
    tallies, _ = score(half(name))
    below = {kind: round(t.f1, 3) for kind, t in tallies.items() if t.f1 < FLOORS[name][kind]}
    assert not below, f"{name} half below its floor: {below}"


def test_a_none_sentence_is_never_read_as_a_requirement_or_objective_on_the_tune_half() -> None:
    tallies, misses = score(half("tune"))
    assert all(t.fp == 0 for t in tallies.values()), misses
