"""Text rules of the unanswered-mail report: a client's own new text in, verdicts out.

Pure functions over ``Message.new_text`` (the client's words, quotes already
split off by the parser). No database, no clock.

- :func:`is_thanks_only`: the mail only thanks or acknowledges ("Thanks!",
  "Great, thanks", "Merci beaucoup", "Danke", "Got it, thank you"), possibly
  with a greeting before it and a short signature block after it. Nothing to
  answer, so the report leaves it out.
- :func:`client_owes_reply`: the client says they will come back ("I'll get
  back to you", "will confirm tomorrow", "let me check") and asks nothing:
  no question mark and no request ("please", "can you", "let me know"). The
  ball is in the client's court, so the report leaves it out.
- :func:`first_lines`: the first lines of the client's own words, for the report.

Both verdicts are conservative: when a mail holds anything else (a question,
a request, a sentence the vocabulary does not know), it stays in the report,
because a wrongly listed mail costs the AE a glance and a wrongly hidden one
costs a client.
"""

from __future__ import annotations

import re


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words a gratitude or acknowledgement note is made of (lower case, no punctuation).
GRATITUDE = _vocabulary(
    """
    thanks thank thankyou thx tx ty tks tyvm cheers appreciated appreciate
    merci danke dankeschön dank gracias grazie obrigado obrigada bedankt tack kiitos
    """
)
ACKNOWLEDGEMENT = _vocabulary(
    """
    ok okay great perfect noted received understood awesome wonderful excellent
    fantastic brilliant lovely super amazing cool nice
    """
)
FILLER = _vocabulary(
    """
    you so much very many a lot lots again for the this that it all your yours
    help update info information files file email mail note notes heads up quick
    response reply answer feedback got sounds looks look good fine will do done
    really truly and have day weekend evening week nice hi hello hey dear
    best regards kind warm sincerely as always in advance to both of us we i
    beaucoup mille fois schön schon vielen sehr muchas mil tante je wel så mycket
    """
)
# Lower-case words a signature block may hold besides names, titles and numbers.
SIGNATURE_WORDS = GRATITUDE | _vocabulary(
    """
    of and at for the & de du des et und von y e best regards kind warm wishes
    sincerely yours cheers greetings mit freundlichen grüßen grüssen cordialement
    bien à vous saludos un saludo cordiali saluti tel phone mobile cell fax www
    """
)

