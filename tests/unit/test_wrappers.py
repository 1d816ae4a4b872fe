"""Asks, rules and goals inside the words people wrap around them (``statements/wrappers.py``;
measured by ``benchmarks/wrappers.py``), and lead-ins that are part of what is said."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from intake.parsers.statements.wrappers import own_words


def _kinds(sentence: str) -> str:
    changes, requirements, objectives = extract_statements(sentence)
    return "".join(k for k, found in zip("CRO", (changes, requirements, objectives), strict=True)
                   if found)


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("When you get a chance, could we swap the tagline for the new one?", "C"),
    ("Thanks again - swap the hero photo for the sourdough shot.", "C"),
    ("P.S. remove the QR code from the small version.", "C"),
    ("Plus replace the pine branch by eucalyptus.", "C"),
    ("Sam, for the TV spot, could the voiceover be a woman this time?", "C"),
    ("No rush, but for the TV spot, could the voiceover be a woman this time?", "C"),
    ("Sorry to be a pain, but every page needs our bar number in the footer.", "R"),
    ("Per our call, all packaging shots must show the bilingual label.", "R"),
    ("Oh, and every page needs our bar number in the footer.", "R"),
    ("Oh, one more thing - can the pumpkin pie be listed first?", "C"),
    ("Following up on my last email, please drop the beach scene.", "C"),
    ("Swap the hero photo for the sourdough shot, if that's ok.", "C"),
    ("Remove the QR code from the back, thanks so much!", "C"),
])
def test_a_wrapper_does_not_take_the_statement_away(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(("sentence", "kinds"), [
    # a lead-in said as a clause of its own is part of the statement: here a deadline
    ("The sale starts on April 17, so all the ads have to be running by then.", ""),
    ("The sticker files are due the 18th, please don't forget.", ""),
    # an apology over one's own inbox, a label before a colon, an answer, the past
    ("Sorry, we are missing the photos.", ""),
    ("Attached: logo files (EPS, PNG).", ""),
    ("Yes, the blue works for us.", ""),
    ("Last year, the logo was too small.", ""),
    ("When we met, you said the logo looked great.", ""),
    ("Per our call, the review moves to Tuesday at 3.", ""),
    ("Thanks again - the new photos look great.", ""),
])
def test_a_lead_in_with_meaning_is_read_whole(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(("text", "own"), [
    ("Sam, swap the photo.", "swap the photo."),
    ("When you get a chance, can we move the logo?", "can we move the logo?"),
    ("Swap the photo, thanks!", "Swap the photo"),
    ("[9:15 AM] Jess Wu: and can we drop the pumpkin line", "can we drop the pumpkin line"),
    ("Re the flyer: the logo is too small.", "the logo is too small."),
])
def test_own_words_inside_a_wrapper(text: str, own: str) -> None:
    found = own_words(text)
    assert found is not None and text[found[0]:found[1]] == own


@pytest.mark.parametrize("text", [
    "Swap the photo.",  # nothing wrapped
    "If the client agrees, swap the photo.",  # a condition of its own
    "The flyer goes out on April 1, so please fix it before then.",  # a clause with a day
    "Headline: too long.",  # a label
    "Please note: all prices include VAT.",  # a lead-in that asks
])
def test_no_wrapper(text: str) -> None:
    assert own_words(text) is None


def test_a_lead_in_closed_by_a_dash_without_spaces() -> None:
    assert _kinds("Oh, one more thing—can the pumpkin pie be listed first?") == "C"
    assert _kinds("E-mail me the file, thanks.") == ""
