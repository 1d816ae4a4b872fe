"""A piece's necessity said with "will need to", as "needs to" is (``benchmarks/frames.py``:
rules said with "must" re-said with other modals), and the writer's own plans."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _is_rule(sentence: str) -> bool:
    return bool(extract_statements(sentence)[1])


@pytest.mark.parametrize("sentence", [
    "The banners will need to be printed on recycled stock.",
    "Every ad will need to say \"Attorney Advertising\" at the top.",
    "The product photos will need to have a white background according to our CI manual.",
])
def test_will_need_to(sentence: str) -> None:
    assert _is_rule(sentence)


@pytest.mark.parametrize("sentence", [
    "The launch will need to move to May.",  # a date moved
    "The team will need to see it first.",  # people
    "We will need to check with the board.",  # the writer's errand
    "Our budget will need to cover print too.",  # money
])
def test_no_rule(sentence: str) -> None:
    assert not _is_rule(sentence)
