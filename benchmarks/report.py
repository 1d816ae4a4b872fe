"""Prints how long the unanswered report takes over many stored messages, and the outbox rate.

Input: a message count (default 200,000). Output, one line each:

- the report's time over that many synthetic messages on SQLite (a temporary
  file) and on the local PostgreSQL (a fresh schema in ``test``, dropped
  afterwards): the whole history, and the last 30 days only;
- the outbox's sending rate (queue, then ``send_due``) of report mails into
  aiosmtpd on loopback (one SMTP connection per mail, no TLS).

Rows are bulk-inserted with Core ``executemany``: threads of 2-6 mails that
alternate client and AE, about 3% of threads ending with a client mail; one
thread in five with an ignored (bulk) mail besides; a due date mentioned in one mail in ten.
Run with ``.venv/bin/python benchmarks/report.py [COUNT] [--no-postgres]``.
"""

from __future__ import annotations

import hashlib
import random
import socket
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink
from sqlalchemy import Engine, insert, text

from intake.clock import FixedClock
from intake.config import parse
from intake.outbound.outbox import Outbox, RateLimit
from intake.outbound.smtp import SmtpTransport
from intake.report import unanswered_report
from intake.report_mail import compose_report
from intake.storage import make_engine, migrate, session_factory
from models import Client, Mention, Message, Thread

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
NOW = datetime(2027, 1, 15, 23, 0, tzinfo=UTC)
CLIENTS = 20
CLIENT_BODIES = ("Can we move the launch to Friday?", "Thanks!", "I'll get back to you tomorrow.",
                 "Please send the revised layout and the budget.")


def config(url: str, lookback_days: int = 0):  # type: ignore[no-untyped-def]
    return parse({
        "database": {"url": url},
        "agency": {"name": "Brightline", "timezone": "America/New_York",
                   "ae": "ae@agency.example", "intake": "intake@agency.example",
                   "coordinator": "ac@agency.example"},
        "schedule": {"holidays": {"country": "US", "subdivision": "NY"}},
        "report": {"lookback_days": lookback_days},
    }, path=None)


def populate(engine: Engine, count: int, *, seed: int = 5) -> int:
    """Insert about ``count`` messages; returns the number of threads that end with the client."""
    rng = random.Random(seed)
    with engine.begin() as conn:
        conn.execute(insert(Client), [
            {"id": i + 1, "name": f"Client {i + 1:02d}", "domains": [f"c{i + 1}.example"],
             "contacts": []} for i in range(CLIENTS)])
    threads: list[dict[str, object]] = []
    messages: list[dict[str, object]] = []
    mentions: list[dict[str, object]] = []
    waiting = 0
    thread_id = 0
    start = NOW - timedelta(days=720)
    while len(messages) < count:
        thread_id += 1
        client = rng.randrange(CLIENTS) + 1
        size = rng.randint(2, 6)
        ends_with_client = rng.random() < 0.03
        first = start + timedelta(minutes=rng.randrange(720 * 24 * 60))
        when = first
        for position in range(size + (rng.random() < 0.2)):
            ignored = position == size  # a newsletter or auto-reply on the side
            from_end = size - 1 - position  # the last mail is the AE's unless the client's
            from_client = from_end % 2 == (0 if ends_with_client else 1)
            kind = "ignored" if ignored else ("client" if from_client else "ae")
            body = rng.choice(CLIENT_BODIES) if from_client else "Here is the update."
            pk = len(messages) + 1
            messages.append({
                "id": pk,
                "fingerprint": hashlib.sha256(f"m{pk}".encode()).hexdigest(),
                "raw": b"", "size": 0, "message_id": f"<{pk}@bench.example>",
                "subject": f"Job {thread_id}", "from_name": "",
                "from_email": f"p{client}@c{client}.example" if from_client
                else "ae@agency.example",
                "date": when, "received_at": when, "text": body, "new_text": body,
                "kind": kind, "client_id": client, "thread_id": None if ignored else thread_id,
                "in_reply_to": [], "references": [], "to": [], "cc": [], "defects": [],
                "forward_note": "",
            })
            if not ignored and rng.random() < 0.1:
                mentions.append({
                    "message_pk": pk, "kind": "due_date",
                    "due": (when + timedelta(days=rng.randint(3, 30))).date(),
                    "words": "by Friday", "sentence": "by Friday", "start": 0, "end": 9,
                    "confidence": 0.9, "extra": {}, "created_at": when,
                })
            when += timedelta(hours=rng.randint(1, 72))
        threads.append({"id": thread_id, "client_id": client, "subject_key": f"job {thread_id}",
                        "started_at": first, "last_message_at": when})
        waiting += ends_with_client
    with engine.begin() as conn:
        conn.execute(insert(Thread), threads)
        for i in range(0, len(messages), 20_000):
            conn.execute(insert(Message), messages[i : i + 20_000])
        conn.execute(insert(Mention), mentions)
    return waiting


