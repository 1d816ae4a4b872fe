"""Benchmark: messages/s of mail-parser alone vs intake's parse_message on a varied set.

Input: the .eml files of tests/data/parse (replies, forwards, HTML-only,
charsets; the five mail-parser crash shapes are left out, since mail-parser
alone cannot parse them) and Python's own email test corpus, plus generated
mail: short client replies, 100 KB quoted threads and a 20 KB HTML newsletter.
Output: printed figures (best of N alternating rounds, so load from other
processes hits both alike). Run: ``.venv/bin/python benchmarks/parse.py [rounds]``.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import mailparser
import test.test_email

from intake.parsers.mime import parse_message

ROOT = Path(__file__).resolve().parent.parent


def _generated() -> list[bytes]:
    out = []
    for i in range(20):
        m = EmailMessage()
        m["From"] = f"Client {i} <client{i}@harborfoods.example>"
        m["To"] = "Sam Lee <sam@agency.example>"
        m["Subject"] = f"Re: Campaign {i}"
        m["Date"] = "Mon, 02 Mar 2026 10:00:00 -0500"
        m["Message-ID"] = f"<gen-{i}@harborfoods.example>"
        quoted = "".join(f"> earlier line {j} about banners and dates\n" for j in range(40))
        m.set_content(
            f"Hi Sam,\n\nPlease move launch {i} to March {i + 1}. Budget is ${i},000.\n\n"
            f"Best,\nClient {i}\n\nOn Fri, Feb 27, 2026 at 9:00 AM Sam wrote:\n{quoted}"
        )
        m.add_alternative(f"<p>Hi Sam,</p><p>Please move launch {i}.</p>", subtype="html")
        out.append(bytes(m))
    big = EmailMessage()
    big["From"] = "client@harborfoods.example"
    big["Subject"] = "Re: thread"
    big["Date"] = "Mon, 02 Mar 2026 10:00:00 -0500"
    big.set_content("New words.\n\nOn Mon, Mar 2, 2026 Sam wrote:\n" + "> old text line\n" * 6000)
    out.append(bytes(big))
    news = EmailMessage()
    news["From"] = "news@harborfoods.example"
    news["Subject"] = "Weekly"
    news["Date"] = "Mon, 02 Mar 2026 10:00:00 -0500"
    row = (
        '<tr><td style="padding:4px"><p>Item <b>bold</b> '
        '<a href="https://x.example/a">link</a></p></td></tr>'
    )
    news.set_content("<html><body><table>" + row * 200 + "</table></body></html>", subtype="html")
    out.append(bytes(news))
    return out


def corpus() -> list[bytes]:
    messages = [
        p.read_bytes()
        for p in sorted((ROOT / "tests" / "data" / "parse").glob("*.eml"))
        if not p.name.startswith("crash_")
    ]
    data = Path(test.test_email.__file__).parent / "data"
    messages += [p.read_bytes() for p in sorted(data.iterdir()) if p.is_file()]
    return messages + _generated()


def one_pass(parse: Callable[[bytes], object], messages: list[bytes]) -> float:
    """Seconds to parse every message once."""
    started = time.perf_counter()
    for raw in messages:
        with contextlib.suppress(Exception):  # mail-parser raises on some corpus files
            parse(raw)
    return time.perf_counter() - started


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    messages = corpus()
    size = sum(map(len, messages))
    print(f"{len(messages)} messages, {size / 1024:.0f} KiB in all; best of {rounds} rounds")
    contenders = {"mail-parser alone": mailparser.parse_from_bytes, "parse_message": parse_message}
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):  # alternate, so load from other processes hits both alike
        for label, parse in contenders.items():
            best[label] = min(best[label], one_pass(parse, messages))
    for label, seconds in best.items():
        per_second = len(messages) / seconds
        print(f"{label:<20} {per_second:8.0f} msgs/s  ({seconds / len(messages) * 1e3:.3f} ms/msg)")
    ratio = best["mail-parser alone"] / best["parse_message"]
    print(f"throughput ratio parse_message / mail-parser alone: {ratio:.2f}")


if __name__ == "__main__":
    main()
