"""Shapes the tune73 mails (2060-2079) showed, feedback as people thumb and dictate it: a
fault told with "is not our courthouse" or "are from last year" and its fix after it as one
change ("Please use the county courthouse instead.", "New prices attached, can you update?"),
the model's reading of "Could it sound more like an invitation?" joined to the fault the rules
read before it, "Maybe lose the tractor to make room?" the means of the ask before, a price
put right after "one tiny thing" without an article, a hedged doubt handed to the agency ("Your
call") no change; and "Sunday 1-4" is no 1st of the month (issue 12). Each beside what the
same rule must not read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due

MONDAY = datetime(2029, 3, 12, 10, 0, tzinfo=ZoneInfo(ZONE))


def _changes(text: str) -> list[str]:
    changes, _rules, _goals = extract_statements(text, answering=True)
    return [c.evidence.sentence for c in changes]


@pytest.mark.parametrize(("text", "expected"), [
    ("The photo of the courthouse is not our courthouse. Please use the county courthouse "
     "instead.", 1),
    ("Hi Sam, the massage prices on the card are from last year. New prices attached, can you "
     "update?", 1),
    ("The copy feels a bit salesy for us. Could it sound more like an invitation and less like "
     "an ad?", 1),
    ("Apples could be bigger, they're the whole point. Maybe lose the tractor to make room?", 1),
    ("On page 2 the spa prices are last year's, the new ones are attached. The photo on page 5 "
     "shows the old lobby, please swap it for one of the new photos.", 2),
    ("The copy feels a bit salesy for us.\n\nPlease make the headline shorter.", 2),
])
def test_a_fault_and_its_fix_are_one_change(text: str, expected: int) -> None:
    assert len(_changes(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Just one tiny thing, hot cross buns are $2.50 each, not $2.25.", 1),
    ("Just one thing, prices are higher this year, not lower.", 0),
    ("Hi Sam, not sure but maybe the blue is a bit too dark? Your call, you're the designer.", 0),
    ("Maybe make the logo bigger? Up to you.", 0),
    ("The blue is too dark. Your call on the replacement.", 1),
])
def test_shapes(text: str, expected: int) -> None:
    changes, _rules, _goals = extract_statements(text)  # the rules alone, no second opinion
    assert len(changes) == expected


def test_an_hours_range_after_a_weekday_is_no_day_of_the_month() -> None:
    assert "2029-04-01" not in due("The open house is Sunday 1-4, not 2-5.", MONDAY)
    assert due("We need the texts on Wednesday 28.", MONDAY) == ["2029-03-28"]
