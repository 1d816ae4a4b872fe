"""Hard-wrapped lines: the sender's mail client broke prose at about 72 characters.

Input: a message's text. Output: the same text with each such line break turned
into a space, so "needs to be signed off a week\\nbefore that" reads as one
phrase; the length, and so every offset into the text, stays the same. A line
break is a wrap when the line before it is long (``WRAP_LINE``) or stops on a word
no sentence ends on ("by", "the": ``MID_PHRASE``), does not end a thought (".",
":", "?"...) and the next line is prose, not a bullet.
"""

from __future__ import annotations

import re

#: A line at least this long, ending in a word, was hard-wrapped by the sender's mail client.
WRAP_LINE = 60
#: Bullet marks as people and mail clients type them besides dashes and dots: arrows, ticks
#: and boxes ("➢ Swap the hero image", "☐ Add the QR code").
TYPED_BULLETS = "‣➢➤►▶✓✔☐☑□■●○◆♦"
#: What starts a list item: "-", "*", "•", "1.", "a)", "(i)", a typed bullet.
BULLET = re.compile(
    rf"[ \t]*(?:[-*•–—·▪◦>{TYPED_BULLETS}]|\d{{1,2}}[.)]|[a-hA-H][.)]|\(\w\))[ \t]+")
ENDS_THOUGHT = frozenset(":.!?;")
_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")


#: Words no sentence ends on: a short line ending in one was broken mid-phrase (an HTML
#: ``<br>`` in "We need the next round by<br>Tuesday Dec 8", a phone's narrow screen).
MID_PHRASE = frozenset(str.split(
    "by to the a an of for on in at and or until till before after from with than"))
_LAST_WORD = re.compile(r"(?:^|\s)([A-Za-z]+)$")


def _ends_mid_phrase(line: str) -> bool:
    found = _LAST_WORD.search(line)
    # at least three words: "Thanks to" alone is no sentence broken by a wrap
    return found is not None and found.group(1).lower() in MID_PHRASE and len(line.split()) >= 3


def unwrap(text: str) -> str:
    """``text`` with hard wraps replaced by spaces (same length, same offsets)."""
    if "\n" not in text:
        return text
    pieces: list[str] = []
    last = 0
    for found in _BREAK.finditer(text):
        newline = text.index("\n", found.start())
        line_start = text.rfind("\n", 0, newline) + 1
        line = text[line_start:newline].rstrip()
        if line[-1] in ENDS_THOUGHT or BULLET.match(text, newline + 1):
            continue
        if len(line) < WRAP_LINE and not _ends_mid_phrase(line):
            continue
        pieces.append(text[last:newline])
        pieces.append(" ")
        last = newline + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
