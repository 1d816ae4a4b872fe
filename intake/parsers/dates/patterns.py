"""Find date expressions in a ``Doc`` with spaCy ``Matcher`` patterns.

Input: a ``Doc`` from ``intake.parsers.nlp.analyse``. Output: ``DateMatch``
values (token span + ``Shape``), longest match first-come, in text order.
Nothing here decides whether a date is due: that is ``cues``'s job.

Patterns have no wildcards and are grouped by an anchor every pattern of the
group contains (a month name, a weekday, a date-shaped number, "tomorrow",
"EOD", "week", "days", ...). Anchors are found with one vectorised pass over
the token array, and each group's ``Matcher`` runs only on the few tokens
around its anchors: the cost grows with the text, and mail without dates
costs almost nothing beyond that pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np
from spacy.attrs import LOWER, SHAPE
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from intake.parsers.dates.holidays import HOLIDAY_DAYS, is_named_holiday
from intake.parsers.dates.normalise import (
    FIRST_OF_MONTH,
    MONTHS,
    WEEKDAYS,
    WORD_NUMBERS,
    Shape,
    expand_year,
    number_value,
    ordinal_value,
)
from intake.parsers.nlp import text_of
from intake.parsers.prefilter import prefilter_patterns

__all__ = ["DateMatch", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression: tokens ``doc[start:end]`` and what they say."""

    start: int
    end: int
    shape: Shape
    label: str


# Word sets. Lower-case "may", "sat", "sun", "wed" and "mon" are common words,
# not dates: the patterns accept any case and the shapers reject those forms.
_RISKY = frozenset({"may", "sat", "sat.", "sun", "sun.", "mon", "mon.", "wed", "wed."})
_DAYS = [str(n) for n in range(1, 32)] + [f"0{n}" for n in range(1, 10)]
_ORDINALS = [
    f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n in range(1, 32)
]
_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "wk": "week",
    "wks": "week",
    "month": "month",
    "months": "month",
    "hour": "hour",
    "hours": "hour",
    "hrs": "hour",
}
_SLASH_SHAPES = [
    f"{a}/{b}{c}" for a in ("d", "dd") for b in ("d", "dd") for c in ("", "/dd", "/dddd")
]
_DOTTED_SHAPES = [f"{a}.{b}.dddd" for a in ("d", "dd") for b in ("d", "dd")]
_ISO_SLASH = ["dddd/dd/dd", "dddd/d/d", "dddd/dd/d", "dddd/d/dd",
              "dddd.dd.dd", "dddd.d.d", "dddd.dd.d", "dddd.d.dd"]  # "2026.12.18"

#: One token of a spaCy ``Matcher`` pattern.
TokenPattern = dict[str, Any]

MONTH = {"LOWER": {"IN": sorted(MONTHS)}}
WEEKDAY = {"LOWER": {"IN": sorted(WEEKDAYS)}}
DAY = {"LOWER": {"IN": _DAYS + _ORDINALS + sorted(FIRST_OF_MONTH)}}
ORDINAL = {"LOWER": {"IN": _ORDINALS}}
YEAR = {"SHAPE": "dddd"}
NUMBER = {
    "LOWER": {
        "IN": sorted(set(WORD_NUMBERS) - {"couple", "fortnight", "zero"})
        + [str(n) for n in range(1, 366)]
    }
}
UNIT = {"LOWER": {"IN": sorted(_UNITS)}}
DASH = {"ORTH": {"IN": ["-", "–", "—"]}}


def _w(*words: str) -> list[TokenPattern]:
    """One token per argument; "a|b" is either word, a trailing "?" makes it optional."""
    tokens = []
    for word in words:
        choices = word.rstrip("?").split("|")
        token: TokenPattern = {"LOWER": choices[0] if len(choices) == 1 else {"IN": choices}}
        if word.endswith("?"):
            token["OP"] = "?"
        tokens.append(token)
    return tokens


def _optional(token: TokenPattern) -> TokenPattern:
    return {**token, "OP": "?"}


_PERIODS = ("week", "month", "quarter", "year")
_DAY_WORDS = ("today", "tonight", "tomorrow", "tmrw", "tmr", "2moro", "2morrow", "yesterday")
# French, German, Spanish: how many days from the sent date each names.
_FOREIGN_DAY_WORDS = {"aujourd'hui": 0, "demain": 1, "heute": 0, "morgen": 1, "übermorgen": 2,
                      "hoy": 0, "mañana": 1}
_EOD_WORDS = ("eod", "cob", "eob", "eop", "close-of-business", "business", "play", "day")
_PERIOD_ANCHORS = (*_PERIODS, "eow", "eom", "eoq", "eoy", "q1", "q2", "q3", "q4", "weekend")


@dataclass(frozen=True, slots=True)
class _Group:
    """Patterns that all contain one anchor word, and how far they reach around it.

    The matcher tries every pattern at every token it is given; giving each
    group only the few tokens around its anchors keeps the cost per token
    low however many patterns there are.
    """

    anchors: frozenset[str]
    before: int
    after: int
    numbers: bool = False  # tokens shaped like "3/7", "14.02.2027" or "2027" are anchors too


_SPAN_STARTS = ("end", "beginning", "start", "middle")
# "fin mars", "Ende März", "a finales de marzo", "début avril", "Anfang April", "mi-février"
_FOREIGN_SPANS = {"fin": "end_of", "ende": "end_of", "finales": "end_of", "final": "end_of",
                  "début": "start_of", "anfang": "start_of", "principios": "start_of",
                  "comienzos": "start_of", "mi": "mid", "mitte": "mid", "mediados": "mid"}
_FOREIGN_UNITS = {"semaine": "week", "semaines": "week", "jour": "day", "jours": "day",
                  "mois": "month", "woche": "week", "wochen": "week", "tag": "day", "tage": "day",
                  "tagen": "day", "monat": "month", "monate": "month", "monaten": "month",
                  "semana": "week", "semanas": "week", "día": "day", "días": "day", "dia": "day",
                  "dias": "day", "mes": "month", "meses": "month", "werktage": "day",
                  "werktagen": "day", "arbeitstage": "day", "arbeitstagen": "day"}
