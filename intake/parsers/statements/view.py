"""One unit's words as the statement rules see them, and the word sets they share.

Input: an analysed message, its NORM strings, one unit and the cue spans that
fall in it. Output: a :class:`View` (the unit's words without whitespace tokens,
cue spans re-indexed onto them, and the unit's mood: status question,
pleasantry, past only) and :class:`Hit`, what a rule reports.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements.cues import (
    ASKED_INSIDE,
    FILLERS,
    PLEASANTRY_OPENERS,
    REQUEST_QUESTION,
    STATUS_OPENERS,
    WORD_FILLERS,
)
from intake.parsers.statements.units import Analysed, Unit

Spans = dict[str, list[tuple[int, int]]]


def words(text: str) -> frozenset[str]:
    """A set of words written as one string, to keep long tables readable."""
    return frozenset(text.split())


#: A month or a weekday as a whole word, whole or shortened ("Mar", "Sept", "Thurs"): "by
#: marketing", "Monica", "sunscreen" and "the market banner" name none.
MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
              r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
WEEKDAY_WORD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"

DATE_CUE = re.compile(
    r"\b" + MONTH_WORD + r"|\b" + WEEKDAY_WORD + r"|"
    r"\b(?:launch|deadline|date|dates|go-live|live|week|weeks|month|months|tomorrow|today|"
    r"eod|cob|quarter|q[1-4]|spring|summer|fall|autumn|winter|later|earlier|back|out|"
    r"forward|schedule|timeline|kickoff|kick-off|delivery|shoot|premiere|release|\d+(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|yesterday|already|ago|previously|last (?:year|quarter|month|week|"
    r"spring|summer|fall|autumn|winter|time|campaign|season))\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|want|wants|like to|aim|aiming|goal is|is to|are to|this (?:year|quarter|month|"
    r"campaign|time|season)|next|need|needs|must|should|going to|(?:am|are|is|'re) hoping|"
    r"hope to|plan|planning|"
    # a wish is for the work ahead: "he would prefer the warmer navy from last year's report"
    r"(?:would|'d) (?:prefer|rather)|"
    r"looking to|trying to)\b|'ll\b",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^()]*\)")
_COMPARED = re.compile(r"\b(?:than|vs\.?|versus|compared (?:to|with)|on|over)\s+last\s+\w+"
                       r"|\b(?:up|down) from\s+[\d,.]+k?\s+last\s+\w+"
                       # "Leaf blower - $129 (was $149)": a price's old figure, not a report
                       r"|\((?:was|previously)\s+[$€£¥]?\s?\d[^)]*\)"
                       # a polite frame in the past tense asks now: "I was wondering if you
                       # could ...", "we were hoping you could ...", "we were hoping to ..."
                       # (not "we were hoping to swap it, but the shoot fell through": a
                       # hope that did not come true)
                       r"|\b(?:i|we) (?:was|were) (?:also |really |quite |just )?"
                       r"(?:(?:wondering|hoping) (?:if|whether|you)\b"
                       r"|hoping to\b(?![^.;!?]*\bbut\b))"
                       # a date's story told in passing: "the timeline skips 1903, when the
                       # second lamp was installed" (the fault is now)
                       r"|,\s*when\s+(?:the|our|a|an|it|they|we|he|she)\b[^,.;!?]*\b"
                       r"(?:was|were|had)\b[^,.;!?]*")

COMPARATIVE_OK = words(
    "bigger smaller larger bolder brighter darker lighter shorter longer simpler clearer "
    "more less punchier warmer cooler louder quieter wider narrower taller thicker "
    "thinner pop stand richer softer stronger sharper crisper cleaner tighter looser higher "
    "lower calmer friendlier deeper fresher livelier quicker faster slower smoother fuller "
    "subtler heavier snappier catchier zippier"
)
DELIVERABLES = words(
    "version versions cut cuts edit edits spot spots banner banners size sizes variant "
    "variants translation translations ad ads post posts video videos page pages slide "
    "slides flyer flyers email emails landing round option options placement placements "
    "story stories reel reels frame frames poster posters mailer deck language languages "
    "format formats copy spread insert tagline headline logo"
)
# 'should read: "...', 'say "Attorney Advertising"': quoted words follow.
QUOTE_AFTER = re.compile(r"^\s*[:\"“”'‘’«]")
# "Every ad must say ...", "all banners need ...": a rule for every piece of the work.
EVERY = words("every all each any")
# The colours clients name a piece's look by ("the red", "could it be navy?").
COLOUR_NAMES = words("red blue green orange yellow black white purple pink grey gray navy gold "
                     "beige teal brown")
# Billing and paperwork: a rule or a change about them is not about the work.
BILLING = words("invoice invoices payment payments receipt receipts contract contracts "
                "timesheet timesheets")
MEETINGS = words("meeting call review session sync catch-up lunch coffee chat appointment zoom "
                 "kickoff kick-off")
DETS = words("the this that it them these those our all my your his her its")
MODALS = words("should must need needs has have will can could would 'd might")
# "Please use the new photos only", "use the line on everything": a rule about all work.
USE_RULE = re.compile(
    r"\buse\b[^.;]*\b(?:only|on everything|everywhere|throughout|on all|in all|across all|"
    r"in every|on every|at all times|consistently|going forward|from now on|moving forward|"
    r"in future|in the future)\b|\b(?:always|only) use\b"
    r"(?!\s+(?:you|your|u|them|him|her|us)\b)"  # "we always use you guys for print": a vendor
)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found: the statement's kind, the cue words (word indices of the
    :class:`View`), how sure the rule is, and for a change its action."""

    kind: str
    first: int
    last: int
    confidence: float
    action: str | None = None


