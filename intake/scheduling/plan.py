"""Working a job's milestones back from its due date, and forward from today when it is too late.

Input: a job type, the project's due date, today's date (in the agency's
zone) and the agency's business calendar.
Output: a frozen ``SchedulePlan``: each milestone's date, whether the due
date can be met, how many business days spare or short, and the earliest
due date the job allows when starting today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from intake.scheduling.business_days import BusinessCalendar
from intake.scheduling.jobs import JobType, Milestone, Owner


@dataclass(frozen=True, slots=True)
class PlannedMilestone:
    """A milestone placed on the calendar: it is due by the end of business on ``date``."""

    name: str
    owner: Owner
    business_days: int
    date: date


@dataclass(frozen=True, slots=True)
class SchedulePlan:
    """The schedule of one job for one due date.

    - ``milestones``: worked back from ``due``; the last milestone falls on
      ``due``, or on the business day before it when ``due`` is a closed day.
    - ``start``: the business day work must begin to meet ``due``.
    - ``feasible``: ``start`` is not before today (equivalently
      ``earliest_due <= due``).
    - ``earliest_due`` and ``earliest_milestones``: the same job worked forward
      from today (rolled to a business day); what the AE offers when the date
      cannot be met.
    - ``slack_business_days``: business days from today to ``start``;
      negative is how many the client's date is short.
    """

    job_type: JobType
    due: date
    today: date
    start: date
    milestones: tuple[PlannedMilestone, ...]
    feasible: bool
    earliest_due: date
    earliest_milestones: tuple[PlannedMilestone, ...]
    total_business_days: int
    slack_business_days: int
    calendar: BusinessCalendar = field(repr=False, compare=False)

    @property
    def client_milestones(self) -> tuple[PlannedMilestone, ...]:
        """What the client owes, in order: these get a schedule line and a reminder."""
        return tuple(m for m in self.milestones if m.owner == "client")


def _placed(milestone: Milestone, day: date) -> PlannedMilestone:
    return PlannedMilestone(milestone.name, milestone.owner, milestone.business_days, day)


def _forward(
    job_type: JobType, start: date, calendar: BusinessCalendar
) -> tuple[PlannedMilestone, ...]:
    placed = []
    day = start
    for milestone in job_type.milestones:
        day = calendar.add_business_days(day, milestone.business_days)
        placed.append(_placed(milestone, day))
    return tuple(placed)


def _backward(
    job_type: JobType, due: date, calendar: BusinessCalendar
) -> tuple[tuple[PlannedMilestone, ...], date]:
    placed = []
    day = calendar.roll_back(due)
    for milestone in reversed(job_type.milestones):
        placed.append(_placed(milestone, day))
        day = calendar.subtract_business_days(day, milestone.business_days)
    return tuple(reversed(placed)), day


def plan_schedule(
    job_type: JobType, due: date, *, today: date, calendar: BusinessCalendar
) -> SchedulePlan:
    """Place every milestone of ``job_type`` so the last one meets ``due``."""
    milestones, start = _backward(job_type, due, calendar)
    earliest = _forward(job_type, calendar.roll_forward(today), calendar)
    return SchedulePlan(
        job_type=job_type,
        due=due,
        today=today,
        start=start,
        milestones=milestones,
        feasible=start >= today,
        earliest_due=earliest[-1].date,
        earliest_milestones=earliest,
        total_business_days=job_type.total_business_days,
        slack_business_days=calendar.business_days_between(today, start),
        calendar=calendar,
    )
