"""Shapes the tune93 mails (2500-2519: briefs) showed: a goal's stretch ("sell 5000 pcs in 3
months after launch") is no deadline; "The first performance is December 7" and "We open
November 9" are the client's own days; a total and its parts after a colon; a demand the
client takes on ("which we'll handle ourselves"); "keep all rate language approved by
compliance"; a rate to bring down to a figure and press coverage wished are goals (issue 12).
Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 10, 22, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Our target is to sell 5000 pcs of the new sambal in 3 months after launch.", []),
    ("Our goal is to have the site live by May 1.", ["2030-05-01"]),
    ("The first performance is December 7.", ["2029-12-07"]),
    ("We open November 9.", ["2029-11-09"]),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Total budget is $40,000: $25,000 media and $15,000 production.",
     [("40000", "budget"), ("25000", "other"), ("15000", "other")]),
    ("Budget: $5,000 for design and $3,000 for print.", [("5000", "budget"), ("3000", "budget")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The city requires a permit for the sidewalk sign, which we'll handle ourselves.", "---"),
    ("The city requires a permit for every sign.", "-R-"),
    ("Please keep all rate language approved by compliance.", "-R-"),
    ("We'd also love to get featured in the local paper.", "--O"),
    ("We got featured in the local paper last year.", "---"),
    ("We need to bring our no-show rate down from 18% to under 10% with better reminders.",
     "--O"),
    ("Can you bring the contrast down to 80%?", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected
