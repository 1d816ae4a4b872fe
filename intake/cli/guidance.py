"""``intake guidance`` and ``intake reminders`` commands.

Input: parsed arguments (``--config`` from the main parser) and the
database; "now" from the app's clock (``INTAKE_NOW`` fixes it).
Output: lines on stdout (``--json``: one JSON object per line) and mail
queued in the outbox (the outbox job, ``intake run``, sends it).

- ``intake guidance [--json] [--status S]``: schedule/explanation mails per project;
- ``intake guidance confirm ID``: the AE confirms a held infeasible-date explanation;
- ``intake guidance replan PROJECT_ID``: re-plan a project (after editing it by hand);
- ``intake reminders [--json] [--status S]``: reminder rows;
- ``intake reminders send-due``: queue the reminders whose moment has come, once.
"""

from __future__ import annotations

import argparse
from typing import Any

from intake.cli.common import app_of, print_json_lines
from models.reminders import GUIDANCE_STATUSES, REMINDER_STATUSES

GUIDANCE_COLUMNS = [
    ("id", "ID", 5),
    ("project_id", "PROJECT", 7),
    ("project", "NAME", 24),
    ("kind", "KIND", 10),
    ("status", "STATUS", 21),
    ("job_type", "JOB", 14),
    ("due_date", "DUE", 10),
    ("earliest_due", "EARLIEST", 10),
    ("recipient", "TO", 28),
    ("reason", "REASON", 36),
]
REMINDER_COLUMNS = [
    ("id", "ID", 5),
    ("project_id", "PROJECT", 7),
    ("milestone", "MILESTONE", 24),
    ("milestone_date", "DATE", 10),
    ("due_at", "SEND AT (UTC)", 20),
    ("client_tz", "CLIENT ZONE", 18),
    ("status", "STATUS", 9),
    ("reason", "REASON", 36),
]


def register(subparsers: Any) -> None:
    """Add ``guidance`` (list, ``confirm``, ``replan``) and ``reminders`` (list, ``send-due``)."""
    guidance = subparsers.add_parser("guidance", help="schedule guidance mails to clients")
    guidance.add_argument("--json", action="store_true", help="one JSON object per line")
    guidance.add_argument("--status", choices=GUIDANCE_STATUSES)
    guidance.set_defaults(handler=cmd_guidance_list)
    actions = guidance.add_subparsers(dest="guidance_action", metavar="ACTION")
    p = actions.add_parser("confirm", help="send a held infeasible-date explanation")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_guidance_confirm)
    p = actions.add_parser("replan", help="re-plan one project's guidance and reminders")
    p.add_argument("project_id", type=int)
    p.set_defaults(handler=cmd_guidance_replan)

    reminders = subparsers.add_parser("reminders", help="timing reminders to clients")
    reminders.add_argument("--json", action="store_true", help="one JSON object per line")
    reminders.add_argument("--status", choices=REMINDER_STATUSES)
    reminders.set_defaults(handler=cmd_reminders_list)
    actions = reminders.add_subparsers(dest="reminders_action", metavar="ACTION")
    p = actions.add_parser("send-due", help="queue the reminders whose moment has come")
    p.set_defaults(handler=cmd_reminders_send_due)


def _print(rows: list[dict[str, Any]], columns: list[tuple[str, str, int]], *, as_json: bool,
           empty: str) -> None:
    from intake.views import table

    if as_json:
        print_json_lines(rows)
    else:
        print(table(rows, columns) if rows else empty)


def guidance_rows(session: Any, *, status: str | None = None) -> list[dict[str, Any]]:
    """Guidance rows as plain dicts, newest first."""
    from sqlalchemy import select

    from models import GuidanceMail, Project

    query = (select(GuidanceMail, Project.name)
             .join(Project, Project.id == GuidanceMail.project_id)
             .order_by(GuidanceMail.id.desc()))
    if status:
        query = query.where(GuidanceMail.status == status)
    return [
        {"id": g.id, "project_id": g.project_id, "project": name, "kind": g.kind,
         "status": g.status, "job_type": g.job_type, "due_date": g.due_date.isoformat(),
         "earliest_due": g.earliest_due.isoformat(), "recipient": g.recipient,
         "reason": g.reason, "outbound_id": g.outbound_id}
        for g, name in session.execute(query)
    ]


def reminder_rows(session: Any, *, status: str | None = None) -> list[dict[str, Any]]:
    """Reminder rows as plain dicts, by send moment."""
    from sqlalchemy import select

    from models import ProjectReminder

    query = select(ProjectReminder).order_by(ProjectReminder.due_at, ProjectReminder.id)
    if status:
        query = query.where(ProjectReminder.status == status)
    return [
        {"id": r.id, "project_id": r.project_id, "milestone": r.milestone,
         "milestone_date": r.milestone_date.isoformat(),
         "due_at": r.due_at.strftime("%Y-%m-%d %H:%M"), "client_tz": r.client_tz,
         "status": r.status, "reason": r.reason, "key": r.key, "outbound_id": r.outbound_id}
        for r in session.scalars(query)
    ]


def cmd_guidance_list(args: argparse.Namespace) -> int:
    with app_of(args) as app, app.factory() as session:
        rows = guidance_rows(session, status=args.status)
    _print(rows, GUIDANCE_COLUMNS, as_json=args.json, empty="no guidance mails")
    return 0


def cmd_guidance_confirm(args: argparse.Namespace) -> int:
    from intake.guidance import confirm_guidance
    from intake.storage import unit_of_work

    with app_of(args) as app, unit_of_work(app.factory) as session:
        row = confirm_guidance(session, args.id, context=app.guidance, now=app.clock.now())
        print(f"guidance {row.id} {row.status}"
              + (f" to {row.recipient}" if row.recipient else f": {row.reason}"))
    return 0


def cmd_guidance_replan(args: argparse.Namespace) -> int:
    from intake.errors import NotFound
    from intake.guidance import on_project_changed
    from intake.storage import unit_of_work
    from models import Project

    with app_of(args) as app, unit_of_work(app.factory) as session:
        project = session.get(Project, args.project_id)
        if project is None:
            raise NotFound(f"no project with id {args.project_id}")
        outcome = on_project_changed(session, project, context=app.guidance,
                                     now=app.clock.now())
    changes = outcome.reminders
    print(f"project {outcome.project_id}: {outcome.action}"
          + (f" ({outcome.reason})" if outcome.reason else "")
          + (f"; guidance {outcome.guidance_id} {outcome.guidance_status}"
             if outcome.guidance_id else "")
          + f"; reminders kept {len(changes.kept)}, cancelled {len(changes.cancelled)}, "
            f"added {len(changes.added)}")
    return 0


def cmd_reminders_list(args: argparse.Namespace) -> int:
    with app_of(args) as app, app.factory() as session:
        rows = reminder_rows(session, status=args.status)
    _print(rows, REMINDER_COLUMNS, as_json=args.json, empty="no reminders")
    return 0


def cmd_reminders_send_due(args: argparse.Namespace) -> int:
    from intake.guidance import send_due_reminders

    with app_of(args) as app:
        count = send_due_reminders(app.guidance, app.factory)
    print(f"queued {count} reminder{'' if count == 1 else 's'}")
    return 0
