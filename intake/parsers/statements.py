"""Find change requests, special requirements and objectives in a client's words.

Input: an analysed message (spaCy ``Doc``). Output: three tuples of
``Statement`` (change requests, requirements, objectives), in text order,
each naming its sentence, the cue words that decided it and their offsets.

Each unit (a sentence, a line or a bullet: see ``statements_units``) is
judged on its own. Cue words come from one spaCy ``PhraseMatcher`` pass over the
whole message (``statements_cues``); the rules below look at where the cues
sit: a change verb counts at the start of an imperative ("Swap the tagline")
or right after a request frame ("could we", "please", "we'd like to"), not in
a status question ("Did you swap the tagline?"), a negation, a thank-you or a
report of the past. Bullets under a lead-in such as "Changes:" or "Goals:"
take the lead-in's kind.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from intake.parsers.mentions import Evidence, Statement
from intake.parsers.nlp import analyse
from intake.parsers.statements_cues import (
    CHANGE_VERBS,
    CLAUSE_PUNCT,
    FILLERS,
    GERUNDS,
    PLEASANTRY_OPENERS,
    STATUS_OPENERS,
    SUBJECT_EXCLUDE,
    WORD_FILLERS,
    matcher,
)
from intake.parsers.statements_units import Analysed, Unit, analysed

__all__ = ["extract_statements"]

Spans = dict[str, list[tuple[int, int]]]


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, to keep long tables readable."""
    return frozenset(text.split())


_LEAD_CHANGE = re.compile(
    r"(?:\b(?:changes|edits|revisions|amends|amendments|tweaks|corrections|fixes|feedback|"
    r"notes|comments|updates)\b|\b(?:change|update|fix|tweak|adjust|amend|correct)\b[^:]*"
    r"\b(?:following|these|below)\b)[^:]{0,60}:$",
    re.IGNORECASE,
)
_LEAD_REQ = re.compile(
    r"\b(?:requirements?|must[- ]haves?|constraints|mandator\w*|non-negotiables|legal|"
    r"compliance)\b[^:]{0,60}:$",
    re.IGNORECASE,
)
_LEAD_OBJ = re.compile(
    r"\b(?:goals?|objectives?|kpis?|okrs?|targets|success (?:metrics|criteria|measures)|"
    r"what success looks like|aims?)\b[^:]{0,60}:$",
    re.IGNORECASE,
)
_DATE_CUE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\b(?:launch|deadline|date|dates|go-live|live|week|weeks|month|months|tomorrow|today|"
    r"eod|cob|quarter|q[1-4]|spring|summer|fall|autumn|winter|later|earlier|back|out|"
    r"forward|schedule|timeline|kickoff|kick-off|delivery|shoot|premiere|release|\d+(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|yesterday|already|ago|previously|last (?:year|quarter|month|week|"
    r"spring|summer|fall|autumn|winter|time|campaign|season))\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|want|wants|like to|aim|aiming|goal is|is to|are to|this (?:year|quarter|month|"
    r"campaign|time|season)|next|need|needs|must|should|going to|(?:am|are|is|'re) hoping|"
    r"hope to|plan|planning|"
    r"looking to|trying to)\b|'ll\b",
    re.IGNORECASE,
)
_QUOTE_AFTER = re.compile(r"^\s*[:\"“”'‘’«]")
_PERSONAL_NEED = _words(
    "talk chat catch discuss meet schedule find connect sync check run leave head go say "
    "admit confess agree think ask get thank apologise apologize"
)
_COMPARATIVE_OK = _words(
    "bigger smaller larger bolder brighter darker lighter shorter longer simpler clearer "
    "more less punchier warmer cooler louder quieter wider narrower taller thicker "
    "thinner pop stand"
)
_DELIVERABLES = _words(
    "version versions cut cuts edit edits spot spots banner banners size sizes variant "
    "variants translation translations ad ads post posts video videos page pages slide "
    "slides flyer flyers email emails landing round option options placement placements "
    "story stories reel reels frame frames poster posters mailer deck language languages "
    "format formats copy spread insert tagline headline logo"
)
_PARTICIPLE_ACTION = {
    **dict.fromkeys(_words("swapped switched replaced substituted"), "swap"),
    **dict.fromkeys(_words("added inserted"), "add"),
    **dict.fromkeys(_words("removed deleted dropped cut omitted"), "remove"),
    **dict.fromkeys(_words("paused held halted suspended stopped"), "hold"),
    **dict.fromkeys(_words("cancelled canceled killed scrapped"), "cancel"),
    **dict.fromkeys(_words("postponed rescheduled delayed pushed"), "move_date"),
}
_EDIT_PARTICIPLES = _words(
    "changed updated tweaked edited revised amended adjusted modified fixed corrected "
    "reworked redone rewritten reworded rephrased resized shortened lengthened moved "
    "shifted cropped renamed increased reduced bumped"
)


