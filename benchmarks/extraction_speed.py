"""Extraction alone, for timing from outside: 200 bodies of 1-5 KB extracted twice.

The bodies are drawn (seeded) from the paragraphs of the labelled set's mails, as
``benchmarks/extraction.py`` draws them. Made for ``farm-bench``, which times whole
processes: compare two commits with the code of one on ``PYTHONPATH`` and the same
labelled set (``--set``), e.g.

    farm-bench -n 8 --pin 0 --vs "env PYTHONPATH=/tmp/old .venv/bin/python
        benchmarks/extraction_speed.py --set tests/data/extraction" -- .venv/bin/python
        benchmarks/extraction_speed.py --set tests/data/extraction

Run: .venv/bin/python benchmarks/extraction_speed.py [--set DIR] [-v]   (-v: msgs/s)
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from intake.parsers.evaluation import load_set
from intake.parsers.extract import extract, message_source
from intake.parsers.mime import parse_message

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"


def bodies(labelled: Path, count: int = 200) -> list[str]:
    cases = [c for c in load_set(labelled) if not c.auto_reply]
    texts = [message_source(parse_message(c.raw)).text for c in cases]
    paragraphs = [p for text in texts for p in text.split("\n\n") if p.strip()]
    rng = random.Random(7)
    out = []
    for _ in range(count):
        target, parts, size = rng.randint(1024, 5120), [], 0
        while size < target:
            paragraph = rng.choice(paragraphs)
            parts.append(paragraph)
            size += len(paragraph.encode()) + 2
        out.append("\n\n".join(parts)[:5320])
    return out


def main(argv: list[str]) -> int:
    labelled = Path(argv[argv.index("--set") + 1]) if "--set" in argv else SET
    texts = bodies(labelled)
    sent = message_source(parse_message(load_set(labelled)[0].raw)).sent_at
    start = time.process_time()
    for round_ in range(2):
        for k, text in enumerate(texts):  # a fresh text each time: analyse keeps a few Docs
            extract(f"{text}\n\nref {k} {round_}", sent_at=sent, timezone="America/New_York")
    if "-v" in argv:
        print(f"{2 * len(texts) / (time.process_time() - start):.1f} messages/s (CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
