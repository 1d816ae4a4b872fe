"""Change requests, special requirements and objectives in a client's words.

Input: an analysed message (spaCy ``Doc``). Output: three tuples of
``Statement`` (change requests, requirements, objectives), in text order,
each naming its sentence, the cue words that decided it and their offsets.

Each unit (a sentence, a line or a bullet: see :mod:`.units`) is judged on
its own. Cue words come from one spaCy ``PhraseMatcher`` pass over the whole
message (:mod:`.cues`); the ordered rule tables of :mod:`.changes`,
:mod:`.requirements` and :mod:`.objectives` look at where the cues sit.
Bullets under a lead-in such as "Changes:" or "Goals:", and lines under a
heading such as "Requirements", take its kind (:mod:`.layout`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from intake.parsers.html import CELL_SEPARATOR
from intake.parsers.language import detect_language, foreign_paragraphs
from intake.parsers.mentions import Evidence, Statement
from intake.parsers.nlp import analyse
from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements.changes import find_change, verb_action
from intake.parsers.statements.cues import FAULT_WORDS, SIZE_WORDS, matcher
from intake.parsers.statements.foreign import disliked, foreign_statements
from intake.parsers.statements.layout import arrowed, heading, labelled_line, lead_in, list_item
from intake.parsers.statements.model_changes import with_model_changes
from intake.parsers.statements.objectives import find_objective
from intake.parsers.statements.requirements import find_requirement, second_rule
from intake.parsers.statements.units import Analysed, Unit, analysed
from intake.parsers.statements.view import COLOUR_NAMES, Hit, Spans, View
from intake.parsers.statements.wrappers import own_words
from intake.parsers.wrapping import BULLET

__all__ = ["extract_statements"]


def _evidence(v: View, hit: Hit, whole: Unit | None = None) -> Evidence:
    """The hit's words and its sentence: the ``whole`` unit's when the rules read only its own
    words inside a wrapper (:mod:`.wrappers`)."""
    unit = v.unit
    start, end = v.char_span(hit.first)[0], v.char_span(hit.last)[1]
    words = unit.text[start - unit.start : end - unit.start]
    sentence = (whole or unit).text
    return Evidence(words, " ".join(sentence.split()), start, end, hit.confidence)


def _unwrapped(an: Analysed, norms: list[str], unit: Unit, spans: Spans) -> View | None:
    """A view of ``unit``'s own words without the lead-in or courtesy wrapped around them
    ("Thanks again - swap the hero photo", "..., if that's ok"), or None."""
    found = own_words(unit.text)
    if found is None:
        return None
    start, end = unit.start + found[0], unit.start + found[1]
    toks = [i for i in range(unit.tok_start, unit.tok_end)
            if not an.space[i] and start <= an.idx[i] and an.idx[i] + an.length[i] <= end]
    if not toks:
        return None
    inner = Unit(an.idx[toks[0]], an.idx[toks[-1]] + an.length[toks[-1]], toks[0], toks[-1] + 1,
                 an.text[an.idx[toks[0]] : an.idx[toks[-1]] + an.length[toks[-1]]], unit.bullet)
    return View(an, norms, inner, spans)


def _bucket(doc: Doc, all_units: tuple[Unit, ...]) -> dict[int, Spans]:
    starts = [u.tok_start for u in all_units]
    out: dict[int, Spans] = defaultdict(lambda: defaultdict(list))
    for label, s, e in matcher(doc.vocab)(doc):
        i = bisect_right(starts, s) - 1
        if i >= 0 and e <= all_units[i].tok_end:
            out[i][label].append((s, e))
    return out


def extract_statements(
    doc: Doc | str, *, language: str | None = None, answering: bool = False,
    facts: Sequence[tuple[int, int]] = (),
) -> tuple[tuple[Statement, ...], tuple[Statement, ...], tuple[Statement, ...]]:
    """(change requests, requirements, objectives) stated in ``doc``, each in text order.

    A string is analysed first (``intake.parsers.nlp.analyse``). ``language`` is the
    client's ("fr", "de", "es"); without it the message's own words decide
    (:func:`intake.parsers.language.detect_language`). ``answering``: the words answer earlier
    mail (a reply), where the second opinion also reads changes no rule reads
    (:mod:`.model_changes`) in units holding none of the dates and amounts at ``facts``
    (character spans: what the date and money readers found is theirs).
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
    prev_bullet = False  # whether the unit before was a list item
    prev_end = 0
    prev_lead_end = -2  # the unit that opened the current lead-in list
    rules_said = False  # a sentence of this paragraph announced rules ("brand rules: ...")
    asked_before = -2  # the last unit that asked a change
    unread: list[Unit] = []  # units no rule said anything of, outside lists and sections
    for i, unit in enumerate(all_units):
        gap = text[prev_end : unit.start] if i else "\n"
        prev_end = unit.end
        # a short bullet under a lead-in is its item ("- 500 new members"), not a heading
        announced = None if lead and unit.bullet else heading(text, unit, gap)
        if announced == "" and section is not None and (not section_units or "\n\n" not in gap) \
                and not _next_heading(all_units, i, section_units):
            announced = None  # "Must-haves / All copy in plain English": the section's item
        if announced is not None:
            section, lead, section_units = announced or None, None, 0
            rules_said = False  # a heading ("Alex Moreno (they/them)") ends the rules' paragraph
            continue
        # a heading's section is its paragraph, or its list when blank lines space the items
        # ("Objectives\n\n1. Grow ...\n\n2. Get ...", Gmail's one <div> per line)
        if "\n\n" in gap and section_units and not (unit.bullet and prev_bullet):
            section = None
        # a line without a mark after marked items ends their list, blank line or not (Outlook's
        # plain text often has none between paragraphs): "- Make the hours larger\nPrices ..."
        after_items = prev_bullet and not unit.bullet and "\n" in gap
        if after_items and section_units:
            section = None
        prev_bullet = unit.bullet
        section_units = section_units + 1 if section else 0
        spans = buckets.get(i)
        labelled = labelled_line(unit.text) if section is None else None
        rules_said = rules_said and "\n\n" not in gap
        if not spans and not lead and section is None and not arrowed(unit.text) \
                and labelled is None and not rules_said:
            # No cue, no lead-in list, no heading: the unit can only open a list.
            lead = lead_in(unit.text)
            prev_lead_end = i
            if lead is None and section is None:
                unread.append(unit)
            continue
        v = View(an, norms, unit, spans or {})
        line_start = "\n" in gap
        # the first item may stand after a blank line: "Our comments:\n\nThe intro ..."
        first_item = lead is not None and prev_lead_end == i - 1
        plain_item = (
            ("\n\n" not in gap or first_item)
            and line_start
            and not after_items
            and len(unit.text) < 100
            and not v.pleasantry
            and lead_in(unit.text) is None
        )
        if first_item and _header_row(unit.text):
            continue  # "Page | Comment": a table's header, its rows are the items
            # (a header opens the list: "Mark Ellis | Brand Director" under the items is none)
        if lead and (unit.bullet or plain_item):
            hit = list_item(v, lead)
            if hit is not None:
                found[hit.kind].append(Statement(hit.kind, _evidence(v, hit), hit.action))
            continue
        if not (lead and not line_start and "\n\n" not in gap):
            lead = lead_in(unit.text)  # a bullet's second sentence keeps the list going
            if lead:
                prev_lead_end = i
                continue
        hits = _judge(v, section or labelled)
        whole: Unit | None = None
        if not hits and (inner := _unwrapped(an, norms, unit, spans or {})) is not None:
            hits = _judge(inner, section or labelled)  # "Thanks again - swap the hero photo"
            if hits:
                v, whole = inner, unit
        if rules_said and not hits and not _FIGURE.search(unit.text) and len(unit.text) > 12 \
                and not _OF_THE_RULES.search(unit.text) and not _OWN_LABEL.match(unit.text):
            hits = [Hit("requirement", 0, v.last, 0.6)]  # the next rule of the paragraph
        if section is None and (said := _RULES_SAID.search(unit.text)):
            # "A few brand rules from corporate: the logo always sits on white ...": this
            # sentence's rule, and the paragraph's next sentences without a date, a sum or a
            # statement of another kind ("Headlines are set in our brand font only.")
            if not any(h.kind == "requirement" for h in hits):
                hits.append(Hit("requirement", v.word_at(said.end() - 1), v.last, 0.65))
            rules_said = True
        if asked_before == i - 1 and _COUNT_OF_THAT.match(unit.text) and "\n\n" not in gap:
            hits = [h for h in hits if h.kind != "requirement"]  # "Too many fonts. Stick to
            # two.": the change's fix, not a rule of its own
        if asked_before == i - 1 and _BAN_OF_THAT.match(unit.text) and "\n\n" not in gap:
            # "I'd cut the line about "no credit checks". That isn't true and we can't say
            # it.": the reason for the change before, not a rule of its own
            hits = [h for h in hits if h.kind != "requirement"]
        if any(h.kind == "change_request" for h in hits):
            asked_before = i
        if not hits and section is None and labelled is None:
            unread.append(unit)
        for hit in hits:
            found[hit.kind].append(Statement(hit.kind, _evidence(v, hit, whole), hit.action))
    language = language or detect_language(text)
    found["change_request"] = _fault_and_fix(found["change_request"], text, all_units)
    found["change_request"], unread = _more_wanted(found["change_request"], unread, text,
                                                   all_units)
    found["requirement"], unread = _one_more_for_the_rule(found["requirement"], unread, text,
                                                          all_units)
    found["change_request"] = _not_left_to_the_agency(found["change_request"], text, all_units)
    if answering:
        found["change_request"], found["requirement"] = _forgotten_in_the_work(
            found["change_request"], found["requirement"])
    if answering and unread and language == "en":  # the model reads English only
        found["change_request"] = _model_faults_fixed(
            found["change_request"],
            with_model_changes(found["change_request"], an, norms, unread, facts),
            text, all_units)
    if language != "en":
        _add_foreign(found, all_units, language, text)
    else:  # an English mail may still hold a paragraph in the client's own language
        for other, start, end in foreign_paragraphs(text):
            _add_foreign(found, tuple(u for u in all_units if start <= u.start < end), other,
                         text)
    return (
        tuple(found["change_request"]),
        tuple(found["requirement"]),
        tuple(found["objective"]),
    )


