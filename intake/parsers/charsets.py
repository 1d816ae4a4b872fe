"""Charset repair: turn one MIME part's bytes and its declared charset into clean text.

Input: the decoded transfer payload (bytes) and the charset the part declares
(or None). Output: :class:`DecodedText` holding the text (NULs stripped, line
ends normalised to LF), the codec actually used and the repairs made, as
defect strings. Never raises for any input.

Real mail lies about its charset in a few recurring ways, each handled here:
no charset at all, UTF-8 bytes labelled ISO-8859-1, Windows-1252 smart quotes
and euro signs posing as ISO-8859-1, a label Python does not know, and a
label whose codec is too narrow for the bytes (GB2312 holding GBK,
ISO-2022-JP holding NEC extensions). The fast path (ASCII, or bytes that
decode with their label) costs one decode.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

import charset_normalizer

__all__ = ["DecodedText", "canonical_charset", "decode_bytes", "normalize_text"]


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from one part, the codec used and the repairs made on the way."""

    text: str
    charset: str
    defects: tuple[str, ...] = ()


# Labels whose bytes are so often something else that we check them first.
_LATIN1_FAMILY = frozenset({"iso8859-1", "ascii", "iso8859-15"})

# A label -> wider codecs that are byte-compatible supersets, tried when the
# label's own codec rejects the bytes.
_SUPERSETS: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "euc_kr": ("cp949",),
    "shift_jis": ("cp932",),
    "euc_jp": ("euc_jis_2004",),
    "iso2022_jp": ("iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3"),
    "big5": ("big5hkscs", "cp950"),
    "tis-620": ("cp874",),
    "iso8859-11": ("cp874",),
    "iso8859-9": ("cp1254",),
    "iso8859-8": ("cp1255",),
    "cp1252": ("iso8859-1",),
}

# Labels seen in the wild that Python's codec registry does not know.
_ALIASES = {
    "iso-8859-8-i": "iso8859-8",
    "iso-8859-6-i": "iso8859-6",
    "x-sjis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "ks_c_5601": "cp949",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "x-gbk": "gbk",
    "ansi": "cp1252",
    "x-ansi": "cp1252",
    "win-1252": "cp1252",
}

# Code pages the detector may choose from: those real mail uses. Limiting the
# candidates makes charset-normalizer about 7x cheaper with the same answers.
_CANDIDATES = [
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
    "cp1253", "iso8859_7", "cp1254", "cp1255", "iso8859_8", "cp1256", "cp1257", "cp874",
    "shift_jis", "cp932", "euc_jp", "gb18030", "big5", "euc_kr", "cp949",
]  # fmt: skip
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
# CRLF, a bare CR, and "\r\r\n" (a program that wrote text mode twice over): one line end
_NEWLINES = re.compile(r"\r+\n|\r")
_ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(I", b"\x1b$(D")


def _label(name: str) -> str:
    """A charset label safe to put in a defect string (short, printable)."""
    cleaned = "".join(ch for ch in name if ch.isprintable())
    return cleaned[:40]


@lru_cache(maxsize=256)
def canonical_charset(name: str | None) -> str | None:
    """Python's codec name for a MIME charset label, or None when no text codec has it.

    Strips quotes, NULs and spaces; ``base64`` and other bytes-to-bytes codecs
    are refused because they are not text encodings.
    """
    if not name:
        return None
    cleaned = name.replace("\x00", "").strip().strip("\"'").strip().lower()
    if not cleaned:
        return None
    cleaned = _ALIASES.get(cleaned, cleaned)
    try:
        info = codecs.lookup(cleaned)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def normalize_text(text: str) -> tuple[str, tuple[str, ...]]:
    """LF line ends, no NULs; returns the text and a defect when NULs were removed."""
    defects: tuple[str, ...] = ()
    if "\x00" in text:
        text = text.replace("\x00", "")
        defects = ("NUL characters removed from the body",)
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    return text, defects


def _try(payload: bytes, codec: str) -> str | None:
    try:
        return payload.decode(codec)
    except (UnicodeError, LookupError):
        return None


def _detect(payload: bytes) -> str | None:
    """charset-normalizer's best guess for bytes with no usable label (the slow path)."""
    try:
        matches = list(charset_normalizer.from_bytes(payload[:8192], cp_isolation=_CANDIDATES))
    except Exception:  # a detector bug must not lose the message
        return None
    if not matches:
        return None
    # Short Western text fits several single-byte code pages equally well;
    # Windows-1252 is by far the most common of them in mail, so it wins ties, and it wins
    # outright when every character it reads is Western ("£6,000" is no "Ł6,000").
    top = matches[0]
    if canonical_charset(top.encoding) != "cp1252" and _reads_western(payload):
        return "cp1252"
    for match in matches:
        if (match.chaos, match.coherence) != (top.chaos, top.coherence):
            break
        if canonical_charset(match.encoding) in ("cp1252", "iso8859-1", "iso8859-15"):
            return "cp1252"
    return canonical_charset(top.encoding)


# What Windows-1252 bytes of Western text read as: Latin-1 letters, typographic quotes and
# dashes, currency and trade marks (not "¹", "³", "¿" in a word: Polish or Czech bytes).
_WESTERN = re.compile(r"[À-ÖØ-öø-ÿ‘’‚“”„–—…•€£¥©®™°«»·ŒœŠšŽžŸ\xa0]")


def _reads_western(payload: bytes) -> bool:
    """Whether the bytes read in Windows-1252 as Western text: every non-ASCII character a
    Western one, and few of the letters (Cyrillic bytes read as "Ïðèâåò": all of them)."""
    text = _try(payload, "cp1252")
    if text is None:
        return False
    other = [ch for ch in text if ord(ch) > 127]
    letters = sum(1 for ch in text if ch.isalpha())
    return bool(other) and len(other) <= 0.2 * letters \
        and all(_WESTERN.match(ch) for ch in other)


def _undeclared(payload: bytes, why: str) -> DecodedText:
    """Decode bytes whose part names no usable charset: ASCII, ISO-2022-JP, UTF-8, then guess."""
    if payload.isascii():
        if b"\x1b" in payload and any(esc in payload for esc in _ISO2022_ESCAPES):
            text = _try(payload, "iso2022_jp") or _try(payload, "iso2022_jp_2")
            if text is not None:
                return DecodedText(text, "iso2022_jp", (f"{why}; decoded as iso-2022-jp",))
        return DecodedText(payload.decode("ascii"), "ascii", ())
    text = _try(payload, "utf-8")
    if text is not None:
        return DecodedText(text, "utf-8", (f"{why}; decoded as utf-8",))
    meta = _META_CHARSET.search(payload, 0, 4096)
    if meta:
        codec = canonical_charset(meta.group(1).decode("ascii", "replace"))
        if codec and (text := _try(payload, codec)) is not None:
            why = f"{why}; decoded as {codec} named by an HTML meta tag"
            return DecodedText(text, codec, (why,))
    codec = _detect(payload)
    if codec and (text := _try(payload, codec)) is not None:
        return DecodedText(text, codec, (f"{why}; detected {codec}",))
    return DecodedText(
        payload.decode("cp1252", "replace"), "cp1252", (f"{why}; decoded as windows-1252",)
    )


def _latin_family(payload: bytes, codec: str, label: str) -> DecodedText:
    """ISO-8859-1 / US-ASCII labels: check for UTF-8 and Windows-1252 impostors."""
    if payload.isascii():
        if b"\x1b" in payload and any(esc in payload for esc in _ISO2022_ESCAPES):
            text = _try(payload, "iso2022_jp")
            if text is not None:
                return DecodedText(
                    text, "iso2022_jp", (f"charset iso-2022-jp used for a part labelled {label}",)
                )
        return DecodedText(payload.decode("ascii"), codec, ())
    text = _try(payload, "utf-8")
    if text is not None:
        return DecodedText(text, "utf-8", (f"charset utf-8 used for a part labelled {label}",))
    if codec == "ascii" or _C1_BYTES.search(payload):
        text = _try(payload, "cp1252")
        if text is not None:
            return DecodedText(
                text, "cp1252", (f"charset windows-1252 used for a part labelled {label}",)
            )
        return DecodedText(
            payload.decode("cp1252", "replace"),
            "cp1252",
            (f"charset windows-1252 used for a part labelled {label}; undecodable bytes replaced",),
        )
    return DecodedText(payload.decode(codec, "replace"), codec, ())


def decode_bytes(payload: bytes, declared: str | None) -> DecodedText:
    """Decode one part's bytes, repairing a missing or lying charset label.

    The returned text has LF line ends and no NULs; every repair is named in
    ``defects``.
    """
    decoded = _decode(payload or b"", declared)
    text, extra = normalize_text(decoded.text)
    if extra or text is not decoded.text:
        return DecodedText(text, decoded.charset, decoded.defects + extra)
    return decoded


def _decode(payload: bytes, declared: str | None) -> DecodedText:
    if not declared or not declared.strip("\x00 \t\"'"):
        return _undeclared(payload, "no charset declared")
    codec = canonical_charset(declared)
    # The common cases need no repair, so no label to print: bytes valid in their
    # codec, and plain ASCII (no ISO-2022-JP escape) under a Latin-1 family label.
    if codec in _LATIN1_FAMILY:
        if payload.isascii() and b"\x1b" not in payload:
            return DecodedText(payload.decode("ascii"), codec, ())
    elif codec is not None:
        text = _try(payload, codec)
        if text is not None:
            return DecodedText(text, codec, ())
    label = _label(declared.strip().lower())
    if codec is None:
        return _undeclared(payload, f"unknown charset {label!r}")
    if codec in _LATIN1_FAMILY:
        return _latin_family(payload, codec, label)
    for wider in _SUPERSETS.get(codec, ()):
        text = _try(payload, wider)
        if text is not None:
            return DecodedText(
                text, wider, (f"charset {wider} used for a part labelled {label}",)
            )
    if codec != "utf-8" and (text := _try(payload, "utf-8")) is not None:
        return DecodedText(text, "utf-8", (f"charset utf-8 used for a part labelled {label}",))
    guess = _detect(payload)
    if guess and guess != codec and (text := _try(payload, guess)) is not None:
        return DecodedText(text, guess, (f"charset {guess} detected in a part labelled {label}",))
    try:
        text = payload.decode(codec, "replace")
    except (UnicodeError, LookupError):
        text = payload.decode("utf-8", "replace")
        codec = "utf-8"
    return DecodedText(
        text, codec, (f"bytes invalid in charset {label} replaced with U+FFFD",)
    )
