"""Shapes the tune87 mails (2380-2399: Italian, Polish, Indian and Korean clients' English, a
dictated mail, a university officer's long mail, an HTML list of compliance edits, a forward
of a vice-president's notes, a nonprofit's brief, answers typed under numbered questions)
showed: "break it into one card per day" and "split the page into two columns" (a piece
divided); a fault joined to its fix when the fix leaves its piece unsaid ("Please change to
more natural ... photo") or the fault is "hard to read" or "feeling too strong"; an outside
party's wish for a place on every piece ("Legal also wants the FDIC line at the bottom of
every poster") is its rule; "the website must be open on 1st October" is a day, not a rule;
"The campaign should feel hopeful" is a rule of the whole work; "by friday the 21st we start"
typed without a mark; what must stay and what the work is for, typed under the AE's quoted
questions (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 9, 10, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Could you break it into one card per day?", "C--"),
    ("Please split the page into two columns.", "C--"),
    ("Can you break up the long paragraph?", "C--"),
    ("We need to break into the Texas market.", "---"),
    ("Can you break it down for me?", "---"),
    ("Don't break the bank on this.", "---"),
    ("Let's split the cost with the franchise.", "---"),
    ("We will break the news to the staff on Monday.", "---"),
    ("Legal also wants the FDIC line at the bottom of every poster, 8 pt minimum.", "-R-"),
    ("Compliance wants the disclaimer at the bottom of all the ads.", "-R-"),
    ("Legal wants the date at the top.", "C--"),  # one piece put right
    ("I want the logo at the top of every page.", "C--"),
    ("For the US launching, the website must be open on 1st October.", "---"),
    ("The booking page must be open on weekends too.", "-R-"),
    ("The campaign should feel hopeful, never guilt-driven.", "-R-"),
    ("Our messaging should sound confident but not arrogant.", "-R-"),
    ("The copy should sound warmer.", "---"),
    ("The campaign should feel more like summer.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "sentences"), [
    # a fault, then its fix said of "it" in a verb that divides it: one change
    ("The schedule page is hard to read on a phone. Could you break it into one card per day?",
     1),
    # an ordinal leads the fault; the fix leaves its piece unsaid: one change
    ("First, the main model photo is feeling too strong. Please change to more natural and "
     "soft feeling photo.", 1),
    ("The photo is too dark. Please change to the one from the spring shoot.", 1),
    # a fault, then another piece's change: two
    ("The photo is too dark. Please also add our logo to the footer.", 2),
])
def test_joined_asks(text: str, sentences: int) -> None:
    found = extract(text, sent_at=SENT, timezone=ZONE)
    assert len(found.change_requests) == sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("can we get the printed ones by friday the 21st we start the new menu that weekend",
     ["2029-09-21"]),
    ("by the 14th i need the files", ["2029-09-14"]),
    ("We finished 2nd we were so proud.", []),
    ("the 3rd we talked about", []),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


def _answers(body: str) -> str:
    return ("From: Helen Wu <helen@wuacupuncture.com>\nTo: Sam Ortiz "
            "<sam.ortiz@brightlane.agency>\nSubject: Re: questions\n"
            "Date: Mon, 10 Sep 2029 17:35:00 -0700\nMessage-ID: <a1@wuacupuncture.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
            "Hi Sam, answers below.\n\n"
            "On Mon, Sep 10, 2029 at 2:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:\n"
            f"{body}\nHelen\n")


def _read(body: str) -> tuple[list[str], list[str]]:
    found = extract_message(parse_message(_answers(body).encode()), timezone=ZONE)
    return ([r.evidence.sentence for r in found.requirements],
            [o.evidence.sentence for o in found.objectives])


def test_what_must_stay_and_what_it_is_for_answered_under_quoted_questions() -> None:
    rules, goals = _read("> 1. Anything that must stay as it is?\n\nThe logo stays. And all "
                         "the testimonials need the patient's written consent.\n\n"
                         "> 2. What should the site do for you?\n\nMostly get more people to "
                         "book online instead of calling.\n")
    assert rules == ["The logo stays.",
                     "And all the testimonials need the patient's written consent."]
    assert goals == ["Mostly get more people to book online instead of calling."]


def test_answers_under_other_questions_state_no_rule_or_goal() -> None:
    rules, goals = _read("> 1. Do you like the colours?\n\nThe logo stays a bit small for me.\n\n"
                         "> 2. What should the site do for you?\n\nNot sure yet, let's talk "
                         "on Thursday.\n\n> 3. What's the goal?\n\nWhat do you suggest?\n")
    assert rules == [] and goals == []
