"""Shapes the tune98 mails (2600-2619: days dropped into mail beside numbers that are no
deadline) showed: a phone's "pls" after a day, "on my desk Monday morning", a topic word that
is no payment ("the tax season mailer"), a trade's next step after a deadline ("by COB
Thursday so the wrap shop can start Monday"), an event's new day that only measures back, a
client's move of their own event, news told with "FYI", "no rush" or "in case", and papers
the client gets (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2030, 2, 7, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("the yard signs tho, end of next week pls", ["2030-02-15"]),
    ("yard signs friday pls", ["2030-02-08"]),
    ("I'd like the printed proof of the tax season mailer on my desk Monday morning.",
     ["2030-02-11"]),
    # (Thursday, said on a Thursday, is next week's)
    ("I need the final truck wrap file by COB Thursday so the wrap shop can start Monday.",
     ["2030-02-14"]),
    ("The grand opening got moved to March 9. We need the banners up a week before then.",
     ["2030-03-02"]),
    ("The gala is on March 9. We need the banners up a week before then.", ["2030-03-02"]),
    # a day of the work's own, moved, still due; a call; the past; money owed
    ("The press date moved to the 21st. We need the proofs a week before then.",
     ["2030-02-21", "2030-02-14"]),
    ("I need the file by the 12th so the printer can print on the 14th.",
     ["2030-02-12", "2030-02-14"]),
    ("Call me Monday pls", []),
    ("The samples were on my desk Monday morning.", []),
    ("The files landed on my desk on Monday.", []),
    ("Our taxes are due April 15.", []),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The brochure is on hold until we get the permits.", "---"),
    ("We get the permits in April.", "---"),
    ("The venue requires proof of insurance.", "-R-"),
    ("The grand opening got moved to March 9.", "---"),
    ("The launch moved to March 9.", "C--"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "FYI our office is closed Feb 14-18 for inventory, so nobody will answer the phone.",
    "sam - no rush on the radio spot.",
    "Our new office is Suite 1214, 300 Park Ave, in case the footer needs it.",
])
def test_news_told_in_a_reply_asks_no_change(text: str) -> None:
    changes, _, _ = extract_statements(text, answering=True)
    assert changes == ()


def test_a_fault_told_with_fyi_is_still_read() -> None:
    found = extract("FYI the phone number on page 2 is wrong, it should be 555-0142.",
                    sent_at=SENT, timezone=ZONE, answering=True)
    assert len(found.change_requests) == 1
