"""Parse one raw message into a :class:`~intake.parsers.types.ParsedMail`.

Input: the exact bytes of a message. Output: a frozen ParsedMail with decoded
headers, the readable body, the author's new text split from quotes and
signature, the forward chain, attachments and the repairs made (``defects``).

mail-parser is the primary parser (MIME tree and Date). When it raises on
input it cannot handle (see NOTES.md), the message is parsed again with the
stdlib parser and the repair recorded ("mail-parser failed (TypeError);
parsed with the stdlib parser"). Only when nothing at all can be read does
:class:`intake.errors.ProcessingError` (stage ``parse``) come out; no other
exception escapes :func:`parse_message`. Pure: no database, network or
templates.
"""

from __future__ import annotations

import binascii
import email
import email.parser
import email.policy
import logging
import quopri
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from email.message import Message
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any, TypeVar

import mailparser

from intake.errors import ProcessingError
from intake.parsers.addresses import (
    decode_header_value,
    message_ids,
    parse_addresses,
)
from intake.parsers.bounces import failed_recipients
from intake.parsers.charsets import decode_bytes
from intake.parsers.dates.headers import parse_loose_date
from intake.parsers.flowed import unflow
from intake.parsers.forwards import split_forwards
from intake.parsers.html import html_to_text, visible_text
from intake.parsers.types import Address, Attachment, ForwardedMail, ParsedMail

__all__ = ["MAX_ATTACHED_DEPTH", "parse_message"]

log = logging.getLogger(__name__)
# mail-parser logs a warning per unusual part and whole header values on errors;
# everything it could tell us is recorded in ParsedMail.defects instead.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)

#: How deep attached messages (message/rfc822 inside message/rfc822 ...) are parsed.
MAX_ATTACHED_DEPTH = 3
#: MIME nesting deeper than this is not walked (mail-parser gives up near 1,000).
MAX_PART_DEPTH = 64
T = TypeVar("T")
D = TypeVar("D")
_BODY_TYPES = ("text/plain", "text/html")
_MESSAGE_TYPES = ("message/rfc822", "message/global")
_ADDRESS_HEADERS = ("from", "to", "cc", "reply-to")
_REPORT_TYPES = ("message/delivery-status", "message/disposition-notification")


class _MailParser(mailparser.MailParser):  # type: ignore[misc]  # untyped library
    """mail-parser without the readings nothing here uses: its two summary dicts
    (``mail`` and ``mail_partial``) and its parse of every ``Received`` header.

    ``parse()`` ends by building both dicts from every header and body part (about a
    tenth of mail-parser's time), and reads each Received hop clause by clause (about
    a quarter of it on mail with two hops; real mail often carries five to twelve).
    intake reads neither: the Received headers are hidden from mail-parser while it
    parses and put back, in place, before anyone else sees the message. The MIME walk,
    defects, date and address readings are mail-parser's own. Should a later
    mail-parser stop calling ``_make_mail`` or read Received elsewhere, these
    overrides are inert.
    """

    def __init__(self, message: Message | None = None) -> None:
        held: Any = message  # the stdlib keeps the (name, value) pairs in ``_headers``
        every = getattr(held, "_headers", None)
        if not isinstance(every, list):
            super().__init__(message)
            return
        held._headers = [h for h in every if str(h[0]).lower() != "received"]
        try:
            super().__init__(message)
        finally:
            held._headers = every

    def _make_mail(self, complete: bool = True) -> dict[str, object]:
        return {}

    def address_pairs(self, header: str) -> object:
        """``(name, address)`` pairs mail-parser read from ``header`` ("reply-to", ...).

        Its own resolver, without the attribute-name folding of ``parsed.reply_to``.
        """
        resolver = getattr(self, "_header_value", None)
        if resolver is None:  # a mail-parser without it: the public spelling
            return getattr(self, header.replace("-", "_"))
        return resolver(header)


