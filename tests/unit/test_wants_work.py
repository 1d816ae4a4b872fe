"""A piece of the work that wants work, said in everyday words ("the intro could do with a
trim", "the headline wants tightening"; measured by ``benchmarks/wants.py``), and the same
words said of things that are not the work."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _is_change(sentence: str) -> bool:
    return bool(extract_statements(sentence)[0])


@pytest.mark.parametrize("sentence", [
    "The intro could do with a trim.",
    "The headline wants tightening.",
    "The photo would benefit from more contrast.",
    "The tagline is crying out for a rewrite.",
    "The brochure is in need of an update.",
    "Honestly the map could do with some love.",
    "I think the caption could use another pass.",
    "The layout could probably do with a bit more breathing room.",
    "The voiceover badly needs softening.",
])
def test_a_piece_that_wants_work(sentence: str) -> None:
    assert _is_change(sentence)


@pytest.mark.parametrize("sentence", [
    "The office could do with a refresh.",
    "I could do with a coffee.",
    "The team would benefit from more training.",
    "Our website traffic could use a boost.",
    "The logo doesn't need a trim.",
    "Does the intro need a trim?",
    "The logo needed a refresh last year and we did it.",
    "The budget could use a boost.",
    "The client wants changing the dates.",
])
def test_the_same_words_asking_nothing_of_the_work(sentence: str) -> None:
    assert not _is_change(sentence)


# What needs something is named by the word before "needs": the business's own things ask
# nothing of the agency, the work named after a company word still does.
@pytest.mark.parametrize(("sentence", "change"), [
    ("The office needs a refresh.", False),
    ("Our team needs another pass.", False),
    ("The sales team needs more contrast.", False),
    ("Our business cards need a refresh.", True),
    ("Our company profile needs an update.", True),
    ("The team page needs a refresh.", True),
    ("The office hours on the flyer need fixing.", True),
])
def test_what_needs_it_is_the_word_before_needs(sentence: str, change: bool) -> None:
    assert _is_change(sentence) is change
