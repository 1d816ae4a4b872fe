"""Shapes the tune50 mails (1420-1439) showed, each beside sentences the same rule must not
fire on (issue 12): a ban after "whatever you do", a rule passed on ("legal reminded us
that ..."), "any chance we could ... instead of ...", a price to advertise."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.unit.shapes import kinds, money

SENT = datetime(2027, 12, 13, 15, tzinfo=UTC)  # a Monday




@pytest.mark.parametrize(("text", "expected"), [
    ("Sam - whatever you do, don't use the old logo with the swoosh.", "-R-"),
    ("Whatever you do, don't use the old logo with the swoosh.", "-R-"),
    ("Whatever you do is fine with us.", "---"),
    ("Whatever you decide works for us.", "---"),
    # a report, not a ban
    ("We didn't use the old logo last time.", "---"),
])
def test_a_ban_after_an_emphasis_is_a_rule(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Third, legal reminded us that every testimonial needs the "results not typical" line.',
     "-R-"),
    ("The venue told us that all signs need grommets.", "-R-"),
    # what each piece did or got: no rule
    ("Dana told me that every post gets about 200 likes.", "---"),
    ("Legal told us that every ad has been approved.", "---"),
])
def test_a_rule_passed_on_is_a_rule(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Any chance we could get the menu boards by the 22nd instead of the 28th?", "C--"),
    ("Any chance we could use the blue one instead?", "C--"),
    ("Any chance we could do lunch on the 22nd instead?", "---"),
    ("Any chance you could send the invoice to accounts instead of me?", "---"),
])
def test_any_chance_of_another_day_or_piece_is_a_change(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We want to advertise ours at $39 to undercut them.", [("39", "price")]),
    ("We want to sell it at $39.", [("39", "price")]),
    # money to spend stays a budget
    ("Let's spend about $5k on Facebook for it over January.", [("5000", "budget")]),
    ("We want to spend $3,000 on the launch ads.", [("3000", "budget")]),
])
def test_a_price_to_advertise_is_no_budget(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected
