"""Shapes the tune51 mails (1440-1459) showed, each beside sentences the same rule must not
fire on (issue 12): what a piece is wished to carry, "move things around", a rule that
signage "may not cover more than", which piece is the priority, "not a cent over", a sum a
month put into a channel beside a retainer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.unit.shapes import kinds, money

SENT = datetime(2028, 1, 4, 15, tzinfo=UTC)  # a Tuesday




@pytest.mark.parametrize(("text", "expected"), [
    ("He would like the Presidents Day TV spot to mention the 0% financing.", "C--"),
    ("We'd like the ad to include the phone number.", "C--"),
    ("He'd like the banner to have our address.", "C--"),
    # no piece of the work carries it
    ("We'd like the team to mention it at the meeting.", "---"),
    ("I'd like our staff to have the new uniforms by March.", "---"),
    ("We would like the store to have a grand reopening in May.", "---"),
])
def test_what_a_piece_is_wished_to_carry_is_a_change(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We need to move things around a bit.", "---"),
    ("Let's shake things up.", "---"),
    ("We need to move things around on the homepage.", "C--"),
    ("Please move the logo up a bit.", "C--"),
])
def test_moving_things_around_names_no_change(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Window signage may not cover more than 25% of any storefront window.", "-R-"),
    ("The banner may not block the fire exit sign.", "-R-"),
    ("The rain may not cover the whole weekend.", "---"),
    ("The budget may not cover more than the print run.", "---"),
])
def test_what_signage_may_not_cover_is_a_rule(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We're thinking mid-January for the email, but the landing page is the priority.", "---"),
    ("Brand awareness among under-30s is the priority.", "--O"),
    ("Getting 500 new members is the priority.", "--O"),
])
def test_the_piece_that_comes_first_is_no_goal(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("For the Valentine's mailer we can do 4k but not a cent over.", [("4000", "cap")]),
    ("We have $5,000, not a dime over.", [("5000", "cap")]),
    ("For Q1 we'd like to put $2,500/month into paid social. Your retainer stays at "
     "$4,000/month as agreed.", [("2500", "budget"), ("4000", "fee")]),
    ("We'd like to put $2,500 a month into paid social.", [("2500", "budget")]),
    # an agreed fee for the job is still its budget; a budget that stays is one
    ("Your fee stays at $6,500 for the strategy work.", [("6500", "budget")]),
    ("The budget stays at $5,000.", [("5000", "budget")]),
])
def test_caps_and_sums_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected
