"""The reminder job: queue every reminder whose moment has come, exactly once.

Input: the guidance context (config, clock, outbox) and a session factory.
Output: reminder mails queued in the outbox, reminder rows marked
``queued`` (or ``cancelled`` with a reason), and the number queued.

A reminder is queued when its moment (``due_at``) has passed, the project
is still active, the client's milestone has not passed in the client's
zone, and "now" lies inside business hours in the client's zone (a job that
ran late at night waits for the client's morning). Exactly once: each row is
claimed with ``UPDATE ... WHERE status = 'pending'`` in the same transaction
that queues its mail, and the outbox's ``dedupe_key`` is unique, so two
calls or two processes never queue one reminder twice.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from intake.guidance.context import GuidanceContext
from intake.guidance.mail import client_recipient, compose_reminder, dedupe_key, long_date
from intake.scheduling import zone
from intake.storage import unit_of_work
from models import Project, ProjectReminder

log = logging.getLogger(__name__)

BATCH = 500


def send_due_reminders(context: GuidanceContext, factory: sessionmaker[Session], *,
                       limit: int = BATCH) -> int:
    """Queue due reminders (see the module docstring); returns how many were queued."""
    if context.schedule is None:
        return 0
    now = context.clock.now()
    with unit_of_work(factory) as session:
        query = select(ProjectReminder.id)
        if context.config.ae_key is not None:  # one AE's view: their projects' reminders
            query = query.join(Project, Project.id == ProjectReminder.project_id).where(
                Project.ae == context.config.ae_key)
        ids = list(session.scalars(
            query
            .where(ProjectReminder.status == "pending", ProjectReminder.due_at <= now)
            .order_by(ProjectReminder.due_at, ProjectReminder.id)
            .limit(limit)
        ))
    queued = 0
    for reminder_id in ids:
        with unit_of_work(factory) as session:
            queued += _queue_one(session, context, reminder_id, now)
    if ids:
        log.info("reminders: %d due, %d queued", len(ids), queued)
    return queued


def _cancel(row: ProjectReminder, reason: str, now: datetime) -> int:
    row.status, row.reason, row.updated_at = "cancelled", reason, now
    log.info("reminder %s (%s) cancelled: %s", row.id, row.key, reason)
    return 0


def _queue_one(session: Session, context: GuidanceContext, reminder_id: int,
               now: datetime) -> int:
    row = session.get(ProjectReminder, reminder_id)
    if row is None or row.status != "pending":
        return 0
    project = session.get_one(Project, row.project_id)
    if project.status != "active":
        return _cancel(row, f"project is {project.status}", now)
    local_today = now.astimezone(zone(row.client_tz)).date()
    if local_today > row.milestone_date:
        return _cancel(row, f"too late: {row.milestone} was due {long_date(row.milestone_date)}",
                       now)
    assert context.schedule is not None
    if context.schedule.calendar.next_business_moment(now, row.client_tz) != now:
        return 0  # outside the client's business hours: the next run after they open sends it
    found = client_recipient(session, project, context)
    if found is None:
        return _cancel(row, "no client address to write to", now)
    person, threading = found
    try:
        mail = compose_reminder(context, project, row, person, threading)
    except ValueError as exc:  # an address compose_mail cannot use
        return _cancel(row, f"cannot compose: {exc}", now)

    claimed = session.execute(
        update(ProjectReminder)
        .where(ProjectReminder.id == row.id, ProjectReminder.status == "pending")
        .values(status="queued", updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return 0  # another process took it
    outbound = context.outbox.queue(
        mail, kind="reminder", session=session,
        dedupe_key=dedupe_key("reminder", project.id, row.key),
    )
    session.refresh(row)
    row.outbound_id = outbound.id
    log.info("reminder %s for project %s queued as %s", row.key, project.id, outbound.message_id)
    return 1
