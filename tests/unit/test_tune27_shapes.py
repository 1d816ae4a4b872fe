"""Shapes found by the tune27 batch (``tests/data/extraction/specs_39.py``, scored blind
before any rule was written): asks passed on by an assistant, "has to go", a learner's "Is
possible to ...?", a translation asked for, notes that ask nothing or state a compliance
rule, "the day before" a named day, a deadline said as "before then", a verb gapped before a
second day, "we've set the date:", a fee agreed for the job, and "Friday is fine." under the
AE's question. Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from intake.parsers.money import extract_money

SENT = datetime(2027, 3, 23, 15, tzinfo=UTC)  # a Tuesday


def _read(text: str, *, day_first: bool = False) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York", day_first=day_first)
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize("text", [
    "He would prefer the warmer navy from last year's report.",  # "last year's": no past
    "He also wants the tagline taken off the cover.",
    "We'd like the tagline taken off the cover.",
    "Is possible to put the subtitles in portuguese also?",  # a learner's "is possible to"
    "Could you also translate the tagline in English for the roll-up?",
    'The words "guaranteed winner" have to go.',
    "The second paragraph has to go.",
])
def test_an_ask_passed_on_or_put_plainly_is_a_change(text: str) -> None:
    assert _read(text)["cr"] == [text]


@pytest.mark.parametrize("text", [
    "The photo was taken off the site last year.",  # the past
    "It is possible to print on both sides.",  # a statement, no question
    "Is possible to have the invoice by Friday?",  # billing, no change to the work
    "The email has to go for approval first.",  # sent on, not let go
    "The files have to go to the printer on Monday.",
    "The ad has to go live Monday.",
    "Last year we would prefer the blue one.",  # no look asked for
])
def test_look_alikes_ask_no_change(text: str) -> None:
    assert _read(text)["cr"] == []


NOTES = """We have a few notes:

1. Page 2: could we change the headline to "Coverage that keeps up with you"?
2. Page 5: the rates table is correct, no changes there.
3. Compliance needs our license number on the back cover, in at least 8 pt type.
4. Page 6: the price is right, but the footnote is wrong.
5. Page 8: no changes to the text, but swap the photo.
6. Page 9: all good."""


def test_notes_that_ask_nothing_or_state_a_rule_are_no_changes() -> None:
    found = _read(NOTES)
    assert [s.split(":")[0] for s in found["cr"]] == ["Page 2", "Page 6", "Page 8"]
    assert found["req"] == [
        "Compliance needs our license number on the back cover, in at least 8 pt type."]


@pytest.mark.parametrize(("text", "due"), [
    ("Build-up is on 20 April, so the panels need to arrive at the venue the day before.",
     ["2027-04-19"]),
    ("The fair opens on May 3. We need the banners the day before.", ["2027-05-02"]),
    ("I called them the day before yesterday.", []),  # the past
    ("We met the day before the launch.", []),
])
def test_the_day_before_counts_back_one_day(text: str, due: list[str]) -> None:
    found = _read(text)
    assert found["due"] == due
    assert found["req"] == []  # a deadline, no rule


def test_before_then_after_a_named_day_is_a_deadline_not_a_rule() -> None:
    found = _read("The flyer goes out on April 1, so please make sure this is fixed before "
                  "then.")
    assert found["due"] == ["2027-04-01"] and found["req"] == []
    # a rule said beside it is still a rule
    assert _read("Every ad must carry the logo by then.")["req"] != []


@pytest.mark.parametrize(("text", "due"), [
    ("For the salon we need the flyers for the 02/04 at the latest, and the roll-up for the "
     "07/04.", ["2027-04-02", "2027-04-07"]),
    ("We need the flyers for April 2, and the roll-up for April 7.",
     ["2027-04-02", "2027-04-07"]),
    # "for" a day that names an event's: the event, not a second deadline
    ("We need the flyers by April 2 and the banners for the April 7 event.", ["2027-04-02"]),
    ("The teaser goes out on the 7th and the meeting on the 14th.", ["2027-04-07"]),
])
def test_a_verb_gapped_before_a_second_day_carries_the_deadline(
        text: str, due: list[str]) -> None:
    assert _read(text, day_first=True)["due"] == due


def test_a_date_set_for_an_event_is_no_deadline_beside_one() -> None:
    assert _read("For the summer one we've set the date: Saturday June 12. We'd need them "
                 "by June 1.")["due"] == ["2027-06-01"]
    assert _read("Date: June 12")["due"] == ["2027-06-12"]  # a label line stays a deadline


@pytest.mark.parametrize(("text", "kind"), [
    ("As agreed on the phone, your fee for the rebranding is 24.000 EUR.", "budget"),
    ("We agreed your fee of $6,500 for the brand strategy work.", "budget"),
    ("The fee of $6,500 is agreed.", "budget"),
    ("We're sticking to the $9,500 we agreed.", "budget"),
    ("Your agency fee of $4,000 is fine.", "fee"),  # the agency's line beside media
    ("We agreed your agency fee of $4,000.", "fee"),
    ("As agreed, her day rate is $1,200.", "fee"),
    ("We agreed $150/hr for edits.", "fee"),
    ("The photographer's fee of $1,200 for the shoot is a bit steep.", "fee"),
    ("Your fee of $6,500 for the strategy work is too high for us.", "fee"),
    ("We agreed to pay the $2,000 invoice.", "invoice"),
])
def test_a_fee_agreed_for_the_job_is_its_budget(text: str, kind: str) -> None:
    currency = "EUR" if "EUR" in text else "USD"
    assert [m.kind for m in extract_money(text, default_currency=currency)] == [kind]


_QUESTION = """> On Tue, Mar 23, 2027 at 1:00 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Gary, could we have until Friday, March 26 for the postcard revisions?
"""


def _reply(text: str) -> list[str]:
    mail = EmailMessage()
    mail["From"], mail["To"] = "Gary <gary@client.example>", "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "RE: Revisions", format_datetime(SENT)
    mail.set_content(f"{text}\n\n{_QUESTION}")
    found = extract_message(parse_message(mail.as_bytes()), timezone="America/New_York",
                            agency_domains=("brightlane.agency",))
    return [d.date.isoformat() for d in found.due_dates]


def test_a_weekday_picks_the_day_the_quoted_question_offered() -> None:
    assert _reply("Friday is fine. No later than that though.") == ["2027-03-26"]
    assert _reply("Fri works for us.") == ["2027-03-26"]
    assert _reply("Friday works for a call to go through them.") == []  # a meeting
    assert _reply("Thursday is fine.") == []  # no day the quote offered
    assert _reply("We had the review on Friday.") == []  # the past
