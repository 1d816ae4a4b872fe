"""Shapes the tune96 mails (2560-2579: proof rounds and briefs) showed: a day accepted "for
those" things (not for those calls), and a day said with its news or hedge after it ("we need
it by the 14th now") (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due

SENT = datetime(2029, 12, 3, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("The radio scripts can wait, two weeks from today is fine for those.", ["2029-12-17"]),
    ("Friday is fine for these.", ["2029-12-07"]),
    ("Friday is fine for the proofs.", ["2029-12-07"]),
    # a meeting's day, however many meetings
    ("The banners can wait, Friday is fine for those calls.", []),
    ("Friday is fine for the reviews.", []),
    ("Friday is fine for the review.", []),
])
def test_a_day_accepted_for_things_pointed_at(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No, we need it by the 14th now.", ["2029-12-14"]),
    ("We need the files by the 14th ideally.", ["2029-12-14"]),
    ("Proofs by the 20th again, please.", ["2029-12-20"]),
    # an ordinal that counts, not a day
    ("We are on the 3rd now.", []),
    ("This is the 4th now that I ask.", []),
])
def test_a_day_said_with_its_news_after_it(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
