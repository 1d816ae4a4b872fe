"""``intake drafts`` commands: list, show, confirm, reject, edit, send-to-client.

Input: parsed arguments (``--config`` from the main parser) and the
database. Output: lines on stdout (``--json``: one JSON object per line),
decisions applied in one unit of work through the App's drafting context (the
reply's own path: audited, relayed, guidance re-planned), and the mail they
queue sent at once through the App's transport.

An operator's decision is audited as ``operator:<login>``.
"""

from __future__ import annotations

import argparse
from typing import Any

from intake.cli.common import app_of, operator, print_json_lines

DRAFT_COLUMNS = (
    ("id", "ID", 5),
    ("kind", "KIND", 12),
    ("status", "STATUS", 10),
    ("client", "CLIENT", 16),
    ("project", "PROJECT", 22),
    ("due_date", "DUE", 10),
    ("budget", "BUDGET", 12),
    ("summary", "SUMMARY", 50),
)


def register(subparsers: Any) -> None:
    """Add ``drafts`` (list, ``show``, ``confirm``, ``reject``, ``send-to-client``)."""
    drafts = subparsers.add_parser("drafts", help="CCR and change-order drafts")
    drafts.add_argument("--json", action="store_true", help="one JSON object per line")
    drafts.add_argument("--status",
                        choices=["draft", "confirmed", "rejected", "superseded", "expired"])
    drafts.add_argument("--ae", metavar="NAME", help="only this AE's drafts ([[aes]])")
    drafts.set_defaults(handler=cmd_list)
    actions = drafts.add_subparsers(dest="drafts_action", metavar="ACTION")

    p = actions.add_parser("show", help="one draft with its versions and history")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = actions.add_parser("confirm", help="confirm a draft and relay it (audited)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_confirm)

    p = actions.add_parser("reject", help="reject a draft (audited)")
    p.add_argument("id", type=int)
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_reject)

    p = actions.add_parser("edit", help="make a new version with changed fields (audited)")
    p.add_argument("id", type=int)
    p.add_argument("--budget", help="amount, e.g. 12000 or 'EUR 9,500'")
    p.add_argument("--due", help="date, e.g. 2027-03-10")
    p.add_argument("--description")
    p.add_argument("--project", help="move to this project (opened if new)")
    p.set_defaults(handler=cmd_edit)

    p = actions.add_parser("send-to-client", help="send the client a recap (confirms if open)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_send_to_client)


def cmd_list(args: argparse.Namespace) -> int:
    from intake.drafts.service import draft_rows, expire_drafts
    from intake.storage import unit_of_work
    from intake.views import table

    with app_of(args) as app, unit_of_work(app.factory) as session:
        expire_drafts(session, app.draft_context)
        scope = app.for_ae(args.ae) if args.ae else app
        rows = list(draft_rows(session, status=args.status, ae_key=scope.ae_key))
    if args.json:
        print_json_lines(rows)
    else:
        print(table(rows, list(DRAFT_COLUMNS)) if rows else "no drafts")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from intake.drafts.service import draft_detail

    with app_of(args) as app, app.factory() as session:
        row = draft_detail(session, args.id)
    if args.json:
        print_json_lines([row])
        return 0
    for key in ("label", "kind", "status", "client", "project", "contact", "summary",
                "description", "budget", "currency", "due_date", "created_at", "decided_at",
                "decided_by"):
        print(f"{key:>12}: {row[key] if row[key] is not None else ''}")
    print("\nfacts:")
    for f in row["facts"]:
        print(f"  - {f.get('kind')}: {f.get('value')}\n      \"{f.get('sentence')}\"")
    print("\nhistory:")
    for e in row["history"]:
        reason = f" ({e['reason']})" if e["reason"] else ""
        print(f"  {e['at']}  {e['action']}{reason} by {e['actor']}"
              f"{' from message ' + str(e['message']) if e['message'] else ''}")
    for v in row["versions"]:
        if v["diff"]:
            changes = ", ".join(f"{d['field']}: {d['before']} -> {d['after']}"
                                for d in v["diff"])
            print(f"  version {v['number']}: {changes}")
    return 0


def _decide(args: argparse.Namespace, action: Any) -> int:
    """Run one decision in a unit of work, then send what it queued if a transport exists."""
    from intake.drafts.decisions import DraftConflict
    from intake.storage import unit_of_work

    with app_of(args) as app:
        try:
            with unit_of_work(app.factory) as session:
                message = action(session, app.draft_context_for(session, args.id))
        except DraftConflict as exc:
            print(f"intake: {exc}")
            return 1
        print(message)
        report = app.outbox.send_due(app.transport)
    print(f"sent {len(report.sent)}, deferred {len(report.deferred)}, "
          f"failed {len(report.failed)}" + (f"; stopped: {report.stopped}"
                                            if report.stopped else ""))
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    from intake.drafts.service import operator_confirm

    def action(session: Any, ctx: Any) -> str:
        items = operator_confirm(session, ctx, args.id, actor=operator())
        return "\n".join([f"draft {args.id} confirmed", *(f"  {i}" for i in items)])

    return _decide(args, action)


def cmd_reject(args: argparse.Namespace) -> int:
    from intake.drafts.service import operator_reject

    def action(session: Any, ctx: Any) -> str:
        operator_reject(session, ctx, args.id, actor=operator(), reason=args.reason or None)
        return f"draft {args.id} rejected"

    return _decide(args, action)


def cmd_edit(args: argparse.Namespace) -> int:
    from intake.drafts.service import edit_of, operator_edit

    fields = {"budget": args.budget, "due": args.due, "description": args.description,
              "project": args.project}

    def action(session: Any, ctx: Any) -> str:
        change = edit_of(fields, ctx.clock.now().date())
        changes = operator_edit(session, ctx, args.id, change, actor=operator())
        return "\n".join([f"draft {args.id}: new version",
                          *(f"  {d['field']}: {d['before']} -> {d['after']}" for d in changes)])

    return _decide(args, action)


def cmd_send_to_client(args: argparse.Namespace) -> int:
    from intake.drafts.service import operator_send_to_client

    def action(session: Any, ctx: Any) -> str:
        to = operator_send_to_client(session, ctx, args.id, actor=operator())
        return f"draft {args.id}: recap for {to} queued"

    return _decide(args, action)
