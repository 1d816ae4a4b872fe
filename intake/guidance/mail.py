"""The guidance mails to a client: the schedule, the infeasible-date explanation, the reminder.

Input: a project, its ``SchedulePlan`` (or one reminder row), the guidance
context and "now".
Output: composed mail queued in the outbox inside the caller's session, and
the ``models.GuidanceMail`` row recording it (or holding it for the AE).

Safety: the recipient is the client person who wrote the project's mail
(``kind == "client"``, so never auto-generated, bulk, bounce or our own
mail), else a configured contact; agency, no-reply and bounce addresses are
never written to. Client text (project name, sender name) is template data
and header text cleaned by ``compose_mail``, never template source. Each mail
has a dedupe key, so it is queued at most once.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.classify import BOUNCE_SENDERS, CLIENT, NOREPLY_SENDERS
from intake.errors import NotFound, UsageError
from intake.guidance.context import GuidanceContext
from intake.outbound.compose import ComposedMail, MailAttachment, compose_mail
from intake.outbound.render import render_mail
from intake.scheduling import SchedulePlan, milestones_ics, plan_schedule, zone
from models import GuidanceMail, Message, Project, ProjectReminder, ProjectThread

log = logging.getLogger(__name__)

RECENT_MESSAGES = 20


@dataclass(frozen=True, slots=True)
class Person:
    """A display name and an address (fits ``compose_mail``'s ``NamedAddress``)."""

    name: str
    email: str


@dataclass(frozen=True, slots=True)
class Threading:
    """Where a guidance mail sits in the client's conversation."""

    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


def long_date(day: date) -> str:
    """``Friday 5 March 2027``: unambiguous for clients on either side of the Atlantic."""
    return f"{day:%A} {day.day} {day:%B %Y}"


# -- who to write to ----------------------------------------------------------------------


def usable_address(email: str, context: GuidanceContext) -> bool:
    """A person's address: one ``@``, not ours, not a no-reply or bounce sender."""
    email = email.strip().lower()
    if email.count("@") != 1 or not email.partition("@")[0]:
        return False
    domain = email.partition("@")[2]
    if domain in context.config.agency.domains or email in context.config.agency.own_addresses:
        return False
    return not (BOUNCE_SENDERS.match(email) or NOREPLY_SENDERS.match(email))


def _candidate_messages(session: Session, project: Project) -> list[Message]:
    found: list[Message] = []
    if project.opened_by_message_pk is not None:
        opened = session.get(Message, project.opened_by_message_pk)
        if opened is not None:
            found.append(opened)
    found += session.scalars(
        select(Message)
        .join(ProjectThread, ProjectThread.thread_id == Message.thread_id)
        .where(ProjectThread.project_id == project.id, Message.kind == CLIENT)
        .order_by(Message.received_at.desc())
        .limit(RECENT_MESSAGES)
    ).all()
    return found


def client_recipient(
    session: Session, project: Project, context: GuidanceContext
) -> tuple[Person, Threading] | None:
    """The client person to write to about ``project``, and the mail to thread under.

    The person who wrote the project's opening mail (the original sender of
    a forward), else the latest client mail in its threads, else the first
    configured contact. Only mail classified as client mail counts.
    """
    for message in _candidate_messages(session, project):
        if message.kind != CLIENT:
            continue
        forwarded = bool(message.original_sender)
        email = (message.original_sender if forwarded else message.from_email) or ""
        if not usable_address(email, context):
            continue
        name = (message.original_name if forwarded else message.from_name) or ""
        threading = Threading()
        if not forwarded and message.message_id:
            chain = tuple(str(r) for r in (message.references or []))
            threading = Threading(message.message_id, (*chain, message.message_id))
        return Person(name, email.lower()), threading
    configured = context.client_config(session, project)
    for contact in configured.contacts if configured else ():
        if usable_address(contact, context):
            return Person("", contact), Threading()
    return None


def _greeting_name(person: Person) -> str:
    return person.name.split()[0] if person.name.strip() else "there"


def _sender(context: GuidanceContext) -> Person:
    agency = context.config.agency
    return Person(agency.name, agency.intake)


def _job_name(plan: SchedulePlan) -> str:
    return plan.job_type.name


# -- composing ----------------------------------------------------------------------------


def compose_schedule(
    context: GuidanceContext,
    project: Project,
    plan: SchedulePlan,
    to: Person,
    threading: Threading,
    *,
    client_tz: str,
    sequence: int,
) -> ComposedMail:
    """The feasible schedule: every milestone, what the client owes by when, and a ``.ics``."""
    text, html = render_mail(
        "guidance_schedule",
        recipient_name=_greeting_name(to),
        project_name=project.name,
        job_type=_job_name(plan),
        due_date=long_date(plan.due),
        client_items=[{"name": m.name, "date": long_date(m.date)}
                      for m in plan.client_milestones],
        milestones=[{"name": m.name, "date": long_date(m.date), "owner": m.owner}
                    for m in plan.milestones],
        lead_business_days=context.settings.lead_business_days,
    )
    ics = milestones_ics(
        plan,
        summary_prefix=project.name,
        uid_domain=context.config.agency.intake_domain,
        client_tz=client_tz,
        now=context.clock.now(),
        sequence=sequence,
    )
    return _to_client(
        context, to, threading,
        subject=f"Schedule for {project.name}: what we need from you and when",
        text=text, html=html, kind="guidance",
        attachments=[MailAttachment("schedule.ics", "text/calendar", ics.encode("utf-8"),
                                    params=(("method", "PUBLISH"),))],
    )


def compose_infeasible(
    context: GuidanceContext,
    project: Project,
    plan: SchedulePlan,
    to: Person,
    threading: Threading,
) -> ComposedMail:
    """Why the requested date cannot be met: the time the job needs and the earliest date."""
    text, html = render_mail(
        "guidance_infeasible",
        recipient_name=_greeting_name(to),
        project_name=project.name,
        job_type=_job_name(plan),
        requested_due=long_date(plan.due),
        earliest_due=long_date(plan.earliest_due),
        total_business_days=plan.total_business_days,
        short_business_days=max(-plan.slack_business_days, 0),
        steps=[{"name": m.name, "business_days": m.business_days, "date": long_date(m.date),
                "owner": m.owner} for m in plan.earliest_milestones],
    )
    return _to_client(
        context, to, threading,
        subject=f"{project.name}: the time it needs and the earliest date we can deliver",
        text=text, html=html, kind="guidance",
    )


def compose_reminder(
    context: GuidanceContext,
    project: Project,
    reminder: ProjectReminder,
    to: Person,
    threading: Threading,
) -> ComposedMail:
    """A reminder that a client-owned milestone is coming up."""
    text, html = render_mail(
        "reminder",
        recipient_name=_greeting_name(to),
        project_name=project.name,
        milestone=reminder.milestone,
        milestone_date=long_date(reminder.milestone_date),
    )
    return _to_client(
        context, to, threading,
        subject=f"Reminder: {reminder.milestone} for {project.name} is due "
                f"{long_date(reminder.milestone_date)}",
        text=text, html=html, kind="reminder",
    )


def _to_client(
    context: GuidanceContext,
    to: Person,
    threading: Threading,
    *,
    subject: str,
    text: str,
    html: str,
    kind: str,
    attachments: Sequence[MailAttachment] = (),
) -> ComposedMail:
    """Mail to the client from the agency, answered to the AE, in the client's thread."""
    return compose_mail(
        sender=_sender(context),
        to=[to],
        reply_to=context.config.agency.ae,
        subject=subject,
        text=text,
        html=html,
        clock=context.clock,
        kind=kind,
        in_reply_to=threading.in_reply_to,
        references=threading.references,
        attachments=attachments,
    )


def dedupe_key(prefix: str, project_id: int, detail: str) -> str:
    """A short, stable outbox key (milestone names can be long)."""
    digest = hashlib.sha256(detail.encode("utf-8")).hexdigest()[:32]
    return f"{prefix}:{project_id}:{digest}"


# -- guidance rows ------------------------------------------------------------------------


def ensure_guidance(
    session: Session,
    context: GuidanceContext,
    project: Project,
    plan: SchedulePlan,
    *,
    kind: str,
    now: datetime,
    client_tz: str,
) -> GuidanceMail:
    """The guidance row for this plan, queued now or held for the AE; never queued twice."""
    row = session.scalars(
        select(GuidanceMail).where(
            GuidanceMail.project_id == project.id,
            GuidanceMail.kind == kind,
            GuidanceMail.job_type == plan.job_type.name,
            GuidanceMail.due_date == plan.due,
        )
    ).first()
    if row is None:
        row = GuidanceMail(project_id=project.id, kind=kind, job_type=plan.job_type.name,
                           due_date=plan.due, earliest_due=plan.earliest_due,
                           status="new", created_at=now, updated_at=now)
        session.add(row)
        session.flush()
    if row.status == "queued":
        return row
    row.earliest_due, row.updated_at, row.reason = plan.earliest_due, now, None
    if kind == "schedule" and not plan.client_milestones:
        row.status, row.reason = "skipped", "nothing is needed from the client"
        return row
    if kind == "infeasible" and not context.settings.auto_send:
        row.status = "awaiting_confirmation"
        log.info("project %s: explanation for %s held for the AE (guidance %s)",
                 project.id, plan.due, row.id)
        return row
    return _queue(session, context, project, plan, row, now=now, client_tz=client_tz)


def _queue(
    session: Session,
    context: GuidanceContext,
    project: Project,
    plan: SchedulePlan,
    row: GuidanceMail,
    *,
    now: datetime,
    client_tz: str,
) -> GuidanceMail:
    found = client_recipient(session, project, context)
    if found is None:
        row.status, row.reason = "skipped", "no client address to write to"
        log.warning("project %s: no client address for the %s mail", project.id, row.kind)
        return row
    person, threading = found
    if row.kind == "schedule":
        sequence = session.scalar(
            select(func.count()).select_from(GuidanceMail).where(
                GuidanceMail.project_id == project.id,
                GuidanceMail.kind == "schedule",
                GuidanceMail.status == "queued",
            )
        ) or 0
        mail = compose_schedule(context, project, plan, person, threading,
                                client_tz=client_tz, sequence=sequence)
    else:
        mail = compose_infeasible(context, project, plan, person, threading)
    outbound = context.outbox.queue(
        mail, kind="guidance", session=session,
        dedupe_key=dedupe_key("guidance", project.id, f"{row.kind}:{row.id}"),
    )
    row.status, row.outbound_id, row.recipient, row.updated_at = (
        "queued", outbound.id, person.email, now)
    row.earliest_due, row.reason = plan.earliest_due, None
    log.info("project %s: %s mail queued as %s", project.id, row.kind, outbound.message_id)
    return row


def cancel_held_guidance(
    session: Session, project_id: int, *, keep: int | None, now: datetime, reason: str
) -> int:
    """Cancel explanations still waiting for the AE (other than ``keep``): the facts moved on."""
    rows = session.scalars(
        select(GuidanceMail).where(
            GuidanceMail.project_id == project_id,
            GuidanceMail.status == "awaiting_confirmation",
        )
    ).all()
    count = 0
    for row in rows:
        if row.id == keep:
            continue
        row.status, row.reason, row.updated_at = "cancelled", reason, now
        count += 1
    return count


def confirm_guidance(
    session: Session, guidance_id: int, *, context: GuidanceContext, now: datetime
) -> GuidanceMail:
    """The AE confirms a held explanation: queue it, with the earliest date as of ``now``.

    Raises ``NotFound`` for an unknown id and ``UsageError`` when the row is
    not waiting or the project no longer has that job type, due date and
    active status (call ``on_project_changed`` instead).
    """
    row = session.get(GuidanceMail, guidance_id)
    if row is None:
        raise NotFound(f"no guidance mail with id {guidance_id}")
    if row.status != "awaiting_confirmation":
        raise UsageError(f"guidance mail {guidance_id} is {row.status}, not awaiting confirmation")
    project = session.get_one(Project, row.project_id)
    schedule = context.schedule
    job = context.job_type_of(project)
    if (schedule is None or job is None or job.name != row.job_type
            or project.due_date != row.due_date or project.status != "active"):
        raise UsageError(f"project {project.id} changed since guidance mail {guidance_id} "
                         "was prepared")
    today = now.astimezone(zone(context.agency_tz)).date()
    plan = plan_schedule(job, row.due_date, today=today, calendar=schedule.calendar)
    return _queue(session, context, project, plan, row, now=now,
                  client_tz=context.client_tz(session, project))
