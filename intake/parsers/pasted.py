"""Copy the client pasted in for reference: read as the piece it is, not as the client's asks.

"Below is the piece from this month's newsletter ... --- <the newsletter> ---": the dates,
prices and imperatives between the rules are the newsletter's ("Make any charitable gifts
before December 31"), said to its readers, not deadlines or requests for the agency. A
block counts as pasted when a line of dashes, underscores, equals signs or asterisks opens
and another closes it, and the paragraph just before it announces it ("below is", "here's
the copy", "pasted from", "for reference"). Mail without such a pair of rules is returned
as it is.

Input: a message's text. Output: the same text with each pasted block's characters
(newlines kept) turned to spaces, so every offset still points at the writer's words.
"""

from __future__ import annotations

import re

from intake.parsers.prefilter import prefilter_patterns

__all__ = ["without_pasted_copy"]

_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,})[ \t]*$", re.MULTILINE)
# The words that hand over copy to read: "Below is the piece from ...", "here's the text of
# the flyer", "pasted from our newsletter", "for reference", "the wording we'll use:"
_ANNOUNCED = re.compile(
    r"\b(?:below (?:is|are)|(?:is|are) below|see below|here(?:'s| is| are)\b[^.\n]{0,60}?"
    r"\b(?:copy|text|wording|piece|article|post|newsletter|announcement|blurb|draft|email)|"
    r"pasted (?:in |below |from )|copied (?:in |below |from )|for (?:your )?reference|"
    r"(?:as|what) (?:it|they)(?:'ll| will| would) (?:appear|read|run)|"
    r"what's going (?:in|into|out)|going in (?:our|the) newsletter)",
    re.IGNORECASE)
#: How far back from the opening rule the announcement may stand (about a paragraph).
_REACH = 300
_MAX_BLOCK = 6000


def pasted_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block between two rule lines that the text before announces."""
    if "---" not in text and "___" not in text and "===" not in text and "***" not in text:
        return []
    rules = list(_RULE_LINE.finditer(text))
    blocks: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(rules):
        opening, closing = rules[k], rules[k + 1]
        start, end = opening.end(), closing.start()
        if end - start <= _MAX_BLOCK and _ANNOUNCED.search(
                text, max(0, opening.start() - _REACH), opening.start()):
            blocks.append((start, end))
            k += 2
        else:
            k += 1
    return blocks


def without_pasted_copy(text: str) -> str:
    """``text`` with its announced pasted blocks blanked (same length, newlines kept)."""
    blocks = pasted_blocks(text)
    if not blocks:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in blocks:
        pieces.append(text[last:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
