"""Turn a recognised date shape into a calendar date: pure functions, no spaCy.

Input: a ``Shape`` (what the words said: month and day, a weekday, "in three
weeks", ...) and a ``Reference`` (the day the message was sent, in the
sender's time zone, and whether ambiguous numbers are day-first).
Output: a ``datetime.date``, or ``None`` when the words name no real day
("February 30", "13/13").

Choices, so every caller gets the same answer:
- A month and day without a year that lies more than ``ROLLOVER_GRACE`` days
  before the sent date means next year ("Feb 2" written in December).
- "03/07" is month-first (March 7) unless the first number is over 12, the
  form is dotted ("14.02.2027"), or ``day_first`` is set for the sender.
- An ordinal alone ("the 20th") is the next 20th on or after the sent date.
- A weekday alone is the next such day strictly after the sent date ("by
  Monday" written on a Monday is a week later); "this Friday" is the coming
  Friday (today when sent on a Friday); "next Friday" is the Friday of next
  week (weeks start on Monday).
- "next week" is the Monday of next week: the earliest day it can mean, so a
  reminder is never late. "end of the week" is Friday of the sent week (the
  next Friday when sent at a weekend).
- "within N working/business days" counts Monday to Friday only, starting the
  day after the sent date (public holidays are not known here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from intake.parsers.dates.days import ROLLOVER_GRACE, month_end, nth_weekday
from intake.parsers.dates.holidays import named_holiday

__all__ = [
    "FIRST_OF_MONTH",
    "MONTHS",
    "ROLLOVER_GRACE",
    "WEEKDAYS",
    "WORD_NUMBERS",
    "Reference",
    "Shape",
    "add_business_days",
    "add_months",
    "lead_before",
    "normalise",
    "nth_weekday",
    "number_value",
    "ordinal_value",
]


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number
        if len(_name) <= 4:
            MONTHS[_name + "."] = _number

# French, German, Spanish and Portuguese names (clients write in their own language). Names
# an English text uses otherwise ("ago", "set", the name "Marco") are left out; a month name
# counts only beside a day.
for _number, _names in enumerate(
    (
        ("janvier", "janv", "januar", "jänner", "jän", "enero", "janeiro"),
        ("février", "fevrier", "févr", "fév", "februar", "febrero", "fevereiro"),
        ("mars", "märz", "marz", "mrz", "marzo", "março"),
        ("avril", "avr", "abril", "abr"),
        ("mai", "mayo", "maio"),
        ("juin", "juni", "junio", "junho"),
        ("juillet", "juil", "juli", "julio", "julho"),
        ("août", "aout", "agosto"),
        ("septembre", "septiembre", "setiembre", "setembro"),
        ("octobre", "oktober", "okt", "octubre", "outubro"),
        ("novembre", "noviembre", "novembro"),
        ("décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS.setdefault(_name, _number)
        if len(_name) <= 4:
            MONTHS.setdefault(_name + ".", _number)

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed", "weds"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _number
        if len(_name) <= 5:
            WEEKDAYS[_name + "."] = _number
# French, German and Spanish weekdays ("d'ici vendredi", "bis Freitag", "para el viernes").
for _number, _names in enumerate(
    (
        ("lundi", "montag", "lunes"),
        ("mardi", "dienstag", "martes"),
        ("mercredi", "mittwoch", "miércoles", "miercoles"),
        ("jeudi", "donnerstag", "jueves"),
        ("vendredi", "freitag", "viernes"),
        ("samedi", "samstag", "sábado", "sabado"),
        ("dimanche", "sonntag"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _number

WORD_NUMBERS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        str.split(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
} | {"a": 1, "an": 1, "couple": 2, "fortnight": 14}
# French, German and Spanish counts up to ten ("dans deux semaines", "in zwei Wochen", "en dos
# semanas"); "sept" is September's abbreviation, so seven is read from digits only.
WORD_NUMBERS |= {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "huit": 8,
    "neuf": 9, "dix": 10, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "uno": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}

_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


@dataclass(frozen=True, slots=True)
class Reference:
    """The day the words are read against: the sent date in the sender's time zone."""

    today: date
    day_first: bool = False
    country: str = "US"  # whose holidays a name means first: "Thanksgiving" in Toronto


@dataclass(frozen=True, slots=True)
class Shape:
    """What a date expression said, before it is put on the calendar.

    ``kind`` and the fields it uses:
    - ``month_day``: ``month``, ``day``, optional ``year`` ("March 3", "3rd of Mar 2027");
      without ``month``, ``count`` months ahead ("the 3rd of next month")
    - ``numeric``: ``first``, ``second``, optional ``year``, ``dotted`` ("03/07", "14.02.2027")
    - ``iso``: ``year``, ``first`` (month), ``second`` (day) ("2027-02-14")
    - ``ordinal``: ``day`` ("the 20th")
    - ``weekday``: ``weekday`` 0-6, ``modifier`` "", "this", "next", "last" or "next_week"
    - ``offset``: ``count`` of ``unit`` ("day", "week", "month"), ``business`` ("in 3 weeks")
    - ``end_of``: ``unit`` ("day", "week", "month", "quarter", "year"), ``count`` periods ahead,
      optional ``month`` ("end of March"); ``business`` for a month's last weekday ("the
      last business day of the month")
    - ``start_of``: ``unit`` ("week", "month"), ``count`` periods ahead, optional ``month``
    - ``mid``: ``month`` ("mid-March"), or ``unit`` "month" and ``count`` ("mid next month")
    - ``today``: ``count`` days ahead ("today" 0, "tomorrow" 1, "yesterday" -1)
    - ``nth_weekday``: ``weekday`` 0-6, ``count`` (1-4, -1 the last), ``month``
      ("the first Monday of March")
    - ``holiday``: ``unit``, the holiday's name ("Mother's Day", "Easter", "Black Friday")
    - ``week_of``: ``count`` (1-4, -1 the last) and ``month``: the week's first day
      ("the first week of March" is 1 March, "the last week of March" 25 March)
    - ``lead``: ``count`` of ``unit`` before another date ("two weeks before"); ``normalise``
      gives ``None``, ``lead_before(shape, anchor)`` the day
    """

    kind: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    first: int | None = None
    second: int | None = None
    dotted: bool = False
    weekday: int | None = None
    modifier: str = ""
    count: int = 0
    unit: str = ""
    business: bool = False


def number_value(word: str) -> int | None:
    """ "7" -> 7, "seven" -> 7, "a" -> 1; ``None`` for anything else."""
    lower = word.lower()
    if lower.isdigit():
        return int(lower)
    return WORD_NUMBERS.get(lower)


#: The first of a month as French and Spanish write it: "1er mars", "1re", "1º de marzo".
FIRST_OF_MONTH = frozenset(("1er", "1re", "1ère", "1º", "1°"))


def ordinal_value(word: str) -> int | None:
    """ "3rd" -> 3, "20th" -> 20, "3" -> 3; ``None`` when it is not a day number 1-31."""
    lower = word.lower()
    if lower in FIRST_OF_MONTH:
        return 1  # French "1er mars", "1re", "1ère"
    if lower[-2:] in _ORDINAL_SUFFIXES:
        lower = lower[:-2]
    if not lower.isdigit() or len(lower) > 2:
        return None
    value = int(lower)
    return value if 1 <= value <= 31 else None


def expand_year(year: int) -> int:
    """Two-digit years are this century: 27 -> 2027."""
    return year + 2000 if year < 100 else year


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_rollover(ref: Reference, month: int, day: int, year: int | None) -> date | None:
    if year is not None:
        return safe_date(expand_year(year), month, day)
    this_year = safe_date(ref.today.year, month, day)
    if this_year is not None and (ref.today - this_year).days <= ROLLOVER_GRACE:
        return this_year
    # Passed (or Feb 29 in a common year): the next year it exists in.
    for year_ahead in range(ref.today.year + 1, ref.today.year + 9):
        candidate = safe_date(year_ahead, month, day)
        if candidate is not None:
            return candidate
    return None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's last day (Jan 31 + 1 = Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, month_end(year, month).day))


