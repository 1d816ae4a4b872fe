"""Shapes the tune103 mails (2700-2719: autumn work in mixed voices) showed: a German ask
whose verb closes the second of two joined clauses ("Bitte das Logo etwas größer machen und
die Telefonnummer aktualisieren"), a deliverable's day moved as a fact ("proofs now due the
19th instead of the 17th") (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

import pytest

from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Bitte das Logo etwas größer machen und die Telefonnummer aktualisieren.", "C--"),
    ("Bitte die Telefonnummer aktualisieren.", "C--"),
    ("Können Sie bitte das Logo ändern?", "C--"),
    # no ask: refused, the client's own plan, a question about the work
    ("Bitte nicht aktualisieren.", "---"),
    ("Wir werden die Website nächste Woche aktualisieren.", "---"),
    ("Können Sie uns sagen, wann Sie die Preise aktualisieren?", "---"),
    ("Können Sie mir bitte sagen, ob Sie das Logo ändern?", "---"),
])
def test_german_asks(text: str, expected: str) -> None:
    assert kinds(text, language="de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sam - the printer moved us: proofs now due the 19th instead of the 17th.", "C--"),
    ("The banners are now due Friday, not Thursday.", "C--"),
    # a payment's day, a deadline said once, last year's
    ("The invoice is now due the 19th instead of the 17th.", "---"),
    ("Your payment is now due the 5th, not the 1st.", "---"),
    ("Proofs are now due on Friday.", "---"),
    ("The report was due the 19th instead of the 17th last year.", "---"),
])
def test_a_day_moved_as_a_fact(text: str, expected: str) -> None:
    assert kinds(text) == expected
