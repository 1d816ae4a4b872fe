"""Prints how long ``intake run`` takes to resume after its PostgreSQL comes back.

A private PostgreSQL (``tests/integration/private_postgres.py``, from the installed
``pg_ctl``), a Maildir, and ``serve`` as ``intake run`` runs it. Each round: mail is
stored, the server is stopped for ``--down`` seconds while new mail arrives, then
started; the figure is the time from the server accepting connections again to the new
mail being stored, with the counts of messages stored, duplicated and lost. Run with
``.venv/bin/python benchmarks/outage.py [--rounds 5] [--down 10]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from intake.config import MailboxConfig
from intake.jobs import SchedulerSettings, serve
from intake.outbound.transport import RecordingTransport
from intake.storage import make_engine, migrate
from models import Message
from tests.integration.private_postgres import PrivatePostgres
from tests.integration.report_support import (
    AE,
    mail,
    make_report_app,
    ny,
    report_config,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--down", type=float, default=10.0, help="seconds the server is down")
    args = parser.parse_args()
    server = PrivatePostgres()
    server.start()
    engine = make_engine(server.url)
    migrate(engine)
    work = Path(tempfile.mkdtemp(prefix="intake-outage-"))
    maildir = work / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = report_config(base_dir=work, report={"enabled": False})
    config = replace(config, mailboxes=(MailboxConfig(name="dana", kind="maildir",
                                                      path=maildir, poll_interval=0.5),))
    app = make_report_app(engine, config, ny(2027, 1, 18, 12))
    stop = threading.Event()
    worker = threading.Thread(target=serve, args=(app, stop), daemon=True, kwargs={
        "transport": RecordingTransport(), "reminder_jobs": [],
        "settings": SchedulerSettings(heartbeat=1.0, standby_poll=1.0)})
    delivered = 0

    def deliver(n: int) -> None:
        nonlocal delivered
        for _ in range(n):
            delivered += 1
            body = mail("Maria Chen <maria@harborfoods.example>", AE, f"Proofs {delivered}",
                        f"Any news on proof {delivered}?", ny(2027, 1, 18, 9))
            (maildir / "new" / f"{delivered}.M{delivered}P1.bench").write_bytes(bytes(body))

    def stored() -> int:
        try:
            with engine.connect() as connection:
                return int(connection.execute(select(func.count()).select_from(Message))
                           .scalar() or 0)
        except Exception:
            return -1

    def wait(count: int, timeout: float = 120.0) -> float:
        start = time.monotonic()
        while stored() != count:
            if time.monotonic() - start > timeout:
                raise SystemExit(f"not resumed within {timeout} s")
            time.sleep(0.05)
        return time.monotonic() - start

    resumes = []
    try:
        deliver(5)
        worker.start()
        wait(delivered)
        for _ in range(args.rounds):
            server.stop()
            deliver(5)
            time.sleep(args.down)
            server.start()
            resumes.append(wait(delivered))
    finally:
        stop.set()
        worker.join(timeout=60)
    with engine.connect() as connection:
        distinct = connection.execute(select(func.count(func.distinct(Message.subject)))).scalar()
    print(f"outage benchmark: {args.rounds} restarts of PostgreSQL, {args.down:.0f} s down each")
    print(f"  messages delivered {delivered}, stored {stored()}, distinct {distinct}, "
          f"lost {delivered - (distinct or 0)}")
    print(f"  resume after the server is back: median {statistics.median(resumes):.1f} s, "
          f"max {max(resumes):.1f} s ({', '.join(f'{r:.1f}' for r in resumes)})")
    engine.dispose()
    server.destroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
