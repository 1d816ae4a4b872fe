"""``intake run``: the scheduler, standing by until it holds the per-database lock; with
``--once``, one pass of everything due (sync, held drafts, reminders, report, outbox)."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
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
