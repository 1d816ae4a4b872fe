"""Calendar arithmetic the date modules share: a month's last day, its n-th weekday, and how
far back a yearless date may lie and still mean this year.

Input: a year, a month, a weekday. Output: a ``date``. Its own module so that both the
normaliser and the holiday calendar (which the normaliser reads) can use it.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

#: Days a yearless date may lie in the past and still mean this year (an overdue date).
ROLLOVER_GRACE = 7


def month_end(year: int, month: int) -> date:
    """The last day of ``month``."""
    return date(year, month, calendar.monthrange(year, month)[1])


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of the month; ``n`` = -1 is the last one."""
    if n < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