#: Days spelled out: "the fifteenth of November", "December twenty-first" (tens + unit).
_SPELLED_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9}
_SPELLED_DAYS = {**_SPELLED_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                 "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "last": -1, "final": -1}
# The first words of the holidays only a calendar names (``holidays.named_holiday``).
_NAMED_HOLIDAY_OPENERS = ("easter", "good", "mother", "mothers", "father", "fathers", "st.",
                          "st", "saint", "black", "cyber", "small", "giving", "juneteenth",
                          "veterans", "veteran", "presidents", "president", "columbus",
                          "canada", "victoria", "remembrance", "groundhog", "mlk", "martin",
                          "fourth", "4th")
_GROUPS = {
    "month": _Group(frozenset(MONTHS), before=5, after=4),  # "the twenty - first of March"
    "weekday": _Group(frozenset(WEEKDAYS), before=4, after=3),  # "a week from Friday"
    # before=4: a year ends "08-01-2027", four tokens after the day it belongs to
    "number": _Group(frozenset(_ORDINALS), before=4, after=4, numbers=True),
    # a learner's "for the day 15", "for the 12." (see _learner_day)
    "learner": _Group(frozenset(("day", "for")), before=1, after=3),
    "dayword": _Group(frozenset(_DAY_WORDS), before=3, after=0),
    "eod": _Group(frozenset(_EOD_WORDS), before=4, after=2),
    # "end of the month of March", "end - of - the next week": long, but they start with "end".
    "span": _Group(frozenset(_SPAN_STARTS), before=0, after=6),
    "period": _Group(frozenset(_PERIOD_ANCHORS), before=4, after=2),
    "offset": _Group(frozenset(_UNITS) | {"fortnight"}, before=5, after=2),
    # French, German and Spanish: "demain", "fin mars", "la semaine prochaine", "in zwei
    # Wochen", "avant le 15", "nächsten Montag", "KW 6"
    "foreign": _Group(frozenset(_FOREIGN_DAY_WORDS) | frozenset(_FOREIGN_SPANS)
                      | frozenset(_FOREIGN_UNITS) | {"monatsende", "prochain", "prochaine",
                                                     "nächsten", "nächste", "nächster",
                                                     "próximo", "próxima", "viene", "kw",
                                                     "avant", "vor", "antes", "pour", "para",
                                                     "bis", "jusqu'au", "hasta", "lieu",
                                                     "statt", "anstatt", "vez", "lugar",
                                                     "non", "binnen", "huitaine",
                                                     "quinzaine"},
                      before=3, after=5),
    # "the first Monday of March", "the last week of March", "the last day of the month"
    "nth": _Group(frozenset(_NTH), before=1, after=6),
    # "before Christmas", "by Thanksgiving", "on Boxing Day", "by New Year's Eve"
    "holiday": _Group(frozenset(("christmas", "xmas", "boxing", "thanksgiving", "halloween",
                                 "valentine", "valentines", "year", "years", "labor", "labour",
                                 "memorial", "independence", *_NAMED_HOLIDAY_OPENERS)),
                      before=1, after=5),
}


def _patterns() -> Iterable[tuple[str, str, list[TokenPattern]]]:
    """(group, label, pattern); the label picks the shaper that reads the matched tokens."""
    comma_year = [_optional({"ORTH": ","}), _optional(YEAR)]
    # Written months: "March 3", "March the 3rd, 2027", "3 Mar", "the 2nd of March 2027".
    yield "month", "MD", [MONTH, *_w("the?"), DAY, *comma_year]
    yield "month", "DM", [*_w("the?"), DAY, *_w("of?"), MONTH, *comma_year]
    # The day spelled out, as dictated or written formally: "December first", "the
    # twenty-first of November" ("of" needed before the month: "the first December ..." no)
    spelled = {"LOWER": {"IN": sorted(_SPELLED_DAYS)}}
    tens = {"LOWER": {"IN": ["twenty", "thirty"]}}
    unit = {"LOWER": {"IN": sorted(_SPELLED_UNITS)}}
    yield "month", "MDW", [MONTH, *_w("the?"), spelled, *comma_year]
    yield "month", "MDW", [MONTH, *_w("the?"), tens, _optional(DASH), unit, *comma_year]
    yield "month", "DMW", [*_w("the?"), spelled, *_w("of"), MONTH, *comma_year]
    yield "month", "DMW", [*_w("the?"), tens, _optional(DASH), unit, *_w("of"), MONTH,
                           *comma_year]
    # The same in French, German and Spanish: "le 9 décembre", "15. Januar 2027",
    # "20 de diciembre (de 2027)".
    yield "month", "DM", [DAY, {"ORTH": "."}, MONTH, _optional(YEAR)]
    yield "month", "DM", [DAY, *_w("de"), MONTH, *_w("de?"), _optional(YEAR)]
    # "18-Dec", "18-DEC" as spreadsheets and British offices write it (a capital: "2-may" no)
    yield "month", "DM", [DAY, {"ORTH": "-"}, {**MONTH, "IS_LOWER": False}]
    # with the article before the day ("le 9 décembre", "am 8. Januar", "el 15 de enero"), so
    # that "le 9" alone (read after "avant", "pour") never takes the day from its month
    article = _w("le|el|den|dem|am|au|du|del")
    yield "month", "DM", [*article, DAY, *_w(".?", "de?"), MONTH, _optional(YEAR)]
    yield "span", "END", [*_w("end|beginning|start|middle", "of", "the?", "month?", "of?"), MONTH]
    yield "month", "END", [*_w("late|early|mid|middle"), _optional(DASH), MONTH]
    # Weekdays: "Friday", "this Friday", "next Friday", "Friday next week".
    yield "weekday", "WD", [*_w("this|coming|next|last|past?", "coming?"), WEEKDAY]
    yield "weekday", "WD", [WEEKDAY, *_w("of?", "next|this", "week")]
    # "a week from Friday", "two days after Monday": the weekday, then counted on
    yield "weekday", "WDPLUS", [NUMBER, UNIT, *_w("from|after"), WEEKDAY]
    # British "Thursday week": a week from Thursday
    yield "weekday", "WDWEEK", [WEEKDAY, {"LOWER": "week"}]
    # "the Friday after next": next week's Friday, a week after the coming one
    yield "weekday", "WDAFTERNEXT", [*_w("the?"), WEEKDAY, *_w("after", "next")]
    # Numbers: "03/07", "3/7/27", "14.02.2027", "2027-02-14", "the 20th".
    part2 = {"SHAPE": {"IN": ["d", "dd"]}}
    yield "number", "NUM", [{"SHAPE": {"IN": _SLASH_SHAPES + _DOTTED_SHAPES}}]
    # "bis 15.12.", "bis spätestens 7.12." (day.month. with the closing dot)
    yield "number", "NUM", [{"SHAPE": {"IN": ["dd.dd", "d.dd", "dd.d", "d.d"]}}, {"ORTH": "."}]
    # "08-01-2027": day-month-year (or month-day-year) written with dashes
    yield "number", "DASHED", [part2, {"ORTH": "-"}, part2, {"ORTH": "-"}, YEAR]
    yield "number", "ISO", [{"SHAPE": {"IN": _ISO_SLASH}}]
    part = {"SHAPE": {"IN": ["d", "dd"]}}
    yield "number", "ISO", [YEAR, {"ORTH": "-"}, part, {"ORTH": "-"}, part]
    yield "number", "ORD", [*_w("the?"), ORDINAL]
    # A learner's day of the month: "the banners for the day 15", "the art until day 15",
    # "the files for the 12." (read by _learner_day: a leader before, nothing after)
    yield "learner", "LEARNDAY", [*_w("the?"), {"LOWER": "day"}, part]
    yield "learner", "LEARNDAY", [*_w("for"), {"LOWER": "the"}, part]
    # "the 3rd of next month"
    yield "number", "ORDNEXT", [*_w("the?"), ORDINAL, *_w("of", "the?", "next|following", "month")]
    # Days and periods relative to the sent date.
    yield "dayword", "DAYWORD", _w("today|tonight|tomorrow|tmrw|tmr|2moro|2morrow|yesterday")
    yield "dayword", "DAYWORD", _w("the?", "day", "after", "tomorrow")
    yield "eod", "EOD", _w("eod|cob|eob|eop|close-of-business")
    yield "eod", "EOD", _w("close|end", "of", "the?", "business|play|day", "day?")
    period = "|".join(_PERIODS)
    yield "period", "END", _w("eow|eom|eoq|eoy")
    yield "span", "END", _w("end", "-?", "of", "-?", "the|this?", "next|following?", period)
    yield "span", "END", _w("end", "of", "q1|q2|q3|q4")
    yield "period", "END", _w("month|quarter|year", "-?", "end")
    yield "period", "END", _w("later?", "this", "week|month")
    # "before the weekend", "by this weekend": the working week's last day
    yield "period", "WEEKEND", _w("the|this", "weekend")
    yield "period", "END", _w("later", "next", "week")
    starts = "beginning|start|early|mid|middle?"
    yield "period", "START", _w(starts, "of?", "the?", "next|following", "week|month")
    yield "period", "AFTERNEXT", _w("the?", "week", "after", "next")
    business = "working|business|biz?"
    yield "offset", "OFFSET", [*_w("in|within"), NUMBER, *_w(business), UNIT]
    next_n = _w("in|within|over", "the", "next")
    yield "offset", "OFFSET", [*next_n, NUMBER, *_w(business), UNIT]
    yield "offset", "OFFSET", [NUMBER, *_w(business), UNIT, *_w("from", "now|today")]
    yield "offset", "OFFSET", _w("in|within", "a", "couple", "of", business, "days|weeks")
    yield "offset", "OFFSET", _w("in|within", "a", "fortnight")
    yield "offset", "OFFSET", _w("a", "fortnight", "from", "now|today")
    # the British "a week today", "a fortnight today": that far from the mail's day
    yield "offset", "OFFSET", _w("a|one", "week|fortnight", "today")
    # "a week from tomorrow": counted from the day after the mail
    yield "offset", "OFFSETTMRW", [NUMBER, *_w(business), UNIT, *_w("from", "tomorrow")]
    yield "offset", "OFFSET", [*_w("inside", "of?"), NUMBER, *_w(business), UNIT]
    nth = "|".join(_NTH)
    of_month = [*_w("of|in", "the?"), MONTH]
    yield "nth", "NTHWD", [*_w("the?", nth), WEEKDAY, *of_month]
    yield "nth", "WEEKOF", [*_w("the?", nth, "week"), *of_month]
    yield "nth", "LASTDAY", [*_w("the?", "last|final", "business|working?", "day", "of|in"),
                             *_w("the|this?"), {"LOWER": {"IN": [*sorted(MONTHS), "month"]}}]
    yield from _holiday_patterns()
    yield from _foreign_patterns()
    # A lead time before another date: "two weeks before the launch on April 5".
    lead = "before|ahead|prior"
    yield "offset", "LEAD", [NUMBER, *_w(business), UNIT, *_w(lead)]
    # "finalized two weeks out from launch (Sept 17)": counted back from the launch
    yield "offset", "LEAD", [NUMBER, *_w(business), UNIT, *_w("out", "from")]
    yield "offset", "LEAD", _w("a", "couple", "of", business, "days|weeks", lead)
    yield "offset", "LEAD", _w("a", "fortnight", lead)  # "posters up a fortnight before"
    # "build-up is on 20 April, so the panels must arrive the day before": one day back
    # (not "the week before", a whole week)
    yield "offset", "LEAD", _w("the", "day", "before|prior")


def _holiday_patterns() -> Iterable[tuple[str, str, list[TokenPattern]]]:
    """Holidays a client names as a day: "before Christmas", "by Valentine's Day", "by
    Mother's Day", "before Easter", "for Black Friday"."""
    possessive = "'s|'|’s|’?"
    yield "holiday", "HOLIDAY", _w("easter", "sunday|monday?")
    yield "holiday", "HOLIDAY", _w("good", "friday")
    yield "holiday", "HOLIDAY", _w("mother|mothers|father|fathers", possessive, "day")
    yield "holiday", "HOLIDAY", _w("st.|st|saint", "patrick|patricks|paddy|paddys|patty|pattys",
                                   possessive, "day")
    yield "holiday", "HOLIDAY", _w("black", "friday")
    yield "holiday", "HOLIDAY", _w("cyber", "monday")
    yield "holiday", "HOLIDAY", _w("small", "business", "saturday")
    yield "holiday", "HOLIDAY", _w("giving", "tuesday")
    yield "holiday", "HOLIDAY", _w("juneteenth")
    yield "holiday", "HOLIDAY", _w("veterans|veteran|presidents|president", possessive, "day")
    yield "holiday", "HOLIDAY", _w("columbus|canada|victoria|remembrance|groundhog|mlk", "day")
    yield "holiday", "HOLIDAY", _w("martin", "luther", "king", "jr.|jr?", "day")
    yield "holiday", "HOLIDAY", _w("fourth|4th", "of", "july")
    yield "holiday", "HOLIDAY", _w("christmas", "eve|day?")
    yield "holiday", "HOLIDAY", _w("xmas", "eve?")
    yield "holiday", "HOLIDAY", _w("boxing", "day")
    yield "holiday", "HOLIDAY", _w("new", "year|years", "'s?", "eve|day?")
    yield "holiday", "HOLIDAY", _w("thanksgiving")
    yield "holiday", "HOLIDAY", _w("halloween")
    yield "holiday", "HOLIDAY", _w("valentine|valentines", "'s?", "day?")
    yield "holiday", "HOLIDAY", _w("labor|labour|memorial|independence", "day")


def _foreign_patterns() -> Iterable[tuple[str, str, list[TokenPattern]]]:
    """French, German and Spanish forms of the English patterns above."""
    yield "foreign", "FDAY", [{"LOWER": {"IN": sorted(_FOREIGN_DAY_WORDS)}}]
    yield "foreign", "FDAY", _w("après|pasado", "-?", "demain|mañana")
    span_word = {"LOWER": {"IN": sorted(_FOREIGN_SPANS)}}
    of = _w("a?", "la?")
    # "fin mars", "fin de mars", "Ende März", "a finales de marzo", "mi-février"
    yield "foreign", "FSPAN", [*of, span_word, *_w("-?", "de|d'|des|du?"), MONTH]
    # "fin du mois", "Ende des Monats", "fin de mes", "Monatsende"
    yield "foreign", "FSPAN", [*of, span_word, *_w("du|des|de|del", "mois|monats|mes")]
    yield "foreign", "FSPAN", _w("monatsende")
    # "la semaine prochaine", "nächste Woche", "la semana que viene", "la próxima semana"
    yield "foreign", "FNEXTWEEK", _w("la?", "semaine", "prochaine")
    yield "foreign", "FNEXTWEEK", _w("nächste|kommende", "woche")
    yield "foreign", "FNEXTWEEK", _w("la?", "semana", "que", "viene")
    yield "foreign", "FNEXTWEEK", _w("la?", "próxima", "semana")
    # "lundi prochain", "nächsten Montag", "el próximo lunes", "el lunes que viene"
    yield "foreign", "FNEXTWD", [WEEKDAY, *_w("prochain")]
    yield "foreign", "FNEXTWD", [*_w("nächsten|nächster|kommenden"), WEEKDAY]
    yield "foreign", "FNEXTWD", [*_w("el?", "próximo"), WEEKDAY]
    yield "foreign", "FNEXTWD", [*_w("el?"), WEEKDAY, *_w("que", "viene")]
    # "dans deux semaines", "in zwei Wochen", "en dos semanas", "innerhalb von 10 Tagen"
    unit = {"LOWER": {"IN": sorted(_FOREIGN_UNITS)}}
    yield "foreign", "FOFFSET", [*_w("dans|sous|in|en|innerhalb|dentro", "von|de?"), NUMBER, unit,
                                 *_w("ouvrés|ouvrables|hábiles|laborables?")]
    # "binnen einer Woche", "innerhalb eines Monats", "en una semana": one unit ahead
    yield "foreign", "FONE", [*_w("binnen|innerhalb|in|en|dans|sous", "von?"),
                              *_w("einer|eines|einem|einen|une|un|una|uno"), unit]
    # "sous huitaine", "sous quinzaine": within eight, fifteen days
    yield "foreign", "FHUITAINE", _w("sous|dans|d'ici", "huitaine|quinzaine")
    # "bis Ende nächster Woche", "d'ici la fin de la semaine prochaine": its Friday
    yield "foreign", "FENDNEXTWEEK", _w("ende", "nächster|kommender", "woche")
    yield "foreign", "FENDNEXTWEEK", _w("fin", "de", "la", "semaine", "prochaine")
    # "avant le 15", "vor dem 15.", "antes del 15", "pour le 15", "bis zum 15."
    bare_day = {"SHAPE": {"IN": ["d", "dd"]}}
    yield "foreign", "FDAYNUM", [*_w("le|au|du|dem|den|zum|del|el"), bare_day]
    yield "foreign", "FDAYNUM", [*_w("jusqu'au"), bare_day]
    # "et non le 1er": the French first of the month, bare
    yield "foreign", "FDAYNUM", [*_w("le|au|du"), {"LOWER": {"IN": ["1er", "1re"]}}]
    # "KW 6", "KW6": a German calendar week
    yield "foreign", "FKW", [*_w("kw"), bare_day]
    # "Ende KW 36": the week's Friday, as "the end of next week" is
    yield "foreign", "FKWEND", [*_w("ende|end", "der?", "kw"), bare_day]


@cache
def _matchers(vocab: Vocab) -> dict[str, Matcher]:
    grouped: dict[str, dict[str, list[list[TokenPattern]]]] = {}
    for group, label, pattern in _patterns():
        grouped.setdefault(group, {}).setdefault(label, []).append(pattern)
    matchers = {}
    for group, labels in grouped.items():
        matcher = Matcher(vocab)
        for label, patterns in labels.items():
            matcher.add(label, patterns, greedy="LONGEST")
        matchers[group] = matcher
    return matchers


@cache
def _anchor_table(vocab: Vocab) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, int]]:
    """Sorted anchor hashes with a bit per group that holds them, and the date-shape hashes.

    One ``searchsorted`` over the token array then finds every group's anchors
    at once (``np.isin`` per group sorts the tokens again for each group).
    """
    strings = vocab.strings
    bits = {name: 1 << i for i, name in enumerate(_GROUPS)}
    owners: dict[int, int] = {}
    for name, group in _GROUPS.items():
        for word in group.anchors:
            key = strings.add(word)
            owners[key] = owners.get(key, 0) | bits[name]
    keys = np.array(sorted(owners), dtype="uint64")
    values = np.array([owners[int(k)] for k in keys], dtype="int64")
    shapes = [*_SLASH_SHAPES, *_DOTTED_SHAPES, *_ISO_SLASH, "dddd", "dd.dd", "d.dd", "dd.d",
              "d.d"]
    shape_keys = np.array(sorted({strings.add(shape) for shape in shapes}), dtype="uint64")
    return keys, values, shape_keys, bits