class View:
    """One unit's words as NORM strings, with helpers the rules share.

    Whitespace tokens (a hard-wrapped line break is one) are left out, so
    "please cut\\nthe pricing" reads as three neighbouring words; ``idx[i]`` is
    the doc index of word ``i``.
    """

    def __init__(self, an: Analysed, norms: list[str], unit: Unit, spans: Spans):
        self.an, self.unit, self.spans = an, unit, spans
        space = an.space
        self.idx = [i for i in range(unit.tok_start, unit.tok_end) if not space[i]]
        self.n = [norms[i] for i in self.idx]
        if "action" in self.n:  # "the call to action is buried": the CTA, not a phone call
            for k in range(len(self.n) - 2):
                if self.n[k] == "call" and self.n[k + 1] == "to" and self.n[k + 2] == "action":
                    self.n[k] = "cta"
        pos = {doc_i: k for k, doc_i in enumerate(self.idx)}
        self._rel: dict[str, list[tuple[int, int]]] = {}
        for label, found in spans.items():
            inner_spans = []
            for s, e in found:
                inner = [pos[d] for d in range(s, e) if d in pos]
                if inner:
                    inner_spans.append((inner[0], inner[-1] + 1))
            self._rel[label] = inner_spans
        self._starts: list[int] | None = None  # each word's offset, for word_at
        self._searched: dict[int, re.Match[str] | None] = {}  # for search_once
        self.lower = unit.text.lower()
        plain = _PARENS.sub("", self.lower)
        first = _after_greeting(self.n) or _after_vocative(self.n, unit.text)
        if self.at(first) in ANSWERS and self.at(first + 1) in (",", "and"):
            first += 2  # "No, swap for the bowl shot": the answer, then the unit's own words
            # ("yes and take out the roses": a chat's answer run on)
        while first < len(self.n) and self.n[first] in FILLERS:
            first += 1
        first = _after_lead_in(self.n, first)
        self.first = first
        opener = self.n[first] if first < len(self.n) else ""
        self.status_question = (
            unit.text.rstrip().endswith("?") and opener in STATUS_OPENERS
            and not REQUEST_QUESTION.match(self._from_word(first))
            and not ASKED_INSIDE.search(self.lower)
        )
        self.pleasantry = opener in PLEASANTRY_OPENERS
        plain = _COMPARED.sub("", plain)  # "25% more bookings than last spring": a baseline
        self.past_only = bool(PAST_WORDS.search(plain)) and not _FUTURE.search(plain)

    @property
    def last(self) -> int:
        return len(self.n) - 1

    def rel(self, label: str) -> list[tuple[int, int]]:
        return self._rel.get(label, [])

    def has(self, label: str) -> bool:
        return bool(self._rel.get(label))

    def _from_word(self, first: int) -> str:
        """The lower-case text from word ``first`` on ("And is there any chance ...?" is read
        from "is")."""
        if first == 0 or first >= len(self.n):
            return self.lower
        return self.lower[self.char_span(first)[0] - self.unit.start:]

    def char_span(self, i: int) -> tuple[int, int]:
        """Character offsets of word ``i`` in the message text."""
        d = self.idx[i]
        return self.an.idx[d], self.an.idx[d] + self.an.length[d]

    def word_at(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset`` in the unit's text (a
        regex match's start), or ``len(n)``: where a rule read by pattern begins. (A
        binary search: rules call it once per match, and a long unit may hold thousands.)"""
        if self._starts is None:
            self._starts = [self.an.idx[d] - self.unit.start for d in self.idx]
        return bisect_left(self._starts, offset)

    def text_after(self, i: int) -> str:
        """The unit's text after word ``i``."""
        return self.unit.text[self.char_span(i)[1] - self.unit.start :]

    def search_once(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern.search(lower)``, searched once per unit: a rule asking about each of
        its words (``verb_action``) would otherwise search a long unit once per word."""
        key = id(pattern)
        if key not in self._searched:
            self._searched[key] = pattern.search(self.lower)
        return self._searched[key]

    def match_after(self, pattern: re.Pattern[str], i: int) -> re.Match[str] | None:
        """``pattern`` matched on the lower-case text right after word ``i``: what
        ``pattern.match(text_after(i).lower())`` answers for a pattern that does not open
        with ``^`` or a look-behind (``^`` and ``\\b`` read the text before the position),
        without copying the rest of a long unit for every word a rule asks about."""
        if len(self.lower) != len(self.unit.text):  # lower() changed a length ("İ")
            return pattern.match(self.text_after(i).lower())
        return pattern.match(self.lower, self.char_span(i)[1] - self.unit.start)

    def at(self, i: int) -> str:
        return self.n[i] if 0 <= i < len(self.n) else ""

    def negated_before(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.n[j] in WORD_FILLERS:
            j -= 1
        if self.at(j) in ("not", "never") and self.at(j - 1) != "why":
            return True
        return self.n[max(0, i - 3) : i] == ["no", "need", "to"]


ANSWERS = frozenset(("yes", "no", "yep", "yeah", "nope", "sure"))
#: Words that open a sentence before a comma and are no one's name.
_NOT_NAMES = frozenset(("also", "so", "and", "but", "ok", "okay", "thanks", "great", "yes", "no",
                        "well", "honestly", "overall", "sorry", "again", "anyway", "otherwise",
                        "first", "second", "finally", "lastly", "then", "now", "plus",
                        "perfect", "sure", "cool", "right", "oh", "ah", "hmm", "unfortunately"))
_GREETINGS = frozenset(("hi", "hello", "hey", "hiya", "dear", "morning", "afternoon", "evening",
                        "g'day", "howdy"))


def _after_greeting(n: list[str]) -> int:
    """Where a unit's own words start after a greeting on the same line ("Hi Sam, the
    opening line is too long": the greeting is no pleasantry about the work); 0 without
    one. The greeting is at most three words before its comma, dash or "!"."""
    if not n or n[0] not in _GREETINGS:
        return 0
    for k in range(1, min(4, len(n))):
        if n[k] in (",", "!", "-", "–", "—", ":"):
            return k + 1 if k + 1 < len(n) else 0
    return 0


#: Where a clause of the writer's own starts after a name: "Sam - I'd go lighter", "Tom, we
#: need ...".
_CLAUSE_OPENERS = frozenset(("i", "we", "please", "pls", "can", "could", "would", "let's"))


def _after_vocative(n: list[str], text: str) -> int:
    """Where a unit's own words start after the name it opens with and its dash or comma
    ("Sam - I'd go a touch lighter on the background"); 0 without one."""
    if len(n) < 3 or n[1] not in (",", "-", "–", "—") or n[2] not in _CLAUSE_OPENERS \
            or not n[0].isalpha() or n[0] in _NOT_NAMES:
        return 0
    return 2 if text.lstrip()[:1].isupper() else 0


# An opinion's lead-in before the unit's own words: "To be honest, I'd lose the gradient",
# "If it were me I'd cut the last slide" (one-word ones, "personally", are fillers).
_LEAD_INS = (("to", "be", "honest"), ("if", "it", "were", "me"), ("if", "it", "was", "me"),
             ("if", "i", "were", "you"), ("in", "my", "opinion"), ("if", "you", "ask", "me"),
             ("between", "you", "and", "me"),
             # an emphasis before a ban: "whatever you do, don't use the old logo"
             ("whatever", "you", "do"), ("above", "all"), ("most", "importantly"),
             # a question announced: "Quick question, is the font the same one ...?"
             ("quick", "question"), ("one", "question"), ("a", "question"),
             ("another", "question"), ("small", "question"))


def _after_lead_in(n: list[str], first: int) -> int:
    """Where the unit's own words start after an opinion's lead-in at ``first`` (and its
    comma), or ``first``."""
    for lead in _LEAD_INS:
        end = first + len(lead)
        if tuple(n[first:end]) == lead and end < len(n):
            return end + (n[end] == ",")
    return first


class _Stop:
    """The verdict of a rule that rules the kind out for the whole unit."""

    def __repr__(self) -> str:
        return "STOP"


#: A rule's verdict that ends the table: no statement of this kind in the unit.
STOP: Final = _Stop()
Verdict = Hit | _Stop | None
Rule = Callable[..., Verdict]


_CURRENCY_MARKS = frozenset("$€£¥")


def raised_money(v: View, i: int) -> bool:
    """"Raise $250,000", "generate 40k in donations": money to bring in (a goal), not a
    piece of the work raised ("raise the price to $49" still is a change)."""
    if v.n[i] not in ("raise", "raises", "raising", "generate", "generates", "generating"):
        return False
    nxt = v.at(i + 1)
    return nxt[:1] in _CURRENCY_MARKS or (nxt[:1].isdigit() and v.at(i + 2) in (
        "k", "dollars", "euros", "pounds", "in", "for", "from", "usd", "eur", "gbp"))


def first_hit(rules: Sequence[Rule], *args: object) -> Hit | None:
    """Run ``rules`` in order: the first :class:`Hit` wins, :data:`STOP` ends with none,
    None passes to the next rule."""
    for rule in rules:
        verdict = rule(*args)
        if verdict is None:  # the common case first: this rule has nothing to say
            continue
        return verdict if isinstance(verdict, Hit) else None  # a Hit, or STOP
    return None


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
