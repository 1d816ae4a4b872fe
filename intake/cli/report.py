"""``intake report unanswered [--json] [--send]``: client mail still waiting for the AE."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake.cli.common import app_of, print_json_lines


def cmd_report_unanswered(args: argparse.Namespace) -> int:
    """Print the report (text, or JSON lines); with ``--send`` also mail it, once a night."""
    from intake.report import unanswered_report
    from intake.report_mail import send_unanswered_report

    with app_of(args) as app:
        with app.factory() as session:
            report = unanswered_report(session, app.config, app.clock.now())
        if args.json:
            print_json_lines(mail.as_json() for mail in report.mails)
        else:
            print(_report_text(report))
        if not args.send:
            return 0
        delivery = send_unanswered_report(app, app.transport)
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


def register(commands: Any) -> None:
    report = commands.add_parser("report", help="reports for the account team")
    actions = report.add_subparsers(dest="report", metavar="REPORT", required=True,
                                    parser_class=type(report))
    p = actions.add_parser("unanswered", help="client mail still waiting for an answer")
    p.add_argument("--json", action="store_true", help="one JSON object per waiting mail")
    p.add_argument("--send", action="store_true",
                   help="also mail it to the AE (and coordinator), at most once a night")
    p.set_defaults(handler=cmd_report_unanswered)
