"""Shapes the tune59 mails (1680-1699) showed: rules said by corporate, a platform, a board,
as what is always or never done, announced as "things from compliance"; deadlines said
"first thing Monday" or with a reason after "as" (issue 12), each beside sentences the same
rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2028, 6, 5, 16, 45, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    # someone's firm rule
    ('Also corporate insists every piece carries the "Member FDIC" line.', "-R-"),
    ("I insist you take a break this weekend!", "---"),
    # what is always or never done to the work; a lead-in's past is not the rule's
    ("One more thing I forgot: our models are never retouched, it's a big part of our brand.",
     "-R-"),
    ("Prices are always shown with the tax included.", "-R-"),
    ("Our store is never closed on Sundays.", "---"),
    ("The logo was never shown on the old site.", "---"),
    ("We were always busy in summer.", "---"),
    ("Are the photos always retouched?", "---"),
    # someone outside the work forbids or orders
    ("Please note Amazon doesn't let us show the price in the main image.", "-R-"),
    ("Sam, the state dental board says we can't offer free cleanings in ads anymore, so the $0 "
     "cleaning offer has to come off the postcard.", "CR-"),
    ("I don't let you use my photos without asking.", "---"),
    ("The portal doesn't let us upload files over 10 MB.", "---"),
    ("My boss says we can't afford a second round.", "---"),
    # rules announced as things from compliance: this sentence's rule and the next ones
    ("A few things from compliance for the savings campaign: rates are always shown with the "
     "APY and the date they were last updated.", "-R-"),
    ("A few things from the team for the party: bring snacks.", "---"),
    # one more piece of the work, "too"
    ("need the gift guide page too, by wed pls", "C--"),
    ("We need the logo files too, can you send them?", "---"),
    ("Sam, do our ads need the Equal Housing logo on social too, or just print?", "---"),
    ("I need the invoice too.", "---"),
    # a deadline said "first thing Monday" is no rule
    ("Sam, the buyers meet Tuesday morning, so we need the catalog PDF first thing Monday.",
     "---"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_the_rule_after_a_deadline_is_the_rule_not_the_deadline() -> None:
    _changes, rules, _goals = extract_statements(
        "The holiday card needs to be in the mail by Dec 14, and it must use the new logo.")
    assert [r.evidence.words for r in rules] == ["and it must use the new logo."]


@pytest.mark.parametrize(("text", "expected"), [
    ("We need the catalog PDF first thing Monday.", ["2028-06-12"]),
    # a reason after "as" names the day of something else
    ("We'll need the printed copies no later than 16/06 as the first session is on the 17th.",
     ["2028-06-16"]),
    ("As the fair is on June 20, we need the banners by June 16.", ["2028-06-16"]),
    ("Please send the files as soon as possible, the launch is on the 17th.", ["2028-06-17"]),
])
def test_deadlines(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first=True) == expected
