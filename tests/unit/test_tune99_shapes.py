"""Shapes the tune99 mails (2620-2639: rules said every way) showed: a table's rows each a
unit of their own, a ban of naming and comparing ("we can't name competitors or compare
prices"), a spec with its floor ("Images at 300 dpi minimum"), the rules announced, "X too"
after a rule, and "don't forget the ..." in a reply: what the piece lacks (issue 12). Each
beside the words that must not read so."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Our franchise agreement says we can't name competitors or compare prices in any ad.",
     "-R-"),
    ("We cannot disclose the new prices before launch.", "-R-"),
    ("Images at 300 dpi minimum.", "-R-"),
    ("Images: 300 dpi min", "-R-"),
    ("Some rules from our brand book for the new catalogue.", "---"),
    ("A few notes on the specs:", "---"),
    # a hedge, a call, the past, a question, files handed over
    ("We can't guarantee the printer will be on time.", "---"),
    ("We can't call you today, sorry.", "---"),
    ("I can't name a date yet.", "---"),
    ("The photo you sent was 72 dpi at most.", "---"),
    ("Is 150 dpi the minimum?", "---"),
    ("Attached the logo at 300 dpi minimum.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_tables_rows_are_read_one_by_one() -> None:
    changes, _, _ = extract_statements(
        "Page | Comment\n2 | Dr. Patel's title is Chief of Cardiology, not Head of Cardiology\n"
        "5 | Remove the photo of the old building\n6 | Looks good")
    # (before, the row above ran on into this one: it ends without a stop)
    assert [c.evidence.sentence for c in changes] == ["5 | Remove the photo of the old building"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Make sure the phone number is on every piece. Dealer license number too, state law.",
     ["Make sure the phone number is on every piece.", "Dealer license number too, state law."]),
    ("The logo must be on every page. Thanks too.", ["The logo must be on every page."]),
    ("We love the poster. The flyer too.", []),
])
def test_one_more_thing_for_the_rule_before(text: str, expected: list[str]) -> None:
    _, rules, _ = extract_statements(text)
    assert [r.evidence.sentence for r in rules] == expected


def test_dont_forget_in_a_reply_is_what_the_piece_lacks() -> None:
    changes, rules, _ = extract_statements("Looks good. Don't forget the Member FDIC logo.",
                                           answering=True)
    assert [c.evidence.sentence for c in changes] == ["Don't forget the Member FDIC logo."]
    assert rules == ()
    changes, rules, _ = extract_statements("Don't forget the legal line on all future ads.",
                                           answering=True)
    assert changes == () and len(rules) == 1
    changes, rules, _ = extract_statements("Don't forget the Member FDIC logo.")
    assert changes == () and len(rules) == 1  # in a brief: a rule
