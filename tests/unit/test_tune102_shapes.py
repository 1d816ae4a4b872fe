"""Shapes the tune102 mails (2680-2699: mail that comes with its history) showed: a time the
piece prints put right ("change the open house time to 6 pm, not 5 pm"), a phone's whole
reply an amount under a quoted budget question ("15k"), and an option picked with "let's do"
when the question follows the options ("20% off or 25% off. Which one?") (issue 12). Each
beside the words that must not read so."""

from __future__ import annotations

import pytest

from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Please have the agency change the open house time to 6 pm, not 5 pm.", "C--"),
    ("Please change the open house time on the invitation to 6 pm.", "C--"),
    # a meeting's time
    ("Can we move the review from 2pm to 4pm?", "---"),
    ("Please change the time to 6 pm.", "---"),
    # a language more, asked with "do" (the demo's transcreation, which the second opinion
    # alone had read before its retraining)
    ("Please have your team do the Spanish transcreation - we don't have an agency for that "
     "anymore.", "C--"),
    ("Please do the Spanish version too.", "C--"),
    ("We do the Spanish version ourselves.", "---"),
    ("Did you do the Spanish version?", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


def _reply(body: str, quoted: str) -> bytes:
    return (f"From: Ron Pike <ron@pikeauto.com>\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n"
            f"Subject: Re: Summer sale\nDate: Tue, 4 Jun 2030 12:10:00 -0500\n"
            f"Message-ID: <r-{abs(hash(body + quoted))}@pikeauto.com>\nIn-Reply-To: <q@x>\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n\n"
            f"On May 31, 2030, at 16:00, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:\n"
            f"> {quoted}\n").encode()


@pytest.mark.parametrize(("body", "quoted", "expected"), [
    ("15k\n\nSent from my iPhone", "Ron, what budget should we plan the sale around?",
     [("15000", "budget")]),
    ("About $20,000.", "Ron, what's the budget for the summer sale?", [("20000", "budget")]),
    # no budget asked; a longer answer the money reader judges itself
    ("15k", "Ron, how many flyers should we print?", []),
    ("Thanks, the invoice for 15k is paid.", "Ron, what's the budget for the summer sale?", []),
])
def test_an_amount_alone_answers_a_budget_question(body: str, quoted: str,
                                                   expected: list[tuple[str, str]]) -> None:
    found = extract_message(parse_message(_reply(body, quoted)), timezone="America/Chicago")
    assert [(str(m.amount), m.kind) for m in found.budgets] == expected


def test_an_option_picked_when_the_question_follows_the_options() -> None:
    raw = _reply("Let's do the 25% off version.",
                 "Lena, two versions of the ad: 20% off or 25% off. Which one?")
    found = extract_message(parse_message(raw), timezone="America/Chicago")
    assert found.change_requests == ()
    other = _reply("Let's do the logo in blue.", "Lena, the ad is attached.")
    assert len(extract_message(parse_message(other),
                               timezone="America/Chicago").change_requests) == 1


