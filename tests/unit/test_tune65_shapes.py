"""Shapes the tune65 mails (1840-1859) showed: rules said after a clause ("keep the tone fun
but never make drinking look like the point"), "off limits:", a third party's "ask that", the
reason after a rule ("a few of our clients use screen readers"), an option picked from the
agency's quoted question, a kickoff moved, a supplier who "says", the writer off for some days,
a Brazilian's "até 10 de dezembro" (issue 12), each beside sentences the same rule must not
fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.inline_answers import choices_answered
from intake.parsers.mentions import Evidence, Statement
from tests.unit.shapes import ZONE, due, kinds

MONDAY = datetime(2028, 11, 27, 10, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    ("For the winter ale, keep the tone fun but never make drinking look like the point of the "
     "party.", "-R-"),
    ("Keep it simple but never use more than two fonts.", "-R-"),
    ("We emailed them twice but never heard back.", "---"),
    ("I never make it to the gym.", "---"),
    ('Also, off limits: the word "educational", we can\'t back it up.', "-R-"),
    ("The office is off limits during the renovation.", "---"),
    ("The back room is off limits to visitors.", "---"),
    ("They also ask that the logo is never smaller than one inch wide.", "-R-"),
    ("They ask that we send the files by Friday.", "---"),
    ("A few of our clients use screen readers.", "---"),
    ("Many of our members rely on captions, so every video must be captioned.", "-R-"),
    ("We have to move Tuesday's kickoff, our CEO is traveling.", "---"),
    ("Please move the logo to the top.", "C--"),
    ("Sam, the sign shop says files need to be vector, CMYK, with 0.5 inch bleed.", "-R-"),
    ("We close at 9, the poster says 10.", "C--"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def _change(sentence: str) -> Statement:
    return Statement("change_request", Evidence(sentence, sentence, 0, len(sentence), 0.8),
                     "edit")


OFFERED = "> Diane, the sponsor logos have to be the same size. Cream or white paper?\n> Sam"


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Let's go with the cream paper.", False),
    ("Yes, white please. Let's go with the white paper.", False),
    # not an option offered, or an ask beside the pick
    ("Let's go with the recycled paper.", True),
    ("Let's go with the cream paper but make the logos gold.", True),
    ("Please make the logos bigger.", True),
])
def test_an_option_picked_from_the_quoted_question_is_no_change(sentence: str,
                                                                kept: bool) -> None:
    changes = (_change(sentence),)
    assert (choices_answered(changes, OFFERED) == changes) is kept


@pytest.mark.parametrize(("text", "expected"), [
    ("I should warn you I'll be off the 4th to the 8th, so if we could get the flyer to the "
     "printer by Friday the 1st that would be grand.", ["2028-12-01"]),
    ("Please take 10% off the price by the 4th.", ["2028-12-04"]),
    ("Precisamos do arquivo final até 10 de dezembro.", ["2028-12-10"]),
    # a name is no month: "Marco" is not "março"
    ("We need the banner for Marco 5.", []),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, MONDAY, day_first=True) == expected
