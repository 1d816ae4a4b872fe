"""Prints extraction quality and speed: intake next to the peer baseline, on the labelled set.

Input: ``tests/data/extraction`` (the labelled set). Output, on stdout:

1. P/R/F1 per field for intake (``parse_message`` + ``extract_message``) and
   for the baseline (``benchmarks/baseline.py``: dateparser + price-parser);
2. extraction throughput on one core: messages/s over the set's texts and
   over 1-5 KB bodies, with ms per KB, and the share of each extractor;
3. the time to extract one 10, 25, 50 and 100 KB body, per extractor (a
   pattern that is slow on long input shows up as ms per KB growing with size);
4. with ``--misses``: intake's misses by field and file.

Times are CPU seconds of this process (``time.process_time``) pinned to one
core, so other work on a shared machine does not inflate them. Parsing is
timed apart from extraction. Run with
``.venv/bin/python benchmarks/extraction.py [--misses] [--no-baseline]``.
"""

from __future__ import annotations

import os
import random
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import baseline_predict

from intake.parsers.dates import extract_due_dates
from intake.parsers.evaluation import (
    AGENCY_DOMAINS,
    FIELDS,
    SPLITS,
    STATEMENT_FIELDS,
    Case,
    Report,
    load_set,
    predicted_from_extraction,
    score,
    split_of,
)
from intake.parsers.extract import extract, extract_message, message_source
from intake.parsers.mime import parse_message
from intake.parsers.money import extract_money
from intake.parsers.nlp import analyse
from intake.parsers.statements import extract_statements

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"


@dataclass(frozen=True)
class Body:
    """A text to extract from, with what ``extract`` needs to know about its sender."""

    text: str
    sent_at: datetime
    timezone: str
    day_first: bool
    currency: str


def one_core() -> str:
    """Pin this process to one CPU so the figures are per core."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def bodies_of(cases: list[Case]) -> list[Body]:
    out = []
    for case in cases:
        source = message_source(parse_message(case.raw))
        out.append(
            Body(
                source.text,
                source.sent_at,
                case.timezone,
                case.day_first,
                case.default_currency,
            )
        )
    return out


def sized_bodies(
    bodies: list[Body], *, count: int, low: int, high: int, seed: int = 7
) -> list[Body]:
    """``count`` bodies of ``low``..``high`` bytes, made of the set's own paragraphs."""
    rng = random.Random(seed)
    paragraphs = [p for b in bodies for p in b.text.split("\n\n") if p.strip()]
    out = []
    for i in range(count):
        target = rng.randint(low, high)
        parts: list[str] = []
        size = 0
        while size < target:
            p = rng.choice(paragraphs)
            parts.append(p)
            size += len(p.encode()) + 2
        base = bodies[i % len(bodies)]
        text = "\n\n".join(parts)[: high + 200]
        out.append(Body(text, base.sent_at, base.timezone, base.day_first, base.currency))
    return out


def run(bodies: list[Body]) -> float:
    """Seconds to extract every body once."""
    start = time.process_time()
    for b in bodies:
        extract(
            b.text,
            sent_at=b.sent_at,
            timezone=b.timezone,
            day_first=b.day_first,
            default_currency=b.currency,
        )
    return time.process_time() - start


def best_of(bodies: list[Body], repeat: int = 3) -> float:
    return min(run(bodies) for _ in range(repeat))


def stage_shares(bodies: list[Body]) -> dict[str, float]:
    """Seconds per stage over ``bodies``: tokenising, dates, money, statements."""
    spent = dict.fromkeys(("analyse", "dates", "money", "statements"), 0.0)
    for i, b in enumerate(bodies):
        text = f"{b.text}\n\nref {i}"  # a fresh text: analyse keeps a small cache
        t0 = time.process_time()
        doc = analyse(text)
        t1 = time.process_time()
        extract_due_dates(doc, sent_at=b.sent_at, timezone=b.timezone, day_first=b.day_first)
        t2 = time.process_time()
        extract_money(doc, default_currency=b.currency)
        t3 = time.process_time()
        extract_statements(doc)
        t4 = time.process_time()
        spent["analyse"] += t1 - t0
        spent["dates"] += t2 - t1
        spent["money"] += t3 - t2
        spent["statements"] += t4 - t3
    return spent


def side_by_side(ours: Report, theirs: Report | None) -> str:
    head = f"  {'field':16} {'intake P':>9} {'R':>6} {'F1':>6}"
    if theirs:
        head += f"   {'baseline P':>10} {'R':>6} {'F1':>6}"
    lines = [head]
    for name in FIELDS:
        a = ours.tallies[name]
        row = f"  {name:16} {a.precision:9.3f} {a.recall:6.3f} {a.f1:6.3f}"
        if theirs:
            if name in STATEMENT_FIELDS or name == "replaced_dates":
                row += f"   {'n/a':>10} {'':>6} {'':>6}"
            else:
                b = theirs.tallies[name]
                row += f"   {b.precision:10.3f} {b.recall:6.3f} {b.f1:6.3f}"
        lines.append(row)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    print(f"extraction benchmark ({one_core()})")
    cases = load_set(SET)
    scored = [c for c in cases if not c.auto_reply]

    t0 = time.process_time()
    mails = {c.name: parse_message(c.raw) for c in scored}
    parse_s = time.process_time() - t0

    def ours(case: Case):
        extraction = extract_message(
            mails[case.name],
            timezone=case.timezone,
            day_first=case.day_first,
            default_currency=case.default_currency,
            agency_domains=AGENCY_DOMAINS,
        )
        return predicted_from_extraction(extraction)

    intake_report = score(scored, ours)
    baseline_report = None
    baseline_s = 0.0
    if "--no-baseline" not in argv:

        def theirs(case: Case):
            source = message_source(mails[case.name])
            return baseline_predict(
                source.text,
                sent_at=source.sent_at,
                timezone=case.timezone,
                day_first=case.day_first,
                default_currency=case.default_currency,
            )

        t0 = time.process_time()
        baseline_report = score(scored, theirs)
        baseline_s = time.process_time() - t0

    print(
        f"\nquality on {len(scored)} labelled messages ({len(cases) - len(scored)} auto-replies"
        " and bounces left out)"
    )
    print(side_by_side(intake_report, baseline_report))
    ranges: dict[str, list[str]] = {}  # a split may hold more than one range of numbers
    for name, low, high in SPLITS:
        ranges.setdefault(name, []).append(f"{low:03d}-{high:03d}")
    for name, spans in ranges.items():
        part = [c for c in scored if split_of(c) == name]
        print(f"\n  {name} split ({', '.join(spans)}, {len(part)} messages)")
        print(side_by_side(score(part, ours), score(part, theirs) if baseline_report else None))

    bodies = bodies_of(scored)
    set_kb = sum(len(b.text.encode()) for b in bodies) / 1024
    seconds = best_of(bodies)
    print("\nspeed (CPU time on one core, best of 3)")
    print(
        f"  parse_message:           {len(scored) / parse_s:8.0f} messages/s"
        " (not in the figures below)"
    )
    print(
        f"  extract, the set:        {len(bodies) / seconds:8.0f} messages/s"
        f"  ({set_kb / len(bodies):.2f} KB average, {1000 * seconds / set_kb:.3f} ms per KB)"
    )
    typical = sized_bodies(bodies, count=200, low=1024, high=5120)
    typical_kb = sum(len(b.text.encode()) for b in typical) / 1024
    seconds = best_of(typical)
    print(
        f"  extract, 1-5 KB bodies:  {len(typical) / seconds:8.0f} messages/s"
        f"  ({typical_kb / len(typical):.2f} KB average,"
        f" {1000 * seconds / typical_kb:.3f} ms per KB)"
    )
    shares = stage_shares(typical)
    total = sum(shares.values())
    print(
        "  share of 1-5 KB time:    "
        + ", ".join(
            f"{k} {100 * v / total:.0f}% ({1000 * v / typical_kb:.3f} ms/KB)"
            for k, v in shares.items()
        )
    )
    if baseline_report is not None:
        print(f"  baseline, the set:       {len(scored) / baseline_s:8.1f} messages/s")

    print("  long bodies (one run each; time per extractor):")
    for size_kb in (10, 25, 50, 100):
        big = sized_bodies(bodies, count=1, low=size_kb * 1024, high=size_kb * 1024, seed=11)[0]
        kb = len(big.text.encode()) / 1024
        shares = stage_shares([big])
        total = sum(shares.values())
        print(
            f"    {kb:5.0f} KB: {1000 * total:9.1f} ms ({1000 * total / kb:8.3f} ms per KB; "
            + ", ".join(f"{k} {1000 * v:.0f} ms" for k, v in shares.items())
            + ")"
        )

    if "--misses" in argv:
        print("\nintake misses by field")
        print(intake_report.misses_by_field())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
