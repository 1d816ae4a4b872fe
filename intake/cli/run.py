"""``intake run``: the scheduler, standing by until it holds the per-database lock; with
``--once``, one pass of everything due (sync, held drafts, reminders, report, outbox).
``intake backfill --since DATE``: history in, without drafting or sending anything."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from datetime import date
from typing import Any

from intake.cli.common import app_of

# Exit code of `intake run --once` when another process holds the scheduler lock.
BUSY_EXIT = 6


def cmd_run(args: argparse.Namespace) -> int:
    """``intake run``: the scheduler (standby until it holds the lock); ``--once``: one pass."""
    from intake.jobs import run_once, serve
    from intake.progress import for_this_process

    with app_of(args) as app:
        if args.once:
            result = run_once(app, wait=float(getattr(args, "wait", 0.0) or 0.0),
                              observer=for_this_process())
            if result is None:
                print("intake: busy: another intake run holds the scheduler lock", file=sys.stderr)
                return BUSY_EXIT
            print(result.summary())
            return result.exit_code
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        if args.worker:
            from datetime import timedelta

            from intake.worker_loop import WorkerSettings, serve_worker

            lease = timedelta(seconds=app.config.workers.lease_seconds)
            serve_worker(app, stop, settings=WorkerSettings(lease=lease))
            return 0
        logging.getLogger("intake").info(
            "scheduler for %d mailbox(es); stop with Ctrl-C", len(app.config.mailboxes))
        serve(app, stop)
        return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    """``intake backfill --since DATE``: history in, nothing drafted, nothing sent."""
    from intake.jobs import lock_for
    from intake.progress import for_this_process

    with app_of(args) as app:
        lock = lock_for(app.engine)
        if not lock.try_acquire():
            print("intake: busy: another intake run holds the scheduler lock", file=sys.stderr)
            return BUSY_EXIT
        try:
            report = app.backfill(args.since, for_this_process())
        finally:
            lock.release()
    counts = ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items()))
    print(f"backfill since {args.since}: {counts or 'nothing new'}; nothing drafted or sent")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-01-31, got {text!r}") from exc


def cmd_workers(args: argparse.Namespace) -> int:
    """``intake workers``: the workers, what each holds, and how far each mailbox lags."""
    from datetime import UTC, datetime

    from sqlalchemy import func, select

    from models import FolderState, Lease, Worker

    now = datetime.now(UTC)
    with app_of(args) as app, app.factory() as session:
        workers = session.scalars(select(Worker).order_by(Worker.started_at)).all()
        held = session.execute(select(Lease.name, Lease.worker_id, Lease.expires_at)
                               .order_by(Lease.name)).all()
        synced = dict(session.execute(select(FolderState.mailbox, func.max(FolderState.synced_at))
                                      .group_by(FolderState.mailbox)).all())
    if not workers:
        print("no worker has run: start `intake run --worker` (PostgreSQL)")
        return 0
    for worker in workers:
        state = "stopped" if worker.stopped_at else (
            "alive" if (now - worker.heartbeat_at).total_seconds() < 120 else "silent")
        mine = [name for name, owner, expires in held if owner == worker.id and expires > now]
        print(f"{worker.id}: {state}, heartbeat {int((now - worker.heartbeat_at).total_seconds())}"
              f" s ago; holds {', '.join(mine) or 'nothing'}")
    for name, owner, expires in held:
        if name.startswith("job:"):
            continue
        last = synced.get(name)
        lag = f"{int((now - last).total_seconds())} s since new mail was stored" if last \
            else "nothing stored yet"
        who = owner if owner and expires > now else "nobody (free)"
        print(f"  {name}: held by {who}; {lag}")
    return 0


def register(commands: Any) -> None:
    p = commands.add_parser(
        "run", help="read the mailboxes, process new mail, send due mail (forever)"
    )
    p.add_argument(
        "--once", action="store_true", help="one pass of everything due (sync, send), then exit"
    )
    p.add_argument(
        "--worker", action="store_true",
        help="share the mailboxes with other `intake run --worker` processes (PostgreSQL)")
    p.add_argument(
        "--wait", type=float, default=0.0, metavar="SECONDS",
        help="with --once: wait this long for another run's scheduler lock",
    )
    p.set_defaults(handler=cmd_run)
    p = commands.add_parser(
        "backfill", help="import mail delivered since a day: stored and understood, "
                         "nothing drafted or sent (before the first intake run)")
    p.add_argument("--since", type=_day, required=True, metavar="DATE",
                   help="the first day to import (YYYY-MM-DD)")
    p.set_defaults(handler=cmd_backfill)
    p = commands.add_parser("workers", help="the `intake run --worker` processes, what each "
                                            "holds, and each mailbox's lag")
    p.set_defaults(handler=cmd_workers)
