"""Confidence that means what it says: of findings shown at 0.9, about nine in ten are right.

Input: an :class:`Extraction` whose confidences are the rules' own guesses. Output:
the same findings with each confidence replaced by how often findings at that raw
confidence were right on the blind splits of the labelled set (mail no rule was
tuned on; the tuned mail is right nearly always and would teach only
overconfidence). The table is one monotone step function for every kind of
finding, fitted by :func:`fit` (pooled adjacent violators, each step pulled toward
the overall precision by a few pseudo-findings). One curve, not one per field:
the blind splits hold about 80 findings, and curves per field fitted on one blind
split and checked on the other were worse than the raw confidences (expected
calibration error 0.16 against 0.12), while one curve halves it (0.07;
``benchmarks/calibration.py`` prints these). It is written to
:mod:`intake.parsers.calibration_table` by ``benchmarks/calibration.py --write``.
Drafts show a finding under :data:`intake.drafts.mails.CHECK_BELOW` as "please check".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from intake.parsers.calibration_table import STEPS
from intake.parsers.evaluation import Judged
from intake.parsers.mentions import DueDate, Extraction, Money, Statement

__all__ = ["Steps", "apply_steps", "calibrate", "fit"]

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


def calibrate(extraction: Extraction, steps: Steps = STEPS) -> Extraction:
    """``extraction`` with calibrated confidences (money that is no budget keeps its own)."""

    if not steps:
        return extraction

    def each(found: tuple[_Finding, ...]) -> tuple[_Finding, ...]:
        return tuple(
            replace(f, evidence=replace(
                f.evidence, confidence=apply_steps(steps, f.evidence.confidence)))
            for f in found
        )

    return replace(
        extraction,
        due_dates=each(extraction.due_dates),
        replaced_dates=each(extraction.replaced_dates),
        money=tuple(each((m,))[0] if m.is_budget else m for m in extraction.money),
        change_requests=each(extraction.change_requests),
        requirements=each(extraction.requirements),
        objectives=each(extraction.objectives),
    )


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
