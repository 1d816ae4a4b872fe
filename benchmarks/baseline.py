"""The peer baseline intake's extraction is compared with: off-the-shelf parsers, no rules of ours.

Input: a message's text, when it was sent and the sender's time zone. Output:
an :class:`~intake.parsers.evaluation.Predicted` with

- due dates: every date dateparser's ``search_dates`` finds, relative to the
  message's local date and preferring the future (``languages=["en"]``,
  ``DATE_ORDER`` DMY for day-first senders), each counted as a due date;
- budgets: every amount price-parser reads next to a currency mark, counted
  as a budget (price-parser knows no caps or ranges);
- no replaced dates and no statements (neither library has the notion).
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from dateparser.search import search_dates
from price_parser import Price

from intake.parsers.evaluation import Predicted

# A number with up to a few characters either side: the window price-parser reads.
_NUMBER = re.compile(r"\d[\d.,\u00a0 ]*\d|\d")
_WINDOW = 6
_SYMBOLS = {
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "CA$": "CAD",
    "C$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "US$": "USD",
}
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD"})


def baseline_dates(text: str, *, sent_at: datetime, timezone: str, day_first: bool) -> tuple:
    """ISO dates of everything dateparser finds (duplicates dropped, text order kept)."""
    local = sent_at.astimezone(ZoneInfo(timezone)).replace(tzinfo=None)
    settings = {"RELATIVE_BASE": local, "PREFER_DATES_FROM": "future"}
    if day_first:
        settings["DATE_ORDER"] = "DMY"
    found = search_dates(text, settings=settings, languages=["en"]) or []
    out: list[str] = []
    for _words, when in found:
        day = when.date().isoformat()
        if day not in out:
            out.append(day)
    return tuple(out)


def _currency(mark: str, default: str) -> str:
    mark = mark.strip()
    if mark in _SYMBOLS:
        return _SYMBOLS[mark]
    if mark == "$":
        return default if default in _DOLLARS else "USD"
    return mark.upper()


def baseline_money(text: str, *, default_currency: str = "USD") -> tuple:
    """(amount, currency, "budget") for every number price-parser sees a currency beside."""
    out = []
    for m in _NUMBER.finditer(text):
        window = text[max(0, m.start() - _WINDOW) : m.end() + _WINDOW]
        price = Price.fromstring(window)
        if price.amount is None or not price.currency:
            continue
        out.append((Decimal(price.amount), _currency(price.currency, default_currency), "budget"))
    return tuple(out)


def baseline_predict(
    text: str,
    *,
    sent_at: datetime,
    timezone: str,
    day_first: bool = False,
    default_currency: str = "USD",
) -> Predicted:
    """What the off-the-shelf parsers find in ``text``, in the scored shape."""
    return Predicted(
        due_dates=baseline_dates(text, sent_at=sent_at, timezone=timezone, day_first=day_first),
        budgets=baseline_money(text, default_currency=default_currency),
    )