def add_business_days(day: date, count: int) -> date:
    """``count`` Monday-to-Friday days after ``day`` (before it when negative)."""
    result, step = day, (1 if count >= 0 else -1)
    count = abs(count)
    while count > 0:
        result += timedelta(days=step)
        if result.weekday() < 5:
            count -= 1
    return result


def lead_before(shape: Shape, anchor: date) -> date | None:
    """The day a ``lead`` shape ("two weeks before", "3 working days ahead of") points to."""
    if shape.unit == "day":
        if shape.business:
            return add_business_days(anchor, -shape.count)
        return anchor - timedelta(days=shape.count)
    if shape.unit == "week":
        if shape.business:
            return add_business_days(anchor, -5 * shape.count)
        return anchor - timedelta(weeks=shape.count)
    if shape.unit == "month":
        return add_months(anchor, -shape.count)
    return None


def _coming_month(ref: Reference, month: int) -> int:
    """The year in which ``month`` next occurs (this year when it is this month or later)."""
    return ref.today.year if month >= ref.today.month else ref.today.year + 1


def _weekday(ref: Reference, weekday: int, modifier: str) -> date:
    today = ref.today
    ahead = (weekday - today.weekday()) % 7
    if modifier == "this":
        return today + timedelta(days=ahead)
    if modifier in ("next", "next_week"):
        monday_next = today + timedelta(days=7 - today.weekday())
        return monday_next + timedelta(days=weekday)
    if modifier == "last":
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    return today + timedelta(days=ahead or 7)


