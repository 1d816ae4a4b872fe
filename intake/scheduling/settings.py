"""Reading the ``[schedule]`` and ``[[job_types]]`` config tables into scheduling values.

Input: the decoded TOML tables (``Config.extra["schedule"]`` and
``Config.extra["job_types"]``), and the config file's path for messages.
Output: a frozen ``ScheduleSettings`` (calendar, job types, reminder lead and
send time), or a ``ConfigError`` naming the exact key. Shape::

    [schedule]
    workdays = ["mon", "tue", "wed", "thu", "fri"]   # default
    hours = ["09:00", "17:00"]                        # default

    [schedule.holidays]
    country = "US"                                    # required
    subdivision = "NY"                                # optional
    closures = [2026-12-28, 2026-12-29]               # TOML dates or "YYYY-MM-DD"

    [schedule.reminders]
    lead_business_days = 2                            # default
    send_at = "10:00"                                 # default, client's wall clock

    [[job_types]]
    name = "print ad"
    keywords = ["print ad", "magazine ad"]
    milestones = [
      { name = "brief", business_days = 2, owner = "client" },
      { name = "first round", business_days = 5, owner = "agency" },
    ]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from intake.errors import ConfigError
from intake.scheduling.business_days import MONDAY_TO_FRIDAY, NINE_TO_FIVE, BusinessCalendar
from intake.scheduling.jobs import JobType, Milestone

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class ScheduleSettings:
    """Everything issue 5 reads from config, validated."""

    calendar: BusinessCalendar
    job_types: tuple[JobType, ...]
    lead_business_days: int = 2
    send_at: time = time(10)


def parse_local_time(value: Any) -> time | None:
    """A wall-clock time from TOML (a time, or "HH:MM[:SS]"); None when it is not one."""
    if isinstance(value, time):
        return value if value.tzinfo is None else None
    if isinstance(value, str):
        try:
            parsed = time.fromisoformat(value.strip())
        except ValueError:
            return None
        return parsed if parsed.tzinfo is None else None
    return None


class _Tables:
    """Typed reads from decoded TOML with errors that name the file and the key."""

    def __init__(self, path: str | None):
        self.path = path

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(message, path=self.path, key=key)

    def rekey(self, exc: ConfigError, key: str) -> ConfigError:
        message = str(exc)
        prefix = f"{exc.key}: " if exc.key else ""
        if prefix and message.startswith(prefix):
            message = message[len(prefix) :]
        return ConfigError(message, path=self.path, key=key)

    def table(self, value: Any, key: str, allowed: set[str]) -> Mapping[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            raise self.fail(key, "expected a table")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(
                f"{key}.{unknown[0]}", f"unknown key (expected one of {sorted(allowed)})"
            )
        return value

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"expected a non-empty string, got {value!r}")
        return value.strip()

    def integer(self, value: Any, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected an integer, got {value!r}")
        return value

    def array(self, value: Any, key: str) -> Sequence[Any]:
        if not isinstance(value, list | tuple):
            raise self.fail(key, f"expected an array, got {value!r}")
        return value

    def clock_time(self, value: Any, key: str) -> time:
        parsed = parse_local_time(value)
        if parsed is None:
            raise self.fail(key, f'expected a local time such as "09:00", got {value!r}')
        return parsed

    def day(self, value: Any, key: str) -> date:
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.fail(key, f"expected a date such as 2026-12-28, got {value!r}")

    def weekday(self, value: Any, key: str) -> int:
        if isinstance(value, str) and value.strip()[:3].casefold() in WEEKDAYS:
            return WEEKDAYS.index(value.strip()[:3].casefold())
        raise self.fail(key, f'expected a weekday name such as "mon", got {value!r}')


def _calendar(reader: _Tables, schedule: Mapping[str, Any]) -> BusinessCalendar:
    holidays = reader.table(
        schedule.get("holidays"), "schedule.holidays", {"country", "subdivision", "closures"}
    )
    if "country" not in holidays:
        raise reader.fail("schedule.holidays.country", 'required (an ISO 3166 code such as "US")')
    country = reader.string(holidays["country"], "schedule.holidays.country")
    subdivision = holidays.get("subdivision")
    if subdivision is not None:
        subdivision = reader.string(subdivision, "schedule.holidays.subdivision")
    closures = frozenset(
        reader.day(item, f"schedule.holidays.closures[{i}]")
        for i, item in enumerate(
            reader.array(holidays.get("closures", []), "schedule.holidays.closures")
        )
    )
    workdays = MONDAY_TO_FRIDAY
    if "workdays" in schedule:
        workdays = frozenset(
            reader.weekday(item, f"schedule.workdays[{i}]")
            for i, item in enumerate(reader.array(schedule["workdays"], "schedule.workdays"))
        )
    hours = NINE_TO_FIVE
    if "hours" in schedule:
        pair = reader.array(schedule["hours"], "schedule.hours")
        if len(pair) != 2:
            raise reader.fail("schedule.hours", 'expected [start, end], e.g. ["09:00", "17:00"]')
        hours = (
            reader.clock_time(pair[0], "schedule.hours[0]"),
            reader.clock_time(pair[1], "schedule.hours[1]"),
        )
    try:
        return BusinessCalendar(country, subdivision, closures, workdays=workdays, hours=hours)
    except ConfigError as exc:
        raise reader.rekey(exc, exc.key or "schedule") from exc


def _milestone(reader: _Tables, raw: Any, key: str) -> Milestone:
    table = reader.table(raw, key, {"name", "business_days", "owner"})
    for required in ("name", "business_days"):
        if required not in table:
            raise reader.fail(f"{key}.{required}", "required")
    name = reader.string(table["name"], f"{key}.name")
    days = reader.integer(table["business_days"], f"{key}.business_days")
    owner = reader.string(table.get("owner", "agency"), f"{key}.owner")
    try:
        return Milestone(name, days, owner)  # type: ignore[arg-type]
    except ConfigError as exc:
        raise reader.rekey(exc, key) from exc


def _job_type(reader: _Tables, raw: Any, key: str) -> JobType:
    table = reader.table(raw, key, {"name", "keywords", "milestones"})
    if "name" not in table:
        raise reader.fail(f"{key}.name", "required")
    name = reader.string(table["name"], f"{key}.name")
    keywords = tuple(
        reader.string(item, f"{key}.keywords[{i}]")
        for i, item in enumerate(reader.array(table.get("keywords", []), f"{key}.keywords"))
    )
    milestones = tuple(
        _milestone(reader, item, f"{key}.milestones[{i}]")
        for i, item in enumerate(reader.array(table.get("milestones", []), f"{key}.milestones"))
    )
    try:
        return JobType(name, keywords, milestones)
    except ConfigError as exc:
        raise reader.rekey(exc, f"{key}.milestones") from exc


def schedule_from_config(
    schedule: Mapping[str, Any] | None,
    job_types: Sequence[Any] | None,
    *,
    path: str | None = None,
) -> ScheduleSettings:
    """Validate the ``[schedule]`` table and the ``[[job_types]]`` array."""
    reader = _Tables(path)
    table = reader.table(schedule, "schedule", {"holidays", "workdays", "hours", "reminders"})
    calendar = _calendar(reader, table)
    reminders = reader.table(
        table.get("reminders"), "schedule.reminders", {"lead_business_days", "send_at"}
    )
    lead = reader.integer(
        reminders.get("lead_business_days", 2), "schedule.reminders.lead_business_days"
    )
    if lead < 0:
        raise reader.fail("schedule.reminders.lead_business_days", "must not be negative")
    send_at = reader.clock_time(reminders.get("send_at", "10:00"), "schedule.reminders.send_at")
    opens, closes = calendar.hours
    if not opens <= send_at < closes:
        raise reader.fail(
            "schedule.reminders.send_at", f"{send_at} is outside business hours {opens}-{closes}"
        )
    jobs = tuple(
        _job_type(reader, item, f"job_types[{i}]")
        for i, item in enumerate(reader.array(job_types or [], "job_types"))
    )
    names = [job.name.casefold() for job in jobs]
    for i, name in enumerate(names):
        if names.index(name) != i:
            raise reader.fail(f"job_types[{i}].name", f"duplicate job type {jobs[i].name!r}")
    return ScheduleSettings(calendar, jobs, lead, send_at)
