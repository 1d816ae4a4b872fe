"""Shapes found by the tune43 batch (``tests/data/extraction/specs_57.py``: English written by
French, German, Spanish, Italian and Dutch speakers, and mail mixing the languages; scored
blind before any rule was written: due dates 0.667, change requests 0.929, requirements
0.941). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 7, 26, 9, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="Europe/Paris", day_first=True)
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "due"), [
    ("Could you please modify the visual for the 15/09?", ["2027-09-15"]),
    ("Thanks to you and the team for the time on Tuesday.", []),
    ("The brochure should be ready for the open house on August 30, so by the 27th please.",
     ["2027-08-27"]),
    ("We would like the first designs on 13 August.", ["2027-08-13"]),
    ("We would like a call on Monday.", []),
    ("The open day is Saturday 2 October; we'd like everything printed by September 17.",
     ["2027-09-17"]),
    ("We are waiting the new version for Tuesday.", ["2027-07-27"]),
    ("We are waiting for your answer since Monday.", []),
    ("The calendars are in the stores from 1 November.", ["2027-11-01"]),
    ("The opening hours on Sunday are wrong, we open at 7 and not at 8.", []),
    ("The store opens on Saturday.", ["2027-07-31"]),
    ("Please stop the Instagram ads from today, we have a problem with the stock.", []),
    ("Please send the files today.", ["2027-07-26"]),
])
def test_days_in_learners_english(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due


@pytest.mark.parametrize(("text", "changes"), [
    ("The orange is too much flashy, we prefer a more soft colour.", 1),
    ("There is too much going on.", 0),
    ("It costs too much for us.", 0),
    ("And please put the photo of the rye bread bigger on the start page.", 1),
])
def test_changes_in_learners_english(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize(("text", "rules"), [
    ("For the emails, please no stock photos of people with laptops, is too much cliché.", 1),
    ("For the record, no changes from us.", 0),
    ("In the end, no one came.", 0),
])
def test_a_ban_after_an_opening_phrase(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules
