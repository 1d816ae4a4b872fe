"""``analyse`` tokenises exactly as spaCy's own tokenizer does.

``analyse`` keeps each whitespace-separated chunk's tokens and builds the Doc
from words; these tests hold it to the tokenizer's output, token by token,
on mail-shaped text, on the whitespace rules and on special cases that
straddle a space.
"""

from __future__ import annotations

import random

import pytest
from spacy.attrs import IDX, IS_SPACE, LOWER, NORM, ORTH, SHAPE, SPACY

from intake.parsers.nlp import analyse, get_pipeline

ATTRS = [ORTH, NORM, LOWER, SHAPE, IDX, SPACY, IS_SPACE]

CASES = [
    "",
    " ",
    "  leading spaces",
    "trailing spaces  ",
    "one  two   three\tfour\n\nfive \n six",
    "\n\nHi Sam,\n\nWe don't need the 3/7 cut. Can't we ship Wed. at 3pm?\n\n- Jo",
    "It's $25,000 (USD) e.g. for Q2; i.e. the budget's capped.",
    "Budget: 3,000 and notes: (see below) ok :) fine :( sure",
    ") :] and ): and :-) and =) and <3 and :3",
    "U.S. clients vs. U.K. ones, a.m. or p.m., 10a.m. sharp",
    "non\u00a0breaking\u00a0spaces and\u3000ideographic ones",
    "url https://example.com/a?b=c, mail jo@example.com.",
]


def _same(text: str) -> None:
    # analyse reads typographic apostrophes as straight ones, no-break and ideographic spaces
    # as spaces and full-width signs as ASCII, one character for one
    straight = text.translate(str.maketrans({
        **dict.fromkeys("\u2019\u2018\u02bc", "'"),
        **dict.fromkeys("\u00a0\u202f\u2007\u2009\u3000", " "),
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}}))
    expected = get_pipeline().tokenizer(straight)
    doc = analyse(text)
    assert [t.text for t in doc] == [t.text for t in expected]
    assert doc.to_array(ATTRS).tolist() == expected.to_array(ATTRS).tolist()
    assert doc.text == straight and len(doc.text) == len(text)


@pytest.mark.parametrize("text", CASES)
def test_tokens_match_spacy(text: str) -> None:
    _same(text)


def test_special_case_straddling_a_space_matches_spacy() -> None:
    # spaCy matches "):" across the space, which blocks ":]" in the next chunk.
    text = 'strip() :].decode("x")'
    _same(text)
    assert "]" in [t.text for t in analyse(text)]


def test_random_punctuation_soup_matches_spacy() -> None:
    rng = random.Random(13)
    alphabet = " \n\t\u00a0.,'\"()-:;!?$€%/aZ09n't’[]<>=3D@#"
    for _ in range(400):
        _same("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))))


def test_repeated_text_reuses_chunks_and_stays_exact() -> None:
    text = "Please move the launch to March 10. Don't forget: (budget) $5k."
    _same(text)
    _same(text + " Again: " + text)