@dataclass
class _Body:
    """What the part walk collects; mutable while walking, frozen into ParsedMail after."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    attached: list[Message | bytes] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def parse_message(raw: bytes, *, _depth: int = 0) -> ParsedMail:
    """Parse raw message bytes; repair what can be repaired and record each repair.

    Raises :class:`ProcessingError` (stage ``parse``) only when nothing can be read.
    """
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise ProcessingError("parse", f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    if not raw or raw.isspace():  # strip() would copy the whole message
        raise ProcessingError("parse", "empty message")
    defects: list[str] = []
    known: dict[str, tuple[Address, ...]] = {}
    try:
        parsed = _MailParser.from_bytes(raw)
        message, date = parsed.message, parsed.date
        known = {name: _mail_parser_addresses(parsed, name) for name in _ADDRESS_HEADERS}
        defects.extend(f"MIME defect: {name}" for name in sorted(parsed.defects_categories))
    except Exception as exc:  # mail-parser's failures are many and untyped: repair, don't reject
        defects.append(f"mail-parser failed ({type(exc).__name__}); parsed with the stdlib parser")
        message, date = _stdlib_parse(raw, defects), None
    if message is None:
        raise ProcessingError("parse", "mail-parser returned no message")
    try:
        return _build(message, date, defects, _depth, known)
    except Exception as exc:
        log.warning("parse: extraction failed (%s); retrying with the stdlib parser", exc)
        repair = f"extraction failed ({type(exc).__name__}); parsed with the stdlib parser"
        defects = [*defects, repair]
        try:
            return _build(_stdlib_parse(raw, defects), None, defects, _depth)
        except ProcessingError:
            raise
        except Exception as again:
            reason = f"unreadable message ({type(again).__name__})"
            raise ProcessingError("parse", reason) from again


def _stdlib_parse(raw: bytes, defects: list[str]) -> Message:
    """The stdlib parser: modern policy, then compat32, then headers only.

    ``policy.default`` parses header values eagerly and raises on some
    (a NUL in an RFC 2231 charset); compat32 keeps them raw and is the
    last resort before reading headers alone.
    """
    attempts: tuple[tuple[str, Callable[[], Message]], ...] = (
        ("", lambda: email.message_from_bytes(raw, policy=email.policy.default)),
        ("", lambda: email.message_from_bytes(raw)),
        (
            "MIME structure unreadable; headers only",
            lambda: email.parser.BytesParser().parsebytes(raw, headersonly=True),
        ),
    )
    failure: Exception | None = None
    for note, attempt in attempts:
        try:
            message = attempt()
        except Exception as exc:  # RecursionError on absurd nesting, parser bugs
            failure = exc
            continue
        if note:
            defects.append(note)
        return message
    raise ProcessingError("parse", f"unreadable message ({type(failure).__name__})") from failure


# Raw header name -> its decoded, lower-cased key: the same few dozen names
# recur in every message, so each is decoded once.
_KEYS: dict[str, str] = {}
_KEYS_MAX = 4096


def _headers(message: Message) -> dict[str, tuple[str, ...]]:
    collected: dict[str, list[str]] = {}
    keys = _KEYS
    for name, value in message.raw_items():
        key = keys.get(name) if type(name) is str else None
        if key is None:
            key = decode_header_value(name).lower()
            if type(name) is str and len(keys) < _KEYS_MAX:
                keys[name] = key
        if key:
            collected.setdefault(key, []).append(decode_header_value(value))
    return {key: tuple(values) for key, values in collected.items()}


def _zone_of(value: str | None) -> tzinfo | None:
    """The UTC offset a Date header was written in (the sender's zone), or None."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.tzinfo if parsed.tzinfo is not None else None


def _read_date(value: str | None, trusted: datetime | None, defects: list[str]) -> datetime | None:
    if trusted is not None:
        return trusted if trusted.tzinfo else trusted.replace(tzinfo=UTC)
    if value is None:
        defects.append("no Date header")
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is None or parsed.year < 1900:
        parsed = parse_loose_date(value)
        if parsed is None:
            defects.append("unparsable Date header")
            return None
        defects.append("Date header is not RFC 5322; read leniently")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _safe(call: Callable[[], T], default: D) -> T | D:
    """Call a stdlib accessor that raises on some malformed parts; the default instead."""
    try:
        return call()
    except Exception:
        return default


def _attachment_size(part: Message) -> int:
    payload = _safe(lambda: part.get_payload(), None)
    if isinstance(payload, str):
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
        if encoding == "base64":
            # bytes a base64 body decodes to, without decoding it
            chars = len(payload) - payload.count("\n") - payload.count("\r") - payload.count(" ")
            padding = payload.rstrip()[-2:].count("=")
            return max(0, chars * 3 // 4 - padding)
    if isinstance(payload, list):
        return sum(_message_size(m) for m in payload if isinstance(m, Message))
    data = _safe(lambda: part.get_payload(decode=True), None)
    return len(data) if isinstance(data, (bytes, bytearray)) else 0


def _message_size(message: Message) -> int:
    """Approximate wire size of an already-parsed message, without serialising it."""
    size, stack = 0, [message]
    while stack:
        part = stack.pop()
        size += sum(len(k) + len(str(v)) + 4 for k, v in part.raw_items()) + 2
        payload = part._payload  # type: ignore[attr-defined]  # raw; get_payload() may decode
        if isinstance(payload, list):
            stack.extend(m for m in payload if isinstance(m, Message))
        elif isinstance(payload, str):
            size += len(payload)
    return size


def _attached(part: Message) -> Message | bytes | None:
    """The message inside a message/rfc822 part: already parsed, or bytes to parse.

    RFC 2046 allows no transfer encoding on message/rfc822, yet some mailers (and Python's
    own ``add_attachment``) base64 it: the stdlib then parses the base64 lines as a message
    without headers, so those lines are decoded here and parsed as the message they are.
    """
    payload = _safe(lambda: part.get_payload(), None)
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
        if encoding in ("base64", "quoted-printable"):
            decoded = _undo_transfer_encoding(payload[0], encoding)
            if decoded:
                return decoded
        return payload[0]
    data = _safe(lambda: part.get_payload(decode=True), None)
    return bytes(data) if isinstance(data, (bytes, bytearray)) and data else None


def _undo_transfer_encoding(inner: Message, encoding: str) -> bytes | None:
    """The bytes an encoded message/rfc822 part holds, or None when they are not that."""
    text = _safe(lambda: inner.as_string(), "")
    if not text:
        return None
    try:
        if encoding == "base64":
            return binascii.a2b_base64(text.encode("ascii", "ignore"))
        return quopri.decodestring(text.encode("latin-1", "replace"))
    except (binascii.Error, ValueError):
        return None


def _filename(part: Message, disposition: str | None, content_type: object) -> str:
    """The part's decoded filename; the costly parameter parsing only when one can exist."""
    if disposition is None and "name" not in str(content_type).lower():
        return ""
    return decode_header_value(_safe(part.get_filename, None))


# Content-Type value -> the charset it names. Parsing the parameters costs more
# than decoding a short body, and the same few values recur in every mailbox.
_CHARSETS: dict[str, str | None] = {}
_CHARSETS_MAX = 1024


def _charset(part: Message, content_type: object) -> str | None:
    """The part's declared charset (memoised by its Content-Type value)."""
    key = content_type if type(content_type) is str and len(content_type) <= 200 else None
    if key is not None and key in _CHARSETS:
        return _CHARSETS[key]
    charset = _safe(part.get_content_charset, None)
    if charset is None:
        param = _safe(lambda: part.get_param("charset"), None)
        charset = param if isinstance(param, str) else None
    if key is not None and len(_CHARSETS) < _CHARSETS_MAX:
        _CHARSETS[key] = charset
    return charset


def _walk(message: Message) -> _Body:
    """Collect body texts, attachments and attached messages, in document order.

    Iterative (an explicit stack): absurd nesting cannot exhaust Python's stack.
    """
    body = _Body()
    stack: list[tuple[Message, int, bool]] = [(message, 0, False)]
    while stack:
        part, depth, in_attachment = stack.pop()
        ctype = _safe(part.get_content_type, "application/octet-stream")
        disposition = _safe(part.get_content_disposition, None)
        content_type = part.get("content-type", "")
        filename = _filename(part, disposition, content_type)
        # The stdlib holds these as lists of sub-messages (is_multipart() is True):
        # they are attachments to list, never containers of the body.
        if ctype in _MESSAGE_TYPES:
            size = _attachment_size(part)
            body.attachments.append(Attachment(filename or "message.eml", ctype, size))
            inner = _attached(part)
            if inner is not None:
                body.attached.append(inner)
            continue
        if ctype in _REPORT_TYPES:
            body.attachments.append(Attachment(filename, ctype, _attachment_size(part)))
            continue
        if _safe(part.is_multipart, False):
            if depth >= MAX_PART_DEPTH:
                body.defects.append(f"MIME nesting deeper than {MAX_PART_DEPTH} not read")
                continue
            children = _safe(part.get_payload, [])
            inner_attachment = in_attachment or disposition == "attachment"
            for child in reversed(children if isinstance(children, list) else []):
                if isinstance(child, Message):
                    stack.append((child, depth + 1, inner_attachment))
            continue
        is_body = (
            ctype in _BODY_TYPES
            and not in_attachment
            and disposition != "attachment"
            and (not filename or disposition == "inline")
        )
        if not is_body:
            body.attachments.append(Attachment(filename, ctype, _attachment_size(part)))
            continue
        payload = _safe(partial(part.get_payload, decode=True), None)
        if not isinstance(payload, (bytes, bytearray)):
            body.defects.append(f"{ctype} part could not be decoded")
            continue
        decoded = decode_bytes(bytes(payload), _charset(part, content_type))
        body.defects.extend(decoded.defects)
        if ctype == "text/html":
            body.html.append(decoded.text)
        elif _is_flowed(part):
            body.plain.append(unflow(decoded.text, delsp=_param(part, "delsp") == "yes"))
        else:
            body.plain.append(decoded.text)
    return body


def _param(part: Message, name: str) -> str:
    value = _safe(partial(part.get_param, name), None)
    return value.strip().lower() if isinstance(value, str) else ""


def _is_flowed(part: Message) -> bool:
    return _param(part, "format") == "flowed"


# A plain part that only sends the reader to the HTML one: "This message is in HTML. Please
# view it in a mail program that shows HTML." (some CRMs, ticket systems and old Outlooks)
_STUB_PLAIN = re.compile(
    r"^\W*(?:this (?:message|e-?mail) (?:is|was) (?:in|sent (?:in|as)) (?:html|rich text)|"
    r"(?:to view|view) this (?:message|e-?mail) (?:in|with) (?:a|an)\b[^\n]{0,40}\bhtml|"
    r"your (?:mail|e-?mail) (?:program|client|reader) does not (?:support|display) html)",
    re.IGNORECASE)


def _body_text(body: _Body) -> tuple[str, bool]:
    plain = [visible_text(text).strip("\n") for text in body.plain if text.strip()]
    if plain and body.html and len(plain) == 1 and len(plain[0]) < 300 \
            and _STUB_PLAIN.match(plain[0]):
        plain = []  # the words are in the HTML part
    if plain:
        return "\n\n".join(plain), False
    if body.html:
        html = [html_to_text(text) for text in body.html]
        return "\n\n".join(text for text in html if text), True
    return "", False


def _mail_parser_addresses(parsed: _MailParser, header: str) -> tuple[Address, ...]:
    """The mailboxes mail-parser already read from a header (it keeps only valid ones)."""
    try:
        pairs = parsed.address_pairs(header)
    except Exception:
        return ()
    if not isinstance(pairs, list):
        return ()
    return tuple(
        Address(decode_header_value(name), addr.strip().lower())
        for name, addr in pairs
        if isinstance(name, str) and isinstance(addr, str) and addr.strip()
    )


def _addresses(
    header: str, headers: dict[str, tuple[str, ...]], known: dict[str, tuple[Address, ...]]
) -> tuple[Address, ...]:
    """mail-parser's reading of an address header when it has one, else ours.

    Ours also keeps garbage as a name with ``email=""``.
    """
    if known.get(header):
        return known[header]
    found: list[Address] = []
    for value in headers.get(header, ()):
        found.extend(parse_addresses(value))
    return tuple(found)


def _build(
    message: Message,
    date: datetime | None,
    defects: list[str],
    depth: int,
    known: dict[str, tuple[Address, ...]] | None = None,
) -> ParsedMail:
    known = known or {}
    headers = _headers(message)
    first = {key: values[0] for key, values in headers.items() if values}
    subject = first.get("subject", "")
    ids = message_ids(first.get("message-id", ""))
    body = _walk(message)
    defects.extend(body.defects)
    text, html_only = _body_text(body)
    date = _read_date(first.get("date"), date, defects)
    zone = _zone_of(first.get("date")) if "date" in first else None
    split = split_forwards(text, subject=subject, default_tz=zone)
    lead = split.lead
    hops = list(split.hops)
    for data in body.attached:
        if depth >= MAX_ATTACHED_DEPTH:
            defects.append(f"attached message deeper than {MAX_ATTACHED_DEPTH} levels not parsed")
            break
        try:
            # An attached message the stdlib already parsed is read from that tree:
            # serialising it and running mail-parser again would double the cost.
            if isinstance(data, Message):
                inner = _build(data, None, [], depth + 1)
            else:
                inner = parse_message(data, _depth=depth + 1)
        except ProcessingError as exc:
            defects.append(f"attached message unreadable: {exc}")
            continue
        except Exception as exc:  # a broken inner tree must not lose the outer message
            defects.append(f"attached message unreadable ({type(exc).__name__})")
            continue
        prefix = "attached message: "
        defects.extend(d if d.startswith(prefix) else prefix + d for d in inner.defects)
        hops.append(
            ForwardedMail(
                style="rfc822",
                sender=inner.from_,
                date=inner.date,
                subject=inner.subject,
                to=inner.to,
                cc=inner.cc,
                message_id=inner.message_id,
                text=inner.new_text,
                note=hops[-1].text if hops else lead.new_text,
                whole=inner.text,
                quoted=inner.quoted_text,
            )
        )
        hops.extend(inner.forwards)
    delayed, bounced = failed_recipients(message, subject) if depth == 0 else ((), ())
    return ParsedMail(
        message_id=ids[0] if ids else None,
        subject=subject,
        from_=next(iter(_addresses("from", headers, known)), None),
        date=date,
        to=_addresses("to", headers, known),
        cc=_addresses("cc", headers, known),
        reply_to=_addresses("reply-to", headers, known),
        in_reply_to=message_ids(" ".join(headers.get("in-reply-to", ()))),
        references=message_ids(" ".join(headers.get("references", ()))),
        headers=headers,
        content_type=_safe(message.get_content_type, "text/plain"),
        text=text,
        new_text=lead.new_text,
        quoted_text=lead.quoted_text,
        signature=lead.signature,
        html_only=html_only,
        forwards=tuple(hops),
        attachments=tuple(body.attachments),
        defects=tuple(dict.fromkeys(defects)),
        bounced=bounced,
        delayed=delayed,
    )
