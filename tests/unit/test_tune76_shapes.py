"""Shapes the tune76 mails (2120-2139: what clients paste into mail, how threads pile up)
showed: a pasted WhatsApp or Teams chat, Word's tracked changes pasted as text, answers after
">>" or in [square brackets] inside an Outlook quote, "yes and take out ...", a calendar's
"Accepted: ... @ Thu Apr 19" subject, "it moved to Saturday May 12", "before our 20th
anniversary on June 1", a day printed wrong on the piece, "$399 not $449", "don't schedule
anything that day", "I'll have the agency redo the flyer" (issue 12). Each beside the words
that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.chat import without_chat_stamps
from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from intake.parsers.quotes import split_reply
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 4, 16, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday

WHATSAPP = """Pasting our chat:

[4/15/29, 8:02:11 PM] Luis Jimenez: the ad needs the delivery area map
[4/15/29, 8:03 PM] Rosa: yes and take out the roses at $49, we can't do that price anymore
[4/15/29, 8:05:30 PM] Rosa Jimenez: 👍"""

TEAMS = """From our Teams chat:

Ken Adams 9:14 AM
Can we move the launch to May 9?
Priya Shah 9:16 AM
Speaker bio should say VP of People, not HR Director."""


def test_a_pasted_chat_loses_its_stamps_and_keeps_its_length() -> None:
    plain = without_chat_stamps(WHATSAPP)
    assert len(plain) == len(WHATSAPP)
    assert "4/15/29" not in plain and "Luis Jimenez:" not in plain
    assert "\n\n" in plain.split("Pasting our chat:")[1].strip()  # a paragraph a message
    assert "the ad needs the delivery area map" in plain


def test_a_teams_name_and_time_line_is_blanked() -> None:
    plain = without_chat_stamps(TEAMS)
    assert "Ken Adams" not in plain and "9:16 AM" not in plain
    assert "Can we move the launch to May 9?" in plain


@pytest.mark.parametrize("text", [
    "The call is at 3/4/29, 10:00 - Sam: bring the boards.",  # one stamp: no chat
    "Our hours: Mon-Fri 9:00 - 5:00. Sat 10:00 - 2:00.",
    "Kim Lee 555 0101\nJo Park 555 0102",
])
def test_one_stamp_or_a_list_of_numbers_is_no_chat(text: str) -> None:
    assert without_chat_stamps(text) == text


def test_a_pasted_chat_is_read_message_by_message() -> None:
    found = extract(WHATSAPP, sent_at=SENT, timezone=ZONE)
    assert [c.evidence.sentence for c in found.change_requests] == [
        "yes and take out the roses at $49, we can't do that price anymore"]
    assert [(str(m.amount), m.kind) for m in found.money] == [("49", "price")]
    assert found.due_dates == ()  # the stamps' 4/15/29 is no day of the work
    found = extract(TEAMS, sent_at=SENT, timezone=ZONE)
    assert len(found.change_requests) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ('Page 1, para 2 - Deleted: "thousands of families" Inserted: "over 2,300 families"', "C--"),
    ("The file was deleted: please send it again.", "---"),
    ("The old folder is deleted.", "---"),
    ("yes and take out the roses at $49, we can't do that price anymore", "C--"),
    ("Yes and thanks for the update.", "---"),
    ("Correct.", "---"),
    ("Correct, thanks.", "---"),
    ("Correct it please.", "C--"),
    ("No, it moved to Saturday May 12.", "C--"),
    ("The meeting moved to Tuesday.", "---"),
    ("Flyer still has to hit mailboxes April 26.", "---"),
    ("The footer still has last year's address.", "C--"),
    ("Hi Sam, yes to the Spanish version, it has to be on the back of every mailer.", "-R-"),
    ("The logo should be on the back.", "C--"),
    ("Oh and we're closed May 27, don't schedule anything that day", "-R-"),
    ("Don't post anything on Sundays.", "-R-"),
    ("Please don't send anything yet.", "---"),
    ("I'll have the agency redo the flyer with the new kitchen photos.", "C--"),
    ("I'll have the agency send you the invoice.", "---"),
    ("I'll have the agency call you.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The site should be live before our 20th anniversary on June 1.", ["2029-05-31"]),
    ("We need it before the launch on June 1.", ["2029-06-01"]),
    ("The enrollment deadline on the front is wrong, it's May 18 not May 11.", []),
    ("The deadline is wrong, it's May 18 not May 11.", ["2029-05-18"]),
    ("The date on the flyer is wrong. We need the flyer by May 3.", ["2029-05-03"]),
    ("Flyer still has to hit mailboxes April 26.", ["2029-04-26"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two things for the agency: the patio set should be $399 not $449, and drop the grill "
     "page.", [("399", "other"), ("449", "other")]),
    ("The budget for the campaign is $5,000 not $4,000.", [("5000", "budget"), ("4000", "other")]),
    ("take out the roses at $49, we can't do that price anymore", [("49", "price")]),
    ("We can do $5,000 for this.", [("5000", "budget")]),
    ("We can't spend more than $5,000 on this.", [("5000", "cap")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


OUTLOOK_QUOTE = """{head}

