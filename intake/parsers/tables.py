"""Tables in mail: which cells hold a deadline and which a budget, from the column headers.

Input: a message's text, where a table row is one line of cells joined by
`` | `` (:mod:`intake.parsers.html` writes HTML tables so; people type them so) or by
tabs (a range pasted from a spreadsheet).
Output: :class:`Cell` spans of the cells under a due-like header ("Due", "Files
due", "Deadline", "Fecha de entrega") and under a budget-like one ("Budget",
"Est.", "Cost", "Kosten"). A date in a row says nothing about itself
("Dec 9"): its column does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.parsers.html import CELL_SEPARATOR
from intake.parsers.prefilter import prefilter_patterns

__all__ = ["Cell", "table_cells", "table_row"]

DUE, BUDGET = "due", "budget"

_DUE_HEADER = re.compile(
    r"\b(?:due|deadline|dates?|delivery|deliver by|in[- ]market|go[- ]live|live|launch|"
    r"ship|drop|files?|final|needed|need by|required by|wanted by|in hand|when|by when|"
    # the day a piece goes out: "Send", "Post date", "Air date", "In homes"
    r"send|sends|send date|mail date|post date|posting|publish|publication|air date|on air|"
    r"in homes|in-home|start date|"
    r"fällig|termin|abgabe|frist|liefertermin|fecha|entrega|plazo|"
    r"échéance|date limite|livraison|rendu)\b",
    re.IGNORECASE,
)
_BUDGET_HEADER = re.compile(
    r"\b(?:budget|cost|costs|est\.?|estimate[ds]?|amount|fee|fees|spend|total|"
    r"kosten|betrag|presupuesto|importe|coût|coûts|montant|prix)(?!\w)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell under a header that names its kind (``due`` or ``budget``)."""

    kind: str
    start: int
    end: int


#: A row pasted from a spreadsheet: its cells parted by tabs ("Window posters\t50\t12/14").
_TABS = re.compile(r"\t+")
_TABBED_ROW = re.compile(r"\S\t+\S")
_BARS = re.compile(re.escape(CELL_SEPARATOR))


def _separator(line: str) -> re.Pattern[str] | None:
    """How a line parts its cells: HTML's and a typist's `` | ``, a sheet's tabs, or None."""
    if CELL_SEPARATOR in line:
        return _BARS
    return _TABS if "\t" in line and _TABBED_ROW.search(line) else None


def table_row(line: str) -> bool:
    """Whether ``line`` is a row of a table (cells parted by `` | `` or by tabs)."""
    return _separator(line) is not None


def _cells(text: str, start: int, end: int,
           separator: re.Pattern[str] = _BARS) -> list[tuple[int, int]]:
    """The (start, end) offsets of a row's cells, spaces trimmed."""
    spans: list[tuple[int, int]] = []
    position = start
    while position <= end:
        match = separator.search(text, position, end)
        found, after = match.span() if match else (-1, -1)
        cell_end = end if found < 0 else found
        left, right = position, cell_end
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        spans.append((left, right))
        if found < 0:
            break
        position = after
    return spans


def _header_kind(cell: str) -> str | None:
    if _DIGIT.search(cell) or len(cell) > 40:
        return None
    if _BUDGET_HEADER.search(cell):
        return BUDGET
    if _DUE_HEADER.search(cell):
        return DUE
    return None


def table_cells(text: str) -> list[Cell]:
    """Cells of every table in ``text`` whose column header names a deadline or a budget."""
    if CELL_SEPARATOR not in text and "\t" not in text:
        return []
    found: list[Cell] = []
    columns: list[str | None] | None = None  # the header of the table we are in
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        separator = _separator(line)
        if separator is None:
            columns = None  # a table is a run of consecutive row lines
            continue
        spans = _cells(text, start, end, separator)
        if columns is None:
            kinds = [_header_kind(text[a:b]) for a, b in spans]
            columns = kinds if any(kinds) else None
            continue
        if len(spans) > len(columns):
            continue
        # (a row may end early: an HTML table's empty last cells leave no separator behind,
        # "Invitation | Nov 28" under "Piece | Due | Notes")
        found += [Cell(kind, a, b) for kind, (a, b) in zip(columns, spans, strict=False)
                  if kind is not None and a < b]
    return found


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
