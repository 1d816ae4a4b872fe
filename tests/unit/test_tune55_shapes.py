"""Shapes the tune55 mails (1540-1559) showed: learners' English, a hospital's and a
sponsor's rules, forwards of forwards, a PO, a results mail that asks nothing (issue 12),
each beside sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import due, kinds, money

SENT = datetime(2028, 2, 15, 10, 0, tzinfo=ZoneInfo("America/New_York"))  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    # a question that names its piece at length before "be"
    ("Can the headline on the billboard be shorter?", "C--"),
    ("Can the photo on page 2 be bigger?", "C--"),
    ("Can the files for the printer be ready by Friday?", "---"),
    ("Can the meeting on Tuesday be moved?", "---"),  # a meeting, not the work
    ("Could the call be moved to Friday?", "---"),
    # a piece found to be of the old thing, or unlike what it should match
    ("The floor plans on page 4 are for the old building.", "C--"),
    ("The photo is of the old store.", "C--"),
    ("Only one point, the green color of the band is different from our brand green.", "C--"),
    ("The new store is different from our old one.", "---"),
    ("The quote is for the old building.", "---"),
    # another's change made on our pieces; changes to paperwork are not the work
    ("Can we make the regional's change on our window posters too?", "C--"),
    ("Please make the same changes to the flyer.", "C--"),
    ("We need to make changes to the contract.", "---"),
    ("Can we make a change to the meeting?", "---"),
    # a look put right
    ("ok but the coasters need to be round not square. tap handle is fine", "C--"),
    ("The labels should be matte, not glossy.", "C--"),
    ("The tone needs to be warm, not salesy.", "-R-"),
    # a piece that needs what is new
    ("Thanks, the flyer needs the new address.", "C--"),
    ("For the booth itself: all electrical components must be UL listed, and the booth staff "
     "uniforms need our new logo.", "CR-"),
    ("We need the new logo files.", "---"),
    ("Every piece needs the new logo.", "-R-"),
    ("I think the team needs the new schedule.", "---"),
    # other takes asked for
    ("Could you show us two or three other typefaces with concept B?", "C--"),
    ("Can you send some different photos?", "C--"),
    ("Could you send the other photos from the shoot?", "---"),
    ("We saw other fonts at the show.", "---"),
    # a send put on another day
    ("Since we have an extra week, the invites can go out on February 28 instead of the 21st.",
     "C--"),
    ("We can meet on February 28 instead of the 21st.", "---"),
    # money put somewhere is not a change to the work
    ("Please put the extra into digital.", "---"),
    # a ban said for the owners
    ("The owners would rather not show rents anywhere in the brochure.", "-R-"),
    ("The board would rather not meet anywhere near the office.", "---"),
])
def test_asks_and_rules(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We need everything approved within end of February because the printer closes for "
     "holidays in March.", ["2028-02-29"]),
    ("It was approved within March.", []),
    ("Payment within 30 days of March 1.", []),
    ("Online orders were up 41% over last year and we sold out of red roses by noon on the "
     "13th.", []),
    ("The posters went up on the 13th.", []),
    ("We need the posters by the 13th.", ["2028-03-13"]),
    ("It was great. Can we have the files by the 13th?", ["2028-03-13"]),
    ("The promo runs from Feb 23 to April 9.", ["2028-02-23"]),
    ("The sale runs until March 3.", []),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Procurement has issued PO 45521 for the booth at $38,500.", [("38500", "budget")]),
    ("We paid PO 4411 for $2,000 last month.", [("2000", "invoice")]),
    ("Please invoice against PO 45521 for $38,500.", [("38500", "invoice")]),
])
def test_a_purchase_order_issued_is_the_jobs_budget(text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected
