"""Benchmark: what parse_message costs on top of mail-parser, per message.

Input: ``benchmarks/corpus.py generate(N)`` (the ingest benchmark's corpus).
Output: printed CPU milliseconds per message of ``mailparser.parse_from_bytes``
and of ``intake.parsers.mime.parse_message``, and their difference (best of
``rounds`` passes each, process CPU time, so other processes' load counts less).
Run: ``.venv/bin/python benchmarks/parse_overhead.py [messages] [rounds]``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import mailparser

from benchmarks.corpus import generate
from intake.parsers.mime import parse_message


def best_ms(parse: Callable[[bytes], object], messages: list[bytes], rounds: int) -> float:
    """CPU milliseconds per message of the fastest of ``rounds`` passes."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for raw in messages:
            parse(raw)
        best = min(best, time.process_time() - started)
    return best / len(messages) * 1e3


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    messages = list(generate(count))
    alone = best_ms(mailparser.parse_from_bytes, messages, rounds)
    ours = best_ms(parse_message, messages, rounds)
    print(f"{count} messages, best of {rounds} passes (CPU time)")
    print(f"mail-parser alone   {alone:.3f} ms/msg")
    print(f"parse_message       {ours:.3f} ms/msg")
    print(f"overhead            {ours - alone:.3f} ms/msg")


if __name__ == "__main__":
    main()
