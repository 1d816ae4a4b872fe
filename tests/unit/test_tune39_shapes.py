"""Shapes found by the tune39 batch (``tests/data/extraction/specs_53.py``: rules and asks from
the people around a client, scored blind before any rule was written: change requests 0.815,
requirements 0.769, objectives 0.667). Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.money import extract_money
from intake.parsers.nlp import analyse, sentence_starts

SENT = datetime(2027, 6, 30, 15, tzinfo=UTC)  # a Wednesday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements],
            "obj": [s.evidence.sentence for s in found.objectives]}


@pytest.mark.parametrize(("text", "second"), [
    ("The consensus was concept A. They also felt it was long.", "They also"),
    ("We prefer option B. Can you send it?", "Can you"),
])
def test_an_options_letter_ends_its_sentence(text: str, second: str) -> None:
    assert text.index(second) in sentence_starts(text)


@pytest.mark.parametrize("text", ["Photo by J. Smith, used with permission.",
                                  "Signed, A. Jones, on behalf of the board."])
def test_an_initial_still_does_not(text: str) -> None:
    assert sentence_starts(text) == []


@pytest.mark.parametrize(("text", "changes"), [
    ("The consensus was concept B, but with the photography from concept A.", 1),
    ("The photos from option B were lovely.", 0),
    ("We'll go with concept B.", 0),
    ('They also felt the headline "Get your shot, get your life back" is too flippant for a '
     "hospital.", 1),
    ("Also the bottle in ad 2 is the old 30 ml one; we only sell 50 ml now.", 1),
    ("Our office is the old bank building on Main Street.", 0),
])
def test_changes_from_a_committee_and_a_quoted_headline(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize(("text", "rules"), [
    ("Their conditions: no third-party trackers other than our own analytics, and the rate "
     "calculator has to run on our servers, not an outside widget.", 1),
    ("Conditions: no third-party trackers.", 1),
    ("I have to run, talk later.", 0),
    ("For the new clinic posters, please don't use photos of animals on the exam table, "
     "people find it stressful.", 1),
    ("The sticker files are due the 18th, please don't forget.", 0),
    ("Please no cartoon characters that look like Disney ones, we got a letter last year.", 1),
    ("No cartoon characters were used last year.", 0),
    ("No photos that we took last year.", 0),
    ("No sign of the proofs yet.", 0),
    ("No real rules from our side, surprise us!", 0),
    ("The artist insists that her work is never shown cropped.", 1),
    ("Quick update: we've booked the bigger booth at the show, 20 x 30 instead of 10 x 20.", 0),
    ("We need three banner sizes: 300x250, 728x90 and 160x600.", 1),
])
def test_rules_with_a_label_a_reason_or_a_third_party(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules


def test_a_standing_wish_is_no_change() -> None:
    assert _read("The artist insists that her work is never shown cropped.")["cr"] == []
    assert len(_read("We'd like the photo swapped, we never liked it.")["cr"]) == 1


@pytest.mark.parametrize(("text", "goals"), [
    ("For September we want to do it again but aim higher: 800 new members.", 1),
    ("January went well - 640 new members against a goal of 500.", 0),
    # the aim's label in each of its words (one table of them since the twenty-first session)
    ("Aiming higher this year: 800 new sign-ups.", 1),
    ("Our targets for spring: 500 new members.", 1),
    ("The point of the launch: 500 new members.", 1),
])
def test_goals_said_after_a_colon_and_results_against_one(text: str, goals: int) -> None:
    assert len(_read(text)["obj"]) == goals


@pytest.mark.parametrize(("text", "kind"), [
    ("Give or take, we're looking at $4,500 for the day.", "budget"),
    ("We're looking at $4,500 in damage to the van.", "other"),
])
def test_money_were_looking_at(text: str, kind: str) -> None:
    assert [m.kind for m in extract_money(analyse(text), default_currency="USD")] == [kind]


@pytest.mark.parametrize(("text", "due"), [
    ("The private view is 1 October; invitations should land by September 15.",
     ["2027-09-15"]),
    ("The private view is on 1 October.", ["2027-10-01"]),  # no deadline of its own
])
def test_a_private_view_is_the_clients_evening(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due
