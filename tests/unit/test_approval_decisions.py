"""Decisions on proofs read from client replies: the labelled set (tests/data/approvals),
and sentences each rule must not fire on."""

from __future__ import annotations

import pytest

from intake.approvals.decisions import read_decision
from tests.data.approvals.replies import CASES

APPROVALS = ("approved", "approved_with_changes")


def test_the_set_is_big_and_hard_enough() -> None:
    assert len(CASES) >= 80
    assert sum(c[4] in ("negated", "conditional", "quoted") for c in CASES) >= 20
    assert {c[3] for c in CASES} == {"approved", "approved_with_changes", "changes_requested",
                                     "rejected", "none"}


def test_accuracy_on_the_labelled_replies() -> None:
    wrong = [(cid, want, read_decision(new).status) for cid, new, _q, want, _c in CASES
             if read_decision(new).status != want]
    assert 1 - len(wrong) / len(CASES) >= 0.95, wrong


def test_no_negated_conditional_or_quoted_reply_is_an_approval() -> None:
    read_as_approval = [cid for cid, new, _q, want, category in CASES
                        if category in ("negated", "conditional", "quoted")
                        and want not in APPROVALS and read_decision(new).status in APPROVALS]
    assert read_as_approval == []


@pytest.mark.parametrize("case", [c for c in CASES if c[4] == "quoted"], ids=lambda c: c[0])
def test_the_quote_never_decides(case: tuple[str, str, str, str, str]) -> None:
    """A whole reply parsed as intake parses mail: only the client's new words are read, so
    the AE's quoted "reply approved" (and a colleague's quoted "approved") decide nothing."""
    from intake.parsers.mime import parse_message

    _cid, new, quote, want, _category = case
    raw = ("From: Maria <maria@harborfoods.example>\r\nTo: dana@agency.example\r\n"
           "Subject: Re: Spring Catch poster, round 1\r\n"
           "Date: Wed, 3 Mar 2027 09:00:00 +0000\r\n\r\n" + new + "\r\n\r\n" + quote)
    mail = parse_message(raw.encode())
    assert "approved" not in mail.new_text.lower()
    assert read_decision(mail.new_text).status == want == "none"


@pytest.mark.parametrize(("text", "status"), [
    # a condition that is the change keeps the approval; one that waits does not
    ("Good to go once you fix the typo.", "approved_with_changes"),
    ("Good to go once legal has seen it.", "none"),
    ("Once you fix the typo, send me a new proof.", "changes_requested"),
    # "is not:" needs its colon; "not approved" is a wait, not a change
    ("This is not approved - please hold.", "none"),
    ("The layout is approved. The copy is not: please rewrite it.", "approved_with_changes"),
    # hold is a wait on a proof, not a change order
    ("Hold off for now.", "none"),
    ("Please hold the print run.", "none"),
    # approving something else is no decision on the proof
    ("We approved the budget last week.", "none"),
    ("Our approval process needs two signatures.", "none"),
    # the language of the cue reads a reply too short to detect
    ("Pouvez-vous agrandir le logo ? Sinon c'est bon.", "approved_with_changes"),
    ("C'est bon.", "approved"),
    ("We'd like to see a version with the price in red.", "changes_requested"),
    ("We'd like to see you on Friday.", "none"),
    ("approved w/ 1 change - logo bigger pls", "approved_with_changes"),
    ("The logo looks bigger than last time, approved.", "approved"),
    ("Out of office until Monday. Approved requests go to Tom.", "none"),
])
def test_each_rule_fires_where_it_should_and_nowhere_else(text: str, status: str) -> None:
    assert read_decision(text).status == status, read_decision(text)
