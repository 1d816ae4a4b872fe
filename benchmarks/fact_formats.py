"""How much the labelled mail's due dates and budgets change when they are written another way.

Writers spell the same day and the same sum many ways: "December 18", "Dec. 18th",
"18 December", "Friday, December 18", "12/18" (or "18/12" and "18.12." where days come
first); "$12,000", "$12k", "12,000 dollars", "USD 12,000", "€12.000", "12.000 EUR". Each
format below rewrites every due date (read with a month name and a day) or every budget
intake reads in a labelled mail, in place, and reads the mail again: the dates and
budgets must not change. A mail that differs is a rule that depends on one spelling.

Run: .venv/bin/python benchmarks/fact_formats.py [-v] [FORMAT...]   (-v: each sentence
that reads differently; blind splits are counted, never printed)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from intake.parsers.evaluation import Case, load_set, split_of
from intake.parsers.extract import Source, _extract_source, message_source
from intake.parsers.mentions import Extraction
from intake.parsers.mime import parse_message

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"

_MONTH_DAY = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*")
_YEAR = re.compile(r"\b20\d\d\b")


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _with_year(text: str, d: date, had_year: bool) -> str:
    return f"{text}, {d.year}" if had_year else text


DATE_FORMATS: dict[str, Callable[[date, bool, bool], str]] = {
    "December 18": lambda d, y, df: _with_year(f"{d:%B} {d.day}", d, y),
    "Dec 18": lambda d, y, df: _with_year(f"{d:%b} {d.day}", d, y),
    "Dec. 18th": lambda d, y, df: _with_year(
        f"{d:%b}{'' if d.month == 5 else '.'} {_ordinal(d.day)}", d, y),
    "18 December": lambda d, y, df: f"{d.day} {d:%B}" + (f" {d.year}" if y else ""),
    "the 18th of December": lambda d, y, df: f"the {_ordinal(d.day)} of {d:%B}"
    + (f" {d.year}" if y else ""),
    "Friday, December 18": lambda d, y, df: _with_year(f"{d:%A}, {d:%B} {d.day}", d, y),
    "12/18 (18/12 day first)": lambda d, y, df: (
        f"{d.day}/{d.month}" if df else f"{d.month}/{d.day}") + (f"/{d.year}" if y else ""),
    "2026-12-18": lambda d, y, df: d.isoformat(),
    # the other order where it cannot be misread (a day past the 12th), whatever the config
    "18/12 when it can only be that": lambda d, y, df: (
        f"{d.day}/{d.month}/{d.year}" if d.day > 12 else f"{d:%B} {d.day}"),
    "12/18 when it can only be that": lambda d, y, df: (
        f"{d.month}/{d.day}/{d.year}" if d.day > 12 else f"{d:%B} {d.day}"),
    "December 18th": lambda d, y, df: _with_year(f"{d:%B} {_ordinal(d.day)}", d, y),
    "18-Dec": lambda d, y, df: f"{d.day}-{d:%b}" + (f"-{d.year}" if y else ""),
    "December 18 at 5pm": lambda d, y, df: _with_year(f"{d:%B} {d.day}", d, y) + " at 5pm",
    "5pm on December 18": lambda d, y, df: "5pm on " + _with_year(f"{d:%B} {d.day}", d, y),
    "December 18, 17:00 CET": lambda d, y, df: _with_year(f"{d:%B} {d.day}", d, y)
    + ", 17:00 CET",
    "EOD December 18": lambda d, y, df: "EOD " + _with_year(f"{d:%B} {d.day}", d, y),
    "noon ET December 18": lambda d, y, df: "noon ET " + _with_year(f"{d:%B} {d.day}", d, y),
    "Fri 12/18 (Fri 18/12 day first)": lambda d, y, df: f"{d:%a} " + (
        f"{d.day}/{d.month}" if df else f"{d.month}/{d.day}"),
}


def _relative(how: str) -> Callable[[date, date], str | None]:
    """A spelling of ``d`` that counts from ``sent`` (the day the mail was written), or None
    when that spelling cannot name ``d``."""
    def spell(d: date, sent: date) -> str | None:
        ahead = (d - sent).days
        if how == "tomorrow":
            return {1: "tomorrow"}.get(ahead)
        if how == "tmrw / EOD tmrw":
            return {1: "EOD tmrw"}.get(ahead)
        if how == "Friday (this week)":
            return f"{d:%A}" if 2 <= ahead <= 6 else None
        if how == "this Friday":
            return f"this {d:%A}" if 2 <= ahead <= 6 else None
        if how == "fri (lower case, short)":
            return f"{d:%a}".lower() if 2 <= ahead <= 6 and d.weekday() not in (0, 2) else None
        if how == "Friday the 18th":
            return f"{d:%A} the {_ordinal(d.day)}" if 2 <= ahead <= 6 else None
        if how == "Friday next week":
            this_week_end = sent + timedelta(days=6 - sent.weekday())
            following = this_week_end + timedelta(days=1 + d.weekday())
            return f"{d:%A} next week" if d == following else None
        if how == "the 18th":
            return f"the {_ordinal(d.day)}" if 2 <= ahead <= 20 and d.month == sent.month \
                else None
        if how == "in two weeks":
            return "in two weeks" if ahead == 14 else None
        if how == "end of the month":
            last = (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            return "the end of the month" if d == last and d.month == sent.month else None
        return None
    return spell


RELATIVE_FORMATS = ("tomorrow", "tmrw / EOD tmrw", "Friday (this week)", "this Friday",
                    "fri (lower case, short)", "Friday the 18th", "Friday next week",
                    "the 18th", "in two weeks", "end of the month")


def _money_text(amount: Decimal, currency: str, how: str) -> str | None:
    whole = amount == amount.to_integral_value()
    if not whole:
        return None
    n = int(amount)
    comma = f"{n:,}"
    dotted = comma.replace(",", ".")
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "$", "AUD": "$"}.get(currency)
    european = currency == "EUR"
    if how == "symbol, no separator":
        return f"{symbol}{n}" if symbol else None
    if how == "k":
        return f"{symbol}{n // 1000}k" if symbol and n % 1000 == 0 and n >= 1000 else None
    if how == "code before":
        return f"{currency} {dotted if european else comma}"
    if how == "code after":
        return f"{dotted if european else comma} {currency}"
    if how == "K and code":
        return f"{n // 1000}K {currency}" if n % 1000 == 0 and n >= 1000 else None
    if how == "with cents":
        return f"{symbol}{comma}.00" if symbol else f"{currency} {comma}.00"
    if how == "spaced, symbol after":  # French: "12 000 €"
        return f"{comma.replace(',', ' ')} {symbol or currency}"
    if how == "k, symbol after":  # "12k€", "12k$"
        return f"{n // 1000}k{symbol}" if symbol and n % 1000 == 0 and n >= 1000 else None
    plain = f"{symbol}{comma}" if symbol else f"{comma} {currency}"
    if how == "~ before":
        return f"~{plain}"
    if how == "around / approx.":
        return f"approx. {plain}"
    if how == "or so after":
        return f"{plain} or so"
    if how == "-ish after":
        return f"{plain}-ish"
    if how == "words":
        name = {"USD": "dollars", "EUR": "euros", "GBP": "pounds"}.get(currency)
        return f"{comma} {name}" if name else None
    return None


MONEY_FORMATS = ("symbol, no separator", "k", "code before", "code after", "K and code",
                 "with cents", "spaced, symbol after", "k, symbol after", "words", "~ before",
                 "around / approx.", "or so after", "-ish after")


def _read(case: Case, source: Source, text: str) -> Extraction:
    return _extract_source(
        Source(text, source.sent_at, source.sender, source.forwarded), timezone=case.timezone,
        day_first=case.day_first, default_currency=case.default_currency, language=None,
        model=None, received_at=None, calibrated=False)


Span = tuple[int, int, str]  # (start, end, the new spelling)
SpanMaker = Callable[[Case, Source, Extraction], list[Span]]


def _rewrite(text: str, spans: list[Span]) -> str:
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _dates(found: Extraction) -> list[str]:
    return sorted(d.date.isoformat() for d in found.due_dates)


def _budgets(found: Extraction) -> list[tuple[Decimal, str, str]]:
    return sorted((m.amount, m.currency, m.kind) for m in found.budgets)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    wanted = [a.lower() for a in argv if not a.startswith("-")]
    cases = [c for c in load_set(SET) if not c.auto_reply]
    read: list[tuple[Case, Source, Extraction]] = []
    for case in cases:
        source = message_source(parse_message(case.raw))
        if source.text.strip() and source.sent_at is not None:
            read.append((case, source, _read(case, source, source.text)))

    print(f"{len(read)} labelled mails; mails with a due date or budget rewritten, and how many"
          " of them read differently")
    def date_spans(fmt: Callable[[date, bool, bool], str]) -> SpanMaker:
        def make(case: Case, source: Source, plain: Extraction) -> list[Span]:
            spans = []
            for d in plain.due_dates:
                words = source.text[d.evidence.start:d.evidence.end]
                if _MONTH_DAY.fullmatch(words.strip(" ,.")) and str(d.date.day) in words:
                    # (not "before March 1", read as Feb 28)
                    spans.append((d.evidence.start, d.evidence.end,
                                  fmt(d.date, bool(_YEAR.search(words)), case.day_first)))
            return spans
        return make

    def day_spans(how: str) -> SpanMaker:
        spell = _relative(how)

        def make(case: Case, source: Source, plain: Extraction) -> list[Span]:
            assert source.sent_at is not None
            sent = source.sent_at.astimezone(ZoneInfo(case.timezone)).date()
            spans = []
            for d in plain.due_dates:
                words = source.text[d.evidence.start:d.evidence.end]
                new = spell(d.date, sent)
                if new is not None and _MONTH_DAY.fullmatch(words.strip(" ,.")) \
                        and str(d.date.day) in words:
                    spans.append((d.evidence.start, d.evidence.end, new))
            return spans
        return make

    def money_spans(how: str) -> SpanMaker:
        def make(case: Case, source: Source, plain: Extraction) -> list[Span]:
            return [(m.evidence.start, m.evidence.end, new) for m in plain.budgets
                    if m.low is None  # a range keeps its own spelling
                    and (new := _money_text(m.amount, m.currency, how)) is not None]
        return make

    families: list[tuple[str, str, SpanMaker, Callable[[Extraction], list[Any]]]] = [
        *(("date", name, date_spans(fmt), _dates) for name, fmt in DATE_FORMATS.items()),
        *(("days", how, day_spans(how), _dates) for how in RELATIVE_FORMATS),
        *(("money", how, money_spans(how), _budgets) for how in MONEY_FORMATS),
    ]
    for family, name, make, view in families:
        if wanted and not any(w in name.lower() for w in wanted):
            continue
        touched = differ = 0
        for case, source, plain in read:
            spans = make(case, source, plain)
            if not spans:
                continue
            touched += 1
            typed = _read(case, source, _rewrite(source.text, spans))
            if view(typed) != view(plain):
                differ += 1
                if verbose and not split_of(case).startswith("blind"):
                    print(f"  {case.name}: {view(plain)} -> {view(typed)} "
                          f"{[s[2] for s in spans]}")
        print(f"  {family:6} {name:26} mails {touched:4d}   differ {differ:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
