"""Shapes found by the tune35 batch (``tests/data/extraction/specs_48.py``, mail about days
scored blind before any rule was written: due dates 0.844): "the magazine closes Tuesday", a
weekday naming a kind of thing ("Tuesday classes move to 6pm"), a send window ("go out
between August 2 and August 6"), and a day counted from the mail read as no rule ("we need
the sponsor deck two weeks from today"). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.parsers.evaluation import load_set, split_of
from intake.parsers.extract import extract

SENT = datetime(2027, 5, 24, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "due"), [
    ("The magazine closes Thursday.", ["2027-05-27"]),
    ("The studio graphic needs to be updated by tomorrow EOD, Tuesday classes move to 6pm.",
     ["2027-05-25"]),
    ("We need it by Tuesday, thanks.", ["2027-05-25"]),
    ("proof by tues pls", ["2027-05-25"]),  # "pls" names no kind of thing
    ("The emails go out between August 2 and August 6, so we need the first one ready by "
     "July 26.", ["2027-07-26"]),
    ("Can we get the catering flyer the week after next?", ["2027-06-07"]),  # the set's reading
])
def test_days_said_around_other_words(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due


@pytest.mark.parametrize(("text", "rules"), [
    ("We need the sponsor deck two weeks from today.", 0),  # a deadline
    ("Please allow five business days for printing.", 1),  # a lead time kept as a rule
])
def test_a_day_counted_from_the_mail_is_no_rule(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules


def test_four_digit_numbers_are_cases_of_their_own_split(tmp_path: Path) -> None:
    for name in ("999-a", "1000-b", "100-c"):
        (tmp_path / f"{name}.eml").write_bytes(b"Subject: x\n\nx\n")
        (tmp_path / f"{name}.json").write_text("{}")
    cases = load_set(tmp_path)
    assert [c.name for c in cases] == ["100-c", "999-a", "1000-b"]  # by number
    assert [split_of(c) for c in cases] == ["first", "blind12", "tune35"]
