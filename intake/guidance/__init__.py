"""Scheduling guidance and timing reminders to clients (issue 5).

Input: projects whose due date, job type or status changed; the clock.
Output: reminder rows, guidance rows and the mails they queue in the outbox.

Entry points:

- ``on_project_changed(session, project, *, context, now)`` (:mod:`.planner`):
  re-plan reminders and queue or hold the schedule / infeasibility mail;
- ``confirm_guidance(session, guidance_id, *, context, now)`` (:mod:`.mail`):
  the AE confirms a held infeasibility explanation;
- ``send_due_reminders(context, factory) -> int`` (:mod:`.jobs`): the scheduler's reminder job.
"""

from intake.guidance.context import GuidanceContext
from intake.guidance.jobs import send_due_reminders
from intake.guidance.mail import confirm_guidance
from intake.guidance.planner import GuidanceOutcome, ReminderChanges, on_project_changed

__all__ = [
    "GuidanceContext",
    "GuidanceOutcome",
    "ReminderChanges",
    "confirm_guidance",
    "on_project_changed",
    "send_due_reminders",
]
