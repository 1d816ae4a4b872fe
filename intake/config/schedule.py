"""The ``[schedule]`` table and the ``[[job_types]]`` array, read into scheduling values.

Input: the decoded tables and a :class:`TableReader`. Output: a frozen
:class:`~intake.scheduling.settings.ScheduleSettings` (calendar, job types,
reminder lead and send time), or a ``ConfigError`` naming the exact key. Shape::

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
from pathlib import Path
from typing import Any

from intake.config.reader import TableReader
from intake.errors import ConfigError
from intake.scheduling.business_days import MONDAY_TO_FRIDAY, NINE_TO_FIVE, BusinessCalendar
from intake.scheduling.jobs import JobType, Milestone
from intake.scheduling.settings import ScheduleSettings

SCHEDULE_KEYS = {"holidays", "workdays", "hours", "reminders"}


def read_schedule(reader: TableReader, data: Mapping[str, Any]) -> ScheduleSettings | None:
    """``[schedule]`` and ``[[job_types]]`` of a config document; None without ``[schedule]``
    (no calendar: guidance is off, the report counts plain weekdays)."""
    if data.get("schedule") is None:
        if data.get("job_types"):
            reader.fail("job_types", "job types need a [schedule] table (its holidays and hours)")
        return None
    table = reader.section(data, "schedule", SCHEDULE_KEYS)
    calendar = _calendar(reader, table)
    reminders = reader.section(table, "reminders", {"lead_business_days", "send_at"},
                               where="schedule.reminders")
    lead = reader.integer(reminders.get("lead_business_days", 2),
                          "schedule.reminders.lead_business_days")
    if lead < 0:
        reader.fail("schedule.reminders.lead_business_days", "must not be negative")
    send_at = reader.clock_time(reminders.get("send_at", "10:00"), "schedule.reminders.send_at")
    opens, closes = calendar.hours
    if not opens <= send_at < closes:
        reader.fail("schedule.reminders.send_at",
                    f"{send_at} is outside business hours {opens}-{closes}")
    jobs = tuple(_job_type(reader, item, f"job_types[{i}]")
                 for i, item in enumerate(reader.array(data, "job_types", "job_types")))
    names = [job.name.casefold() for job in jobs]
    for i, name in enumerate(names):
        if names.index(name) != i:
            reader.fail(f"job_types[{i}].name", f"duplicate job type {jobs[i].name!r}")
    return ScheduleSettings(calendar, jobs, lead, send_at)


def schedule_from_config(schedule: Mapping[str, Any] | None, job_types: Sequence[Any] | None,
                         *, path: str | None = None) -> ScheduleSettings:
    """Validate a ``[schedule]`` table and a ``[[job_types]]`` array on their own."""
    reader = TableReader(path or "<config>", Path.cwd())
    settings = read_schedule(reader, {"schedule": schedule or {}, "job_types": job_types or []})
    assert settings is not None
    return settings


def _calendar(reader: TableReader, schedule: Mapping[str, Any]) -> BusinessCalendar:
    holidays = reader.section(schedule, "holidays", {"country", "subdivision", "closures"},
                              where="schedule.holidays")
    if "country" not in holidays:
        reader.fail("schedule.holidays.country", 'required (an ISO 3166 code such as "US")')
    country = reader.text(holidays["country"], "schedule.holidays.country")
    subdivision = holidays.get("subdivision")
    if subdivision is not None:
        subdivision = reader.text(subdivision, "schedule.holidays.subdivision")
    closures = frozenset(
        reader.day(item, f"schedule.holidays.closures[{i}]")
        for i, item in enumerate(reader.array(holidays, "schedule.holidays.closures", "closures"))
    )
    workdays = MONDAY_TO_FRIDAY
    if "workdays" in schedule:
        workdays = frozenset(
            reader.weekday(item, f"schedule.workdays[{i}]")
            for i, item in enumerate(reader.array(schedule, "schedule.workdays", "workdays"))
        )
    hours = NINE_TO_FIVE
    if "hours" in schedule:
        pair = reader.array(schedule, "schedule.hours", "hours")
        if len(pair) != 2:
            reader.fail("schedule.hours", 'expected [start, end], e.g. ["09:00", "17:00"]')
        hours = (reader.clock_time(pair[0], "schedule.hours[0]"),
                 reader.clock_time(pair[1], "schedule.hours[1]"))
    try:
        return BusinessCalendar(country, subdivision, closures, workdays=workdays, hours=hours)
    except ConfigError as exc:
        raise reader.rekey(exc, exc.key or "schedule") from exc


def _milestone(reader: TableReader, raw: Any, where: str) -> Milestone:
    table = reader.section({"m": raw}, "m", {"name", "business_days", "owner"}, where=where,
                           required=True)
    for required in ("name", "business_days"):
        if required not in table:
            reader.fail(f"{where}.{required}", "required")
    name = reader.text(table["name"], f"{where}.name")
    days = reader.integer(table["business_days"], f"{where}.business_days")
    owner = reader.text(table.get("owner", "agency"), f"{where}.owner")
    try:
        return Milestone(name, days, owner)  # type: ignore[arg-type]
    except ConfigError as exc:
        raise reader.rekey(exc, where) from exc


def _job_type(reader: TableReader, raw: Any, where: str) -> JobType:
    table = reader.section({"j": raw}, "j", {"name", "keywords", "milestones"}, where=where,
                           required=True)
    if "name" not in table:
        reader.fail(f"{where}.name", "required")
    name = reader.text(table["name"], f"{where}.name")
    keywords = tuple(reader.text(item, f"{where}.keywords[{i}]")
                     for i, item in enumerate(reader.array(table, f"{where}.keywords",
                                                           "keywords")))
    milestones = tuple(_milestone(reader, item, f"{where}.milestones[{i}]")
                       for i, item in enumerate(reader.array(table, f"{where}.milestones",
                                                             "milestones")))
    try:
        return JobType(name, keywords, milestones)
    except ConfigError as exc:
        raise reader.rekey(exc, f"{where}.milestones") from exc
