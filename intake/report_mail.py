"""The unanswered report as mail: an :class:`App` and its clock in, one outbox row per night out.

``queue_unanswered_report`` builds the report and queues it to the AE (and
the Account Coordinator when ``[report] send_to_coordinator`` and
``agency.coordinator`` are set) with ``dedupe_key`` ``unanswered-report:<local
date>``, so however often it runs in one agency-local day (the nightly job, a
standby taking over, ``intake report unanswered --send`` by hand) one mail is
queued. ``send_unanswered_report`` queues it and runs the outbox.
``report_due`` says whether tonight's report is still to be queued.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from intake.clock import Clock
from intake.config import Config
from intake.outbound.compose import ComposedMail, compose_mail
from intake.outbound.outbox import SendReport
from intake.outbound.render import render_mail
from intake.outbound.transport import Transport
from intake.report import (
    UnansweredReport,
    WaitingMail,
    report_calendar,
    unanswered_report,
)
from intake.scheduling import zone
from intake.storage import unit_of_work
from models import OutboundMail

if TYPE_CHECKING:
    from intake.app import App

log = logging.getLogger(__name__)

TEMPLATE = "unanswered_report"
KIND = "report"


@dataclass(frozen=True, slots=True)
class ReportDelivery:
    """What one attempt to deliver tonight's report did.

    ``status``: ``queued`` (new row), ``already_queued`` (tonight's row
    exists; nothing new), ``nothing_waiting`` (empty and ``send_when_empty``
    is off). ``send`` is the outbox run, when one was made.
    """

    status: str
    dedupe_key: str
    total: int = 0
    outbox_id: int | None = None
    message_id: str | None = None
    send: SendReport | None = None


def local_date(config: Config, now: datetime) -> date:
    return now.astimezone(zone(config.agency.timezone)).date()


def dedupe_key(config: Config, now: datetime) -> str:
    """One report per agency-local day (per AE, with several)."""
    ae = f":{config.ae_key}" if config.ae_key else ""
    return f"unanswered-report:{local_date(config, now).isoformat()}{ae}"


def report_recipients(config: Config) -> list[str]:
    recipients = [config.agency.ae]
    coordinator = config.agency.coordinator
    wanted = config.report.send_to_coordinator
    if coordinator and wanted and coordinator not in recipients:
        recipients.append(coordinator)
    return recipients


def _already_queued(app: App, key: str) -> OutboundMail | None:
    with unit_of_work(app.factory) as session:
        return session.scalars(select(OutboundMail).where(OutboundMail.dedupe_key == key)).first()


def report_due(app: App) -> bool:
    """Tonight's report is enabled, its local time has come, and no row for tonight exists."""
    config: Config = app.config
    settings = config.report
    if not settings.enabled:
        return False
    now = app.clock.now()
    local = now.astimezone(zone(config.agency.timezone))
    if local.time() < settings.time:
        return False
    if settings.business_days_only and not report_calendar(config).is_business_day(local.date()):
        return False
    return _already_queued(app, dedupe_key(config, now)) is None


def _format_local(value: datetime, tz: str) -> str:
    return value.astimezone(zone(tz)).strftime("%a %d %b %Y %H:%M")


def _mail_context(mail: WaitingMail, report: UnansweredReport, today: date) -> dict[str, Any]:
    return {
        "subject": mail.subject or "(no subject)",
        "sender": mail.sender,
        "sender_name": mail.sender_name,
        "received": _format_local(mail.received_at, report.timezone),
        "age": f"{mail.age_business_hours:g}",
        "first_lines": list(mail.first_lines),
        "due_dates": [
            d.strftime("%a %d %b %Y") + (" (passed)" if d < today else "") for d in mail.due_dates
        ],
        "forwarded_by": mail.forwarded_by or "",
    }


def report_context(report: UnansweredReport, config: Config) -> dict[str, Any]:
    """The template variables (see ``templates/samples.toml`` ``[unanswered_report]``)."""
    today = local_date(config, report.generated_at)
    return {
        "agency_name": config.agency.name,
        "generated_at": _format_local(report.generated_at, report.timezone),
        "timezone": report.timezone,
        "total": report.total,
        "left_out_thanks": report.left_out.get("thanks_only", 0),
        "left_out_owes": report.left_out.get("client_owes_reply", 0),
        "pending_proofs": [{"client": client, "what": what, "age": f"{age:g}"}
                           for client, what, age in report.pending_proofs],
        "groups": [
            {
                "client": group.client,
                "mails": [_mail_context(mail, report, today) for mail in group.mails],
            }
            for group in report.groups
        ],
    }


def compose_report(
    report: UnansweredReport, config: Config, *, clock: Clock, recipients: Sequence[str]
) -> ComposedMail:
    """Render and compose the report mail from the intake address."""
    text, html = render_mail(TEMPLATE, **report_context(report, config))
    today = local_date(config, report.generated_at)
    subject = (f"Unanswered client mail: {report.total} waiting ({today:%a %d %b %Y})"
               if report.total else f"Unanswered client mail: none ({today:%a %d %b %Y})")
    return compose_mail(
        sender=config.agency.intake,
        to=list(recipients),
        subject=subject,
        text=text,
        html=html,
        clock=clock,
        kind=KIND,
    )


def queue_unanswered_report(app: App) -> ReportDelivery:
    """Queue tonight's report once (see the module docstring); does not send it."""
    config: Config = app.config
    now = app.clock.now()
    key = dedupe_key(config, now)
    existing = _already_queued(app, key)
    if existing is not None:
        log.info("unanswered report for %s is already queued as %s", key, existing.message_id)
        return ReportDelivery("already_queued", key, outbox_id=existing.id,
                              message_id=existing.message_id)
    with app.factory() as session:
        report = unanswered_report(session, config, now)
    if not report.total and not config.report.send_when_empty:
        log.info("unanswered report %s: nothing waiting, no mail", key)
        return ReportDelivery("nothing_waiting", key)
    mail = compose_report(report, config, clock=app.clock, recipients=report_recipients(config))
    row = app.outbox.queue(mail, dedupe_key=key)
    status = "queued" if row.message_id == mail.message_id else "already_queued"
    log.info("unanswered report %s: %d waiting, %s as %s", key, report.total, status,
             row.message_id)
    return ReportDelivery(status, key, total=report.total, outbox_id=row.id,
                          message_id=row.message_id)


def send_unanswered_report(app: App, transport: Transport) -> ReportDelivery:
    """Queue tonight's report (once) and run the outbox so it goes out now."""
    delivery = queue_unanswered_report(app)
    if delivery.outbox_id is None:
        return delivery
    sent = app.outbox.send_due(transport)
    return ReportDelivery(delivery.status, delivery.dedupe_key, delivery.total,
                          delivery.outbox_id, delivery.message_id, sent)
