"""Changes the second opinion reads in replies: where it is asked, and where it must not be."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from intake.parsers.extract import Source, answers_earlier_mail, extract, extract_message
from intake.parsers.mime import parse_message
from intake.parsers.statements import extract_statements
from intake.parsers.statements import model_changes as module
from intake.parsers.subjects import replies_to_mail

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)
# A fault named without an ask, in words no rule reads (checked below): the model's to read.
FAULT = "The photo on the back is not our store."


def _changes(text: str, *, answering: bool) -> list[str]:
    found = extract(text, sent_at=SENT, timezone="UTC", answering=answering)
    return [c.evidence.sentence for c in found.change_requests]


def _mail(body: str, subject: str, in_reply_to: str | None = None) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Kim Lee <kim@client.example>"
    mail["To"] = "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"] = subject
    mail["Date"] = "Wed, 02 Dec 2026 10:00:00 -0500"
    mail["Message-ID"] = "<model-changes@client.example>"
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
    mail.set_content(body)
    return mail.as_bytes()


@pytest.fixture
def sure_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model sure that every unit asks a change: what is left out is the filters' doing."""
    monkeypatch.setattr(module, "change_scores", lambda texts: [1.0] * len(texts))


def test_no_rule_reads_the_fault_the_tests_use() -> None:
    assert extract_statements(FAULT) == ((), (), ())


def test_the_shipped_model_reads_a_fault_in_a_reply_as_a_change() -> None:
    found = extract(f"Hi Sam,\n\nThanks for the proofs. {FAULT}\n\nKim", sent_at=SENT,
                    timezone="UTC", answering=True, calibrated=False)
    (change,) = found.change_requests
    assert change.evidence.sentence == FAULT
    assert change.action == "edit"
    assert change.evidence.confidence == module.CONFIDENCE  # the lowest a change is read at


def test_the_same_words_outside_a_reply_are_not_read() -> None:
    assert _changes(f"Hi Sam,\n\nThanks for the proofs. {FAULT}\n\nKim", answering=False) == []


@pytest.mark.parametrize(("subject", "body", "read"), [
    ("Re: Spring flyer", f"{FAULT}\n\nKim", True),
    # a subject retyped without "Re:" above quoted history still answers
    ("Spring flyer", f"{FAULT}\n\nOn Tue, Dec 1, 2026 at 4:12 PM Sam Ortiz "
     "<sam@brightlane.agency> wrote:\n> Here are the proofs.\n", True),
    # a first mail, neither "Re:" nor a quote: a brief's background is no feedback
    ("Spring flyer", f"{FAULT}\n\nKim", False),
    ("Fwd: Spring flyer", f"{FAULT}\n\nKim", False),
])
def test_a_mail_answers_earlier_mail_by_its_subject_or_its_quote(
        subject: str, body: str, read: bool) -> None:
    found = extract_message(parse_message(_mail(body, subject)), timezone="America/New_York",
                            agency_domains=("brightlane.agency",))
    assert [c.evidence.sentence for c in found.change_requests] == ([FAULT] if read else [])


def test_a_phone_reply_without_quote_or_re_answers_by_its_header() -> None:
    raw = _mail(f"{FAULT}\n\nKim", "Spring flyer", in_reply_to="<proofs@brightlane.agency>")
    found = extract_message(parse_message(raw), timezone="America/New_York",
                            agency_domains=("brightlane.agency",))
    assert [c.evidence.sentence for c in found.change_requests] == [FAULT]


@pytest.mark.parametrize("sentence", [
    "Did you already swap the photo on the back?",  # after the work's progress
    "Can we have a quick call about the photo on the back?",  # a meeting
    "If the weather holds we might shoot the back photo outside.",  # a condition
    "We had the old photo on the back last year too.",  # the past
    "No, we don't need a Spanish version of the back this time.",  # a need denied
    "Thanks so much for all the work on this!",  # a courtesy
    "Looks great.",  # too short to ask anything
    "Can we still make the Dec 11 print date?",  # a date: the date reader's
    "The back page has room for about $2,000 of ads.",  # an amount: the money reader's
])
def test_what_the_model_is_never_asked_about(sure_model: None, sentence: str) -> None:
    assert _changes(f"Hi Sam,\n\n{sentence}\n\nKim", answering=True) == []


