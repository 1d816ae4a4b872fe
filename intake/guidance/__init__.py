"""Scheduling guidance and timing reminders to clients (issue 5).

Input: projects whose due date, job type or status changed; the clock.
Output: reminder rows, guidance rows and the mails they queue in the outbox.

Entry points:

- ``on_project_changed(session, project, *, app_or_context, now)`` (:mod:`.planner`):
  re-plan reminders and queue or hold the schedule / infeasibility mail;
- ``confirm_guidance(session, guidance_id, *, app_or_context, now)`` (:mod:`.mail`):
  the AE confirms a held infeasibility explanation;
- ``send_due_reminders(app) -> int`` (:mod:`.jobs`): the scheduler's reminder job;
- ``guidance_from_config`` (:mod:`.settings`): the ``[guidance]`` table.
"""

from intake.guidance.context import GuidanceContext, context_of
from intake.guidance.jobs import send_due_reminders
from intake.guidance.mail import confirm_guidance
from intake.guidance.planner import GuidanceOutcome, ReminderChanges, on_project_changed
from intake.guidance.settings import GuidanceSettings, guidance_from_config

__all__ = [
    "GuidanceContext",
    "GuidanceOutcome",
    "GuidanceSettings",
    "ReminderChanges",
    "confirm_guidance",
    "context_of",
    "guidance_from_config",
    "on_project_changed",
    "send_due_reminders",
]