def _add_foreign(found: dict[str, list[Statement]], units: tuple[Unit, ...],
                 language: str, text: str) -> None:
    """What the rules of the client's language find, in units where the English rules found
    nothing of that kind (each list stays in text order)."""
    for kind, statements in found.items():
        taken = {(s.evidence.sentence, kind) for s in statements}
        asked_until = -1  # where the last unit holding a change request ends
        for unit in units:
            sentence = " ".join(unit.text.split())
            if (sentence, kind) in taken:
                asked_until = unit.end
                continue
            spans = [(a, b, action) for found_kind, a, b, action
                     in foreign_statements(unit.text, language) if found_kind == kind and b > a]
            if spans and kind == "change_request" and _reason_of_the_ask(
                    unit, language, text, asked_until):
                continue  # "¿Podéis cambiar el color del fondo? El azul no nos convence."
            if spans:  # one statement a sentence, as in English ("cambien ... y agreguen ...")
                a, b = spans[0][0], max(end for _, end, _ in spans)
                evidence = Evidence(unit.text[a:b], sentence, unit.start + a, unit.start + b,
                                    0.75)
                statements.append(Statement(kind, evidence, spans[0][2]))
                asked_until = unit.end
        statements.sort(key=lambda s: s.evidence.start)


def _reason_of_the_ask(unit: Unit, language: str, text: str, asked_until: int) -> bool:
    """A short verdict of taste right after a change asked in the same paragraph is its
    reason, not a second change ("El azul no nos convence."; not "Le visuel n° 2 ne nous
    plaît pas du tout.", a piece of its own)."""
    return 0 <= asked_until <= unit.start and "\n\n" not in text[asked_until : unit.start] \
        and len(unit.text.split()) <= 5 and disliked(unit.text, language)


# "The phone number on the mailer is wrong!! Please change it to (415) 555-0199": a fault,
# then its fix said of "it": one change. So is a verdict of taste and the ask that answers
# it: "I'm not sold on the tagline. Let's try something warmer."
_FAULT = re.compile(r"\b(?:wrong|incorrect|outdated|out of date|misspel\w*|missing|typos?|"
                    r"upside down|back to front|backwards|mirrored|pixelated|blurry|cut off|"
                    # "the prices on the card are from last year", "is not our courthouse"
                    r"(?:is|are)\s+from\s+last\s+year|"
                    r"(?:(?:is|are)\s+not|isn't|aren't)\s+(?:our|ours)\b"
                    r"(?!\s+(?:own|favou?rite|best))|"
                    # "is from the old version", "still links to the old privacy page"
                    r"(?:is|are|still\s+\w+(?:\s+to)?)\s+(?:from\s+)?(?:the|an|our)\s+old|"
                    # "link in the email goes to the old promo page", "has some mistakes"
                    r"(?:goes|go|points|links|leads)\s+to\s+(?:the|an|our)\s+(?:old|wrong)|"
                    r"\bto\s+(?:my|our|the)\s+old\s+(?:email|address|number|site|page|website)|"
                    r"(?:has|have)\s+(?:some|several|many|a few|a couple of)\s+(?:mistakes|"
                    r"errors|typos)|"
                    r"cramped|(?:not (?:so |too )?sure|unsure) about|"
                    r"not (?:right|correct|accurate)|too \w+|generic|bland|boring|cluttered|"
                    r"not (?:sold|keen|convinced|a fan|loving|feeling|happy|crazy about)|"
                    r"(?:don't|do not|didn't) (?:like|love)|(?:isn't|is not|not) working|"
                    r"(?:feels?|looks?|reads?|sounds?) (?:a (?:bit|little) )?off|"
                    # "the letter says December 30 but the donor extended it": said otherwise
                    r"(?:says|reads|shows)\s[^.;!?]{1,40}?,?\s+but)\b",
                    re.IGNORECASE)
_FIX_OF_IT = re.compile(
    # "It should point to tallyfinance.app/privacy": what it should be instead
    # (not "It should be ready by Friday": a day)
    r"^\W*(?:it|this|that|they)\s+(?:should|needs\s+to|has\s+to|must)\s+(?:be(?!\s+(?:ready|"
    r"done|finished|live|sent|delivered|printed|approved|signed|back|here|there)\b)|read|say|"
    r"point|link|go|show)\b|"
    # "Can you change please?", "pls fix", "New prices attached, can you update?": the fix
    r"^\W*(?:[^.?!,]{1,60},\s+)?(?:(?:please|pls|can you|could you|would you|can u)\s+)?(?:fix|"
    r"correct|update|amend|change|revise)(?:\s+(?:it|this|that))?\s*,?\s*(?:please|pls|asap)?"
    # "... and let me know the schedule", "pls fix, it sends tmrw 9am": a word on when
    r"(?:\s*(?:and\s+(?:let me know|tell me|send)|,\s*(?:it|this|that|they)\s+(?:sends|goes|"
    r"runs|ships|is|'s))\b[^.?!]{0,40})?\s*[?.!]*\s*$|"
    # "Could it sound more like an invitation?": the piece just judged, asked to be otherwise
    r"^\W*(?:can|could|would)\s+(?:it|this|that|they)\s+(?:be|sound|look|feel|read|come across)"
    r"\s+(?:more|less|a\s+(?:bit|little)|warmer|softer|friendlier|simpler|shorter|calmer)\b|"
    # "Can you fix the caption asap?": the fault's piece named, nothing more asked
    r"^\W*(?:(?:please|pls|can you|could you|would you|can u)\s+)?(?:fix|correct|update|amend)\s+"
    r"(?:the|that|this)\s+[\w-]+(?:\s+(?!too\b|also\b|as\b)[\w-]+)?\s*(?:asap|please|pls|today|"
    r"for us|for me)?"
    r"\s*[?.!]*\s*$|"
    # "Our designer will send new ones Friday, please use those": a clause, then the ask
    r"^\W*(?:[a-z]+,\s+|[^.?!,]{1,80},\s+(?=please\b))?"
    r"(?:(?:please|pls|kindly|so|can you|could you|would you|can we|could we|"
    r"maybe|"
    r"let's|lets|let us|how about|what about)\s+)*(?:\w+\s+)?"
    r"(?:(?:change|fix|update|correct|replace|swap|amend|make|sort|brighten|darken|lighten|"
    r"enlarge|shrink|crop|resize|sharpen|soften)\s+(?:it|this|that|them|those)|"
    r"use\s+(?:these|those|them|the\s+new\s+ones)\b|"
    # "Please replace with the Aarhus sofa in grey": what takes the place of the fault's piece
    r"(?:replace|swap|substitute)\s+(?:it\s+|them\s+)?with\b|"
    # "Please change to more natural and soft feeling photo": the fix, its piece unsaid
    r"(?:change|switch)\s+(?:it\s+|them\s+)?(?:to|into)\b|"
    # "Can we get it down to five words?", "bring it in under 30 seconds", "tone it down",
    # "can we cut it to one line?"
    r"(?:get|bring|cut|trim|tone|take|knock)\s+(?:it|this|that|them|those)\s+(?:down|up|in|under|"
    r"below|back)\b|(?:cut|trim|shorten)\s+(?:it|this|that|them|those)\s+to\b|"
    r"(?:try|go with|use|find|see|explore)\s+(?:something|some|another|a different|"
    r"other|one)|"
    # "could we try white or a soft grey?"
    r"try\s+(?!to\b|it\b|this\b|that\b)[a-z]+\s+(?:or|instead)\b|"
    # "... instead of 'all-in-one'?" (not "and can we do Friday instead of Monday": an ask
    # of its own, about a day; nor "He also asked whether the TV spot could end on the branch
    # instead": another piece, "also")
    r"(?!\W*(?:and|also|plus|oh)\b)(?![^.?!]*\balso\b)"
    r"(?![^.?!]*\b(?:\d|mon|tues?|wed|thu|thurs|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|week)\b)"
    r"[^.?!]*\binstead\b)",
    re.IGNORECASE)


# "Could you revise the colour of the title to dark green? Our president feels the red is too
# strong.": someone's view of the very thing just asked to change, its reason (not "Please
# make the logo bigger. Jim feels the headline is too long.", a second change)
_FELT = re.compile(r"^\W*(?:[\w']+\s+){1,3}?(?:feels?|felt|thinks?|thought|finds?|found)\s+"
                   r"(?:that\s+)?(?:the|this|that|it|our|your)\b", re.IGNORECASE)
_COLOURS = COLOUR_NAMES | {"colour", "color", "colours", "colors"}
_TOPIC = re.compile(r"[a-z]+")
# "the CTA should pop more. Maybe a brighter colour?": a way to do the change just asked for
_SUGGESTED = re.compile(r"^\W*(?:or\s+)?(?:maybe|perhaps|possibly)\s+(?:a|an|some|something|"
                        r"more|less|in|with|using|[a-z]+er)\b[^.?!]{0,50}[?.!]?\s*$"
                        # "Maybe lose the tractor to make room?": a means to the ask before
                        r"|^\W*(?:maybe|perhaps)\s+[^.?!]{1,50}\bto\s+make\s+(?:room|space)\b"
                        r"[^.?!]{0,20}[?.!]?\s*$", re.IGNORECASE)


# Who dislikes what the ask before it changes: "Please swap "cheap" for "great value"
# throughout. Our travellers don't like the word."
_DISLIKED_IT = re.compile(r"^\W*(?:[\w'’]+\s+){1,3}?(?:don'?t|do not|doesn'?t|does not|never|"
                          r"won'?t)\s+(?:really\s+)?(?:like|love|want|trust|understand|use)\s+"
                          r"(?:the word|that word|the term|that term|it|that|this|them|those|"
                          r"these)\b[^.?!]{0,30}[.!]?\s*$", re.IGNORECASE)


# A bare verdict after an ask: "can we lose the second paragraph? it's too long"
_TOO_MUCH = re.compile(r"^\W*(?:it's|it’s|it is|that's|that’s|this is|they're|they are)\s+"
                       r"(?:way\s+|a\s+bit\s+|far\s+|just\s+|much\s+)?too\s+[\w-]+\W*$",
                       re.IGNORECASE)


def _reason_after(ask: str, said: str) -> bool:
    if not _FELT.match(said) or not _FAULT.search(said):
        return False
    asked, felt = set(_TOPIC.findall(ask.lower())), set(_TOPIC.findall(said.lower()))
    if asked & felt & _REASON_TOPICS:
        return True
    return bool(felt & _COLOURS) and bool(asked & _COLOURS)


_REASON_TOPICS = frozenset(str.split(
    "logo headline title tagline photo image picture font typeface copy text video music "
    "voiceover background button map layout banner cover intro ending"))


_FIGURE = re.compile(r"\d|[$€£¥]")
# A sentence about the rules just given, not one more of them: "If we break them we lose the
# co-op money, so please double-check."
_OF_THE_RULES = re.compile(r"^\W*(?:if|when|otherwise|unless)\b|\b(?:break|breaking|follow|ignore|"
                           r"miss|bend)\s+(?:them|these|those|any of them)\b", re.IGNORECASE)
# A ban whose object is only a pronoun: "That isn't true and we can't say it.", "We can't
# show that." (its object is the change the sentence before asked)
_BAN_OF_THAT = re.compile(
    r"^\W*(?:(?:that|this|it)(?:'s|’s| is)\s*(?:not|n't|n’t)\s+(?:true|accurate|correct|right|"
    r"allowed|legal)\W+(?:and|so)\s+)?(?:we|you)\s+(?:can't|can’t|cannot|can not|mustn't|must not|"
    r"aren't allowed to|are not allowed to|may not)\s+(?:say|use|show|claim|print|run|promise)\s+"
    r"(?:it|that|this|them)(?:\s+(?:anymore|any more|either|legally))?\W*$",
    re.IGNORECASE)
# "a few brand rules from corporate: ...", "Mandatories: ...": rules announced inside a
# sentence, with the first of them after the colon (not "rules: see the attached guide")
_RULES_SAID = re.compile(
    r"(?:\b(?:rules|must-haves|mandatories|dos and don'ts|non-negotiables)\b|"
    # "A few things from compliance for the savings campaign: rates are always shown ..."
    r"\bthings\s+from\s+(?:compliance|legal|regulatory|corporate|head office|hq|our lawyers?|"
    r"the lawyers)\b)"
    r"(?:\s+(?:from|for|of)\s+[\w' -]{1,30}?)?\s*:\s*(?!see\b|none\b|tbd\b|attached\b|n/a\b|"
    r"below\b|as follows\b)\w", re.IGNORECASE)


_COUNT_OF_THAT = re.compile(r"^\W*(?:just\s+|so\s+)?(?:stick to|keep it to|keep to|limit it to|"
                            r"cut (?:it|them) to|max|no more than)\s+(?:one|two|three|four|five|"
                            r"\d{1,2})\W*$", re.IGNORECASE)
# A line opening with a label of its own ("Audience: parents of school-age kids" after
# "Must-haves: ..."): another field of a form, not the rules' next item
_OWN_LABEL = re.compile(r"^\W*[A-Z][\w'’ -]{0,24}:\s")


def _header_row(text: str) -> bool:
    """A table's header row as HTML tables are written out ("Page | Comment"): short names,
    no digits."""
    cells = [c.strip() for c in text.split(CELL_SEPARATOR)]
    return len(cells) >= 2 and all(
        c and len(c.split()) <= 2 and c[0].isupper() and not any(ch.isdigit() for ch in c)
        for c in cells)


# A doubt, then the decision handed over: "not sure but maybe the blue is a bit too dark? Your
# call, you're the designer." (a change the client does not ask for)
_HEDGED = re.compile(r"\b(?:not sure|maybe|perhaps|might|i wonder|wondering)\b", re.IGNORECASE)
_DECISION = (r"(?:your call|up to you|you decide|your decision|you'?re the (?:designer|expert|"
             r"pro|creative)s?|whatever you think|i trust (?:you|your (?:eye|judgment|"
             r"judgement)))\b")
_YOUR_CALL = re.compile(r"^\W*(?:(?:but|and)\s+)?(?:(?:it'?s|it is)\s+)?" + _DECISION,
                        re.IGNORECASE)
_DECISION_HANDED = re.compile(r"\b" + _DECISION, re.IGNORECASE)


def _not_left_to_the_agency(changes: list[Statement], text: str,
                            units: tuple[Unit, ...]) -> list[Statement]:
    """``changes`` without a hedged one whose next sentence hands the decision to the agency
    ("... maybe the blue is a bit too dark? Your call.")."""
    if not changes or not _DECISION_HANDED.search(text):
        return changes
    starts = [u.start for u in units]
    kept = []
    for change in changes:
        k = bisect_right(starts, change.evidence.start)
        after = units[k] if k < len(units) else None
        if after is not None and _HEDGED.search(change.evidence.sentence) \
                and _YOUR_CALL.match(after.text) \
                and _same_item(text[change.evidence.end : after.start]):
            continue
        kept.append(change)
    return kept


# "It was 1979.", "It's Reilly.", "Should be 6.8%.": the truth told after what the piece says
_TRUTH_TOLD = re.compile(r"^\W*(?:(?:it|that|this|they)\s+(?:was|is|'s|were|are)|should be|"
                         r"it should be)\s+[^.?!]{1,30}[.!]?\s*$", re.IGNORECASE)
# What the piece says now: "The About page says we were founded in 1982."
_SAYS_WRONG = re.compile(r"\b(?:says|reads|shows|lists|has)\b", re.IGNORECASE)


def _same_item(gap: str) -> bool:
    """Whether the text between two sentences keeps them in one paragraph or list item (no
    blank line, no line opening with a bullet)."""
    return "\n\n" not in gap and not any(
        BULLET.match(line) for line in gap.split("\n")[1:])


def _in_a_bullet(units: tuple[Unit, ...], k: int, text: str) -> bool:
    """Whether unit ``k`` is a list item's first sentence or one after it on the item's line."""
    while k > 0 and not units[k].bullet and "\n" not in text[units[k - 1].end : units[k].start]:
        k -= 1
    return k >= 0 and units[k].bullet


def _fault_and_fix(changes: list[Statement], text: str,
                   units: tuple[Unit, ...]) -> list[Statement]:
    """A fault and, in the next sentence, its fix said of "it" (or "something", or
    "instead") are one change: one statement whose sentence holds both (a change order item
    a reader takes in at once). A fault no rule read as a change ("the macron is missing on
    Māori") joins the fix that names it ("Can you sort that by Friday?"). A joined
    statement keeps its own cue words and their offsets; ``reach`` says where its sentences
    end, for the next join."""
    out: list[Statement] = []
    reach: list[int] = []
    starts = [u.start for u in units]
    for change in changes:
        last = out[-1] if out else None
        k = bisect_right(starts, change.evidence.start) - 1
        before = units[k - 1] if k > 0 else None
        if (k > 1 and before is not None and _FIX_OF_IT.match(change.evidence.sentence)
                and _TRUTH_TOLD.match(before.text) and _SAYS_WRONG.search(units[k - 2].text)
                and _same_item(text[units[k - 2].end : units[k].start])
                and (last is None or reach[-1] <= units[k - 2].start)):
            # "The About page says we were founded in 1982. It was 1979. Please fix.": the
            # piece's words, the truth, the fix: one change
            change = replace(change, evidence=replace(change.evidence, sentence=" ".join(
                f"{units[k - 2].text} {before.text} {units[k].text}".split())))
            out.append(change)
            reach.append(change.evidence.end)
            continue
        if (before is not None and _FIX_OF_IT.match(change.evidence.sentence)
                and _FAULT.search(before.text)
                and _same_item(text[before.end : units[k].start])
                and (last is None or reach[-1] <= before.start)):
            change = replace(change, evidence=replace(
                change.evidence, sentence=" ".join(f"{before.text} {units[k].text}".split())))
            out.append(change)
            reach.append(change.evidence.end)
            continue
        if (last is not None and (_reason_after(last.evidence.sentence, change.evidence.sentence)
                                  or _SUGGESTED.match(change.evidence.sentence)
                                  or _TOO_MUCH.match(change.evidence.sentence)
                                  or _DISLIKED_IT.match(change.evidence.sentence))
                and _same_item(text[reach[-1] : change.evidence.start])):
            out[-1] = replace(last, evidence=replace(  # the ask, then why someone wants it
                last.evidence, sentence=f"{last.evidence.sentence} {change.evidence.sentence}"))
            reach[-1] = change.evidence.end
            continue
        if (last is not None and (_FAULT.search(last.evidence.sentence)
                                  or _JUDGED_FAULT.search(last.evidence.sentence)
                                  # "Dr. Reid asked if we could mention ... Can you squeeze
                                  # that in?": someone's ask, then the writer's
                                  or _PASSED_ON_ASK.search(last.evidence.sentence)
                                  # "... to be the member rate. Can you update?": the ask
                                  # again in three words, the same change
                                  or len(change.evidence.sentence) <= 20)
                and (_FIX_OF_IT.match(change.evidence.sentence)
                     or _YOU_DO_IT.match(change.evidence.sentence)
                     or _COULD_USE_MORE.match(change.evidence.sentence)
                     # (a detail put right joins a fault that asks nothing itself: not
                     # "Please list the service, it's missing. The sunrise service is ...")
                     or (_PUT_RIGHT.match(change.evidence.sentence)
                         and not _ASKS.search(last.evidence.sentence)))
                and _same_item(text[reach[-1] : change.evidence.start])
                and last.evidence.sentence != change.evidence.sentence):
            joined = f"{last.evidence.sentence} {change.evidence.sentence}"
            out[-1] = replace(last, evidence=replace(
                last.evidence, sentence=joined,
                confidence=max(last.evidence.confidence, change.evidence.confidence)))
            reach[-1] = change.evidence.end
            continue
        if last is not None and k > 0 and "\n" not in text[reach[-1] : change.evidence.start] \
                and _in_a_bullet(units, bisect_right(starts, last.evidence.start) - 1, text) \
                and reach[-1] <= units[k - 1].end:
            # "1) We're dropping the radio spots. Put that money into Facebook instead.": one
            # list item, one change order line (the set's rule: a bullet is a sentence)
            out[-1] = replace(last, evidence=replace(
                last.evidence, sentence=f"{last.evidence.sentence} {change.evidence.sentence}",
                confidence=max(last.evidence.confidence, change.evidence.confidence)))
            reach[-1] = change.evidence.end
            continue
        out.append(change)
        reach.append(change.evidence.end)
    asked = {c.evidence.start for c in out}
    return [_with_its_fix(change, text, units, starts, end, asked)
            for change, end in zip(out, reach, strict=True)]


