"""The parse fast paths give what the slow paths they replace give.

Each shortcut in intake.parsers.mime (the lean mail-parser, memoised charsets
and header names) is checked against the library call it stands in for, on the
real-world-shaped mail of tests/data/parse and on mail built inline.
"""

from __future__ import annotations

import email
from email.message import EmailMessage
from pathlib import Path

import mailparser
import pytest

from intake.parsers import mime
from intake.parsers.addresses import decode_header_value

PARSE = Path(__file__).parent.parent / "data" / "parse"
READABLE = sorted(p for p in PARSE.glob("*.eml") if not p.name.startswith("crash_"))


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.name)
def test_lean_mail_parser_reads_what_mail_parser_reads(path: Path) -> None:
    raw = path.read_bytes()
    full = mailparser.parse_from_bytes(raw)
    lean = mime._MailParser.from_bytes(raw)
    assert lean.date == full.date
    # what mail-parser finds wrong in Received hops (their clauses, their dates) is all
    # the lean parser does not see: intake never reads them
    assert lean.defects_categories == full.defects_categories - _hop_defects(full)
    for header in mime._ADDRESS_HEADERS:
        assert lean.address_pairs(header) == getattr(full, header.replace("-", "_"))
    assert lean.mail == {}  # the summary it no longer builds


def _hop_defects(full: mailparser.MailParser) -> set[str]:
    found = set()
    if full.received_header_defects:
        found.add("ReceivedHeaderDefect")
    if full.date_header_defects and all(d.get("header") == "received"
                                        for d in full.date_header_defects):
        found.add("DateHeaderDefect")
    return found


HOPS = [
    "from mx{n}.relay.example (mx{n}.relay.example [203.0.113.{n}]) by mx{m}.relay.example "
    "with ESMTPS id abc{n}; Mon, 7 Dec 2026 09:{n:02d}:00 +0000"
    for n in range(12)
]


def test_received_hops_are_hidden_from_mail_parser_and_kept_in_place() -> None:
    """Real mail carries five to twelve Received hops; mail-parser reads each clause by
    clause and intake never uses its reading. They are hidden while it parses, and the
    message intake reads afterwards holds every header in its place."""
    lines = ["Received: " + hop.format(n=n, m=n + 1) for n, hop in enumerate(HOPS)]
    lines.insert(3, "Received: this hop is malformed ;;; (no date")
    raw = ("\r\n".join([*lines[:6], "From: Ana <ana@client.example>", *lines[6:],
                         "To: ae@agency.example", "Subject: Hops",
                         "Date: Mon, 7 Dec 2026 09:30:00 +0000", "", "Please move the launch."])
           + "\r\n").encode()
    lean = mime._MailParser.from_bytes(raw)
    assert lean.received == []  # mail-parser read no hop
    assert lean.message.as_bytes() == email.message_from_bytes(raw).as_bytes()
    assert lean.address_pairs("from") == [("Ana", "ana@client.example")]
    parsed = mime.parse_message(raw)
    assert parsed.headers["received"][0].startswith("from mx0.relay.example")
    assert len(parsed.headers["received"]) == 13
    assert parsed.headers["received"][3] == "this hop is malformed ;;; (no date"
    assert "Please move the launch." in parsed.text
    full = mailparser.parse_from_bytes(raw)
    assert len(full.received) == 13  # what the library alone would have read


CONTENT_TYPES = [
    'text/plain; charset="utf-8"',
    "text/plain; charset=ISO-8859-1",
    "text/plain; charset*=utf-8''%75%74%66%2D%38",
    'text/plain; format=flowed; charset="windows-1252"; delsp=yes',
    "text/plain",
    "text/plain; charset=",
    'text/html; name="x.html"; charset=us-ascii',
]


@pytest.mark.parametrize("content_type", CONTENT_TYPES)
def test_memoised_charset_is_the_stdlib_answer(content_type: str) -> None:
    part = email.message_from_string(f"Content-Type: {content_type}\n\nbody\n")
    expected = part.get_content_charset()
    if expected is None:
        param = part.get_param("charset")
        expected = param if isinstance(param, str) else None
    mime._CHARSETS.pop(content_type, None)
    first = mime._charset(part, part.get("content-type", ""))
    second = mime._charset(part, part.get("content-type", ""))  # from the memo
    assert first == second == expected
    assert content_type in mime._CHARSETS


def test_header_names_decode_once_and_the_same() -> None:
    message = EmailMessage()
    message["Subject"] = "Budget"
    message["X-Custom-Header"] = "one"
    message["x-custom-header"] = "two"
    message["=?utf-8?q?X-Odd?="] = "encoded name"
    headers = mime._headers(message)
    assert headers["x-custom-header"] == ("one", "two")
    assert headers["subject"] == ("Budget",)
    odd = decode_header_value("=?utf-8?q?X-Odd?=").lower()
    assert headers[odd] == ("encoded name",)
    assert mime._KEYS["X-Custom-Header"] == "x-custom-header"
