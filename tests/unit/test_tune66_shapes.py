"""Shapes the tune66 mails (1860-1879) showed: feedback arriving as a new mail ("the banners you
sent yesterday" answers shown work), a fault told beside the story of a date ("skips 1903, when
the second lamp was installed"), "looks fake", a short fix naming the piece after its fault,
another party's work and last time's work judged (a brief's background), an RSVP day printed on
the work, what someone of the client's wants (issue 12), each beside sentences the same rule
must not fire on."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import Source, answers_earlier_mail
from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

MONDAY = datetime(2028, 12, 4, 10, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "answers"), [
    ("Thanks for the banners you sent yesterday. The pink is a bit too bubblegum.", True),
    ("The committee looked over what you shared on Monday.", True),
    ("Thanks for the invoice you sent yesterday, it's paid.", False),
    ("Here is the brief you asked for.", False),
])
def test_work_the_agency_sent_is_shown_work(text: str, answers: bool) -> None:
    source = Source(text, datetime(2028, 12, 4, tzinfo=UTC), None, False, "Banners")
    assert answers_earlier_mail(source) is answers


@pytest.mark.parametrize(("text", "expected"), [
    ("The body text is too small to read from three feet away, and the timeline on panel 4 "
     "skips 1903, when the second lamp was installed.", "C--"),
    ("The logo was too small last year, when we had the old site.", "---"),
    ("And the roses in the second banner look fake, can we use one of our own photos?", "C--"),
    ("Fake reviews are a problem in our industry.", "---"),
    ("I looked at what H&R Block is running and honestly their ads are too busy, too many "
     "numbers.", "---"),
    ("The wholesaler's new catalog came today and honestly their layout is a mess.", "---"),
    ("The kids loved the posters but their colours are too dark.", "C--"),
    ("Last year's posts were too plain honestly, we want bolder ones this time.", "---"),
    ("The spa prices are last year's.", "C--"),
    # someone of the client's who wants a piece some way
    ("Our director wants the new logo on the cover.", "C--"),
    ("One more from our director: she wants the new logo on the cover.", "C--"),
    ("Our boss wants the files by Friday.", "---"),
    ("She wants a meeting on Tuesday.", "---"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def _changes(text: str) -> list[str]:
    changes, _rules, _goals = extract_statements(text, answering=True)
    return [c.evidence.sentence for c in changes]


def test_a_short_fix_naming_the_piece_joins_its_fault() -> None:
    text = "Our address is wrong on it. Can you fix the caption asap?"
    assert _changes(text) == [text]


def test_a_fix_of_another_piece_is_a_change_of_its_own() -> None:
    assert _changes("The logo is wrong. Can you fix the headline too?") == [
        "The logo is wrong.", "Can you fix the headline too?"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Unfortunately the RSVP date should be December 15, not December 16.", []),
    ("Please RSVP by December 15.", []),
    ("The flyers should be in the mailboxes by December 15.", ["2028-12-15"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, MONDAY) == expected