# An ask to put in what the sentence before said: "Can you update the flyer and the Google
# listing?", "please change it on the website too"
_UPDATE_ASKED = re.compile(r"^\W*(?:(?:so\s+)?(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?|"
                           r"please\s+|pls\s+)?(?:update|change|fix|correct|amend)\b[^.?!]{0,80}"
                           r"[?.!]*\s*(?:thx|thanks|ty)?[.!]*\s*$", re.IGNORECASE)


def _before_in_its_item(unit: Unit, units: tuple[Unit, ...], starts: list[int],
                        text: str) -> Unit | None:
    """The unit right before ``unit`` when both stand in one paragraph or list item."""
    k = bisect_right(starts, unit.start) - 1
    before = units[k - 1] if k > 0 else None
    return before if before is not None and _same_item(text[before.end : unit.start]) else None


# "Dealer license number too, state law.": one more thing the rule before asks for
_TOO_FOR_THE_RULE = re.compile(r"^\W*(?!(?:thanks|thank|cheers|same|me|you|happy|good|great|"
                               r"love|congrats|best|hope)\b)"
                               r"(?:and\s+|also\s+|plus\s+)?(?:the\s+|our\s+|a\s+|an\s+)?"
                               r"[\w'’ -]{2,40}?\s+(?:too|as well)\b(?:\s*[,;:-]\s*[^.?!]{0,40})?"
                               r"[.!]?\s*$", re.IGNORECASE)


def _one_more_for_the_rule(rules: list[Statement], unread: list[Unit], text: str,
                           units: tuple[Unit, ...]) -> tuple[list[Statement], list[Unit]]:
    """``rules`` with each verbless "X too" right after a rule in its paragraph ("Make sure
    the phone number is on every piece. Dealer license number too, state law."): one more
    thing the rule asks for; and ``unread`` without those."""
    more = [u for u in unread if _TOO_FOR_THE_RULE.match(u.text)]
    if not more or not rules:
        return rules, unread
    starts = [u.start for u in units]
    taken = []
    for unit in more:
        before = _before_in_its_item(unit, units, starts, text)
        if before is None or not any(before.start <= r.evidence.start < before.end
                                     for r in rules):
            continue
        taken.append(unit)
        rules.append(Statement("requirement", Evidence(
            unit.text, " ".join(unit.text.split()), unit.start, unit.end, 0.6)))
    rules.sort(key=lambda r: r.evidence.start)
    return rules, [u for u in unread if u not in taken]


# "Don't forget the Member FDIC logo": in a reply to work shown, what the piece lacks (not
# "don't forget the legal line on all future ads": a rule for the rest)
_FORGOTTEN = re.compile(r"^\W*(?:(?:and|also|oh|ps)\W+)?(?:please\s+)?(?:don'?t|do not)\s+forget\s+"
                        r"(?:the|our|to add the|to include the)\b(?![^.?!]*\b(?:all|every|each|"
                        r"future|from now on|always|going forward|any)\b)", re.IGNORECASE)


def _forgotten_in_the_work(changes: list[Statement], rules: list[Statement]
                           ) -> tuple[list[Statement], list[Statement]]:
    """(changes, rules) with each "don't forget the ..." of a reply moved from the rules to
    the changes: the piece shown lacks it."""
    moved = [r for r in rules if _FORGOTTEN.match(r.evidence.sentence)
             and not any(c.evidence.sentence == r.evidence.sentence for c in changes)]
    if not moved:
        return changes, rules
    changes = sorted([*changes, *(replace(r, kind="change_request", action="add") for r in moved)],
                     key=lambda c: c.evidence.start)
    return changes, [r for r in rules if r not in moved]


def _more_wanted(changes: list[Statement], unread: list[Unit], text: str,
                 units: tuple[Unit, ...]) -> tuple[list[Statement], list[Unit]]:
    """``changes`` with each fix said without its subject ("Could use a bit more breathing
    room.") told with the fault right before it ("The prices look crammed next to the wine
    names."): the change the fault had asked, or a new one; and ``unread`` without those
    fixes. Not such words after praise ("The copy is great. Could use more color." is no
    fault's fix)."""
    fixes = [u for u in unread if _COULD_USE_MORE.match(u.text)]
    if not fixes:
        return changes, unread
    changes = list(changes)
    starts = [u.start for u in units]
    taken: list[Unit] = []
    for fix in fixes:
        fault = _before_in_its_item(fix, units, starts, text)
        if fault is None or not (_FAULT.search(fault.text) or _JUDGED_FAULT.search(fault.text)):
            continue
        taken.append(fix)
        said = " ".join(fix.text.split())
        asked = next((j for j, c in enumerate(changes)
                      if fault.start <= c.evidence.start < fault.end), None)
        if asked is not None:
            c = changes[asked]
            changes[asked] = replace(c, evidence=replace(
                c.evidence, sentence=f"{c.evidence.sentence} {said}"))
            continue
        changes.append(Statement("change_request", Evidence(
            fix.text, " ".join(f"{fault.text} {said}".split()), fix.start, fix.end, 0.6),
            "edit"))
    changes.sort(key=lambda c: c.evidence.start)
    return changes, [u for u in unread if u not in taken]


