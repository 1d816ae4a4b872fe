"""Shapes the tune77 mails (2140-2159, HTML-only mail as the programs write it) showed: a fault
and, in the next sentence, the detail put right ("the dates are wrong. The festival is
September 22-23, not 29-30."), "should drop the June 2 lecture" (a change, no deadline),
"the Saturday matinee" (every week's, no day), "ads have to run from the 22nd" (not "I have
to run"), "before the tap takeover on the 12th", "No, make it May 21", "has to be at the
paper Wednesday noon" (a deadline, no rule), a link that "should go to /subscribe", and an
Outlook block naming the AE without an address (the agency's own mail, not a colleague's)
(issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.evaluation import AGENCY_DOMAINS
from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 4, 30, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


def changes(text: str) -> list[str]:
    return [c.evidence.sentence for c in extract(text, sent_at=SENT, timezone=ZONE)
            .change_requests]


def test_a_fault_then_the_detail_put_right_is_one_change() -> None:
    assert changes("The banner looks good but the dates are wrong. The festival is September "
                   "22-23, not 29-30.") == [
        "The banner looks good but the dates are wrong. The festival is September 22-23, "
        "not 29-30."]
    assert changes("The banner looks good but the dates are wrong. It's a marathon, not a "
                   "sprint, this project.") == [
        "The banner looks good but the dates are wrong."]


@pytest.mark.parametrize(("text", "expected"), [
    ("The calendar on page 12 should drop the June 2 lecture, which has been cancelled.", "C--"),
    ("The price should drop next year.", "---"),
    ("No, make it May 21, the new rooms open that week.", "C--"),
    ("Can you make it to the review on May 21?", "---"),
    ("and the sign-up link should go to /subscribe, not the home page", "C--"),
    ("The team should go to www.expo.com to register.", "---"),
    ("Ad has to be at the paper Wednesday noon.", "---"),
    ("The logo must be in the top corner of all 3 pages.", "-R-"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The calendar on page 12 should drop the June 2 lecture, which has been cancelled.", []),
    ("Please remove the May 5 event from the flyer.", []),
    ("We need to drop the June 2 deadline to the 5th.", ["2029-06-05"]),
    ("Sam - one fix: the Saturday matinee is at 2pm, not 3pm.", []),
    ("The Saturday show needs the banner up.", ["2029-05-05"]),
    ("Can we have the files by the Friday?", ["2029-05-04"]),
    ("Sale starts May 24, ads have to run from the 22nd.", ["2029-05-22"]),
    ("I have to run at 3 today, can we talk Friday?", []),
    ("need the boards printed before the tap takeover on the 12th", ["2029-05-11"]),
    ("No, make it May 21, the new rooms open that week.", ["2029-05-21"]),
    ("Ad has to be at the paper Wednesday noon.", ["2029-05-02"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


REPLY = """From: Claire Dunn <cdunn@harbormuseum.org>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: RE: Members' magazine
Date: Mon, 30 Apr 2029 13:40:00 -0400
Message-ID: <mag-2@harbormuseum.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Dear Sam, the printer needs final files by May 22.

Claire

From: {sender}
Sent: Friday, April 27, 2029 11:00 AM
To: Claire Dunn
Subject: Members' magazine

Dear Claire, the layouts are attached. We had May 29 for final files.
"""


@pytest.mark.parametrize(("sender", "expected"), [
    ("Sam Ortiz", ["2029-05-22"]),  # the AE's own mail, named without an address
    ("Tom Hale", ["2029-05-22", "2029-05-29"]),  # a colleague's, passed on as a forward
])
def test_an_outlook_block_naming_the_ae_is_the_agencys_own_mail(sender: str,
                                                               expected: list[str]) -> None:
    raw = REPLY.format(sender=sender).replace("\n", "\r\n").encode()
    found = extract_message(parse_message(raw), timezone=ZONE, agency_domains=AGENCY_DOMAINS)
    assert [d.date.isoformat() for d in found.due_dates] == expected


CHECK_IN = """From: Kim Lee <kim@client.example>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Re: Spring campaign
Date: Wed, 2 Dec 2026 10:00:00 -0500
Message-ID: <kim-3@client.example>
In-Reply-To: <sam-2@brightlane.agency>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Sam, can we push our {meeting} from Thursday to Friday at 11? The Dec 18 deadline stays.

Kim
"""


@pytest.mark.parametrize("meeting", ["check-in", "catch-up", "stand-up"])
def test_a_meeting_moved_in_a_reply_is_no_change_for_the_second_opinion(meeting: str) -> None:
    raw = CHECK_IN.format(meeting=meeting).replace("\n", "\r\n").encode()
    found = extract_message(parse_message(raw), timezone=ZONE, agency_domains=AGENCY_DOMAINS)
    assert found.change_requests == ()
    assert [d.date.isoformat() for d in found.due_dates] == ["2026-12-18"]
