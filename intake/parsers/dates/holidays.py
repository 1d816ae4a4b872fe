"""Days named by a holiday: "the Monday after New Year's", "the Friday before Christmas",
"by Mother's Day", "before Easter".

Input: a holiday's name as a client writes it, and a year. Output: its date that year.
The days a client names are the ``holidays`` package's for the agency's markets (the United
States with its unofficial days such as Mother's Day, Canada, the United Kingdom; office
closures come from the same package in :mod:`intake.scheduling`), the retail days around
Thanksgiving, and the spellings clients use for them (:data:`SPELLINGS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from intake.parsers.dates.days import ROLLOVER_GRACE, nth_weekday


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


# -- any holiday named as a day: "by Mother's Day", "before Easter", "for Black Friday" ------

#: The calendars whose holidays a client may name: (country, categories), first one wins.
_CALENDARS = (("US", ("public", "unofficial")), ("CA", ("public", "government")),
              ("GB", ("public",)))
#: A client's spelling (as :func:`holiday_key` reads it) -> the calendar's name for the day.
SPELLINGS = {
    "easter": "easter sunday", "juneteenth": "juneteenth national independence day",
    "presidents day": "washingtons birthday", "president day": "washingtons birthday",
    "mlk day": "martin luther king jr day", "martin luther king day": "martin luther king jr day",
    "st paddys day": "st patricks day", "st pattys day": "st patricks day",
    "fourth of july": "independence day", "4th of july": "independence day",
    "thanksgiving": "thanksgiving day", "veteran day": "veterans day",
}
#: Retail days no calendar holds, as days after Thanksgiving.
_AFTER_THANKSGIVING = {"black friday": 1, "small business saturday": 2, "cyber monday": 4,
                       "giving tuesday": 5}
_KEY_DROPS = str.maketrans({"'": None, "\u2019": None, ".": None})


def holiday_key(name: str) -> str:
    """A holiday's name as one key: lower case, no apostrophes or full stops, "saint" as
    "st" ("St. Patrick's Day", "Saint Patrick's Day" -> "st patricks day")."""
    key = " ".join(name.lower().translate(_KEY_DROPS).split())
    key = key.removeprefix("the ")
    if key.startswith("saint "):
        key = "st " + key[6:]
    return SPELLINGS.get(key, key)


#: Time zones whose writers mean Canada's holidays ("Thanksgiving" is the second Monday of
#: October in Toronto) or the United Kingdom's.
_ZONE_COUNTRIES = {
    **dict.fromkeys(("America/Toronto", "America/Montreal", "America/Vancouver",
                     "America/Edmonton", "America/Winnipeg", "America/Halifax", "America/Regina",
                     "America/St_Johns", "America/Moncton", "America/Whitehorse",
                     "America/Yellowknife", "America/Iqaluit", "Canada/Eastern",
                     "Canada/Pacific", "Canada/Central", "Canada/Mountain", "Canada/Atlantic"),
                    "CA"),
    **dict.fromkeys(("Europe/London", "Europe/Belfast", "GB"), "GB"),
}


def zone_country(timezone: str) -> str:
    """The country whose holidays a writer in ``timezone`` names first ("US" by default)."""
    return _ZONE_COUNTRIES.get(timezone, "US")


@lru_cache(maxsize=8)
def _named_days(year: int, first: str = "US") -> dict[str, date]:
    """Every holiday of :data:`_CALENDARS` in ``year`` by :func:`holiday_key`, the ``first``
    country's before the others' (the retail days after Thanksgiving stay the US ones)."""
    import holidays as calendars  # here: its calendars cost a process 8 MB, and most mail
    # names no holiday (a worker of the pool that never reads one never pays)

    days: dict[str, date] = {}
    ordered = sorted(_CALENDARS, key=lambda calendar: calendar[0] != first)
    for country, categories in ordered:
        found = calendars.country_holidays(country, years=year, categories=categories)
        for day, names in sorted(found.items()):
            for name in names.split("; "):
                if "(observed)" not in name:
                    days.setdefault(holiday_key(name), day)
    thanksgiving = days.get("thanksgiving day") if first == "US" else \
        _named_days(year).get("thanksgiving day")
    if thanksgiving is not None:
        for name, after in _AFTER_THANKSGIVING.items():
            days[name] = thanksgiving + timedelta(days=after)
    return days


def named_holiday(name: str, today: date, country: str = "US") -> date | None:
    """The coming day of holiday ``name`` seen from ``today`` (``country``'s calendar first):
    this year's, or next year's when this year's lies more than ``ROLLOVER_GRACE`` days back;
    None for a name no calendar holds."""
    key = holiday_key(name)
    for year in (today.year, today.year + 1):
        day = _named_days(year, country).get(key)
        if day is None:
            return None
        if (today - day).days <= ROLLOVER_GRACE:
            return day
    return None


def is_named_holiday(name: str) -> bool:
    """Whether some calendar holds holiday ``name`` (checked in a year every one of them
    falls in)."""
    return holiday_key(name) in _named_days(2027)
