"""Shapes found by the tune38 batch (``tests/data/extraction/specs_51.py``: dictated mail, the
British office, a pasted chat, answers typed under questions; scored blind before any rule
was written: change requests 0.788, requirements 0.720, objectives 0.667). Each rule has
look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.nlp import sentence_starts
from intake.parsers.wrapping import unwrap

SENT = datetime(2027, 6, 16, 15, tzinfo=UTC)  # a Wednesday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements],
            "obj": [s.evidence.sentence for s in found.objectives]}


CHAT = ("[9:14 AM] Jess Wu: agree. oat milk price is wrong tho, should be 75c not 50c\n"
        "[9:15 AM] Jess Wu: and can we drop the pumpkin spice line, we're not doing it this year")


def test_a_pasted_chat_keeps_one_message_a_line() -> None:
    second = CHAT.index("[9:15")
    assert unwrap(CHAT)[second - 1] == "\n"
    assert second in sentence_starts(CHAT)
    assert len(_read(CHAT)["cr"]) == 2


def test_a_long_line_before_a_bracket_that_is_no_time_stays_wrapped() -> None:
    text = ("We would like the new opening hours on the poster and the flyer, and the\n"
            "[new] logo on both please.")
    assert "\n" not in unwrap(text)


@pytest.mark.parametrize(("text", "due"), [
    ("we need it on the truck by the 25th thanks", ["2027-06-25"]),
    ("by the 25th pls", ["2027-06-25"]),
    ("It is our 25th anniversary next year.", []),  # an ordinal, no day
    ("Our founder wants a letter on page 2. She will send the text by Friday.", []),
    ("She needs the deck by Friday.", ["2027-06-18"]),  # the agency's part, asked
])
def test_days_said_on_a_phone_and_promised_by_a_colleague(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due


@pytest.mark.parametrize(("text", "changes"), [
    ("I wonder also whether the opening hours might be set a little larger.", 1),
    ("Could the opening hours be set a little larger?", 1),
    ("The hours could be set in the footer.", 0),
    ("I was wondering whether it would be possible to add a fourth email to the series.", 1),
    ("I was wondering whether it would be possible to meet on Tuesday.", 0),
    ("The price for the linen set is missing on page 7.", 1),
    ("The price is missing from your quote.", 0),  # the bill
    ("One more thing: our founder would like a short letter from her on page 2.", 1),
    ("We would like an ad on the back cover of the spring issue.", 0),  # a booking
    ("We'd like a call on Monday to talk about page 2.", 0),
    ("fine. run it. but $19.99 on the drill not $24.99", 1),
    ("$500 on the shoot is fine, not $600.", 0),
    ("Also the importer address must be ours in New Jersey, not the winery in Italy.", 1),
])
def test_changes_said_politely_tersely_or_as_a_gap(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


def test_the_fix_after_a_fault_is_no_rule() -> None:
    found = _read("the phone number is the old one it needs to be 312 555 0187.")
    assert len(found["cr"]) == 1 and found["req"] == []


@pytest.mark.parametrize(("text", "rules"), [
    ("As ever, the Portman Group code applies: nothing that links our whisky to social "
     "success.", 1),
    ("The discount code applies only to new members.", 0),  # an offer's terms
    ("No one in the ads who is or looks under 25.", 1),
    ("No one at the shop who is free on Friday can help.", 0),
    ("Every ad carries the drinkaware.co.uk line.", 1),
    ("Every ad has been approved by legal.", 0),
    ("Each post gets about 200 likes.", 0),
    ("And always the delivery area map.", 1),
    ("Always the same story with this printer!", 0),
    ("Always the last to know, ha.", 0),
    ("Keep it to one page.", 1),
    ("keep it simple, one page, our menu and the phone number.", 1),
    ("Keep it simple, one thing at a time.", 0),
])
def test_rules_said_without_a_modal(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules


def test_a_fault_of_every_piece_is_a_change_not_a_rule() -> None:
    found = _read("Every email has a typo in the footer.")
    assert len(found["cr"]) == 1 and found["req"] == []


@pytest.mark.parametrize(("text", "goals"), [
    ("We hope to have 200 new members in first month.", 1),
    ("We hope to have 2 drafts by Friday.", 0),  # no measure of the work's effect
])
def test_a_hoped_number(text: str, goals: int) -> None:
    assert len(_read(text)["obj"]) == goals
