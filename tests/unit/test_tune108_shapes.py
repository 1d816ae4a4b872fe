"""Shapes the tune108 mails (2800-2815: mail with its history) showed: a line quoted inside
an ask to take it off ('take the "free parking" line off the website'), a venue's events
desk writing to the client by name (its rules are the stand's), a supplier's mail-merged
price list passed on (no ask), and a bare day under a quoted question between days
("Thursday." under "Wednesday or Thursday?") (issue 12). Each beside the words that must not
read so."""

from __future__ import annotations

import pytest

from intake.parsers.evaluation import AGENCY_DOMAINS
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Please take the \"free parking\" line off the website and the brochure, it's no longer "
     "true.", "C--"),
    ("Please take the “free parking” line off the website.", "C--"),
    ("Take the \"day off\" idea.", "---"),
    ("Take the day off.", "---"),
])
def test_a_quoted_line_taken_off(text: str, expected: str) -> None:
    assert kinds(text) == expected


def _reply(body: str, quoted: str) -> list[str]:
    raw = (f"From: Jo Kent <jo@kentbakery.com>\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n"
           f"Subject: Re: Labels\nDate: Tue, 12 Nov 2030 12:00:00 -0600\n"
           f"Message-ID: <r-{abs(hash(body + quoted))}@kentbakery.com>\nIn-Reply-To: <q@x>\n"
           f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n\n"
           f"On Fri, Nov 8, 2030 at 4:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:\n"
           f"> {quoted}\n").encode()
    found = extract_message(parse_message(raw), timezone="America/Chicago")
    return [d.date.isoformat() for d in found.due_dates]


@pytest.mark.parametrize(("body", "quoted", "expected"), [
    ("Thursday.", "Jo, do you want the cookie box labels Wednesday or Thursday?",
     ["2030-11-14"]),
    ("The 19th pls", "Jo, should the labels be ready the 12th or the 19th?", ["2030-11-19"]),
    # a meeting's day; no days asked; an answer not yet given
    ("Thursday.", "Jo, can we have a call Wednesday or Thursday?", []),
    ("Thursday.", "Jo, the labels are at the printer.", []),
    ("Thursday I think, but let me check with Ann.", "Jo, labels Wednesday or Thursday?", []),
])
def test_a_bare_day_picks_one_of_the_quoted_days(body: str, quoted: str,
                                                  expected: list[str]) -> None:
    assert _reply(body, quoted) == expected


def _forward(sender: str, greeting: str, body: str) -> bytes:
    return (f"From: Tom Reyes <tom@reyesbrewing.com>\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n"
            f"Subject: Fwd: Festival\nDate: Mon, 11 Nov 2030 11:40:00 -0700\n"
            f"Message-ID: <f-{abs(hash(sender + body))}@reyesbrewing.com>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\nSam, see below.\n\nTom\n\n"
            f"---------- Forwarded message ---------\nFrom: Desk <{sender}>\n"
            f"Date: Fri, Nov 8, 2030 at 2:00 PM\nSubject: Festival\nTo: Tom Reyes "
            f"<tom@reyesbrewing.com>\n\n{greeting}\n\n{body}\n").encode()


@pytest.mark.parametrize(("sender", "greeting", "body", "rules", "dates"), [
    ("events@milehighhall.com", "Hi Tom,",
     "Banners must be freestanding; nothing can be attached to the walls.", 1, []),
    # a mail merge from a sales desk: a price list passed on, nothing of the client's
    ("sales@valleygrowers.com", "Dear customer,",
     "All banners must be freestanding. Prices $4.50 each until December 10.", 0, []),
])
def test_whose_mail_a_forward_passes_on(sender: str, greeting: str, body: str, rules: int,
                                        dates: list[str]) -> None:
    found = extract_message(parse_message(_forward(sender, greeting, body)),
                            timezone="America/Denver", agency_domains=AGENCY_DOMAINS)
    assert len(found.requirements) == rules
    assert [d.date.isoformat() for d in found.due_dates] == dates
