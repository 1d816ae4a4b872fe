"""Shapes the tune79 mails (2200-2219, asks that lean on the thread) showed: "Can it go out
Thursday instead?", "Spin on Wednesday moved to 7am", "My GM wants the rate on the banner to
be the member rate" (and its "Can you update?"), a fault and "Can you trim each one to 75
words?", a tasting's day (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 6, 11, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


def changes(text: str) -> list[str]:
    return [c.evidence.sentence for c in extract(text, sent_at=SENT, timezone=ZONE)
            .change_requests]


@pytest.mark.parametrize(("text", "expected"), [
    ("Looks lovely! Can it go out Thursday instead?", "C--"),
    ("Can it go out Thursday?", "---"),
    ("Spin on Wednesday moved to 7am.", "C--"),
    ("Our call moved to 3pm.", "---"),
    ("The delivery moved to 10am.", "---"),
    ("My GM wants the rate on the banner to be the member rate.", "C--"),
    ("My boss wants the banner to be ready by Friday.", "---"),
    ("My boss wants to meet on Friday.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('My GM wants the rate on the banner to be the member rate, $149, with "members save 15%" '
     "under it. Can you update?",
     ['My GM wants the rate on the banner to be the member rate, $149, with "members save 15%" '
      "under it. Can you update?"]),
    ("The bios are too long for the print directory. Can you trim each one to 75 words?",
     ["The bios are too long for the print directory. Can you trim each one to 75 words?"]),
    # a fix of the second fault in the sentence before stays an ask of its own
    ("The body text is too small, and the timeline on panel 4 skips 1903. Could you add that "
     "year?", ["The body text is too small, and the timeline on panel 4 skips 1903.",
               "Could you add that year?"]),
])
def test_a_fault_and_its_fix(text: str, expected: list[str]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Can we swap the Saturday and Sunday posts? The tasting is on Sunday now.",
     ["2029-06-17"]),
    ("Looks lovely! Can it go out Thursday instead?", ["2029-06-14"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
