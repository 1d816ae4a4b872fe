"""Shapes the tune58 mails (1660-1679) showed: replies from Indian, Nigerian, Singaporean,
Filipino and Kenyan clients, phones and Outlook bullets (issue 12), each beside sentences the
same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.money import extract_money
from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2028, 5, 8, 10, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    # the truth, then what the piece says
    ("Just one concern, the promo is only until August 31 but the banner says until "
     "September.", "C--"),
    ("We close at 9 but the poster says 10.", "C--"),
    ("Our hours changed, the website shows the old ones.", "C--"),
    ("I like it but the team says it's too busy.", "---"),
    ("The review in the Times was great but the article says that we opened in 2010.", "---"),
    ("It rained all week but the forecast says sun for Saturday.", "---"),
    # what the piece leaves out
    ("Page 8: our new lodge at Naivasha is not mentioned at all.", "C--"),
    ("The free parking isn't mentioned anywhere.", "C--"),
    ("The price isn't mentioned in the brief, is that on purpose?", "---"),
    ("The budget was not mentioned in the call.", "---"),
    ("If it's not mentioned, people will ask.", "---"),
    # a verdict after a comma, said of the clause before it
    ("Sam, the kids on the flyer are all holding the clubs left-handed, looks odd.", "C--"),
    ("We moved the shoot to Friday, looks odd but ok.", "---"),
    ("The logo is on the left, looks fine to me.", "---"),
    ("It feels strange to ask, but can we meet on Friday?", "---"),
    # a ban after an obligation, its subject left out
    ("All materials must list the drop-off hours and must not show the faces of the families "
     "we serve.", "-R-"),
    # a count to reach after a wish
    ("This year we want to collect 20,000 pounds of food between June 15 and August 15.",
     "--O"),
    ("We hope to recruit 40 volunteers for the cleanup.", "--O"),
    ("We'd like to see 3 options by Friday.", "---"),
    ("We collected 20,000 pounds of food last year.", "---"),
    ("Volunteers collect 500 cans a week at the gate.", "---"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_ban_after_an_obligation_of_the_same_pieces_is_one_rule() -> None:
    """As the labelled set reads "has to be described as ... and never as ...", "requires all
    hanging signs to be ..., and no panel can be ...": one rule a sentence."""
    _changes, rules, _goals = extract_statements(
        "All materials must list the drop-off hours and must not show the faces of the "
        "families we serve.")
    assert len(rules) == 1


def test_one_obligation_with_and_is_one_rule() -> None:
    _changes, rules, _goals = extract_statements(
        "Every ad must show the logo and the phone number.")
    assert len(rules) == 1


@pytest.mark.parametrize(("text", "amounts"), [
    ("We want to collect 20,000 pounds of food this summer.", []),  # a weight
    ("About 300 pounds of paper per run.", []),
    ("We can put 5,000 pounds of our budget into radio.", ["5000"]),
    ("The budget is 5,000 pounds.", ["5000"]),
    ("We raised 2,000 pounds of donations last year.", ["2000"]),
])
def test_pounds_of_a_thing_are_a_weight(text: str, amounts: list[str]) -> None:
    assert [str(m.amount) for m in extract_money(text)] == amounts


@pytest.mark.parametrize(("text", "expected"), [
    # a promotion's end is no deadline
    ("Just one concern, the promo is only until August 31 but the banner says until "
     "September.", []),
    ("The discount is valid until May 31, please add that line.", []),
    # a learner's "until" for "by", and an "offer" that is a quote
    ("Please can you send us the offer until Friday?", ["2028-05-12"]),
    ("We need the promo banners by Friday.", ["2028-05-12"]),
])
def test_a_promotions_end_is_no_deadline(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