def _model_faults_fixed(ruled: list[Statement], changes: list[Statement], text: str,
                        units: tuple[Unit, ...]) -> list[Statement]:
    """``changes`` with each fault the second opinion added joined to the fix after it, as
    :func:`_fault_and_fix` joins the rules' ("is 'Treat yourself' too cliché? Maybe something
    like 'The gift of calm' instead.")."""
    if len(changes) == len(ruled):
        return changes
    kept = {id(c) for c in ruled}
    joined: list[Statement] = []
    for c in changes:  # a fix the model read right after a fault the rules read: one change
        last = joined[-1] if joined else None
        if last is not None and id(last) in kept and id(c) not in kept \
                and (_FAULT.search(last.evidence.sentence)
                     or _JUDGED_FAULT.search(last.evidence.sentence)) \
                and (_IT_ASKED.match(c.evidence.sentence)
                     or _FIX_OF_IT.match(c.evidence.sentence)) \
                and _same_item(text[last.evidence.start : c.evidence.start]):
            merged = replace(last, evidence=replace(last.evidence, sentence=(
                f"{last.evidence.sentence} {c.evidence.sentence}")))
            kept.add(id(merged))
            joined[-1] = merged
            continue
        if last is not None and id(last) not in kept and id(c) in kept \
                and _UPDATE_ASKED.match(c.evidence.sentence) \
                and "\n" not in text[last.evidence.end : c.evidence.start]:
            # "Sam, the new hours are Mon-Sat 7-9, Sunday 8-6. Can you update the flyer and the
            # Google listing?": the news the model read, then the rules' ask to put it in
            merged = replace(c, evidence=replace(c.evidence, sentence=(
                f"{last.evidence.sentence} {c.evidence.sentence}")))
            kept.add(id(merged))
            joined[-1] = merged
            continue
        joined.append(c)
    changes = joined
    starts = [u.start for u in units]
    asked = {c.evidence.start for c in changes}
    return [c if id(c) in kept else _with_its_fix(c, text, units, starts, c.evidence.end, asked)
            for c in changes]


def _with_its_fix(change: Statement, text: str, units: tuple[Unit, ...],
                  starts: list[int], reach: int, asked: set[int]) -> Statement:
    """A fault read as a change, then the fix asked of "it" in a sentence no rule read ("the
    type feels cramped. Could it breathe a bit more?", "the footer links to the old URL. It
    should point to /privacy.", "is 'Treat yourself' too cliché? Maybe something like 'The
    gift of calm' instead."): one change, with both sentences."""
    k = bisect_right(starts, reach - 1)
    if k >= len(units) or not _FAULT.search(change.evidence.sentence):
        return change
    after = units[k]
    if any(after.start <= a < after.end for a in asked):
        return change  # a change of its own (the loop above joined it if it was this fix)
    fix = _IT_ASKED.match(after.text) or _FIX_OF_IT.match(after.text) \
        or _SUGGESTED.match(after.text) or _PUT_RIGHT.match(after.text) \
        or _YOU_DO_IT.match(after.text)
    if not fix or not _same_item(text[reach : after.start]):
        return change
    return replace(change, evidence=replace(
        change.evidence, sentence=" ".join(f"{change.evidence.sentence} {after.text}".split())))


_PASSED_ON_ASK = re.compile(r"\b(?:asked|asks|wondered|wants to know|wanted to know)\s+"
                            r"(?:me\s+|us\s+)?(?:if|whether)\b", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:please|pls|plz|can you|could you|can we|could we|would you)\b",
                   re.IGNORECASE)
# The detail a fault named, put right with the wrong one beside it: "the dates are wrong. The
# festival is September 22-23, not 29-30."
_PUT_RIGHT = re.compile(r"^\W*(?:the|our|it|it's|they|they're)\b[^,.;:!?]{0,40}?"
                        r"(?:\b(?:is|are)\b|(?<=it's)|(?<=they're))\s+[^,;!?]{1,30},\s+not\s+"
                        r"[^,;!?]{1,30}?\s*[.!]?\s*$"
                        # 'It is not "Kenji Sato" but "Kenta Sato".': the wrong one, then the right
                        r"|^\W*(?:it|it's|they|they're|this|that)(?:\s+(?:is|are))?\s+not\s+"
                        r"[^,;!?]{1,40}?,?\s+but\s+[^,;!?]{1,40}?\s*[.!]?\s*$", re.IGNORECASE)


# A piece judged wanting in a word of fault or size ("the headline on the billboard feels
# long"): a fault a fix may follow, as in _FAULT.
_JUDGED_FAULT = re.compile(
    # (a list's ordinal may lead: "First, the main model photo is feeling too strong.")
    r"^\W*(?:(?:first|second|third|also|next)\s*,?\s+)?"
    r"(?:the|our|this|that|these|those|it|it's|its)\b[^.?!;]*?"
    r"\b(?:feels?|looks?|seems?|sounds?|comes? across as|reads? as|"
    r"(?:is|are)(?: feeling| looking)?)"
    r"\s+(?:so |really |quite |rather |very |pretty |a bit |a little |kind of |slightly )?(?:"
    + "|".join(sorted(map(re.escape, FAULT_WORDS | SIZE_WORDS), key=len, reverse=True))
    # "is too strong", "is hard to read on a phone"
    + r"|too\s+[a-z]+|(?:hard|difficult|impossible)\s+to\s+(?:read|see|find|follow|spot|tell))\b",
    re.IGNORECASE)


