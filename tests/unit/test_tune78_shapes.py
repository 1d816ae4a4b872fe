"""Shapes the tune78 mails (2160-2179, client mail the AE forwards, as other programs forward
it) showed: a signature's "License #HV-44821" and a voicemail's "Transcript:" are no rules,
"add "By appointment" under the address" (words to print, no appointment), "Budget goes up to
$11,000" (risen, no ceiling), "so we need 5 wraps not 3", "the report should open with the
scholarship numbers", a community's picnic, "we sold out by Saturday noon!" (last Saturday)
(issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 5, 14, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Mike Dale | Owner\nDale Heating & Air | License #HV-44821\nCall 24/7: (555) 019-2200",
     "---"),
    ("Transcript: Hey Sam it's Dale from Price Auto.", "---"),
    ("Every ad must show our license number.", "-R-"),
    ("Transcripts: every video needs one.", "-R-"),
    ('And add "By appointment" under the address.', "C--"),
    ("Can we move the appointment to Friday?", "---"),
    ("Sam - we added two trucks, so we need 5 wraps not 3.", "C--"),
    ("We need 500 flyers, not 300.", "C--"),
    ("We need 5 days not 3 for printing.", "---"),
    ("Grace - the report should open with the scholarship numbers, not the letter from me.",
     "C--"),
    ("We should start with a call next week.", "---"),
    ("The store should open with a sale.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Budget goes up to $11,000 total.", [("11000", "budget")]),
    ("The budget went up to $8,000 after the board meeting.", [("8000", "budget")]),
    ("We can spend up to $5,000.", [("5000", "cap")]),
    ("Sam, I talked to my partner, we can go up to 8k on the storm season push.",
     [("8000", "cap")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The picnic is Saturday June 16 at Riverside Park.", ["2029-06-16"]),
    ("Sam, the Mother's Day ads did great, we sold out by Saturday noon!", []),
    ("We sold out last time, so we need the ads by Saturday.", ["2029-05-19"]),
    ("It was great, thanks! The new flyers need to be out Friday.", ["2029-05-18"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
