"""parse_message on real-world-shaped mail (tests/data/parse) and on garbage."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import mailparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.errors import ProcessingError
from intake.parsers.mime import parse_message
from intake.parsers.types import Address, ParsedMail

PARSE = Path(__file__).parent.parent / "data" / "parse"


def load(name: str) -> ParsedMail:
    return parse_message((PARSE / name).read_bytes())


# --- mail-parser 4.8 crash shapes: it must raise, parse_message must not -------------------

CRASHES = {
    "crash_find_between.eml": AttributeError,
    "crash_delivery_status.eml": TypeError,
    "crash_decode_params.eml": TypeError,
    "crash_nul_charset.eml": ValueError,
    "crash_recursion.eml": mailparser.exceptions.MailParserRecursionError,
}


@pytest.mark.parametrize("name", sorted(CRASHES))
def test_mail_parser_crash_shapes_are_repaired(name: str) -> None:
    raw = (PARSE / name).read_bytes()
    with pytest.raises(CRASHES[name]):
        mailparser.parse_from_bytes(raw)
    parsed = parse_message(raw)
    expected = f"mail-parser failed ({CRASHES[name].__name__}); parsed with the stdlib parser"
    assert expected in parsed.defects
    assert parsed.from_ == Address("Maria Lopez", "maria@harborfoods.example") or (
        parsed.from_ is not None and parsed.from_.email.startswith("mailer-daemon@")
    )
    assert parsed.date == datetime(2026, 3, 2, 21, 5, tzinfo=UTC)


def test_crash_shapes_keep_the_readable_body() -> None:
    assert load("crash_find_between.eml").new_text == "Here is the brief, deadline March 20."
    assert load("crash_decode_params.eml").new_text == "Brief v2 attached; budget is now $9,000."
    nul = load("crash_nul_charset.eml")
    assert nul.new_text == "Please call me about the March budget."
    bounce = load("crash_delivery_status.eml")
    assert bounce.content_type == "message/delivery-status"
    assert bounce.text == ""
    deep = load("crash_recursion.eml")
    assert "MIME structure unreadable; headers only" in deep.defects
    assert deep.subject == "Deep"


# --- headers -------------------------------------------------------------------------------


def test_headers_decoded_and_ids_without_brackets() -> None:
    mail = load("reply_en.eml")
    assert mail.message_id == "reply-en@harborfoods.example"
    assert mail.in_reply_to == ("orig-1@agency.example",)
    assert mail.references == ("orig-0@agency.example", "orig-1@agency.example")
    assert mail.header("References") == "<orig-0@agency.example> <orig-1@agency.example>"
    assert mail.to == (Address("Sam Lee", "sam@agency.example"),)
    assert mail.date == datetime(2026, 3, 2, 21, 5, tzinfo=UTC)
    assert mail.date.tzinfo is not None


def test_rfc2047_words_and_lowercased_addresses() -> None:
    mail = load("quoted_printable.eml")
    assert mail.from_ == Address("María López", "maria@harborfoods.example")
    assert mail.subject == "Menú de primavera – fecha"
    assert mail.text.startswith("Hi Sam, we’d like the café banner to say “now open”.")
    assert "soft line breaks." in mail.text and "=\n" not in mail.text


def test_garbage_headers_are_kept_as_names_and_defects() -> None:
    mail = load("garbage_headers.eml")
    assert mail.from_ is not None and mail.from_.email == ""
    assert "not an address" in mail.from_.name
    assert mail.to == ()
    assert mail.date is None
    assert "unparsable Date header" in mail.defects
    assert mail.subject == "café and café"
    assert mail.message_id == "no-brackets-id@harborfoods.example"
    assert mail.references == ("a@x", "b@y")
    assert mail.headers["x-nul"] == ("ab",)
    assert mail.text == "Body with a NUL inside."
    assert "NUL characters removed from the body" in mail.defects


def test_every_header_is_kept_lower_cased_with_all_values() -> None:
    mail = load("gmail_forward.eml")
    assert mail.headers["received"][0].startswith("from mail-sor-f41.google.com")
    assert "\n" not in mail.headers["received"][0] and "\r" not in mail.headers["received"][0]
    assert mail.header("return-path") == "<sam@agency.example>"


def test_missing_date_is_none_with_a_defect() -> None:
    message = EmailMessage()
    message["From"] = "a@b.example"
    message.set_content("hello")
    mail = parse_message(bytes(message))
    assert mail.date is None
    assert "no Date header" in mail.defects


# --- bodies and charsets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "defect"),
    [
        (
            "cp1252_as_latin1.eml",
            "We’re approving €5,000 for the “spring” push – café ads included.",
            "charset windows-1252 used for a part labelled iso-8859-1",
        ),
        (
            "utf8_as_latin1.eml",
            "Crème brûlée goes on the menu – price 6 €.",
            "charset utf-8 used for a part labelled latin-1",
        ),
        (
            "missing_charset.eml",
            "Señor Núñez approved the piñata ad — ship it.",
            "no charset declared; decoded as utf-8",
        ),
        (
            "unknown_charset.eml",
            "Déjà vu: the café ad again.",
            "unknown charset 'x-unknown-charset'; decoded as utf-8",
        ),
    ],
)
def test_charset_repairs(name: str, text: str, defect: str) -> None:
    mail = load(name)
    assert mail.text == text
    assert defect in mail.defects


def test_missing_charset_on_latin1_bytes_is_detected() -> None:
    mail = load("missing_charset_latin1.eml")
    assert "crème brûlée" in mail.text and "bannières à fond" in mail.text
    assert any(d.startswith("no charset declared; detected") for d in mail.defects)


def test_iso_2022_jp_body_and_headers() -> None:
    mail = load("iso2022jp.eml")
    assert mail.subject == "打ち合わせの日程"
    assert mail.from_ == Address("山田", "yamada@client.example.jp")
    assert mail.text == "山田です。\n来週の打ち合わせは3月10日でお願いします。"
    assert mail.defects == ()


def test_html_only_newsletter_becomes_readable_text() -> None:
    mail = load("newsletter_html_only.eml")
    assert mail.html_only
    assert mail.content_type == "text/html"
    assert "Our spring menu launches on March 17." in mail.text
    assert "- New seasonal salads\n- Extended hours" in mail.text
    assert "our blog (https://harborfoods.example/news?utm=1)" in mail.text
    assert "Café prices €4 & up." in mail.text
    assert "track()" not in mail.text and "font-family" not in mail.text
    assert "<p" not in mail.text and "</" not in mail.text and "&amp;" not in mail.text


def test_multipart_alternative_prefers_plain_text() -> None:
    mail = load("gmail_forward.eml")
    assert not mail.html_only
    assert "<div" not in mail.text
    assert mail.content_type == "multipart/alternative"


def test_bounce_content_type_and_report_parts() -> None:
    mail = load("bounce.eml")
    assert mail.content_type == "multipart/report"
    assert mail.text.startswith("This is the mail system")
    assert [a.content_type for a in mail.attachments] == [
        "message/delivery-status",
        "text/rfc822-headers",
    ]


def test_attachments_listed_with_size() -> None:
    mail = load("attached_eml.eml")
    pdf = next(a for a in mail.attachments if a.filename == "brief.pdf")
    assert pdf.content_type == "application/pdf"
    assert pdf.size == len(b"%PDF-1.4\n") + 3000 + len(b"\n%%EOF\n")
    eml = next(a for a in mail.attachments if a.content_type == "message/rfc822")
    assert eml.filename == "Re Holiday campaign.eml"


def test_empty_body_gives_empty_text() -> None:
    raw = b"From: a@b.example\r\nSubject: nothing\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n"
    mail = parse_message(raw)
    assert mail.text == "" and mail.new_text == ""
    assert mail.subject == "nothing"


# --- quotes, signatures and forwards through the whole parser -------------------------------


@pytest.mark.parametrize(
    ("name", "new_text", "signature", "quote_start"),
    [
        (
            "reply_en.eml",
            "Hi Sam,\n\nYes, March 17 works for us. Please keep the budget at $12,000.",
            "Best,\nMaria\nHarbor Foods | +1 555 0100",
            "On Mon, Mar 2, 2026 at 10:00 AM Sam Lee",
        ),
        (
            "reply_fr.eml",
            "Bonjour Sam,\n\nLa date du 20 mars nous convient.",
            "Cordialement,\nClaire Martin",
            "Le lun. 2 mars 2026",
        ),
        (
            "reply_de.eml",
            "Hallo Sam,\n\nder 20. März passt uns gut.",
            "Viele Grüße\nJonas",
            "Am 02.03.2026 um 10:00 schrieb",
        ),
        (
            "reply_es.eml",
            "Hola Sam,\n\nEl 20 de marzo nos va bien.",
            "Saludos,\nLucía",
            "El lun, 2 mar 2026",
        ),
        (
            "reply_outlook.eml",
            "Approved, thanks. One change: make the logo 20% larger.",
            "Get Outlook for iOS",
            "________________________________\nFrom: Sam Lee",
        ),
        ("reply_outlook_fr.eml", "Validé de notre côté.", "", "De : Sam Lee"),
        ("signature_mobile.eml", "Looks great, go ahead.", "Sent from my iPhone", ""),
        (
            "signature_dashes.eml",
            "We need:\n- a landing page\n- three banners",
            "-- \nMaria Lopez | Marketing Director\n"
            "Harbor Foods | +1 555 0100 | harborfoods.example",
            "",
        ),
    ],
)
def test_replies_split(name: str, new_text: str, signature: str, quote_start: str) -> None:
    mail = load(name)
    assert mail.new_text == new_text
    assert mail.signature == signature
    assert mail.quoted_text.startswith(quote_start)
    assert not mail.is_forward


def test_gmail_forward() -> None:
    mail = load("gmail_forward.eml")
    assert mail.new_text == "FYI, Maria wants to move the launch. Can you log it?"
    (hop,) = mail.forwards
    assert hop.style == "gmail"
    assert hop.sender == Address("Maria Lopez", "maria@harborfoods.example")
    # printed without a zone: taken in the forwarder's zone (-0500) from the outer Date
    assert hop.date == datetime(2026, 3, 2, 21, 5, tzinfo=UTC)
    assert hop.subject == "Spring launch - new date"
    assert hop.to == (Address("Sam Lee", "sam@agency.example"),)
    assert hop.cc == (Address("Bob Chen", "bob@harborfoods.example"),)
    assert hop.text.startswith("Hi Sam,\n\nCould we move the spring launch to March 17?")
    assert hop.text.endswith("(300x600).")
    assert "Launch is set" not in hop.text and "Thanks" not in hop.text
    assert hop.note == mail.new_text


def test_outlook_forward_with_mailto_sender() -> None:
    mail = load("outlook_forward.eml")
    assert mail.new_text == "Please update the project.\n\nSam"
    (hop,) = mail.forwards
    assert hop.style == "outlook"
    assert hop.sender == Address("Lopez, Maria", "maria@harborfoods.example")
    assert hop.date == datetime(2026, 3, 4, 8, 45, tzinfo=UTC)
    assert hop.to == (
        Address("Sam Lee", "sam@agency.example"),
        Address("Bob Chen", "bob@harborfoods.example"),
    )
    assert hop.cc == (Address("Finance Team", ""),)
    assert hop.text == (
        "Hi Sam,\n\nWe can raise the Q2 budget to $18,500. Please send a change order by Friday."
    )


def test_outlook_html_forward_with_name_only_sender() -> None:
    mail = load("outlook_forward_html.eml")
    assert mail.html_only
    assert mail.new_text == "Logging this one too."
    (hop,) = mail.forwards
    assert hop.style == "outlook"
    assert hop.sender == Address("Ana Ruiz", "")
    assert hop.subject == "Logo files"
    assert "Please use the new logo on every banner." in hop.text
    assert "- Primary: navy\n- Secondary: white" in hop.text


def test_apple_forward_subject_before_date() -> None:
    mail = load("apple_forward.eml")
    (hop,) = mail.forwards
    assert hop.style == "apple"
    assert hop.subject == "Banner sizes"
    assert hop.date == datetime(2026, 3, 3, 15, 0, tzinfo=UTC)
    assert hop.text == "We also need the 300x250 and 728x90 sizes before launch.\n\nAna"
    assert mail.new_text == "Sam – see below from our CEO."


def test_forward_of_a_forward_builds_the_chain_outermost_first() -> None:
    mail = load("forward_of_forward.eml")
    assert [hop.style for hop in mail.forwards] == ["gmail", "apple"]
    outer, inner = mail.forwards
    assert outer.sender == Address("Maria Lopez", "maria@harborfoods.example")
    assert inner.sender == Address("Ana Ruiz", "ana@harborfoods.example")
    assert mail.new_text == "Adding this to the Harbor project."
    assert outer.note == mail.new_text
    assert outer.text == "Sam – see below from our CEO."
    assert inner.note == outer.text
    assert inner.text.startswith("We also need the 300x250")


def test_attached_message_is_parsed_as_a_forward() -> None:
    mail = load("attached_eml.eml")
    (hop,) = mail.forwards
    assert hop.style == "rfc822"
    assert hop.sender == Address("Maria Lopez", "maria@harborfoods.example")
    assert hop.message_id == "inner-1@harborfoods.example"
    assert hop.subject == "Re: Holiday campaign"
    assert hop.text == "Please push the holiday campaign deadline to November 20."
    assert hop.note == "See attached message from Maria."


def test_nested_attached_messages_stop_at_the_depth_limit() -> None:
    inner = EmailMessage()
    inner["From"] = "client@harborfoods.example"
    inner["Subject"] = "level 0"
    inner.set_content("the client's words")
    for level in range(1, 6):
        outer = EmailMessage()
        outer["From"] = f"fw{level}@agency.example"
        outer["Subject"] = f"level {level}"
        outer.set_content(f"note {level}")
        outer.add_attachment(inner)
        inner = outer
    mail = parse_message(bytes(inner))
    assert [hop.subject for hop in mail.forwards] == ["level 4", "level 3", "level 2"]
    assert "attached message: attached message deeper than 3 levels not parsed" in mail.defects
    assert mail.forwards[0].note == "note 5"


# --- never anything but ParsedMail or ProcessingError("parse") ------------------------------


def test_empty_input_is_a_parse_error() -> None:
    with pytest.raises(ProcessingError) as caught:
        parse_message(b"  \r\n")
    assert caught.value.stage == "parse"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise_anything_else(raw: bytes) -> None:
    try:
        mail = parse_message(raw)
    except ProcessingError as exc:
        assert exc.stage == "parse"
    else:
        assert isinstance(mail, ParsedMail)
        assert "\x00" not in mail.text


_HEADER_NAMES = st.sampled_from(
    [b"From", b"To", b"Cc", b"Subject", b"Date", b"Content-Type", b"Content-Transfer-Encoding",
     b"Content-Disposition", b"Message-ID", b"References", b"MIME-Version"]
)  # fmt: skip
_VALUES = st.one_of(
    st.binary(max_size=80),
    st.sampled_from(
        [b"multipart/mixed; boundary=b", b"text/plain; charset=x-bad", b"base64",
         b"quoted-printable", b"message/rfc822", b"=?utf-8?q?=FF?=", b"<a@b>",
         b"attachment; filename*0=a; filename*=utf-8''b", b"text/html; charset*=utf\x00-8''x",
         b"message/delivery-status", b"multipart/alternative; boundary=\"c\""]
    ),
)  # fmt: skip
_BODIES = st.lists(
    st.one_of(st.binary(max_size=200), st.sampled_from([b"--b", b"--b--", b"--c", b"\r\n"])),
    max_size=12,
).map(b"\r\n".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_HEADER_NAMES, _VALUES), max_size=10), _BODIES)
def test_mail_shaped_garbage_never_raises_anything_else(
    headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    raw = b"".join(name + b": " + value + b"\r\n" for name, value in headers) + b"\r\n" + body
    try:
        mail = parse_message(raw)
    except ProcessingError as exc:
        assert exc.stage == "parse"
    else:
        assert isinstance(mail, ParsedMail)
        assert all("\n" not in v for values in mail.headers.values() for v in values)


@pytest.mark.parametrize("raw", [
    b'From: "Maria\r\n Chen" <m@h.example>\r\nSubject: =?utf-8?q?Budget_update=0D=0ABcc:_x?=\r\n',
    b"From: =?utf-8?q?Maria=0D=0AChen?= <m@h.example>\r\n"
    b"Subject: =?utf-8?q?Budget_update=0ABcc:_x?=\r\n",
    b"From: =?utf-8?q?Maria_=0D?= =?utf-8?q?Chen?= <m@h.example>\r\n"
    b"Subject: =?utf-8?q?Budget_update_=0D=0A_Bcc:_x?=\r\n",
])
def test_a_line_break_inside_a_subject_or_name_becomes_one_space(raw: bytes) -> None:
    mail = parse_message(raw + b"Date: Tue, 1 Dec 2026 09:00:00 +0000\r\n\r\nhi\r\n")
    assert mail.subject == "Budget update Bcc: x"
    assert mail.from_ is not None and mail.from_.name == "Maria Chen"


def test_a_nul_in_a_subject_is_dropped_not_spaced() -> None:
    mail = parse_message(b"Subject: =?utf-8?q?Bud=00get?=\r\n\r\nhi\r\n")
    assert mail.subject == "Budget"
