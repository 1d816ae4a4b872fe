"""Extraction time of run-on text: one line of 10, 50 and 100 KB with no full stop.

A table flattened without punctuation or a pasted spreadsheet reaches the rules as one
"sentence"; a rule that reads each of its words against the rest of the line turns such a
line quadratic (the twenty-third session measured 5-45 s for 100 KB of "need the logo ...",
"revert the logo to ...", "the only change I'd make is ..."). Each line here repeats one
ask; the figure to watch is the time per KB, which should not grow with the size.

Run: .venv/bin/python benchmarks/run_on.py
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.parsers.extract import extract

SENT = datetime(2027, 3, 3, 15, tzinfo=UTC)
ASKS = ("It would be great if the logo was ", "I'd like to see the logo ", "can the logo be ",
        "need the logo ", "the only change I'd make is the logo ", "we want that the logo is ",
        "revert the logo to ", "please swap the photo and ", "the headline is too long, ",
        "by March 3 ", "$5,000 for ")


def main() -> int:
    extract("warm up", sent_at=SENT, timezone="UTC")
    print(f"{'ask':42} " + " ".join(f"{kb:>5} KB" for kb in (10, 50, 100)) + "   ms/KB at 100")
    for ask in ASKS:
        times = []
        for kb in (10, 50, 100):
            body = ask * (kb * 1024 // len(ask))
            start = time.process_time()
            extract(body, sent_at=SENT, timezone="UTC")
            times.append(time.process_time() - start)
        print(f"{ask.strip()[:40]:42} " + " ".join(f"{t:7.2f}s" for t in times)
              + f"   {1000 * times[-1] / 100:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
