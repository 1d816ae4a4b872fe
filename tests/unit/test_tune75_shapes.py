"""Shapes the tune75 mails (2100-2119, written out as other mail programs send them) showed: a
help desk's "reply above this line" over a ticket's history, a European "13-04" with no year,
a school's "open day", "please don't go over that" after a sum, "A few things on the
report:" over a list of changes, a detail "since changed" in French, German and Spanish, and
a form the files must take said before their deadline (issue 12). Each beside the words that
must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.quotes import split_reply
from intake.parsers.statements.layout import lead_in
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 4, 2, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday

TICKET = """##- Please type your reply above this line -##

Hi Sam,

Please add the licence number to the three banners.

Nora

------------------------------

Sam Ortiz (Brightlane)
Apr 2, 2029, 09:12 EDT

They need to go live on April 9 and the media buy is $6,000.

------------------------------

This email is a service from Quinn Lending. Delivered by Zendesk"""


def test_a_help_desk_notification_keeps_only_its_newest_comment() -> None:
    split = split_reply(TICKET)
    assert "licence number" in split.new_text
    assert "April 9" not in split.new_text and "$6,000" not in split.new_text
    assert "April 9" in split.quoted_text


def test_words_typed_above_a_help_desk_line_are_the_writers() -> None:
    text = ("Swap the hero photo, please.\n\n-- Please reply above this line --\n\n"
            "Ticket #12: the banner goes live April 9.")
    split = split_reply(text)
    assert split.new_text == "Swap the hero photo, please."
    assert "April 9" in split.quoted_text


def test_a_sentence_about_the_line_is_no_help_desk() -> None:
    text = "Please keep the tagline above this line of text in the header.\n\nThanks"
    assert "tagline" in split_reply(text).new_text


@pytest.mark.parametrize(("text", "expected"), [
    ("Deadline for print is 13-04.", ["2029-04-13"]),
    ("We need it by 05-04 please.", ["2029-04-05"]),
    ("The fair runs 13-04 to 16-04.", ["2029-04-13"]),
    ("Event runs March 23-26.", ["2029-03-23"]),
    ("We are open 09-12 and 13-17 on Saturdays.", []),
    ("The shop is for 08-10 people.", []),
    ("Final score was 13-04 for us.", []),
    ("Call us on 555-0147 by the 12th.", ["2029-04-12"]),
    ("The open day is Saturday April 28.", ["2029-04-28"]),
    ("We're open day and night, 7 days a week.", []),
    ("Last year's open day on April 3 was busy.", []),
])
def test_days(text: str, expected: list[str]) -> None:
    sent = datetime(2029, 3, 1, 10, 0, tzinfo=ZoneInfo(ZONE)) if "March" in text else SENT
    assert due(text, sent, day_first=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We have $2,400 left in the budget for printing, please don't go over that.",
     [("2400", "cap")]),
    ("We have $3,000 for the ads, please don't go over that amount.", [("3000", "cap")]),
    ("We have $3,000 for the ads.", [("3000", "budget")]),
    ("Budget is $5,000 but the printer won't go over that size.", [("5000", "budget")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A few things on the donor report:", "change_request"),
    ("Two things on the proof:", "change_request"),
    ("Some issues with the new layout:", "change_request"),
    ("A few things about us:", None),
    ("A few things about our company:", None),
    ("Couple of points on the agenda:", None),
    ("A few things to keep in mind:", "requirement"),
])
def test_lead_ins(text: str, expected: str | None) -> None:
    assert lead_in(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hi Sam,\n\nA few things on the donor report:\n\n- our new executive director is Maria "
     "Chen, not Robert Hale\n- can the cover be less busy?\n\nJune", "C--"),
    ("Hi Sam,\n\nA few things about us:\n\n- we have been around since 1952\n- we employ 40 "
     "people\n\nJune", "---"),
    ("Hola Sam, el teléfono de la tienda cambió, ahora es el 91 555 0199.", "C--"),
    ("Hola Sam, la tienda cambió mucho, ahora es más grande y tenemos más clientes.", "---"),
    ("Hola Sam, nuestro horario cambió el año pasado. Gracias por todo.", "---"),
    ("Bonjour Sam, notre numéro a changé, c'est maintenant le 01 23 45 67 89.", "C--"),
    ("Bonjour Sam, notre site a changé il y a deux ans.", "---"),
    ("Hallo Sam, die Telefonnummer hat sich geändert, sie lautet jetzt 030 1234567.", "C--"),
    ("Hallo Sam, unsere Adresse hat sich 2019 geändert.", "---"),
    ("All exhibitor graphics must be submitted as print-ready PDF no later than April 20, "
     "2029.", "-R-"),
    ("All exhibitor graphics must be submitted no later than April 20, 2029.", "---"),
    ("Please send it as a PDF by Friday.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    language = {"Hola": "es", "Bonjour": "fr", "Hallo": "de"}.get(text.split()[0])
    assert kinds(text, language) == expected
