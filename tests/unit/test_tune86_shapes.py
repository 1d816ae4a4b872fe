"""Shapes the tune86 mails (2360-2379: Chinese, Japanese, Brazilian, Arabic and Dutch
clients' English, a phone chain, a board chair's long mail, answers typed in capitals into an
Outlook quote, a forward of a forward, FR/DE/ES) showed: lines typed without capitals under a
lead-in are a list, not a wrapped paragraph; a capital answer under a quoted question; "the
board must be there before" (the day before the day named); a figure a page shows; "the
financial summary on page 9 needs to match"; someone's ask passed on joined to the writer's
("Can you squeeze that in?"); "It is not X but Y" after a fault; a count of the sentence
before to beat; "Main purpose is"; "scratch my first point"; "not a must"; German, French
and Spanish days moved, budgets raised and scope added (issue 12). Each beside the words
that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from intake.parsers.quotes import split_reply
from intake.parsers.wrapping import unwrap
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 8, 20, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


def test_lines_without_capitals_under_a_lead_in_are_a_list() -> None:
    text = ("Jen - for the flyer:\ncannoli photo is too dark, use the one from the spring "
            "catalog\nthe price of the panettone is $28 not $26\nwe need it in the stores by "
            "Nov 15\n")
    assert unwrap(text) == text
    prose = ("Here is the thing:\nwe need the new brochure to be ready by the end of the month "
             "because\nthe printer is closing for two weeks in September and we cannot miss "
             "the\nfair in October.\n")
    assert "\n" not in unwrap(prose).split(":\n", 1)[1].rstrip("\n")


def test_capital_answers_under_quoted_questions() -> None:
    body = """See my answers below in caps.

Gary

-----Original Message-----
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, August 20, 2029 9:10 AM
To: Gary Price <gprice@pricelumber.com>
Subject: Fall flyer - 3 questions

Gary,

1. Should we keep the deck stain promo on the front?
NO, SWAP IT FOR THE FENCING SALE

2. Is the store address still 400 Mill Rd?
YES

Sam"""
    said = split_reply(body).new_text
    assert "NO, SWAP IT FOR THE FENCING SALE" in said and "YES" in said
    assert "Should we keep" not in said  # the question stays the quote's


@pytest.mark.parametrize(("text", "expected"), [
    ("We open the new store 5 of September, the board must be there before.", "---"),
    ("The signs must be up high.", "-R-"),
    ("The financial summary on page 9 needs to match the audited figures exactly.", "C--"),
    ("Every chart on page 9 must use the brand colours.", "-R-"),
    ("This year the board wants at least 5,000.", "--O"),
    ("The board wants the logo on every page.", "-R-"),
    ("Main purpose is let more young people know our brand and buy on our Amazon store.",
     "--O"),
    ("The purpose of this email is to update you.", "---"),
    ("Sam, scratch my first point below - the owner likes the hard hat after all, keep it.",
     "---"),
    ("Scratch the radio spot.", "C--"),
    ("I wonder whether a photo would say more - something to consider, not a must.", "---"),
    ("A QR code is a must.", "-R-"),
    ("the price of the panettone is $28 not $26", "C--"),
    ("I'd pay $20 not $30 for that.", "---"),
    ("She asked if we could meet on Friday.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Der Drucktermin hat sich verschoben: wir brauchen die Daten jetzt am 5. September.", "de",
     "C--"),
    ("Unser Termin hat sich verschoben, ich melde mich.", "de", "---"),
    ("La dirección ha aprobado subir el presupuesto de 10.000 a 14.000 euros.", "es", "C--"),
    ("Con eso podemos añadir los vídeos para Instagram.", "es", "C--"),
    ("La date d'impression a été avancée au 3 septembre.", "fr", "C--"),
])
def test_foreign_kinds(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("text", "sentences"), [
    # someone's ask, then the writer's ask to put it in: one change
    ("Dr. Reid asked if we could mention the free frame adjustment for students. Can you "
     "squeeze that in?", 1),
    # a fault, then the detail put right as "not X but Y": one change
    ('On page 4, the name of the artist is wrong. It is not "Kenji Sato" but "Kenta Sato".', 1),
    # two faults, the second asked by "that year" (a determiner, not the pronoun): two
    ("The body text is too small to read, and the timeline skips 1903. Could you add that "
     "year?", 2),
])
def test_joined_asks(text: str, sentences: int) -> None:
    found = extract(text, sent_at=SENT, timezone=ZONE)
    assert len(found.change_requests) == sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("the total grants line shows $2.4 million and the auditors have $2.38 million.",
     [("2400000", "other"), ("2380000", "other")]),
    ("The budget shows $5,000 for print.", [("5000", "budget")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We open the new store 5 of September, the board must be there before.", ["2029-09-04"]),
    ("The fair is on Sept 14 and we need the flyers before.", ["2029-09-13"]),
    ("We met on Sept 4 and we needed it before.", []),
    ("We are aiming to raise $1.5 million in the year-end appeal, so the report has to be "
     "mailed by November 1.", ["2029-11-01"]),
    ("We want 2,000 leads by the end of Q1.", []),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected

