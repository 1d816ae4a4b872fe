"""Re-planning a project's schedule guidance whenever its due date, job type or status changes.

Input: a ``models.Project`` (inside the caller's session), the guidance
context (config, calendar, job types, settings, outbox) and "now".
Output: reminder rows kept, cancelled or added (``models.ProjectReminder``),
the guidance mail queued or held for the AE (``models.GuidanceMail``), and a
frozen :class:`GuidanceOutcome` saying what happened.

The rules, in the order :func:`decide` applies them:

1. a project that is not ``active`` (on hold, cancelled, done) gets no
   reminders: every pending one is cancelled, a held explanation too;
2. no due date, no recognisable job type, or no ``[schedule]`` config: nothing
   to plan, pending reminders are cancelled;
3. the milestones are worked back from the due date (``plan_schedule``). If
   the first one would have to start before today, and the client has not
   already been sent this schedule (work under way), the date is infeasible: no
   reminders, and an explanation with the earliest date is queued (when
   ``guidance.auto_send``) or held until the AE confirms it;
4. otherwise the client gets the schedule (with a ``.ics``) once per job type
   and due date, and one reminder per client milestone: unchanged reminder
   keys are kept, others cancelled, new ones added.

Client mail never reaches here directly: only a project's change does.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.guidance.context import GuidanceContext
from intake.guidance.mail import cancel_held_guidance, ensure_guidance
from intake.scheduling import (
    Reminder,
    SchedulePlan,
    plan_reminders,
    plan_schedule,
    replan,
    zone,
)
from models import GuidanceMail, Project, ProjectReminder

log = logging.getLogger(__name__)

ACTIVE = "active"


@dataclass(frozen=True, slots=True)
class Decision:
    """What a project's current facts call for: a plan, or a reason there is none."""

    plan: SchedulePlan | None
    reminders: tuple[Reminder, ...] = ()
    reason: str | None = None
    accepted: bool = False  # the client already has this schedule: its dates stand

    @property
    def on_schedule(self) -> bool:
        """The schedule path (rule 4): a feasible plan, or one the client already has."""
        return self.plan is not None and (self.plan.feasible or self.accepted)


@dataclass(frozen=True, slots=True)
class ReminderChanges:
    """Reminder keys kept, cancelled and added (added includes brought-back rows)."""

    kept: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    added: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GuidanceOutcome:
    """What ``on_project_changed`` did for one project.

    ``action``: ``stopped`` (no plan; ``reason`` says why), ``schedule``
    (feasible) or ``infeasible``. ``guidance_status`` is the guidance row's
    status (``queued``, ``awaiting_confirmation``, ``skipped``...), with its
    id for ``confirm_guidance`` when the AE must confirm. ``feasible``: the
    plan's dates stand (``None`` when there is no plan).
    """

    project_id: int
    action: str
    reason: str | None = None
    feasible: bool | None = None
    earliest_due: date | None = None
    guidance_id: int | None = None
    guidance_status: str | None = None
    reminders: ReminderChanges = ReminderChanges()


def decide(
    project: Project,
    context: GuidanceContext,
    *,
    now: datetime,
    client_tz: str,
    sent_schedules: Collection[tuple[str, date]] = (),
) -> Decision:
    """Apply the module's rules 1-4 to the project's facts; pure apart from reading ``project``.

    ``sent_schedules``: (job type, due date) pairs whose schedule the client
    already has. Such a plan stays accepted even once its start is past
    (work has begun; a project resumed after a hold is not "infeasible").
    """
    if project.status != ACTIVE:
        return Decision(None, reason=f"project is {project.status}")
    if project.due_date is None:
        return Decision(None, reason="no due date")
    schedule = context.schedule
    if schedule is None:
        return Decision(None, reason="no [schedule] in the configuration")
    job = context.job_type_of(project)
    if job is None:
        what = f"unknown job type {project.job_type!r}" if project.job_type else "no job type"
        return Decision(None, reason=what)
    today = now.astimezone(zone(context.agency_tz)).date()
    plan = plan_schedule(job, project.due_date, today=today, calendar=schedule.calendar)
    accepted = (job.name, plan.due) in sent_schedules
    if not plan.feasible and not accepted:
        return Decision(plan, reason=f"due date is {-plan.slack_business_days} business days short")
    reminders = plan_reminders(
        plan,
        now=now,
        client_tz=client_tz,
        lead_business_days=context.settings.lead_business_days,
        send_at=context.settings.send_at,
    )
    return Decision(plan, reminders, accepted=accepted)


