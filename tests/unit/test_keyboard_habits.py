"""How people type around the same words: a greeting on the first sentence's line ("Hi Sam,
one tweak: ..."), dashes and colons typed without spaces ("Deadline—10 February"). Each case
was found by retyping the labelled mails so (``benchmarks/mail_forms.py``: "greeting on the
first line", "em dashes, no spaces"); each rule has look-alikes it must leave alone."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from itertools import pairwise

import pytest

from intake.parsers.emphasis import without_emphasis
from intake.parsers.extract import extract
from intake.parsers.nlp import analyse, sentence_starts

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)


def _read(text: str) -> tuple[list[str], int, int]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return ([d.date.isoformat() for d in found.due_dates], len(found.change_requests),
            len(found.requirements))


def _sentences(text: str) -> list[str]:
    cuts = [0, *sentence_starts(text), len(text)]
    return [text[a:b].strip() for a, b in pairwise(cuts)]


# The same mail with its greeting on a line of its own reads the same (that is checked too).
@pytest.mark.parametrize(("greeting", "rest", "want"), [
    ("Hi Luca,", "one tweak: can the date on the invite read Saturday, March 6 (not Sunday)?",
     ([], 1, 0)),
    ("Hi Sam,", "everything needs to be signed off by our board five business days before it "
     "prints.", ([], 0, 1)),
    ("Hi Sam,", "small fix: the Hebrew text must be right-aligned, now it's left.", ([], 1, 0)),
    ("Dear Luca,", "our logo always sits top right, and the artist's name is set in small caps "
     "on everything we print.", ([], 0, 1)),
    ("Hello Luca,", "please, make the background white.", ([], 1, 0)),
    ("Morning all -", "can we push the shoot to Friday?", (["2026-12-04"], 1, 0)),
    ("Dear Mr. Rossi,", "the brochure must be printed on FSC paper.", ([], 0, 1)),
])
def test_a_greeting_on_the_first_line_is_no_part_of_the_sentence(
        greeting: str, rest: str, want: tuple[list[str], int, int]) -> None:
    assert _read(f"{greeting} {rest}") == want
    assert _read(f"{greeting}\n\n{rest[0].upper()}{rest[1:]}") == want
    assert _sentences(f"{greeting} {rest}")[0] == greeting


@pytest.mark.parametrize("text", [
    "Hi-res images must be used on every page.",  # "Hi" is no greeting here
    "Evening events, like the gala, must end by 10pm.",  # nor "Evening" before a lower case
    "Hey we need it, thanks.",  # no name before the comma: one sentence
    "Hello Kitty fans are our audience.",  # no comma or dash after the name
])
def test_words_that_look_like_a_greeting_keep_their_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("text", "due"), [
    ("Deadline—10 February.", ["2027-02-10"]),
    ("Deadline–10 February.", ["2027-02-10"]),
    ("Deadline:10 February.", ["2027-02-10"]),
    ("Here are the Q1 drops:\n1) New Year teaser—1/2\n2) Winter clearance—1/9\n",
     ["2027-01-02", "2027-01-09"]),
])
def test_a_dash_or_colon_typed_without_spaces_before_a_date(text: str, due: list[str]) -> None:
    assert _read(text)[0] == due


@pytest.mark.parametrize(("text", "tokens"), [
    ("COVID-19 rules", ["COVID-19", "rules"]),  # a hyphen glues an identifier
    ("the H-1B visa", ["the", "H-1B", "visa"]),
    ("at 10:30 sharp", ["at", "10:30", "sharp"]),  # a clock
    ("ratio 16:9 only", ["ratio", "16:9", "only"]),
    ("the deck—not the flyer", ["the", "deck", "—", "not", "the", "flyer"]),  # spaCy's own
])
def test_identifiers_and_clocks_stay_one_token(text: str, tokens: list[str]) -> None:
    assert [t.text for t in analyse(text)] == tokens


@pytest.mark.parametrize(("text", "first"), [
    ("hi sam, can we move the launch to March 3?", "hi sam,"),  # typed in lower case
    ("hey guys, the deck needs a new cover.", "hey guys,"),
])
def test_a_greeting_typed_in_lower_case(text: str, first: str) -> None:
    assert _sentences(text)[0] == first


def test_a_lower_case_word_after_evening_is_no_name() -> None:
    text = "Evening events, like the gala, must end by 10pm."
    assert _sentences(text) == [text]


# Stress marks: "*must*", "**Friday**", "_not_" (Gmail's and Outlook's plain text of a bold
# word; chat habits) read as the words they mark.
@pytest.mark.parametrize("plain", [
    "We must have the disclaimer on every ad.",
    "Please make the logo bigger by March 12.",
    "Can you move the launch to Friday?",
    "Please do not use the old photos, and send the files by December 18.",
])
@pytest.mark.parametrize("mark", ["*", "**", "_"])
def test_stressed_words_read_as_the_words(plain: str, mark: str) -> None:
    stressed = re.sub(r"\b(must|March 12|Friday|not|December)\b",
                      lambda found: f"{mark}{found.group(1)}{mark}", plain)
    assert stressed != plain
    assert _read(stressed) == _read(plain)


def test_evidence_of_stressed_words_points_into_the_writers_text() -> None:
    text = "Hi Sam,\n\nWe *must* have the files by **Friday, December 18**. Please *swap* it."
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    (due,) = found.due_dates
    assert text[due.evidence.start:due.evidence.end] == "Friday, December 18"
    for statement in (*found.change_requests, *found.requirements):
        typed = text[statement.evidence.start:statement.evidence.end]
        assert typed.replace("*", "") == statement.evidence.words  # quoted without the marks


@pytest.mark.parametrize("text", [
    "* Terms apply\n* Offer ends soon",  # bullets
    "Sofas from $499* while stocks last.\n*Terms apply",  # a footnote
    "Book a 5* hotel near the venue.",  # a rating
    "The colours are in brand_guide_v2.pdf and logo_final_new.eps.",  # file names
    "2*3 grid of photos",
])
def test_marks_that_stress_nothing_stay(text: str) -> None:
    assert without_emphasis(text) is None


def test_a_correction_stressed_in_capitals() -> None:
    assert _read("cta should say book now NOT learn more.")[1] == 1
