"""``intake report unanswered [--json] [--send]``: client mail still waiting for the AE;
``intake today [--json]``: the AE's day (what the morning digest mails)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake.cli.common import app_of, print_json_lines


def cmd_report_unanswered(args: argparse.Namespace) -> int:
    """Print the report (text, or JSON lines); with ``--send`` also mail it, once a night."""
    from intake.report import unanswered_report
    from intake.report_mail import send_unanswered_report

    with app_of(args) as root:
        app = root.for_ae(args.ae) if args.ae else root
        with app.factory() as session:
            report = unanswered_report(session, app.config, app.clock.now())
        if args.json:
            print_json_lines(mail.as_json() for mail in report.mails)
        else:
            print(_report_text(report))
        if not args.send:
            return 0
        code = 0
        for tenant in [app] if args.ae else root.tenants():  # each AE gets their own
            delivery = send_unanswered_report(tenant, tenant.transport)
            prefix = f"{tenant.config.ae.name}: " if root.config.many_aes else ""
            code = max(code, _say_sent(delivery, args, prefix))
    return code


def _say_sent(delivery: Any, args: argparse.Namespace, prefix: str) -> int:
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
    log_to(prefix + message)
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


def cmd_today(args: argparse.Namespace) -> int:
    """The day at a glance: sections with their items, or one JSON object per item."""
    from intake.today import TITLES, build_today

    with app_of(args) as root, root.factory() as session:
        app = root.for_ae(args.ae) if args.ae else root
        today = build_today(session, app.config, app.clock.now())
    if args.json:
        print_json_lines(item.as_json() for item in today.items)
        return 0
    if not today.pending:
        print("nothing pending: no draft, no unanswered mail, nothing due or overdue")
        return 0
    for name, items in today.sections:
        print(f"{TITLES[name]} ({len(items)})")
        for item in items:
            where = " / ".join(x for x in (item.client, item.project) if x)
            facts = [f"{item.age_business_hours:g} business hours"
                     if item.age_business_hours is not None else "",
                     f"due {item.due.isoformat()}" if item.due else ""]
            extra = ", ".join(f for f in facts if f)
            print(f"  - {where + ': ' if where else ''}{item.label}"
                  + (f" ({extra})" if extra else ""))
            if item.evidence:
                print(f'      "{item.evidence}"')
        print()
    return 0


def register(commands: Any) -> None:
    p = commands.add_parser("today", help="the AE's day: drafts, unanswered mail, what clients "
                                          "owe, what is due (the morning digest)")
    p.add_argument("--json", action="store_true", help="one JSON object per item")
    p.add_argument("--ae", metavar="NAME", help="only this AE's day ([[aes]]; default: all)")
    p.set_defaults(handler=cmd_today)
    report = commands.add_parser("report", help="reports for the account team")
    actions = report.add_subparsers(dest="report", metavar="REPORT", required=True,
                                    parser_class=type(report))
    p = actions.add_parser("unanswered", help="client mail still waiting for an answer")
    p.add_argument("--json", action="store_true", help="one JSON object per waiting mail")
    p.add_argument("--send", action="store_true",
                   help="also mail it to the AE (and coordinator), at most once a night")
    p.add_argument("--ae", metavar="NAME",
                   help="only this AE's mail ([[aes]]; default: all, and --send mails each AE)")
    p.set_defaults(handler=cmd_report_unanswered)
