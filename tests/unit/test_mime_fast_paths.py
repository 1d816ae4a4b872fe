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
    assert lean.defects_categories == full.defects_categories
    for header in mime._ADDRESS_HEADERS:
        assert lean.address_pairs(header) == getattr(full, header.replace("-", "_"))
    assert lean.mail == {}  # the summary it no longer builds


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
