"""Prints the labelled set's scores by split: all blind splits together, or named splits.

A new batch is scored here blind first (before any rule of its own), then again after its
rules; ``docs/performance.md`` records both. The predictions are the quality test's
(``tests/unit/test_extraction_quality.py``): ``parse_message`` + ``extract_message`` with the
case's zone, day order, currency and the set's agency domains.

Run: .venv/bin/python benchmarks/splits.py                 (all blind splits, 700 mails)
     .venv/bin/python benchmarks/splits.py tune108 [-m]    (named splits, comma-separated;
                                                            -m lists each miss)
"""

from __future__ import annotations

import sys
from pathlib import Path

from intake.parsers.evaluation import (
    AGENCY_DOMAINS,
    Case,
    Predicted,
    is_blind,
    load_set,
    predicted_from_extraction,
    score,
    split_of,
)
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"


def predict(case: Case) -> Predicted:
    extraction = extract_message(parse_message(case.raw), timezone=case.timezone,
                                 day_first=case.day_first,
                                 default_currency=case.default_currency,
                                 agency_domains=AGENCY_DOMAINS)
    return predicted_from_extraction(extraction)


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")]
    cases = load_set(SET)
    if names:
        wanted = set(names[0].split(","))
        unknown = wanted - {split_of(c) for c in cases}
        if unknown:
            print(f"error: no split named {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        chosen, title = [c for c in cases if split_of(c) in wanted], names[0]
    else:
        chosen, title = [c for c in cases if is_blind(split_of(c))], "all blind splits"
    report = score(chosen, predict)
    print(report.table(title))
    if "-m" in argv:
        print(report.misses_by_field())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