def time_report(engine: Engine, url: str, label: str, count: int) -> None:
    for lookback in (0, 30):
        factory = session_factory(engine)
        best = float("inf")
        for _ in range(3):
            with factory() as session:
                began = time.perf_counter()
                report = unanswered_report(session, config(url, lookback), NOW)
                best = min(best, time.perf_counter() - began)
        window = "all history" if not lookback else f"last {lookback} days"
        print(f"unanswered report, {label:<10} {count:>7} messages, {window:<12}: "
              f"{best * 1e3:7.0f} ms (best of 3; {report.total} waiting, "
              f"left out {dict(report.left_out)})")


def sqlite_figures(count: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'bench.db'}"
        engine = make_engine(url)
        migrate(engine)
        began = time.perf_counter()
        populate(engine, count)
        print(f"(sqlite: inserted in {time.perf_counter() - began:.1f} s)")
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        time_report(engine, url, "SQLite", count)
        engine.dispose()


def postgres_figures(count: int) -> None:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        migrate(engine)
        began = time.perf_counter()
        populate(engine, count)
        print(f"(postgres: inserted in {time.perf_counter() - began:.1f} s)")
        # What autovacuum does after a bulk load: statistics and the visibility map
        # (which lets the report read the index without visiting the table).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        time_report(engine, POSTGRES_URL, "PostgreSQL", count)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def outbox_rate(mails: int = 200) -> None:
    """Queue ``mails`` report mails, then time one ``send_due`` into aiosmtpd."""
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'outbox.db'}"
        engine = make_engine(url)
        migrate(engine)
        factory = session_factory(engine)
        populate(engine, 2_000)
        clock = FixedClock(NOW)
        cfg = config(url)
        with factory() as session:
            report = unanswered_report(session, cfg, NOW)
        outbox = Outbox(factory, clock, rate_limit=RateLimit(per_recipient=1_000_000))
        began = time.perf_counter()
        for i in range(mails):
            mail = compose_report(report, cfg, clock=clock, recipients=[f"ae{i}@agency.example"])
            outbox.queue(mail, dedupe_key=f"bench:{i}")
        queued = time.perf_counter() - began
        port = free_port()
        controller = Controller(Sink(), hostname="127.0.0.1", port=port)
        controller.start()
        try:
            began = time.perf_counter()
            result = outbox.send_due(SmtpTransport("127.0.0.1", port, tls="none"),
                                     limit=mails)
            sent = time.perf_counter() - began
        finally:
            controller.stop()
        engine.dispose()
    size = len(mail.raw)
    print(f"outbox: compose+queue {mails / queued:6.0f} mails/s; send into aiosmtpd "
          f"{len(result.sent) / sent:6.0f} mails/s ({len(result.sent)} sent, "
          f"{report.total} waiting mails per report, {size} bytes each)")


def main(argv: list[str]) -> None:
    count = int(next((a for a in argv if a.isdigit()), "200000"))
    sqlite_figures(count)
    if "--no-postgres" not in argv:
        postgres_figures(count)
    outbox_rate()


if __name__ == "__main__":
    main(sys.argv[1:])


