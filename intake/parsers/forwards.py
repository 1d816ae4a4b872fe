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
from datetime import tzinfo

from intake.parsers.addresses import parse_address, parse_addresses
from intake.parsers.dates.headers import parse_loose_date
from intake.parsers.header_labels import HEADER_FIELDS
from intake.parsers.quotes import ReplySplit, reply_header, split_reply
from intake.parsers.types import Address, ForwardedMail

__all__ = ["ForwardSplit", "is_forward_subject", "quoted_original", "split_forwards"]

MAX_HOPS = 10


@dataclass(frozen=True, slots=True)
class ForwardSplit:
    """The forwarder's own note (split into new text, quotes and signature) and the hops."""

    lead: ReplySplit
    hops: tuple[ForwardedMail, ...] = ()


# The lookahead names the first character of every alternative (">" of a quote,
# "-" of a rule, the initial of "Begin", "Début", "Anfang", "Inicio", "Vidarebefordrat",
# "Początek", "Začátek"): most lines
# fail it at once, which halves the cost of the search.
_MARKER = re.compile(
    r"\n[ \t]*(?=[>BDAIVPZ-])(?P<quoted>(?:>[ \t]?)+)?(?:"
    r"-{2,}[ \t]*(?P<gmail>Forwarded message|Mensaje reenviado|Message transféré"
    r"|Weitergeleitete Nachricht|Messaggio inoltrato|Doorgestuurd bericht"
    r"|Mensagem encaminhada|Mensaje reenviado)[ \t]*-{2,}"
    r"|-{2,}[ \t]*(?P<generic>Forwarded Message|Original Message|Message original)[ \t]*-{2,}"
    r"|(?P<apple>Begin forwarded message|Début du message (?:réexpédié|transféré)"
    r"|Anfang der weitergeleiteten (?:Nachricht|E-Mail)|Inicio del mensaje reenviado"
    # Apple Mail in Dutch, Italian, Portuguese, Swedish, Danish, Norwegian, Polish, Finnish,
    # Czech
    r"|Begin doorgestuurd bericht|Inizio messaggio inoltrato"
    r"|Início da mensagem (?:reencaminhada|encaminhada)|Vidarebefordrat brev"
    r"|Videresendt (?:besked|melding)|Początek przekazywanej wiadomości"
    r"|Välitetty viesti alkaa|Začátek přeposlané zprávy)"
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
    r"|Inviato|Oggetto|Da|Van|Verzonden|Aan|Onderwerp|Från|Skickat|Till|Ämne|Kopia|Fra|Sendt"
    r"|Til|Emne|Lähettäjä|Lähetetty|Vastaanottaja|Aihe|Od|Wysłano|Do|DW|Temat|Odesláno|Komu"
    r"|Předmět|Kimden|Gönderildi|Kime|Konu|Enviada em|Enviado em|Assunto|Data"
    r")[ \t\xa0]?\*{0,2}:\*{0,2}[ \t\xa0]*(?P<value>.*)$"
)


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
        return _Marker(reply_at, _block_start(text, reply_at, kind), "outlook")
    return None


def _block_start(text: str, reply_at: int, kind: str) -> int:
    """Where an Outlook header block's fields start: past the "Original Message" or ``____``
    rule on its own line, else at the block."""
    if kind == "original" or text.startswith(("_", "-"), reply_at):
        newline = text.find("\n", reply_at)
        return len(text) if newline < 0 else newline + 1
    return reply_at


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
            following = _HEADER_LINE.match(nxt)
            if fields and following and HEADER_FIELDS.get(
                following.group("key").lower().rstrip(" :")
            ) not in fields:
                position = end + 1
                continue
            break
        match = _HEADER_LINE.match(line)
        key = HEADER_FIELDS.get(match.group("key").lower().rstrip(" :")) if match else None
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
        own_split = split_reply(own)
        own_text = own_split.new_text
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
                whole=own,
                quoted=own_split.quoted_text,
            )
        )
        note = own_text
    return ForwardSplit(lead, tuple(hops))


def quoted_original(quoted: str, *, default_tz: tzinfo | None = None) -> ForwardedMail | None:
    """The mail a reply quotes under an Outlook From/Sent/To block or an "Original Message"
    rule, as a hop with its author, recipients, date and own words; None for other quotes
    ("On ... wrote:" names no recipients, so nobody can tell who had the mail)."""
    reply_at, kind = reply_header(quoted)
    if reply_at < 0 or kind not in ("outlook", "original"):
        return None
    fields, body_at = _read_headers(quoted, _block_start(quoted, reply_at, kind))
    if not fields.get("from") or not (fields.get("to") or fields.get("cc")):
        return None
    return ForwardedMail(
        style="outlook", sender=_sender(fields["from"]),
        date=parse_loose_date(fields.get("date", ""), default_tz=default_tz),
        subject=fields.get("subject", ""), to=parse_addresses(fields.get("to", "")),
        cc=parse_addresses(fields.get("cc", "")), text=split_reply(quoted[body_at:]).new_text)


def _sender(value: str) -> Address | None:
    return parse_address(value) if value.strip() else None
