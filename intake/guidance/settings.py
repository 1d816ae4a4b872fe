"""Reading the ``[guidance]`` config table.

Input: the decoded table (``Config.extra["guidance"]``), the already
validated ``ScheduleSettings`` (for defaults and business hours) and the
config file's path for messages.
Output: a frozen :class:`GuidanceSettings`, or a ``ConfigError`` naming the
file and the exact key. Shape::

    [guidance]
    auto_send = false          # infeasible dates: mail the client without the AE's confirmation
    lead_business_days = 2     # default: [schedule.reminders].lead_business_days
    send_at = "10:00"          # default: [schedule.reminders].send_at (client's wall clock)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from intake.errors import ConfigError
from intake.scheduling import ScheduleSettings
from intake.scheduling.settings import parse_local_time

KEYS = frozenset({"auto_send", "lead_business_days", "send_at"})


@dataclass(frozen=True, slots=True)
class GuidanceSettings:
    """How guidance mail and reminders behave.

    ``auto_send`` only concerns the infeasible-date explanation: a feasible
    schedule is always sent, because it only repeats what the client asked for.
    """

    auto_send: bool = False
    lead_business_days: int = 2
    send_at: time = time(10)


def guidance_from_config(
    table: Mapping[str, Any] | None,
    schedule: ScheduleSettings,
    *,
    path: str | None = None,
) -> GuidanceSettings:
    """Validate ``[guidance]``; missing keys fall back to ``[schedule.reminders]``."""

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(message, path=path, key=f"guidance.{key}" if key else "guidance")

    if table is None:
        table = {}
    if not isinstance(table, Mapping):
        raise fail("", "expected a table")
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key (expected one of {sorted(KEYS)})")

    auto_send = table.get("auto_send", False)
    if not isinstance(auto_send, bool):
        raise fail("auto_send", f"expected true or false, got {auto_send!r}")

    lead = table.get("lead_business_days", schedule.lead_business_days)
    if isinstance(lead, bool) or not isinstance(lead, int):
        raise fail("lead_business_days", f"expected an integer, got {lead!r}")
    if lead < 0:
        raise fail("lead_business_days", f"must not be negative, got {lead}")

    raw_send_at = table.get("send_at", schedule.send_at)
    send_at = parse_local_time(raw_send_at)
    if send_at is None:
        raise fail("send_at", f'expected a local time such as "10:00", got {raw_send_at!r}')
    opens, closes = schedule.calendar.hours
    if not opens <= send_at < closes:
        raise fail("send_at", f"{send_at:%H:%M} is outside business hours "
                              f"{opens:%H:%M}-{closes:%H:%M}")
    return GuidanceSettings(auto_send=auto_send, lead_business_days=lead, send_at=send_at)

