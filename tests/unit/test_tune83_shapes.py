"""Shapes the tune83 mails (2280-2299, feedback on sites, email templates, apps and cuts)
showed: what a site must do ("load in under 3 seconds", "connect to HubSpot"), a pointer to
the rules below, "legal says every email needs ..." and "This one doesn't have it.", faults
counted ("has some mistakes"), "the end card needs the NCUA line", a form's mail "should go to
info@... now", a fault and its fix across an emoji ("... old promo page 😬 pls fix, it sends
tmrw 9am"), "Please revise and let me know the schedule.", a purpose after a deadline ("by
Thursday so we can resubmit Friday"), a send said "it sends", Spanish "El envío sale"
(issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.evaluation import AGENCY_DOMAINS
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 7, 23, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Pages need to load in under 3 seconds on 4G.", "-R-"),
    ("All forms must connect to HubSpot.", "-R-"),
    ("We need to connect with Tom next week.", "---"),
    ("As discussed, here is what the new site has to do.", "---"),
    ("Also, legal says every email needs an unsubscribe link in the footer. This one doesn't "
     "have it.", "CR-"),
    ("This one doesn't have a deadline yet.", "---"),
    ("The Korean translation on the product page has some mistakes.", "C--"),
    ("Our old agency made some mistakes.", "---"),
    ("The end card needs the NCUA line.", "C--"),
    ("Every ad needs the NCUA line.", "-R-"),
    ("The contact form sends everything to my old email address. It should go to "
     "info@okaforplumbing.com now.", "C--"),
    ("It should go to print on Friday.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Can you update the listing by Thursday so we can resubmit Friday?", ["2029-07-26"]),
    ("We need the files by Thursday so they can print Friday.", ["2029-07-26", "2029-07-27"]),
    ("The email sends tomorrow.", ["2029-07-24"]),
    ("I'll send it tomorrow.", []),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


def test_a_spanish_send() -> None:
    assert due("El envío sale el jueves 26.", SENT, day_first=True) == ["2029-07-26"]


REPLY = """From: Jo Park <jo@parkandpine.com>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Re: Promo email
Date: Mon, 23 Jul 2029 16:55:00 -0700
Message-ID: <jo-2@parkandpine.com>
In-Reply-To: <sam-1@brightlane.agency>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

{body}
"""


def _changes(body: str) -> list[str]:
    raw = REPLY.format(body=body).replace("\n", "\r\n").encode()
    found = extract_message(parse_message(raw), timezone="America/Los_Angeles",
                            agency_domains=AGENCY_DOMAINS)
    return [c.evidence.sentence for c in found.change_requests]


@pytest.mark.parametrize(("body", "expected"), [
    ("link in the email goes to the old promo page 😬 pls fix, it sends tmrw 9am",
     # (the emoji is read as the first sentence's end)
     ["link in the email goes to the old promo page . pls fix, it sends tmrw 9am"]),
    ("The Korean translation has some mistakes, I marked them in the file. Please revise and "
     "let me know the schedule.",
     ["The Korean translation has some mistakes, I marked them in the file. Please revise and "
      "let me know the schedule."]),
])
def test_a_fault_and_its_fix_are_one_change(body: str, expected: list[str]) -> None:
    assert _changes(body) == expected
