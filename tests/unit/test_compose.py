"""compose_mail: the headers every mail carries, and no header injection from client text."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.clock import FixedClock
from intake.outbound.compose import (
    OUTBOUND_HEADER,
    ComposedMail,
    MailAttachment,
    clean_header_text,
    compose_mail,
)
from intake.parsers.types import Address

CLOCK = FixedClock(datetime(2026, 3, 2, 14, 30, tzinfo=UTC))
BASE_HEADERS = ["from", "to", "subject", "date", "message-id", "auto-submitted",
                "x-auto-response-suppress", "x-intake-outbound", "mime-version",
                "content-type"]


def build(**overrides: object) -> ComposedMail:
    args: dict[str, object] = {
        "sender": Address("Agency AE", "ae@agency.example"),
        "to": [Address("Dana Client", "dana@acme.example")],
        "subject": "Your brief",
        "text": "Hello Dana,\nthe brief is due Friday.\n",
        "html": "<p>Hello Dana,</p><p>the brief is due Friday.</p>",
        "clock": CLOCK,
    }
    args.update(overrides)
    return compose_mail(**args)  # type: ignore[arg-type]


def parse(composed: ComposedMail) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(composed.raw)
    assert isinstance(message, EmailMessage)
    return message


def header_names(composed: ComposedMail) -> list[str]:
    return [name.lower() for name in parse(composed)]


def test_every_mail_is_marked_auto_generated_and_dated_by_the_clock() -> None:
    composed = build()
    message = parse(composed)
    assert header_names(composed) == BASE_HEADERS
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert message["X-Intake-Outbound"] == "mail" == composed.kind
    assert message["Date"].datetime == CLOCK.now()
    assert message["Message-ID"] == composed.message_id
    assert composed.message_id.endswith("@agency.example>")
    assert str(message["From"]) == "Agency AE <ae@agency.example>"
    assert composed.sender == "ae@agency.example"
    assert composed.recipients == ("dana@acme.example",)


def test_body_is_multipart_alternative_with_text_and_html() -> None:
    message = parse(build(text="Prix: 1 200 € net\n", html="<p>Prix: 1 200 € net</p>"))
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert parts[0].get_content().replace("\r\n", "\n") == "Prix: 1 200 € net\n"
    assert "<p>Prix: 1 200 € net</p>" in parts[1].get_content()
    assert all(p["Content-Transfer-Encoding"] != "8bit" for p in parts)


def test_kind_is_marked_so_our_own_mail_is_recognised() -> None:
    composed = build(kind="reminder\r\nBcc: x@y.example")
    assert parse(composed)["X-Intake-Outbound"] == "reminder Bcc: x@y.example"
    assert header_names(composed) == BASE_HEADERS


def test_our_marker_is_the_one_the_classifier_looks_for() -> None:
    from intake.classify import OUTBOUND_MARKER

    assert OUTBOUND_HEADER.lower() == OUTBOUND_MARKER


def test_every_message_id_is_new() -> None:
    assert build().message_id != build().message_id


@pytest.mark.parametrize(
    "subject",
    [
        "=?utf-8?q?Hi=0D=0ABcc:_evil@attacker.example?=",
        "Re: =?utf-8?q?Hi=0ABcc:_evil@attacker.example?=",
        "=?utf-8?b?SGkNCkJjYzogZXZpbEBhdHRhY2tlci5leGFtcGxl?=",
        # encoded twice: decoding once leaves another encoded word
        "=?utf-8?b?PT91dGYtOD9xP0hpPTBEPTBBQmNjOl9ldmlsQGF0dGFja2VyLmV4YW1wbGU/PQ==?=",
        "Hi\r\nBcc: evil@attacker.example",
        "Hi\nBcc: evil@attacker.example\x00",
        "x" * 80 + " =?utf-8?q?Hi=0ABcc:_evil@attacker.example?= " + "y" * 80,
    ],
)
def test_client_subject_cannot_add_a_recipient_or_header(subject: str) -> None:
    composed = build(subject=subject)
    message = parse(composed)
    assert header_names(composed) == BASE_HEADERS
    assert "bcc" not in header_names(composed)
    assert composed.recipients == ("dana@acme.example",)
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert "evil@attacker.example" in message["Subject"]  # kept as visible text
    assert b"\nBcc:" not in composed.raw and b"\r\nBcc" not in composed.raw


def test_display_name_with_encoded_newline_stays_a_name() -> None:
    evil = Address("=?utf-8?q?Dana=0D=0ABcc:_evil@attacker.example?=", "dana@acme.example")
    composed = build(to=[evil], reply_to=evil, cc=[Address("Lee\r\nCc: x@y.example",
                                                            "lee@acme.example")])
    message = parse(composed)
    assert composed.recipients == ("dana@acme.example", "lee@acme.example")
    assert [a.addr_spec for a in message["To"].addresses] == ["dana@acme.example"]
    assert [a.addr_spec for a in message["Cc"].addresses] == ["lee@acme.example"]
    assert "bcc" not in header_names(composed)


@pytest.mark.parametrize("bad", ["no-at-sign", "a@b@c", "dana@acme.example\r\nBcc: x@y",
                                 "dana @acme.example", ""])
def test_unusable_addresses_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="address"):
        build(to=[bad])


def test_a_mail_needs_a_recipient() -> None:
    with pytest.raises(ValueError, match="recipient"):
        build(to=[])


def test_threading_headers_when_given() -> None:
    composed = build(in_reply_to="<c2@acme.example>",
                     references=["<c1@acme.example>", "not an id", "<c1@acme.example>"])
    message = parse(composed)
    assert message["In-Reply-To"] == "<c2@acme.example>"
    assert message["References"] == "<c1@acme.example> <c2@acme.example>"
    assert "in-reply-to" not in header_names(build())
    assert "references" not in header_names(build())


def test_reply_to_only_when_given() -> None:
    message = parse(build(reply_to="intake@agency.example"))
    assert message["Reply-To"] == "intake@agency.example"
    assert "reply-to" not in header_names(build())


def test_recipients_are_to_then_cc_without_duplicates() -> None:
    composed = build(to=["Dana@Acme.example", "lee@acme.example"], cc=["dana@acme.example"])
    assert composed.recipients == ("dana@acme.example", "lee@acme.example")


def test_attachment_makes_multipart_mixed() -> None:
    ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    message = parse(build(attachments=[MailAttachment("launch.ics", "text/calendar", ics,
                                                      (("method", "PUBLISH"),))]))
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_param("method") == "PUBLISH"
    assert attachment.get_filename() == "launch.ics"
    assert attachment.get_payload(decode=True) == ics


def test_clean_header_text_keeps_words_and_drops_controls() -> None:
    assert clean_header_text("Re:\t Budget\r\n update\x00") == "Re: Budget update"
    assert clean_header_text("=?iso-8859-1?q?Caf=E9?= menu") == "Café menu"
    assert clean_header_text("a" * 50, limit=10) == "a" * 9 + "…"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_no_subject_text_changes_the_header_set(subject: str) -> None:
    composed = build(subject=subject)
    assert header_names(composed) == BASE_HEADERS
    assert composed.recipients == ("dana@acme.example",)
    assert "\n" not in parse(composed)["Subject"]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("=?qQbB_:@\r\n utf8-Bcc0AD"), max_size=120))
def test_no_encoded_word_soup_changes_the_header_set(subject: str) -> None:
    composed = build(subject=subject)
    assert header_names(composed) == BASE_HEADERS


def test_a_non_ascii_address_is_refused_not_mangled() -> None:
    # Sending to it would need SMTPUTF8; an encoded word is no address.
    with pytest.raises(ValueError, match="address"):
        build(to=["zoë@acme.example"])


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        ("Hello Dana,\nthe brief is due Friday.\n", "7bit"),
        ("A line longer than seventy-eight characters, which 7bit mail must not carry as it is.\n",
         "quoted-printable"),
        ("Prix: 1 200 € net, délai vendredi.\n", "quoted-printable"),
        ("締め切りは金曜日です。予算は百万円です。よろしくお願いします。\n" * 3, "base64"),
    ],
)
def test_bodies_are_seven_bit_and_read_back_as_written(body: str, encoding: str) -> None:
    composed = build(text=body, html=f"<p>{body}</p>")
    plain, html = parse(composed).iter_parts()
    assert plain["Content-Transfer-Encoding"] == encoding
    assert plain.get_content().replace("\r\n", "\n") == body
    assert html.get_content().replace("\r\n", "\n") == f"<p>{body}</p>\n"  # a last line end
    assert composed.raw.isascii()
    assert max(len(line) for line in composed.raw.split(b"\r\n")) <= 78


def test_names_subjects_and_file_names_outside_ascii_read_back() -> None:
    composed = build(
        sender=Address("Agence Zoë", "ae@agency.example"),
        to=[Address("Łukasz Żółw", "lukasz@acme.example"),
            Address("Doe, Jane", "jane@acme.example")],
        subject="Réunion : budget 12 000 € — " + "campagne de printemps " * 5,
        attachments=[MailAttachment("réunion.ics", "text/calendar", b"BEGIN:VCALENDAR\r\n")],
    )
    message = parse(composed)
    assert composed.raw.isascii()
    assert str(message["From"]) == "Agence Zoë <ae@agency.example>"
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ("Łukasz Żółw", "lukasz@acme.example"), ("Doe, Jane", "jane@acme.example")]
    subject = "Réunion : budget 12 000 € — " + ("campagne de printemps " * 5).strip()
    assert message["Subject"] == subject
    assert [p.get_filename() for p in message.iter_attachments()] == ["réunion.ics"]


def test_a_long_subject_starts_on_the_subject_line() -> None:
    # The modern email API moved a long subject whole onto a continuation line
    # ("Subject:\r\n [Draft ..."), which some clients show with a leading space.
    subject = "[Draft CCR #12 v1] Orbit Bikes / Spring launch: new budget, due date, requirements"
    raw = build(subject=subject).raw
    line = next(x for x in raw.split(b"\r\n") if x.startswith(b"Subject:"))
    assert line.startswith(b"Subject: [Draft CCR #12 v1] Orbit Bikes")
    assert parse(build(subject=subject))["Subject"] == subject


def test_many_quoted_names_fold_between_addresses_never_inside_one() -> None:
    people = [Address(f"Doe, Jane {i} (Marketing; EMEA)", f"jane{i}@acme.example")
              for i in range(6)]
    composed = build(to=people, cc=[Address("Lee, Sam", "sam@acme.example")])
    message = parse(composed)
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        (p.name, p.email) for p in people]
    assert [a.display_name for a in message["Cc"].addresses] == ["Lee, Sam"]
    header = composed.raw.split(b"\r\nSubject:")[0].decode()
    assert all(line.count('"') % 2 == 0 for line in header.split("\r\n"))
    assert max(len(line) for line in header.split("\r\n")) <= 78
