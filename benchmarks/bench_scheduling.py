"""Prints how long the scheduling functions take, per call, on this machine.

Input: nothing (a US-CA calendar and a four-milestone print-ad job built here).
Output: one line per operation with microseconds per call. Run with
``.venv/bin/python benchmarks/bench_scheduling.py``.
"""

from __future__ import annotations

import timeit
from datetime import UTC, date, datetime

from intake.scheduling import (
    BusinessCalendar,
    JobType,
    Milestone,
    match_job_type,
    milestones_ics,
    plan_reminders,
    plan_schedule,
)

JOB = JobType(
    "print ad",
    ("print ad", "magazine ad"),
    (
        Milestone("brief", 2, "client"),
        Milestone("first round", 5, "agency"),
        Milestone("client approval", 2, "client"),
        Milestone("files to publication", 3, "agency"),
    ),
)
OTHERS = tuple(
    JobType(f"job {i}", (f"keyword {i}", f"other {i}"), (Milestone("m", 1),)) for i in range(20)
)


def report(label: str, stmt, number: int) -> None:
    seconds = min(timeit.repeat(stmt, number=number, repeat=3)) / number
    print(f"{label:<58} {seconds * 1e6:10.1f} us/call")


def main() -> None:
    report(
        "BusinessCalendar(US, CA) construction",
        lambda: BusinessCalendar("US", "CA", frozenset()),
        200,
    )
    calendar = BusinessCalendar("US", "CA", frozenset())
    calendar.is_business_day(date(2026, 1, 2))  # warm the holiday cache
    today, due = date(2026, 11, 16), date(2026, 12, 4)
    now = datetime(2026, 11, 16, 15, tzinfo=UTC)
    plan = plan_schedule(JOB, due, today=today, calendar=calendar)
    text = "Subject: new magazine ad for spring\n\nHi, can you quote a print ad? " * 20

    report("is_business_day", lambda: calendar.is_business_day(date(2026, 11, 27)), 20000)
    report("add_business_days(+20)", lambda: calendar.add_business_days(today, 20), 2000)
    report(
        "business_days_between (one year)",
        lambda: calendar.business_days_between(date(2026, 1, 1), date(2027, 1, 1)),
        200,
    )
    report(
        "business_hours_between (10 days, America/New_York)",
        lambda: calendar.business_hours_between(
            now, datetime(2026, 11, 26, 15, tzinfo=UTC), "America/New_York"
        ),
        2000,
    )
    report(
        "next_business_moment (Friday evening)",
        lambda: calendar.next_business_moment(
            datetime(2026, 11, 20, 23, tzinfo=UTC), "America/New_York"
        ),
        5000,
    )
    report(
        "match_job_type (21 job types, 1.4 kB text)",
        lambda: match_job_type(text, (*OTHERS, JOB)),
        2000,
    )
    report(
        "plan_schedule (4 milestones)",
        lambda: plan_schedule(JOB, due, today=today, calendar=calendar),
        2000,
    )
    report(
        "plan_reminders (2 client milestones)",
        lambda: plan_reminders(plan, now=now, client_tz="America/New_York"),
        2000,
    )
    report(
        "milestones_ics (2 events)",
        lambda: milestones_ics(
            plan, summary_prefix="Acme", uid_domain="agency.example", client_tz="America/New_York"
        ),
        500,
    )


if __name__ == "__main__":
    main()
