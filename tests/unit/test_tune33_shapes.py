"""Shapes found by the tune33 batch (``tests/data/extraction/specs_46.py``, mail about changes
in corporate, small-shop and non-native voices, scored blind before any rule was written:
change requests 0.682): items labelled by page or timecode, "our preference would be to
lead with ...", "we're missing the linen dress", "there's no price on page 4", words to
write under the logo, "on its own page", "same as the last one but ...", "make them sage
green to match", "doesn't show", "music swells too early", "we'd love to have the images
rotate", the fix after a semicolon, "Maybe remove ..." as an ask of its own, and a sale's
end corrected. Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract
from intake.parsers.nlp import sentence_starts
from intake.parsers.wrapping import unwrap

SENT = datetime(2027, 5, 10, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "replaced": [d.date.isoformat() for d in found.replaced_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


PDF = """Sam, comments from the PDF below:

p.2 - "over 30 years" -> "over 35 years"
p.3 - replace the crane photo, it's from a competitor's site
p.5 - safety record paragraph OK
p.7 - add our new Denver office address"""

TIMECODES = """0:12 - the drone shot is too long, trim by 3 seconds
0:40 - wrong name on the lower third, it's Dr. Amara Osei
1:05 - music swells too early"""


def test_lines_labelled_by_page_or_timecode_are_items() -> None:
    assert unwrap(PDF) == PDF and unwrap(TIMECODES) == TIMECODES
    assert [s.split(" - ")[0] for s in _read(PDF)["cr"]] == ["p.2", "p.3", "p.7"]
    assert [s.split(" - ")[0] for s in _read(TIMECODES)["cr"]] == ["0:12", "0:40", "1:05"]
    # a long wrapped line whose next line opens with a number stays one sentence
    prose = ("We looked at the second round with the whole marketing team this morning and\n"
             "1:05 is where the music should come in.")
    assert len(sentence_starts(prose)) == 0


@pytest.mark.parametrize(("text", "changes"), [
    ("Our preference would be to lead with the clinical data instead.", 1),
    ("Our preference would be a call on Friday.", 0),
    ("Sam will lead the call.", 0),
    ("We're missing the linen dress though, it's our bestseller.", 1),
    ("I'm missing the logo files.", 0),  # not received
    ("And there's no price on page 4.", 1),
    ("There's no rush on page 4.", 0),
    ('And can you write "Chocolatier depuis 1952" under the logo?', 1),
    ("Our GM has two wishes: the spa menu should be on its own page.", 1),
    ("Same as the last one but with the new phone number and the 10% off.", 1),
    ("No, make them sage green to match the logo.", 1),
    ("The contact page doesn't show our Oakland studio at all, only San Francisco.", 1),
    ("1:05 - music swells too early", 1),
    ("The logo comes in too late.", 1),
    ("It's too early to say.", 0),
    ("We're too late for the print run.", 0),
    ("The home page feels static, we'd love to have the project images rotate.", 1),
    ("We'd love to have the team move to the new office.", 0),
    ("We'd love to have the video cut by the end of the week.", 0),  # the work, due
])
def test_asks_in_corporate_small_shop_and_learners_words(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


def test_the_fix_after_a_semicolon_is_no_rule() -> None:
    found = _read("The project pages are too text heavy; the drawings should be the focus, "
                  "with the text as captions.")
    assert len(found["cr"]) == 1 and found["req"] == []


def test_maybe_with_a_verb_is_an_ask_of_its_own() -> None:
    found = _read("Could you make it more airy? Now it is very full. Maybe remove the second "
                  "quote.")
    assert len(found["cr"]) == 2


def test_a_sales_end_corrected_is_no_deadline() -> None:
    found = _read("Also the sale ends May 31 not May 30.")
    assert found["due"] == [] and found["replaced"] == [] and len(found["cr"]) == 1
