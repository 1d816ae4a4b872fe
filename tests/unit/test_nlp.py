"""The shared spaCy pipeline: mail sentence boundaries, caching, and model errors."""

from __future__ import annotations

import pytest
import spacy

from intake.errors import ConfigError
from intake.parsers.nlp import analyse, get_pipeline, sentence_starts


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in analyse(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Sam,\n\nThanks for the deck.", ["Hi Sam,", "Thanks for the deck."]),
        ("Great work. Can we talk? Yes!", ["Great work.", "Can we talk?", "Yes!"]),
        (
            "We need:\n- banner 300x250\n- social cut-downs\n* the poster",
            ["We need:", "- banner 300x250", "- social cut-downs", "* the poster"],
        ),
        ("Pick:\n1. the red one\n2. a blue one", ["Pick:", "1. the red one", "2. a blue one"]),
        ("Two bullets • one • two", ["Two bullets", "• one", "• two"]),
        ("It's done.) Next one", ["It's done.)", "Next one"]),
        (
            "This is a very long line that the client's mail program wrapped at seventy\n"
            "characters so the sentence continues here.",
            [
                "This is a very long line that the client's mail program wrapped at seventy\n"
                "characters so the sentence continues here."
            ],
        ),
        ("Short line\nanother line", ["Short line", "another line"]),
        (
            "A line long enough to look wrapped but it ends with a full stop, right here.\n"
            "then a new sentence",
            [
                "A line long enough to look wrapped but it ends with a full stop, right here.",
                "then a new sentence",
            ],
        ),
    ],
)
def test_mail_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Use a warm colour, e.g. orange, for the CTA.",
        "The call is at 10 a.m. tomorrow in the lobby.",
        "Mr. J. Smith signs off i.e. the CEO.",
        "We need it asap vs. next week.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    # a German or French day is a number with a dot before its month
    ("Die Etiketten müssen spätestens am 11. Januar beim Drucker sein.",
     ["Die Etiketten müssen spätestens am 11. Januar beim Drucker sein."]),
    ("Wir brauchen die Roll-ups bis Freitag, den 8. Januar. Danke!",
     ["Wir brauchen die Roll-ups bis Freitag, den 8. Januar.", "Danke!"]),
    ("Le 3. mars est bon.", ["Le 3. mars est bon."]),
    # a number that ends a sentence still does
    ("We ordered 12. June will confirm.", ["We ordered 12.", "June will confirm."]),
    ("We need 8. That is all.", ["We need 8.", "That is all."]),
])
def test_a_day_before_its_month_does_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_starts_are_offsets_of_sentence_starts() -> None:
    text = "One. Two\nThree"
    assert sentence_starts(text) == [text.index("Two"), text.index("Three")]
    assert sentence_starts("") == []
    assert sentence_starts("No break here") == []


def test_each_sentence_span_matches_the_text_slice() -> None:
    text = "Hi Anna,\n\nWe need the files by Friday. Thanks!\n- one\n"
    doc = analyse(text)
    for sent in doc.sents:
        assert text[sent.start_char : sent.end_char] == sent.text
    assert doc.text == text


def test_pipeline_is_built_once_per_model() -> None:
    nlp = get_pipeline()
    assert get_pipeline(None) is nlp
    assert nlp.pipe_names == ["mail_sentences"]
    assert nlp.lang == "en"


def test_analyse_returns_the_same_doc_for_the_same_text() -> None:
    text = "We need the files by Friday. Thanks!"
    first = analyse(text)
    assert analyse(text) is first
    assert analyse(text + " ") is not first


def test_calling_the_pipeline_directly_gives_the_same_sentences() -> None:
    text = "Hi,\nplease see below. We need it e.g. by 5 p.m. Friday.\n- one\n- two"
    direct = [s.text for s in get_pipeline()(text).sents]
    assert direct == [s.text for s in analyse(text).sents]


def test_day_names_stay_one_token() -> None:
    doc = analyse("COB Wed. or by Wed, ok")
    assert [t.text for t in doc if t.lower_.startswith("wed")] == ["Wed.", "Wed"]


def test_a_missing_trained_model_names_the_config_key() -> None:
    with pytest.raises(ConfigError) as caught:
        get_pipeline("en_core_web_sm_not_installed")
    assert caught.value.key == "nlp.model"
    assert "nlp.model" in str(caught.value)
    assert "en_core_web_sm_not_installed" in str(caught.value)


def test_long_body_is_segmented_throughout() -> None:
    paragraph = "Thanks for the deck. We need the files by Friday.\n- banner\n"
    doc = analyse(paragraph * 2000)
    assert sum(1 for _ in doc.sents) == 3 * 2000


def test_a_saved_pipeline_is_loaded_by_name_with_mail_sentences(tmp_path) -> None:
    spacy.blank("en").to_disk(tmp_path / "pipeline")
    nlp = get_pipeline(str(tmp_path / "pipeline"))
    assert nlp.pipe_names == ["mail_sentences"]
    doc = analyse("COB Wed. please\n- one", model=str(tmp_path / "pipeline"))
    assert [s.text.strip() for s in doc.sents] == ["COB Wed. please", "- one"]