def _lookup(keys: np.ndarray, column: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each value of ``column``: its position in sorted ``keys`` and whether it is there."""
    at = np.minimum(np.searchsorted(keys, column), len(keys) - 1)
    return at, keys[at] == column


def _windows(doc: Doc) -> Iterable[tuple[Matcher, int, int]]:
    """(matcher, start, end): each group's matcher with the token ranges around its anchors."""
    if len(doc) == 0:
        return
    columns = doc.to_array([LOWER, SHAPE])
    keys, values, shape_keys, bits = _anchor_table(doc.vocab)
    at, found = _lookup(keys, columns[:, 0])
    groups = np.where(found, values[at], 0)
    date_shaped = _lookup(shape_keys, columns[:, 1])[1]
    if not groups.any() and not date_shaped.any():
        return
    for name, matcher in _matchers(doc.vocab).items():
        group = _GROUPS[name]
        mask = (groups & bits[name]) != 0
        if group.numbers:
            mask |= date_shaped
        positions = np.flatnonzero(mask)
        if positions.size == 0:
            continue
        starts = np.maximum(positions - group.before, 0)
        ends = np.minimum(positions + group.after + 1, len(doc))
        begin, end = int(starts[0]), int(ends[0])
        for s, e in zip(starts[1:].tolist(), ends[1:].tolist(), strict=True):
            if s <= end:
                end = max(end, e)
            else:
                yield matcher, begin, end
                begin, end = s, e
        yield matcher, begin, end


# Around a yearless "3/7": words and values that make it a fraction, a score or a ratio.
_NOT_DATE_AFTER = frozenset(
    str.split(
        "% x of split ratio page pages cup cups inch inches in mile miles star stars rating "
        "scale share off th version versions release update mm cm kg ml"
    )
)
_NOT_DATE_BEFORE = frozenset(
    str.split("a an rated scored score rating ratio version v page pages step slide item no #")
)
_FRACTIONS = frozenset(("1/2", "1/3", "2/3", "1/4", "3/4", "24/7", "9/11", "50/50", "1/10"))
# Words before a bare "3/7" that make it a date rather than a fraction or a ratio.
_NUMERIC_CONTEXT = frozenset(
    str.split(
        "by on before until till due deadline from to for after thru through is are was "
        "date dated of - – — : ( cob eod eow week wk starting start ending ends end launch live "
        "than and or out goes go live lands land per airing airs "
        # "for the 14.12.", "the final files for the 04/12" (issue 12)
        "the "
        # French, German, Spanish: "le 7.12", "bis spätestens 7.12.", "para el 15/01"
        "le au du pour avant bis zum spätestens am vom ab vor el del para antes hasta"
        # "Erscheinungstermin ist der 26.01."
        " der"
    )
)
_DURATION_VERBS = frozenset(("build", "allow", "factor", "take", "takes", "took"))
# A stretch added, not a day: "in zwei Wochen mehr Online-Werbung", "two weeks more of radio"
_MORE_AFTER = frozenset(("more", "longer", "extra", "mehr", "länger", "zusätzlich",
                         "zusätzliche", "más", "supplémentaires"))
_NAMED_DAYS = frozenset(("black", "cyber", "good", "super", "ash", "holy", "giving", "boxing"))
# The day naming what happens on it: "approved by the 10th for the 15th launch"
_NAMED_BY_ITS_DAY = frozenset(("launch", "mailing", "opening", "premiere", "go-live", "in-home"))
# Words after an ordinal alone that show it is not a day ("the 3rd round").
_ORDINAL_FOLLOWERS = frozenset(
    str.split(
        "at and or so if but please latest then as with when which because , . ! ? ; : ) - – — "
        "cob eod noon morning afternoon evening to till until through thru instead rather "
        "not works would deadline latest is was will should fine ok okay too that for still "
        # a sign-off typed on: "we need it on the truck by the 25th thanks"
        "thanks thank thx ty pls plz cheers asap "
        # a run-on without a mark, as dictated: "by friday the 21st we start the new menu"
        "we i you they he she "
        # a day said with its hedge or its news: "we need it by the 14th now"
        "now again anyway ideally hopefully preferably max "
        # a day said to be no good, or good: "The 24th doesn't work", "the 3rd won't work"
        "does doesnt wo wont ca can could might suits"
    )
) | _NAMED_BY_ITS_DAY
# Words before an ordinal without "the" that make it a day ("by 20th").
_ORDINAL_LEADERS = frozenset(("by", "on", "before", "until", "till", "from", "after", "due"))
_ORDINAL_SET = frozenset(_ORDINALS)


# "We need it on 14.12 latest", "bis 7.12 bitte": day.month without its closing dot, where a
# word before makes it a day and the one after does not make it a number ("by 14.12%").
_DOTTED_LEADERS = frozenset(str.split(
    "on by until till before latest bis am zum vom le au avant el para hasta antes vor per "
    "der"))  # "Erscheinungstermin ist der 26.01."
_DOTTED_FOLLOWERS = frozenset(str.split(". , ; : ! ? ) latest at the eod cob please and or"))


_DOTTED_IN_TEXT = re.compile(r"(?<![\d.])\d{1,2}\.\d\d(?!\d)")


def _bare_dotted(doc: Doc) -> list[Span]:
    found = []
    for m in _DOTTED_IN_TEXT.finditer(text_of(doc)):  # (not a walk over every token)
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if token.shape_ not in ("dd.dd", "d.dd") or token.i == 0:
            continue
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "."
        lead = doc[token.i - 1].lower_
        if lead == "the" and token.i >= 2:  # "till the 18.12 at the latest"
            lead = doc[token.i - 2].lower_
        if lead not in _DOTTED_LEADERS or nxt not in _DOTTED_FOLLOWERS:
            continue
        if nxt == "." and token.i + 2 < len(doc) and not doc[token.i + 2].is_space:
            continue  # "bis 15.12." is the closing-dot pattern's
        day, month = (int(p) for p in token.text.split("."))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append(Span(doc, token.i, token.i + 1, label="NUM"))
    return found


_MONTH_DASH_IN_TEXT = re.compile(r"[A-Za-z]{3}-\d")
# "Dec-18", "18-Dec-2026" (split by the tokenizer as "18", "-", "Dec-2026"): a month's name
# joined to its day or year by dashes, as spreadsheets and booking systems write it.
_MONTH_DAY_DASH = re.compile(r"^(?P<month>[A-Za-z]{3,9})-(?P<day>\d{1,2})$")
_MONTH_YEAR_DASH = re.compile(r"^(?P<month>[A-Za-z]{3,9})-(?P<year>\d{4})$")


# "Deadline for print is 13-04.": a European day and month joined by a dash, no year
_DAY_DASH_IN_TEXT = re.compile(r"(?<![\d.:/-])\d\d-\d\d(?![\d-])")


def _day_dashed(doc: Doc) -> list[Span]:
    found = []
    for m in _DAY_DASH_IN_TEXT.finditer(text_of(doc)):  # (not a walk over every token)
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 3 or int(span[2].text) > 12 or (
                span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in MONTHS):
            continue  # "March 23-26", "23-26": a run of days, the month's own match's
        found.append(Span(doc, span.start, span.end, label="DAYDASH"))
    return found


def _month_dashed(doc: Doc) -> list[Span]:
    found = []
    for token in doc:
        if "-" not in token.text or not token.text[:1].isalpha():
            continue
        if (m := _MONTH_DAY_DASH.match(token.text)) and m["month"].lower() in MONTHS \
                and m["month"] not in _RISKY:  # "may-2" is no date
            found.append(Span(doc, token.i, token.i + 1, label="MDASH"))
        elif ((m := _MONTH_YEAR_DASH.match(token.text)) and m["month"].lower() in MONTHS
              and token.i >= 2 and doc[token.i - 1].text == "-"
              and doc[token.i - 2].text.isdigit()):
            found.append(Span(doc, token.i - 2, token.i + 1, label="MDASH"))
    return found


def _month_dash(span: Span) -> Shape | None:
    """"Dec-18" (December 18), "18-Dec-2026"."""
    if len(span) == 1:
        m = _MONTH_DAY_DASH.match(span.text)
        if m is None or not 1 <= int(m["day"]) <= 31:
            return None
        return Shape("month_day", month=MONTHS[m["month"].lower()], day=int(m["day"]))
    m = _MONTH_YEAR_DASH.match(span[-1].text)
    day = int(span[0].text)
    if m is None or not 1 <= day <= 31 or not 1990 <= int(m["year"]) <= 2100:
        return None
    return Shape("month_day", month=MONTHS[m["month"].lower()], day=day, year=int(m["year"]))


def find_dates(doc: Doc) -> list[DateMatch]:
    """All date expressions in ``doc`` as non-overlapping ``DateMatch`` values, in order."""
    labels = doc.vocab.strings
    spans = []
    for matcher, begin, end in _windows(doc):
        for key, s, e in matcher(doc[begin:end]):
            spans.append(Span(doc, begin + s, begin + e, label=labels[key]))
    text = text_of(doc)
    if _DOTTED_IN_TEXT.search(text):  # most mail has none: no walk over every token
        spans += _bare_dotted(doc)
    if _MONTH_DASH_IN_TEXT.search(text):
        spans += _month_dashed(doc)
    if _DAY_DASH_IN_TEXT.search(text):
        spans += _day_dashed(doc)
    # a learner's day that is no day must not hide a date it overlaps ("before the day 20 of
    # december": "20 of december" is the date)
    spans = [sp for sp in spans if sp.label_ != "LEARNDAY" or _learner_day(sp) is not None]
    found: list[DateMatch] = []
    for span in filter_spans(spans):
        match = _to_match(span)
        if match is not None:
            found.append(_from_the_first_day(doc, match))
    return _merge_neighbours(doc, found)


#: Words between the two days of a run said day first: "19-22 September", "19 to 22
#: September", "du 19 au 22 septembre", "vom 19. bis 22. September", "del 19 al 22".
_DAY_RANGE_JOINERS = frozenset(("-", "–", "—", "to", "until", "till", "through", "thru", "au",
                                "bis", "al", "a"))
#: "and" joins a run's days only after "between" ("between 19 and 22 September"); otherwise
#: it lists two days ("2 and 22 September").
_BETWEEN_JOINERS = frozenset(("and", "et", "und", "y"))
_BETWEEN = frozenset(("between", "entre", "zwischen"))


def _from_the_first_day(doc: Doc, match: DateMatch) -> DateMatch:
    """A day-first run of days ("the fair is 19-22 September", "from 19 to 22 September") as
    its first day, as "September 19-22" reads: the day the run starts is the one the work is
    for; its last day is no deadline. Only when the first day is the earlier one."""
    shape = match.shape
    if shape.kind != "month_day" or shape.day is None or match.start < 2 \
            or ordinal_value(doc[match.start].lower_) is None:
        return match
    joiner = match.start - 1
    if doc[joiner].lower_ == "." and joiner > 2:  # "vom 19. bis 22.": the German day's dot
        joiner -= 1
    first_at = joiner - 1
    if doc[first_at].lower_ == "." and first_at > 0:
        first_at -= 1
    between = first_at > 0 and doc[first_at - 1].lower_ in _BETWEEN
    if doc[joiner].lower_ not in _DAY_RANGE_JOINERS and not (
            between and doc[joiner].lower_ in _BETWEEN_JOINERS):
        return match
    first = ordinal_value(doc[first_at].lower_)
    if first is None or not 1 <= first < shape.day:
        return match
    return DateMatch(first_at, match.end, replace(shape, day=first), match.label)


def _to_match(span: Span) -> DateMatch | None:
    label = span.label_
    if span[-1].text == ",":  # "March 3," matched by the optional ", 2027"
        span = span[:-1]
    shape = _SHAPERS[label](span)
    return None if shape is None else DateMatch(span.start, span.end, shape, label)


# Words after which a lower-case "may 15" can only be the month: "by may 15", "on may 3".
_DATE_LEADERS = frozenset(str.split(
    "by on before until till til due from to for after around since of starting ending"))


def _led_by_a_date_word(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in _DATE_LEADERS \
        and span[0].lower_ == "may"


def _month_day(span: Span) -> Shape | None:
    month = day = year = None
    for token in span:
        lower = token.lower_
        if month is None and lower in MONTHS:
            if token.text in _RISKY and not _led_by_a_date_word(span):
                return None  # "may 3" is not May 3; "by may 3" is
            month = MONTHS[lower]
        elif day is None and (value := ordinal_value(lower)) is not None:
            day = value
        elif token.shape_ == "dddd":
            year = int(lower)
    if month is None or day is None or (year is not None and not 1990 <= year <= 2100):
        return None
    return Shape("month_day", month=month, day=day, year=year)


def _spelled_month_day(span: Span) -> Shape | None:
    """"December first", "the twenty-first of November 2027": a day spelled out."""
    month = year = None
    day = 0
    for token in span:
        lower = token.lower_
        if month is None and lower in MONTHS:
            if token.text in _RISKY and not _led_by_a_date_word(span):
                return None  # "may first ..." is no day; "by May first" is
            month = MONTHS[lower]
        elif lower in ("twenty", "thirty"):
            day += 20 if lower == "twenty" else 30
        elif lower in _SPELLED_DAYS:
            day += _SPELLED_DAYS[lower]
        elif token.shape_ == "dddd":
            year = int(lower)
    if month is None or not 1 <= day <= 31 or (year is not None and not 1990 <= year <= 2100):
        return None
    return Shape("month_day", month=month, day=day, year=year)


def _numeric(span: Span) -> Shape | None:
    token = span[0]
    doc = token.doc
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if following == "." and token.i + 2 < len(doc):  # "the 2.5. version": past the dot
        following = doc[token.i + 2].lower_
    padded = any(len(p) == 2 and p[0] == "0" for p in token.text.replace(".", "/").split("/"))
    in_home = following == "in" and token.i + 3 < len(doc) and doc[token.i + 2].text == "-" \
        and doc[token.i + 3].lower_ in ("home", "homes")  # "the 11/20 in-home date"
    if following in _NOT_DATE_AFTER and not padded and not in_home:  # "3/4 of the budget"
        return None  # (a zero-padded "12/03 in São Paulo" is a day, no fraction; "4/5 stars")
    dotted = "." in token.text
    if token.text in _FRACTIONS and token.i > 0 and doc[token.i - 1].lower_ == "per":
        return None  # "5 per 3/4 hour"; "the files per 12/15" is a day
    if token.text.startswith("24/7"):
        return None  # "the 24/7 line should be bigger": round the clock, no day
    parts = [int(p) for p in token.text.replace(".", "/").split("/") if p]
    year = expand_year(parts[2]) if len(parts) == 3 else None
    if year is None and not _has_numeric_context(token):
        previous = doc[token.i - 1].lower_ if token.i > 0 else ""
        if token.text in _FRACTIONS or previous in _NOT_DATE_BEFORE or dotted:
            return None
    if year is not None and not 1990 <= year <= 2100:
        return None
    return Shape("numeric", first=parts[0], second=parts[1], year=year, dotted=dotted)


def _dashed(span: Span) -> Shape | None:
    """"08-01-2027": two numbers and a year joined by dashes, read like "08/01/2027"."""
    first, second, year = (int(t.text) for t in span if t.text != "-")
    if not 1990 <= year <= 2100:
        return None
    return Shape("numeric", first=first, second=second, year=year)


# Words after "09-12" that make it a range of hours or of something counted.
_RANGE_FOLLOWERS = frozenset(str.split(
    "h hr hrs hour hours uhr am pm o'clock people persons guests pieces pcs copies units % "
    "days weeks months years minutes mins seconds secs sec kg cm mm m km items pages slides "
    "euro euros eur usd dollars k"))


def _day_dash_month(span: Span) -> Shape | None:
    """"is 13-04", "by 05-04": a day and a month (never month first: a US writer's "04-13"
    is left alone) behind a word that leads to a date, one part zero-padded or the day past
    12; not "open 09-12", "for 10-12 people", a phone's "555-0147", a score."""
    first, second = int(span[0].text), int(span[2].text)
    doc = span.doc
    if not (1 <= first <= 31 and 1 <= second <= 12):
        return None
    if not (span[0].text[0] == "0" or span[2].text[0] == "0" or first > 12):
        return None
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    joined = following in ("-", "/", ":", ".") and span.end + 1 < len(doc) \
        and doc[span.end + 1].is_digit  # "13-04-29", "09-12:30"
    if following in _RANGE_FOLLOWERS or joined:
        return None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ("to", "until", "till") and span.start >= 4 and _DAY_DASH_IN_TEXT.fullmatch(
            doc[span.start - 4 : span.start - 1].text):
        return None  # "13-04 to 16-04": the run's last day (its first is the one read)
    opens_a_run = following in ("to", "until", "till") and _DAY_DASH_IN_TEXT.fullmatch(
        doc[span.end + 1 : span.end + 4].text)
    if not (opens_a_run or _has_numeric_context(span[0])) or before in (
            "from", "-", "–", ":", "("):
        return None
    return Shape("numeric", first=first, second=second, dotted=True)


def _has_numeric_context(token: Token) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    while before is not None and before.is_space and before.i > 0:
        before = doc[before.i - 1]
    # a weekday, its comma and an article before: "bis Freitag, 16.11.", "Freitag, den 16.11."
    k = before.i if before is not None else -1
    while k > 0 and doc[k].lower_ in (",", "den", "der", "le", "el", "the"):
        k -= 1
    if k >= 0 and k != (before.i if before is not None else -1) \
            and doc[k].lower_.rstrip(".") in WEEKDAYS:
        return True
    if before is not None and (
        before.lower_ in _NUMERIC_CONTEXT or before.lower_.rstrip(".") in WEEKDAYS
    ):
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.lower_ in ("deadline", "launch", "delivery", "cob", "eod")


def _iso(span: Span) -> Shape | None:
    parts = [int(p) for p in span.text.replace("-", "/").replace(".", "/").split("/") if p]
    if len(parts) != 3 or not 1990 <= parts[0] <= 2100:
        return None
    return Shape("iso", year=parts[0], first=parts[1], second=parts[2])


_LEARNER_LEADERS = frozenset(("for", "until", "till", "by", "before", "on"))


def _learner_day(span: Span) -> Shape | None:
    """"for the day 15", "until day 15", "for the 12.": a learner's day of the month, after a
    word that leads to a day and with nothing after it (not "for the 12 of us", "day 2 of the
    shoot")."""
    doc = span.doc
    day = int(span[-1].text)
    if not 1 <= day <= 31:
        return None
    first = span[0].lower_
    leader = first if first == "for" else (doc[span.start - 1].lower_ if span.start else "")
    if first == "the" and span.start:
        leader = doc[span.start - 1].lower_
    if leader not in _LEARNER_LEADERS:
        return None
    if span.end < len(doc) and not doc[span.end].is_space \
            and doc[span.end].text not in (".", "!", ",", ";", ")", "?"):
        return None
    return Shape("ordinal", day=day)


def _ordinal(span: Span) -> Shape | None:
    last = span[-1]
    doc = last.doc
    if last.lower_[-2:] not in ("st", "nd", "rd", "th"):
        return None
    if len(span) == 1 and (last.i == 0 or not _leads_ordinal(doc[last.i - 1].lower_)):
        return None
    if len(span) == 1 and _a_street(doc, last.i):
        return None  # "the new taco place on 5th", "our store on 3rd and Main": a street
    if last.i + 1 < len(doc):
        after = doc[last.i + 1]
        # any mark but a word: "by the 16th...", "the 9th 🙂" (not "the 14th floor")
        if not after.is_space and after.lower_ not in _ORDINAL_FOLLOWERS \
                and any(c.isalnum() for c in after.text):
            return None
        if after.lower_ in _NAMED_BY_ITS_DAY and last.i + 2 < len(doc) \
                and doc[last.i + 2].lower_ == "of":
            return None  # "the 2nd launch of the app": a count (not "the 15th launch")
    day = ordinal_value(last.lower_)
    return Shape("ordinal", day=day) if day else None


#: What stands "on" a street named by its number: "the new taco place on 5th".
_ON_A_STREET = frozenset(str.split(
    "place store shop restaurant bar cafe café spot location branch office building gym "
    "salon clinic studio hotel house apartment church school corner street st avenue ave"))


def _a_street(doc: Doc, i: int) -> bool:
    """Whether a bare ordinal at ``i`` names a street: after "on" and a place ("the new taco
    place on 5th"), or before "and" and a capitalised name ("on 3rd and Main")."""
    if i < 2 or doc[i - 1].lower_ != "on":
        return False
    if any(t.lower_ in _ON_A_STREET for t in doc[max(0, i - 4) : i - 1]):
        return True
    return i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "&") and doc[i + 2].is_title


def _leads_ordinal(word: str) -> bool:
    """A bare "14th" is a day after "by", "on", "due" ... and after its weekday ("Monday
    14th", "Thu 17th"), never alone ("the 14th floor" has its article)."""
    return word in _ORDINAL_LEADERS or word.rstrip(".") in WEEKDAYS


#: Words after which a lower-case "mon", "wed", "sat" or "sun" can only be a day: "by mon".
_WEEKDAY_LEADERS = frozenset(("by", "until", "till", "before", "next", "this", "thru"))


def _first_word_before(span: Span) -> str:
    first = span[0]
    return first.doc[first.i - 1].lower_ if first.i > 0 else ""


#: What happens on a weekday every week: "the Saturday class", "our Sunday brunch".
_WEEKLY_THINGS = frozenset(str.split(
    "class classes brunch special specials market shift shifts crowd hours lunch dinner "
    "service services mass lesson lessons program programme session sessions league "
    "newsletter edition paper"))


def _a_weekly_thing(span: Span) -> bool:
    doc, at = span.doc, span[0].i
    before = doc[at - 1].lower_ if at > 0 else ""
    after = doc[at + 1].lower_ if at + 1 < len(doc) else ""
    return before in ("the", "our", "your", "every", "each") and after in _WEEKLY_THINGS


def _weekday(span: Span) -> Shape | None:
    last = span[-1]
    dated = last.i + 1 < len(last.doc) and last.doc[last.i + 1].lower_ in _ORDINAL_SET
    short_day = span[-1].text.rstrip(".") in ("mon", "wed")
    led = short_day and _first_word_before(span) in _WEEKDAY_LEADERS
    # "need finals mon": a phone writer's day closing the sentence or the paragraph (French
    # "mon" never does, though a wrap may end a line with it; "sat", "sun" do: "the sun")
    closing = short_day and len(span) == 1 and (
        last.i + 1 == len(last.doc) or last.doc[last.i + 1].is_punct
        or last.doc[last.i + 1].text.count("\n") > 1)
    if not dated and not led and not closing and any(t.text in _RISKY for t in span):
        return None  # "sat", "sun", "mon" in lower case are words; "mon 14th", "by mon" days
    first = span[0]
    if first.i > 0 and first.doc[first.i - 1].lower_ in _NAMED_DAYS:
        return None  # "Black Friday", "Cyber Monday", "Good Friday" are not this week's days
    if len(span) == 1 and _a_weekly_thing(span):
        return None  # "change the Saturday class to 9am": what happens every Saturday
    words = [t.lower_ for t in span]
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    modifier = ""
    if words[0] in ("this", "coming"):
        modifier = "this"
    elif words[0] == "next":
        modifier = "next"
    elif words[0] in ("last", "past"):
        modifier = "last"
    elif words[-1] == "week":
        modifier = "next_week" if words[-2] == "next" else "this"
    return Shape("weekday", weekday=weekday, modifier=modifier)


def _weekday_plus(span: Span) -> Shape | None:
    """"a week from Friday": Friday, and seven days on."""
    counted = _offset(span[:-2])
    day = _weekday(span[-1:])
    if counted is None or day is None or counted.unit not in ("day", "week"):
        return None
    days = counted.count * (7 if counted.unit == "week" else 1)
    return Shape("weekday", weekday=day.weekday, count=days)


def _weekday_week(span: Span) -> Shape | None:
    """"Thursday week": Thursday, and seven days on (not "Thursday week 2")."""
    doc = span.doc
    if span.end < len(doc) and (doc[span.end].like_num or doc[span.end].lower_ == "of"):
        return None
    day = _weekday(span[:1])
    return None if day is None else Shape("weekday", weekday=day.weekday, count=7,
                                          modifier="week")


def _day_word(span: Span) -> Shape | None:
    word = span[-1].lower_
    if len(span) > 1:
        return Shape("today", count=2)
    return Shape("today", count={"yesterday": -1, "today": 0, "tonight": 0}.get(word, 1))


def _eod(span: Span) -> Shape | None:
    return Shape("end_of", unit="day")


_PERIOD_WORDS = {"week": "week", "month": "month", "quarter": "quarter", "year": "year"}
_ABBREVIATED_END = {"eow": "week", "eom": "month", "eoq": "quarter", "eoy": "year"}
_KIND_WORDS = {
    "beginning": "start_of",
    "start": "start_of",
    "early": "start_of",
    "mid": "mid",
    "middle": "mid",
    "end": "end_of",
    "late": "end_of",
}


def _period(span: Span, default: str) -> Shape | None:
    """ "end of next month", "mid-March", "early next week", "end of Q2", "EOW"."""
    words = [t.lower_ for t in span]
    kind = next((_KIND_WORDS[w] for w in words if w in _KIND_WORDS), default)
    count = 1 if ("next" in words or "following" in words) else 0
    for token in span:
        if token.lower_ in MONTHS:
            if token.text in _RISKY:
                return None
            month = MONTHS[token.lower_]
            return (
                Shape(kind, month=month)
                if kind == "mid"
                else Shape(kind, unit="month", month=month)
            )
    quarter = next((w for w in words if w in ("q1", "q2", "q3", "q4")), None)
    if quarter is not None:
        return Shape("end_of", unit="quarter", month=3 * int(quarter[1]))
    unit = next((_PERIOD_WORDS[w] for w in words if w in _PERIOD_WORDS), None)
    unit = unit or _ABBREVIATED_END.get(words[0])
    if words[-1] == "end" and _names_a_thing(span):
        return None  # "the year-end appeal", "our quarter-end numbers": no date
    if kind == "mid":  # "mid next month": the 15th; "mid next week" names no day
        return Shape("mid", unit="month", count=count) if unit == "month" else None
    return Shape(kind, unit=unit, count=count) if unit else None


def _weekend(span: Span) -> Shape | None:
    """"before the weekend", "by this weekend": the end of this working week; the weekend
    itself ("over the weekend", "have a great weekend") names no day."""
    first = span[0]
    before = first.doc[first.i - 1].lower_ if first.i else ""
    if before == "before":  # the day before this Saturday (see due._strictly_before)
        return Shape("weekday", weekday=5, modifier="this")
    return Shape("end_of", unit="week") if before == "by" else None


def _names_a_thing(span: Span) -> bool:
    """Whether ``span`` is used as an adjective: a noun follows it ("year-end appeal")."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    return (following is not None and following.is_alpha and not following.is_space
            and following.lower_ not in _NOT_A_NOUN)


_NOT_A_NOUN = frozenset(str.split(
    "at and or but so if when which that please deadline latest is we the to for by as "
    "this next will"))


def _weekday_after_next(span: Span) -> Shape | None:
    """"the Friday after next": the coming Friday, and seven days on."""
    weekday = next((WEEKDAYS[t.lower_] for t in span if t.lower_ in WEEKDAYS), None)
    return None if weekday is None else Shape("weekday", weekday=weekday, count=7)


def _offset_from_tomorrow(span: Span) -> Shape | None:
    """"a week from tomorrow": the offset, one day later (calendar days only)."""
    shape = _offset(span[:-2])
    if shape is None or shape.business or shape.unit not in ("day", "week"):
        return None
    days = shape.count * (7 if shape.unit == "week" else 1) + 1
    return Shape("offset", count=days, unit="day")


# "10 business days", "sous 10 jours ouvrés", "innerhalb von 5 Werktagen", "15 días hábiles"
_BUSINESS_WORDS = frozenset(("working", "business", "biz", "ouvrés", "ouvrables", "hábiles",
                             "laborables", "werktage", "werktagen", "arbeitstage", "arbeitstagen"))


def _offset(span: Span) -> Shape | None:
    first = span[0]
    if first.i > 0 and first.doc[first.i - 1].lower_ in _DURATION_VERBS:
        return None  # "build in 5 business days for review" is a duration, not a date
    if span.end < len(span.doc) and span.doc[span.end].lower_ in _MORE_AFTER:
        return None  # "das Geld in zwei Wochen mehr Online-Werbung stecken": more time bought
    words = [t.lower_ for t in span]
    business = any(w in _BUSINESS_WORDS for w in words)
    if "fortnight" in words:
        return Shape("offset", count=14, unit="day")
    count: int | None = 2 if "couple" in words else 1 if words[:2] == ["the", "day"] else None
    if count is None:
        count = next(
            (v for w in words if w not in ("a", "an") and (v := number_value(w)) is not None),
            None,
        )
        if count is None:
            count = 1 if ("a" in words or "an" in words) else None
    # English units, or French, German and Spanish ones ("dans deux semaines", "in zwei Wochen")
    unit = next((u for w in words if (u := _UNITS.get(w) or _FOREIGN_UNITS.get(w))), None)
    if count is None or unit is None:
        return None
    if unit == "hour":
        return Shape("offset", count=count // 24, unit="day")
    return Shape("offset", count=count, unit=unit, business=business)


def _lead(span: Span) -> Shape | None:
    """ "two weeks before": an offset that needs the date it is measured back from."""
    shape = _offset(span)
    if shape is None:
        return None
    return Shape("lead", count=shape.count, unit=shape.unit, business=shape.business)


# "by the first week of March" is a deadline; "the promo runs the last week of August" and
# "shift $15,000 into the last week of August" name a stretch of time, not a day.
_DEADLINE_BEFORE = frozenset(("by", "before"))
_DEADLINE_PAIRS = frozenset((("ahead", "of"), ("prior", "to"), ("time", "for"), ("later", "than"),
                            # "ready for Easter", "the signs up for Black Friday"
                            ("ready", "for"), ("done", "for"), ("finished", "for"),
                            ("live", "for"), ("up", "for"), ("printed", "for"),
                            # the day the work meets the public: "the gift sets go on sale Black
                            # Friday", "in stores Cyber Monday", "goes live Boxing Day"
                            ("on", "sale"), ("in", "stores"), ("go", "live"), ("goes", "live")))


def _deadline_before(span: Span) -> bool:
    doc, i = span.doc, span.start
    before = [t.lower_ for t in doc[max(0, i - 3) : i] if not t.is_space and t.lower_ != "the"]
    return bool(before) and (before[-1] in _DEADLINE_BEFORE
                             or tuple(before[-2:]) in _DEADLINE_PAIRS)


def _nth_weekday(span: Span) -> Shape | None:
    """"the first Monday of March", "the last Friday in June"."""
    words = [t.lower_ for t in span]
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    count = next((_NTH[w] for w in words if w in _NTH), None)
    if month is None or weekday is None or count is None or span[-1].text in _RISKY:
        return None
    return Shape("nth_weekday", month=month, weekday=weekday, count=count)


def _week_of(span: Span) -> Shape | None:
    """"the first week of March" (its first day), "the last week of March"."""
    words = [t.lower_ for t in span]
    month = MONTHS.get(words[-1])
    count = next((_NTH[w] for w in words if w in _NTH), None)
    if month is None or count is None or span[-1].text in _RISKY or not _deadline_before(span):
        return None  # "runs the last week of August" is a flight, "by the first week of" a date
    return Shape("week_of", month=month, count=count)


#: Words before a holiday that make it the day something is due or may not happen:
#: "before Christmas", "by Thanksgiving", "on Boxing Day", "after New Year's" (not "a
#: Christmas campaign", "Merry Christmas", "the ads for Valentine's").
_HOLIDAY_LEADERS = frozenset(("by", "before", "until", "till", "on", "after", "over"))



def _holiday(span: Span) -> Shape | None:
    doc = span.doc
    before = [t.lower_ for t in doc[max(0, span.start - 4) : span.start]
              if not t.is_space and t.lower_ != "the"]
    if not before or not (before[-1] in _HOLIDAY_LEADERS
                          or tuple(before[-3:]) == ("in", "time", "for")
                          or tuple(before[-2:]) in _DEADLINE_PAIRS):
        return None
    if before[-1] in ("before", "after") and before[-2:-1] in (["week"], ["weekend"], ["month"]):
        return None  # "the promo runs the week before Valentine's Day": a stretch, not a day
    if before[-1] in ("before", "after") and len(before) > 1 and before[-2] in WEEKDAYS:
        return None  # "the Friday before Christmas": the weekday's (see due._weekday_before)
    name = " ".join(t.lower_.replace("\u2019", "'") for t in span).replace(" 's", "'s")
    day = HOLIDAY_DAYS.get(name)
    if day is None or name == "thanksgiving":  # (October's in Canada: the writer's calendar)
        return Shape("holiday", unit=name) if is_named_holiday(name) else None
    if len(day) == 3:
        return Shape("nth_weekday", month=day[0], weekday=day[1], count=day[2])
    return Shape("month_day", month=day[0], day=day[1])


def _foreign_day(span: Span) -> Shape | None:
    """"demain", "morgen", "mañana", "après-demain", "pasado mañana"."""
    words = [t.lower_ for t in span]
    if words[0] in ("après", "pasado"):
        return Shape("today", count=2)
    if words[0] == "morgen" and span[0].text == "Morgen":
        return None  # "Guten Morgen": the morning, a greeting
    return Shape("today", count=_FOREIGN_DAY_WORDS[words[0]])


def _foreign_span(span: Span) -> Shape | None:
    """"fin mars", "Ende März", "a finales de marzo", "début avril", "fin du mois"."""
    words = [t.lower_ for t in span]
    if words == ["monatsende"]:
        return Shape("end_of", unit="month")
    kind = next((_FOREIGN_SPANS[w] for w in words if w in _FOREIGN_SPANS), None)
    if kind is None:
        return None
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is None:
        return Shape(kind, unit="month") if kind != "mid" else Shape("mid", unit="month")
    return Shape(kind, month=month) if kind == "mid" else Shape(kind, unit="month", month=month)


def _foreign_next_weekday(span: Span) -> Shape | None:
    weekday = next((WEEKDAYS[t.lower_] for t in span if t.lower_ in WEEKDAYS), None)
    return None if weekday is None else Shape("weekday", weekday=weekday, modifier="next")


# ... and the old day of a move: "au 13 septembre au lieu du 6", "statt auf den 6."
_DAY_NUMBER_LEADS = frozenset(("avant", "pour", "vor", "bis", "antes", "para", "hasta", "d'ici",
                               "lieu", "statt", "anstatt", "auf", "vez", "lugar", "non"))


def _foreign_day_number(span: Span) -> Shape | None:
    """"avant le 15": the next 15th (not "le 15 mars", which the month patterns read)."""
    last = span[-1]
    doc = last.doc
    if len(span) > 1 and (span.start == 0 or doc[span.start - 1].lower_ not in _DAY_NUMBER_LEADS):
        return None  # "le 15" needs "avant", "pour", "bis", "antes", "para" before it
    following = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
    following = doc[last.i + 2].lower_ if following == "." and last.i + 2 < len(doc) else following
    if following in MONTHS or following[:1].isdigit():
        return None
    day = 1 if last.lower_ in ("1er", "1re") else int(last.text)
    return Shape("ordinal", day=day) if 1 <= day <= 31 else None


def _foreign_next_week(span: Span) -> Shape | None:
    """"la semaine prochaine", "nächste Woche": its Monday, as "next week"."""
    return Shape("start_of", unit="week", count=1)


def _calendar_week(span: Span) -> Shape | None:
    """"KW 6": the Monday of ISO week 6."""
    return Shape("iso_week", count=int(span[-1].text))


def _one_unit_ahead(span: Span) -> Shape | None:
    """"binnen einer Woche", "dans un mois": one of the unit from the mail's day."""
    unit = _FOREIGN_UNITS.get(span[-1].lower_)
    return Shape("offset", count=1, unit=unit) if unit else None


def _french_days_ahead(span: Span) -> Shape | None:
    """"sous huitaine": within eight days; "sous quinzaine": fifteen."""
    return Shape("offset", count=8 if span[-1].lower_ == "huitaine" else 15, unit="day")


def _end_of_next_week(span: Span) -> Shape | None:
    """"Ende nächster Woche", "fin de la semaine prochaine": as "the end of next week"."""
    return Shape("end_of", unit="week", count=1)


def _calendar_week_end(span: Span) -> Shape | None:
    """"Ende KW 36": the Friday of ISO week 36."""
    return Shape("iso_week", count=int(span[-1].text), weekday=4)


def _week_after_next(span: Span) -> Shape | None:
    """"the week after next": its Monday, as "next week" is next week's."""
    return Shape("start_of", unit="week", count=2)


def _ordinal_next_month(span: Span) -> Shape | None:
    """"the 3rd of next month"."""
    day = next((v for t in span if (v := ordinal_value(t.lower_)) is not None), None)
    return Shape("month_day", day=day, count=1) if day else None


def _last_day(span: Span) -> Shape | None:
    """"the last day of the month", "the last business day of March"."""
    words = [t.lower_ for t in span]
    business = "business" in words or "working" in words
    if words[-1] == "month":
        return Shape("end_of", unit="month", business=business)
    if span[-1].text in _RISKY:
        return None
    return Shape("end_of", unit="month", month=MONTHS[words[-1]], business=business)


_SHAPERS = {
    "MD": _month_day,
    "DM": _month_day,
    "MDW": _spelled_month_day,
    "DMW": _spelled_month_day,
    "NUM": _numeric,
    "DASHED": _dashed,
    "DAYDASH": _day_dash_month,
    "ISO": _iso,
    "ORD": _ordinal,
    "LEARNDAY": _learner_day,
    "WD": _weekday,
    "WDPLUS": _weekday_plus,
    "WDWEEK": _weekday_week,
    "WDAFTERNEXT": _weekday_after_next,
    "OFFSETTMRW": _offset_from_tomorrow,
    "DAYWORD": _day_word,
    "EOD": _eod,
    "END": lambda span: _period(span, "end_of"),
    "START": lambda span: _period(span, "start_of"),
    "WEEKEND": _weekend,
    "MDASH": _month_dash,
    "OFFSET": _offset,
    "LEAD": _lead,
    "NTHWD": _nth_weekday,
    "WEEKOF": _week_of,
    "LASTDAY": _last_day,
    "ORDNEXT": _ordinal_next_month,
    "AFTERNEXT": _week_after_next,
    "HOLIDAY": _holiday,
    "FDAY": _foreign_day,
    "FSPAN": _foreign_span,
    "FNEXTWEEK": _foreign_next_week,
    "FNEXTWD": _foreign_next_weekday,
    "FOFFSET": _offset,
    "FDAYNUM": _foreign_day_number,
    "FKW": _calendar_week,
    "FKWEND": _calendar_week_end,
    "FENDNEXTWEEK": _end_of_next_week,
    "FONE": _one_unit_ahead,
    "FHUITAINE": _french_days_ahead,
}

_CALENDAR = frozenset(("MD", "DM", "MDW", "DMW", "NUM", "DASHED", "DAYDASH", "ISO", "ORD",
                       "MDASH"))
# "Friday, March 3", "Freitag, den 8. Januar", "vendredi le 8 janvier", "el viernes 8".
_JOINERS = frozenset({",", "the", "on", "at", "-", "den", "der", "le", "el", "am"})


def _merge_neighbours(doc: Doc, found: list[DateMatch]) -> list[DateMatch]:
    """Join "Friday, March 3" into one date; drop "COB" next to a date (it is a cue there)."""
    merged: list[DateMatch] = []
    for match in found:
        previous = merged[-1] if merged else None
        if previous is not None and _adjacent(doc, previous, match):
            if match.label == "EOD":
                continue
            if previous.label == "EOD":
                merged[-1] = match
                continue
            if previous.label == "WD" and not previous.shape.modifier and match.label in _CALENDAR:
                merged[-1] = DateMatch(previous.start, match.end, match.shape, match.label)
                continue
        merged.append(match)
    return [_with_its_day_number(doc, m) for m in merged]


# What may follow a weekday's bare day number: "on Wednesday 28.", "el miércoles 28 a las 10"
# (not "Wednesday 28 pages", "Friday 3 pm", "Monday 10:30", "Sunday 1-4": a count, a time)
_AFTER_A_DAY_NUMBER = frozenset(("", ".", ",", ";", "!", "?", ")", "and", "or", "at",
                                 "a", "y", "et", "und", "for", "por", "pour", "für", "is", "es",
                                 "est", "ist", "please", "pls", "thanks", "por favor", "bitte"))


def _with_its_day_number(doc: Doc, match: DateMatch) -> DateMatch:
    """A weekday with the day of the month after it, bare ("Wednesday 28", "el miércoles 28",
    "am Mittwoch, 28."): that day, as "Wednesday the 28th" is read, not the next Wednesday."""
    if match.label != "WD" or match.shape.modifier:
        return match
    k = match.end
    if k < len(doc) and doc[k].lower_ in (",", "the", "den", "le", "el"):
        k += 1
    if k >= len(doc) or not doc[k].text.isdigit() or len(doc[k].text) > 2 \
            or not 1 <= int(doc[k].text) <= 31:
        return match
    after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    if after not in _AFTER_A_DAY_NUMBER or (after == "." and k + 2 < len(doc)
                                              and doc[k + 2].text[:1].isdigit()):
        return match  # (nor "Friday 28.5": a number)
    return DateMatch(match.start, k + 1, Shape("ordinal", day=int(doc[k].text)), "ORD")


def _adjacent(doc: Doc, left: DateMatch, right: DateMatch) -> bool:
    gap = doc[left.end : right.start]
    return len(gap) <= 2 and all(t.lower_ in _JOINERS or t.is_space for t in gap)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