# "Could it breathe a bit more?", "can they be a touch lighter?": asked of the fault just named
# The fix asked of the reader, said of what the fault named: "The bios are too long for the
# print directory. Can you trim each one to 75 words?"
_YOU_DO_IT = re.compile(r"^\W*(?:(?:and|so)\s+)?(?:could|can|would)\s+(?:you|u)\s+(?:please\s+)?"
                        r"[a-z]+\s+(?:it|them|each one|each of them|all of them|both|"
                        # "squeeze that in", not "add that year": the pronoun, not a determiner
                        r"(?:that|this)(?=\s*(?:in|on|to|for|up|down|out|back|[?.!]|$)))\b"
                        r"[^.?!]{0,50}\?\s*$", re.IGNORECASE)
# "Could use a bit more breathing room.", "Needs more contrast.": the fix, its subject left
# out, after the fault it mends
_COULD_USE_MORE = re.compile(r"^\W*(?:(?:it|they|this|that)\s+)?(?:(?:could|would|might)\s+"
                             r"use|needs?)\s+(?:a\s+(?:bit|little|touch|tad)\s+(?:of\s+)?)?"
                             r"(?:more|less)\b[^.?!]{1,40}[.!]?\s*$", re.IGNORECASE)
_IT_ASKED = re.compile(r"^\W*(?:(?:and|so|maybe)\s+)?(?:could|can|would|might)\s+(?:it|they|this|"
                       r"that|these|those)\s+[^.?!]{2,60}\?\s*$", re.IGNORECASE)


_REASON_OPENERS = frozenset(("because", "since", "as", "cause", "coz", "cos"))
_REASON_SUBJECTS = frozenset(("we", "it", "they", "legal", "that", "this", "there"))


def _a_reason(v: View, change: Hit, req: Hit) -> bool:
    """Whether the rule ``req`` found after ``change`` in one unit is only the change's
    reason: its clause opens with "because", "since", "as", or a comma and "we", "it",
    "legal" ("please remove the price, we're not allowed to show prices online")."""
    if req.first <= change.last:
        return False
    between = v.n[change.last + 1 : req.first + 1]
    for k, word in enumerate(between):
        if word in _REASON_OPENERS:
            return True
        if word in (",", ";", "-", "–", "—") and k + 1 < len(between) \
                and between[k + 1] in _REASON_SUBJECTS:
            return True
    return False


def _next_heading(units: tuple[Unit, ...], i: int, section_units: int) -> bool:
    """A title between sentences ends the section above it when no blank lines part the
    paragraphs (Outlook's plain text of paragraphs typed with one Enter): "... before the
    board does.\nPractical bits\nHelen is the contact ...". Not a section's short item
    ("Must-haves\nAll copy in plain English\nNo stock photos")."""
    if section_units < 2 or i + 1 >= len(units) or len(units[i].text.split()) > 3:
        return False
    before, after = units[i - 1].text.rstrip(), units[i + 1].text.rstrip()
    return before.endswith((".", "!", "?")) and after.endswith((".", "!", "?")) \
        and len(before) > 40 and len(after) > 40


_USE_IT_EVERYWHERE = re.compile(r"\b(?:use|put|swap in|change)\s+(?:that|it|this|them|those|"
                                r"these)(?: one| ones)?\s+(?:everywhere|throughout|across|on "
                                r"(?:all|every|everything))")


def _judge(v: View, section: str | None) -> list[Hit]:
    """The statements one unit makes; a heading's section lowers the bar for its own kind."""
    cued = bool(v.spans)
    change = find_change(v) if cued or arrowed(v.unit.text) else None
    req = find_requirement(v, change) if cued else None
    obj = find_objective(v) if cued else None
    if obj is not None and change is not None and change.first <= obj.first <= change.last:
        obj = None  # "please cut the pricing section, sales doesn't want it": the cut is a change
    if req is not None and change is not None and _a_reason(v, change, req):
        req = None  # "remove the price, we're not allowed to show prices online": the reason
    if req is not None and change is not None and _USE_IT_EVERYWHERE.search(v.lower):
        req = None  # "the new number is 555-0142, please use that one everywhere": the
        # change's reach, not a rule of its own
    if req is not None and change is not None and change.last < req.first \
            and ";" in v.n[change.last + 1 : req.first] and v.n[req.first] == "should":
        req = None  # "the pages are too text heavy; the drawings should be the focus": the fix
    if req is not None and change is not None and change.action == "edit" \
            and change.last < req.first and v.at(req.first - 1) == "it" \
            and v.n[req.first] in ("needs", "has", "should", "must"):
        req = None  # "the phone number is the old one it needs to be 312 555 0187": the fix
    if req is not None and obj is not None and 0 < obj.first - req.last <= 2:
        req = None  # "the campaign needs to keep them coming back": the modal frames a goal
    last = v.last
    ordinary = not v.pleasantry and not v.status_question and len(v.unit.text) > 25
    itemised = not v.pleasantry and not v.status_question and len(v.unit.text) > 12
    if section == "requirement" and req is None and change is None and itemised:
        req = Hit("requirement", 0, last, 0.65)
    measured = any(v.has(k) for k in ("METRIC", "PERCENT", "OBJ_VERB", "AUDIENCE"))
    short_measure = measured and len(v.unit.text) > 8 and not v.pleasantry  # "500 new members"
    if section == "objective" and obj is None and (ordinary or short_measure) \
            and not v.past_only and measured:
        obj = Hit("objective", 0, last, 0.65)
    if section == "change_request" and change is None and ordinary and any(
            verb_action(v, s) for s, _ in v.rel("CR_VERB")):  # (not "would rather put that
        change = Hit("change_request", 0, last, 0.65, "edit")  # money into ...": no change)
    second = second_rule(v, req) if req is not None else None
    return [h for h in (change, req, second, obj) if h is not None]


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
