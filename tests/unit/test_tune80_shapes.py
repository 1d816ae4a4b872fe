"""Shapes the tune80 mails (2220-2239, the bytes of mail as it arrives) showed: a plain part
that only says "This message is in HTML" beside the HTML that holds the words, "The ad runs
July 9", "change the date line to September 8" (a date printed, no deadline), an event's day
put right ("the dinner is Saturday September 15, not the 22nd"), a Scandinavian "4.000 kr."
(issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from intake.parsers.mime import parse_message
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 6, 25, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday

ALTERNATIVE = """From: Paul Kim <pkim@kimdental.com>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: RE: Recall postcard
Date: Mon, 25 Jun 2029 15:45:00 -0400
Message-ID: <kim-8@kimdental.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=UTF-8

{plain}

--alt
Content-Type: text/html; charset=UTF-8

<html><body><p>Sam, please put our new Saturday hours on the postcard.</p></body></html>
--alt--
"""


@pytest.mark.parametrize(("plain", "expected"), [
    ("This message is in HTML. Please view it in a mail program that shows HTML.",
     "Sam, please put our new Saturday hours on the postcard."),
    ("This email was sent as rich text.", "Sam, please put our new Saturday hours on the "
                                          "postcard."),
    # a plain part with words of its own stays the text read
    ("Sam, this message is about the postcard: please add the hours.",
     "Sam, this message is about the postcard: please add the hours."),
])
def test_a_plain_part_that_points_at_the_html_gives_way_to_it(plain: str,
                                                               expected: str) -> None:
    raw = ALTERNATIVE.format(plain=plain).replace("\n", "\r\n").encode()
    assert parse_message(raw).new_text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ad runs July 9.", ["2029-07-09"]),
    ("The sale runs July 9 to July 15.", []),
    ("Could you change the date line to September 8 and add our website? We need it by "
     "August 24.", ["2029-08-24"]),
    ("Please move the launch to September 8.", ["2029-09-08"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hi Sam, the dinner is Saturday September 15, not the 22nd.", "C--"),
    ("The open house is Sunday, not Saturday.", "C--"),
    ("Our meeting is Tuesday, not Monday.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "currency", "expected"), [
    ("Budget is 4.000 kr.", "DKK", ("4000", "DKK")),
    ("Budget is 40 000 kronor.", "USD", ("40000", "SEK")),
    ("Budget is 4.000 kr.", "NOK", ("4000", "NOK")),
])
def test_crowns(text: str, currency: str, expected: tuple[str, str]) -> None:
    found = extract(text, sent_at=SENT, timezone=ZONE, default_currency=currency)
    assert [(str(m.amount), m.currency) for m in found.money] == [expected]


def test_a_detail_put_right_joins_the_fault_that_asks_nothing_itself() -> None:
    def changes(text: str) -> list[str]:
        return [c.evidence.sentence for c in extract(text, sent_at=SENT, timezone=ZONE)
                .change_requests]

    assert changes("The banner looks good but the dates are wrong. The festival is September "
                   "22-23, not 29-30.") == [
        "The banner looks good but the dates are wrong. The festival is September 22-23, "
        "not 29-30."]
    assert len(changes("Please list the Good Friday service at 7 pm, it's missing. The "
                       "sunrise service is at the lake, not in the sanctuary.")) == 2


PODCAST = """From: Dana Price <dana@harborfoods.example>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Re: Spring Catch campaign
Date: Mon, 25 Jun 2029 10:00:00 -0400
Message-ID: <dana-5@harborfoods.example>
In-Reply-To: <sam-4@brightlane.agency>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Sam, one change while I think of it: can we swap the radio spots for podcast pre-roll? {reason}

Dana
"""


@pytest.mark.parametrize("reason", [
    "Our research says the target moms listen to podcasts far more than to drive-time radio.",
    "The data shows our buyers skip radio ads.",
])
def test_evidence_given_as_a_reason_is_no_change_of_its_own(reason: str) -> None:
    from intake.parsers.evaluation import AGENCY_DOMAINS
    from intake.parsers.extract import extract_message

    raw = PODCAST.format(reason=reason).replace("\n", "\r\n").encode()
    found = extract_message(parse_message(raw), timezone=ZONE, agency_domains=AGENCY_DOMAINS)
    assert [c.evidence.sentence for c in found.change_requests] == [
        "Sam, one change while I think of it: can we swap the radio spots for podcast pre-roll?"]
