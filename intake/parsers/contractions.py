"""Contractions typed without their apostrophe: "dont", "cant", "were moving", "Ill send".

Phone writers and people in a hurry leave apostrophes out, and the rules were written
(and the labelled mail typed) with them: "we cant mention it" lost its ban, "Wed like to
add a microsite" its change, "Ill send the files Monday" read as a deadline rather than
the client's own promise. spaCy's tokenizer already splits some of these words, but many
rules also read the sentence's text.

:func:`with_apostrophes` puts the apostrophe back, only in a text that has none at all (a
writer who types even one apostrophe types them all, and "its"/"were"/"ill" are words of
their own), only for words that cannot be anything else, or in the company that makes
them unambiguous ("Wed like", "Were moving", "Ill send"). :func:`back_to_the_text` maps
what was found back onto the writer's own text: offsets shifted, apostrophes removed from
the quoted words and sentences (the writer typed none).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from intake.parsers.mentions import Evidence, Extraction
from intake.parsers.prefilter import prefilter_patterns

_APOSTROPHES = ("'", "\u2019", "\u2018", "\u02bc")

# Words that are a contraction and nothing else ("its", "were", "well", "ill", "id", "wed",
# "lets", "hes", "shes" are words of their own): where the apostrophe goes.
_NOT = str.split("dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt hadnt "
                 "shouldnt wouldnt couldnt mustnt neednt")
_ALWAYS = {
    **{word: len(word) - 1 for word in _NOT},  # "don't": before the t
    "im": 1, "ive": 1, "youre": 3, "youve": 3, "youll": 3, "youd": 3, "theyre": 4,
    "theyve": 4, "theyll": 4, "theyd": 4, "weve": 2, "thats": 4, "whats": 4, "theres": 5,
    "heres": 4, "itll": 2, "thatll": 4, "whos": 3, "wheres": 5,
}
_WORD = re.compile(r"\b(" + "|".join(sorted(_ALWAYS, key=len, reverse=True)) + r")\b",
                   re.IGNORECASE)
# Ambiguous words in the company that decides them: "Wed like", "Wed still like" (we'd; not
# "Wed still works", Wednesday), "Id prefer" (I'd),
# "Ill send" (I'll, capital I), "Were moving" at a sentence's start (we're), "Lets move".
_IN_CONTEXT = re.compile(
    r"\b(?:(?P<wed>[Ww]ed)(?=\s+(?:(?:still|really|just|definitely|ideally|much)\s+)?(?:like|"
    r"love|prefer|rather|need|want|be|have|also|appreciate)\b)"
    r"|(?P<id>Id)(?=\s+(?:(?:still|really|just|definitely|ideally|much)\s+)?(?:like|love|"
    r"prefer|rather|need|want|be|have|also|appreciate)\b)"
    r"|(?P<ill>Ill)(?=\s+(?:send|get|be|have|check|call|ask|let|forward|share|follow|try|"
    r"need|come|pass|make|talk|email|confirm|look)\b)"
    r"|(?P<were>(?:(?<=^)|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))[Ww]ere)(?=\s+(?:[a-z]+ing|"
    r"also|now|still|not|going|about|ready|happy|fine|good|okay|ok|planning)\b)"
    r"|(?P<lets>(?:(?<=^)|(?<=[.!?\n]\s)|(?<=\n)|(?<=[,:;]\s)|(?<=\bso\s)|(?<=\bok\s)|"
    r"(?<=\bokay\s)|(?<=\bthen\s)|(?<=\band\s)|(?<=\bbut\s))[Ll]ets)(?=\s+(?:[a-z]+)\b)"
    r"(?!\s+(?:us|you|them|him|her|me|the|a|an|our|your)\b))", re.MULTILINE)
_IN_CONTEXT_AT = {"wed": 2, "id": 1, "ill": 1, "were": 2, "lets": 3}
# A weekday's event after "for", "by", "before" ...: "ready for Thursdays board meeting" is
# Thursday's meeting (not "on Thursdays", "every Thursdays", "Thursdays board meetings run long")
_DAYS_EVENT = re.compile(
    r"\b(?:for|by|before|until|till|after|at|from|to)\s+"
    r"(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)days)(?=\s+(?:board\s+)?(?:meeting|call|"
    r"review|presentation|launch|shoot|event|session|deadline|webinar|workshop|lunch|dinner|"
    r"party|conference|pitch|demo|sync|kickoff|kick-off|opening|show)\b)", re.IGNORECASE)


def with_apostrophes(text: str) -> tuple[str, tuple[int, ...]] | None:
    """(text with the apostrophes put back, where each was put in the new text), or None
    when the writer typed apostrophes or left none out."""
    if any(a in text for a in _APOSTROPHES):
        return None
    inserts: list[int] = []  # offsets in ``text`` before which an apostrophe goes
    for found in _WORD.finditer(text):
        inserts.append(found.start() + _ALWAYS[found.group(1).lower()])
    for found in _IN_CONTEXT.finditer(text):
        name = found.lastgroup
        assert name is not None
        inserts.append(found.start() + _IN_CONTEXT_AT[name])
    for found in _DAYS_EVENT.finditer(text):
        inserts.append(found.end("day") - 1)  # "Thursday's": before the s
    if not inserts:
        return None
    inserts.sort()
    pieces, last, placed = [], 0, []
    for k, at in enumerate(inserts):
        pieces.append(text[last:at])
        pieces.append("'")
        placed.append(at + k)
        last = at
    pieces.append(text[last:])
    return "".join(pieces), tuple(placed)


def back_to_the_text(found: Extraction, placed: tuple[int, ...]) -> Extraction:
    """``found`` (read in the text with apostrophes) as read in the writer's text."""
    def moved(evidence: Evidence) -> Evidence:
        return replace(
            evidence,
            words=evidence.words.replace("'", ""),
            sentence=evidence.sentence.replace("'", ""),
            start=evidence.start - bisect_right(placed, evidence.start - 1),
            end=evidence.end - bisect_right(placed, evidence.end - 1),
        )

    return found.with_evidence(moved)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
