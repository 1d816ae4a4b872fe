"""Shapes the tune67 mails (1900-1919) showed, requirements said in other people's words: a
place's two-word ban ("venue says no tape"), a passive "may not be placed", someone's wanted
minimum size, a paper size a piece keeps, a table row allowing one kind of thing ("Licensed
tracks only"), a rule recalled ("remember it has to say ..."), a meeting word inside a reason
("..., since that one stays a phone call"), French "exige que", German "zweisprachig", Spanish
"necesitamos que todos los anuncios incluyan"; and "a grand opening" is no thousand dollars
(issue 12). Each beside sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import ZONE, kinds, money

MONDAY = datetime(2028, 12, 11, 10, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    ("Sam - venue says no tape on the walls, only easels.", "-R-"),
    ("Legal says no problem with the new headline.", "---"),
    ("The venue says no to the Friday date.", "---"),
    ("Printer says no rush on the flyers.", "---"),
    ("Please consider that our logo may not be placed on coloured background.", "-R-"),
    ("The photo may not be used after June.", "-R-"),
    ("The files may not be finished in time.", "---"),
    ("It may not be printed in time for the fair.", "---"),
    ("Our brand team also wants the logo at least 1 inch wide in print.", "-R-"),
    ("Legal wants the disclaimer at least 8 pt.", "-R-"),
    ("I want the logo at least 20% bigger.", "C--"),
    ("Mailer should be in A5 size only.", "-R-"),
    ("The flyer should be A4 size.", "-R-"),
    ("We'd need an A5 flyer for the shop and a couple of Facebook ads.", "---"),
    ("I printed it on A4 paper yesterday.", "---"),
    ("The ads must show our emergency line too, since that one stays a phone call.", "-R-"),
    ("We have to reschedule our call, since I am away.", "---"),
    ("All of us must attend the kickoff call.", "---"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Captions | Required on every video\nMusic | Licensed tracks only", "-R-"),
    ("Music | Licensed tracks only", "-R-"),
    ("Music | Upbeat, like last year", "---"),
])
def test_a_table_row_allowing_one_kind_of_thing(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_rule_recalled_is_no_change() -> None:
    changes, rules, _goals = extract_statements(
        'Looks good. Just make the price bigger. And remember it has to say "while supplies '
        'last"', answering=True)
    assert [c.evidence.sentence for c in changes] == ["Just make the price bigger."]
    assert [r.evidence.sentence for r in rules] == [
        'And remember it has to say "while supplies last"']
    changes, _rules, _goals = extract_statements('The headline should say "Save 20%".',
                                                 answering=True)
    assert len(changes) == 1  # new words for the piece, no reminder: a change


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Pour les affiches du salon, l'organisateur exige que tous les visuels soient imprimés "
     "sur un support ignifugé.", "fr", "-R-"),
    ("Le client exige qu'on le rappelle demain.", "fr", "---"),
    ("Le client exige que nous rappelions demain.", "fr", "---"),
    ("Alle Texte müssen zweisprachig sein, Deutsch und Englisch.", "de", "-R-"),
    ("Eine Frage vorab: Müssen die Plakate zweisprachig sein, oder reicht Deutsch?", "de",
     "---"),
    ("Para la campaña de Reyes necesitamos que todos los anuncios incluyan el aviso legal.",
     "es", "-R-"),
    ("Necesitamos que todos los anuncios estén listos el lunes.", "es", "---"),
])
def test_rules_in_other_languages(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We want a grand opening campaign for the new store.", []),
    ("A grand total of $5,000 for the year.", [("5000", "budget")]),
    ("It's a grand prize of $500.", [("500", "other")]),
    ("We can spend a grand on flyers.", [("1000", "budget")]),
    ("we have a grand for the mailer", [("1000", "budget")]),
])
def test_a_grand_that_describes_is_no_thousand(text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert money(text, MONDAY) == expected
