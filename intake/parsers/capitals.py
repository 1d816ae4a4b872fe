"""A mail typed in capitals ("PLEASE MOVE THE LAUNCH TO MARCH 10. BUDGET IS $5K MAX.").

Some writers type everything in capitals (an older phone, caps lock, urgency); the rules
read "PLEASE" and "Please" alike, but not everywhere: sentence starts, headings, month
names, currency codes and names are told apart by their case. :func:`sentence_cased`
gives such a text in sentence case (lower case, a capital at each sentence's and line's
start and for "I"), one character for one, so every offset stays; only a text whose
letters are nearly all capitals is changed. :func:`words_as_typed` puts the writer's own
words back into what was found (the sentences stay in sentence case, the words quoted are
the writer's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from intake.parsers.mentions import Extraction
from intake.parsers.money import CURRENCY_CODES as _CURRENCY_CODES
from intake.parsers.prefilter import prefilter_patterns

#: At least this many letters, and this share of them capitals, make a text "in capitals".
MIN_LETTERS, SHARE = 10, 0.85
# Kept in capitals: currency codes and the dollar prefixes ("KES 600,000", "$40k AUD", "R$").
_KEEP = re.compile(r"\b(?:[A-Z]{3}\b|(?:US|CA|CAD|AU|AUD|NZ|HK|SG|MX|R|C|A|S)\$)")
_LOWER = re.compile(r"[a-zà-ÿ]")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_STARTS = re.compile(r"(?:^|(?<=[.!?])\s+|\n\s*(?:[-*•]\s+)?)([a-z])")
_I = re.compile(r"\bi\b(?=[\s',.!?]|$)")


def sentence_cased(text: str) -> str | None:
    """``text`` in sentence case when it is typed in capitals, else None."""
    lower = len(_LOWER.findall(text, 0, 400))  # most mail: decided by its first lines
    upper = len(_UPPER.findall(text, 0, 400))
    if upper < SHARE * (upper + lower):
        return None
    lower, upper = len(_LOWER.findall(text)), len(_UPPER.findall(text))
    if upper + lower < MIN_LETTERS or upper < SHARE * (upper + lower):
        return None
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ"): leave it
        return None
    folded = _STARTS.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), folded)
    folded = _I.sub("I", folded)
    for kept in _KEEP.finditer(text):
        if kept.group().rstrip("$") in _CURRENCY_CODES or kept.group().endswith("$"):
            folded = folded[: kept.start()] + kept.group() + folded[kept.end():]
    return folded


def words_as_typed(found: Extraction, text: str) -> Extraction:
    """``found`` with each mention's words as the writer typed them (same offsets)."""
    return found.with_evidence(
        lambda evidence: replace(evidence, words=text[evidence.start:evidence.end]))


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
