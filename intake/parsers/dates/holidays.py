"""Days named by a holiday: "the Monday after New Year's", "the Friday before Christmas".

Input: a holiday's name as a client writes it, and a year. Output: its date that year.
Only days a client in the agency's markets names to fix a date are here; office closures
come from the ``holidays`` package (:mod:`intake.scheduling`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from intake.parsers.dates.normalise import nth_weekday


def _nth(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """The ``n``-th ``weekday`` of ``month`` (``n`` = -1: the last), year by year."""
    return lambda year: nth_weekday(year, month, weekday, n)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _after(days: int, holiday: Callable[[int], date]) -> Callable[[int], date]:
    return lambda year: holiday(year) + timedelta(days=days)


#: Holidays by name, as a client writes them: (month, day) for a fixed one, (month, weekday,
#: n) for the n-th weekday of its month (n = -1: the last). Read both for "the Friday before
#: Christmas" (:data:`HOLIDAYS`) and for "before Christmas" alone (``dates.patterns``).
HOLIDAY_DAYS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(("new year's eve", "new years eve", "new year eve"), (12, 31)),
    **dict.fromkeys(("new year's", "new years", "new year", "new year's day", "new years day",
                     "new year day"), (1, 1)),
    **dict.fromkeys(("christmas eve", "xmas eve"), (12, 24)),
    **dict.fromkeys(("christmas", "christmas day", "xmas"), (12, 25)),
    "boxing day": (12, 26),
    "thanksgiving": (11, 3, 4),
    "labor day": (9, 0, 1), "labour day": (9, 0, 1), "memorial day": (5, 0, -1),
    **dict.fromkeys(("independence day", "the fourth of july", "the 4th of july"), (7, 4)),
    "halloween": (10, 31),
    **dict.fromkeys(("valentine's day", "valentines day", "valentine's", "valentines",
                     "valentine day"), (2, 14)),
}
_THANKSGIVING = _nth(11, 3, 4)
HOLIDAYS: dict[str, Callable[[int], date]] = {
    **{name: _fixed(*day) if len(day) == 2 else _nth(*day)
       for name, day in HOLIDAY_DAYS.items()},
    "black friday": _after(1, _THANKSGIVING), "cyber monday": _after(4, _THANKSGIVING),
}
_NAMES = "|".join(re.escape(n) for n in sorted(HOLIDAYS, key=len, reverse=True))
#: "after New Year's", "before Christmas" right after a weekday ("the Monday ...").
AROUND = re.compile(rf"\s*(?P<side>after|before)\s+(?P<name>{_NAMES})(?![\w])",
                    re.IGNORECASE)


def weekday_around(weekday: int, side: str, name: str, today: date) -> date | None:
    """The ``weekday`` just ``side`` ("after"/"before") holiday ``name``: the first such day
    on or after ``today`` (this year's holiday, else next year's)."""
    holiday = HOLIDAYS.get(name.lower().replace("\u2019", "'"))
    if holiday is None:
        return None
    for year in (today.year, today.year + 1):
        day = holiday(year)
        if side == "after":
            found = day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
        else:
            found = day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
        if found >= today:
            return found
        if today - found <= _JUST_PAST:
            return None  # "the Tuesday after Thanksgiving" written the week after: that one
    return None


_JUST_PAST = timedelta(days=60)
