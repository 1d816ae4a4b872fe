"""Prints the web view's server time per page and the digest's build time on a big database.

A database (SQLite in a temporary folder, or ``--postgres URL``, which must name an empty
database) is filled with ``--messages`` (default 200,000) messages in threads of ten over
20 clients, 2,000 projects, 2,000 drafts (60 open) and 50,000 mentions, written by Core
inserts (ingesting them for real would take an hour and measure the pipeline, not the
pages). Then ``/``, ``/drafts`` and ``/clients/{id}`` are fetched through the ASGI app in
this process (server time: no network, no browser) ``--rounds`` times each, and the
morning digest is built. Printed: median and worst per page, and the digest's time.
Run with ``.venv/bin/python benchmarks/web.py [--messages 200000] [--postgres URL]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def fill(engine: object, messages: int) -> None:
    from sqlalchemy import insert

    from models import (
        Client,
        Draft,
        Mention,
        Message,
        Project,
        ProjectThread,
        Thread,
    )

    now = datetime(2027, 3, 11, 15, tzinfo=UTC)
    start = now - timedelta(days=365)
    per_thread = 10
    threads = messages // per_thread
    with engine.begin() as db:  # type: ignore[attr-defined]
        db.execute(insert(Client), [{"id": c + 1, "name": f"Client {c + 1}",
                                     "domains": [f"client{c + 1}.example"], "contacts": []}
                                    for c in range(20)])
        db.execute(insert(Thread), [
            {"id": t + 1, "client_id": t % 20 + 1, "subject_key": f"project {t}",
             "started_at": start + timedelta(minutes=25 * t),
             "last_message_at": start + timedelta(minutes=25 * t + per_thread)}
            for t in range(threads)])
        batch = []
        for i in range(messages):
            t = i // per_thread
            when = start + timedelta(minutes=25 * t + i % per_thread)
            waiting = t % 60 == 0 and i % per_thread == per_thread - 1
            kind = "client" if i % 2 == 0 or waiting else "ae"
            batch.append({
                "id": i + 1, "fingerprint": f"{i:064x}", "raw": b"", "size": 2000,
                "message_id": f"<m{i}@client{t % 20 + 1}.example>", "in_reply_to": [],
                "references": [], "subject": f"Re: project {t}",
                "from_name": "Maria" if kind == "client" else "Dana",
                "from_email": (f"maria@client{t % 20 + 1}.example" if kind == "client"
                               else "dana@agency.example"),
                "to": [], "cc": [], "date": when, "received_at": when, "text": "",
                "new_text": f"Hi Dana, about project {t}: can we talk about the budget?",
                "forward_note": "", "defects": [], "kind": kind,
                "client_id": t % 20 + 1 if kind == "client" else None, "thread_id": t + 1,
                "processed_at": when})
            if len(batch) == 5000:
                db.execute(insert(Message), batch)
                batch = []
        if batch:
            db.execute(insert(Message), batch)
        projects = min(2000, threads)
        db.execute(insert(Project), [
            {"id": p + 1, "client_id": p % 20 + 1, "name": f"Project {p}", "status": "active",
             "due_date": (now + timedelta(days=p % 90 - 10)).date(), "objectives": [],
             "requirements": [], "description": "", "created_at": start, "updated_at": start}
            for p in range(projects)])
        db.execute(insert(ProjectThread), [{"project_id": p + 1, "thread_id": p * 5 + 1}
                                           for p in range(projects) if p * 5 < threads])
        db.execute(insert(Draft), [
            {"id": d + 1, "kind": "ccr" if d % 3 else "change_order",
             "status": "draft" if d < 60 else "confirmed", "version": 1,
             "client_id": d % 20 + 1, "project_id": d % projects + 1,
             "source_message_pk": (d * 50) % messages + 1, "contact": "maria@client.example",
             "summary": f"New budget for project {d}", "description": "",
             "facts": [{"kind": "budget", "sentence": f"Our budget is ${d},000.",
                        "confidence": 0.86}], "impact": {},
             "created_at": now - timedelta(hours=d), "updated_at": now - timedelta(hours=d)}
            for d in range(2000)])
        db.execute(insert(Mention), [
            {"message_pk": (m * 4) % messages + 1, "kind": "budget", "amount": 1000 + m,
             "currency": "USD", "money_kind": "budget", "words": f"${m}",
             "sentence": f"The budget is ${m}.",
             "start": 0, "end": 5, "confidence": 0.86, "extra": {},
             "created_at": now - timedelta(minutes=m)}
            for m in range(min(50000, messages // 4))])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database")
    args = parser.parse_args()
    from starlette.testclient import TestClient

    from intake.app import App
    from intake.clock import FixedClock
    from intake.config import AgencyConfig, ClientConfig, Config
    from intake.digest import queue_digest
    from intake.storage import make_engine, migrate
    from intake.today import build_today
    from intake.web.app import create_web_app
    from intake.web.security import hash_password

    url = args.postgres or f"sqlite:///{Path(tempfile.mkdtemp()) / 'web.db'}"
    engine = make_engine(url)
    migrate(engine)
    started = time.perf_counter()
    fill(engine, args.messages)
    if engine.dialect.name == "postgresql":  # what autovacuum does after a bulk load
        with engine.begin() as db:
            db.exec_driver_sql("ANALYZE")
    filled = time.perf_counter() - started
    config = Config(path=None, database_url=url, agency=AgencyConfig(
        name="Brightline", timezone="America/New_York", ae="dana@agency.example",
        intake="intake@agency.example"),
        clients=tuple(ClientConfig(f"Client {c + 1}", domains=(f"client{c + 1}.example",))
                      for c in range(20)))
    now = datetime(2027, 3, 11, 15, tzinfo=UTC)
    app = App(config=config, engine=engine, clock=FixedClock(now),
              environ={"INTAKE_SECRET": "bench-secret-0123456789"})
    web = create_web_app(app, password_hash=hash_password("benchmark password"),
                         secret=b"bench-secret-0123456789")
    client = TestClient(web)
    page = client.get("/login").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"password": "benchmark password", "csrf_token": token})
    print(f"web benchmark: {args.messages:,} messages on {engine.dialect.name} "
          f"(filled in {filled:.0f} s), {args.rounds} rounds per page, server time")
    for path in ("/", "/drafts", "/clients/3"):
        times = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            reply = client.get(path)
            times.append(time.perf_counter() - t)
            assert reply.status_code == 200, (path, reply.status_code)
        print(f"  {path:12} median {statistics.median(times) * 1000:6.1f} ms, "
              f"worst {max(times) * 1000:6.1f} ms")
    with app.factory() as session:
        t = time.perf_counter()
        today = build_today(session, config, now)
        built = time.perf_counter() - t
    t = time.perf_counter()
    delivery = queue_digest(app)
    queued = time.perf_counter() - t
    print(f"  digest: {len(today.items)} items built in {built * 1000:.0f} ms; queued as a "
          f"mail ({delivery.status}) in {queued * 1000:.0f} ms")
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
