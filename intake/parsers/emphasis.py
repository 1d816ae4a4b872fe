"""Words stressed with marks: "we *must* have it by **Friday**", "_not_".

Gmail and Outlook write a bold word of an HTML mail as ``*word*`` in its plain-text part,
and people used to chat type stress so. The marks sit between the words the rules read
("must * have", "by * Friday"): 330 of 784 labelled mails read differently with every third
stressed word marked (``benchmarks/mail_forms.py``), and read as spaces they still split a
date ("March  13" is three tokens to spaCy).

:func:`without_emphasis` takes the marks out; :func:`back_to_the_marks` maps what was found
back onto the writer's text (offsets shifted; the quoted words keep no marks, as a draft
quotes the words, not their typing). Not a bullet ("* item"), a footnote ("from $49*",
"*Terms apply"), a rating ("5*"), nor "brand_guide_v2.pdf": an opening mark follows a space,
a sign or the line's start and is followed by a word; its closing mark follows a word and is
followed by a space or a sign, on the same line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from intake.parsers.mentions import Evidence, Extraction
from intake.parsers.prefilter import prefilter_patterns

_MARKED = re.compile(r"(?<![\w*])(\*{1,2}|_)(?=[^\s*_])[^\n*_]{1,80}?(?<=[^\s*_])\1(?![\w*])")


def without_emphasis(text: str) -> tuple[str, tuple[int, ...]] | None:
    """(``text`` without its stress marks, the offsets in ``text`` of the marks taken out),
    or None when it has none."""
    if "*" not in text and "_" not in text:
        return None
    removed: list[int] = []
    for found in _MARKED.finditer(text):
        size = len(found.group(1))
        removed.extend(range(found.start(), found.start() + size))
        removed.extend(range(found.end() - size, found.end()))
    if not removed:
        return None
    pieces, last = [], 0
    for at in removed:
        pieces.append(text[last:at])
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces), tuple(removed)


def back_to_the_marks(found: Extraction, removed: tuple[int, ...]) -> Extraction:
    """``found`` (read in the text without marks) as read in the writer's text."""
    def original(offset: int) -> int:
        # the k-th kept character: add every mark taken out at or before where it lands
        at = offset
        while True:
            shifted = offset + bisect_right(removed, at)
            if shifted == at:
                return at
            at = shifted

    def moved(evidence: Evidence) -> Evidence:
        start = original(evidence.start)
        end = original(evidence.end - 1) + 1 if evidence.end > evidence.start else start
        return replace(evidence, start=start, end=end)

    return found.with_evidence(moved)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