_PLACING = _words("put putting place placing keep leave")
_AUDIENCE_VERBS = _words("reach target attract win engage convert acquire capture")
_CANNOT_EXCUSES = _words("make attend join wait thank believe say find come")
# A modal that only sets a deadline ("has to be ready by March 3") is a due date's business.
_DEADLINE = re.compile(
    r"\b(?:by|before|no later than|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"eod|cob|close|next|tomorrow|noon|midday|this|week|month)|"
    r"\b(?:in|within)\s+(?:a|one|two|three|four|five|six|seven|eight|ten|\d+)\s+"
    r"(?:business\s+|working\s+)?(?:days?|weeks?|months?)\b"
)
_PROHIBITION = re.compile(
    r"\b(?:must not|mustn't|cannot|can't|can not|may not|never|do not|don't)\b"
)
# "Please use the new photos only", "use the line on everything": a rule about all work.
_USE_RULE = re.compile(
    r"\buse\b[^.;]*\b(?:only|on everything|everywhere|throughout|on all|in all|across all|"
    r"in every|on every|at all times|consistently)\b|\b(?:always|only) use\b"
)
# "at least five working days before go-live", "build in 5 business days for review".
_LEAD_TIME = re.compile(
    r"\b(?:at least|build in|allow(?: for)?|plan for|give (?:us|them|him|her))\s+"
    r"(?:\w+\s+){0,3}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:business|working|calendar)?\s*days?\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:business|working)\s+"
    r"days?\s+(?:before|ahead|prior|notice|lead)"
)
_SUBORDINATE = _words("where when whenever if unless whether as")
_OBJECT_STARTS = _words("the this that it them these those our all a an my your \" “ ' ‘ «")
_CONDITIONALS = _words("if when whenever unless whether once")
# "is now May 15, not May 8", "on 05/10 instead of 02/10": a date moved without a verb.
_NEW_DATE = re.compile(
    r"\b(?:is|are) now\b[^.;]*?,\s*not\s+(?:on\s+)?(?:the\s+)?\d|"
    r"\b(?:instead of|rather than|not)\s+(?:on\s+)?(?:the\s+)?(?:\d{1,2}[./]\d{1,2}\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_PARENS = re.compile(r"\([^()]*\)")
_MEETINGS = _words("meeting call review session sync catch-up lunch coffee chat appointment zoom")
_APPROVED = _words("approved signed reviewed cleared vetted checked validated")
_KEEP = _words("keep stays stay fine good great perfect love like works")
_MODALS = _words("should must need needs has have will can could would 'd might")
_DETS = _words("the this that it them these those our all my your his her its")


@dataclass(frozen=True, slots=True)
class _Hit:
    kind: str
    first: int  # token indices of the cue words
    last: int
    confidence: float
    action: str | None = None


class _View:
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
        pos = {doc_i: k for k, doc_i in enumerate(self.idx)}
        self._rel: dict[str, list[tuple[int, int]]] = {}
        for label, found in spans.items():
            words = []
            for s, e in found:
                inner = [pos[d] for d in range(s, e) if d in pos]
                if inner:
                    words.append((inner[0], inner[-1] + 1))
            self._rel[label] = words
        self.lower = unit.text.lower()
        plain = _PARENS.sub("", self.lower)
        first = 0
        while first < len(self.n) and self.n[first] in FILLERS:
            first += 1
        self.first = first
        opener = self.n[first] if first < len(self.n) else ""
        self.status_question = unit.text.rstrip().endswith("?") and opener in STATUS_OPENERS
        self.pleasantry = opener in PLEASANTRY_OPENERS
        self.past_only = bool(_PAST.search(plain)) and not _FUTURE.search(plain)

    def rel(self, label: str) -> list[tuple[int, int]]:
        return self._rel.get(label, [])

    def has(self, label: str) -> bool:
        return bool(self._rel.get(label))

    def char_span(self, i: int) -> tuple[int, int]:
        """Character offsets of word ``i`` in the message text."""
        d = self.idx[i]
        return self.an.idx[d], self.an.idx[d] + self.an.length[d]

    def text_after(self, i: int) -> str:
        """The unit's text after word ``i``."""
        return self.unit.text[self.char_span(i)[1] - self.unit.start :]

    def at(self, i: int) -> str:
        return self.n[i] if 0 <= i < len(self.n) else ""

    def negated_before(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.n[j] in WORD_FILLERS:
            j -= 1
        if self.at(j) in ("not", "never") and self.at(j - 1) != "why":
            return True
        return self.n[max(0, i - 3) : i] == ["no", "need", "to"]


def _frame_before(v: _View, i: int) -> tuple[int, float] | None:
    """(first token of the request frame, confidence) when verb ``i`` is a request.

    A verb opening the unit or a clause is an imperative ("Swap the logo", "In
    spot 3, replace ..."); after a comma it must be followed by its object.
    """
    j = i - 1
    while j >= 0 and v.n[j] in WORD_FILLERS:
        j -= 1
    if j < 0:
        return (0, 0.85) if not v.status_question else None
    if v.n[j] in CLAUSE_PUNCT:
        if v.n[j] in (":", ";") or v.at(i + 1) in _OBJECT_STARTS:
            return (i, 0.75)
        return None
    for fs, fe in v.rel("FRAME"):
        if fe - 1 == j or (fe - 1 < j and all(x in WORD_FILLERS for x in v.n[fe:i])):
            return (fs, 0.9)
    return None


def _conditional(v: _View, i: int, frame_start: int) -> bool:
    """Verb ``i`` sits in an if/when clause that is not itself the request ("if you could")."""
    k = i - 1
    while k >= 0 and v.n[k] not in CLAUSE_PUNCT:
        if v.n[k] in _CONDITIONALS and k != frame_start:
            return True
        k -= 1
    return False


def _verb_ok(v: _View, i: int) -> str | None:
    """The action of change verb ``i`` if its neighbours make it a change, else None."""
    word, nxt, nxt2 = v.n[i], v.at(i + 1), v.at(i + 2)
    ruled = v.at(i - 1) in ("must", "should") or (
        v.at(i - 1) == "to" and v.at(i - 2) in ("need", "needs", "has", "have")
    )
    if word == "use" and (ruled or _USE_RULE.search(v.lower)):
        return None  # "every asset needs to use the new names": a rule, see _requirement
    if word in ("make", "use", "go") and v.has("INSTEAD"):
        return "swap"  # "Make the button green instead of blue", "use B instead"
    action = CHANGE_VERBS[word]
    after = v.n[i + 1 : i + 4]
    if nxt in ("me", "us", "you") or any(w in SUBJECT_EXCLUDE - {"me", "us"} for w in after):
        return None
    if word == "make":
        if nxt == "sure" or not any(w in _COMPARATIVE_OK for w in v.n[i + 1 : i + 6]):
            return None
    elif word == "use":
        if _USE_RULE.search(v.lower):
            return None  # "use the new photos only": a rule, see _requirement
        if not (v.has("INSTEAD") or any(w in ("new", "updated", "other", "alternate",
                "alternative", "second", "revised", "latest", "v2") for w in after)):  # fmt: skip
            return None
    elif word == "go":
        if nxt != "with":
            return None
    elif word == "do":
        deliverable = any(w in _DELIVERABLES for w in v.n[i + 1 : i + 6])
        if nxt not in ("a", "an", "another") or not ("also" in v.n[:i] or deliverable):
            return None
        return "add"
    elif word == "bring":
        if not {"forward", "up", "back"} & set(v.n[i + 1 : i + 8]):
            return None
        return "move_date"
    elif word == "include":
        if "also" not in v.n[: i + 1]:
            return None
    elif word == "take":
        if not ({nxt, nxt2} & {"out", "off", "down"}):
            return None
    elif word == "get":
        if nxt != "rid":
            return None
    elif word == "call":
        if "off" not in (nxt, nxt2, v.at(i + 3)):
            return None
    elif word == "pull":
        if nxt in ("forward", "ahead") or nxt2 == "forward":
            return "move_date"
        if nxt == "together" or nxt not in _DETS:
            return None
    elif word == "hold":
        if nxt == "on" or (nxt != "off" and nxt not in _DETS):
            return None
    elif word in ("stop", "drop"):
        if nxt in ("by", "me", "us", "a", "off", "in"):
            return None
    elif word == "cut":
        if nxt not in _DETS | {"back", "down"}:
            return None
    elif word == "fix" and nxt in ("a", "up") and nxt2 in ("time", "date", "call", "meeting"):
        return None
    if word in ("increase", "decrease", "reduce", "raise", "lower", "bump") and v.has("METRIC"):
        return None  # "increase sign-ups by 15%" is an objective
    if word in ("push", "move", "shift"):
        rest = v.unit.text[v.char_span(i)[0] - v.unit.start :]
        return "move_date" if _DATE_CUE.search(rest) else "edit"
    return action


def _go_ahead(v: _View, i: int) -> bool:
    """"Move ahead with the campaign", "move forward with it": approval, not a change
    ("move the launch forward to May 3" still is one)."""
    if v.at(i) not in ("move", "moving", "go", "push", "press", "carry"):
        return False
    after = v.at(i + 1)
    return after == "ahead" or (after == "forward" and v.at(i + 2) in ("with", "", ".", "!"))


def _change(v: _View) -> _Hit | None:
    if v.status_question:
        return None
    for s, e in v.rel("CR_VERB"):
        action = _verb_ok(v, s)
        if action is None or v.negated_before(s) or _go_ahead(v, s):
            continue
        frame = _frame_before(v, s)
        if frame is None or (v.pleasantry and frame[1] < 0.9) or _conditional(v, s, frame[0]):
            continue
        if action == "edit" and v.has("INSTEAD"):
            action = "swap"
        return _Hit("change_request", frame[0], e - 1, frame[1], action)
    for s, e in v.rel("PASSIVE"):
        k = e
        while v.at(k) in ("a", "bit", "little", "slightly", "much", "lot", "way", "even"):
            k += 1
        part = v.at(k)
        if part not in _PARTICIPLE_ACTION and part not in _COMPARATIVE_OK | _EDIT_PARTICIPLES:
            continue
        if not any(w in _MODALS for w in v.n[max(0, s - 4) : s]) or v.negated_before(s):
            continue
        action = _PARTICIPLE_ACTION.get(part, "edit")
        if part in ("moved", "shifted") and _DATE_CUE.search(v.lower):
            action = "move_date"
        return _Hit("change_request", s, k, 0.8, action)
    for s, e in v.rel("SHOULD_READ"):
        tail = v.text_after(e - 1)
        if _QUOTE_AFTER.match(tail):
            return _Hit("change_request", s, e - 1, 0.8, "edit")
    for s, e in v.rel("ANNOUNCE"):
        if not v.past_only and v.at(e) not in ("away", "on", "forward", "ahead", "along"):
            action = GERUNDS[v.n[e - 1]]
            if (
                action == "edit"
                and _DATE_CUE.search(v.lower)
                and v.n[e - 1] in ("moving", "shifting")
            ):
                action = "move_date"
            return _Hit("change_request", s, e - 1, 0.8, action)
    for s, e in v.rel("WANT_DONE"):
        for k in range(e, min(e + 6, len(v.n))):
            part = v.n[k]
            if k > e and (part in _PARTICIPLE_ACTION or part in _EDIT_PARTICIPLES):
                if v.negated_before(s) or v.status_question or v.past_only:
                    break
                action = _PARTICIPLE_ACTION.get(part, "edit")
                if part in ("moved", "shifted", "pushed") and _DATE_CUE.search(v.text_after(k)):
                    action = "move_date"
                return _Hit("change_request", s, k, 0.75, action)
            if part in ("to", "that", "and", ",", ".", "if", "for"):
                break
    meeting = bool(_MEETINGS & set(v.n))
    if v.has("INSTEAD") and v.rel("FRAME") and not v.past_only and not meeting:
        fs, fe = v.rel("FRAME")[0]
        if v.n[fs] in ("'d", "would", "please", "let", "could", "can"):
            return _Hit("change_request", fs, fe - 1, 0.7, "swap")
    for s, e in v.rel("NEEDS_FIX"):
        if not v.negated_before(s):
            return _Hit("change_request", s, e - 1, 0.75, "edit")
    for s, e in v.rel("CAN_SLIP"):
        rest = v.text_after(e - 1)
        dated = " to " in rest.lower() and _DATE_CUE.search(rest)
        if dated and not (_MEETINGS & set(v.n)) and not v.negated_before(s):
            return _Hit("change_request", s, e - 1, 0.7, "move_date")
    for s, e in v.rel("NEED_NUM"):
        if v.at(e) in ("more", "extra", "additional") and not v.negated_before(s):
            return _Hit("change_request", s, e, 0.75, "add")
    for s, e in v.rel("MOVES_FROM"):
        if " to " in v.lower and not v.past_only:
            action = "move_date" if _DATE_CUE.search(v.lower) else "edit"
            return _Hit("change_request", s, e - 1, 0.7, action)
    if _NEW_DATE.search(v.lower) and not v.past_only:
        return _Hit("change_request", 0, len(v.n) - 1, 0.7, "move_date")
    for s, e in v.rel("SCOPE_ADD"):
        if v.negated_before(s) or v.at(s - 1) in ("you", "they"):
            continue
        if v.has("REQ_STRONG") or v.has("REQ_APPROVAL"):
            continue  # "we also need a signed model release": a requirement
        extra = v.n[e - 1] in ("another", "additional", "extra") or "also" in v.n[:s]
        if extra or any(w in _DELIVERABLES for w in v.n[e : e + 5]):
            return _Hit("change_request", s, e - 1, 0.8, "add")
    for s, e in v.rel("NO_LONGER"):
        if v.n[s] == "no" or "anymore" in v.n or ("any" in v.n and "more" in v.n):
            return _Hit("change_request", s, e - 1, 0.8, "remove")
    for s, e in v.rel("ON_HOLD"):
        before = v.n[:s]
        placed = v.n[s] == "hold" or bool(set(before) & _PLACING)
        if placed and not v.past_only and not (set(before) & {"was", "were", "been", "is", "are"}):
            return _Hit("change_request", s, e - 1, 0.85, "hold")
    return None


def _requirement(v: _View, change: _Hit | None) -> _Hit | None:
    if v.status_question:
        return None
    if _LEAD_TIME.search(v.lower) and not v.past_only:
        return _Hit("requirement", 0, len(v.n) - 1, 0.75)
    if _USE_RULE.search(v.lower) and change is None:
        return _Hit("requirement", 0, len(v.n) - 1, 0.75)
    if _DEADLINE.search(v.lower) and not _PROHIBITION.search(v.lower):
        return None  # "has to be ready by March 3" is a due date, not a constraint
    for s, e in v.rel("WANT_DONE"):
        if any(w in _APPROVED for w in v.n[e + 1 : e + 6]) and not v.past_only:
            return _Hit("requirement", s, e - 1, 0.75)  # "we need it approved by legal"
    has_topic = v.has("REQ_STRONG") or v.has("REQ_SPEC") or v.has("REQ_APPROVAL")
    counted: list[tuple[int, int]] = []
    for s, e in v.rel("REQ_MODAL"):
        head, nxt = v.n[s], v.at(e)
        if change is not None and change.first <= e + 3 and change.last >= s:
            continue  # "we need to push the launch": the modal serves the change request
        if v.at(s - 1) == "i" and head in ("have", "need", "must", "got") and nxt != "you":
            continue  # "I have to say", "I need to check": the writer's own errands
        busy = head == "must" and v.at(e + 1) in ("busy", "been", "had", "swamped")
        if nxt in _PERSONAL_NEED or busy or _SUBORDINATE & set(v.n[max(0, s - 3) : s]):
            continue
        if head in ("should", "need") and not (has_topic or v.has("REQ_ACTOR")):
            continue
        if head in ("can", "cannot") and nxt in _CANNOT_EXCUSES:
            continue
        if head in ("do", "never") and not all(w in FILLERS for w in v.n[:s]):
            continue  # "Don't change the logo" rules; "we didn't change it" reports
        counted.append((s, e))
    if counted:
        s, e = counted[0]
        return _Hit("requirement", s, e - 1, 0.85)
    if change is not None or v.past_only or v.pleasantry:
        return None
    for label, conf in (("REQ_STRONG", 0.75), ("REQ_APPROVAL", 0.75)):
        spans = v.rel(label)
        if spans:
            s, e = spans[0]
            return _Hit("requirement", s, e - 1, conf)
    spec = v.rel("REQ_SPEC")
    if len({v.n[s] for s, _ in spec}) >= 2:
        s, e = spec[0]
        return _Hit("requirement", s, spec[-1][1] - 1, 0.7)
    return None


def _objective(v: _View) -> _Hit | None:
    if v.status_question or v.past_only:
        return None
    for s, e in v.rel("OBJ_NOUN"):
        head = v.n[s]
        metric = v.has("METRIC") or v.has("AUDIENCE") or v.has("PERCENT")
        if v.n[e - 1] == "for":
            if metric:
                return _Hit("objective", s, e - 1, 0.85)
            continue
        if head in ("aim", "aiming", "hope", "hoping", "looking", "trying", "want", "wants",
                    "plan", "planning", "'d", "would", "point", "idea", "purpose"):  # fmt: skip
            verb = v.at(e)
            if verb in ("reach", "target") and v.at(e + 1) == "out":
                continue
            near = any(e < ms <= e + 10 for ms, _ in v.rel("METRIC") + v.rel("AUDIENCE"))
            near = near or any(e < ps <= e + 10 for ps, _ in v.rel("PERCENT"))
            if any(vs == e for vs, _ in v.rel("OBJ_VERB")) and near:
                return _Hit("objective", s, e, 0.85)
            continue
        if head == "success" and v.at(s - 1) in ("what", "on", "about"):
            continue  # "a note on what success looks like": the topic, objectives follow
        if "target" in v.n[s:e]:
            k = s + v.n[s:e].index("target")
            nxt = v.at(k + 1)
            target_start = v.char_span(k)[0] - v.unit.start
            if nxt in ("date", "launch", "deadline", "day", "week", "month", "delivery"):
                continue
            if v.unit.text.startswith("Target", target_start) and k > 0:
                continue  # the retailer
        return _Hit("objective", s, e - 1, 0.9)
    metrics = v.rel("METRIC")
    audiences = v.rel("AUDIENCE")
    for s, e in v.rel("OBJ_WANT_MORE"):
        if any(e <= ms <= e + 4 for ms, _ in metrics + audiences) and not v.negated_before(s):
            return _Hit("objective", s, e - 1, 0.75)
    for s, e in v.rel("OBJ_WANT_NUM"):
        if any(e <= ms <= e + 4 for ms, _ in metrics) and not v.negated_before(s):
            return _Hit("objective", s, e - 1, 0.8)
    for s, _e in v.rel("OBJ_VERB"):
        word = v.n[s]
        if v.at(s + 1) == "out" or v.negated_before(s):
            continue
        window = range(s + 1, s + 8)
        if word == "get" and v.at(s + 1) != "more":
            continue
        has_metric = any(ms in window for ms, _ in metrics)
        has_audience = word in _AUDIENCE_VERBS and any(a in window for a, _ in audiences)
        if has_metric or has_audience:
            return _Hit("objective", s, s, 0.8)
    return None


def _lead_in(text: str) -> str | None:
    text = text.strip()
    if not text.endswith(":") or len(text) > 90:
        return None
    if _LEAD_OBJ.search(text):
        return "objective"
    if _LEAD_REQ.search(text):
        return "requirement"
    if _LEAD_CHANGE.search(text):
        return "change_request"
    return None


def _evidence(v: _View, hit: _Hit) -> Evidence:
    unit = v.unit
    start, end = v.char_span(hit.first)[0], v.char_span(hit.last)[1]
    words = unit.text[start - unit.start : end - unit.start]
    return Evidence(words, " ".join(unit.text.split()), start, end, hit.confidence)


def _bucket(doc: Doc, all_units: tuple[Unit, ...]) -> dict[int, Spans]:
    starts = [u.tok_start for u in all_units]
    out: dict[int, Spans] = defaultdict(lambda: defaultdict(list))
    for label, s, e in matcher(doc.vocab)(doc):
        i = bisect_right(starts, s) - 1
        if i >= 0 and e <= all_units[i].tok_end:
            out[i][label].append((s, e))
    return out


def extract_statements(
    doc: Doc | str,
) -> tuple[tuple[Statement, ...], tuple[Statement, ...], tuple[Statement, ...]]:
    """(change requests, requirements, objectives) stated in ``doc``, each in text order.

    A string is analysed first (``intake.parsers.nlp.analyse``).
    """
    if isinstance(doc, str):
        doc = analyse(doc)
    an = analysed(doc)
    all_units, text = an.units, an.text
    norms = an.norms(doc.vocab.strings)
    found: dict[str, list[Statement]] = {"change_request": [], "requirement": [], "objective": []}
    buckets = _bucket(doc, all_units)
    lead: str | None = None  # kind of the "Changes:" lead-in whose items follow
    section: str | None = None  # kind of the heading ("Requirements") we are under
    section_units = 0
    prev_end = 0
    for i, unit in enumerate(all_units):
        gap = text[prev_end : unit.start] if i else "\n"
        prev_end = unit.end
        heading = _heading(text, unit, gap)
        if heading is not None:
            section, lead = heading or None, None
            continue
        if "\n\n" in gap and section_units:
            section = None  # a heading's section is its paragraph
        section_units = section_units + 1 if section else 0
        spans = buckets.get(i)
        if not spans and not lead and section is None:
            # No cue, no lead-in list, no heading: the unit can only open a list.
            lead = _lead_in(unit.text)
            continue
        v = _View(an, norms, unit, spans or {})
        line_start = "\n" in gap
        plain_item = (
            "\n\n" not in gap
            and line_start
            and len(unit.text) < 100
            and not v.pleasantry
            and _lead_in(unit.text) is None
        )
        if lead and (unit.bullet or plain_item):
            hit = _list_item(v, lead)
            if hit is not None:
                found[lead].append(Statement(lead, _evidence(v, hit), hit.action))
            continue
        if not (lead and not line_start and "\n\n" not in gap):
            lead = _lead_in(unit.text)  # a bullet's second sentence keeps the list going
            if lead:
                continue
        for hit in _judge(v, section):
            found[hit.kind].append(Statement(hit.kind, _evidence(v, hit), hit.action))
    return (
        tuple(found["change_request"]),
        tuple(found["requirement"]),
        tuple(found["objective"]),
    )


def _judge(v: _View, section: str | None) -> list[_Hit]:
    """The statements one unit makes; a heading's section lowers the bar for its own kind."""
    change = _change(v) if v.spans else None
    req = _requirement(v, change) if v.spans else None
    obj = _objective(v) if v.spans else None
    if obj is not None and change is not None and change.first <= obj.first <= change.last:
        obj = None  # "please cut the pricing section, sales doesn't want it": the cut is a change
    last = len(v.n) - 1
    ordinary = not v.pleasantry and not v.status_question and len(v.unit.text) > 25
    if section == "requirement" and req is None and change is None and ordinary:
        req = _Hit("requirement", 0, last, 0.65)
    measured = any(v.has(k) for k in ("METRIC", "PERCENT", "OBJ_VERB", "AUDIENCE"))
    if section == "objective" and obj is None and ordinary and not v.past_only and measured:
        obj = _Hit("objective", 0, last, 0.65)
    if section == "change_request" and change is None and ordinary and v.has("CR_VERB"):
        change = _Hit("change_request", 0, last, 0.65, "edit")
    return [h for h in (change, req, obj) if h is not None]


_HEAD_REQ = re.compile(
    r"^(?:requirements?|must[- ]haves?|constraints|mandator\w*|non-negotiables|legal|compliance|"
    r"what to avoid|rules|guidelines|brand and legal|"
    r"legal and brand|approvals?)\b",
    re.IGNORECASE,
)
_HEAD_OBJ = re.compile(
    r"^(?:(?:our|the|business|campaign|marketing|key)\s+)?(?:goals?|objectives?|kpis?|okrs?|"
    r"targets|success|aims?|what success looks like)\b",
    re.IGNORECASE,
)
_HEAD_CHANGE = re.compile(
    r"^(?:(?:requested|our|the)\s+)?(?:changes|edits|revisions|amends|amendments|feedback|"
    r"tweaks|corrections|fixes)\b",
    re.IGNORECASE,
)


def _heading(text: str, unit: Unit, gap: str) -> str | None:
    """A section heading's kind ("" for other headings such as "Budget"), or None."""
    words = unit.text.split()
    if (
        len(words) > 5
        or len(unit.text) > 40
        or unit.text[-1] in ".!?:;,"
        or not (unit.text[0].isupper() or unit.text[0].isdigit())
        or (gap and "\n" not in gap)
        or (not text.startswith("\n", unit.end) and unit.end < len(text))
    ):
        return None
    if unit.bullet and len(words) > 3:
        return None
    for kind, pattern in (
        ("requirement", _HEAD_REQ),
        ("objective", _HEAD_OBJ),
        ("change_request", _HEAD_CHANGE),
    ):
        if pattern.search(unit.text):
            return kind
    return ""


def _list_item(v: _View, lead: str) -> _Hit | None:
    """An item under a lead-in: takes the lead-in's kind; a change item names its action."""
    last = len(v.n) - 1
    if lead != "change_request":
        return _Hit(lead, 0, last, 0.8)
    if v.pleasantry or (_KEEP & set(v.n) and not v.has("CR_VERB")):
        return None  # "Love the music.", "Keep it." under "A few notes:"
    hit = _change(v)
    if hit is not None:
        return _Hit("change_request", 0, last, 0.9, hit.action)
    for s, _e in v.rel("CR_VERB"):
        action = _verb_ok(v, s)
        if action:
            return _Hit("change_request", 0, last, 0.85, action)
    return _Hit("change_request", 0, last, 0.75, "edit")
