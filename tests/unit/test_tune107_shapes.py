"""Shapes the tune107 mails (2780-2799: rules beside words that sound like rules) showed:
someone's check of each piece ("Our compliance officer reviews every script before
filming"), a kind of content kept out ("nothing political on the posters please"), the day a
rule starts ("From January 1, all local ads must use ..."), and the writer bringing something
("I'll bring some Thursday") (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2030, 11, 5, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    ("Our compliance officer reviews every script before filming.", "-R-"),
    ("Legal checks every ad before it runs.", "-R-"),
    ("I review every draft with my wife.", "---"),
    ("Sam - nothing political on the posters please, we have members on all sides.", "-R-"),
    ("Nothing salesy, please.", "-R-"),
    ("Nothing political about it, just a mix-up.", "---"),
    ("There was nothing controversial in the last campaign.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("From January 1, all local ads must use the new Peak wordmark.", []),
    ("As of March 1 all posts must carry the new hashtag.", []),
    ("From January 1 we need the ads running.", ["2031-01-01"]),
    ("Sam, you have to try the new chai blend, I'll bring some Thursday.", []),
    ("Can you bring the proofs Thursday?", ["2030-11-07"]),
])
def test_days_that_are_no_deadline(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