def sync_reminders(
    session: Session,
    project_id: int,
    fresh: Iterable[Reminder],
    *,
    now: datetime,
    reason: str,
    still_due: Iterable[tuple[str, date]] = (),
) -> ReminderChanges:
    """Make the project's pending reminders match ``fresh`` (``replan``'s keep/cancel/add).

    ``still_due`` names (milestone, date) pairs still in the plan: a pending
    reminder for one of them whose moment has already passed (the job has not
    run yet) is kept rather than cancelled. A queued reminder is never touched
    and never added again; a cancelled one with a fresh key comes back.
    """
    fresh = tuple(fresh)
    rows = {
        row.key: row
        for row in session.scalars(
            select(ProjectReminder).where(ProjectReminder.project_id == project_id)
        )
    }
    pending = [k for k, row in rows.items() if row.status == "pending"]
    keep, cancel, add = replan(pending, fresh)
    overdue_ok = set(still_due)
    kept, cancelled, added = list(keep), [], []
    for key in cancel:
        row = rows[key]
        if row.due_at <= now and (row.milestone, row.milestone_date) in overdue_ok:
            kept.append(key)
            continue
        row.status, row.reason, row.updated_at = "cancelled", reason, now
        cancelled.append(key)
    for reminder in add:
        existing = rows.get(reminder.key)
        if existing is None:
            session.add(
                ProjectReminder(
                    project_id=project_id,
                    key=reminder.key,
                    milestone=reminder.milestone,
                    milestone_date=reminder.milestone_date,
                    due_at=reminder.send_at,
                    client_tz=reminder.client_tz,
                    status="pending",
                    created_at=now,
                    updated_at=now,
                )
            )
        elif existing.status == "cancelled":
            existing.status, existing.reason, existing.updated_at = "pending", None, now
            existing.client_tz = reminder.client_tz
        else:  # queued: this exact reminder went out already
            continue
        added.append(reminder.key)
    session.flush()
    if cancelled or added:
        log.info(
            "project %s reminders: %d kept, %d cancelled, %d added (%s)",
            project_id, len(kept), len(cancelled), len(added), reason,
        )
    return ReminderChanges(tuple(kept), tuple(cancelled), tuple(added))


def on_project_changed(
    session: Session, project: Project, *, context: GuidanceContext, now: datetime
) -> GuidanceOutcome:
    """Call whenever a project's due date, job type or status changes (or it is created).

    Runs inside the caller's unit of work: reminder and guidance rows and
    queued outbox rows are committed (or rolled back) with the caller's
    change. Calling it twice with the same facts changes nothing and queues
    nothing twice.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be an aware datetime, got {now!r}")
    session.flush()  # the project needs its id
    client_tz = context.client_tz(session, project)
    sent = frozenset(
        (job_type, due)
        for job_type, due in session.execute(
            select(GuidanceMail.job_type, GuidanceMail.due_date).where(
                GuidanceMail.project_id == project.id,
                GuidanceMail.kind == "schedule",
                GuidanceMail.status == "queued",
            )
        )
    )
    decision = decide(project, context, now=now, client_tz=client_tz, sent_schedules=sent)
    plan = decision.plan

    if plan is None:
        reason = decision.reason or "nothing to plan"
        changes = sync_reminders(session, project.id, (), now=now, reason=reason)
        cancel_held_guidance(session, project.id, keep=None, now=now, reason=reason)
        log.info("project %s: no schedule guidance (%s)", project.id, reason)
        return GuidanceOutcome(project.id, "stopped", reason=reason, reminders=changes)

    if decision.on_schedule:
        still_due = [(m.name, m.date) for m in plan.client_milestones]
        changes = sync_reminders(
            session, project.id, decision.reminders, now=now,
            reason=f"re-planned for {plan.due.isoformat()}", still_due=still_due,
        )
        kind = "schedule"
    else:
        changes = sync_reminders(
            session, project.id, (), now=now, reason=decision.reason or "infeasible"
        )
        kind = "infeasible"
    row: GuidanceMail = ensure_guidance(
        session, context, project, plan, kind=kind, now=now, client_tz=client_tz
    )
    cancel_held_guidance(
        session, project.id, keep=row.id, now=now, reason=f"due date is now {plan.due}"
    )
    return GuidanceOutcome(
        project.id,
        kind,
        reason=decision.reason,
        feasible=decision.on_schedule,
        earliest_due=plan.earliest_due,
        guidance_id=row.id,
        guidance_status=row.status,
        reminders=changes,
    )
