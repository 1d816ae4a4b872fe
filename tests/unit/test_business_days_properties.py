"""Properties of the business calendar and plans that must hold for any date, count and zone.

Hypothesis draws dates across 2020-2031 (so year boundaries, observed
holidays and both DST changes of every zone below are met), counts of
business days in both directions, and instants in zones with unusual DST
rules (southern hemisphere, a 30-minute change, a 45-minute offset, none).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.scheduling import (
    BusinessCalendar,
    JobType,
    Milestone,
    plan_reminders,
    plan_schedule,
    replan,
)

CALENDARS = (
    BusinessCalendar("US", None, frozenset()),
    BusinessCalendar("US", "CA", frozenset({date(2026, 12, 28), date(2026, 12, 29)})),
    BusinessCalendar("FR", None, frozenset()),
    BusinessCalendar("GB", "SCT", frozenset()),
    # Sunday-to-Thursday week and long days, to keep the rules from leaning on Mon-Fri 9-17.
    BusinessCalendar(
        "IL", None, frozenset(), workdays=frozenset({6, 0, 1, 2, 3}), hours=(time(7), time(19))
    ),
)
ZONES = (
    "America/New_York",
    "Europe/Paris",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "UTC",
)

calendars = st.sampled_from(CALENDARS)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2031, 12, 31))
counts = st.integers(min_value=-400, max_value=400)
zones = st.sampled_from(ZONES)
instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2031, 12, 31), timezones=st.just(UTC)
)
spans = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40))

_HOUR = timedelta(hours=1)
FAST = settings(max_examples=150, deadline=None)


def _window_hours(calendar: BusinessCalendar) -> timedelta:
    start, end = calendar.hours
    return datetime.combine(date.min, end) - datetime.combine(date.min, start)


@FAST
@given(calendars, days, counts)
def test_add_then_subtract_returns_to_the_same_business_day(
    calendar: BusinessCalendar, day: date, n: int
) -> None:
    there = calendar.add_business_days(day, n)
    back = calendar.subtract_business_days(there, n)
    assert back == calendar.roll_forward(day)
    if calendar.is_business_day(day):
        assert back == day


@FAST
@given(calendars, days, counts)
def test_results_are_business_days(calendar: BusinessCalendar, day: date, n: int) -> None:
    assert calendar.is_business_day(calendar.add_business_days(day, n))
    assert calendar.is_business_day(calendar.roll_back(day))


@FAST
@given(calendars, days, st.integers(min_value=1, max_value=400))
def test_adding_moves_strictly_in_its_direction(
    calendar: BusinessCalendar, day: date, n: int
) -> None:
    assert calendar.add_business_days(day, n) > day
    assert calendar.add_business_days(day, -n) < day


@FAST
@given(calendars, days, counts)
def test_business_days_between_agrees_with_add(
    calendar: BusinessCalendar, day: date, n: int
) -> None:
    assert calendar.business_days_between(day, calendar.add_business_days(day, n)) == n


@FAST
@given(calendars, days, days)
def test_business_days_between_is_antisymmetric_and_bounded(
    calendar: BusinessCalendar, a: date, b: date
) -> None:
    forward = calendar.business_days_between(a, b)
    assert calendar.business_days_between(b, a) == -forward
    assert abs(forward) <= abs((b - a).days)


@FAST
@given(calendars, zones, instants, spans, spans)
def test_business_time_is_bounded_and_additive(
    calendar: BusinessCalendar, tz: str, start: datetime, first: timedelta, second: timedelta
) -> None:
    middle, end = start + first, start + first + second
    whole = calendar.business_time_between(start, end, tz)
    part_one = calendar.business_time_between(start, middle, tz)
    part_two = calendar.business_time_between(middle, end, tz)
    assert whole == part_one + part_two
    local_days = (
        end.astimezone(ZoneInfo(tz)).date() - start.astimezone(ZoneInfo(tz)).date()
    ).days + 1
    # Allow an hour a day for a DST change inside a window (none at these hours, but the
    # bound should not depend on that).
    assert timedelta(0) <= whole <= min(end - start, (_window_hours(calendar) + _HOUR) * local_days)
    assert calendar.business_time_between(end, start, tz) == -whole
    hours = calendar.business_hours_between(start, end, tz)
    assert abs(hours - whole / _HOUR) < 1e-9


@FAST
@given(calendars, zones, instants)
def test_next_business_moment_is_the_first_business_instant(
    calendar: BusinessCalendar, tz: str, moment: datetime
) -> None:
    found = calendar.next_business_moment(moment, tz)
    assert found >= moment
    assert calendar.business_time_between(moment, found, tz) == timedelta(0)
    window = calendar.business_window(found.astimezone(ZoneInfo(tz)).date(), ZoneInfo(tz))
    assert window is not None and window[0] <= found < window[1]
    # The next minute is business time, up to the window's close (found may be 18:59:00.000001).
    step = timedelta(minutes=1)
    assert calendar.business_time_between(found, found + step, tz) == min(step, window[1] - found)
    assert calendar.is_business_day(found.astimezone(ZoneInfo(tz)).date())


job_types = st.builds(
    lambda spec: JobType(
        "job",
        (),
        tuple(Milestone(f"m{i}", days, owner) for i, (days, owner) in enumerate(spec)),
    ),
    st.lists(
        st.tuples(st.integers(0, 15), st.sampled_from(("agency", "client"))),
        min_size=1,
        max_size=5,
    ),
)


@FAST
@given(calendars, job_types, days, days)
def test_a_plan_is_feasible_exactly_up_to_its_earliest_due_date(
    calendar: BusinessCalendar, job: JobType, today: date, due: date
) -> None:
    plan = plan_schedule(job, due, today=today, calendar=calendar)
    assert plan.feasible == (plan.earliest_due <= due)
    assert plan.feasible == (plan.slack_business_days >= 0)
    dates = [m.date for m in plan.milestones]
    assert dates == sorted(dates)
    assert dates[-1] <= due
    assert all(calendar.is_business_day(d) for d in dates)
    assert calendar.business_days_between(plan.start, dates[-1]) == plan.total_business_days
    earliest = plan_schedule(job, plan.earliest_due, today=today, calendar=calendar)
    assert earliest.feasible
    assert earliest.milestones == plan.earliest_milestones
    too_late = plan_schedule(
        job, plan.earliest_due - timedelta(days=1), today=today, calendar=calendar
    )
    assert not too_late.feasible


@FAST
@given(calendars, job_types, days, days, zones, st.integers(0, 5), st.integers(0, 23))
def test_reminders_come_before_their_milestone_inside_client_business_hours(
    calendar: BusinessCalendar,
    job: JobType,
    today: date,
    due: date,
    tz: str,
    lead: int,
    hour: int,
) -> None:
    plan = plan_schedule(job, due, today=today, calendar=calendar)
    now = datetime.combine(today, time(hour), tzinfo=UTC)
    send_at = calendar.hours[0]
    reminders = plan_reminders(
        plan, now=now, client_tz=tz, lead_business_days=lead, send_at=send_at
    )
    client = {m.name: m.date for m in plan.client_milestones}
    for reminder in reminders:
        assert reminder.send_at > now
        local = reminder.send_at.astimezone(ZoneInfo(tz))
        assert calendar.is_business_day(local.date())
        assert calendar.business_days_between(local.date(), client[reminder.milestone]) == lead
        assert calendar.next_business_moment(reminder.send_at, tz) == reminder.send_at
    keys = [r.key for r in reminders]
    assert len(set(keys)) == len(keys)
    assert replan(keys, reminders) == (tuple(keys), (), ())
    assert replan(keys, ()) == ((), tuple(keys), ())
