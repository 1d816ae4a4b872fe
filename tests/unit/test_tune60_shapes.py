"""Shapes the tune60 mails (1720-1739) showed: feedback arriving as new mail (a piece that
shows last year's prices, a learner's "is false" and "is old one", a page that says what
changed, too many of a kind of picture, a section to come before another), a sentence that
only names who demands the rule before it, a Spanish maximum budget, a day the client hands
the work out, a German day-dot date inside an English sentence, and a lead time in a reason
(issue 12), each beside sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.nlp import sentence_starts
from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2028, 7, 10, 12, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    # what a piece shows now is last year's
    ("The membership prices on page 3 are last year's: individual is now $85.", "C--"),
    ("The spa prices are last year's.", "C--"),
    ("Our prices are last year's, we did not raise them.", "---"),
    ("The winners were last year's champions.", "---"),
    # a learner's words for wrong and old
    ("Also the date on the flyer is false, the festival is on 29. July and not on 22. July.",
     "C--"),
    ("The price on the poster is false.", "C--"),
    ("The rumour that we are closing the shop is false.", "---"),
    ("What they told you is false, we never agreed to that price.", "---"),
    ("It's a false alarm, the logo is fine.", "---"),
    ("Also the speaker photo of Mr. Iyer is old one, we will share the new photo today.", "C--"),
    ("My phone is old one, sorry for the typos.", "---"),
    # a page that says what has changed since
    ("Page 5 says the museum is closed on Tuesdays, that changed in May, we're closed Mondays "
     "now.", "C--"),
    ("The flyer says we open at 9, which is no longer true.", "C--"),
    ("The flyer says we open at 9, that changed the whole plan.", "---"),
    ("The forecast says rain on Saturday, that changed the plan for the picnic.", "---"),
    # too many of one kind of picture
    ("- too many stock photos, use our own shop photos where we have them", "C--"),
    ("Too much small text on the back.", "C--"),
    ("We have too many meetings this week.", "---"),
    # a part of the piece to come before another
    ("- the e-bike section needs to come before the road bikes, e-bikes are what sells", "C--"),
    ("The map should go above the opening hours.", "C--"),
    ("The legal line must always appear below the price.", "-R-"),
    ("The launch has to come after the summer sale.", "-R-"),
    ("Our team needs to come before noon to set up.", "---"),
    # who demands the rule said before, and nothing more
    ("Our certifier requires it.", "---"),
    ("Legal insists on this!", "---"),
    ("It's required by the state board.", "---"),
    ("Our certifier requires the halal mark on the front panel.", "-R-"),
    ("Legal requires it on every frame.", "-R-"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_the_reason_after_a_fix_is_no_rule_of_its_own() -> None:
    changes, rules, _goals = extract_statements(
        "The halal mark must be on the front panel, not the back. Our certifier requires it.")
    assert [c.text for c in changes] == ["The halal mark must be on the front panel, not the back."]
    assert rules == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("El presupuesto máximo para la campaña de otoño es de 8.000 euros, no podemos pasar de ahí.",
     [("8000", "cap")]),
    ("Le budget maximal pour toute la campagne d'automne est de 8 000 euros.", [("8000", "cap")]),
    ("El presupuesto para la campaña es de 8.000 euros.", [("8000", "budget")]),
])
def test_a_maximum_in_the_clients_language_is_a_cap(text: str, expected: list) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lead time in a reason explains the deadline; after "so" it sets one
    ("The flyers we need printed until 19. July at the latest, because we distribute them one "
     "week before.", ["2028-07-19"]),
    ("Posters need to be up by July 19, so the printer should have files a week before.",
     ["2028-07-19", "2028-07-12"]),
])
def test_deadlines(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first=True) == expected


def test_a_day_dot_before_an_english_month_ends_no_sentence() -> None:
    text = "The festival is on 29. July and not on 22. July. Thanks!"
    assert [text[i:] for i in sentence_starts(text)] == ["Thanks!"]
    ordered = "We ordered 12. June will confirm."  # June the colleague opens a sentence
    assert [ordered[i:] for i in sentence_starts(ordered)] == ["June will confirm."]