Sofia

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, April 16, 2029 11:30 AM
To: Sofia Lindgren <sofia@harborviewhotel.com>
Subject: Summer packages email

1. The headline reads "Summer at the Harbor". OK?
{first}

2. Budget is $18,000 as agreed. {second}

Sam"""


def test_answers_after_chevrons_in_an_outlook_quote_are_the_writers() -> None:
    text = OUTLOOK_QUOTE.format(head="Answers below with >>.",
                                first='>> Please change it to "Your Summer, Our Harbor".',
                                second="\n>> Correct.")
    split = split_reply(text)
    assert 'Please change it to "Your Summer, Our Harbor".' in split.new_text
    assert "The headline reads" not in split.new_text and "18,000" not in split.new_text


def test_chevrons_in_a_marked_quote_are_only_older_mail() -> None:
    text = ("Thanks, all fine.\n\nOn Mon, Apr 16, 2029 at 9:00 AM Sam wrote:\n"
            "> Here are the files.\n>> Can we move it to May 9?\n> Sam")
    assert "May 9" not in split_reply(text).new_text


def test_answers_in_brackets_are_read_when_the_writer_says_so() -> None:
    text = OUTLOOK_QUOTE.format(head="My answers are in [square brackets] below.",
                                first="[Please change it to \"Your Summer, Our Harbor\".]",
                                second="[Correct.]")
    split = split_reply(text)
    assert 'Please change it to "Your Summer, Our Harbor".' in split.new_text
    assert "The headline reads" not in split.new_text


def test_brackets_without_the_writers_word_are_the_quotes() -> None:
    text = OUTLOOK_QUOTE.format(head="Thanks, see you Thursday.", first="[image001.png]",
                                second="[Correct.]")
    assert "Correct" not in split_reply(text).new_text


CALENDAR = """From: Grace Liu <gliu@valleyartmuseum.org>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Accepted: Exhibition campaign review @ Thu Apr 19, 2029 10am - 11am (EDT)
Date: Mon, 16 Apr 2029 09:30:00 -0400
Message-ID: <cal-accept-1@google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Grace Liu has accepted this invitation.

Note from Grace: See you Thursday.
"""


def test_a_calendar_answers_subject_names_a_meeting_not_a_deadline() -> None:
    found = extract_message(parse_message(CALENDAR.replace("\n", "\r\n").encode()),
                            timezone=ZONE)
    assert found.due_dates == ()
    asked = CALENDAR.replace(
        "Subject: Accepted: Exhibition campaign review @ Thu Apr 19, 2029 10am - 11am (EDT)",
        "Subject: Banners needed by Thursday April 19")
    found = extract_message(parse_message(asked.replace("\n", "\r\n").encode()), timezone=ZONE)
    assert [d.date.isoformat() for d in found.due_dates] == ["2029-04-19"]
