"""Lead times, business days, holidays and reminder plans (issue 5), as pure functions.

Input: config values (country, subdivision, closures, job types), dates and
an aware "now" passed in by the caller. Output: frozen values (plans,
reminders) and ``.ics`` text. No database, no I/O, no clock of its own.

- ``business_days``: ``BusinessCalendar`` (days and business hours).
- ``jobs``: ``JobType``, ``Milestone``, ``match_job_type``.
- ``plan``: ``plan_schedule`` -> ``SchedulePlan``.
- ``reminders``: ``plan_reminders`` -> ``Reminder``s, ``replan``.
- ``ics``: ``milestones_ics``.
- ``settings``: ``ScheduleSettings``, what ``[schedule]`` and ``[[job_types]]`` say
  (read by :mod:`intake.config.schedule`).
"""

from intake.scheduling.business_days import BusinessCalendar, zone
from intake.scheduling.ics import milestone_uid, milestones_ics
from intake.scheduling.jobs import JobType, Milestone, Owner, match_job_type
from intake.scheduling.plan import PlannedMilestone, SchedulePlan, plan_schedule
from intake.scheduling.reminders import Reminder, plan_reminders, reminder_key, replan
from intake.scheduling.settings import ScheduleSettings

__all__ = [
    "BusinessCalendar",
    "JobType",
    "Milestone",
    "Owner",
    "PlannedMilestone",
    "Reminder",
    "SchedulePlan",
    "ScheduleSettings",
    "match_job_type",
    "milestone_uid",
    "milestones_ics",
    "plan_reminders",
    "plan_schedule",
    "reminder_key",
    "replan",
    "zone",
]
