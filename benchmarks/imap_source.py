"""IMAP source figures against a private Dovecot: fetch speed, nothing-new cost, IDLE latency.

Run: .venv/bin/python benchmarks/imap_source.py [--big 10000] [--small 10] [--idle-rounds 20]
Needs Dovecot (scripts/ensure-dovecot); starts a private one on loopback.

Prints, for ImapSource alone (no parsing, no database):
- first sync of the big folder: messages/s and MB/s for a few batch sizes
- a nothing-new sync (connect excluded) on the small and the big folder: median ms,
  their ratio, and the IMAP commands it sent
- IDLE latency: APPEND finished -> wait_for_change returned (median, p90)
- frozen server: seconds until MailboxUnavailable with timeout=2, idle_slice=1
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import threading
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake.errors import MailboxUnavailable  # noqa: E402
from intake.sources import FolderCheckpoint  # noqa: E402
from intake.sources.imap import ImapSource  # noqa: E402
from tests.integration.dovecot import DovecotServer  # noqa: E402

BIG, SMALL = "ae@agency.example", "intake@agency.example"


def message(i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Maria Chen <maria@harborfoods.example>"
    msg["To"] = BIG
    msg["Subject"] = f"Campaign note {i}"
    msg["Message-ID"] = f"<bench-{i}@harborfoods.example>"
    msg.set_content(("Can we move the launch to March 3? Budget stays at $40k.\n" * 40)[:1500])
    return msg.as_bytes()


def source(server: DovecotServer, user: str, **kw: object) -> ImapSource:
    settings: dict[str, object] = {
        "name": user.partition("@")[0],
        "host": server.host,
        "port": server.port,
        "tls": "none",
        "username": user,
        "password": server.password,
        "folders": ("INBOX",),
        "timeout": 10.0,
    }
    settings.update(kw)
    return ImapSource(**settings)  # type: ignore[arg-type]


class CommandLog(logging.Handler):
    """Collects the IMAP command names imapclient writes (its debug log)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.names: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if text.startswith("> "):
            words = text[2:].strip("b'\"").split()
            if len(words) >= 2:
                self.names.append(" ".join(words[1:3]) if words[1] == "UID" else words[1])


def first_sync(server: DovecotServer, user: str, total: int, batch_size: int) -> tuple[float, int]:
    src = source(server, user)
    src.connect()
    start = time.perf_counter()
    count = size = 0
    checkpoint: FolderCheckpoint | None = None
    for batch in src.fetch_new("INBOX", None, batch_size=batch_size):
        count += len(batch.messages)
        size += sum(len(m.raw) for m in batch.messages)
        checkpoint = batch.checkpoint
    elapsed = time.perf_counter() - start
    src.close()
    assert count == total and checkpoint is not None, (count, total)
    return elapsed, size


def nothing_new(server: DovecotServer, user: str, rounds: int = 30) -> tuple[float, list[str]]:
    src = source(server, user)
    src.connect()
    checkpoint = next(b.checkpoint for b in src.fetch_new("INBOX", None, batch_size=100000))
    times = []
    handler = CommandLog()
    logger = logging.getLogger("imapclient")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            assert list(src.fetch_new("INBOX", checkpoint)) == []
            times.append(time.perf_counter() - start)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.WARNING)
        src.close()
    return statistics.median(times), sorted(set(handler.names))


def idle_latency(server: DovecotServer, rounds: int) -> list[float]:
    src = source(server, SMALL)
    src.connect()
    checkpoint = None
    for batch in src.fetch_new("INBOX", None):
        checkpoint = batch.checkpoint
    latencies = []
    for i in range(rounds):
        appended: list[float] = []

        def append(n: int = i, done: list[float] = appended) -> None:
            time.sleep(0.2)
            server.append(SMALL, "INBOX", message(100000 + n))
            done.append(time.perf_counter())

        thread = threading.Thread(target=append)
        thread.start()
        assert src.wait_for_change(10.0)
        woke = time.perf_counter()
        thread.join()
        latencies.append(woke - appended[0])
        for batch in src.fetch_new("INBOX", checkpoint):
            checkpoint = batch.checkpoint
    src.close()
    return latencies


def frozen(server: DovecotServer) -> float:
    src = source(server, SMALL, timeout=2.0, idle_slice=1.0)
    src.connect()
    list(src.fetch_new("INBOX", None, batch_size=100000))
    server.freeze()
    start = time.perf_counter()
    try:
        src.wait_for_change(60.0)
    except MailboxUnavailable:
        return time.perf_counter() - start
    finally:
        server.thaw()
        src.close()
    raise AssertionError("a frozen server went unnoticed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=10000)
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--idle-rounds", type=int, default=20)
    args = parser.parse_args()

    server = DovecotServer().start()
    try:
        start = time.perf_counter()
        server.append_many(BIG, "INBOX", (message(i) for i in range(args.big)))
        server.append_many(SMALL, "INBOX", (message(i) for i in range(args.small)))
        print(
            f"setup: appended {args.big + args.small} messages in "
            f"{time.perf_counter() - start:.1f} s"
        )

        for batch_size in (50, 200, 1000):
            elapsed, size = first_sync(server, BIG, args.big, batch_size)
            print(
                f"first sync, {args.big} messages, batch_size {batch_size}: "
                f"{args.big / elapsed:,.0f} msgs/s, {size / elapsed / 1e6:.1f} MB/s"
            )

        small_t, small_cmds = nothing_new(server, SMALL)
        big_t, big_cmds = nothing_new(server, BIG)
        print(
            f"nothing-new sync, {args.small} messages: {small_t * 1000:.2f} ms; "
            f"commands {small_cmds}"
        )
        print(f"nothing-new sync, {args.big} messages: {big_t * 1000:.2f} ms; commands {big_cmds}")
        print(f"nothing-new ratio big/small: {big_t / small_t:.2f}")

        latencies = sorted(idle_latency(server, args.idle_rounds))
        p90 = latencies[int(0.9 * (len(latencies) - 1))]
        print(
            f"IDLE latency over {len(latencies)} appends: median "
            f"{statistics.median(latencies) * 1000:.0f} ms, p90 {p90 * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms"
        )
        print(f"frozen server noticed after {frozen(server):.2f} s (timeout 2, idle_slice 1)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