def test_a_sure_model_reads_a_plain_sentence_once(sure_model: None) -> None:
    assert _changes(f"Hi Sam,\n\n{FAULT}\n\nKim", answering=True) == [FAULT]


def test_a_unit_a_rule_read_is_not_read_again(sure_model: None) -> None:
    text = "Please make the logo bigger. The photo on the back is not our store."
    assert _changes(text, answering=True) == ["Please make the logo bigger.", FAULT]


def test_a_fix_joined_to_its_fault_is_not_a_second_change(sure_model: None) -> None:
    text = "The type on the cover feels cramped. Could it breathe a bit more?"
    changes = _changes(text, answering=True)
    assert len(changes) == 1 and "Could it breathe a bit more?" in changes[0]


def test_a_mail_in_another_language_is_not_read_by_the_english_model(sure_model: None) -> None:
    text = ("Bonjour Sam, la photo au dos n'est pas notre magasin. Merci de nous envoyer "
            "les fichiers.")
    changes, _requirements, _objectives = extract_statements(text, language="fr",
                                                             answering=True)
    assert all(c.evidence.confidence != module.CONFIDENCE for c in changes)


@pytest.mark.parametrize(("subject", "answers"), [
    ("Re: Proofs", True), ("RE: Proofs", True), ("AW: Korrektur", True), ("SV: Korrektur", True),
    ("Réf : épreuves", True), ("Fwd: RE: Proofs", True), ("[team] Re: Proofs", True),
    ("Re[2]: Proofs", True),
    ("Fwd: Proofs", False), ("WG: Korrektur", False), ("RV: Pruebas", False), ("TR: épreuves",
                                                                               False),
    ("Proofs", False), ("Rebrand ideas", False), ("", False),
])
def test_replies_to_mail(subject: str, answers: bool) -> None:
    assert replies_to_mail(subject) is answers


@pytest.mark.parametrize(("text", "answers"), [
    ("Hi Sam, I went through proof 2 of the members brochure with our director.", True),
    ("Thank you for the draft of the flyer. The headline is hard to read.", True),
    ("Sam saw the banners live on the site this morning. logo is way too small", True),
    ("Some feedback on the layouts: the map is the old one.", True),
    ("We went through a tough quarter, so the budget is smaller.", False),
    ("Thanks for the call yesterday, here is the brief.", False),
    ("We saw the new store open last week, it was packed.", False),
    ("we looked at the catalogue with our team. The prices are hard to read.", True),
    ("I reviewed the landing page last night.", True),
    ("We looked at the website of our competitor and we like their menu.", False),
    ("I looked at the brochure from the printer's sample pack.", False),
    ("Please look at the website for our brand colours.", False),
])
def test_a_new_mail_that_reviews_shown_work_answers_it(text: str, answers: bool) -> None:
    source = Source(text, datetime(2028, 7, 10, tzinfo=UTC), None, False, "Brochure")
    assert answers_earlier_mail(source) is answers


@pytest.mark.parametrize(("subject", "answers"), [
    ("Katalog 2029 / feedback", True), ("Corrections to the menu", True),
    ("Revisions on the brochure", True),
    ("New brochure", False), ("Feed the city campaign", False), ("Edith's retirement card", False),
])
def test_a_subject_naming_feedback_answers_shown_work(subject: str, answers: bool) -> None:
    source = Source("The prices are hard to read.", datetime(2028, 7, 10, tzinfo=UTC), None,
                    False, subject)
    assert answers_earlier_mail(source) is answers
