"""Shapes the tune56 mails (1580-1599) showed: South African, Polish and Greek clients'
English, a wine shop in lower case, a museum's and a city's rules among notes, a card
issuer's compliance comments (issue 12), each beside sentences the same rule must not fire
on."""

from __future__ import annotations

import pytest

from intake.parsers.statements.layout import lead_in
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    # a price put right with a currency's letters
    ("Two things though: the rooibos latte is R42 now, not R38.", "C--"),
    ("Our store is R42 away", "---"),
    # what a piece says, and the truth after "and it's"
    ("hey sam flyer looks great but the date says friday the 11th and it's saturday the 11th.",
     "C--"),
    ("The review says it's great and it's true.", "---"),
    # a picture turned the wrong way
    ("The photo on page 15 is mirrored, please turn it back.", "C--"),
    ("The logo is upside down on the back.", "C--"),
    # a rule of sizes against another's mark, not a change
    ("Also their logo has to be at least as big as ours on the ad.", "-R-"),
    ("The logo needs to be at least twice as big.", "C--"),
    # where a mark may only be used
    ("The City seal may only be used on the front cover, per the Clerk's office.", "-R-"),
    ("The coupon can only be used once per customer.", "---"),
    ("We can only be there on Friday.", "---"),
    # a standing rule among a reviewer's notes is a rule; the notes' changes stay changes
    ("A few curatorial notes:\nThe painting is by Winslow Homer, not Homer Winslow - please "
     "correct the credit line.\nImage credits must always appear in full as supplied by the "
     "lender; please don't shorten them.", "CR-"),
    ("Some notes:\n- Never mind the logo, swap the photo.", "C--"),
])
def test_asks_and_rules(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Compliance comments on the balance transfer mailer:", None),  # notes of every kind
    ("Legal notes:", None),
    ("Legal requirements:", "requirement"),
    ("Some legal things to keep in mind:", "requirement"),
    ("Some notes:", "change_request"),
])
def test_a_reviewers_lead_in_announces_no_one_kind(text: str, expected: str | None) -> None:
    assert lead_in(text) == expected
