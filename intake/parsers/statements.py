"""Find change requests, special requirements and objectives in a client's words.

Input: an analysed message (spaCy ``Doc``). Output: three tuples of
``Statement`` (change requests, requirements, objectives), in text order,
each naming its sentence, the cue words that decided it and their offsets.

Each unit (a sentence, a line or a bullet: see ``statements_units``) is
judged on its own. Cue words come from one spaCy ``Matcher`` pass over the
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
from intake.parsers.statements_cues import (
    CHANGE_VERBS,
    FILLERS,
    PLEASANTRY_OPENERS,
    STATUS_OPENERS,
    SUBJECT_EXCLUDE,
    matcher,
)
from intake.parsers.statements_units import Unit, units

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
    r"\b(?:requirements?|must[- ]haves?|specs?|specifications|constraints|mandator\w*|"
    r"non-negotiables|legal|compliance|deliverable specs|technical)\b[^:]{0,60}:$",
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
    r"campaign|time|season)|next|need|needs|must|should|going to|hope|hoping|plan|planning|"
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
    """One unit's tokens as NORM strings, with helpers the rules share."""

    def __init__(self, doc: Doc, unit: Unit, spans: Spans):
        self.doc, self.unit, self.spans = doc, unit, spans
        self.base = unit.tok_start
        self.n = [t.norm_ for t in doc[unit.tok_start : unit.tok_end]]
        self.lower = unit.text.lower()
        first = 0
        while first < len(self.n) and self.n[first] in FILLERS:
            first += 1
        self.first = first
        opener = self.n[first] if first < len(self.n) else ""
        self.status_question = unit.text.rstrip().endswith("?") and opener in STATUS_OPENERS
        self.pleasantry = opener in PLEASANTRY_OPENERS
        self.past_only = bool(_PAST.search(self.lower)) and not _FUTURE.search(self.lower)

    def rel(self, label: str) -> list[tuple[int, int]]:
        return [(s - self.base, e - self.base) for s, e in self.spans.get(label, ())]

    def has(self, label: str) -> bool:
        return bool(self.spans.get(label))

    def at(self, i: int) -> str:
        return self.n[i] if 0 <= i < len(self.n) else ""

    def negated_before(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.n[j] in FILLERS:
            j -= 1
        if self.at(j) in ("not", "never") and self.at(j - 1) != "why":
            return True
        return self.n[max(0, i - 3) : i] == ["no", "need", "to"]


def _frame_before(v: _View, i: int) -> tuple[int, float] | None:
    """(first token of the request frame, confidence) when verb ``i`` is a request."""
    j = i - 1
    while j >= 0 and v.n[j] in FILLERS:
        j -= 1
    if j < 0:
        return (0, 0.85) if not v.status_question else None
    for fs, fe in v.rel("FRAME"):
        if fe - 1 == j or (fe - 1 < j and all(x in FILLERS for x in v.n[fe:i])):
            return (fs, 0.9)
    return None


def _verb_ok(v: _View, i: int) -> str | None:
    """The action of change verb ``i`` if its neighbours make it a change, else None."""
    word, nxt, nxt2 = v.n[i], v.at(i + 1), v.at(i + 2)
    action = CHANGE_VERBS[word]
    after = v.n[i + 1 : i + 4]
    if nxt in ("me", "us", "you") or any(w in SUBJECT_EXCLUDE - {"me", "us"} for w in after):
        return None
    if word == "make":
        if nxt == "sure" or not any(w in _COMPARATIVE_OK for w in v.n[i + 1 : i + 6]):
            return None
    elif word == "use":
        if not (v.has("INSTEAD") or any(w in ("new", "updated", "other", "alternate",
                "alternative", "second", "revised", "latest", "v2") for w in after)):  # fmt: skip
            return None
    elif word == "go":
        if nxt != "with":
            return None
    elif word == "do":
        if "also" not in v.n[:i] or nxt not in ("a", "an", "another"):
            return None
        return "add"
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
        rest = v.unit.text[v.doc[v.base + i].idx - v.unit.start :]
        return "move_date" if _DATE_CUE.search(rest) else "edit"
    return action


def _change(v: _View) -> _Hit | None:
    if v.status_question:
        return None
    for s, e in v.rel("CR_VERB"):
        action = _verb_ok(v, s)
        if action is None or v.negated_before(s):
            continue
        frame = _frame_before(v, s)
        if frame is None or (v.pleasantry and frame[1] < 0.9):
            continue
        if "if" in v.n[:s] and not v.has("FRAME"):
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
        tail = v.unit.text[v.doc[v.base + e - 1].idx + len(v.doc[v.base + e - 1].text)
                           - v.unit.start :]  # fmt: skip
        if _QUOTE_AFTER.match(tail):
            return _Hit("change_request", s, e - 1, 0.8, "edit")
    for s, e in v.rel("SCOPE_ADD"):
        if v.negated_before(s) or v.at(s - 1) in ("you", "they"):
            continue
        extra = v.n[e - 1] in ("another", "additional", "extra", "more") or "also" in v.n[:s]
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
    counted: list[tuple[int, int]] = []
    for s, e in v.rel("REQ_MODAL"):
        head, nxt = v.n[s], v.at(e)
        if change is not None and change.first <= e + 3 and change.last >= s:
            continue  # "we need to push the launch": the modal serves the change request
        if v.at(s - 1) == "i" and head in ("have", "need", "must", "got") and nxt != "you":
            continue  # "I have to say", "I need to check": the writer's own errands
        busy = head == "must" and v.at(e + 1) in ("busy", "been", "had", "swamped")
        if nxt in _PERSONAL_NEED or busy:
            continue
        if head in ("should", "need") and not (v.has("REQ_STRONG") or v.has("REQ_SPEC")):
            continue
        if head in ("can", "cannot") and nxt in ("make", "attend", "join", "wait", "thank",
                                                 "believe", "say", "find"):  # fmt: skip
            continue
        counted.append((s, e))
    if counted:
        s, e = counted[0]
        return _Hit("requirement", s, e - 1, 0.85)
    strong = v.rel("REQ_STRONG")
    if strong and not v.past_only and not v.pleasantry:
        s, e = strong[0]
        return _Hit("requirement", s, e - 1, 0.75)
    spec = v.rel("REQ_SPEC")
    if len({v.n[s] for s, _ in spec}) >= 2 and change is None:
        s, e = spec[0]
        return _Hit("requirement", s, spec[-1][1] - 1, 0.7)
    return None


def _objective(v: _View) -> _Hit | None:
    if v.status_question or v.past_only:
        return None
    for s, e in v.rel("OBJ_NOUN"):
        head = v.n[s]
        if head in ("aim", "aiming", "hope", "hoping", "looking", "trying", "want", "wants",
                    "plan", "planning", "'d", "would"):  # fmt: skip
            verb = v.at(e)
            if verb in ("reach", "target") and v.at(e + 1) == "out":
                continue
            metric = v.has("METRIC") or v.has("AUDIENCE") or v.has("PERCENT")
            if v.rel("OBJ_VERB") and any(vs == e for vs, _ in v.rel("OBJ_VERB")) and metric:
                return _Hit("objective", s, e, 0.85)
            continue
        if "target" in v.n[s:e]:
            t = v.base + s + v.n[s:e].index("target")
            nxt = v.doc[t + 1].norm_ if t + 1 < len(v.doc) else ""
            if nxt in ("date", "launch", "deadline", "day", "week", "month", "delivery"):
                continue
            if v.doc[t].text == "Target" and t > v.base:
                continue  # the retailer
        return _Hit("objective", s, e - 1, 0.9)
    metrics = v.rel("METRIC")
    audiences = v.rel("AUDIENCE")
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


def _evidence(doc: Doc, unit: Unit, hit: _Hit) -> Evidence:
    first, last = doc[unit.tok_start + hit.first], doc[unit.tok_start + hit.last]
    start, end = first.idx, last.idx + len(last.text)
    return Evidence(doc.text[start:end], unit.text, start, end, hit.confidence)


def _bucket(doc: Doc, all_units: tuple[Unit, ...]) -> dict[int, Spans]:
    starts = [u.tok_start for u in all_units]
    strings = doc.vocab.strings
    out: dict[int, Spans] = defaultdict(lambda: defaultdict(list))
    for match_id, s, e in matcher(doc.vocab)(doc):
        i = bisect_right(starts, s) - 1
        if i >= 0 and e <= all_units[i].tok_end:
            out[i][strings[match_id]].append((s, e))
    return out


def extract_statements(
    doc: Doc,
) -> tuple[tuple[Statement, ...], tuple[Statement, ...], tuple[Statement, ...]]:
    """(change requests, requirements, objectives) stated in ``doc``, each in text order."""
    all_units = units(doc)
    found: dict[str, list[Statement]] = {"change_request": [], "requirement": [], "objective": []}
    buckets = _bucket(doc, all_units)
    lead: str | None = None
    prev_end = 0
    for i, unit in enumerate(all_units):
        gap = doc.text[prev_end : unit.start]
        prev_end = unit.end
        spans = buckets.get(i, {})
        v = _View(doc, unit, spans)
        plain_item = (
            "\n\n" not in gap
            and len(unit.text) < 100
            and not v.pleasantry
            and _lead_in(unit.text) is None
        )
        if lead and (unit.bullet or plain_item):
            hit = _list_item(v, lead)
            if hit:
                found[lead].append(Statement(lead, _evidence(doc, unit, hit), hit.action))
                continue
        lead = _lead_in(unit.text)
        if lead or not spans:
            continue
        change = _change(v)
        for hit in (change, _requirement(v, change), _objective(v)):
            if hit is not None:
                ev = _evidence(doc, unit, hit)
                found[hit.kind].append(Statement(hit.kind, ev, hit.action))
    return (
        tuple(found["change_request"]),
        tuple(found["requirement"]),
        tuple(found["objective"]),
    )


def _list_item(v: _View, lead: str) -> _Hit | None:
    """An item under a lead-in: takes the lead-in's kind; a change item names its action."""
    last = len(v.n) - 1
    if lead != "change_request":
        return _Hit(lead, 0, last, 0.8)
    hit = _change(v)
    if hit is not None:
        return _Hit("change_request", 0, last, 0.9, hit.action)
    for s, _e in v.rel("CR_VERB"):
        action = _verb_ok(v, s)
        if action:
            return _Hit("change_request", 0, last, 0.85, action)
    return _Hit("change_request", 0, last, 0.75, "edit")
