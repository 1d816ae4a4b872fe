"""A change asked by someone the client quotes ("Tom said to swap ...", "the CEO would like us
to add ...", "my manager suggested swapping ..."; measured by ``benchmarks/frames.py``), and
the look-alikes that pass on no ask to the agency."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _kinds(sentence: str) -> str:
    changes, requirements, objectives = extract_statements(sentence)
    return "".join(k for k, found in zip("CRO", (changes, requirements, objectives), strict=True)
                   if found)


@pytest.mark.parametrize("sentence", [
    "Tom said to swap the hero photo.",
    "Legal told us to remove the claim from the headline.",
    "The CEO would like us to add a map to the back.",
    "Got a note from Tom to drop the second paragraph.",
    "Tom's request is to shorten the intro.",
    "Tom suggested we swap the hero photo.",
    "My manager suggested swapping the hero photo for the team shot.",
    "Jess mentioned moving the logo to the top.",
])
def test_an_ask_passed_on(sentence: str) -> None:
    assert _kinds(sentence) == "C"


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Tom said not to swap the photo.", ""),
    ("She told me to remove the old files from the drive.", ""),  # the writer's own errand
    ("I asked to see the proofs.", ""),
    ("Jess mentioned swapping stories at the fair.", ""),  # no piece of the work
    ("My manager suggested moving the call to 3.", ""),  # a meeting
    ("Tom suggested we meet on Tuesday.", ""),
    ("Last year Tom suggested we swap the photo.", ""),  # the past
    ("Our brand guide says never to put the logo on a busy background.", "R"),  # a rule book's
])
def test_nothing_passed_on(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds


# Twenty-first session: a suggestion passed on as a gerund that changes a named thing, whatever
# the thing is called ("the price", "the phrase", "the delivery"), not only the work's parts.
@pytest.mark.parametrize("sentence", [
    "My manager suggested removing the price from the visual.",
    "Tom suggested updating the price from $199 to $179 per night.",
    'My manager suggested removing the phrase "guaranteed approval" from spot 2.',
    "Our designer floated swapping the cheddar tart for the baked brie.",
    "Sam from sales recommended dropping the second form field.",
    "My manager suggested increasing the APR footnote to 8pt.",
    "Jess mentioned replacing it with the new product shot.",
    "How about increasing the font size on the back label?",
    "Have you considered translating the brochure into Spanish?",
])
def test_a_gerund_passed_on_changes_a_named_thing(sentence: str) -> None:
    assert _kinds(sentence) == "C"


@pytest.mark.parametrize("sentence", [
    "Jess mentioned moving house next month.",
    "Tom suggested moving the office to Berlin.",
    "My wife suggested dropping the kids at school.",
    "My doctor suggested cutting the sugar.",
    "Jess suggested moving the call to 3pm.",  # a meeting
    "Jess mentioned adding a new hire to the team.",
    "She mentioned changing it.",  # no thing named, no new value
    "I suggested removing the price last year and it worked.",  # the past
    "Jess mentioned reducing her hours next month.",
    "We're reducing headcount this year.",
    "How about lowering expectations a bit?",
])
def test_a_gerund_passed_on_of_life_outside_the_work_asks_nothing(sentence: str) -> None:
    assert "C" not in _kinds(sentence)
