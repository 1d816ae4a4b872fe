"""Cut an analysed message into the units extractors judge: sentences, lines and bullets.

Input: a spaCy ``Doc`` (sentence boundaries optional). Output: a tuple of
``Unit`` values, each a character and token span of ``doc.text``.

Mail is not prose: a sentence segmenter keeps "Changes:\\n- swap the logo\\n-
new tagline" together and a header block "Budget: $5k\\nDeadline: Friday" on
one line. A sentence is split again at a newline when the line ends a thought
(ends with ``:``, ``.``, ``!``, ``?`` or ``;``, or is short), when a bullet
starts, or at a blank line; a long line that simply wraps continues the
sentence; a segmenter's cut after a long wrapped line is undone. Bullet
markers are left out of the unit and recorded.

``analysed(doc)`` reads the Doc once (its text and token arrays) and keeps
the last result, so the money and statement extractors of one message share
the work.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX, IS_SPACE, LENGTH, NORM
from spacy.strings import StringStore
from spacy.tokens import Doc

from intake.parsers.html import CELL_SEPARATOR
from intake.parsers.nlp import sentence_bounds, text_of
from intake.parsers.wrapping import (
    BULLET,
    ENDS_THOUGHT,
    WRAP_LINE,
    own_lines,
    typed_list_breaks,
)

# A line shorter than this is a line of its own, not a hard-wrapped piece of prose.
_SHORT_LINE = 45


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence or line: ``doc.text[start:end]``, tokens ``doc[tok_start:tok_end]``."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    bullet: bool = False


@dataclass(frozen=True, slots=True)
class Analysed:
    """What the extractors read of one Doc, computed once: its text, token offsets and units.

    ``doc.text`` and ``Token`` objects are rebuilt by spaCy on every access;
    arrays read once keep extraction linear and cheap.
    """

    text: str
    units: tuple[Unit, ...]
    idx: list[int]  # character offset of each token
    length: list[int]  # character length of each token
    space: list[bool]  # token is whitespace only
    norm_ids: list[int]  # NORM hash of each token

    def norms(self, strings: StringStore) -> list[str]:
        return [strings[h] for h in self.norm_ids]


_LAST: tuple[Doc, Analysed] | None = None


def analysed(doc: Doc) -> Analysed:
    """The Doc's text, token arrays and units (the last Doc's are kept: money and
    statement extraction of one message read it once)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is doc:
        return last[1]
    text = text_of(doc)
    arr = doc.to_array([IDX, LENGTH, IS_SPACE, NORM]) if len(doc) else None
    idx = arr[:, 0].tolist() if arr is not None else []
    length = arr[:, 1].tolist() if arr is not None else []
    space = [bool(x) for x in arr[:, 2].tolist()] if arr is not None else []
    norm_ids = arr[:, 3].tolist() if arr is not None else []
    t = _Tokens(text, idx, length, space, typed_list_breaks(text))
    newlines = [i for i in range(len(idx)) if space[i] and "\n" in t.text_of(i)]
    out: list[Unit] = []
    for first, end in _sentence_token_bounds(doc, t, newlines):
        cut = first
        for brk in (*_line_breaks(t, newlines, first, end), end):
            for a, b in _within_reach(t, cut, brk):
                unit = _make_unit(t, a, b)
                if unit:
                    out.append(unit)
            cut = brk + 1
    result = Analysed(text, tuple(out), idx, length, space, norm_ids)
    _LAST = (doc, result)
    return result


def units(doc: Doc) -> tuple[Unit, ...]:
    """The message's units in text order."""
    return analysed(doc).units


@dataclass(frozen=True, slots=True)
class _Tokens:
    text: str
    idx: list[int]
    length: list[int]
    space: list[bool]
    listed: frozenset[int]  # the line breaks of a list typed without marks (``typed_list_breaks``)

    def newline_at(self, i: int) -> int:
        """The offset of the first line break in whitespace token ``i``."""
        return self.idx[i] + self.text_of(i).index("\n")

    def text_of(self, i: int) -> str:
        return self.text[self.idx[i] : self.idx[i] + self.length[i]]

    def end_of(self, i: int) -> int:
        return self.idx[i] + self.length[i]


