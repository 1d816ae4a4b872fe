"""``intake outbox [--json]`` (mail intake sends, and how it went), ``intake outbox retry ID``
(send a failed or uncertain mail again, with the same Message-ID), ``intake outbox suppressed``
(addresses a bounce stopped) and ``intake outbox clear ADDRESS`` (send there again)."""

from __future__ import annotations

import argparse
from typing import Any

from intake.cli.common import app_of, print_json_lines

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

    with app_of(args) as app:
        entries = app.outbox.list(status=args.status, limit=args.limit)
    rows = [entry.as_dict() for entry in entries]
    if args.json:
        print_json_lines(rows)
    elif not rows:
        print("the outbox is empty")
    else:
        shown = [{**row, "to": ", ".join(row["to"]), "last_error": row["last_error"] or ""}
                 for row in rows]
        print(table(shown, OUTBOX_COLUMNS))
    return 0


def cmd_outbox_retry(args: argparse.Namespace) -> int:

    with app_of(args) as app:
        outbox = app.outbox
        entry = outbox.retry(args.id)
        print(f"{entry.id}: {entry.message_id} is pending again")
        if args.queue_only:
            return 0
        result = outbox.send_due(app.transport)
        final = outbox.get(args.id)
    print(f"{final.id}: {final.status}" + (f" ({final.last_error})" if final.last_error else ""))
    if result.stopped:
        print(f"the outbox stopped: {result.stopped}")
    return 0 if final.status in ("sent", "pending") else 4


SUPPRESSED_COLUMNS = [
    ("address", "ADDRESS", 30),
    ("since", "SINCE", 16),
    ("reason", "REASON", 60),
]


def cmd_outbox_suppressed(args: argparse.Namespace) -> int:
    from intake.outbound.suppression import in_force
    from intake.storage import unit_of_work
    from intake.views import table

    with app_of(args) as app, unit_of_work(app.factory) as session:
        rows: list[dict[str, object]] = [
            {"address": r.address, "since": f"{r.created_at:%Y-%m-%d %H:%M}",
             "reason": r.reason, "outbound_mail_id": r.outbound_mail_id,
             "bounce_message_pk": r.bounce_message_pk} for r in in_force(session)]
    if args.json:
        print_json_lines(rows)
    elif not rows:
        print("no address is suppressed")
    else:
        print(table(rows, SUPPRESSED_COLUMNS))
    return 0


def cmd_outbox_clear(args: argparse.Namespace) -> int:
    from intake.outbound.suppression import clear
    from intake.storage import unit_of_work

    with app_of(args) as app, unit_of_work(app.factory) as session:
        row = clear(session, args.address, actor=args.actor, now=app.clock.now())
        print(f"{row.address}: intake sends there again (suppressed since "
              f"{row.created_at:%Y-%m-%d}: {row.reason})")
    return 0


def register(commands: Any) -> None:
    outbox = commands.add_parser("outbox", help="mail intake sends: list, retry")
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
    p = actions.add_parser("suppressed", help="addresses a bounce stopped intake sending to")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(handler=cmd_outbox_suppressed)
    p = actions.add_parser("clear", help="send to a suppressed address again")
    p.add_argument("address")
    p.add_argument("--actor", default="cli", help="who cleared it (kept with the record)")
    p.set_defaults(handler=cmd_outbox_clear)
