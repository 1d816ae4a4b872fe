"""Reply commands: what the AE told us to do with a draft, read from their reply.

Input: the reply as a :class:`~intake.parsers.types.ParsedMail`. Output: a
:class:`ReplyCommand` with ``action`` one of ``confirm``, ``reject`` (with
``reason``), ``edit`` (with ``fields``), ``move`` (with ``project``),
``send_to_client`` or ``unknown`` (with what was ``seen`` and a ``message``
for the AE). Pure: no database, no clock; the typed values of an edit come
from :func:`edit_values`, which needs "today" from the caller.

Only the AE's own first lines count. ``ParsedMail.new_text`` already lacks
quoted history ("On ... wrote:", Outlook's From:/Sent: block, ``>`` lines),
the signature and mobile footers (``intake.parsers.quotes``), so the word
"confirm" inside the quoted draft is never read. When the AE wrote below the
quote (bottom-posting, interleaving), the lines between and after ``>``
blocks are read instead. A greeting line ("Hi intake,") is skipped.

Tolerated spellings (case, leading emoji or bullets, trailing punctuation
and courtesy words do not matter):
- confirm: "confirm", "Confirmed, thanks!", "yes, confirm", "✅ approve"
- reject: "reject", "Reject - budget too high", "reject: wrong client",
  "no, rejected because ..." (or the reason on the lines below)
- edit: "edit" then ``field: value`` lines; a first line that is already a
  field line; "edit budget: $12,000". Fields: ``budget`` (also "amount"),
  ``due`` (also "due date", "deadline"), ``description``, ``project``; a
  "new " prefix is ignored and a description may continue on the next lines.
- a target after confirm, reject or edit decides one draft of a mail that
  shows two: "confirm ccr", "reject the change order: not agreed",
  "confirm change order only", "edit ccr"; without one, confirm and reject
  decide every draft the mail shows
- drop: in an edit, "drop: 2" or "drop items 2 and 3" leaves those line items
  out of the change order (``drop`` also reads "remove item", "remove")
- move: "move to Spring Launch", "move it to the project: Spring Launch"; a
  remark after a comma, semicolon, parenthesis, sentence end or spaced em/en
  dash is not part of the name ("move to Summer Promo — wrong campaign")
- send to client: "send to client", "please send it to the client"

Anything else, or a command with extra words that could change its meaning
("confirm but lower the budget"), is ``unknown``: doing nothing is the safe
reading, and the AE is told what was seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from intake.errors import UsageError
from intake.parsers.dates.normalise import Reference, Shape, expand_year, normalise
from intake.parsers.quotes import reply_header, split_reply
from intake.parsers.types import ParsedMail

__all__ = [
    "ACTIONS",
    "FIELDS",
    "CommandError",
    "EditValues",
    "ReplyCommand",
    "command_lines",
    "edit_values",
    "parse_budget_value",
    "parse_due_value",
    "parse_lines",
    "parse_reply",
]

CONFIRM = "confirm"
REJECT = "reject"
EDIT = "edit"
MOVE = "move"
SEND_TO_CLIENT = "send_to_client"
UNKNOWN = "unknown"
ACTIONS = (CONFIRM, REJECT, EDIT, MOVE, SEND_TO_CLIENT, UNKNOWN)

FIELDS = ("budget", "due", "description", "project", "drop")
# What a command may name as its one draft, when a mail shows a CCR and a change order.
TARGETS = {"ccr": "ccr", "contact report": "ccr", "client contact report": "ccr",
           "change order": "change_order", "co": "change_order"}
_FIELD_NAMES = {
    "budget": "budget",
    "amount": "budget",
    "due": "due",
    "due date": "due",
    "deadline": "due",
    "description": "description",
    "project": "project",
    "drop": "drop",
    "drop item": "drop",
    "drop items": "drop",
    "remove": "drop",
    "remove item": "drop",
    "remove items": "drop",
}
HELP = (
    "the first line of a reply should be one of: confirm; reject [reason]; "
    "edit, then lines such as 'budget: $12,000' or 'due: March 14'; "
    "move to <project>; send to client"
)
MAX_REASON = 500
MAX_DESCRIPTION = 2000
MAX_PROJECT = 200
_SEEN = 200


class CommandError(UsageError):
    """A value in an edit command cannot be read; ``field`` names it, the message says why.

    The message is written for the AE ("budget: '12 apples' is not an amount
    of money"), so the acknowledgement mail can quote it as is.
    """

    def __init__(self, field_name: str, message: str):
        self.field = field_name
        self.detail = message
        super().__init__(f"{field_name}: {message}")


@dataclass(frozen=True, slots=True)
class ReplyCommand:
    """One decision read from a reply.

    ``seen`` is the AE's line(s) the command was read from (the first line
    seen, for ``unknown``), cut to 200 characters. ``message`` explains an
    ``unknown`` command to the AE. ``fields`` maps canonical field names
    (:data:`FIELDS`) to the raw values written; :func:`edit_values` types them.
    """

    action: str
    reason: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    project: str = ""
    seen: str = ""
    message: str = ""
    target: str = ""  # "ccr" or "change_order": decide only that draft of the mail
    # "confirm 2", "reject 1 and 3: ...", "edit 2": only those numbered client mails of a
    # mail that shows several (a sync that brought several at once); () for all
    parts: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class EditValues:
    """The typed values of an edit; a field the AE did not write is None."""

    budget: tuple[Decimal, str] | None = None
    due: date | None = None
    description: str | None = None
    project: str | None = None
    drop: tuple[int, ...] = ()


# --- reading the AE's own lines ------------------------------------------------

# A greeting line on its own ("Hi intake,"), not one that goes on with a command.
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b"
    r"(?![^\n]*\b(?:confirm|approve|reject|decline|edit|move|send)\w*)[^\n]{0,40}$",
    re.I,
)
_TOKEN_LINE = re.compile(r"^intake-token:", re.I)
_LEADING_MARKS = re.compile(r"^[\W_]+")


def command_lines(mail: ParsedMail) -> list[str]:
    """The AE's own non-empty lines, stripped, greeting and token lines left out.

    From ``new_text``; when that is empty (the AE wrote under the quote), from
    the lines outside the ``>`` blocks of the whole text.
    """
    lines = _own_lines(mail.new_text)
    if not lines and mail.text:
        lines = _own_lines(_outside_quotes(mail.text))
    return lines


def _own_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    return _trim([line for line in lines if not _TOKEN_LINE.match(line)])


def _trim(lines: list[str]) -> list[str]:
    """Drop blank lines at both ends and one greeting line at the top (blank lines inside
    stay: they end paragraphs)."""
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    if start < end and _GREETING.match(lines[start]):
        start += 1
        while start < end and not lines[start]:
            start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return lines[start:end]


def _outside_quotes(text: str) -> str:
    """The text without ``>`` lines nor the "On ... wrote:" lines that introduce them.

    Only ``>``-quoted history is removed: anything under an unquoted reply
    header (Outlook's From:/Sent: block) stays history, cut by ``split_reply``.
    """
    lines = text.split("\n")
    keep = [not line.lstrip().startswith(">") for line in lines]
    offset, kind = reply_header(text)
    while kind == "attribution":
        first = text.count("\n", 0, offset)
        last = first
        while last < min(first + 2, len(lines) - 1) and not lines[last].rstrip().endswith(":"):
            last += 1
        following = next((i for i in range(last + 1, len(lines)) if lines[i].strip()), None)
        if following is None or keep[following]:
            break  # not a header of a ">" block: leave it to split_reply
        for i in range(first, last + 1):
            keep[i] = False
        next_start = sum(len(line) + 1 for line in lines[: last + 1])
        offset, kind = reply_header(text, next_start)
    own = "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)
    return split_reply(own).new_text


def _words(line: str) -> str:
    """A line as compared: leading emoji, bullets and punctuation gone, spaces collapsed."""
    return " ".join(_LEADING_MARKS.sub("", line).split())


# --- the commands ---------------------------------------------------------------

_FILLER = (
    r"(?:please|pls|thanks|thank you|thx|ta|cheers|it|this|that|the draft|draft|now"
    r"|looks good|lgtm|all good|go ahead|asap)"
)
_ONLY_FILLER = re.compile(rf"^[\s,.!;:)\-–—👍✅✔️]*(?:{_FILLER}\b[\s,.!;:)\-–—👍✅✔️]*)*$", re.I)
_YES = r"(?:(?:yes|yep|yup|ok|okay|sure|please|pls|hi|hello|hey)\b[\s,.!:\-–—]*)*"
_CONFIRM = re.compile(rf"^{_YES}(?:confirm(?:ed|s)?|approved?)\b(?P<rest>.*)$", re.I)
_REJECT = re.compile(
    r"^(?:(?:no|nope)\b[\s,.!:\-–—]*)?(?:reject(?:ed|s)?|declined?)\b(?P<rest>.*)$", re.I
)
_REASON_LEAD = re.compile(r"^[\s:,;.\-–—]*(?:(?:because|since|reason)\b[\s:,\-–—]*)?", re.I)
_MOVE = re.compile(
    r"^(?:please\s+)?move\s+(?:(?:it|this|the draft)\s+)?"
    r"(?:(?P<parts>#?\d{1,2}(?:\s*(?:,|&|\band\b)\s*#?\d{1,2})*)\s+)?"
    r"(?:to|into|under)\s+(?P<name>.*)$", re.I
)
_MOVE_NAME = re.compile(
    r"^(?:the\s+)?(?:project\b\s*[:\-–—]?\s*)?(?P<name>.*?)(?:\s+project)?$", re.I
)
_SEND = re.compile(
    rf"^{_YES}send\s+(?:(?:it|this|the draft|the recap)\s+)?to\s+(?:the\s+)?client\b(?P<rest>.*)$",
    re.I,
)
_EDIT = re.compile(r"^(?:please\s+)?(?:edit|change|update)\b[\s:,\-–—]*(?P<rest>.*)$", re.I)
_FIELD = re.compile(r"^(?i:new\s+)?(?P<name>[A-Za-z][A-Za-z ]{0,24}?)\s*[:=]\s*(?P<value>.*)$")
# After "edit" on the same line the separator may be missing: "edit budget to 12k".
_FIELD_LOOSE = re.compile(
    r"^(?:the\s+|new\s+)?(?P<name>budget|amount|due date|due|deadline|description|project)"
    r"\s*(?:[:=\-–—]|to\b)?\s*(?P<value>[^\s:=\-–—].*)$",
    re.I,
)


_TARGET = re.compile(
    r"^[\s:,\-–—]*(?:the\s+)?(?P<target>client contact report|contact report|ccr|"
    r"change order|co)\b(?:\s+only)?",
    re.I,
)


# "2", "#2", "part 2", "1 and 3", "1, 3": the numbered client mails of a combined draft mail.
_PARTS = re.compile(
    r"^[\s:,\-–—]*(?:(?:for\s+)?(?:parts?|mails?|nos?\.?|numbers?)\s+)?"
    r"(?P<nums>#?\d{1,2}(?:\s*(?:,|&|\band\b)\s*#?\d{1,2})*)(?![\d.,/:]*\d)(?!\s*(?:%|k\b|\$))",
    re.I,
)


def _parts(rest: str) -> tuple[tuple[int, ...], str]:
    """(the part numbers, the rest) from what follows a command word."""
    match = _PARTS.match(rest)
    if match is None:
        return (), rest
    numbers = tuple(dict.fromkeys(int(n) for n in re.findall(r"\d+", match.group("nums"))))
    return numbers, rest[match.end():]


def _target(rest: str) -> tuple[str, str]:
    """("ccr" or "change_order" or "", the rest) from what follows a command word."""
    match = _TARGET.match(rest)
    if match is None:
        return "", rest
    return TARGETS[" ".join(match.group("target").lower().split())], rest[match.end():]


# "drop item 2", "remove items 2 and 3" on the first line: an edit that drops items.
_DROP = re.compile(r"^(?:drop|remove)\s+(?:items?\s+)?(?P<items>#?\d[\d#,&\s]*(?:\s+and\s+#?\d+)?)"
                   r"[.!]?$", re.I)


def parse_reply(mail: ParsedMail) -> ReplyCommand:
    """The command in a reply's first own lines (module docstring for the forms)."""
    return parse_lines(command_lines(mail))


def parse_lines(lines: list[str]) -> ReplyCommand:
    """The command in the AE's own lines (as :func:`command_lines` gives them).

    ``>`` lines are dropped here too: quoted text never commands, whoever calls.
    """
    lines = _trim([line.strip() for line in lines if not line.lstrip().startswith(">")])
    if not lines:
        return ReplyCommand(
            UNKNOWN, message="the reply has no text of its own above or below the quoted draft"
        )
    first = _words(lines[0])
    seen = lines[0][:_SEEN]
    if match := _CONFIRM.match(first):
        parts, rest = _parts(match.group("rest"))
        target, rest = _target(rest)
        return replace(_confirm(rest, lines, seen), target=target, parts=parts)
    if match := _REJECT.match(first):
        parts, rest = _parts(match.group("rest"))
        target, rest = _target(rest)
        return replace(_reject(rest, lines, seen), target=target, parts=parts)
    if match := _SEND.match(first):
        if _ONLY_FILLER.match(match.group("rest")):
            return ReplyCommand(SEND_TO_CLIENT, seen=seen)
        return _unknown(seen, "'send to client' followed by other words")
    if match := _MOVE.match(first):
        parts = tuple(dict.fromkeys(int(n) for n in re.findall(r"\d+", match.group("parts") or "")))
        return replace(_move(match.group("name"), seen), parts=parts)
    if match := _EDIT.match(first):
        parts, rest = _parts(match.group("rest"))
        target, rest = _target(rest)
        rest = rest.strip()
        if target:
            return replace(_edit([rest, *lines[1:]] if rest else lines[1:], seen,
                                 after_keyword=True, loose_first=bool(rest)), target=target,
                           parts=parts)
        if rest:
            return replace(_edit([rest, *lines[1:]], seen, after_keyword=True,
                                 loose_first=True), parts=parts)
        return replace(_edit(lines[1:], seen, after_keyword=True), parts=parts)
    if match := _DROP.match(first):
        return ReplyCommand(EDIT, fields={"drop": match.group("items")}, seen=seen)
    if _field_line(first) is not None:
        return _edit(lines, seen, after_keyword=False)
    return _unknown(seen, "no command found")


def _unknown(seen: str, why: str) -> ReplyCommand:
    return ReplyCommand(UNKNOWN, seen=seen, message=f"{why}: {HELP}")


def _confirm(rest: str, lines: list[str], seen: str) -> ReplyCommand:
    if not _ONLY_FILLER.match(rest):
        return _unknown(seen, "'confirm' followed by other words; nothing was changed")
    following = [_field_line(_words(line)) for line in lines[1:4] if line]
    if any(found and not found[0].startswith("?") for found in following):
        return _unknown(seen, "'confirm' followed by field lines; to change values write edit")
    return ReplyCommand(CONFIRM, seen=seen)


def _reject(rest: str, lines: list[str], seen: str) -> ReplyCommand:
    reason = _REASON_LEAD.sub("", rest.strip(), count=1).strip()
    if not reason:
        paragraph: list[str] = []
        for line in lines[1:]:
            if not line:
                break
            paragraph.append(line)
        reason = " ".join(paragraph)
    return ReplyCommand(REJECT, reason=reason[:MAX_REASON], seen=seen)


# Where a project name ends and a remark begins: "Move to Summer Promo — wrong campaign".
_REMARK = re.compile(r"\s+[—–]\s|[,;(]|\.\s|\s+because\b|\s+since\b", re.I)


def _move(rest: str, seen: str) -> ReplyCommand:
    name = _REMARK.split(rest.strip(), maxsplit=1)[0].strip().rstrip(".!")
    match = _MOVE_NAME.match(name)
    name = (match.group("name") if match else name).strip().strip("\"'“”‘’«»").strip()
    if not name:
        return _unknown(seen, "'move to' without a project name")
    return ReplyCommand(MOVE, project=name[:MAX_PROJECT], seen=seen)


def _field_line(line: str, *, loose: bool = False) -> tuple[str, str] | None:
    """``(canonical name, value)`` of a "budget: $12,000" line, ``("?name", value)`` for a
    field-shaped line with a name we do not know, None for prose."""
    if loose and (match := _FIELD_LOOSE.match(line)):
        return _FIELD_NAMES[" ".join(match.group("name").lower().split())], match.group(
            "value"
        ).strip()
    match = _FIELD.match(line)
    if match is None or match.group("value").startswith("//"):  # "https://..."
        return None
    name = " ".join(match.group("name").lower().split())
    return _FIELD_NAMES.get(name, f"?{name}"), match.group("value").strip()


def _edit(
    lines: list[str], seen: str, *, after_keyword: bool, loose_first: bool = False
) -> ReplyCommand:
    """Field lines from the top of ``lines``; a blank line or prose after them ends the block.

    ``loose_first``: the first line is what followed "edit" on its line, where
    the separator may be missing ("edit budget 12k").
    """
    fields: dict[str, str] = {}
    current: str | None = None
    for index, line in enumerate(lines):
        if not line:
            current = None
            ahead = next((x for x in lines[index + 1 :] if x), "")
            following = _field_line(_words(ahead))
            if fields and (following is None or following[0].startswith("?")):
                break
            continue
        found = _field_line(_words(line), loose=loose_first and index == 0)
        if found is None:
            if current == "description":
                fields["description"] += "\n" + line
                continue
            if not fields and after_keyword:
                return _unknown(seen, f"'edit' followed by {line[:60]!r}, not a field line")
            break  # prose after the fields: a comment, not part of the command
        name, value = found
        if name.startswith("?"):
            return _unknown(seen, f"unknown field {name[1:]!r} (fields: {', '.join(FIELDS)})")
        if name in fields:
            return _unknown(seen, f"{name} given twice")
        if not value:
            return _unknown(seen, f"{name} has no value")
        fields[name] = value
        current = name
    if not fields:
        return _unknown(seen, "'edit' without field lines")
    return ReplyCommand(EDIT, fields=fields, seen=seen)


# --- typed values ----------------------------------------------------------------

_BARE_NUMBER = re.compile(
    r"^(?P<num>\d[\d,.'’ \u00a0]*?)\s*(?P<mult>k|m|mm|thousand|grand|million)?\.?$", re.I
)
_DIGIT = re.compile(r"\d")
_NEGATIVE = re.compile(r"(?:^|\s)(?:-|−|minus\b)\s*\S", re.I)


def parse_budget_value(value: str, *, default_currency: str = "USD") -> tuple[Decimal, str]:
    """``("$12,000") -> (Decimal("12000"), "USD")``: one positive amount and its ISO currency.

    A bare number ("12000", "12k") is in ``default_currency`` (the client's).
    Ranges, two amounts, negative or zero amounts raise :class:`CommandError`.
    """
    # spaCy-based readers load in seconds: only when an edit is typed, not on import
    # (the CLI imports this package to list drafts).
    from intake.parsers.money import extract_money, parse_number

    text = " ".join(value.split())
    if not text:
        raise CommandError("budget", "no amount given")
    if _NEGATIVE.match(text):
        raise CommandError("budget", f"{text!r} is negative")
    found = extract_money(text, default_currency=default_currency)
    if len(found) > 1:
        raise CommandError("budget", f"{text!r} holds more than one amount; give one")
    if found:
        money = found[0]
        if money.low is not None:
            raise CommandError("budget", f"{text!r} is a range; give one amount")
        rest = text[: money.evidence.start] + " " + text[money.evidence.end :]
        if _DIGIT.search(rest):
            raise CommandError("budget", f"{text!r} has numbers besides the amount")
        amount, currency = money.amount, money.currency
    elif match := _BARE_NUMBER.match(text):
        try:
            amount = parse_number(match.group("num"), multiplier=match.group("mult"))
        except ValueError as exc:
            raise CommandError("budget", f"{text!r} is not an amount of money") from exc
        currency = default_currency
    else:
        raise CommandError("budget", f"{text!r} is not an amount of money (e.g. $12,000)")
    if amount <= 0:
        raise CommandError("budget", f"{text!r} is not more than zero")
    return amount, currency


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASH_DATE = re.compile(r"^(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?$")


def parse_due_value(value: str, *, today: date, day_first: bool = False) -> date:
    """``("March 14", today=...) -> date``: one calendar day, today or later.

    Reads what the extractors read ("March 14", "14 March 2027", "next
    Friday", "end of month", "2027-03-14") and, because the field name says
    it is a date, bare numeric forms too ("3/14", "14.03.2027"; ambiguous
    ones month first unless ``day_first``). A yearless date more than a week
    past means next year, as in client mail.
    """
    text = " ".join(value.split()).rstrip(".")
    if not text:
        raise CommandError("due", "no date given")
    ref = Reference(today, day_first=day_first)
    when = _numeric_date(text, ref)
    if when is None:
        from intake.parsers.dates.patterns import find_dates  # spaCy: see parse_budget_value
        from intake.parsers.nlp import analyse

        doc = analyse(text)
        matches = find_dates(doc)
        if len(matches) > 1:
            raise CommandError("due", f"{text!r} holds more than one date; give one")
        if not matches:
            raise CommandError("due", f"{text!r} is not a date (e.g. March 14 or 2027-03-14)")
        match = matches[0]
        rest = doc[: match.start].text + " " + doc[match.end :].text
        if _DIGIT.search(rest):
            raise CommandError("due", f"{text!r} has numbers besides the date")
        when = normalise(match.shape, ref)
    if when is None:
        raise CommandError("due", f"{text!r} is not a day of the calendar")
    if when < today:
        raise CommandError("due", f"{text!r} is in the past ({when.isoformat()})")
    return when


def _numeric_date(text: str, ref: Reference) -> date | None:
    if match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
        shape = Shape("iso", year=year, first=month, second=day)
    elif match := _SLASH_DATE.match(text):
        first, separator, second, written_year = match.groups()
        shape = Shape(
            "numeric",
            first=int(first),
            second=int(second),
            year=expand_year(int(written_year)) if written_year else None,
            dotted=separator == ".",
        )
    else:
        return None
    when = normalise(shape, ref)
    if when is None:
        raise CommandError("due", f"{text!r} is not a day of the calendar")
    return when


def edit_values(
    fields: dict[str, str],
    *,
    today: date,
    day_first: bool = False,
    default_currency: str = "USD",
) -> EditValues:
    """Type every field of an edit; the first unreadable one raises :class:`CommandError`."""
    budget = due = description = project = None
    drop: tuple[int, ...] = ()
    for name, raw in fields.items():
        if name == "budget":
            budget = parse_budget_value(raw, default_currency=default_currency)
        elif name == "due":
            due = parse_due_value(raw, today=today, day_first=day_first)
        elif name == "description":
            description = raw.strip()
            if not description or len(description) > MAX_DESCRIPTION:
                raise CommandError(name, f"must be 1 to {MAX_DESCRIPTION} characters")
        elif name == "project":
            project = " ".join(raw.split()).strip("\"'“”‘’")
            if not project or len(project) > MAX_PROJECT:
                raise CommandError(name, f"must be 1 to {MAX_PROJECT} characters")
        elif name == "drop":
            drop = parse_drop_value(raw)
        else:
            raise CommandError(name, f"unknown field (fields: {', '.join(FIELDS)})")
    return EditValues(budget=budget, due=due, description=description, project=project,
                      drop=drop)


_DROP_WORDS = re.compile(r"\b(?:items?|and|nos?|numbers?)\b|[#,;&.]", re.I)


def parse_drop_value(value: str) -> tuple[int, ...]:
    """``("2 and 3") -> (2, 3)``: the item numbers to leave out, as the AE wrote them."""
    rest = _DROP_WORDS.sub(" ", value)
    words = rest.split()
    if not words or not all(w.isdigit() and 0 < int(w) < 1000 for w in words):
        raise CommandError("drop", f"{value.strip()!r} is not a list of item numbers "
                                   "(e.g. drop: 2, or drop: 2 and 3)")
    return tuple(dict.fromkeys(int(w) for w in words))
