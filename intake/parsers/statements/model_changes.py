"""Faults and asks no rule reads, read by the second opinion in a reply to the agency.

Rules read a change from its shape ("please swap", "should be bigger", "is wrong"); on mail
nobody here wrote they miss about one change in five, most of them feedback that names what
is wrong in words no rule knows ("the slope in the photo is not ours", "we miss the
designer's name"): more rules read their own batch and not the next one. The bag-of-words
model of :mod:`.second_opinion` (trained on the labelled set's sentences, blind splits left
out) reads the sentence as a whole instead. It is asked only about units no rule said
anything of, and only in mail that answers earlier mail (a reply's subject or quoted
history, or a new mail that says it reviews work shown: "I went through proof 2", "thanks for
the draft"): a change is asked of work already shown, and outside replies the model took a
brief's background ("our customers are mostly families") for feedback (cross-validated on
the tune splits, 2 right and 21 wrong there against 3 and 9 in replies). Measured in
``docs/performance.md`` ("Twenty-sixth session"): on the blind splits change requests 0.864
-> 0.895 (24 more found, 1 more wrong); cross-validated on the tune splits (each fold read by
a model trained without it) 3 more found, 8 more wrong, 5 of them in two long mails'
background; on blind30, written after this reading was built, 0.485 -> 0.718 (6 more found,
none wrong). A finding is reported at the lowest raw confidence a change is read at; the
calibration (:mod:`intake.parsers.calibration`) says how often such findings are right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.parsers.mentions import Evidence, Statement
from intake.parsers.statements.second_opinion import change_scores
from intake.parsers.statements.units import Analysed, Unit
from intake.parsers.statements.view import MEETINGS, View

#: The model's CHANGE score from which a unit is read as a change (its own decision line,
#: chosen before it was measured).
ASK_FROM = 0.5
#: The raw confidence of such a finding: the lowest of any change (the calibration, fitted on
#: the blind splits, says what it is worth).
CONFIDENCE = 0.55
#: Openers of a condition or a hypothesis ("If we open a second clinic, would we ..."): no ask.
_CONDITIONS = frozenset(("if", "when", "once", "whether", "unless", "should"))
#: A need denied ("no, we don't need a Spanish version this time"): an answer, no ask.
_NO_NEED = re.compile(r"\b(?:don[’']?t|do not|doesn[’']?t|does not|didn[’']?t|did not|no) need\b")
#: An approval or a retraction ("Never mind my last email, the CEO has approved the original
#: headline"): the work stands as it is, no ask.
_APPROVED = re.compile(r"\b(?:has|have|'s|'ve)\s+(?:now\s+|just\s+|already\s+)?(?:approved|"
                       r"signed off|okayed|ok'd|green-?lit)\b|\bnever mind\b|"
                       r"\bignore my (?:last|previous|earlier)\b")


def with_model_changes(changes: list[Statement], an: Analysed, norms: list[str],
                       unread: Sequence[Unit],
                       facts: Sequence[tuple[int, int]] = ()) -> list[Statement]:
    """``changes`` and, in text order, the changes the model reads in ``unread`` units (units
    no rule read anything in), each the whole unit at :data:`CONFIDENCE`: not a unit holding a
    date or an amount at ``facts`` (character spans: the date and money readers'), nor one a
    change's sentence already holds (a fix joined to its fault: "Could it breathe a bit
    more?")."""
    said = [c.evidence.sentence for c in changes]
    asked = [v for v in (View(an, norms, u, {}) for u in unread
                         if not any(a < u.end and u.start < b for a, b in facts))
             if _may_ask(v) and not any(_flat(v.unit.text) in s for s in said)]
    if not asked:
        return changes
    scores = change_scores([v.unit.text for v in asked])
    more = [Statement("change_request", Evidence(
                v.unit.text, _flat(v.unit.text), v.unit.start, v.unit.end, CONFIDENCE), "edit")
            for v, score in zip(asked, scores, strict=True) if score >= ASK_FROM]
    return sorted([*changes, *more], key=lambda c: c.evidence.start) if more else changes


def _flat(text: str) -> str:
    """``text`` with its whitespace folded, as evidence sentences are kept."""
    return " ".join(text.split())


#: New whole pieces needed ("we need a roll-up banner and a one-page handout"): a brief's new
#: work, as :func:`.changes.added_scope` reads it, not a change to work shown (a part of the
#: piece at hand, "we need a section about security", may be; so may "also" or "another").
_NEW_PIECES = re.compile(
    r"\b(?:we|i)\s+(?:will\s+|'ll\s+|would\s+|'d\s+)?(?:need|want|require|like)\s+(?:a|an|two|"
    r"three|four|five|some|new)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:banners?|handouts?|flyers?|"
    r"brochures?|posters?|videos?|mailers?|decks?|catalogues?|catalogs?|websites?|logos?|"
    r"campaigns?|signs?|signage|booklets?|leaflets?|postcards?|newsletters?|menus?|"
    r"invitations?|programs?|programmes?)\b(?![^.?!]*\b(?:too|as well|instead)\b)")


#: Where the fault just named sits, said on its own: "That's on the cover and on page 2." (the
#: change is the sentence before; not "that's on the cover, can it go inside?")
_WHERE_IT_IS = re.compile(
    r"^\W*(?:that's|that’s|that is|it's|it’s|it is|this is|they're|they’re|they are)\s+"
    r"(?:also\s+|both\s+)?(?:on|in)\s+(?:the\s+)?(?:cover|back|front|page|pages|p\.|pg|slide|"
    r"slides|panel|panels|both|every|all|each|inside|header|footer|website|site)\b"
    r"[^?]{0,50}$")


#: Praise for the work shown: "My boss loves the headline, she says it's the best yet." (not
#: "love the photo but could it be bigger?": the ask after the praise)
_PRAISED = re.compile(r"\b(?:loves?|adores?|(?:really|absolutely)\s+likes?)\s+(?:the|it|this|that|"
                      r"them|how|your|our)\b|\b(?:is|it's|that's|'s)\s+(?:the\s+)?best\s+(?:yet|"
                      r"so far|one|version|ever)\b")
_BUT_WANTED = re.compile(r"\b(?:but|though|although|however|except|only|just|if|could|can|would|"
                         r"should|needs?|more|less|too|instead|rather|change|swap|make)\b")


# What the client knows, given as the reason for an ask beside it: "Our research says the
# target moms listen to podcasts far more than to drive-time radio."
_EVIDENCE = re.compile(
    r"^\W*(?:(?:and|also|plus|because|since)\W+)?(?:our|the|their|my|all the|recent)?\s*"
    r"(?:research|data|numbers|survey|surveys|studies|study|analytics|stats|statistics|"
    r"focus groups?|polling|results|figures)\s+(?:says?|shows?|showed|tells? us|told us|"
    r"suggests?|suggested|found|finds|indicates?|indicated|is clear|are clear)\b")
# A price asked for: "Please can you ask the printer for a new offer?", "could you get us a
# revised quote?" (not "the offer on the coupon should be 20% off": the piece's offer)
_PRICE_ASKED = re.compile(
    r"\b(?:ask|asking|get|getting|request|requesting|send|sending|need|want)\b[^.?!]{0,30}?"
    r"\b(?:for\s+)?(?:a|an|the|us\s+a|us\s+an|me\s+a)\s+(?:new\s+|revised\s+|updated\s+|fresh\s+|"
    r"second\s+)?(?:quote|quotation|offer|estimate|costing|price|pricing)s?\b(?!\s+(?:on|in)\s+"
    r"(?:the|our|this|that)\s+(?:coupon|ad|flyer|banner|email|page|poster|mailer))")
# Meetings written as one hyphenated word or a phrase the tokenizer splits: "can we push our
# check-in from Thursday to Friday at 11?"
_MEETING_WORDS = re.compile(r"\b(?:check-?ins?|catch-?ups?|stand-?ups?|one-on-ones?|huddle|"
                            r"touch ?base|touchpoints?|walk-?through|debrief|webinar|"
                            r"workshops?|off-?sites?|brainstorm(?:ing)?s?)\b")


# A day spoken of, the reason for a move asked before: "The 9th is too close to Veterans Day."
_A_DAY_SPOKEN_OF = re.compile(r"^\W*(?:but\s+|because\s+)?(?:the|that)\s+\d{1,2}(?:st|nd|rd|th)\s+"
                              r"(?:is|'s|falls|would be|was)\b")


#: News told, not an ask: "FYI our office is closed Feb 14-18", "no rush on the radio spot",
#: "Our new office is Suite 1214, in case the footer needs it" (a fault said with "FYI" is
#: still read: "FYI the logo is wrong on page 2")
_TOLD_NOT_ASKED = re.compile(
    r"^\W*(?:\w+\s*[-,–]\s*)?(?:just\s+)?(?:fyi|heads up|just so you know)\b(?![^.?!]*\b(?:wrong|"
    r"incorrect|missing|typo|misspel\w*|old|outdated)\b)|\bno (?:rush|hurry)\b|\bin case\b")


# A postal address on a line of its own (a signature's): "120 Main St, Suite 400, Boston MA"
_ADDRESS_LINE = re.compile(r"^\s*\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|"
                           r"Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|"
                           r"Hwy|Square|Sq)\b\.?[^.?!]{0,60}$")


def _may_ask(v: View) -> bool:
    """Whether a unit may ask a change at all: not a courtesy, a question after the work's
    progress, a report of the past, talk of a meeting or a condition, a price asked for."""
    n = v.n
    return (len(v.unit.text) > 12 and not v.pleasantry and not v.status_question
            and not v.past_only and not MEETINGS.intersection(n)
            and not _MEETING_WORDS.search(v.lower)
            and not _EVIDENCE.match(v.lower) and not _PRICE_ASKED.search(v.lower)
            and not _NO_NEED.search(v.lower) and not _APPROVED.search(v.lower)
            and not _NEW_PIECES.search(v.lower) and not _WHERE_IT_IS.match(v.lower)
            and not _A_DAY_SPOKEN_OF.match(v.lower) and not _ADDRESS_LINE.match(v.unit.text)
            and not (_PRAISED.search(v.lower) and not _BUT_WANTED.search(v.lower))
            and not _TOLD_NOT_ASKED.search(v.lower)
            and (v.first >= len(n) or n[v.first] not in _CONDITIONS))
