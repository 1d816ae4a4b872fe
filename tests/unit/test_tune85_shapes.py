"""Shapes the tune85 mails (2340-2359, voices in the shapes of public collections of client
mail) showed: "we'd love the wood to look warmer", "asked why our slogan isn't on there",
"Kindly do the needful for below points:", "can the sunflowers be the 1st pic", "the Saturday
hours still say 9-1", "the new number is 555-0142, please use that one everywhere", "we want
to push Invisalign" (to promote, not to move), "it goes on white only", a Spanish rule of
languages and goal of rooms to fill, money allotted ("I've been given $9,000"), the sums of a
numbered invoice, a shop's booking day, an accounts-payable day, and a lead time counted back
from an event a sentence before named (issue 12). Each beside the words that must not read
so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 8, 13, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("We'd love the wood to look warmer, almost honey coloured, not grey like it is now.", "C--"),
    ("We'd love the weather to look better on Saturday.", "---"),
    ("We'd love the numbers to look better.", "---"),
    ("My husband asked why our slogan isn't on there.", "C--"),
    ("He asked why our phone number isn't on the flyer.", "C--"),
    ("can the sunflowers be the 1st pic", "C--"),
    ("Could the team photo be the cover?", "C--"),
    ("Can the kids be the first to know?", "---"),
    ("Could the launch be the first week of May?", "---"),
    ("the Saturday hours still say 9-1.", "C--"),
    ("The kids still say it was the best day.", "---"),
    ("Customers still say they love it.", "---"),
    ("Sam, the new number is 555-0142, please use that one everywhere.", "C--"),
    ("Our new address is 12 Elm St, not 40 Oak Ave.", "C--"),
    ("Our new address is 12 Elm St.", "---"),
    ("The new number was a mistake.", "---"),
    ("Please use the new logo everywhere.", "-R-"),
    ("We want to push Invisalign this fall.", "---"),
    ("Let's push hard on social.", "---"),
    ("Push the launch to May.", "C--"),
    ("We want to push Invisalign to next month.", "C--"),
    ("Our orange is Pantone 1585 C and it goes on white only.", "-R-"),
    ("The logo only sits on black backgrounds.", "-R-"),
    ("The logo goes on white.", "---"),
    ("Can the logo go on white only?", "---"),
    ("Our models are never retouched.", "-R-"),
    ("Honestly we'd be happy with 40 new consults by Thanksgiving.", "--O"),
    ("We had 40 consults last month.", "---"),
    ("We need 3 quotes from printers.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Todo en español e inglés, por favor.", "es", "-R-"),
    ("Todo bien con el diseño.", "es", "---"),
    ("Tout en français et en anglais, merci.", "fr", "-R-"),
    ("Alles bitte auf Deutsch und Englisch.", "de", "-R-"),
    ("Queremos llenar las habitaciones entre semana.", "es", "--O"),
    ("Queremos llenar el formulario hoy.", "es", "---"),
    ("Nous voulons remplir les chambres en semaine.", "fr", "--O"),
    ("Nous voulons remplir le formulaire.", "fr", "---"),
])
def test_foreign_kinds(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


def test_points_under_a_needful_lead_in_are_changes() -> None:
    text = """We have gone through the draft. Kindly do the needful for below points:

1. Rangoli image to be replaced with our own photo.
2. Discount is 25% and not 20%.
3. Company name to come in Hindi also below the English.
"""
    changes, rules, _ = extract_statements(text)
    assert len(changes) == 3 and rules == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("I've been given $9,000 for design and print together.", [("9000", "budget")]),
    ("We were given 50 free tickets worth $2,000.", [("2000", "price")]),
    ("Quick question on invoice 4471 - it shows $1,850 but the estimate was $1,600.",
     [("1850", "invoice"), ("1600", "invoice")]),
    ("We have $5,000 for this, please invoice us in two parts.", [("5000", "budget")]),
])
def test_money(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The wrap shop has us booked for August 27 so we need final files by the 22nd.",
     ["2029-08-27", "2029-08-22"]),
    ("Our accounts payable runs on the 20th.", []),
    ("The ad runs on the 20th.", ["2029-08-20"]),
    # a lead time counted back from an event a sentence before named by name
    ("Our Harvest Food Drive runs October 15 to November 15. We'd like posters.\n\n"
     "We need everything two weeks before the drive starts.", ["2029-10-01"]),
    ("The gala is on November 8. We need the invitations three weeks before the gala.",
     ["2029-10-18"]),
    # (not from a meeting's day, nor by a word that names any event)
    ("We met on July 20 about the shoot. Please send the edits a week before the shoot.", []),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
