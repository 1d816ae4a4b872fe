"""The scheduling settings as one value: what ``[schedule]`` and ``[[job_types]]`` say.

Read from the config file by :mod:`intake.config.schedule`; this module only
defines the value, so scheduling stays pure and never reads configuration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from intake.scheduling.business_days import BusinessCalendar
from intake.scheduling.jobs import JobType


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """The agency's calendar, its job types, and when reminders go out."""

    calendar: BusinessCalendar
    job_types: tuple[JobType, ...]
    lead_business_days: int = 2
    send_at: time = time(10)
