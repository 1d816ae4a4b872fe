"""Shapes the tune53 mails (1500-1519) showed: feedback said as a plain statement, without
"please" or a modal (issue 12), each beside sentences the same rule must not fire on."""

from __future__ import annotations

import pytest

from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    # a part looked for and not found
    ("Where is the QR code?", "C--"),
    ("Sam, comments from our CEO below:\n- Tagline feels generic\n- Where is the QR code?",
     "C--"),
    ("Where are the proofs?", "---"),
    ("Where is the invoice?", "---"),
    # faults listed after their kind
    ('Typos: "accomodate" on p.2, "seperate" on p.5.', "C--"),
    ("Typos: none that I could see.", "---"),
    # what a piece says, then the truth
    ('Hi Sam, the second line says "Open 7 days" but we\'re closed Mondays.', "C--"),
    ("Sam - the sale dates on the banner say Feb 1-7, it's actually Feb 3-9.", "C--"),
    ("The review says it's great but we're not sure.", "---"),
    ("The forecast says rain but we're going ahead.", "---"),
    ("It's actually quite good.", "---"),
    # an approval waiting for a change
    ("Approved pending the disclaimer going up to 8pt.", "C--"),
    ("Approved pending legal's review.", "---"),
    # a part's wished content, a learner's critique, "something more fun"
    ("The subject line should mention the artist talk.", "C--"),
    ("The ad should mention our 20 years of service.", "---"),
    ("Every headline should mention the free shipping.", "-R-"),
    ("The colour of the logo is not the correct, is more dark in our manual.", "C--"),
    ("Is this the right file?", "---"),
    ("Could the headline be something more fun?", "C--"),
])
def test_feedback_said_as_a_statement(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le prix indiqué sur l'affiche est faux : c'est 12,90 € et non 14,90 €.", "C--"),
    ("fr", "Ce que vous dites est faux, mais ce n'est pas grave.", "---"),
    ("de", "Der Preis auf dem Plakat ist leider falsch.", "C--"),
    ("de", "Die Adresse stimmt nicht.", "C--"),
    ("de", "Das stimmt nicht ganz, wir haben mehr Filialen.", "---"),
    ("es", "El precio del cartel es incorrecto.", "C--"),
    ("es", "La dirección está mal.", "C--"),
])
def test_a_wrong_detail_in_french_german_spanish(language: str, text: str,
                                                  expected: str) -> None:
    assert kinds(text, language) == expected
