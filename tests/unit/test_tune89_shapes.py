"""Shapes the tune89 mails (2420-2439: mail that tools and habits shape) showed: a project
tool's footer ("Reply to this email to comment ..."), a tender's window for questions and its
"contractor shall", a recap put right under its quoted lines ("No, it's $59 now", "Yes."
under "> - Launch: October 8"), a printed event day put right, a budget opening its sentence
with a sum a month, a numbered purchase order approved, a chat's move without its article,
"For #3 make it blue though", a workshop is a meeting (issue 12). Each beside the words that
must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from intake.parsers.quotes import split_signature
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 9, 24, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


def test_a_project_tools_footer_is_not_the_commenters_words() -> None:
    body = ('"Can we swap the hero image for the team photo?"\n\nReply to this email to '
            "comment on the task, or view it in Tasklane.\n")
    said, footer = split_signature(body)
    assert "Reply to this email" in footer and "swap the hero image" in said
    newsletter = ("Book your table by December 20!\n\nYou are receiving this email because "
                  "you signed up. Unsubscribe\n")
    assert "Unsubscribe" in split_signature(newsletter)[0]  # a mailing's mark stays to read
    prose = "The flyer is at the front desk.\nView it in person if you like.\n"
    assert "View it in person" in split_signature(prose)[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Proposals are due October 12, 2029 at 3:00 p.m. EDT. Questions may be submitted until "
     "October 3.", ["2029-10-12"]),
    ("Solo one thing: the fecha of the event should be 2 de noviembre, not 1.", []),
    ("the launch date should be November 2, not November 1.", ["2029-11-02"]),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The contractor shall provide editable source files for all creative.", "-R-"),
    ("The agency shall not use the logo on social media without approval.", "-R-"),
    ("We shall see.", "---"),
    ("also heads up, launch moved to Oct 15 because of the warehouse", "C--"),
    ("Launch moved to Oct 15.", "C--"),
    ("Delivery moved to the warehouse.", "---"),
    ("For #3 make it blue though.", "C--"),
    ("On the back page add the map.", "C--"),
    ("For the spring refresh we have between $10k and $12k.", "---"),
    ("For now we changed the plan.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Same budget as Q3, $15,000 a month.", [("15000", "budget")]),
    ("Same price as before, $40 a month.", [("40", "price")]),
    ("Purchase order 4471 for $12,400 has been approved for the fall campaign.",
     [("12400", "budget")]),
    ("Please invoice against PO 45521 for $38,500.", [("38500", "invoice")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


RECAP = """Mostly right, two corrections below.

On Mon, Sep 24, 2029 at 3:15 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Hi Erin, recap of today's call:
>
> - New member offer: first month $49

No, it's $59 now, we raised it in August.

> - Launch: October 8

Yes.

> - Photos: we shoot at the Elm St studio

Not Elm St, it has to be the new Pine Ave studio.

> - Any questions about the shoot?

No, all clear.

Erin
"""


def test_a_recap_put_right_under_its_quoted_lines() -> None:
    raw = ("From: Erin Walsh <erin@walshpilates.com>\nTo: Sam <sam.ortiz@brightlane.agency>\n"
           "Subject: Re: Recap\nDate: Mon, 24 Sep 2029 16:40:00 -0400\n"
           "Message-ID: <r1@walshpilates.com>\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=UTF-8\n\n" + RECAP)
    found = extract_message(parse_message(raw.encode()), timezone=ZONE)
    assert [c.evidence.sentence for c in found.change_requests] == [
        "No, it's $59 now, we raised it in August.",
        "Not Elm St, it has to be the new Pine Ave studio."]  # not "No, all clear." (a question)
    assert found.requirements == ()
    assert [d.date.isoformat() for d in found.due_dates] == ["2029-10-08"]  # "Yes." to it
