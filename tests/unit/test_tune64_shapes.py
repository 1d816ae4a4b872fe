"""Shapes the tune64 mails (1820-1839) showed: a fault, then its fix in a sentence no rule
reads ("It should point to ...", "please use those", "can we cut it to one line?", "Maybe
something like ... instead" after a fault the second opinion read), a piece that says a figure
that was otherwise, a loan offer's words under a ban, a spot that has to air from a day (issue
12), each beside sentences the same rule must not fire on."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds


def _changes(text: str) -> list[str]:
    changes, _rules, _goals = extract_statements(text, answering=True)
    return [c.evidence.sentence for c in changes]


@pytest.mark.parametrize("text", [
    "Last thing, the footer still links to the old privacy policy URL. It should point to "
    "tallyfinance.app/privacy.",
    "The screenshot in the second section is from the old version of the app. Our designer "
    "will send you new ones by Friday, please use those.",
    "The subhead is too long, it wraps to three lines on my phone. Can we cut it to one line?",
])
def test_a_fault_and_the_fix_after_it_are_one_change(text: str) -> None:
    assert _changes(text) == [text]


@pytest.mark.parametrize(("text", "first"), [
    # a day, not a fix
    ("The headline is too long. It should be ready by Friday.", "The headline is too long."),
    # a new paragraph is a new item
    ("The footer still links to the old privacy page.\n\nIt should point to /privacy.",
     "The footer still links to the old privacy page."),
])
def test_what_is_no_fix_of_the_fault_before(text: str, first: str) -> None:
    assert _changes(text)[0] == first


@pytest.mark.parametrize(("text", "expected"), [
    ("Cathy, my bio says I joined in 2012, it was 2011.", "C--"),
    ("The flyer says doors open at 6, it is 7.", "C--"),
    # a story told of the past, a figure of no piece
    ("The flyer said doors open at 6, but it was 7.", "---"),
    ("The report says we grew 12%, it was a good year.", "---"),
    # a finance ad's words are the work's, even beside "payment"
    ('We are not allowed to use the word "free" anywhere in the skip-a-payment offer.', "-R-"),
    ("Our payment plan ads must show the APR.", "-R-"),
    ("The printer requires payment upfront.", "---"),
    # a spot that has to air from a day: the day, not a rule
    ("It has to air starting Monday the 20th.", "---"),
    ("All spots have to air with the license number read out.", "-R-"),
    ("The ads must start with our logo.", "-R-"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected
