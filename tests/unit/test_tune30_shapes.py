"""Shapes found by the tune30 batch (``tests/data/extraction/specs_42.py``, scored blind
before any rule was written): thumbs that swapped two letters ("cna you make teh logo
bigger"), "needed April 22" in a subject, a label's span of days, "do a version without the
price", an approval given for money, "don't change the headline, it's perfect", and a
landlord's "can't cover". Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2027, 4, 12, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "changes"), [
    ("cna you make teh logo bigger and swap the bike photo for the red one?", 1),
    ("coudl you swap teh photo?", 1),
    ("teh photo is great, thanks", 0),  # praise, typed in a hurry
    ("Can you also do a version without the price?", 1),
    ("Can you make one with more space?", 1),
    ("We did a version with the logo in white last year.", 0),
])
def test_hurried_typing_and_another_version(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


def test_the_typed_words_stay_as_typed_in_the_evidence() -> None:
    text = "cna you make teh logo bigger?"
    assert _read(text)["cr"] == [text]


@pytest.mark.parametrize(("text", "due"), [
    ("Easter flyer: budget $900, needed April 22", ["2027-04-22"]),
    ("Planogram reset: May 17-19\nPOS in stores: May 14\nArtwork to printer: April 30",
     ["2027-05-14", "2027-04-30"]),
    ("Launch: May 17-19", ["2027-05-17"]),  # a launch's first day is still its day
    ("Launch: May 17", ["2027-05-17"]),
])
def test_needed_on_a_day_and_a_labels_span(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due


@pytest.mark.parametrize(("text", "rules"), [
    ("Good news, we got approval for another $5,000 for the radio flight.", 0),
    ("All ads are subject to legal approval.", 1),
    ("Don't change the headline, it's perfect.", 0),
    ("Don't change the logo colours, ever.", 1),
    ("Our landlord says window decals can't cover more than 25% of the glass.", 1),
    ("Signage can't cover the windows.", 1),
    ("I can't cover the cost of the shoot.", 0),  # the writer's money, no rule
])
def test_approvals_given_praise_kept_and_a_landlords_limit(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules
