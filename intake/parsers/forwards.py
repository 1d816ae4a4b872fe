"""Forward detection: a body's text in, the forwarder's note and the forward chain out.

Input: the readable body of a message, its subject and the time zone of its
Date header. Output: :class:`ForwardSplit` holding the quote/signature split
of the forwarder's own note and one :class:`ForwardedMail` per hop,
outermost first.

Recognised inline forms: Gmail's "---------- Forwarded message ---------"
and Thunderbird's "-------- Forwarded Message --------" with a From/Date/
Subject/To block; Apple Mail's "Begin forwarded message:" (Subject before
Date); Outlook's From/Sent/To/Subject block under a ``____`` rule or
"-----Original Message-----" when the subject says FW/Fwd/TR/WG/RV (without
such a subject that block is a reply, not a forward); and their French,
German and Spanish forms. A quoted reply ("On ... wrote:") is never a
forward. Attached ``message/rfc822`` parts are handled by ``mime``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

from intake.parsers.addresses import parse_address, parse_addresses
from intake.parsers.quotes import ReplySplit, reply_header, split_reply
from intake.parsers.types import Address, ForwardedMail

__all__ = ["ForwardSplit", "is_forward_subject", "parse_loose_date", "split_forwards"]

MAX_HOPS = 10


@dataclass(frozen=True, slots=True)
class ForwardSplit:
    """The forwarder's own note (split into new text, quotes and signature) and the hops."""

    lead: ReplySplit
    hops: tuple[ForwardedMail, ...] = ()


# The lookahead names the first character of every alternative (">" of a quote,
# "-" of a rule, the initial of "Begin", "Début", "Anfang", "Inicio"): most lines
# fail it at once, which halves the cost of the search.
_MARKER = re.compile(
    r"\n[ \t]*(?=[>BDAI-])(?P<quoted>(?:>[ \t]?)+)?(?:"
    r"-{2,}[ \t]*(?P<gmail>Forwarded message|Mensaje reenviado|Message transféré"
    r"|Weitergeleitete Nachricht|Messaggio inoltrato|Doorgestuurd bericht"
    r"|Mensagem encaminhada|Mensaje reenviado)[ \t]*-{2,}"
    r"|-{2,}[ \t]*(?P<generic>Forwarded Message|Original Message|Message original)[ \t]*-{2,}"
    r"|(?P<apple>Begin forwarded message|Début du message (?:réexpédié|transféré)"
    r"|Anfang der weitergeleiteten (?:Nachricht|E-Mail)|Inicio del mensaje reenviado)"
    r"[ \t\xa0]?:)[ \t]*$",
    re.M,
)
_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:(?:re|aw|sv|antw|ref)\s*:\s*)*"
    r"(?:fw|fwd|tr|wg|rv|vs|enc|fs|doorst|i)\s*:",
    re.I,
)
_HEADER_LINE = re.compile(
    r"[ \t]*\*{0,2}(?P<key>From|Sent|Date|To|Cc|CC|Bcc|Subject|Reply-To|De|Envoyé|Date d'envoi"
    r"|À|A|Objet|Von|Gesendet|Datum|An|Betreff|Kopie|Asunto|Para|Enviado|Enviado el|Fecha"
    r"|Inviato|Oggetto|Da)[ \t\xa0]?\*{0,2}:\*{0,2}[ \t\xa0]*(?P<value>.*)$"
)
_KEYS = {
    "from": "from", "de": "from", "von": "from", "da": "from",
    "sent": "date", "date": "date", "envoyé": "date", "date d'envoi": "date",
    "gesendet": "date", "datum": "date", "enviado": "date", "enviado el": "date",
    "fecha": "date", "inviato": "date",
    "to": "to", "à": "to", "a": "to", "an": "to", "para": "to",
    "cc": "cc", "kopie": "cc",
    "subject": "subject", "objet": "subject", "betreff": "subject", "asunto": "subject",
    "oggetto": "subject",
}  # fmt: skip


def is_forward_subject(subject: str) -> bool:
    """True when a subject carries a forward prefix (FW:, Fwd:, TR:, WG:, RV:, ...)."""
    return bool(_FORWARD_SUBJECT.match(subject or ""))


@dataclass(frozen=True, slots=True)
class _Marker:
    start: int  # where the forwarder's note ends
    header_start: int  # where the header block starts
    style: str


