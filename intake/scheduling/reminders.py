"""Reminder plans for the client's milestones, and re-planning them when the schedule moves.

Input: a ``SchedulePlan``, "now" (aware), the client's time zone and how far
ahead to remind.
Output: frozen ``Reminder`` values with UTC send times and stable keys, and
``replan`` telling which pending reminders to keep, cancel and add.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from intake.errors import ConfigError
from intake.scheduling.business_days import zone
from intake.scheduling.plan import SchedulePlan


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder to send the client before a milestone they own.

    ``key`` names the milestone, its date and the send instant, so the same
    plan always yields the same keys and any change to any of them yields a
    new key (the old reminder is cancelled, the new one added).
    """

    key: str
    milestone: str
    milestone_date: date
    send_at: datetime  # aware, UTC
    client_tz: str


def reminder_key(milestone: str, milestone_date: date, send_at: datetime) -> str:
    """``"<milestone>:<YYYY-MM-DD>@<YYYY-MM-DDTHH:MMZ>"`` (send instant in UTC)."""
    instant = send_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")
    return f"{milestone}:{milestone_date.isoformat()}@{instant}"


def plan_reminders(
    plan: SchedulePlan,
    *,
    now: datetime,
    client_tz: str,
    lead_business_days: int = 2,
    send_at: time = time(10),
) -> tuple[Reminder, ...]:
    """One reminder per client milestone, ``lead_business_days`` before it, still to come.

    Sent at ``send_at`` on the client's wall clock, on a business day of the
    plan's calendar. A reminder whose moment is not after ``now`` is left out:
    it is too late to remind, and it may already have been sent. An
    infeasible plan still gets reminders for the dates it shows; whether to
    send them is the caller's decision.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be an aware datetime, got {now!r}")
    if lead_business_days < 0:
        raise ConfigError(
            f"lead_business_days must not be negative, got {lead_business_days}",
            key="schedule.reminders.lead_business_days",
        )
    calendar = plan.calendar
    opens, closes = calendar.hours
    if send_at.tzinfo is not None or not opens <= send_at < closes:
        raise ConfigError(
            f"send_at {send_at} must be a naive time within business hours {opens}-{closes}",
            key="schedule.reminders.send_at",
        )
    tz = zone(client_tz)
    now = now.astimezone(UTC)
    reminders = []
    for milestone in plan.client_milestones:
        day = calendar.subtract_business_days(milestone.date, lead_business_days)
        moment = datetime.combine(day, send_at, tzinfo=tz).astimezone(UTC)
        if moment <= now:
            continue
        reminders.append(
            Reminder(
                key=reminder_key(milestone.name, milestone.date, moment),
                milestone=milestone.name,
                milestone_date=milestone.date,
                send_at=moment,
                client_tz=client_tz,
            )
        )
    return tuple(reminders)


def replan(
    old_keys: Iterable[str], new: Iterable[Reminder]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Reminder, ...]]:
    """Compare pending reminders with a fresh plan: ``(keep, cancel, add)``.

    ``old_keys`` are the keys of reminders not yet sent. ``keep`` and ``add``
    follow the order of ``new``; ``cancel`` the order of ``old_keys``. A project
    put on hold passes ``new=()``: every pending reminder is cancelled.
    """
    old = list(dict.fromkeys(old_keys))
    fresh = list({r.key: r for r in new}.values())
    old_set = set(old)
    fresh_keys = {r.key for r in fresh}
    keep = tuple(r.key for r in fresh if r.key in old_set)
    cancel = tuple(k for k in old if k not in fresh_keys)
    add = tuple(r for r in fresh if r.key not in old_set)
    return keep, cancel, add
