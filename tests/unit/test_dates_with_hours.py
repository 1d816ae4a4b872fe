"""A day said with its hour: the hour of a deadline, a labelled day or a move is no meeting.

A clock time next to a day is read as a meeting's ("Thursday at 2pm") unless the sentence
names a deadline, labels the day ("Concepts: January 15 at 5pm") or moves the work to the
day and hour ("slip to 5pm on May 26"). Each case has look-alikes that stay meetings.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.dates import extract_due_dates
from intake.parsers.extract import extract
from intake.parsers.html import html_to_text

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # a Wednesday


def due(text: str) -> list[str]:
    found, _ = extract_due_dates(text, sent_at=SENT, timezone="America/New_York")
    return [d.date.isoformat() for d in found]


@pytest.mark.parametrize(("text", "expected"), [
    # a deadline word the cue tables spell with a hyphen as a token ("go - live")
    ("We're fine for the Dec 12 at 5pm go-live.", ["2026-12-12"]),
    ("The cut-off is Dec 11 at noon.", ["2026-12-11"]),
    # the day the work goes out, said with its hour
    ("Posting date for the dealer newsletter is December 30 at 5pm.", ["2026-12-30"]),
    ("Ship date: Dec 18 at 9am.", ["2026-12-18"]),
    ("EOD Dec 18 at 6pm ET at the latest please.", ["2026-12-18"]),
    # ... while a meeting in the same sentence keeps the hour a meeting's
    ("Let's do the go-live call on Dec 14 at 3pm.", []),
    ("The go-live meeting is Dec 14 at 3pm.", []),
])
def test_the_hour_of_a_deadline(text: str, expected: list[str]) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dates\n- Strategy and three territories: January 15 at 5pm\n"
     "- Concept testing done by February 12 at 5pm\n", ["2027-01-15", "2027-02-12"]),
    ("Final artwork: Dec 16 at 5pm\n", ["2026-12-16"]),
    # a header block a forward left in the body: when a mail was sent, not a deadline
    ("Date: Mon, Dec 14, 2026 at 9:00 AM\nSubject: Spring launch\n\nHere is the plan.", []),
    ("Sent: Monday, December 14, 2026 at 9:00 AM\nTo: Dana\nSubject: Launch\n", []),
    ("Gesendet: Montag, 14. Dezember 2026 at 09:00\nBetreff: Launch\n", []),
    # a labelled meeting stays one
    ("Call: December 14 at 3pm\n", []),
    ("Next check-in: December 14 at 3pm.\n", []),
])
def test_a_labelled_day_keeps_its_hour(text: str, expected: list[str]) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The emails can slip to 5pm on December 28, legal is slow this week.", ["2026-12-28"]),
    ("Please postpone the winter sale email to noon ET on Dec 29, inventory is late.",
     ["2026-12-29"]),
    ("Move the launch to 17:00 CET on December 18.", ["2026-12-18"]),
    # the hour of a meeting moves, or a meeting moves: no due date
    ("Can we move the review from 2pm to 4pm on Friday?", []),
    ("Move our check-in call to 3pm on Dec 17.", []),
    ("We went from 10 to 5 on December 14 in headcount.", []),
])
def test_a_move_to_a_day_and_hour(text: str, expected: list[str]) -> None:
    assert due(text) == expected


OUTLOOK_TABLE = """<table border=1>
<tr><td><b>Piece</b></td><td><b>Due</b></td><td><b>Budget</b></td></tr>
<tr><td>Circular</td><td>Dec 9 at 5pm</td><td>$6,500</td></tr>
<tr><td>Radio</td><td>Dec 14 at noon</td><td>$3,200</td></tr>
</table>"""


def test_an_hour_in_a_due_column_is_the_deadline_s() -> None:
    found = extract(html_to_text(OUTLOOK_TABLE), sent_at=SENT, timezone="America/New_York")
    assert [d.date.isoformat() for d in found.due_dates] == ["2026-12-09", "2026-12-14"]
    # a table without a due column keeps an hour a meeting's
    plain = OUTLOOK_TABLE.replace("<b>Due</b>", "<b>Call</b>")
    found = extract(html_to_text(plain), sent_at=SENT, timezone="America/New_York")
    assert found.due_dates == ()


@pytest.mark.parametrize(("text", "expected"), [
    # the hour said after the day does not push the day away from its cue
    ("The ad runs on January 11, 17:00 CET, so the journal needs the file by January 4, "
     "17:00 CET.", ["2027-01-11", "2027-01-04"]),
    ("The ad runs on January 11, so the journal needs the file by January 4.",
     ["2027-01-11", "2027-01-04"]),
    # a number after the day that is no hour still counts
    ("We had the meeting on November 30, 12 people came, and the files are due Friday.",
     ["2026-12-04"]),
])
def test_an_hour_after_the_day_is_part_of_it(text: str, expected: list[str]) -> None:
    assert due(text) == expected


OUTLOOK_INVITE = ("When: Friday, December 18, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time "
                  "(US & Canada).\n") + """Where: Microsoft Teams Meeting

Hi Priya, let's walk through the final banners. They go live on January 8.
"""
GOOGLE_INVITE = """You have been invited to the following event.

Spring launch review
When
Friday Dec 18, 2026 ⋅ 3pm – 4pm (Eastern Time - New York)

Join with Google Meet
"""
ZOOM_INVITE = """Dana Client is inviting you to a scheduled Zoom meeting.

Topic: Spring launch review
Time: Dec 18, 2026 03:00 PM Eastern Time (US and Canada)

Join Zoom Meeting
"""


@pytest.mark.parametrize(("text", "expected"), [
    # an invitation's slot is a meeting, whatever else the mail says is due
    (OUTLOOK_INVITE, ["2027-01-08"]),
    (GOOGLE_INVITE, []),
    (ZOOM_INVITE, []),
    ("Can we do Dec 18, 15:00-16:00 for the review?", []),
    # ... while a span of days, an event's hours and a deadline's window stay what they were
    ("We need the banners Dec 18-20 for the fair.", ["2026-12-18"]),
    ("The open house is Dec 18, 4-7pm, and the flyers need to be out a week before.",
     ["2026-12-11"]),
    ("Deadline: Dec 18, 9am-5pm delivery window.", ["2026-12-18"]),
    ("What: spring banners\nWhen: December 18\nBudget: $5k\n", ["2026-12-18"]),
    ("Timing: Dec 18 for the banners.", ["2026-12-18"]),
])
def test_an_invitation_s_slot_is_no_due_date(text: str, expected: list[str]) -> None:
    assert due(text) == expected
