"""``intake messages`` (what was stored and how it was read) and ``intake quarantine list |
show | replay`` (what could not be processed, kept with its raw bytes)."""

from __future__ import annotations

import argparse
from typing import Any

from intake.cli.common import add_json_flag, app_of, print_json_lines


def cmd_messages(args: argparse.Namespace) -> int:
    from intake.views import message_rows, table

    with app_of(args) as app, app.factory() as session:
        rows = list(message_rows(session, kind=args.kind, limit=args.limit))
    if args.json:
        print_json_lines(rows)
    else:
        print(table(rows, MESSAGE_COLUMNS) if rows else "no messages")
    return 0


MESSAGE_COLUMNS = [
    ("id", "ID", 5),
    ("date", "DATE", 16),
    ("kind", "KIND", 11),
    ("reason", "REASON", 14),
    ("client", "CLIENT", 16),
    ("from", "FROM", 28),
    ("original_sender", "ORIGINAL SENDER", 28),
    ("thread", "THREAD", 6),
    ("subject", "SUBJECT", 40),
]


def cmd_quarantine_list(args: argparse.Namespace) -> int:
    from intake.quarantine import list_quarantine
    from intake.views import quarantine_row, table

    with app_of(args) as app, app.factory() as session:
        rows = [quarantine_row(r) for r in list_quarantine(session, include_resolved=args.all)]
    if args.json:
        print_json_lines(rows)
    elif not rows:
        print("quarantine is empty")
    else:
        print(
            table(
                rows,
                [
                    ("id", "ID", 5),
                    ("created_at", "SINCE", 19),
                    ("mailbox", "MAILBOX", 12),
                    ("folder", "FOLDER", 12),
                    ("uid", "UID", 8),
                    ("stage", "STAGE", 8),
                    ("attempts", "TRIES", 5),
                    ("error", "ERROR", 60),
                ],
            )
        )
    return 0


def cmd_quarantine_show(args: argparse.Namespace) -> int:
    from intake.quarantine import get_quarantined
    from intake.views import quarantine_row

    with app_of(args) as app, app.factory() as session:
        row = quarantine_row(get_quarantined(session, args.id), detail=True)
    if args.json:
        print_json_lines([row])
        return 0
    detail, headers = row.pop("detail"), row.pop("headers")
    for key, value in row.items():
        print(f"{key:>16}: {value}")
    print("\n--- headers ---\n" + str(headers))
    print("\n--- error ---\n" + str(detail))
    return 0


def cmd_quarantine_replay(args: argparse.Namespace) -> int:
    from intake.quarantine import replay

    with app_of(args) as app:
        results = replay(app.factory, app.pipeline, args.id)
    if not results:
        print("nothing to replay")
        return 0
    failed = 0
    for result in results:
        outcome = result.outcome
        if outcome.status == "quarantined":
            failed += 1
            print(f"{result.quarantine_id}: still failing in {outcome.stage}: {outcome.error}")
        else:
            print(f"{result.quarantine_id}: {outcome.status} as message {outcome.message_pk}")
    return 1 if failed else 0


def register(commands: Any) -> None:
    p = commands.add_parser("messages", help="list stored messages")
    add_json_flag(p)
    p.add_argument("--kind", choices=["client", "ae", "draft_reply", "ignored"])
    p.add_argument("--limit", type=int)
    p.set_defaults(handler=cmd_messages)

    q = commands.add_parser("quarantine", help="messages that failed processing")
    qs = q.add_subparsers(dest="action", metavar="ACTION", parser_class=type(q), required=True)
    p = qs.add_parser("list", help="list quarantined messages")
    p.add_argument("--all", action="store_true", help="include replayed ones")
    add_json_flag(p)
    p.set_defaults(handler=cmd_quarantine_list)
    p = qs.add_parser("show", help="show one quarantined message: headers and error")
    p.add_argument("id", type=int)
    add_json_flag(p)
    p.set_defaults(handler=cmd_quarantine_show)
    p = qs.add_parser("replay", help="run quarantined messages through the pipeline again")
    p.add_argument("id", type=int, nargs="?", help="one ID (default: every unresolved one)")
    p.set_defaults(handler=cmd_quarantine_replay)