def _end_of(ref: Reference, shape: Shape) -> date | None:
    today, unit, ahead = ref.today, shape.unit, shape.count
    if unit == "day":
        return today + timedelta(days=ahead)
    if unit == "week":
        friday = today + timedelta(days=4 - today.weekday())
        if today.weekday() > 4:
            friday += timedelta(days=7)
        return friday + timedelta(weeks=ahead)
    if unit == "month":
        if shape.month is not None:
            last = month_end(_coming_month(ref, shape.month), shape.month)
        else:
            first = add_months(today.replace(day=1), ahead)
            last = month_end(first.year, first.month)
        if shape.business:  # "the last business day of the month"
            last -= timedelta(days=max(0, last.weekday() - 4))
        return last
    if unit == "quarter" and shape.month is not None:  # "end of Q2": month is its last month
        return month_end(_coming_month(ref, shape.month), shape.month)
    if unit == "quarter":
        first = add_months(today.replace(day=1, month=(today.month - 1) // 3 * 3 + 1), 3 * ahead)
        last_month = add_months(first, 2)
        return month_end(last_month.year, last_month.month)
    if unit == "year":
        return date(today.year + ahead, 12, 31)
    return None


def _start_of(ref: Reference, shape: Shape) -> date | None:
    today = ref.today
    if shape.unit == "week":
        return today - timedelta(days=today.weekday()) + timedelta(weeks=shape.count)
    if shape.unit == "month":
        if shape.month is not None:
            return date(_coming_month(ref, shape.month), shape.month, 1)
        return add_months(today.replace(day=1), shape.count)
    return None


def _offset(ref: Reference, shape: Shape) -> date | None:
    if shape.unit == "day":
        if shape.business:
            return add_business_days(ref.today, shape.count)
        return ref.today + timedelta(days=shape.count)
    if shape.unit == "week":
        if shape.business:
            return add_business_days(ref.today, 5 * shape.count)
        return ref.today + timedelta(weeks=shape.count)
    if shape.unit == "month":
        return add_months(ref.today, shape.count)
    return None


def _numeric(ref: Reference, shape: Shape) -> date | None:
    first, second = shape.first, shape.second
    if first is None or second is None:
        return None
    day_first = shape.dotted or ref.day_first or first > 12
    month, day = (second, first) if day_first else (first, second)
    if month > 12 and not shape.dotted:  # "03/14" from a day-first sender is still March 14
        month, day = day, month
    if not 1 <= month <= 12:
        return None
    return _with_rollover(ref, month, day, shape.year)


def _ordinal(ref: Reference, day: int) -> date | None:
    year, month = ref.today.year, ref.today.month
    if day < ref.today.day:
        month += 1
    for _ in range(12):  # the next month that has this day (the 31st skips short months)
        if month > 12:
            year, month = year + 1, 1
        candidate = safe_date(year, month, day)
        if candidate is not None:
            return candidate
        month += 1
    return None


def normalise(shape: Shape, ref: Reference) -> date | None:
    """The calendar date ``shape`` means when read on ``ref.today``; ``None`` if no such day."""
    kind = shape.kind
    if kind == "month_day" and shape.month and shape.day:
        return _with_rollover(ref, shape.month, shape.day, shape.year)
    if kind == "month_day" and shape.day and shape.count:  # "the 3rd of next month"
        first = add_months(ref.today.replace(day=1), shape.count)
        return safe_date(first.year, first.month, shape.day)
    if kind == "numeric":
        return _numeric(ref, shape)
    if kind == "iso" and shape.year and shape.first and shape.second:
        return safe_date(shape.year, shape.first, shape.second)
    if kind == "ordinal" and shape.day:
        return _ordinal(ref, shape.day)
    if kind == "weekday" and shape.weekday is not None:
        if shape.modifier == "week" and shape.weekday == ref.today.weekday():
            return ref.today + timedelta(days=7)  # "Tuesday week" said on a Tuesday: a week on
        return _weekday(ref, shape.weekday, shape.modifier) + timedelta(days=shape.count)
    if kind == "offset":
        return _offset(ref, shape)
    if kind == "end_of":
        return _end_of(ref, shape)
    if kind == "start_of":
        return _start_of(ref, shape)
    if kind == "mid" and shape.month:
        return date(_coming_month(ref, shape.month), shape.month, 15)
    if kind == "mid" and shape.unit == "month":  # "mid next month"
        return add_months(ref.today.replace(day=1), shape.count).replace(day=15)
    if kind == "today":
        return ref.today + timedelta(days=shape.count)
    if kind in ("nth_weekday", "week_of") and shape.month and shape.count:
        return _in_month(ref, shape)
    if kind == "holiday":
        return named_holiday(shape.unit, ref.today, ref.country)
    if kind == "iso_week":
        monday = _calendar_week(ref, shape.count)
        return monday + timedelta(days=shape.weekday or 0) if monday else None
    return None


def _calendar_week(ref: Reference, week: int) -> date | None:
    """The Monday of ISO week ``week`` ("KW 6"): this year's, or next year's when this
    year's lies more than ``ROLLOVER_GRACE`` days back."""
    for year in (ref.today.year, ref.today.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        if (ref.today - monday).days <= ROLLOVER_GRACE:
            return monday
    return None


def _in_month(ref: Reference, shape: Shape) -> date | None:
    """"the first Monday of March", "the last week of March": in the coming March, or the
    next year's when this year's lies more than ``ROLLOVER_GRACE`` days back."""
    assert shape.month is not None
    for year in (ref.today.year, ref.today.year + 1):
        if shape.kind == "nth_weekday" and shape.weekday is not None:
            day = nth_weekday(year, shape.month, shape.weekday, shape.count)
        elif shape.count < 0:
            day = month_end(year, shape.month) - timedelta(days=6)
        else:
            day = date(year, shape.month, 1) + timedelta(weeks=shape.count - 1)
        if day.month == shape.month and (ref.today - day).days <= ROLLOVER_GRACE:
            return day
    return None
