"""Shapes the tune97 mails (2580-2599: feedback in idioms, house rules as facts) showed: a
"since" that gives a reason, a comparative after its degree ("go a touch lighter on"), a
name opening a sentence with its dash, a brief's "Tone:" line, a naming rule ("patients are
never called cases"), and a fix without its subject after its fault ("Could use a bit more
breathing room.") (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2030, 1, 7, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("We need to decide by Friday since the printer needs the file on the 15th.",
     ["2030-01-15"]),
    ("Since we launch on the 15th, the ads must be ready.", []),
    # a day gone by
    ("We have been waiting since the 15th.", []),
    ("We have had no word since last Monday.", []),
])
def test_since_as_a_reason_or_a_day_gone_by(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I'd go a touch lighter on the background.", "C--"),
    ("I would go a bit bigger on the logo.", "C--"),
    ("Sam - I'd go a touch lighter on the background.", "C--"),
    ("Tone: too formal, can we loosen it up?", "C--"),
    ("Tone: warm, a little playful", "-R-"),
    ("Patients are never called \"cases\".", "-R-"),
    ("Members are always referred to as members, never customers.", "-R-"),
    # the business's own habits, a past, a verb's other sense
    ("We go a little bigger on Black Friday every year.", "---"),
    ("We went a bit bigger on the logo last year.", "---"),
    ("He was never called back.", "---"),
    ("The team is never called in on weekends.", "---"),
    ("Our clients are never called before 9am.", "---"),
    ("Style: TBD", "---"),
    ("Thanks, we got the files.", "---"),
    ("Sam, we loved it.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_fix_without_its_subject_joins_its_fault() -> None:
    changes, _, _ = extract_statements(
        "The prices look crammed next to the wine names. Could use a bit more breathing room.",
        answering=True)
    assert [c.evidence.sentence for c in changes] == [
        "The prices look crammed next to the wine names. Could use a bit more breathing room."]
    praised, _, _ = extract_statements("The copy is great. Could use a bit more color.",
                                       answering=True)
    assert len(praised) <= 1
    assert all("The copy is great" not in c.evidence.sentence for c in praised)
