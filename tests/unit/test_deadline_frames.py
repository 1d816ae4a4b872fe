"""Deadlines in the frames of ``benchmarks/deadlines.py``'s tuned list, and look-alikes that
set no due date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 2, 24, 15, tzinfo=UTC)  # a Wednesday


def _due(text: str) -> list[str]:
    return [d.date.isoformat()
            for d in extract(text, sent_at=SENT, timezone="America/New_York").due_dates]


@pytest.mark.parametrize(("text", "due"), [
    ("We need the invitation by March 3.", ["2027-03-03"]),  # a printed piece, not a meeting's
    ("Deadline for the invitation is Friday.", ["2027-02-26"]),
    ("Ideally the banners would be done March 3.", ["2027-03-03"]),
    ("We need the press release by the 15th.", ["2027-03-15"]),
    ("Invitation: Concept review @ Thu Mar 4, 2027 2pm - 3pm", []),  # a calendar's invitation
    ("We met about the final files on March 3.", []),  # a meeting about a piece of work
    ("Can we have a call about the final files Friday?", []),
    ("We're expecting rain on Friday.", []),
    ("We're expecting 200 guests on March 3.", []),
])
def test_deadline_frames(text: str, due: list[str]) -> None:
    assert _due(text) == due
