"""Reminders of proofs still waiting for the client's approval.

A pending round whose approvers have not replied at all is reminded after
``[approvals] remind_after_business_days`` business days (counted from the proof, then
from the last reminder), on a business day within business hours, at most
``max_reminders`` times. Any decision, and any reply at all from an approver, stops
them. Each reminder is one outbox row with the key ``approval-reminder:<round>:<n>``,
so two schedulers queue it once; it answers the proof mail, in its thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from intake.outbound.compose import compose_mail
from intake.outbound.render import render_mail
from intake.parsers.types import Address
from intake.report import report_calendar
from intake.scheduling import zone
from intake.storage import unit_of_work
from intake.tenancy import owned_by
from models import ApprovalRound, Client

if TYPE_CHECKING:
    from intake.app import App

KIND = "approval-reminder"


def queue_approval_reminders(app: App) -> int:
    """Queue the reminders whose moment has come; how many were queued."""
    config, now = app.config, app.clock.now()
    settings = config.approvals
    calendar = report_calendar(config)
    queued = 0
    with unit_of_work(app.factory) as session:
        zones = dict(session.execute(select(Client.id, Client.timezone)).all())
        for rnd in session.scalars(select(ApprovalRound).where(
                ApprovalRound.status == "pending", ApprovalRound.replied_at.is_(None),
                ApprovalRound.reminders_sent < settings.max_reminders,
                owned_by(ApprovalRound.ae, config.ae_key))):
            # The client hears from us on a business day, in their business hours.
            tz = (zones.get(rnd.client_id) if rnd.client_id else None) or config.agency.timezone
            local = now.astimezone(zone(tz))
            window = calendar.business_window(local.date(), tz)
            if window is None or not window[0] <= now <= window[1]:
                continue
            since = (rnd.last_reminded_at or rnd.sent_at).astimezone(zone(tz)).date()
            if calendar.business_days_between(since, local.date()) < \
                    settings.remind_after_business_days:
                continue
            files = ", ".join(f["name"] for f in rnd.files[:3]) or "the proof"
            text, html = render_mail(
                "approval_reminder", recipient_name=rnd.approvers[0].partition("@")[0]
                .split(".")[0].title(), files=files,
                sent_on=rnd.sent_at.astimezone(zone(tz)).strftime("%a %d %b %Y"))
            reference = f"<{(rnd.source_message_id or '').strip('<>')}>" \
                if rnd.source_message_id else None
            mail = compose_mail(
                sender=Address(config.agency.name, config.agency.ae), to=list(rnd.approvers),
                subject=f"Waiting for your approval: {files}", text=text, html=html,
                clock=app.clock, kind=KIND, in_reply_to=reference,
                references=[reference] if reference else [])
            app.outbox.queue(mail, kind=KIND, session=session,
                             dedupe_key=f"{KIND}:{rnd.id}:{rnd.reminders_sent + 1}")
            rnd.reminders_sent += 1
            rnd.last_reminded_at = now
            rnd.updated_at = now
            queued += 1
    return queued