# A mail that promises to come back: "I'll get back to you", "will confirm tomorrow".
PROMISE = re.compile(
    r"""
      \b(?:get|getting|come|coming)\s+back\s+to\s+(?:you|u)\b
    | \b(?:will|'ll|shall|going\s+to)\s+(?:(?:try\s+to|and|then|also)\s+)?
        (?:confirm|let\s+you\s+know|follow\s+up|circle\s+back|check|revert|
           be\s+in\s+touch|get\s+back|reply|respond|come\s+back|update\s+you|
           send\s+(?:it|them|this|that|these|those|you|over|through)\b)
    | \blet\s+me\s+(?:check|confirm|ask|see|review|think|look|get\s+back|circle\s+back)\b
    | \b(?:i'm|i\s+am|we're|we\s+are)\s+(?:checking|confirming|looking\s+into)\b
    | \bchecking\s+(?:with|internally|on\s+(?:it|this|that))\b
    | \bje\s+(?:reviens|reviendrai)\s+vers\s+(?:vous|toi)\b
    | \bje\s+vous\s+(?:confirme|redis|tiens\s+au\s+courant)\b
    | \bich\s+(?:melde\s+mich|gebe\s+(?:ihnen|dir|euch)\s+bescheid)\b
    | \b(?:te|le|les|os)\s+(?:confirmo|aviso)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Anything that asks the AE for something keeps the mail in the report.
REQUEST = re.compile(
    r"""\b(?:please|pls|plz|kindly|can\s+you|could\s+you|would\s+you|will\s+you|
        do\s+you|did\s+you|are\s+you|is\s+it|let\s+me\s+know|need|asap|urgent)\b""",
    re.IGNORECASE | re.VERBOSE,
)
GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|bonjour|hallo|hola|ciao)\b"
    r"[^.!?]{0,40}[,.!:]?$",
    re.IGNORECASE,
)
DEVICE_LINE = re.compile(r"^(?:sent\s+from\s+my|get\s+outlook\s+for|envoyé\s+de\s+mon)\b",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_APOSTROPHE = str.maketrans({"’": "'", "‘": "'"})

MAX_ACK_WORDS = 20
MAX_SIGNATURE_LINES = 8
MAX_SIGNATURE_LINE_WORDS = 8
MAX_NAMES_PER_LINE = 2


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _is_ack_line(line: str, names: frozenset[str]) -> tuple[bool, bool, int]:
    """(only ack words and names?, has a gratitude/ack core word?, word count)."""
    if "?" in line:
        return False, False, 0
    words = _WORD.findall(line.translate(_APOSTROPHE))
    unknown = 0
    core = False
    for word in words:
        low = word.lower().replace("'", "")
        if low in GRATITUDE or low in ACKNOWLEDGEMENT:
            core = True
        elif low in FILLER or low in names:
            continue
        elif word[0].isupper():  # a name: "Thanks Dana!", "Best, Maria"
            unknown += 1
        else:
            return False, core, len(words)
    if "got" in (w.lower() for w in words) and "it" in (w.lower() for w in words):
        core = True
    return unknown <= MAX_NAMES_PER_LINE, core, len(words)


def _is_signature_line(line: str) -> bool:
    """A name, a title, a phone number or a closing: no question, no lower-case sentence."""
    if "?" in line or REQUEST.search(line) or PROMISE.search(line.translate(_APOSTROPHE)):
        return False
    tokens = line.split()
    if len(tokens) > MAX_SIGNATURE_LINE_WORDS:
        return False
    for token in tokens:
        word = token.strip(".,;:!()[]|-–—'\"")
        if not word or any(c.isdigit() or c in "@./+" for c in word) or word[0].isupper():
            continue
        if word.lower() not in SIGNATURE_WORDS:
            return False
    return True


def is_thanks_only(new_text: str, *, sender_name: str = "") -> bool:
    """True when the new text only thanks or acknowledges (see the module docstring)."""
    lines = [line for line in _lines(new_text) if not DEVICE_LINE.match(line)]
    if lines and GREETING.match(lines[0]) and "thank" not in lines[0].lower():
        lines = lines[1:]
    if not lines:
        return False  # nothing written at all (an attachment?): someone should look
    names = frozenset(w.lower() for w in _WORD.findall(sender_name))
    core = False
    words = 0
    index = 0
    while index < len(lines):
        only_ack, has_core, count = _is_ack_line(lines[index], names)
        if not only_ack:
            break
        core = core or has_core
        words += count
        index += 1
    if not core or words > MAX_ACK_WORDS:
        return False
    rest = lines[index:]
    return len(rest) <= MAX_SIGNATURE_LINES and all(_is_signature_line(line) for line in rest)


def client_owes_reply(new_text: str) -> bool:
    """True when the client promises to come back and asks nothing in this mail."""
    text = (new_text or "").translate(_APOSTROPHE)
    if not PROMISE.search(text):
        return False
    return "?" not in text and not REQUEST.search(text)


def first_lines(new_text: str, *, count: int = 3, width: int = 200) -> tuple[str, ...]:
    """The first ``count`` lines of the client's own words, greeting left out, each cut to width."""
    lines = [line for line in _lines(new_text) if not DEVICE_LINE.match(line)]
    if len(lines) > 1 and GREETING.match(lines[0]):
        lines = lines[1:]
    out = []
    for line in lines[:count]:
        out.append(line if len(line) <= width else line[: width - 1].rstrip() + "…")
    return tuple(out)
