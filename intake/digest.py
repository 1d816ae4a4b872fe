"""The AE's morning digest: :mod:`intake.today` as one mail, on business mornings only.

``queue_digest`` builds the day and queues it to the AE with ``dedupe_key``
``digest:<local date>`` (the outbox keeps that key unique, so two ``intake run``
processes, a standby taking over or a restart queue one mail a day), and, with
``[digest] send_to_coordinator``, a copy without the drafts (the AE's to decide)
to the Account Coordinator under ``digest-coordinator:<local date>``. A morning
when nothing is pending sends nothing. "New facts" count from the previous
digest. The digest carries intake's outbound marker, so reading it back from the
AE's mailbox ignores it as intake's own mail.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from intake.config import Config
from intake.outbound.compose import compose_mail
from intake.outbound.render import render_mail
from intake.parsers.types import Address
from intake.report import report_calendar
from intake.report_mail import local_date
from intake.scheduling import zone
from intake.storage import unit_of_work
from intake.today import TITLES, Today, TodayItem, build_today
from models import OutboundMail

if TYPE_CHECKING:
    from intake.app import App

KIND = "digest"
TEMPLATE = "digest"
SUMMARY_WORDS = {"drafts": "draft(s) to decide", "unanswered": "client mail(s) to answer",
                 "client_owes": "thing(s) clients owe", "due_soon": "due soon",
                 "overdue": "overdue", "new_facts": "new fact(s)"}


@dataclass(frozen=True, slots=True)
class DigestDelivery:
    """What one attempt to queue this morning's digest did: ``queued``, ``already_queued``,
    ``nothing_pending``, ``not_business_day`` or ``disabled``."""

    status: str
    items: int = 0
    message_ids: tuple[str, ...] = ()


def dedupe_key(config: Config, now: datetime, *, coordinator: bool = False) -> str:
    prefix = "digest-coordinator" if coordinator else "digest"
    ae = f":{config.ae_key}" if config.ae_key else ""  # one digest a day per AE
    return f"{prefix}:{local_date(config, now).isoformat()}{ae}"


def digest_due(app: App) -> bool:
    """This morning's digest is enabled, its time has come on a business day, and not queued."""
    config = app.config
    if not config.digest.enabled:
        return False
    now = app.clock.now()
    local = now.astimezone(zone(config.agency.timezone))
    if local.time() < config.digest.time:
        return False
    if not report_calendar(config).is_business_day(local.date()):
        return False
    with unit_of_work(app.factory) as session:
        return session.scalars(select(OutboundMail.id).where(
            OutboundMail.dedupe_key == dedupe_key(config, now))).first() is None


def queue_digest(app: App) -> DigestDelivery:
    """Queue this morning's digest (see the module docstring); never twice a day."""
    config, now = app.config, app.clock.now()
    if not config.digest.enabled:
        return DigestDelivery("disabled")
    if not report_calendar(config).is_business_day(local_date(config, now)):
        return DigestDelivery("not_business_day")
    key = dedupe_key(config, now)
    with unit_of_work(app.factory) as session:
        if session.scalars(select(OutboundMail.id).where(OutboundMail.dedupe_key == key)).first():
            return DigestDelivery("already_queued")
        mine = (OutboundMail.dedupe_key.like(f"digest:%:{config.ae_key}") if config.ae_key
                else OutboundMail.kind == KIND)
        last = session.scalar(select(OutboundMail.created_at).where(OutboundMail.kind == KIND, mine)
                              .order_by(OutboundMail.created_at.desc()).limit(1))
        today = build_today(session, config, now, since=last or now - timedelta(days=1))
        if not today.pending:
            return DigestDelivery("nothing_pending")
        sent = [_queue(app, session, today, config.agency.ae, key)]
        coordinator = config.agency.coordinator
        if config.digest.send_to_coordinator and coordinator:
            theirs = Today(today.generated_at,
                           tuple(i for i in today.items if i.section != "drafts"))
            if theirs.pending:
                sent.append(_queue(app, session, theirs, coordinator,
                                   dedupe_key(config, now, coordinator=True)))
        return DigestDelivery("queued", len(today.items), tuple(sent))


def _queue(app: App, session: Any, today: Today, recipient: str, key: str) -> str:
    config = app.config
    context = digest_context(today, config, recipient)
    text, html = render_mail(TEMPLATE, **context)
    mail = compose_mail(sender=Address(f"{config.agency.name} intake", config.agency.intake),
                        to=[recipient], subject=f"Your day: {context['summary']}", text=text,
                        html=html, clock=app.clock, kind=KIND)
    row = app.outbox.queue(mail, kind=KIND, dedupe_key=key, session=session)
    return row.message_id


def digest_context(today: Today, config: Config, recipient: str) -> dict[str, Any]:
    """The template variables (see ``templates/samples.toml`` ``[digest]``)."""
    counts = Counter(item.section for item in today.items)
    summary = ", ".join(f"{counts[name]} {SUMMARY_WORDS[name]}" for name, _ in today.sections)
    return {
        "recipient_name": recipient.partition("@")[0].split(".")[0].title(),
        "agency_name": config.agency.name,
        "generated_at": today.generated_at.astimezone(zone(config.agency.timezone))
        .strftime("%a %d %b %Y %H:%M"),
        "timezone": config.agency.timezone,
        "summary": summary,
        "sections": [_section(name, items, config.digest.items_per_section)
                     for name, items in today.sections],
    }


def _section(name: str, items: list[TodayItem], shown: int) -> dict[str, Any]:
    """A section's first ``shown`` items and how many more there are: after a first sync
    of years of mail a section runs to thousands, which no one reads in a mail."""
    return {"title": TITLES[name], "total": len(items),
            "items": [_item(i) for i in items[:shown]], "more": max(0, len(items) - shown)}


def _item(item: TodayItem) -> dict[str, str]:
    return {"client": item.client or "", "project": item.project or "", "label": item.label,
            "age": f"{item.age_business_hours:g}" if item.age_business_hours else "",
            "due": item.due.strftime("%a %d %b %Y") if item.due else "",
            "evidence": item.evidence or ""}
