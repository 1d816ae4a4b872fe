"""Cut an analysed message into the units extractors judge: sentences, lines and bullets.

Input: a spaCy ``Doc`` (sentence boundaries optional). Output: a tuple of
``Unit`` values, each a character and token span of ``doc.text``.

Mail is not prose: a sentence segmenter keeps "Changes:\\n- swap the logo\\n-
new tagline" together and a header block "Budget: $5k\\nDeadline: Friday" on
one line. A sentence is split again at a newline when the line ends a thought
(ends with ``:``, ``.``, ``!``, ``?`` or ``;``, or is short), when a bullet
starts, or at a blank line; a long line that simply wraps continues the
sentence. Bullet markers are left out of the unit and recorded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

# A line shorter than this is a line of its own, not a hard-wrapped piece of prose.
_SHORT_LINE = 45
_BULLET = re.compile(r"[ \t]*(?:[-*•–—·▪◦>]|\d{1,2}[.)]|[a-hA-H][.)]|\(\w\))[ \t]+")
_ENDS_THOUGHT = frozenset(":.!?;")


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence or line: ``doc.text[start:end]``, tokens ``doc[tok_start:tok_end]``."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    bullet: bool = False


def _sentence_token_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]
    # No segmenter ran: split after ., ! or ? followed by a capital or a newline.
    bounds: list[tuple[int, int]] = []
    begin = 0
    for i in range(len(doc) - 1):
        if doc[i].text in (".", "!", "?") and (
            doc[i + 1].is_space or doc[i + 1].text[:1].isupper()
        ):
            bounds.append((begin, i + 1))
            begin = i + 1
    if begin < len(doc):
        bounds.append((begin, len(doc)))
    return bounds


def _line_breaks(doc: Doc, first: int, last: int) -> list[int]:
    """Token indices of newline tokens inside ``doc[first:last]`` where a new unit starts."""
    text = doc.text
    breaks: list[int] = []
    line_start = doc[first].idx if first < len(doc) else 0
    for i in range(first, last):
        tok = doc[i]
        if not tok.is_space or "\n" not in tok.text:
            continue
        prev_line = text[line_start : tok.idx].strip()
        nl_end = tok.idx + len(tok.text)
        line_start = nl_end
        if not prev_line:
            continue
        if (
            tok.text.count("\n") > 1
            or prev_line[-1] in _ENDS_THOUGHT
            or len(prev_line) < _SHORT_LINE
            or _BULLET.match(text, nl_end)
        ):
            breaks.append(i)
    return breaks


def _make_unit(doc: Doc, a: int, b: int) -> Unit | None:
    while a < b and doc[a].is_space:
        a += 1
    while b > a and doc[b - 1].is_space:
        b -= 1
    if a >= b:
        return None
    text = doc.text
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    bullet = False
    m = _BULLET.match(text, start, end)
    if m and m.end() < end:
        bullet = True
        start = m.end()
        while a < b and doc[a].idx < start:
            a += 1
        if a >= b:
            return None
        start = doc[a].idx
    return Unit(start, end, a, b, text[start:end], bullet)


def units(doc: Doc) -> tuple[Unit, ...]:
    """The message's units in text order."""
    out: list[Unit] = []
    for first, last in _sentence_token_bounds(doc):
        cut = first
        for brk in _line_breaks(doc, first, last):
            unit = _make_unit(doc, cut, brk)
            if unit:
                out.append(unit)
            cut = brk + 1
        unit = _make_unit(doc, cut, last)
        if unit:
            out.append(unit)
    return tuple(out)


def unit_at(all_units: tuple[Unit, ...], starts: list[int], char: int) -> Unit | None:
    """The unit holding character ``char``; ``starts`` is ``[u.start for u in all_units]``."""
    i = bisect_right(starts, char) - 1
    if i >= 0 and all_units[i].start <= char < all_units[i].end:
        return all_units[i]
    return None