def _find_marker(text: str, subject: str, reply_at: int, kind: str) -> _Marker | None:
    """The first forward marker that is not inside quoted reply history (at ``reply_at``)."""
    match = _MARKER.search("\n" + text)
    if match and match.group("quoted") and not is_forward_subject(subject):
        match = None  # a forward inside quoted reply history is history, not a forward
    if match and (reply_at < 0 or match.start() <= reply_at):
        style = "gmail" if match.group("gmail") else "apple" if match.group("apple") else "generic"
        if match.group("generic") and "original" in match.group("generic").lower():
            style = "outlook"
            if not is_forward_subject(subject):
                return None
        return _Marker(match.start(), match.end(), style)
    if reply_at >= 0 and kind in ("outlook", "original") and is_forward_subject(subject):
        header_start = reply_at
        if kind == "original" or text.startswith(("_", "-"), reply_at):
            newline = text.find("\n", reply_at)
            header_start = len(text) if newline < 0 else newline + 1
        return _Marker(reply_at, header_start, "outlook")
    return None


_QUOTE_PREFIX = re.compile(r"^[ \t]*> ?", re.M)


def _starts_quoted(text: str, start: int) -> bool:
    """True when the first non-blank line at ``start`` begins with ">"."""
    rest = text[start : start + 400].lstrip(" \t\n")
    return rest.startswith(">")


def _dequote(text: str) -> str:
    return _QUOTE_PREFIX.sub("", text)


def _read_headers(text: str, start: int) -> tuple[dict[str, str], int]:
    """Read a From/Date/Subject/To block starting at ``start``: (fields, body offset)."""
    fields: dict[str, str] = {}
    position = start
    last_key = ""
    skipped_blank = 0
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        stripped = line.strip()
        if not stripped:
            if not fields and skipped_blank < 3:
                skipped_blank += 1
                position = end + 1
                continue
            # one blank line inside a block is tolerated when a header follows
            nxt_end = text.find("\n", end + 1)
            nxt = text[end + 1 : len(text) if nxt_end < 0 else nxt_end]
            if fields and _HEADER_LINE.match(nxt) and _KEYS.get(
                _HEADER_LINE.match(nxt).group("key").lower().rstrip(" :")
            ) not in fields:
                position = end + 1
                continue
            break
        match = _HEADER_LINE.match(line)
        key = _KEYS.get(match.group("key").lower().rstrip(" :")) if match else None
        if match and key:
            if key not in fields:
                fields[key] = match.group("value").strip()
            last_key = key
        elif last_key in ("to", "cc") and (
            "@" in stripped or fields[last_key].endswith((",", ";"))
        ):
            fields[last_key] = f"{fields[last_key]} {stripped}"
        elif not fields:
            return fields, start
        else:
            break
        position = end + 1
    return fields, min(position, len(text))


def split_forwards(
    text: str, *, subject: str = "", default_tz: tzinfo | None = None
) -> ForwardSplit:
    """Find the chain of inline forwards in ``text`` (outermost first) and the note above it."""
    pieces: list[tuple[str, dict[str, str]]] = []  # (text above the marker, header fields)
    current, current_subject = text, subject
    first_reply = reply_header(text)
    for hop in range(MAX_HOPS):
        reply_at, kind = first_reply if hop == 0 else reply_header(current)
        marker = _find_marker(current, current_subject, reply_at, kind)
        if marker is None:
            break
        if _starts_quoted(current, marker.header_start):
            # iOS Mail quotes the forwarded message: drop one level of "> ".
            current = current[: marker.header_start] + _dequote(current[marker.header_start :])
        fields, body_at = _read_headers(current, marker.header_start)
        if not fields.get("from") and not fields.get("subject") and marker.style == "outlook":
            break
        pieces.append((current[: marker.start], {**fields, "style": marker.style}))
        current = current[body_at:]
        current_subject = fields.get("subject", "")
    lead = split_reply(pieces[0][0]) if pieces else split_reply(text, header_at=first_reply[0])
    if not pieces:
        return ForwardSplit(lead)
    hops: list[ForwardedMail] = []
    note = lead.new_text
    for index, (_above, fields) in enumerate(pieces):
        own = pieces[index + 1][0] if index + 1 < len(pieces) else current
        own_text = split_reply(own).new_text
        hops.append(
            ForwardedMail(
                style=fields["style"],
                sender=_sender(fields.get("from", "")),
                date=parse_loose_date(fields.get("date", ""), default_tz=default_tz),
                subject=fields.get("subject", ""),
                to=parse_addresses(fields.get("to", "")),
                cc=parse_addresses(fields.get("cc", "")),
                text=own_text,
                note=note,
            )
        )
        note = own_text
    return ForwardSplit(lead, tuple(hops))


def _sender(value: str) -> Address | None:
    return parse_address(value) if value.strip() else None


# --- dates as mail clients print them in forwarded headers -------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "janv": 1, "janvier": 1, "januar": 1, "jän": 1, "enero": 1, "ene": 1,
    "feb": 2, "february": 2, "févr": 2, "fév": 2, "février": 2, "fevrier": 2, "februar": 2,
    "febrero": 2,
    "mar": 3, "march": 3, "mars": 3, "märz": 3, "mär": 3, "marzo": 3, "mrz": 3,
    "apr": 4, "april": 4, "avr": 4, "avril": 4, "abril": 4, "abr": 4,
    "may": 5, "mai": 5, "mayo": 5,
    "jun": 6, "june": 6, "juin": 6, "juni": 6, "junio": 6,
    "jul": 7, "july": 7, "juil": 7, "juillet": 7, "juli": 7, "julio": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "ago": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "setiembre": 9,
    "oct": 10, "october": 10, "octobre": 10, "okt": 10, "oktober": 10, "octubre": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
    "dec": 12, "december": 12, "déc": 12, "décembre": 12, "decembre": 12, "dez": 12,
    "dezember": 12, "diciembre": 12, "dic": 12,
}  # fmt: skip
_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60,
    "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "JST": 540,
    "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "SGT": 480,
}  # fmt: skip
_WORD = r"[A-Za-zÀ-ÿ]{3,10}"
_DATE = re.compile(
    rf"(?P<mon1>{_WORD})\.?[ \t]+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<year1>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\.?[ \t]+(?:de[ \t]+)?(?P<mon2>{_WORD})\.?,?[ \t]+(?:de[ \t]+)?"
    rf"(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})-(?P<mon3>\d{1,2})-(?P<day3>\d{1,2})"
    r"|(?P<day4>\d{1,2})[./](?P<mon4>\d{1,2})[./](?P<year4>\d{4})"
)
_TIME = re.compile(
    r"(?P<h>\d{1,2})[:h](?P<m>\d{2})(?::(?P<s>\d{2}))?[ \t]*(?P<ampm>[AaPp]\.?[ \t]?[Mm]\.?)?"
    r"(?:[ \t]*\(?(?:(?P<off>[+-]\d{2}:?\d{2})"
    r"|(?P<tz>[A-Z]{1,5})(?P<tzoff>[+-]\d{1,2}(?::?\d{2})?)?)\)?)?"
)


def _offset(text: str) -> int | None:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    if len(digits) <= 2:
        return sign * int(digits) * 60
    return sign * (int(digits[:-2]) * 60 + int(digits[-2:]))


def parse_loose_date(value: str, *, default_tz: tzinfo | None = None) -> datetime | None:
    """A date as mail clients print it in a forwarded header, as an aware UTC datetime.

    Handles RFC 2822, "Mon, Mar 3, 2026 at 10:00 AM", "Monday, March 3, 2026
    10:00 AM", "March 3, 2026 at 10:00:00 AM EST" and the French, German and
    Spanish month names. A time printed without a zone is taken in
    ``default_tz`` (the forwarder's own zone, from the outer Date header), or UTC.
    None when no date can be read.
    """
    value = (value or "").strip()
    if not value or len(value) > 200:
        return None
    if "," in value or value[:1].isdigit():
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is not None and _looks_rfc2822(value):
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=default_tz or UTC)
            return parsed.astimezone(UTC)
    match = _DATE.search(value)
    if not match:
        return None
    groups = match.groupdict()
    try:
        if groups["year1"]:
            year, day = int(groups["year1"]), int(groups["day1"])
            month = _MONTHS.get(groups["mon1"].lower())
        elif groups["year2"]:
            year, day = int(groups["year2"]), int(groups["day2"])
            month = _MONTHS.get(groups["mon2"].lower())
        elif groups["year3"]:
            year, month, day = int(groups["year3"]), int(groups["mon3"]), int(groups["day3"])
        else:
            year, month, day = int(groups["year4"]), int(groups["mon4"]), int(groups["day4"])
        if month is None:
            return None
        hour = minute = second = 0
        zone: tzinfo = default_tz or UTC
        time = _TIME.search(value, match.end())
        if time:
            hour, minute = int(time.group("h")), int(time.group("m"))
            second = int(time.group("s") or 0)
            ampm = (time.group("ampm") or "").lower().replace(".", "").replace(" ", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            minutes = None
            if time.group("off"):
                minutes = _offset(time.group("off"))
            elif time.group("tz") and time.group("tz") in _ZONES:
                minutes = _ZONES[time.group("tz")]
                if time.group("tzoff"):
                    minutes += _offset(time.group("tzoff")) or 0
            if minutes is not None:
                zone = timezone(timedelta(minutes=minutes))
        value_at = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=zone)
        return value_at.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


_RFC2822_SHAPE = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}"
)


def _looks_rfc2822(value: str) -> bool:
    return bool(_RFC2822_SHAPE.match(value))
