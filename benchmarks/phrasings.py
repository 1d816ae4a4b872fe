"""Prints how the statement rules read one-sentence phrasings nobody tuned them on.

``tests/data/statements/labelled_phrasings.py`` holds sentences labelled change request,
requirement, objective or none of them, written before any rule was tuned on them.
Each list's even positions are the tune half, its odd positions the blind half.
A sentence counts as found for a kind when ``extract_statements`` returns at least
one statement of that kind; per kind and half this prints precision, recall and F1
over all the half's sentences (a "none" sentence found as a kind is a false positive).

Run: ``.venv/bin/python benchmarks/phrasings.py [--misses]``; ``--misses`` lists the
tune half's disagreements only (the blind half's are never printed, so that nobody
tunes on them by accident).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "statements"))

from labelled_phrasings import CHANGES, NOTHING, OBJECTIVES, REQUIREMENTS  # noqa: E402

from intake.parsers.evaluation import Tally  # noqa: E402
from intake.parsers.statements import extract_statements  # noqa: E402

KINDS = ("change_request", "requirement", "objective")
LABELLED = (("change_request", CHANGES), ("requirement", REQUIREMENTS),
            ("objective", OBJECTIVES), ("none", NOTHING))


def half(name: str) -> list[tuple[str, str]]:
    """(label, sentence) of the ``tune`` (even positions) or ``blind`` (odd) half."""
    offset = 0 if name == "tune" else 1
    return [(label, s) for label, items in LABELLED for s in items[offset::2]]


def found_kinds(sentence: str) -> set[str]:
    changes, requirements, objectives = extract_statements(sentence)
    return {kind for kind, found in zip(KINDS, (changes, requirements, objectives),
                                        strict=True) if found}


def score(items: list[tuple[str, str]]) -> tuple[dict[str, Tally], list[str]]:
    tallies = {kind: Tally() for kind in KINDS}
    misses = []
    for label, sentence in items:
        got = found_kinds(sentence)
        for kind in KINDS:
            if kind == label and kind in got:
                tallies[kind].tp += 1
            elif kind == label:
                tallies[kind].fn += 1
                misses.append(f"missed {kind}: {sentence}")
            elif kind in got:
                tallies[kind].fp += 1
                misses.append(f"spurious {kind} ({label}): {sentence}")
    return tallies, misses


def main(argv: list[str]) -> int:
    for name in ("tune", "blind"):
        items = half(name)
        tallies, misses = score(items)
        print(f"{name} half ({len(items)} sentences)")
        for kind, t in tallies.items():
            print(f"  {kind:16} P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}"
                  f"  tp/fp/fn {t.tp}/{t.fp}/{t.fn}")
        if name == "tune" and "--misses" in argv:
            print("\n".join("  " + m for m in misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
