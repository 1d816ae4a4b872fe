"""``intake approvals [--json] [--status S]``: proofs out for approval and the client's
decisions; ``intake approvals show ID``: one round with every decision read."""

from __future__ import annotations

import argparse
import json
from typing import Any

from intake.cli.common import app_of, print_json_lines
from intake.errors import NotFound

COLUMNS = [("id", "ID", 4), ("client", "CLIENT", 16), ("project", "PROJECT", 24),
           ("round", "ROUND", 5), ("status", "STATUS", 22), ("files", "FILES", 30),
           ("decided_by", "DECIDED BY", 24)]


def _row(session: Any, rnd: Any) -> dict[str, Any]:
    from models import Client, Project

    client = session.get(Client, rnd.client_id) if rnd.client_id else None
    project = session.get(Project, rnd.project_id) if rnd.project_id else None
    return {
        "id": rnd.id, "client": client.name if client else None,
        "project": project.name if project else None, "round": rnd.round,
        "status": rnd.status, "files": rnd.files, "approvers": rnd.approvers,
        "sent_at": rnd.sent_at.isoformat(),
        "decided_at": rnd.decided_at.isoformat() if rnd.decided_at else None,
        "decided_by": rnd.decided_by, "evidence": rnd.evidence,
        "confidence": rnd.confidence,
        "unclear": rnd.confidence is not None and rnd.confidence < 0.75,
        "source_message_id": rnd.source_message_id,
        "decision_message_id": rnd.decision_message_id,
    }


def cmd_approvals(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from intake.views import table
    from models import ApprovalRound

    with app_of(args) as app, app.factory() as session:
        query = select(ApprovalRound).order_by(ApprovalRound.sent_at.desc(), ApprovalRound.id)
        if args.status:
            query = query.where(ApprovalRound.status == args.status)
        rows = [_row(session, r) for r in session.scalars(query.limit(args.limit))]
    if args.json:
        print_json_lines(rows)
    elif not rows:
        print("no proofs out for approval")
    else:
        print(table([{**r, "client": r["client"] or "", "project": r["project"] or "",
                      "files": ", ".join(f["name"] for f in r["files"]),
                      "decided_by": r["decided_by"] or ""} for r in rows], COLUMNS))
    return 0


def cmd_approvals_show(args: argparse.Namespace) -> int:
    from models import ApprovalRound

    with app_of(args) as app, app.factory() as session:
        rnd = session.get(ApprovalRound, args.id)
        if rnd is None:
            raise NotFound(f"no approval round with id {args.id}")
        row = _row(session, rnd)
        row["decisions"] = [{"status": d.status, "evidence": d.evidence,
                             "confidence": d.confidence, "decided_by": d.decided_by,
                             "flagged": d.flagged, "message_id": d.message_id,
                             "decided_at": d.decided_at.isoformat()} for d in rnd.decisions]
    print(json.dumps(row, indent=2, ensure_ascii=False))
    return 0


def register(commands: Any) -> None:
    p = commands.add_parser("approvals", help="proofs out for approval and client decisions")
    p.add_argument("--json", action="store_true", help="one JSON object per round")
    p.add_argument("--status", choices=["pending", "approved", "approved_with_changes",
                                        "changes_requested", "rejected"])
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=cmd_approvals)
    actions = p.add_subparsers(dest="approvals_action", metavar="ACTION", parser_class=type(p))
    show = actions.add_parser("show", help="one round with every decision read")
    show.add_argument("id", type=int)
    show.set_defaults(handler=cmd_approvals_show)
