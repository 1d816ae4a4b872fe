"""Dates as mail clients print them in headers: a forwarded message's "Sent:" or "Date:"
line, and a Date header too odd for the stdlib.

Input: the header's text and the zone to assume when it names none. Output: an
aware UTC datetime, or None. English, French, German and Spanish month names.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

from intake.parsers.prefilter import prefilter_patterns

__all__ = ["MONTH_NAMES", "parse_loose_date"]

MONTH_NAMES = {
    "jan": 1, "january": 1, "janv": 1, "janvier": 1, "januar": 1, "jän": 1, "enero": 1, "ene": 1,
    "feb": 2, "february": 2, "févr": 2, "fév": 2, "février": 2, "fevrier": 2, "februar": 2,
    "febrero": 2,
    "mar": 3, "march": 3, "mars": 3, "märz": 3, "mär": 3, "marzo": 3, "mrz": 3,
    "apr": 4, "april": 4, "avr": 4, "avril": 4, "abril": 4, "abr": 4,
    "may": 5, "mai": 5, "mayo": 5,
    "jun": 6, "june": 6, "juin": 6, "juni": 6, "junio": 6,
    "jul": 7, "july": 7, "juil": 7, "juillet": 7, "juli": 7, "julio": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "ago": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "setiembre": 9,
    "oct": 10, "october": 10, "octobre": 10, "okt": 10, "oktober": 10, "octubre": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
    "dec": 12, "december": 12, "déc": 12, "décembre": 12, "decembre": 12, "dez": 12,
    "dezember": 12, "diciembre": 12, "dic": 12,
}  # fmt: skip
_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60,
    "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "JST": 540,
    "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "SGT": 480,
}  # fmt: skip
_WORD = r"[A-Za-zÀ-ÿ]{3,10}"
_DATE = re.compile(
    rf"(?P<mon1>{_WORD})\.?[ \t]+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<year1>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\.?[ \t]+(?:de[ \t]+)?(?P<mon2>{_WORD})\.?,?[ \t]+(?:de[ \t]+)?"
    rf"(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})-(?P<mon3>\d{1,2})-(?P<day3>\d{1,2})"
    r"|(?P<day4>\d{1,2})[./](?P<mon4>\d{1,2})[./](?P<year4>\d{4})"
)
_TIME = re.compile(
    r"(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2}))?[ \t]*(?P<ampm>[AaPp]\.?[ \t]?[Mm]\.?)?"
    r"(?:[ \t]*\(?(?:(?P<off>[+-]\d{2}:?\d{2})"
    r"|(?P<tz>[A-Z]{1,5})(?P<tzoff>[+-]\d{1,2}(?::?\d{2})?)?)\)?)?"
)


def _offset(text: str) -> int | None:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    if len(digits) <= 2:
        return sign * int(digits) * 60
    return sign * (int(digits[:-2]) * 60 + int(digits[-2:]))


def parse_loose_date(value: str, *, default_tz: tzinfo | None = None) -> datetime | None:
    """A date as mail clients print it in a forwarded header, as an aware UTC datetime.

    Handles RFC 2822, "Mon, Mar 3, 2026 at 10:00 AM", "Monday, March 3, 2026
    10:00 AM", "March 3, 2026 at 10:00:00 AM EST" and the French, German and
    Spanish month names. A time printed without a zone is taken in
    ``default_tz`` (the forwarder's own zone, from the outer Date header), or UTC.
    None when no date can be read.
    """
    value = (value or "").strip()
    if not value or len(value) > 200:
        return None
    if "," in value or value[:1].isdigit():
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is not None and _looks_rfc2822(value):
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=default_tz or UTC)
            return parsed.astimezone(UTC)
    match = _DATE.search(value)
    if not match:
        return None
    groups = match.groupdict()
    try:
        if groups["year1"]:
            year, day = int(groups["year1"]), int(groups["day1"])
            month = MONTH_NAMES.get(groups["mon1"].lower())
        elif groups["year2"]:
            year, day = int(groups["year2"]), int(groups["day2"])
            month = MONTH_NAMES.get(groups["mon2"].lower())
        elif groups["year3"]:
            year, month, day = int(groups["year3"]), int(groups["mon3"]), int(groups["day3"])
        else:
            year, month, day = int(groups["year4"]), int(groups["mon4"]), int(groups["day4"])
        if month is None:
            return None
        hour = minute = second = 0
        zone: tzinfo = default_tz or UTC
        time = _TIME.search(value, match.end())
        if time:
            hour, minute = int(time.group("h")), int(time.group("m"))
            second = int(time.group("s") or 0)
            ampm = (time.group("ampm") or "").lower().replace(".", "").replace(" ", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            minutes = None
            if time.group("off"):
                minutes = _offset(time.group("off"))
            elif time.group("tz") and time.group("tz") in _ZONES:
                minutes = _ZONES[time.group("tz")]
                if time.group("tzoff"):
                    minutes += _offset(time.group("tzoff")) or 0
            if minutes is not None:
                zone = timezone(timedelta(minutes=minutes))
        value_at = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=zone)
        return value_at.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


_RFC2822_SHAPE = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}"
)


def _looks_rfc2822(value: str) -> bool:
    return bool(_RFC2822_SHAPE.match(value))


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
