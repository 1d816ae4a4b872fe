"""Days the thirty-third session's probe of 50 date sentences missed or misread: a numeric day
before "in-home" ("hold the 11/20 in-home date"), an ordinal before the thing that happens on
it ("approved by the 10th for the 15th launch"), the day a billboard comes down (the end of
its run, no deadline) and a day the work must not miss ("If we miss the 10th we lose the
slot"), a day spelled out ("by the first of December", "the twenty-first of November",
"Deadline is November fifteenth"), "12/15(Tue)", a zero-width space after a day, and a
learner's "for the day 15" (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due

SENT = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Proof approval needed by 11/6 to hold the 11/20 in-home date.",
     ["2026-11-06", "2026-11-20"]),
    ("The board is 3/4 in thick.", []),
    ("Content has to be approved by the 10th for the 15th launch.",
     ["2026-11-10", "2026-11-15"]),
    ("The 2nd launch of the app failed.", []),
    ("This is our 2nd launch this year.", []),
    ("The billboard goes up on Nov 9 and comes down Dec 6.", ["2026-11-09"]),
    ("If we miss the 10th we lose the slot.", ["2026-11-10"]),
    ("We missed the 10th last time.", []),
    ("We need it by the first of December.", ["2026-12-01"]),
    ("We need it by the twenty-first of November.", ["2026-11-21"]),
    ("Deadline is November fifteenth.", ["2026-11-15"]),
    ("by December first", ["2026-12-01"]),
    ("We may first need to talk.", []),
    ("We ranked first in December.", []),
    # a weekday glued to its date in brackets, a zero-width space pasted after a day
    ("Deadline is 12/15(Tue).", ["2026-12-15"]),
    ("Please send the final files by Friday\u200b.", ["2026-11-06"]),
    # a learner's day of the month, after a word that leads to a day and with nothing after
    ("We need to have the banners for the day 15.", ["2026-11-15"]),
    ("We would need the files for the 12.", ["2026-11-12"]),
    ("We need the art until day 15.", ["2026-11-15"]),
    ("Dinner for the 12 of us.", []),
    ("Day 2 of the shoot went well.", []),
    ("We need print before the day 20 of december.", ["2026-12-19"]),
    # the work's own run starts on its launch day; a talk wanted before a day is a meeting
    ("The campaign runs Jan 4 through Feb 28.", ["2027-01-04"]),
    ("The harvest sale runs October 15-28, so we need the creative by the 10th.",
     ["2026-11-10"]),
    ("We need to talk before Friday.", []),
    # a fix wanted by a day (not "swap the Saturday and Sunday posts": days swapped)
    ("Please fix the typo in the headline today.", ["2026-11-02"]),
    ("I'll fix the typo myself on Friday.", []),
    ("Can we swap the Saturday and Sunday posts?", []),
    ("We need the files before Friday.", ["2026-11-05"]),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