def _sentence_token_bounds(doc: Doc, t: _Tokens, newlines: list[int]) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return _rejoin_wrapped(t, sentence_bounds(doc))
    # No segmenter ran: split after ., ! or ? followed by a capital or whitespace.
    bounds: list[tuple[int, int]] = []
    begin = 0
    n = len(t.idx)
    for i in range(n - 1):
        if t.length[i] == 1 and t.text[t.idx[i]] in ".!?":
            nxt = t.text_of(i + 1)
            if t.space[i + 1] or nxt[:1].isupper():
                bounds.append((begin, i + 1))
                begin = i + 1
    if begin < n:
        bounds.append((begin, n))
    return bounds


def _rejoin_wrapped(t: _Tokens, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo a segmenter's cut after a long hard-wrapped line ("... retired the HVS brand in\\n
    September, and ...")."""
    out: list[tuple[int, int]] = []
    for first, last in bounds:
        if out and _wrapped_break(t, out[-1][1], first):
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def _wrapped_break(t: _Tokens, prev_end: int, first: int) -> bool:
    end = prev_end - 1
    gap = t.text_of(end)
    if not t.space[end] or gap.count("\n") != 1 or gap.strip():
        return False
    line_start = t.text.rfind("\n", 0, t.idx[end]) + 1
    line = t.text[line_start : t.idx[end]].rstrip()
    if len(line) < WRAP_LINE or line[-1] in ENDS_THOUGHT or t.newline_at(end) in t.listed:
        return False
    if first < len(t.idx) and own_lines(t.text, line_start, t.idx[first]):
        return False  # "p.3 - replace the crane photo, ...\np.5 - ...": two items
    return first < len(t.idx) and not BULLET.match(t.text, t.idx[first])


def _line_breaks(t: _Tokens, newlines: list[int], first: int, last: int) -> list[int]:
    """Indices of newline tokens inside ``[first, last)`` where a new unit starts."""
    breaks: list[int] = []
    text = t.text
    for i in newlines[bisect_left(newlines, first) : bisect_left(newlines, last)]:
        line_start = text.rfind("\n", 0, t.idx[i]) + 1
        prev_line = text[line_start : t.idx[i]].strip()
        if not prev_line:
            continue
        if (
            t.text_of(i).count("\n") > 1
            or prev_line[-1] in ENDS_THOUGHT
            or len(prev_line) < _SHORT_LINE
            or BULLET.match(text, t.end_of(i))
            or t.newline_at(i) in t.listed
            or CELL_SEPARATOR in prev_line  # a table's row is a line of its own
        ):
            breaks.append(i)
    return breaks


# The most tokens a unit holds. The longest sentence of 106,000 in the labelled set and the
# benchmark corpus has 63; a line with thousands (a table flattened without punctuation, a
# paste of a spreadsheet) is cut into pieces this long, after a comma or a semicolon where
# one is near the end: every rule reads a unit in time that grows with its length, some with
# its square.
_LONGEST_UNIT = 150


def _within_reach(t: _Tokens, a: int, b: int) -> list[tuple[int, int]]:
    """Tokens ``a``-``b`` as pieces of at most :data:`_LONGEST_UNIT` tokens (one piece, as a
    rule)."""
    pieces = []
    while b - a > _LONGEST_UNIT:
        end = a + _LONGEST_UNIT
        cut = next((i + 1 for i in range(end - 1, end - 50, -1)
                    if t.length[i] == 1 and t.text[t.idx[i]] in ",;"), end)
        pieces.append((a, cut))
        a = cut
    pieces.append((a, b))
    return pieces


def _make_unit(t: _Tokens, a: int, b: int) -> Unit | None:
    while a < b and t.space[a]:
        a += 1
    while b > a and t.space[b - 1]:
        b -= 1
    if a >= b:
        return None
    text = t.text
    start, end = t.idx[a], t.end_of(b - 1)
    bullet = False
    m = BULLET.match(text, start, end)
    if m and m.end() < end:
        bullet = True
        start = m.end()
        while a < b and t.idx[a] < start:
            a += 1
        if a >= b:
            return None
        start = t.idx[a]
    return Unit(start, end, a, b, text[start:end], bullet)


def unit_at(all_units: tuple[Unit, ...], starts: list[int], char: int) -> Unit | None:
    """The unit holding character ``char``; ``starts`` is ``[u.start for u in all_units]``."""
    i = bisect_right(starts, char) - 1
    if i >= 0 and all_units[i].start <= char < all_units[i].end:
        return all_units[i]
    return None
