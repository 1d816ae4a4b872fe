"""Shapes found by the tune28 batch (``tests/data/extraction/specs_40.py``, scored blind
before any rule was written): a table of comments whose cells start with an imperative, the
office hours found wrong, "could the voiceover be a woman?", someone's view of the very
thing just asked to change (its reason), a printer's booking, "by then" in a sentence about
all the ads, money "set aside" without a mark, a numbered purchase order raised, and a rival
company spending. Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.money import extract_money

SENT = datetime(2027, 3, 30, 15, tzinfo=UTC)  # a Tuesday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


TABLE = """Our comments on round 2 are in the table below.

Page | Comment
Home | Replace “cheap” with “affordable” in the hero line
About | Add Maria Lopez to the team section
Contact | The office hours are wrong, we close at 5:30
Team | Looks good"""


def test_a_table_cell_opening_with_an_imperative_is_a_change() -> None:
    assert [s.split(" | ")[0] for s in _read(TABLE)["cr"]] == ["Home", "About", "Contact"]


@pytest.mark.parametrize(("text", "changes"), [
    ("The office hours are wrong, we close at 5:30.", 1),
    ("The opening hours on the flyer are wrong.", 1),
    ("Our office hours are too long for the staff.", 0),  # a complaint about work, no piece
    ("The meeting hours are wrong.", 0),
])
def test_hours_a_piece_prints_can_be_wrong(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize(("text", "changes"), [
    ("For the TV spot, could the voiceover be a woman this time?", 1),
    ("Could the banner be a GIF?", 1),
    ("For the email, can the subject line mention the sale?", 1),
    ("Could the launch be a week later?", 0),  # a time, no other kind of piece
    ("Can the video be a problem for legal?", 0),
    ("The voiceover could be a woman.", 0),  # said, not asked
    ("For the launch, could we meet on Friday?", 0),
])
def test_could_the_piece_be_another_kind_is_asked(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize(("text", "changes"), [
    ("Could you revise the color of the title to dark green? Our president feels the red is "
     "too strong.", 1),
    ("Please make the logo bigger. Jim feels the logo is too small right now.", 1),
    # another piece criticised: a second change
    ("Please make the logo bigger. Jim feels the headline is too long.", 2),
    # a blank line between: two items
    ("Please make the logo bigger.\n\nJim feels the logo is too small.", 2),
])
def test_someones_view_of_the_thing_just_asked_is_its_reason(text: str, changes: int) -> None:
    found = _read(text)["cr"]
    assert len(found) == changes
    if changes == 1:
        assert found[0] == " ".join(text.split())  # one change order item, with its reason


def test_a_printers_booking_is_the_print_date() -> None:
    found = _read("Let's talk on Thursday at 10 about the mockups. They need to be final by "
                  "April 14, since the printer is booked for the 15th.")
    assert found["due"] == ["2027-04-14", "2027-04-15"]
    assert _read("The printer is booked up, sadly.")["due"] == []


def test_by_then_after_a_day_is_a_deadline_for_all_the_ads() -> None:
    found = _read("The sale starts on April 17, so all the ads have to be running by then.")
    assert found["req"] == []
    # a rule for every piece without a day before it stays a rule
    assert _read("All the ads have to carry the logo from then on.")["req"] != []


@pytest.mark.parametrize(("text", "want"), [
    ("We have roughly 30-35K set aside for the whole webinar series.",
     [("35000", "range")]),
    ("We have 12k earmarked for the launch.", [("12000", "budget")]),
    ("We have 30 set pieces.", []),  # no money
    ("PO 88812 was raised yesterday for $4,200, so you can go ahead.", [("4200", "budget")]),
    ("PO 88812 for $4,200 is attached.", [("4200", "invoice")]),  # the order itself, sent
    # (a numbered bill's sum is read as the bill's since the thirty-second session)
    ("Invoice 4471 was raised for $4,200.", [("4200", "invoice")]),
    ("Freshway is spending like 100k on TV this spring.", [("100000", "other")]),
    ("They're spending $2M on TV.", [("2000000", "other")]),
    ("We're spending $20k on TV.", [("20000", "budget")]),
    ("Marketing is spending 20k on this.", [("20000", "budget")]),  # a department: theirs
    ("Total spend must stay under $6,000.", [("6000", "cap")]),  # "spend", a noun
    ("Media spend will be CHF 45'000.", [("45000", "budget")]),
])
def test_money_kept_for_the_work_and_money_of_others(
        text: str, want: list[tuple[str, str]]) -> None:
    found = extract_money(text, default_currency="CHF" if "CHF" in text else "USD")
    assert [(f"{m.amount:.0f}", m.kind) for m in found] == want
