"""Compose safe outgoing mail: plain strings and rendered bodies in, a :class:`ComposedMail` out.

Safety rules every mail obeys:

- ``Auto-Submitted: auto-generated`` and ``X-Auto-Response-Suppress: All``, so
  auto-responders do not answer us; ``X-Intake-Outbound: <kind>``
  (``intake.classify.OUTBOUND_MARKER``) so we recognise our own mail coming back;
- headers are built from plain strings only, after RFC 2047 encoded words
  are decoded (until nothing is left to decode) and CR, LF, NUL and other
  control characters are removed. Python 3.11.7's email package decodes an
  encoded word inside a header value it is *given* and writes the decoded
  newline out raw (CVE-2024-6923), so a client subject such as
  ``=?utf-8?q?Hi=0D=0ABcc:_x@evil?=`` would otherwise add a Bcc header;
- recipients come only from the explicit ``to``/``cc`` lists; the generated
  headers are parsed back and checked before the bytes leave this module;
- every body is ``multipart/alternative`` (text and HTML), wrapped in
  ``multipart/mixed`` when there are attachments (e.g. an .ics invitation).

The mail is built with the email package's ``compat32`` API (``Message``, ``Header``,
``formataddr``), not ``EmailMessage``: the modern API parses every header it is given and
refolds every header it writes, two thirds of composing a draft mail, while every value
here is a plain string this module has already cleaned. Reading mail still uses the
modern API; the parse-back guard checks what was written either way.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.headerregistry import Address as HeaderAddress
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import format_datetime, formataddr, getaddresses, make_msgid
from functools import lru_cache
from io import BytesIO
from typing import Any, Protocol, cast

from intake.clock import Clock

OUTBOUND_HEADER = "X-Intake-Outbound"  # intake.classify.OUTBOUND_MARKER, lower-cased there



class _CachedHeaderRegistry(HeaderRegistry):
    """The email package's registry builds a new header class (``type(...)``) for every
    header it parses or sets: a third of composing a mail. The classes hold no state, so
    one per header name is enough."""

    def __init__(self) -> None:
        super().__init__()
        self._built: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        built = self._built.get(key)
        if built is None:
            built = self._built[key] = super().__getitem__(name)
        return built


# Only to decode what a client wrote the way the email package would (clean_header_text).
MAIL_POLICY = policy.SMTP.clone(cte_type="7bit", header_factory=_CachedHeaderRegistry())
# Written with CRLF line ends, headers folded at 78 characters.
WRITE_POLICY = policy.compat32.clone(linesep="\r\n")
# 7bit on the wire: bodies become quoted-printable or base64, so no server needs 8BITMIME.
_QP_UTF8 = Charset("utf-8")
_QP_UTF8.body_encoding = QP
_B64_UTF8 = Charset("utf-8")
_B64_UTF8.body_encoding = BASE64
MAX_7BIT_LINE = 78

MAX_SUBJECT_CHARS = 400
MAX_REFERENCES = 20

# C0 controls (CR, LF, NUL, TAB...), DEL, C1 controls and Unicode line/paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MSGID = re.compile(r"<[^<>\s]{1,900}>")


class NamedAddress(Protocol):
    """Anything with a display name and an addr-spec (``intake.parsers.types.Address`` fits)."""

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str: ...


AddressLike = str | NamedAddress


@dataclass(frozen=True, slots=True)
class MailAttachment:
    """A file to attach: ``content_type`` like ``text/calendar``; ``params`` like method=REQUEST."""

    filename: str
    content_type: str
    data: bytes
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ComposedMail:
    """A finished mail: its Message-ID, envelope sender and recipients, and its exact bytes."""

    message_id: str
    sender: str
    recipients: tuple[str, ...]
    subject: str
    raw: bytes
    kind: str = "mail"


def clean_header_text(value: str, *, limit: int | None = None) -> str:
    """Text that is safe to put in a header: no encoded words left to decode, no controls.

    Decoding first (rather than only stripping) keeps what a client wrote
    readable ("Hi Bcc: x@evil") while making sure the email package finds
    nothing more to decode when it builds the header.
    """
    text = _strip_controls(value)
    for _ in range(5):
        decoded = _decode_like_email_package(text)
        if decoded == text:
            break
        text = _strip_controls(decoded)
    else:
        # Nested more deeply than any honest sender does: break the syntax instead.
        text = text.replace("=?", "= ?")
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _strip_controls(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


def _decode_like_email_package(text: str) -> str:
    """What the email package would turn ``text`` into when building an unstructured header."""
    return str(MAIL_POLICY.header_factory("subject", text))


def _mailbox(value: AddressLike) -> HeaderAddress:
    """A header address from a bare addr-spec or a (name, email) value; raises ValueError."""
    if isinstance(value, str):
        return _checked_mailbox("", value)
    return _checked_mailbox(value.name or "", value.email)


@lru_cache(maxsize=1024)
def _checked_mailbox(name: str, email: str) -> HeaderAddress:
    """Cached: the same few senders and recipients are checked for every mail."""
    email = email.strip()
    if (not email or not email.isascii() or _CONTROL.search(email) or " " in email
            or email.count("@") != 1):
        # Non-ASCII addresses would need SMTPUTF8, which intake does not ask servers for.
        raise ValueError(f"not a usable e-mail address: {email!r}")
    try:
        address = HeaderAddress(display_name=clean_header_text(name, limit=200),
                                addr_spec=email)
    except Exception as exc:  # the email package raises several kinds for a bad addr-spec
        raise ValueError(f"not a usable e-mail address: {email!r}") from exc
    if address.addr_spec.lower() != email.lower():
        raise ValueError(f"not a usable e-mail address: {email!r}")
    return address


@dataclass(frozen=True, slots=True)
class _AddressHeader:
    """An address header's value, folded between addresses only.

    The email package's compat32 folder would break a quoted display name at its comma
    (``"Doe,\r\n Jane"``), which its own address parser then reads as two addresses; it
    takes any object with this ``encode`` in place of a string."""

    name: str
    addresses: tuple[str, ...]

    def encode(self, linesep: str = "\n", maxlinelen: int | None = None,
               **_ignored: object) -> str:
        limit = maxlinelen or MAX_7BIT_LINE
        lines: list[str] = []
        line, used = "", len(self.name) + 2  # "To: "
        for number, address in enumerate(self.addresses, 1):
            piece = address + ("," if number < len(self.addresses) else "")
            if line and used + 1 + len(piece) > limit:
                lines.append(line)
                line, used = "", 1  # the continuation line's leading space
            line = f"{line} {piece}" if line else piece
            used += len(piece) + 1
        lines.append(line)
        return (linesep + " ").join(lines)


def _set_addresses(message: Message, name: str, addresses: Sequence[HeaderAddress]) -> None:
    """Display names quoted or RFC 2047 encoded as needed, one address never split."""
    value = _AddressHeader(name, tuple(
        formataddr((a.display_name, a.addr_spec), charset="utf-8") for a in addresses))
    message[name] = cast(Any, value)  # compat32 takes any value with ``encode``


def _message_ids(values: Sequence[str]) -> list[str]:
    """Well-formed ``<id>`` values from plain strings; anything else is left out."""
    ids: list[str] = []
    for value in values:
        for found in _MSGID.findall(_CONTROL.sub(" ", value)):
            if found not in ids:
                ids.append(found)
    return ids


def compose_mail(
    *,
    sender: AddressLike,
    to: Sequence[AddressLike],
    subject: str,
    text: str,
    html: str,
    clock: Clock,
    kind: str = "mail",
    cc: Sequence[AddressLike] = (),
    reply_to: AddressLike | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    attachments: Sequence[MailAttachment] = (),
) -> ComposedMail:
    """Build one mail; its Message-ID is new, its Date is the clock's "now".

    ``kind`` (``notice``, ``reminder``, ``draft``...) goes into the
    ``X-Intake-Outbound`` header and becomes the outbox row's kind.
    ``in_reply_to`` is appended to ``references`` when missing there (RFC
    5322 threading); only the last ``MAX_REFERENCES`` are kept.
    Raises ValueError for an unusable address or no recipient at all.
    """
    from_address = _mailbox(sender)
    to_addresses = [_mailbox(a) for a in to]
    cc_addresses = [_mailbox(a) for a in cc]
    if not to_addresses and not cc_addresses:
        raise ValueError("a mail needs at least one recipient")
    recipients: list[str] = []
    for address in (*to_addresses, *cc_addresses):
        if address.addr_spec.lower() not in recipients:
            recipients.append(address.addr_spec.lower())

    clean_subject = clean_header_text(subject, limit=MAX_SUBJECT_CHARS)
    message_id = make_msgid(domain=from_address.domain or None)
    parent = _message_ids([in_reply_to]) if in_reply_to else []
    chain = _message_ids(references)
    chain += [p for p in parent if p not in chain]
    chain = chain[-MAX_REFERENCES:]

    message = Message(policy=WRITE_POLICY)
    _set_addresses(message, "From", [from_address])
    if to_addresses:
        _set_addresses(message, "To", to_addresses)
    if cc_addresses:
        _set_addresses(message, "Cc", cc_addresses)
    if reply_to is not None:
        _set_addresses(message, "Reply-To", [_mailbox(reply_to)])
    message["Subject"] = clean_subject
    message["Date"] = format_datetime(clock.now())
    message["Message-ID"] = message_id
    if parent:
        message["In-Reply-To"] = parent[0]
    if chain:
        message["References"] = " ".join(chain)
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    clean_kind = clean_header_text(kind, limit=32) or "mail"
    message[OUTBOUND_HEADER] = clean_kind
    message["MIME-Version"] = "1.0"

    versions = [_text_part(_normalise_body(text), "plain"),
                _text_part(_normalise_body(html), "html")]
    if attachments:
        alternative = _multipart(Message(policy=WRITE_POLICY), "alternative", versions)
        _multipart(message, "mixed", [alternative, *map(_attachment_part, attachments)])
    else:
        _multipart(message, "alternative", versions)

    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=WRITE_POLICY).flatten(message)
    raw = out.getvalue()
    _verify_headers(raw, expected=_expected_headers(message), recipients=recipients)
    return ComposedMail(
        message_id=message_id,
        sender=from_address.addr_spec,
        recipients=tuple(recipients),
        subject=clean_subject,
        raw=raw,
        kind=clean_kind,
    )


def _text_part(body: str, subtype: str) -> Message:
    """A UTF-8 text part: as it is when it is short-lined ASCII, else quoted-printable (base64
    when that is shorter, as for mostly non-Latin text)."""
    part = Message(policy=WRITE_POLICY)
    part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    if body.isascii() and all(len(line) <= MAX_7BIT_LINE for line in body.split("\n")):
        part["Content-Transfer-Encoding"] = "7bit"
        part.set_payload(body)
        return part
    quoted = _QP_UTF8.body_encode(body)
    if len(quoted) <= 4 * (len(body.encode()) + 2) // 3:
        part["Content-Transfer-Encoding"] = "quoted-printable"
        part.set_payload(quoted)
    else:
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(_B64_UTF8.body_encode(body))
    return part


def _attachment_part(attachment: MailAttachment) -> Message:
    """A base64 attachment; a non-ASCII file name is RFC 2231 encoded by ``add_header``."""
    maintype, _, subtype = attachment.content_type.partition("/")
    part = Message(policy=WRITE_POLICY)
    part.add_header("Content-Type", f"{maintype}/{subtype or 'octet-stream'}",
                    **dict(attachment.params))
    part.add_header("Content-Transfer-Encoding", "base64")
    part.add_header("Content-Disposition", "attachment",
                    filename=clean_header_text(attachment.filename, limit=200))
    part.set_payload(_B64_UTF8.body_encode(attachment.data))
    return part


def _multipart(container: Message, subtype: str, parts: list[Message]) -> Message:
    """``container`` made a multipart holding ``parts``, with a random boundary (none of the
    parts can contain it: the text parts are encoded, and 128 random bits do not turn up by
    chance)."""
    container["Content-Type"] = (f'multipart/{subtype}; '
                                 f'boundary="===============_{secrets.token_hex(16)}=="')
    for part in parts:
        container.attach(part)
    return container


def _normalise_body(body: str) -> str:
    """Bodies keep their line breaks but lose NULs; line endings become the generator's, and
    the last line ends with one (as the email package's ``set_content`` writes them)."""
    body = body.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    return body if body.endswith("\n") else body + "\n"


def _expected_headers(message: Message) -> list[str]:
    return [name.lower() for name in message]


def _verify_headers(raw: bytes, *, expected: list[str], recipients: list[str]) -> None:
    """Parse our own bytes back: the same header names, and no address we were not given.

    A guard against a bug in the cleaning above or in the email package; it
    is not expected to fire, and when it does nothing is queued.
    """
    parsed = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    names = [name.lower() for name in parsed]
    if names != expected:
        raise ValueError(f"composed mail has unexpected headers: {names}")
    found = {addr.lower() for _, addr in getaddresses(parsed.get_all("to", []) +
                                                       parsed.get_all("cc", []))}
    if not found <= set(recipients):
        raise ValueError("composed mail names a recipient it was not given")
