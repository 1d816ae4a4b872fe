"""Prints how the date and money rules read one-sentence phrasings nobody tuned them on.

``tests/data/facts/labelled_facts.py`` holds sentences labelled with the due dates and
budgets they state (none, for the hard negatives), written before any rule was tuned on
them. Each list's even positions are the tune half, its odd positions the blind half.
Each sentence goes through ``extract`` as one message sent at the file's ``SENT_AT``;
per field and half this prints precision, recall and F1 over the stated items (a date or
budget found in a sentence that states none is a false positive).

Run: ``.venv/bin/python benchmarks/fact_phrasings.py [--misses]``; ``--misses`` lists the
tune half's disagreements only (the blind half's are never printed, so that nobody tunes
on them by accident).
"""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "facts"))

from labelled_facts import BUDGETS, DUE_DATES, SENT_AT, TIMEZONE  # noqa: E402

from intake.parsers.evaluation import Tally  # noqa: E402
from intake.parsers.extract import extract  # noqa: E402

FIELDS = ("due_dates", "budgets")


def half(items: list, name: str) -> list:
    """The ``tune`` half (even positions) or the ``blind`` half (odd) of ``items``."""
    return items[0 if name == "tune" else 1 :: 2]


def found(sentence: str) -> dict[str, list[str]]:
    """What ``extract`` reads in ``sentence``: due dates (ISO) and budgets ("amount CUR")."""
    got = extract(sentence, sent_at=SENT_AT, timezone=TIMEZONE)
    return {
        "due_dates": [d.date.isoformat() for d in got.due_dates],
        "budgets": [f"{m.amount.normalize():f} {m.currency}" for m in got.budgets],
    }


def expected(field: str, labels: tuple) -> list[str]:
    if field == "due_dates":
        return list(labels)
    return [f"{Decimal(amount).normalize():f} {currency}" for amount, currency in labels]


def score(name: str) -> tuple[dict[str, Tally], list[str]]:
    tallies = {field: Tally() for field in FIELDS}
    misses = []
    for field, items in (("due_dates", DUE_DATES), ("budgets", BUDGETS)):
        for sentence, labels in half(items, name):
            want, got = Counter(expected(field, labels)), Counter(found(sentence)[field])
            both = want & got
            tallies[field].tp += sum(both.values())
            tallies[field].fn += sum((want - both).values())
            tallies[field].fp += sum((got - both).values())
            if want != got:
                misses.append(f"{field}: {sentence!r} expected {sorted(want.elements())}, "
                              f"found {sorted(got.elements())}")
    return tallies, misses


def main(argv: list[str]) -> int:
    for name in ("tune", "blind"):
        tallies, misses = score(name)
        sizes = ", ".join(f"{len(half(items, name))} {field}" for field, items in
                          (("dates", DUE_DATES), ("money", BUDGETS)))
        print(f"{name} half ({sizes} sentences)")
        for field, t in tallies.items():
            print(f"  {field:10} P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}"
                  f"  tp/fp/fn {t.tp}/{t.fp}/{t.fn}")
        if name == "tune" and "--misses" in argv:
            print("\n".join("  " + m for m in misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
