"""Prints how well and how fast client decisions on proofs are read.

Input: the labelled replies (``tests/data/approvals/replies.py``; ids divisible by 3
are the blind split, on which no rule was tuned). Output: accuracy by category and
split, how many negated, conditional or quoted-only replies were read as approval
(goal 0), and decisions read per second on one core.
Run with ``.venv/bin/python benchmarks/approvals.py``.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake.approvals.decisions import read_decision  # noqa: E402
from tests.data.approvals.replies import CASES  # noqa: E402

CATEGORIES = ("plain", "changes", "negated", "conditional", "quoted", "rejected", "none",
              "foreign")


def main() -> int:
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    false_approvals = 0
    for cid, new, _quote, want, category in CASES:
        got = read_decision(new).status
        split = "blind" if int(cid[1:]) % 3 == 0 else "tune"
        for key in ((category, split), (category, "all"), ("total", split), ("total", "all")):
            table[key][0] += got == want
            table[key][1] += 1
        if category in ("negated", "conditional", "quoted") and want not in (
                "approved", "approved_with_changes") and got in ("approved",
                                                                 "approved_with_changes"):
            false_approvals += 1
    print(f"approvals benchmark: {len(CASES)} labelled replies")
    print(f"  {'category':12} {'tune':>9} {'blind':>9} {'all':>9}")
    for category in (*CATEGORIES, "total"):
        cells = []
        for split in ("tune", "blind", "all"):
            right, total = table[(category, split)]
            cells.append(f"{right}/{total}" if total else "-")
        print(f"  {category:12} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9}")
    right, total = table[("total", "all")]
    print(f"  accuracy {right / total:.3f}; negated/conditional/quoted read as approval: "
          f"{false_approvals}")
    texts = [c[1] for c in CASES] * 20
    read_decision(texts[0])  # load the statement rules once
    start = time.process_time()
    for text in texts:
        read_decision(text)
    seconds = time.process_time() - start
    print(f"  speed: {len(texts) / seconds:.0f} decisions/s on one core "
          f"({seconds / len(texts) * 1000:.2f} ms each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
