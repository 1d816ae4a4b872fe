"""Header decoding and address parsing shared by the MIME and forward parsers.

Input: a raw header value (str, possibly folded, RFC 2047-encoded or holding
8-bit bytes as surrogates) or an address line copied into a forwarded body
("Maria Lopez [mailto:maria@x.com]"). Output: decoded str values and
:class:`~intake.parsers.types.Address` tuples. Never raises: garbage becomes
``Address(name=<the garbage>, email="")``.
"""

from __future__ import annotations

import email.header
import email.utils
import re

from intake.parsers.types import Address

__all__ = ["decode_header_value", "message_ids", "parse_address", "parse_addresses"]

_FOLD = re.compile(r"\r?\n(?=[ \t])")
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|[\r\n])[ \t]*")
_SPACES = re.compile(r"\s+")
_MAILTO = re.compile(r"\[\s*mailto:\s*([^\]\s]+)\s*\]", re.I)
_ANGLE_MAILTO = re.compile(r"<\s*mailto:", re.I)
_ADDR_SPEC = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")
_BARE_ADDR = re.compile(r"[^@\s<>()\[\],;:\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_EMPTY_GROUP = re.compile(r"^[^:<>@\"]{0,80}:\s*;?\s*$")
_MSGID = re.compile(r"<([^<>\s]{1,998})>")


def _bytes_of(value: str) -> bytes:
    return value.encode("utf-8", "surrogateescape")


def _decode_8bit(value: str) -> str:
    """Header text carrying raw 8-bit bytes as surrogates: UTF-8, else Windows-1252."""
    raw = _bytes_of(value)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words; an unknown or lying charset falls back to UTF-8."""
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # HeaderParseError, binascii errors on broken words
        return value
    out: list[str] = []
    for data, charset in chunks:
        if isinstance(data, str):
            out.append(data)
            continue
        if charset is None:  # plain text between encoded words, as decode_header keeps it
            out.append(data.decode("raw-unicode-escape", "replace"))
            continue
        text: str | None = None
        if charset != "unknown-8bit":
            try:
                text = data.decode(charset.replace("\x00", "").strip() or "utf-8")
            except (LookupError, UnicodeError, ValueError):
                text = None
        if text is None:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", "replace")
        out.append(text)
    return "".join(out)


def decode_header_value(value: object) -> str:
    """One header value as clean text: unfolded, RFC 2047 decoded, no NUL, and a CR or LF
    that survived (inside an encoded word, say) a space: "Budget update Bcc: x", not glued."""
    if value is None:
        return ""
    if not isinstance(value, str):
        try:
            value = str(value)
        except Exception:
            return ""
    if "\n" in value:
        value = _FOLD.sub("", value)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = _decode_8bit(value)
    if "=?" in value:
        value = _decode_words(value)
    if "\r" in value or "\n" in value:
        value = _LINE_BREAK.sub(" ", value)
    if "\x00" in value:
        value = value.replace("\x00", "")
    return value.strip()


def _clean_name(name: str) -> str:
    name = name.strip().strip("\"'").strip()
    if "=?" in name:
        name = _decode_words(name)
    return _SPACES.sub(" ", name)


def parse_address(value: str) -> Address | None:
    """The first mailbox in ``value``; None when ``value`` is blank."""
    found = parse_addresses(value)
    return found[0] if found else None


def parse_addresses(value: str) -> tuple[Address, ...]:
    """Every mailbox in an address list (header or forwarded-body line).

    Accepts RFC 5322 lists, Outlook's ``;`` separators and ``Name [mailto:a@b]``,
    and a bare name. Text with no usable addr-spec is kept as a name with
    ``email=""``.
    """
    value = decode_header_value(value)
    if not value:
        return ()
    if _EMPTY_GROUP.match(value):  # "undisclosed-recipients:;"
        return ()
    if "mailto:" in value.lower():
        value = _MAILTO.sub(r"<\1>", value)
        value = _ANGLE_MAILTO.sub("<", value)
    pieces = [p for p in value.split(";") if p.strip()] if ";" in value else [value]
    found: list[Address] = []
    for piece in pieces:
        found.extend(_parse_piece(piece))
    return tuple(found)


def _parse_piece(piece: str) -> list[Address]:
    try:
        pairs = email.utils.getaddresses([piece])
    except Exception:
        pairs = []
    result: list[Address] = []
    for name, addr in pairs:
        addr = addr.strip()
        if addr and _ADDR_SPEC.match(addr):
            result.append(Address(_clean_name(name), addr.lower()))
    if result and len(result) == len([p for p in pairs if p[1] or p[0]]):
        return result
    # getaddresses gave nothing usable (or lost parts): find addresses by shape.
    bare = _BARE_ADDR.findall(piece)
    if bare:
        name = _clean_name(piece.split("<", 1)[0]) if "<" in piece else ""
        if len(bare) == 1:
            return [Address(name if name != bare[0] else "", bare[0].lower())]
        return [Address("", b.lower()) for b in bare]
    name = _clean_name(piece)
    return [Address(name, "")] if name else []


def message_ids(value: str) -> tuple[str, ...]:
    """Message-IDs in a Message-ID / In-Reply-To / References value, without angle brackets."""
    value = decode_header_value(value)
    if not value:
        return ()
    ids = _MSGID.findall(value)
    if ids:
        return tuple(dict.fromkeys(ids))
    return tuple(dict.fromkeys(token.strip("<>") for token in value.split() if token.strip("<>")))
