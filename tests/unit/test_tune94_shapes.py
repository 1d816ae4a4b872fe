"""Shapes the tune94 mails (2520-2539: days in whole mails) showed: "by Thursday so Dr. Lowe
can look at them before the weekend" (the client's own next step), a labelled event's day
that a lead counts back from ("Next event: ..., Saturday Dec 8. We'll need the poster two
weeks ahead"), "before the grand reopening on November 17" (the 16th), a date printed on the
piece put right ("change the date on the invitation to 2 de diciembre"), "on the wire
Thursday", and a day spoken of as a move's reason is no ask (issue 12). Each beside the words
that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due

SENT = datetime(2029, 10, 29, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Please send the final proofs by Thursday so Dr. Lowe can look at them before the "
     "weekend.", ["2029-11-01"]),
    ("Next event: Winter Market, Saturday Dec 8. We'll need the poster two weeks ahead.",
     ["2029-11-24"]),
    ("Deadline: Dec 8. We'll need proofs two weeks ahead.", ["2029-12-08", "2029-11-24"]),
    ("We'd like the new signs up before the grand reopening on November 17.", ["2029-11-16"]),
    ("Please change the date on the invitation to 2 de diciembre, we moved the posada.", []),
    ("Please move the launch to December 2.", ["2029-12-02"]),
    ("Can you turn this around in 48 hours? The announcement is on the wire Thursday.",
     ["2029-10-31", "2029-11-01"]),
    ("Embargo lifts on January 6 at 9am ET.", []),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


def test_a_day_spoken_of_after_a_move_asks_nothing() -> None:
    changes, _, _ = extract_statements(
        "Works for me. One change: can the mailer drop on the 12th instead of the 9th? The 9th "
        "is too close to Veterans Day.", answering=True)
    assert len(changes) == 1
