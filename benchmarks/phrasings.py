"""Prints how the statement rules read one-sentence phrasings nobody tuned them on.

``tests/data/statements/labelled_phrasings.py`` holds sentences labelled change request,
requirement, objective or none of them, written before any rule was tuned on them.
Each list's even positions are the tune half, its odd positions the blind half.
A sentence counts as found for a kind when ``extract_statements`` returns at least
one statement of that kind; per kind and half this prints precision, recall and F1
over all the half's sentences (a "none" sentence found as a kind is a false positive).

``--set paraphrased`` scores ``paraphrased_phrasings.py`` instead: the shapes earlier blind
mail was missed on, said in new words (written 2026-12-06, before scoring).

Run: ``.venv/bin/python benchmarks/phrasings.py [--set paraphrased] [--misses]``;
``--misses`` lists the tune half's disagreements only (the blind half's are never printed,
so that nobody tunes on them by accident).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "statements"))

import importlib  # noqa: E402

from intake.parsers.evaluation import Tally  # noqa: E402
from intake.parsers.statements import extract_statements  # noqa: E402

KINDS = ("change_request", "requirement", "objective")
SETS = {"labelled": "labelled_phrasings", "paraphrased": "paraphrased_phrasings"}


def labelled(set_name: str = "labelled") -> tuple[tuple[str, list[str]], ...]:
    """(label, sentences) of one set of phrasings."""
    module = importlib.import_module(SETS[set_name])
    return (("change_request", module.CHANGES), ("requirement", module.REQUIREMENTS),
            ("objective", module.OBJECTIVES), ("none", module.NOTHING))


def half(name: str, set_name: str = "labelled") -> list[tuple[str, str]]:
    """(label, sentence) of the ``tune`` (even positions) or ``blind`` (odd) half."""
    offset = 0 if name == "tune" else 1
    return [(label, s) for label, items in labelled(set_name) for s in items[offset::2]]


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
    set_name = argv[argv.index("--set") + 1] if "--set" in argv else "labelled"
    for name in ("tune", "blind"):
        items = half(name, set_name)
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
