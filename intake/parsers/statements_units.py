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
# A line at least this long, ending in a word, was hard-wrapped by the sender's mail client.
_WRAP_LINE = 60
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


_LAST: tuple[Doc, tuple[Unit, ...]] | None = None


def _sentence_token_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return _rejoin_wrapped(doc, text, [(s.start, s.end) for s in doc.sents])
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


def _rejoin_wrapped(doc: Doc, text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo a segmenter's cut after a long hard-wrapped line ("... retired the HVS brand in\n
    September, and ...")."""
    out: list[tuple[int, int]] = []
    for first, last in bounds:
        if out and _wrapped_break(doc, text, out[-1][1], first):
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def _wrapped_break(doc: Doc, text: str, prev_end: int, first: int) -> bool:
    end_tok = doc[prev_end - 1]
    if not end_tok.is_space or end_tok.text.count("\n") != 1 or end_tok.text.strip():
        return False
    line_start = text.rfind("\n", 0, end_tok.idx) + 1
    line = text[line_start : end_tok.idx].rstrip()
    if len(line) < _WRAP_LINE or line[-1] in _ENDS_THOUGHT:
        return False
    return first < len(doc) and not _BULLET.match(text, doc[first].idx)


def _line_breaks(doc: Doc, text: str, first: int, last: int) -> list[int]:
    """Token indices of newline tokens inside ``doc[first:last]`` where a new unit starts."""
    breaks: list[int] = []
    for i in range(first, last):
        tok = doc[i]
        if not tok.is_space or "\n" not in tok.text:
            continue
        line_start = text.rfind("\n", 0, tok.idx) + 1
        prev_line = text[line_start : tok.idx].strip()
        nl_end = tok.idx + len(tok.text)
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


def _make_unit(doc: Doc, text: str, a: int, b: int) -> Unit | None:
    while a < b and doc[a].is_space:
        a += 1
    while b > a and doc[b - 1].is_space:
        b -= 1
    if a >= b:
        return None
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
    """The message's units in text order (the last Doc's units are kept: money and
    statement extraction of one message cut it once)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is doc:
        return last[1]
    text = doc.text  # built anew on every access: read it once
    out: list[Unit] = []
    for first, end in _sentence_token_bounds(doc, text):
        cut = first
        for brk in _line_breaks(doc, text, first, end):
            unit = _make_unit(doc, text, cut, brk)
            if unit:
                out.append(unit)
            cut = brk + 1
        unit = _make_unit(doc, text, cut, end)
        if unit:
            out.append(unit)
    result = tuple(out)
    _LAST = (doc, result)
    return result


def unit_at(all_units: tuple[Unit, ...], starts: list[int], char: int) -> Unit | None:
    """The unit holding character ``char``; ``starts`` is ``[u.start for u in all_units]``."""
    i = bisect_right(starts, char) - 1
    if i >= 0 and all_units[i].start <= char < all_units[i].end:
        return all_units[i]
    return None
