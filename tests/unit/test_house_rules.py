"""House rules said as plain facts (``requirements.house_rule_as_fact``; measured by
``benchmarks/house_rules.py``), and people's habits that set no rule."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _is_rule(sentence: str) -> bool:
    return bool(extract_statements(sentence)[1])


@pytest.mark.parametrize("sentence", [
    "Headlines are always in sentence case.",
    "Photos are always shot in natural light.",
    "Our logo only ever appears in white.",
    "Our tone is warm, never salesy.",
    "We use sentence case for all headlines.",
    "Prices are always shown without VAT.",
    "The mascot never appears on packaging.",
    "We only print on recycled stock.",
    "The logo goes top left on everything.",
    "Every post ends with our hashtag.",
    "Our emails always go out from the CEO's name.",
])
def test_a_house_rule_said_as_a_fact(sentence: str) -> None:
    assert _is_rule(sentence)


@pytest.mark.parametrize("sentence", [
    "We always love working with you.",
    "The logo was always a bit small.",
    "We never got the second proof.",
    "Our team only works Mondays.",
    "Our CEO always reads the newsletter.",
    "All our stores are closed on Sunday.",
    "Never mind the last email.",
    "Is the logo always on white?",
    "All good from our side, go for it.",  # "all" without a piece of the work
    "Every ad has been approved by legal.",
    "Each post gets about 200 likes.",
    "We always use you guys for print.",
    "Re the flyer: our old agency never hit a deadline.",  # the label names the piece, not it
])
def test_a_habit_that_sets_no_rule(sentence: str) -> None:
    assert not _is_rule(sentence)
