"""The agency's business calendar: which days are worked and which instants are business hours.

Input: a country and subdivision for public holidays (the ``holidays``
package), extra closure dates, the weekdays worked and the daily hours.
Output: answers about dates (is it a business day, n business days later,
how many in between) and about instants in a given time zone (business time
elapsed, the next instant inside business hours). Pure: no I/O, no clock.

Conventions, chosen so that adding and counting agree (numpy's ``busday``
rules):

- ``add_business_days(d, n)`` first rolls a non-business ``d`` forward to
  the next business day, then steps ``n`` business days (back when ``n`` is
  negative). So ``n=0`` on a Saturday gives Monday, ``+1`` gives Tuesday and
  ``-1`` gives Friday.
- ``business_days_between(a, b)`` counts business days in ``[a, b)``, and is
  negative (``-count([b, a))``) when ``b`` is before ``a``. Then, for every
  ``a`` and ``n``, ``business_days_between(a, add_business_days(a, n)) == n``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from intake.errors import ConfigError

MONDAY_TO_FRIDAY = frozenset(range(5))
NINE_TO_FIVE = (time(9), time(17))
_DAY = timedelta(days=1)


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; an unknown name is a configuration mistake."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {name!r}", key="schedule.time_zone") from exc


def _require_aware(value: datetime, what: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, got {value!r}")


@dataclass(frozen=True)
class BusinessCalendar:
    """Business days and hours of one agency.

    ``workdays`` holds ``date.weekday()`` numbers (Monday is 0). ``hours`` is
    the half-open local window ``[start, end)`` worked on each business day.
    Holiday years are fetched from the ``holidays`` package on first use and
    cached, so one calendar serves any range of dates.
    """

    country: str
    subdivision: str | None = None
    closures: frozenset[date] = frozenset()
    workdays: frozenset[int] = MONDAY_TO_FRIDAY
    hours: tuple[time, time] = NINE_TO_FIVE
    _years: dict[int, frozenset[date]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        country = self.country.strip().upper()
        supported = holidays.list_supported_countries()
        if country not in supported:
            raise ConfigError(
                f"no public holidays known for country {self.country!r}",
                key="schedule.holidays.country",
            )
        subdivision = self.subdivision.strip() if self.subdivision else None
        if subdivision:
            # Repair the case ("ca" -> "CA") before rejecting; aliases go to the library.
            by_fold = {code.casefold(): code for code in supported[country]}
            subdivision = by_fold.get(subdivision.casefold(), subdivision)
            try:
                holidays.country_holidays(country, subdiv=subdivision, years=())
            except NotImplementedError as exc:
                raise ConfigError(
                    f"country {country} has no subdivision {self.subdivision!r}",
                    key="schedule.holidays.country",
                ) from exc
        workdays = frozenset(self.workdays)
        if not workdays or not workdays <= frozenset(range(7)):
            raise ConfigError(
                f"workdays must be weekday numbers 0-6, got {sorted(workdays)}",
                key="schedule.workdays",
            )
        start, end = self.hours
        if not start < end or start.tzinfo is not None or end.tzinfo is not None:
            raise ConfigError(
                f"business hours must be naive local times with start < end, got {self.hours}",
                key="schedule.hours",
            )
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "subdivision", subdivision or None)
        object.__setattr__(self, "closures", frozenset(self.closures))
        object.__setattr__(self, "workdays", workdays)
        object.__setattr__(self, "hours", (start, end))

    # -- days -------------------------------------------------------------

    def _holidays_of(self, year: int) -> frozenset[date]:
        cached = self._years.get(year)
        if cached is None:
            found = holidays.country_holidays(self.country, subdiv=self.subdivision, years=year)
            cached = frozenset(found)
            self._years[year] = cached
        return cached

    def is_holiday(self, day: date) -> bool:
        """True on a public holiday or an extra closure (weekends aside)."""
        if day in self.closures:
            return True
        # An observed day can be listed under the neighbouring year (1 Jan on a
        # Saturday is observed on 31 Dec), so look at both neighbours.
        return any(
            day in self._holidays_of(year)
            for year in (day.year, day.year - 1, day.year + 1)
            if date.min.year <= year <= date.max.year
        )

    def is_business_day(self, day: date) -> bool:
        """A worked weekday that is neither a public holiday nor a closure."""
        return day.weekday() in self.workdays and not self.is_holiday(day)

    def roll_forward(self, day: date) -> date:
        """``day`` itself if it is a business day, else the next business day."""
        while not self.is_business_day(day):
            day += _DAY
        return day

    def roll_back(self, day: date) -> date:
        """``day`` itself if it is a business day, else the previous business day."""
        while not self.is_business_day(day):
            day -= _DAY
        return day

    def add_business_days(self, day: date, n: int) -> date:
        """Roll ``day`` forward to a business day, then step ``n`` business days.

        ``n`` may be negative. ``n=0`` on a non-business day gives the next
        business day: a deadline never lands on a closed day.
        """
        day = self.roll_forward(day)
        step = _DAY if n >= 0 else -_DAY
        for _ in range(abs(n)):
            day += step
            while not self.is_business_day(day):
                day += step
        return day

    def subtract_business_days(self, day: date, n: int) -> date:
        """``add_business_days(day, -n)``: Saturday minus one is Friday."""
        return self.add_business_days(day, -n)

    def business_days_between(self, start: date, end: date) -> int:
        """Business days in ``[start, end)``; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.business_days_between(end, start)
        count = 0
        day = start
        while day < end:
            count += self.is_business_day(day)
            day += _DAY
        return count

    # -- instants ---------------------------------------------------------

    def business_window(self, day: date, tz: str | ZoneInfo) -> tuple[datetime, datetime] | None:
        """The UTC instants where business hours of local ``day`` in ``tz`` begin and end.

        ``None`` on a non-business day. Computed from the local wall clock, so a
        window that spans a DST change is an hour longer or shorter.
        """
        if not self.is_business_day(day):
            return None
        z = zone(tz) if isinstance(tz, str) else tz
        start, end = self.hours
        return (
            datetime.combine(day, start, tzinfo=z).astimezone(UTC),
            datetime.combine(day, end, tzinfo=z).astimezone(UTC),
        )

    def business_time_between(self, start: datetime, end: datetime, tz: str) -> timedelta:
        """Time inside business hours (of business days, in zone ``tz``) between two instants.

        Exact and additive: ``f(a, c) == f(a, b) + f(b, c)``; negative when
        ``end`` is before ``start``. All arithmetic is in UTC, because Python
        subtracts two datetimes sharing a tzinfo by wall clock, ignoring DST.
        """
        _require_aware(start, "start")
        _require_aware(end, "end")
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        if end < start:
            return -self.business_time_between(end, start, tz)
        z = zone(tz)
        total = timedelta(0)
        day = start.astimezone(z).date()
        last = end.astimezone(z).date()
        while day <= last:
            window = self.business_window(day, z)
            if window is not None:
                low, high = max(start, window[0]), min(end, window[1])
                if high > low:
                    total += high - low
            day += _DAY
        return total

    def business_hours_between(self, start: datetime, end: datetime, tz: str) -> float:
        """``business_time_between`` in hours, e.g. the age of an unanswered mail."""
        return self.business_time_between(start, end, tz) / timedelta(hours=1)

    def next_business_moment(self, moment: datetime, tz: str) -> datetime:
        """The first instant at or after ``moment`` inside business hours in ``tz`` (UTC)."""
        _require_aware(moment, "moment")
        z = zone(tz)
        moment = moment.astimezone(UTC)
        day = moment.astimezone(z).date()
        while True:
            window = self.business_window(day, z)
            if window is not None and moment < window[1]:
                return max(moment, window[0])
            day += _DAY
