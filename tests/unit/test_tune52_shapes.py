"""Shapes the tune52 mails (1460-1479) showed, each beside sentences the same rule must not
fire on (issue 12): a bare "next week" is no deadline, a yes under a quoted budget question,
a learner's "we want also a version in Dutch", a detail put right after a fix's lead-in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.inline_answers import budgets_confirmed
from tests.unit.shapes import kinds

SENT = datetime(2028, 1, 14, 15, tzinfo=UTC)  # a Friday



@pytest.mark.parametrize(("text", "due", "promised"), [
    ("Could we see a first draft of the invitation next week?", [], []),
    ("We were hoping to see something this week.", [], []),
    ("Can we have the drafts by next week?", ["2028-01-17"], []),
    ("We need it by the end of next week.", ["2028-01-21"], []),
    # the client's own promise keeps a day to be reminded on
    ("We'll mail them next week.", [], ["2028-01-17"]),
])
def test_a_bare_week_is_no_deadline(text: str, due: list[str], promised: list[str]) -> None:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    assert [d.date.isoformat() for d in found.due_dates] == due
    assert [d.date.isoformat() for d in found.promised_dates] == promised


BODY = ("Answers below.\n\n> Same budget as last spring ($2,000)?\nYES\n\n"
        "> Did we pay the $500 invoice?\nYes\n\n> Budget $3k or $4k?\nyes\n")
TEXT = "Answers below.\n\n\nYES\n\n\nYes\n\n\nyes\n"


def test_a_yes_under_a_quoted_budget_question_confirms_its_sum() -> None:
    found = budgets_confirmed((), TEXT, BODY, default_currency="USD")
    # only the first: an invoice is no budget, and two sums leave the choice open
    assert [(str(m.amount), m.kind, m.evidence.words) for m in found] == [
        ("2000", "budget", "YES")]
    assert TEXT[found[0].evidence.start : found[0].evidence.end] == "YES"


@pytest.mark.parametrize(("text", "expected"), [
    ("And we want also a version in Dutch.", "C--"),
    ("We want also a bigger stand this year.", "---"),
    ("We need also more customers.", "---"),
])
def test_a_learners_want_also_adds_scope(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Just one small thing - the retreat is in Sedona, not Scottsdale.", "C--"),
    ("One more thing: it's Johnston, not Johnson.", "C--"),
    # the facts told without a fix's lead-in, a figure of speech, a meeting
    ("It's Johnston, not Johnson.", "---"),
    ("One small thing - it's a marathon, not a sprint.", "---"),
    ("One more thing: the meeting is on Tuesday, not Wednesday.", "---"),
])
def test_a_detail_put_right_after_a_fix_lead_in_is_a_change(text: str, expected: str) -> None:
    assert kinds(text) == expected
