"""Shapes the tune62 mails (1760-1779) showed: rules slipped in as a size stated, a ban after
"and pls", "brand notes" above a list of rules, a named piece set right against what it shows
("must be X, not Y"), wishes after "it's important that", a promise of a noun's sign-off, a
day before a game (issue 12), each beside sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2028, 9, 5, 9, 10, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    # a size stated with its unit
    ("They're 1290 x 2796 px, all six of them.", "-R-"),
    ("I attached the logo, it's 1290 x 2796 px.", "---"),
    ("Can they be 1290 x 2796 px?", "---"),
    # a ban after "and pls"; its scope counts no words of it
    ("note that I'll be out thurs. and pls no before/after pics in any of the ads, we got "
     "burned on that last year", "-R-"),
    ("I'm out Monday and please no calls before 10.", "---"),
    # a wish after "it's important that" is no rule
    ("It's important that we get the catalog right this year, it's our biggest season.", "---"),
    ("It is important that we meet once before the shoot, can you come to Lisse?", "---"),
    ("It is important to us that the logo is never cropped.", "-R-"),
    ("It's important that we use the new logo everywhere.", "-R-"),
    # a named piece set right against what it shows
    ("Sam, the noodles on the front must be the thick udon style, not ramen, we changed the "
     "product.", "C--"),
    ("The headline should be in our teal, not the navy.", "C--"),
    ("Photos must be real customers, not stock.", "-R-"),
    ("Every price must be shown with tax, not without.", "-R-"),
    ("Compliance came back: the pharmacist in the photo has to be a real employee, not stock.",
     "-R-"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_brand_notes_above_a_list_are_rules() -> None:
    changes, rules, _goals = extract_statements(
        "Brand notes from corporate for the new site:\n"
        "- Our name is always written Bayview Hotel, never \"the Bayview\"\n"
        "- Room photos must be shot in daylight\n"
        "- No photos of the old lobby, it was renovated in May\n")
    assert changes == () and len(rules) == 3


def test_her_notes_above_a_list_are_changes() -> None:
    changes, rules, _goals = extract_statements(
        "Dr. Patel looked at the flyer. Her notes:\n"
        "- The puppy in the main photo is a husky, we'd rather have a mixed breed\n"
        "- Please take out the line about free nail trims\n")
    assert len(changes) == 2 and rules == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("I'll have the landlord's sign-off by Wednesday.", []),
    ("We need the sign-off by Wednesday.", ["2028-09-06"]),
    ("Need them before the first home game Sept 29.", ["2028-09-28"]),
])
def test_deadlines(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
