"""Confidence that means what it says: of findings shown at 0.9, about nine in ten are right.

Input: an :class:`Extraction` whose confidences are the rules' own guesses. Output:
the same findings with each confidence replaced by how often findings of that field at
that raw confidence were right on the blind splits of the labelled set (mail no rule was
tuned on; the tuned mail is right nearly always and would teach only overconfidence).
The table holds one monotone step function per field, fitted by :func:`fit` (pooled
adjacent violators, each step pulled toward the field's overall precision by a few
pseudo-findings). With two blind splits (about 80 findings) one curve for every field was
the best that could be fitted; with thirty-one (about 1,450 findings) one curve per field is
better calibrated than the raw confidences and more telling than one curve, each blind
split scored by curves fitted on the others: expected calibration error 0.090 raw, 0.005 one
curve, 0.019 per field; Brier score 0.083 raw, 0.067 one curve (about what a constant
scores), 0.065 per field (``benchmarks/calibration.py`` prints these). It is written to
:mod:`intake.parsers.calibration_table` by ``benchmarks/calibration.py --write``.
Drafts show a finding under :data:`intake.drafts.mails.CHECK_BELOW` as "please check".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TypeVar

from intake.parsers.calibration_table import STEPS
from intake.parsers.evaluation import Judged
from intake.parsers.mentions import DueDate, Extraction, Money, Statement

__all__ = ["Steps", "apply_steps", "calibrate", "fit", "fit_by_field"]

#: (lowest raw confidence, calibrated confidence), raw confidences rising.
Steps = tuple[tuple[float, float], ...]
_Finding = TypeVar("_Finding", DueDate, Money, Statement)
#: How many pseudo-findings at the overall precision each step starts with.
PRIOR_WEIGHT = 8.0


def apply_steps(steps: Steps, raw: float) -> float:
    """The value of the last step whose lower bound is at or below ``raw`` (the first step
    for a raw confidence below every fitted one; ``raw`` itself with no steps)."""
    if not steps:
        return raw
    value = steps[0][1]
    for low, step_value in steps:
        if raw < low:
            break
        value = step_value
    return value


def calibrate(extraction: Extraction, steps: Mapping[str, Steps] = STEPS) -> Extraction:
    """``extraction`` with calibrated confidences, each field by its own steps (``steps``
    keyed by the scorer's field names; a field without steps, and money that is no budget,
    keep their own)."""

    if not steps:
        return extraction

    def each(field: str, found: tuple[_Finding, ...]) -> tuple[_Finding, ...]:
        own = steps.get(field, ())
        if not own:
            return found
        return tuple(
            replace(f, evidence=replace(
                f.evidence, confidence=apply_steps(own, f.evidence.confidence)))
            for f in found
        )

    return replace(
        extraction,
        due_dates=each("due_dates", extraction.due_dates),
        replaced_dates=each("replaced_dates", extraction.replaced_dates),
        money=tuple(each("budgets", (m,))[0] if m.is_budget else m for m in extraction.money),
        change_requests=each("change_requests", extraction.change_requests),
        requirements=each("requirements", extraction.requirements),
        objectives=each("objectives", extraction.objectives),
    )


def fit_by_field(judged: Iterable[Judged], *,
                 prior_weight: float = PRIOR_WEIGHT) -> dict[str, Steps]:
    """One :func:`fit` per field of ``judged``."""
    by_field: dict[str, list[Judged]] = defaultdict(list)
    for j in judged:
        by_field[j.field].append(j)
    return {name: fit(found, prior_weight=prior_weight)
            for name, found in sorted(by_field.items())}


def fit(judged: Iterable[Judged], *, prior_weight: float = PRIOR_WEIGHT) -> Steps:
    """A non-decreasing step function from raw confidence to the share of findings right."""
    cells: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for j in judged:
        cell = cells[round(j.confidence, 3)]
        cell[0] += j.correct
        cell[1] += 1
    total = sum(n for _, n in cells.values())
    if not total:
        return ()
    overall = sum(s for s, _ in cells.values()) / total
    blocks = _pool_adjacent_violators(
        [(raw, float(s), float(n)) for raw, (s, n) in sorted(cells.items())])
    values: list[tuple[float, float]] = []
    for low, s, n in blocks:
        value = (s + prior_weight * overall) / (n + prior_weight)
        if values and value < values[-1][1]:
            value = values[-1][1]  # smoothing must not undo the ordering
        values.append((low, round(value, 3)))
    return tuple(values)


def _pool_adjacent_violators(cells: list[tuple[float, float, float]]
                             ) -> list[tuple[float, float, float]]:
    """(lowest raw, right, total) blocks whose shares right never fall as raw rises."""
    blocks: list[tuple[float, float, float]] = []
    for low, s, n in cells:
        blocks.append((low, s, n))
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] > blocks[-1][1] / blocks[-1][2]:
            (low0, s0, n0), (_, s1, n1) = blocks[-2], blocks[-1]
            blocks[-2:] = [(low0, s0 + s1, n0 + n1)]
    return blocks
