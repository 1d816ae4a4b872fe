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


def register(commands: Any) -> None:
    p = commands.add_parser(
        "run", help="read the mailboxes, process new mail, send due mail (forever)"
    )
    p.add_argument(
        "--once", action="store_true", help="one pass of everything due (sync, send), then exit"
    )
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
