"""Prints how far extraction confidences can be trusted, and fits the calibration table.

Input: the labelled set (``tests/data/extraction``). Each finding intake makes is
judged right or wrong by the scorer's rules (``intake.parsers.evaluation.judge``).
Output, on stdout, per confidence band: how many findings, their mean
confidence and the share right, with the expected calibration error (ECE, the
findings-weighted gap between the two), for

1. the rules' raw confidences on the blind splits (mail no rule was tuned on);
2. calibration checked honestly: each blind split calibrated by a table fitted on the
   other blind splits (leave one split out), one curve for every kind of finding, and one
   curve per field beside it;
3. the shipped table on the blind splits and on the tuned mail (where the rules are right
   nearly always).

``--write`` refits the table on every blind split and writes it to
``intake/parsers/calibration_table.py``. Run with
``.venv/bin/python benchmarks/calibration.py [--write]``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from intake.parsers.calibration import Steps, apply_steps, fit, fit_by_field
from intake.parsers.calibration_table import STEPS
from intake.parsers.evaluation import (
    AGENCY_DOMAINS,
    Judged,
    is_blind,
    judge,
    load_set,
    split_of,
)
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "data" / "extraction"
TABLE = ROOT / "intake" / "parsers" / "calibration_table.py"
BANDS = ((0.0, 0.6), (0.6, 0.7), (0.7, 0.75), (0.75, 0.8), (0.8, 0.85), (0.85, 0.9),
         (0.9, 0.95), (0.95, 1.01))


def judged_by_split() -> dict[str, list[Judged]]:
    """Every finding of every labelled message, with its raw confidence, by split."""
    out: dict[str, list[Judged]] = {}
    for case in load_set(SET):
        if case.auto_reply:
            continue
        extraction = extract_message(parse_message(case.raw), timezone=case.timezone,
                                     day_first=case.day_first,
                                     default_currency=case.default_currency, calibrated=False,
                                     agency_domains=AGENCY_DOMAINS)
        out.setdefault(split_of(case), []).extend(judge(case, extraction))
    return out


def calibrated(judged: Sequence[Judged], steps: Steps | Mapping[str, Steps]) -> list[Judged]:
    """``judged`` with confidences through ``steps`` (one curve, or one per field)."""
    return [Judged(j.field, apply_steps(
        steps.get(j.field, ()) if isinstance(steps, Mapping) else steps, j.confidence), j.correct)
        for j in judged]


def reliability(title: str, judged: Sequence[Judged]) -> str:
    lines = [f"{title} ({len(judged)} findings)",
             f"  {'band':>11} {'findings':>8} {'mean conf':>9} {'right':>6}"]
    gap = 0.0
    for low, high in BANDS:
        band = [j for j in judged if low <= j.confidence < high]
        if not band:
            continue
        mean = sum(j.confidence for j in band) / len(band)
        right = sum(j.correct for j in band) / len(band)
        gap += len(band) * abs(mean - right)
        lines.append(f"  {low:4.2f}-{min(high, 1.0):4.2f} {len(band):8d} {mean:9.3f} {right:6.3f}")
    lines.append(f"  ECE {gap / len(judged):.3f}" if judged else "  (none)")
    return "\n".join(lines)


def write_table(steps: Mapping[str, Steps], findings: int) -> None:
    body = "".join(
        f'    "{field}": (\n' + "".join(f"        {step!r},\n" for step in field_steps) + "    ),\n"
        for field, field_steps in steps.items())
    TABLE.write_text(
        f'"""Written by ``benchmarks/calibration.py --write`` on {date.today().isoformat()} from '
        f"{findings} findings\non the blind splits, one curve per field; do not edit by hand "
        '(see calibration.py)."""\n\n'
        f"STEPS: dict[str, tuple[tuple[float, float], ...]] = {{\n{body}}}\n",
        encoding="utf-8")


def left_out(by_split: dict[str, list[Judged]], *, per_field: bool) -> list[Judged]:
    """Each blind split's findings calibrated by a table fitted on the other blind splits
    (one table, or one per field)."""
    out: list[Judged] = []
    blind = [name for name in by_split if is_blind(name)]
    for name in blind:
        rest = [j for other in blind if other != name for j in by_split[other]]
        out += calibrated(by_split[name], fit_by_field(rest) if per_field else fit(rest))
    return out


def brier(judged: Sequence[Judged]) -> float:
    """Mean squared gap between confidence and being right (calibration and resolution)."""
    return sum((j.confidence - j.correct) ** 2 for j in judged) / len(judged) if judged else 0.0


def main(argv: list[str]) -> int:
    by_split = judged_by_split()
    blind = [j for name, js in by_split.items() if is_blind(name) for j in js]
    tuned = [j for name, js in by_split.items() if not is_blind(name) for j in js]
    print(reliability("raw confidence, blind splits", blind))
    one_curve = left_out(by_split, per_field=False)
    per_field = left_out(by_split, per_field=True)
    print(reliability("one curve fitted on the other blind splits, each split left out in turn",
                      one_curve))
    print(reliability("one curve per field, each split left out in turn", per_field))
    print(f"Brier score: raw {brier(blind):.4f}, one curve {brier(one_curve):.4f}, per field "
          f"{brier(per_field):.4f}, shipped {brier(calibrated(blind, STEPS)):.4f}")
    steps = fit_by_field(blind) if "--write" in argv else STEPS
    if "--write" in argv:
        write_table(steps, len(blind))
        print(f"wrote {TABLE.relative_to(ROOT)}")
    print(reliability("shipped table, blind splits (in sample)", calibrated(blind, steps)))
    print(reliability("shipped table, tuned mail", calibrated(tuned, steps)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
