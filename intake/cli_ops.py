"""Command line for operations: ``intake report unanswered``, ``intake outbox``, ``intake run``.

Input: parsed arguments. Output: lines on stdout (JSON lines with
``--json``; the shapes are a public interface: add keys, never rename) and
an exit code. ``register(subparsers)`` adds ``report`` and ``outbox``;
``cmd_run`` is the handler for ``intake run [--once] [--wait S]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from typing import Any

log = logging.getLogger(__name__)


def _app(args: argparse.Namespace) -> Any:
    from intake.cli import _app as build

    return build(args)


def _json_lines(rows: Any) -> None:
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str))


# -- intake report unanswered -------------------------------------------------------------


def cmd_report_unanswered(args: argparse.Namespace) -> int:
    """Print the report (text, or JSON lines); with ``--send`` also mail it, once a night."""
    from intake.report import unanswered_report
    from intake.report_mail import send_unanswered_report

    app = _app(args)
    try:
        with app.factory() as session:
            report = unanswered_report(session, app.config, app.clock.now())
        if args.json:
            _json_lines(mail.as_json() for mail in report.mails)
        else:
            print(_report_text(report))
        if not args.send:
            return 0
        delivery = send_unanswered_report(app, app.transport)
    finally:
        app.close()
    message = {
        "queued": "report queued",
        "already_queued": "tonight's report was already queued: not sent again",
        "nothing_waiting": "nothing waiting: no report mail (set [report] send_when_empty)",
    }[delivery.status]
    sent = delivery.send
    if sent is not None and delivery.message_id in sent.sent:
        message += f" and sent as {delivery.message_id}"
    elif sent is not None and sent.stopped:
        message += f"; the outbox stopped: {sent.stopped}"
    log_to = print if not args.json else _stderr
    log_to(message)
    failed = sent is not None and delivery.message_id in (*sent.failed, *sent.uncertain)
    return 4 if failed or (sent is not None and sent.stopped) else 0


def _stderr(text: str) -> None:
    import sys

    print(text, file=sys.stderr)


def _report_text(report: Any) -> str:
    if not report.total:
        lines = ["Every client mail has an answer."]
    else:
        lines = [f"{report.total} client mail(s) waiting for an answer "
                 f"(ages in business hours, {report.timezone}):"]
    for group in report.groups:
        lines.append("")
        lines.append(f"{group.client} ({len(group.mails)})")
        for mail in group.mails:
            lines.append(f"  {mail.id:>6}  {mail.received_at:%Y-%m-%d %H:%M}Z  "
                         f"{mail.age_business_hours:>7.1f} h  {mail.sender:<30.30}  "
                         f"{mail.subject:.60}")
            for line in mail.first_lines[:1]:
                lines.append(f"          > {line:.100}")
            if mail.due_dates:
                lines.append("          due: " + ", ".join(d.isoformat() for d in mail.due_dates))
    left = report.left_out
    if any(left.values()):
        lines.append("")
        lines.append(f"left out: {left.get('thanks_only', 0)} thanks-only, "
                     f"{left.get('client_owes_reply', 0)} awaiting the client, "
                     f"{left.get('forward_of_stored_mail', 0)} forwards of stored mail")
    return "\n".join(lines)


# -- intake outbox [--json] | intake outbox retry ID --------------------------------------------

OUTBOX_COLUMNS = [
    ("id", "ID", 5),
    ("status", "STATUS", 9),
    ("kind", "KIND", 10),
    ("attempts", "TRIES", 5),
    ("to", "TO", 30),
    ("subject", "SUBJECT", 40),
    ("message_id", "MESSAGE-ID", 40),
    ("last_error", "LAST ERROR", 40),
]


def cmd_outbox_list(args: argparse.Namespace) -> int:
    from intake.views import table

    app = _app(args)
    try:
        entries = app.outbox.list(status=args.status, limit=args.limit)
    finally:
        app.close()
    rows = [entry.as_dict() for entry in entries]
    if args.json:
        _json_lines(rows)
    elif not rows:
        print("the outbox is empty")
    else:
        shown = [{**row, "to": ", ".join(row["to"]), "last_error": row["last_error"] or ""}
                 for row in rows]
        print(table(shown, OUTBOX_COLUMNS))
    return 0


def cmd_outbox_retry(args: argparse.Namespace) -> int:

    app = _app(args)
    try:
        outbox = app.outbox
        entry = outbox.retry(args.id)
        print(f"{entry.id}: {entry.message_id} is pending again")
        if args.queue_only:
            return 0
        result = outbox.send_due(app.transport)
        final = outbox.get(args.id)
    finally:
        app.close()
    print(f"{final.id}: {final.status}" + (f" ({final.last_error})" if final.last_error else ""))
    if result.stopped:
        print(f"the outbox stopped: {result.stopped}")
    return 0 if final.status in ("sent", "pending") else 4


# -- intake run [--once] ---------------------------------------------------------------


# Exit code of `intake run --once` when another process holds the scheduler lock.
BUSY_EXIT = 6


def cmd_run(args: argparse.Namespace) -> int:
    """``intake run``: the scheduler (standby until it holds the lock); ``--once``: one pass."""
    from intake.jobs import run_once, serve

    app = _app(args)
    try:
        if args.once:
            result = run_once(app, wait=float(getattr(args, "wait", 0.0) or 0.0))
            if result is None:
                print("intake: busy: another intake run holds the scheduler lock", file=sys.stderr)
                return BUSY_EXIT
            print(result.summary())
            return 0 if result.ok else 1
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        logging.getLogger("intake").info(
            "scheduler for %d mailbox(es); stop with Ctrl-C", len(app.config.mailboxes))
        serve(app, stop)
        return 0
    finally:
        app.close()


def register(subparsers: Any) -> None:
    """Add ``report`` and ``outbox`` to intake's command parser."""
    report = subparsers.add_parser("report", help="reports for the account team")
    actions = report.add_subparsers(dest="report", metavar="REPORT", required=True,
                                    parser_class=type(report))
    p = actions.add_parser("unanswered", help="client mail still waiting for an answer")
    p.add_argument("--json", action="store_true", help="one JSON object per waiting mail")
    p.add_argument("--send", action="store_true",
                   help="also mail it to the AE (and coordinator), at most once a night")
    p.set_defaults(handler=cmd_report_unanswered)

    outbox = subparsers.add_parser("outbox", help="mail intake sends: list, retry")
    outbox.add_argument("--json", action="store_true", help="one JSON object per line")
    outbox.add_argument("--status", choices=["pending", "sending", "sent", "failed", "uncertain"])
    outbox.add_argument("--limit", type=int, default=200)
    outbox.set_defaults(handler=cmd_outbox_list)
    actions = outbox.add_subparsers(dest="outbox_action", metavar="ACTION",
                                    parser_class=type(outbox))
    p = actions.add_parser("retry", help="send a failed or uncertain mail again (same Message-ID)")
    p.add_argument("id", type=int)
    p.add_argument("--queue-only", action="store_true", help="mark it pending; do not send now")
    p.set_defaults(handler=cmd_outbox_retry)
