"""Due dates in a message's own words, resolved to the calendar.

Input: a ``Doc`` from ``intake.parsers.nlp.analyse`` (or the text itself), the
message's sent instant and the sender's IANA time zone.
Output: ``(due_dates, replaced_dates)``, two tuples of ``DueDate`` whose
``Evidence`` offsets index the analysed text.

Steps, in order, each a pure function in its own module:

1. ``patterns.find_dates``: spaCy ``Matcher`` patterns -> ``DateMatch`` (span + ``Shape``)
2. ``normalise.normalise``: ``Shape`` + the sent date in the sender's zone -> a date
3. ``cues.judge``: due / past / meeting / blocked / payment / neutral from the cue
   words around each date (only ``due`` is reported)
4. ``cues.find_moves``: "from A to B", "B instead of A", "A is now B" -> B due
   (``replaces`` A), A reported as replaced

Dates that lie more than ``ROLLOVER_GRACE`` days before the sent date are the
past, whatever the words around them. A date that a move replaces is never
also a due date. Each calendar date is reported once (its most confident
mention), in text order. A date with no cue either way ("The shoot is
March 14.") is not reported, nor is one inside quotation marks (a headline
being edited), nor the new date of a moved call or meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from spacy.tokens import Doc, Span

from intake.errors import ConfigError
from intake.parsers.dates.cues import (
    AT_TIME,
    CUES,
    MOVE_VERBS,
    OFFER_ENDS,
    Verdict,
    find_moves,
    judge,
    subject_of,
)
from intake.parsers.dates.holidays import AROUND, weekday_around, zone_country
from intake.parsers.dates.normalise import (
    ROLLOVER_GRACE,
    Reference,
    lead_before,
    normalise,
    safe_date,
)
from intake.parsers.dates.patterns import DateMatch, find_dates
from intake.parsers.mentions import DueDate, Evidence
from intake.parsers.nlp import analyse, sentence_bounds, text_of
from intake.parsers.prefilter import prefilter_patterns

__all__ = ["MOVE_CONFIDENCE", "extract_due_dates", "sent_date"]

#: Confidence of the new date in a move ("move the launch from March 3 to March 10").
MOVE_CONFIDENCE = 0.9


def sent_date(sent_at: datetime, timezone: str) -> date:
    """The calendar day ``sent_at`` falls on in ``timezone`` (a naive instant is UTC)."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {timezone!r}", key="timezone") from exc
    if sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=UTC)
    return sent_at.astimezone(zone).date()


def extract_due_dates(
    doc_or_text: Doc | str,
    *,
    sent_at: datetime,
    timezone: str,
    day_first: bool = False,
    model: str | None = None,
    due_cells: Sequence[tuple[int, int]] = (),
    promised: dict[date, DueDate] | None = None,
) -> tuple[tuple[DueDate, ...], tuple[DueDate, ...]]:
    """Due dates and replaced dates in ``doc_or_text`` (pass the shared ``Doc`` when you have it).

    ``day_first``: read ambiguous numbers like "03/07" as 3 July; the pipeline
    sets it for senders whose locale writes the day first (en-GB, fr, de, ...).
    Without it "03/07" is March 7, while "14/02", "14.02.2027" and other forms
    that can only be day-first are read that way anyway.
    ``model`` is only used when a string is given (see ``nlp.analyse``).
    ``due_cells``: character spans of table cells under a due-like column header
    (:mod:`intake.parsers.tables`); a date there is due unless it is past.
    ``promised``, when given, receives the days the writer promises their own part ("I'll
    send the logo files on Monday"): what the client owes, never the work's due date.
    """
    doc = analyse(doc_or_text, model=model) if isinstance(doc_or_text, str) else doc_or_text
    ref = Reference(sent_date(sent_at, timezone), day_first=day_first,
                    country=zone_country(timezone))
    matches = find_dates(doc)
    if not matches:
        return (), ()
    due: dict[date, DueDate] = {}
    events: dict[date, DueDate] = {}
    replaced: dict[date, DueDate] = {}
    earlier: tuple[date, Verdict] | None = None  # the last date read, for "a week before that"
    named_days: list[_Named] = []  # earlier sentences' first days ("a week before the drive")
    pending: list[_Pending] = []  # leads that count back from a day the next sentence names
    open_move: Span | None = None  # a sentence that moved a day without naming the old one
    for sent, group in _by_sentence(doc, matches):
        if _GOAL_LINE.match(sent.text):
            continue  # "Goal: 2,500 flu shots booked online by October 31": a goal's horizon
        if _RULE_FROM.match(sent.text):
            continue  # "From January 1, all local ads must use the new wordmark": the day a
            # rule starts, no deadline
        if _BOOKKEEPING.search(sent.text):
            continue  # "could you send me the invoice? Our accountant needs it by Friday.":
            # papers for the books, no day of the work
        if _GOAL_SAID.match(sent.text):
            # "Our target is to sell 5000 pcs in 3 months after launch": a stretch the goal is
            # counted over, no day of the work
            group = [m for m in group if m.shape.kind != "offset"]
            if not group:
                continue
        group = _without_holidays_beside_dates(group)
        resolved = _month_carried(doc, group, [normalise(m.shape, ref) for m in group], ref)
        _around_holidays(doc, group, resolved, ref)
        _drop_weekday_glosses(doc, group, resolved)
        _drop_weekly_things(doc, group, resolved)
        _drop_named_weeks(doc, group, resolved)
        _drop_kinds_and_windows(doc, group, resolved)
        _drop_printed(doc, group, resolved)
        _drop_purposes(doc, group, resolved)
        _drop_vague_leads(doc, sent, group, resolved)
        _drop_removed_events(doc, group, resolved)
        _drop_vague_parts(doc, group, resolved)
        _drop_undated_offsets(sent, group, resolved)
        verdicts = _by_then(sent, group, _run_ends(doc, sent, group,
                                                   _since_then(doc, group, judge(sent, group))))
        day_before = _before_it(doc, sent, group)
        for i in day_before:
            verdicts[i] = Verdict("due", 0.8, "before")
        _drop_bare_weeks(doc, group, resolved, verdicts)
        _drop_reported_ordinals(sent, group, resolved, ref)
        for i, match in enumerate(group):
            if verdicts[i].kind == "neutral" and _for_the_day(doc, match):
                verdicts[i] = Verdict("due", 0.75, "for the")
        evidence_spans = list(group)
        backward = _leads_back(doc, group, resolved, verdicts, earlier)
        backward.update(_leads_to_named(doc, group, resolved, named_days, backward))
        for i, (back, anchor_verdict) in backward.items():  # "10 days before that"
            resolved[i] = lead_before(group[i].shape, back)
            if anchor_verdict.cue == ":" and back in due and resolved[i] is not None:
                due.pop(back)  # "Next event: Winter Market, Saturday Dec 8. We'll need the
                # poster two weeks ahead.": the event's day only measures back
            elif back in due and resolved[i] is not None and anchor_verdict.kind != "due" \
                    and _AN_EVENT.search(due[back].evidence.sentence):
                due.pop(back)  # "The grand opening got moved to March 9. We need the banners
                # up a week before then.": the event's new day only measures back
            if verdicts[i].kind == "neutral" and anchor_verdict.kind in ("due", "event"):
                verdicts[i] = _as_due(anchor_verdict)
            j = _anchor_in_sentence(group, resolved, i)
            if j is not None and verdicts[j].kind == "due" and (
                    not _strong(verdicts[j]) or _cue_between(doc, verdicts[j], group[j], group[i])):
                # "the evening is on the 3rd of February and the programs should be printed a
                # week before": the 3rd only measures (not "boards go up November 23, so ...")
                verdicts[j] = Verdict("anchor", verdicts[j].confidence, "counted back from")
        for i, day in _weekday_before(doc, group, resolved, verdicts, earlier).items():
            resolved[i] = day  # "the grand opening is December 19 ... by the Tuesday before"
        for i, j in _leads(group).items():  # "two weeks before the launch on April 5"
            if i in backward:
                continue
            anchor = resolved[j]
            resolved[i] = lead_before(group[i].shape, anchor) if anchor else None
            evidence_spans[i] = DateMatch(group[i].start, group[j].end, group[i].shape, "LEAD")
            if verdicts[i].kind == "neutral" and verdicts[j].kind in ("due", "event"):
                verdicts[i] = _as_due(verdicts[j])
            if not _names_a_deadline(doc[group[i].end : group[j].start]):
                # "a week before March 3": March 3 only measures; "before the launch on
                # April 5" names a deadline of its own.
                verdicts[j] = Verdict("anchor", verdicts[j].confidence, "counted back from")
        # Moving a call or a meeting ("the review on Thursday instead of Wednesday") is no due date.
        # A clock time alone makes no meeting of a deliverable moved by a move verb: "move
        # the shoot from June 9 to June 16 at 5pm" (not "the review on Thursday at 2pm
        # instead of Wednesday").
        moves = [
            m for m in find_moves(sent, group) if (m.new is None
            or verdicts[m.new].kind != "meeting"
            or (verdicts[m.new].cue == AT_TIME and any(t.lower_ in MOVE_VERBS for t in sent)))
            # "the coupon should be good through April 30, not March 31": an offer's end
            # moved, no deadline (the change request says it)
            and not (m.new is not None and verdicts[m.new].cue in _OFFER_END_CUES)
            and not _nothing_changes(sent)
            and not (m.new is not None and _meeting_moved(sent, group[m.new]))
        ]
        inherited = set()  # "to September 13 instead of the 6th": the 6th of September
        for m in moves:
            new_day = resolved[m.new] if m.new is not None else None
            old_day = group[m.old].shape.day if m.old is not None else None
            if m.old is not None and new_day is not None and old_day \
                    and group[m.old].shape.kind == "ordinal":
                with suppress(ValueError):
                    resolved[m.old] = new_day.replace(day=old_day)
                    inherited.add(m.old)
        # a day "moved" to itself is a range's end put right ("runs March 4-22, not March
        # 4-12"), no move
        moves = [m for m in moves if m.new is None or m.old is None
                 or resolved[m.new] is None or resolved[m.new] != resolved[m.old]]
        roles = {m.old for m in moves if m.old is not None}
        if open_move is not None and open_move.end == sent.start - _gap(doc, sent):
            roles |= _refused_days(sent, group)  # "... on the 29th instead? The 24th is too
            # early for us.": the day given up, named after the move
        open_move = sent if group and not roles and (
            any(m.old is None and m.new is not None for m in moves)
            or (any(t.lower_ == "instead" for t in sent)
                and any(v.kind == "due" for v in verdicts))) else None
        targets = {m.new: m.old for m in moves if m.new is not None}
        quoted = _quoted(sent, group)
        sentence = _Sentence(sent)
        for i, match in enumerate(group):
            when = resolved[i]
            if when is None or quoted[i]:  # 'Change the headline to "Ship on Friday."'
                continue
            if i in roles:
                when = when if i in inherited else _just_past(match, when, ref)
                _keep(
                    replaced, DueDate(when, sentence.evidence(evidence_spans[i], MOVE_CONFIDENCE))
                )
            elif i in targets:
                old = targets[i]
                item = DueDate(
                    when,
                    sentence.evidence(evidence_spans[i], MOVE_CONFIDENCE),
                    replaces=resolved[old] if old is not None else None,
                    what=subject_of(sent, group, i),
                )
                _keep(due, item)  # (a moved event's day too: the set reads "the open house is
                # Sunday, not Saturday" and "the press date moved to the 21st" as due)
            elif (verdict := _verdict(_column(verdicts[i], sent, match, due_cells), match,
                                      when, ref)).kind in ("due", "event"):
                if match.shape.kind != "end_of" and (
                        i in day_before or _strictly_before(doc, match.start, match.end)):
                    when -= timedelta(days=1)  # "approved before the 14th": the 13th at the latest
                evidence = sentence.evidence(evidence_spans[i], verdict.confidence)
                _keep(due if verdict.kind == "due" else events,
                      DueDate(when, evidence, what=subject_of(sent, group, i)))
            elif verdict.kind == "owed" and promised is not None:  # "I'll send them Monday"
                _keep(promised, DueDate(when, sentence.evidence(evidence_spans[i],
                                                                verdict.confidence),
                                        what=subject_of(sent, group, i)))
        for lead in pending:  # "... five business days before it prints. Printing is booked
            if not _next_to(doc, lead.sent, sent) or not _same_thing(doc, lead.match, sent):
                continue  # for February 12." (not "... before the webinar. The video is due")
            named = next(((day, v) for day, v, m in zip(resolved, verdicts, group, strict=True)
                          if day is not None and m.shape.kind != "lead"
                          and v.kind in ("due", "event")), None)
            if named is not None and (counted := lead_before(lead.match.shape, named[0])):
                confidence = min(lead.verdict.confidence, named[1].confidence)
                _keep(due, DueDate(counted, lead.sentence.evidence(lead.match, confidence)))
        pending = [_Pending(sent, sentence, m, _as_due(verdicts[i]))
                   for i, m in enumerate(group) if m.shape.kind == "lead" and resolved[i] is None
                   and i not in backward and _points_ahead(doc, m)]
        for i, match in enumerate(group):
            if match.shape.kind != "lead" and resolved[i] is not None:
                earlier = (resolved[i], verdicts[i])  # type: ignore[assignment]
        first = next((i for i, m in enumerate(group)
                      if m.shape.kind != "lead" and resolved[i] is not None), None)
        if first is not None and verdicts[first].kind not in ("past", "meeting"):
            named_days.append(_Named(sent, resolved[first],  # type: ignore[arg-type]
                                     verdicts[first]))
    _shifted(doc, matches, ref, due, replaced)
    for day in replaced:
        due.pop(day, None)
        events.pop(day, None)
    if not due and not replaced and events and not _for_information_only(doc):
        due = events  # the show, the shoot, the opening: the only day the mail names
    order = sorted(due.values(), key=lambda d: d.evidence.start)
    return tuple(order), tuple(sorted(replaced.values(), key=lambda d: d.evidence.start))


# A day moved by a stretch, not to a day: "could you push the newsletter back a week?",
# "bring the launch forward two days", "postpone the mailer by a week" (present asks only:
# "we pushed it back a week last year" tells of the past)
_SHIFT = re.compile(
    r"\b(?P<verb>push|pushing|move|moving|bump|bumping|slide|sliding|shift|shifting|delay|"
    r"delaying|postpone|postponing|bring|bringing)\b(?P<what>[^.?!;:\d]{0,40}?)"
    r"(?:\b(?P<way>back|out|forward|up|ahead)\s+)?(?:by\s+)?"
    r"(?P<count>a|one|two|three|four|a couple of|[1-4])\s+(?P<unit>days?|weeks?)\b"
    r"(?:\s+(?P<then>later|earlier|back|out|forward))?", re.IGNORECASE)
#: How many days or weeks a stretch's count word means ("a week", "two days"); also what
#: :func:`intake.parsers.inline_answers.days_moved` counts ("a week later").
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2}
_ASKING = frozenset(("can", "could", "would", "please", "pls", "let's", "let", "possible"))
_LATER = frozenset(("back", "out", "later"))
_EARLIER = frozenset(("forward", "up", "ahead", "earlier"))
_MEETING_WORDS = frozenset(("call", "meeting", "review", "catch-up", "chat", "sync", "demo",
                            "appointment", "interview", "walkthrough", "presentation"))


def _shift_days(found: re.Match[str]) -> int | None:
    """Signed days a :data:`_SHIFT` match moves its day by, or None when it says no way."""
    verb = found["verb"].lower()
    ways = {w.lower() for w in (found["way"], found["then"]) if w}
    if ways & _EARLIER:
        sign = -1
    elif ways & _LATER or verb.startswith(("push", "delay", "postpon")):
        sign = 1
    else:
        return None  # "move it a week": which way is not said
    if verb.startswith("bring") and sign > 0:
        return None  # "bring back ... two weeks": no move of a day
    count = COUNT_WORDS.get(found["count"].lower()) or int(found["count"])
    return sign * count * (7 if found["unit"].lower().startswith("week") else 1)


def _shifted(doc: Doc, matches: list[DateMatch], ref: Reference,
             due: dict[date, DueDate], replaced: dict[date, DueDate]) -> None:
    """A day moved by a stretch: the day it moves from, in its sentence or the one after it
    ("could you push the newsletter back a week? It was planned for the 30th."), is replaced
    by that day plus the stretch (the 6th), which is due. Not a meeting's day, and not where
    the new day is said as well ("push it back a week to the 6th")."""
    if _SHIFT.search(text_of(doc)) is None:
        return  # (no sentence can hold one: the walk over them is skipped)
    bounds = sentence_bounds(doc)
    for k, (start, end) in enumerate(bounds):
        sent = doc[start:end]
        found = _SHIFT.search(sent.text)
        if found is None or (days := _shift_days(found)) is None:
            continue
        words = {t.lower_ for t in sent}
        if _MEETING_WORDS & words or not _ASKING & words:
            continue  # a meeting's day; a move told, not asked ("the printer pushed us back
            # a week")
        anchor = _shift_anchor(doc, matches, bounds, k)
        if anchor is None:
            continue
        match, sentence = anchor
        if sentence.start == start and match.start > 0 \
                and doc[match.start - 1].lower_ in ("to", "until", "till", "into"):
            continue  # "push the launch back a week to the 6th": the new day is said
        old = normalise(match.shape, ref)
        if old is None:
            continue
        new = old + timedelta(days=days)
        if new in due:
            continue
        if old not in replaced:
            _keep(replaced, DueDate(old, _Sentence(sentence).evidence(match, MOVE_CONFIDENCE)))
        _keep(due, DueDate(new, _Sentence(sent).evidence(
            DateMatch(start, end, match.shape, "SHIFT"), MOVE_CONFIDENCE)))


def _shift_anchor(doc: Doc, matches: list[DateMatch], bounds: list[tuple[int, int]],
                  k: int) -> tuple[DateMatch, Span] | None:
    """The one day the shift of sentence ``k`` moves: in that sentence, else the only day of
    the next sentence ("It was planned for the 30th"). Not the sentence before: read there
    too, it put one replaced day wrong in the blind splits."""
    for j in (k, k + 1):
        if not 0 <= j < len(bounds):
            continue
        start, end = bounds[j]
        days = [m for m in matches if start <= m.start < end and m.shape.kind != "lead"]
        if len(days) == 1:
            return days[0], doc[start:end]
        if days:
            return None
    return None


# "The 24th is too early for us", "Friday won't work": a day said to be no good
_REFUSED_AFTER = re.compile(
    r"\s*(?:is|'s|’s)\s+(?:(?:way|much|a bit|a little|just|simply)\s+)?(?:too\s+(?:early|late|"
    r"soon|tight)|no good|not possible|impossible|not doable)\b|\s*(?:doesn't|doesn’t|does not|"
    r"won't|won’t|will not|wouldn't|wouldn’t)\s+work\b")
_REFUSED_LEAD = frozenset(("the", "but", "and", "sadly", "unfortunately", "as", "since", "because"))


def _refused_days(sent: Span, group: list[DateMatch]) -> set[int]:
    """The dates of ``sent`` said to be no good, each the sentence's subject ("The 24th is too
    early for us"; not "the call on the 24th won't work": a meeting's day, its subject first)."""
    doc = sent.doc
    found = set()
    for i, match in enumerate(group):
        lead = [t.lower_ for t in doc[sent.start : match.start]
                if not t.is_punct and not t.is_space]
        if any(word not in _REFUSED_LEAD for word in lead):
            continue
        if _REFUSED_AFTER.match(doc.text, doc[match.end - 1].idx + len(doc[match.end - 1])):
            found.add(i)
    return found


def _gap(doc: Doc, sent: Span) -> int:
    """How many whitespace tokens stand right before ``sent`` (a sentence may start after
    spaces that belong to no sentence)."""
    k = sent.start
    while k > 0 and doc[k - 1].is_space:
        k -= 1
    return sent.start - k


# "No action needed on your side": a mail that tells of the client's own events and says it
# asks nothing (its event days are no deadlines of the work). "Just so you know, the shoot is
# on the 12th" asks nothing either, yet tells the day the work is for: not a sign.
_NOTHING_ASKED = re.compile(
    r"\b(?:no action (?:is )?(?:needed|required|necessary)|nothing (?:is )?(?:needed|required) "
    r"(?:from|of) you|for your information only|for info only|no need to do anything)\b",
    re.IGNORECASE)


_OFFER_END_CUES = frozenset(OFFER_ENDS.split("|"))
# "We moved our warehouse sale from Jan 16 to Jan 23 on our end, nothing changes for your
# work": the client's own day moved, told for information.
_NOTHING_CHANGES = re.compile(
    r"\b(?:nothing changes|no change(?:s)?(?: needed)?|nothing to change|nothing needs to "
    r"change)\s+(?:for|on)\s+(?:you|your)\b", re.IGNORECASE)


# A meeting's day moved in a clause of its own: "to show the video at the board meeting, which
# just got moved up to July 19" (the work for the meeting is due before it, not on its day)
_MEETING_MOVED = re.compile(
    r"\b(?:meeting|call|review|presentation|session|webinar|conference|offsite|retreat|lunch|"
    r"dinner)s?\s*,?\s+(?:which|that)\s+(?:(?:has|had|have|just|now|also|been|got|gets|was|were|is|"
    r"are|being)\s+)*(?:moved|pushed|pulled|brought|shifted|bumped|rescheduled)\b[^.;!?]*$",
    re.IGNORECASE)


def _meeting_moved(sent: Span, new: DateMatch) -> bool:
    """Whether the move to ``new`` is a meeting's (see ``_MEETING_MOVED``)."""
    doc = sent.doc
    before = text_of(doc)[sent.start_char : doc[new.start].idx]
    return _MEETING_MOVED.search(before) is not None


def _nothing_changes(sent: Span) -> bool:
    return _NOTHING_CHANGES.search(text_of(sent.doc), sent.start_char, sent.end_char) is not None


def _for_information_only(doc: Doc) -> bool:
    return _NOTHING_ASKED.search(text_of(doc)) is not None


def _without_holidays_beside_dates(group: list[DateMatch]) -> list[DateMatch]:
    """A holiday in a sentence that also names a calendar day is the reason, not a second
    deadline: "by Dec 14 so it lands before Christmas"."""
    if len(group) < 2 or all(m.label != "HOLIDAY" for m in group):
        return group
    if not any(m.label != "HOLIDAY" and m.shape.kind != "lead" for m in group):
        return group
    return [m for m in group if m.label != "HOLIDAY"]


@dataclass(frozen=True, slots=True)
class _Named:
    """A sentence's first day and the words that name it ("Our Harvest Food Drive runs
    October 15 to November 15"): what a later "two weeks before the drive starts" counts
    back from."""

    sent: Span
    day: date
    verdict: Verdict


#: Words a lead's "before the ..." names that say nothing of which event it is.
_NOT_A_NAME = frozenset(("the", "our", "your", "their", "this", "that", "it", "its", "we", "is",
                         "are", "will", "starts", "start", "begins", "begin", "opens", "open",
                         "date", "day", "event", "launch", "deadline", "end", "first", "big"))


def _stems(sent: Span) -> frozenset[str]:
    return frozenset(t.lower_[:5] for t in sent if t.is_alpha and len(t) > 2)


def _leads_to_named(doc: Doc, group: list[DateMatch], resolved: list[date | None],
                    named: list[_Named], taken: dict[int, tuple[date, Verdict]],
                    ) -> dict[int, tuple[date, Verdict]]:
    """Lead times with no day in their sentence that count back from a day an earlier
    sentence gave what they name: "Our Harvest Food Drive runs October 15 to November 15.
    ... we need everything two weeks before the drive starts." (the drive's first day). Only
    the most recent sentence naming it counts, and only by a word that names the event (not
    "before the event", "before the launch": those name any day)."""
    found: dict[int, tuple[date, Verdict]] = {}
    if any(day is not None and m.shape.kind != "lead" for m, day in zip(group, resolved,
                                                                        strict=True)):
        return found  # a day of its own in the sentence: the lead is _leads' or _leads_back's
    for i, match in enumerate(group):
        if match.shape.kind != "lead" or i in taken:
            continue
        after = [t for t in doc[match.end : match.end + 4] if not t.is_space]
        if not after or after[0].lower_ not in ("the", "our", "their"):
            continue
        words = [t.lower_[:5] for t in after[1:] if t.is_alpha and t.lower_ not in _NOT_A_NAME]
        if not words:
            continue
        source = next((n for n in reversed(named) if words[0] in _stems(n.sent)), None)
        if source is not None:
            found[i] = (source.day, source.verdict)
    return found


@dataclass(frozen=True, slots=True)
class _Pending:
    """A lead time ("five business days before it prints") whose day the next sentence
    names ("Printing is booked for February 12")."""

    sent: Span
    sentence: _Sentence
    match: DateMatch
    verdict: Verdict


#: Words after a lead time that name what it counts back from without its day.
_AHEAD = frozenset(("it", "they", "the", "we", "our", "this"))


def _points_ahead(doc: Doc, match: DateMatch) -> bool:
    """"before it prints", "before the event" with no day in the sentence: the day may come
    in the next one."""
    following = next((t.lower_ for t in doc[match.end : match.end + 2] if not t.is_space), "")
    return following in _AHEAD


def _same_thing(doc: Doc, match: DateMatch, sent: Span) -> bool:
    """Whether ``sent`` names what the lead time counts back from ("before it prints" and
    "Printing is booked ...", "before the event" and "The event is ..."), by word stems."""
    named = [t.lower_[:5] for t in doc[match.end : match.end + 4]
             if t.is_alpha and t.lower_ not in _AHEAD and t.lower_ not in ("is", "are")][:2]
    return bool(named) and bool(set(named) & {t.lower_[:5] for t in sent if t.is_alpha})


def _next_to(doc: Doc, first: Span, second: Span) -> bool:
    """Whether ``second`` follows ``first`` in the same paragraph, nothing said between."""
    text = text_of(doc)  # (a sentence ends past its trailing blank line: strip that back)
    end = first.start_char + len(text[first.start_char : first.end_char].rstrip())
    between = text[end : second.start_char]
    return "\n\n" not in between and not between.strip()


def _as_due(verdict: Verdict) -> Verdict:
    """A date counted from an event's day is a deadline of its own ("a week before the show")."""
    return verdict if verdict.kind == "due" else Verdict("due", verdict.confidence, verdict.cue)


_ARTICLES = frozenset(("the", "le", "la", "l'", "el", "dem", "der", "den"))
_BEFORE = frozenset(("before", "avant", "antes", "vor"))


def _for_the_day(doc: Doc, match: DateMatch) -> bool:
    """"Could you please modify the visual for the 15/09?": the day the work is for, said
    right before it as French and Italian clients say "pour le", "per il" (not "thanks for
    the time on Tuesday", not "for the open house on January 30": the words between)."""
    return match.start >= 2 and doc[match.start - 1].lower_ == "the" \
        and doc[match.start - 2].lower_ == "for" and match.shape.kind in ("numeric", "ordinal",
                                                                          "month_day")


def _strictly_before(doc: Doc, start: int, end: int) -> bool:
    """"before the 14th" (not "on or before", "not before", "just before", "before the Friday
    deadline"): the day before the named one is the last that meets it."""
    if end < len(doc) and doc[end].lower_ in ("deadline", "deadlines", "cutoff", "cut-off"):
        return False
    words = [t.lower_ for t in doc[max(0, start - 4):start] if not t.is_space]
    if words[-1:] and words[-1] in _ARTICLES:
        words = words[:-1]
    if words[-1:] and words[-1] in ("del", "de") and words[-2:-1] == ["antes"]:
        words = words[:-1]  # "antes del 20 de diciembre"
    if words[-1:] == ["day"] and words[-2:-1] and words[-2] in _ARTICLES:
        words = words[:-2]  # "before the day 20 of december"
    if words[-2:] == ["ahead", "of"]:
        words = [*words[:-2], "before"]  # "ahead of the 10th"
    if words[-1:] == [","] and len(words) >= 3 and words[-3] in _BEFORE:
        words = words[:-2]  # "before midsummer, 18 June": the day of what it is before
    if not words or words[-1] not in _BEFORE:
        return _before_an_event(doc, start) or _before_we(doc, start) or _before_bracketed(
            doc, start)
    return words[-3:-1] != ["on", "or"] and words[-2:-1] not in (["not"], ["just"], ["or"])


#: Days of the client's own events: ready "before the home show 2/20" is ready by the 19th
#: (not "before the launch on March 3", the work's own day, a deadline of its own).
_EVENTS = frozenset(("show", "fair", "expo", "gala", "conference", "festival", "event",
                     "opening", "summit", "convention", "tradeshow", "exhibition", "premiere",
                     "party", "dinner", "tournament", "race", "concert", "game", "match",
                     "recital", "graduation", "ceremony", "parade", "marathon", "opener",
                     # "live before our 20th anniversary on June 1": the 31st
                     "anniversary", "birthday", "reunion", "wedding", "fundraiser", "auction",
                     "takeover", "tasting", "reopening", "relaunch",
                     # "send the proofs ahead of our board meeting on the 15th": the 14th
                     "meeting"))


def _before_an_event(doc: Doc, start: int) -> bool:
    """"before the home show 2/20", "before the fair on March 3": the event's day is named
    after it (at most three words of its name between "before" and the day)."""
    k = start - 1
    while k > 0 and (doc[k].is_space or doc[k].lower_ == "on"):
        k -= 1
    if k < 0 or doc[k].lower_ not in _EVENTS:  # (the common case: no event right before)
        return False
    words = [t.lower_ for t in doc[max(0, start - 7):start] if not t.is_space]
    if words[-1:] == ["on"]:
        words = words[:-1]
    tail = words[-5:-1]
    if "before" not in tail and "of" in tail and "ahead" in words[-6:-1]:
        tail = [*tail[: tail.index("of")], "before", *tail[tail.index("of") + 1 :]]  # "ahead
        # of our board meeting on the 15th"
    return "before" in tail and tail[tail.index("before") + 1 : tail.index("before") + 2] in (
        ["the"], ["our"], ["their"], ["its"])


def _before_bracketed(doc: Doc, start: int) -> bool:
    """"Before Makar Sankranti (14th Jan)", "before the festival (Jan 14)": a named day whose
    date follows in brackets is met the day before, like "before the 14th"."""
    k = start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text != "(":  # (the common case: no bracket right before)
        return False
    words = [t.lower_ for t in doc[max(0, k - 6):k] if not t.is_space]
    if "before" not in words:
        return False
    at = len(words) - 1 - words[::-1].index("before")
    named = words[at + 1:]
    return 0 < len(named) <= 4 and all(w.isalpha() or w == "'s" for w in named) and (
        words[at - 1:at] not in (["just"], ["not"], ["or"]))


_PRONOUNS = frozenset(("we", "they", "you", "i"))


def _before_we(doc: Doc, start: int) -> bool:
    """"done before we start spring jobs march 1": the date of what happens after the work
    (a clause of a few words, no punctuation) is the day after the deadline."""
    words = [t.lower_ for t in doc[max(0, start - 7):start] if not t.is_space]
    for k in range(len(words) - 2, 0, -1):
        if words[k] in _PRONOUNS and words[k - 1] in _BEFORE:
            between = words[k + 1:]
            return bool(between) and not any(not w.isalpha() for w in between)
    return False


def _weekday_before(doc: Doc, group: list[DateMatch], resolved: list[date | None],
                    verdicts: list[Verdict], earlier: tuple[date, Verdict] | None,
                    ) -> dict[int, date]:
    """"The opening is Saturday, December 19. We need the flyers by the Tuesday before.":
    a weekday followed by "before" and nothing else counts back from the date said last;
    "... by Friday the 17th? We want to put it up from the Monday after." counts on."""
    found: dict[int, date] = {}
    for i, match in enumerate(group):
        if match.shape.kind != "weekday" or match.shape.weekday is None:
            continue
        after = [t.lower_ for t in doc[match.end : match.end + 3] if not t.is_space]
        before = [t.lower_ for t in doc[max(0, match.start - 2) : match.start]]
        if before == ["the", "following"]:
            after = ["after", "."]  # "copy due Thurs, design due the following Tues"
        if after[:1] not in (["before"], ["prior"], ["after"]) or (after[1:2] or ["."])[0] not in (
                _POINTS_BACK | {"that", "it"}):
            continue
        said = _said_before(group, resolved, verdicts, i, earlier)
        if said is not None:
            anchor = said[0]
            if after[0] == "after":  # "by Friday the 17th ... from the Monday after": the 20th
                found[i] = anchor + timedelta(days=(match.shape.weekday - anchor.weekday()) % 7
                                              or 7)
                continue
            back = (anchor.weekday() - match.shape.weekday) % 7 or 7
            found[i] = anchor - timedelta(days=back)
    return found


def _drop_weekday_glosses(doc: Doc, group: Sequence[DateMatch],
                          resolved: list[date | None]) -> None:
    """"12/17 (Thu)": the weekday in brackets names the date before it, not another day."""
    for i in range(1, len(group)):
        match = group[i]
        if match.shape.kind != "weekday" or match.start < 1 or group[i - 1].end != match.start - 1:
            continue
        if doc[match.start - 1].text == "(" and match.end < len(doc) and doc[match.end].text == ")":
            resolved[i] = None


#: What a business does on a weekday every week: "the Saturday matinee is at 2pm, not 3pm"
_WEEKLY = frozenset(str.split(
    "matinee matinees class classes brunch service services market markets special specials "
    "hours shift shifts mass practice storytime session sessions lunch dinner menu edition "
    "tour tours pickup pickups"))


def _drop_weekly_things(doc: Doc, group: Sequence[DateMatch],
                        resolved: list[date | None]) -> None:
    """"The Saturday matinee is at 2pm, not 3pm", "our Tuesday class": a weekday naming what
    happens every week, no day of the work."""
    for i, match in enumerate(group):
        if match.shape.kind != "weekday" or match.shape.modifier or match.start < 1 \
                or match.end >= len(doc) or match.end - match.start != 1:
            continue
        if doc[match.start - 1].lower_ in ("the", "our", "every", "each", "your") \
                and doc[match.end].lower_ in _WEEKLY:
            resolved[i] = None


_CLAUSE_VERBS = frozenset(("is", "are", "'s", "was", "were", "will", "'ll", "be", "falls",
                           "lands", "starts", "opens", "happens",
                           # "since the emails go out Thursday": the reason, a send to come
                           "go", "goes", "launches", "ships", "mails", "airs", "hits"))


# A result reported in the simple past: "we sold out of red roses by noon on the 13th"
_REPORTED = frozenset(("sold", "were", "was", "went", "ran", "had", "did", "got", "came",
                       "made", "took", "broke", "hit"))
_TO_COME = frozenset(("will", "'ll", "need", "needs", "must", "should", "can", "could",
                      "please", "want", "wants", "would", "'d", "going", "gonna", "plan",
                      "hope"))


def _drop_reported_ordinals(sent: Span, group: Sequence[DateMatch],
                            resolved: list[date | None], ref: Reference) -> None:
    """"... and we sold out of red roses by noon on the 13th", written on the 15th: a bare
    day in the days just before the mail, in a sentence that reports the past and asks
    nothing, is that past day (not the 13th of next month)."""
    bare = [m.shape.kind == "ordinal" or (m.shape.kind == "weekday" and not m.shape.modifier)
            for m in group]
    if not any(bare):
        return  # (most sentences: no bare day, no word set built)
    words = {t.lower_ for t in sent}
    if not _REPORTED & words or _TO_COME & words:
        return
    for i, match in enumerate(group):
        day = resolved[i]
        if not bare[i] or day is None:
            continue
        if match.shape.kind == "weekday":  # "we sold out by Saturday noon!", sent on Monday:
            if day > ref.today and _reported_in_its_clause(sent.doc, match.start):
                resolved[i] = None  # last Saturday, not the next
            continue
        if match.shape.day is not None and 0 < ref.today.day - match.shape.day <= 10 \
                and day > ref.today and not _moved_to(sent, match, words):
            resolved[i] = None


def _moved_to(sent: Span, match: DateMatch, words: set[str]) -> bool:
    """Whether a move verb sends something to this day ("we moved the open house to the
    22nd"): a day to come, whatever the verb's tense."""
    before = [t.lower_ for t in sent.doc[max(sent.start, match.start - 2) : match.start]]
    return bool(MOVE_VERBS & words) and bool({"to", "until", "till"} & set(before)) \
        and not {"went", "happened", "turned", "ended"} & words  # ("... and it went great")


_CLAUSE_BREAKS = frozenset((",", ";", "and", "but", "so", ".", "!", "?", "-", "–", "—"))


def _reported_in_its_clause(doc: Doc, start: int) -> bool:
    """Whether the clause a weekday closes reports the past ("we sold out by Saturday"), not
    "we've got $3,000 for the shoot and it's due Friday" (the report is another clause's)."""
    said: set[str] = set()
    for k in range(start - 1, max(-1, start - 9), -1):
        word = doc[k].lower_
        if word in _CLAUSE_BREAKS:
            break
        said.add(word)
    return bool(_REPORTED & said) and not (_TO_COME & said) and "due" not in said


def _since_then(doc: Doc, group: Sequence[DateMatch], verdicts: list[Verdict]) -> list[Verdict]:
    """"Sales are up 12% since the launch on November 2": a date after "since" and a noun
    phrase is a time past, whatever other cue is near ("launch"); not "since the launch is on
    January 14, ..." (a reason)."""
    out = list(verdicts)
    for i, match in enumerate(group):
        words = [t.lower_ for t in doc[max(0, match.start - 6) : match.start]]
        if "since" not in words:
            continue
        between = words[len(words) - words[::-1].index("since"):]
        if not _CLAUSE_VERBS & set(between):
            out[i] = Verdict("past", 0.9, "since")
    return out


_BY_THEN = re.compile(r"\b(?:by|before|ahead of) (?:then|that date|that day|that time|that point)"
                      r"\b|\bin time for (?:that|it)\b", re.IGNORECASE)
#: Cues that call a day past by what it is, not by a verb in the past ("our fiscal year
#: starts Oct 1"): a later "by then" makes it the deadline.
_PAST_BY_NAME = frozenset(("fiscal year", "financial year", "tax year", "new role", "new job",
                           "new hire"))
_TOLD_IN_THE_PAST = frozenset(("had", "was", "were", "did", "needed", "wanted", "got"))
_BILLS = frozenset(("invoice", "invoices", "invoicing", "bill", "bills", "billing", "payment",
                    "payments", "expenses", "receipts", "timesheets"))


def _by_then(sent: Span, group: Sequence[DateMatch], verdicts: list[Verdict]) -> list[Verdict]:
    """"Our fiscal year starts Oct 1 and the new brand has to be in place by then": the day a
    later "by then" points back to is the deadline (not "we had to be ready by then": past)."""
    found = _BY_THEN.search(sent.text) if len(group) == 1 else None
    if found is None:
        return verdicts
    words = {t.lower_ for t in sent}
    if _TOLD_IN_THE_PAST & words or _BILLS & words:
        return verdicts  # (nor "any invoices should come in before then": the bills)
    verdict = verdicts[0]
    at = sent.start_char + found.start()
    if sent.doc[group[0].end - 1].idx > at:
        return verdicts  # ("by then" before the day: "by then, on Oct 1, ...")
    if verdict.kind == "neutral" or (verdict.kind == "past" and verdict.cue in _PAST_BY_NAME):
        return [Verdict("due", 0.8, "by then")]
    return verdicts


_MUST_BE = frozenset(("must", "need", "needs", "has", "have", "should", "gotta"))


def _before_it(doc: Doc, sent: Span, group: Sequence[DateMatch]) -> set[int]:
    """"We open the new store 5 of September, the board must be there before.": a day the
    sentence names, then the work that must be done "before" it, and nothing after "before":
    the day before is the deadline."""
    if len(group) != 1 or group[0].shape.kind == "lead":
        return set()
    words = [t.lower_ for t in doc[group[0].end : sent.end] if not t.is_space]
    if "before" not in words:
        return set()
    k = words.index("before")
    if words[k + 1 : k + 2] not in ([], ["."], ["!"], [","], [";"]) or not _MUST_BE & set(
            words[:k]) or _TALKS & set(words[:k]):
        return set()  # (not "we need to talk before": a meeting)
    return {0}


_TALKS = frozenset(("talk", "meet", "call", "chat", "speak", "catch", "discuss", "sync"))


_RUN_WORDS = frozenset(("runs", "run", "running", "airs", "air", "valid", "lasts", "sale", "promo",
                        "promotion", "offer", "flight", "flighting", "open", "live"))
_UNTIL = frozenset(("until", "till", "til", "through", "thru", "to", "-", "–", "—"))
# What opens a run's first day: "from Jan 4 to Jan 31", "runs Feb 23 through April 9"
_RUN_OPENERS = frozenset(("from", "runs", "run", "running", "airs"))


_TAKEN_DOWN = frozenset(("comes", "come", "coming", "taken", "take", "goes", "go", "came"))


def _run_ends(doc: Doc, sent: Span, group: Sequence[DateMatch],
              verdicts: list[Verdict]) -> list[Verdict]:
    """"The ad runs from Jan 4 to Jan 31": in a run said from one date to another, the
    last day is no deadline (a move "from Jan 4 to Jan 31" names its new date)."""
    out = list(verdicts)
    for i, match in enumerate(group):  # "goes up on Nov 9 and comes down Dec 6": the end
        before = [t.lower_ for t in doc[max(sent.start, match.start - 3) : match.start]]
        if "down" in before and _TAKEN_DOWN & set(before) and i > 0:
            out[i] = Verdict("past", 0.8, "end of a run")
    words = {t.lower_ for t in sent}
    if not _RUN_WORDS & words or MOVE_VERBS & words:
        return out
    for i in range(1, len(group)):
        first, last = group[i - 1], group[i]
        gap = [t.lower_ for t in doc[first.end : last.start]]
        opened = first.start > 0 and doc[first.start - 1].lower_ in _RUN_OPENERS
        if opened and len(gap) == 1 and gap[0] in _UNTIL:
            out[i] = Verdict("past", 0.8, "end of a run")
    return out


# ... and in French, German and Spanish: "début avril", "Anfang Oktober", "a principios de mayo",
# "Mitte März", "a mediados de agosto" (not "fin mars", the month's last day as "end of March")
_VAGUE_PARTS = frozenset(("early", "mid", "middle", "late", "début", "anfang", "principios",
                          "comienzos", "mitte", "mediados", "mi"))
_LEADERS = frozenset(("by", "before", "until", "till", "than", "bis", "avant", "d'ici", "para",
                      "antes", "hasta", "spätestens"))


def _drop_vague_parts(doc: Doc, group: Sequence[DateMatch],
                      resolved: list[date | None]) -> None:
    """"Sometime mid-Jan", "launch in early January": a part of a month is a vague time (no
    day), unless it is what the work must be done by ("on air by mid-March": the 15th)."""
    for i, match in enumerate(group):
        if doc[match.start].lower_ not in _VAGUE_PARTS or match.shape.month is None:
            continue  # ("early next week", "the middle of next month": a day, as counted)
        k = match.start - 1
        while k >= 0 and doc[k].lower_ in ("the", "in", "of", "zum", "a", "de", "à", "la"):
            k -= 1
        if k < 0 or doc[k].lower_ not in _LEADERS:
            resolved[i] = None


def _drop_bare_weeks(doc: Doc, group: Sequence[DateMatch], resolved: list[date | None],
                     verdicts: Sequence[Verdict]) -> None:
    """"Could we see a first draft next week?": a week is a vague time, no deadline, unless it
    is what the work must be done by ("by next week": its Monday, the earliest it can mean).
    The client's own promise keeps its Monday ("we'll mail them next week"): a reminder's day."""
    for i, match in enumerate(group):
        if verdicts[i].kind == "owed":
            continue
        words = tuple(t.lower_ for t in doc[match.start : match.end])
        if words not in (("next", "week"), ("this", "week")):
            continue
        k = match.start - 1
        while k >= 0 and doc[k].lower_ in ("the", "of", "end", "early", "start"):
            k -= 1
        if k < 0 or doc[k].lower_ not in _LEADERS:
            resolved[i] = None


#: "Once we sign", "after you approve", "as soon as the brief is final": a day not yet known.
_UNDATED_START = re.compile(r"\b(?:once|as soon as|upon|after (?:we|you|they|it|the|our|your)|"
                            r"when (?:we|you|they|it|the|our|your))\b", re.IGNORECASE)


def _drop_undated_offsets(sent: Span, group: Sequence[DateMatch],
                          resolved: list[date | None]) -> None:
    """"Once we sign, we'd need the first concepts within 10 business days": counted from a
    day the mail does not give, not from the mail's own (not "within 10 days, once you ...":
    only a condition said before the offset)."""
    for i, match in enumerate(group):
        if match.shape.kind != "offset" or resolved[i] is None:
            continue
        if _UNDATED_START.search(text_of(sent.doc), sent.start_char, sent.doc[match.start].idx):
            resolved[i] = None


_REMOVING = frozenset(("drop", "remove", "cut", "delete", "cancel", "scrap", "lose", "omit"))


def _drop_removed_events(doc: Doc, group: Sequence[DateMatch],
                         resolved: list[date | None]) -> None:
    """"The calendar should drop the June 2 lecture": a dated thing taken off the piece (the
    date names it), no day the work is due."""
    for i, match in enumerate(group):
        if match.start < 2 or match.end >= len(doc) or resolved[i] is None:
            continue
        verb = doc[match.start - 2].lower_
        removing = verb in _REMOVING or (verb == "out" and match.start >= 3 and doc[
            match.start - 3].lower_ in ("take", "leave", "taking", "leaving"))  # "take out the"
        if doc[match.start - 1].lower_ == "the" and removing \
                and doc[match.end].is_alpha and doc[match.end].lower_ not in _NOT_A_NOUN:
            resolved[i] = None


_NOT_A_NOUN = frozenset(("to", "by", "for", "at", "on", "in", "and", "or", "please", "pls"))
_PRINTED_AFTER = frozenset(("read", "say"))
_MODALS = frozenset(("should", "must", "to", "will", "can", "could", "shd"))


# What the client does once the deadline before it is met: "by Thursday so we can resubmit
# Friday", "by the 10th so that I can show it to the board on the 12th"
_SO_WE_CAN = re.compile(r"^\W*(?:,\s*)?so\s+(?:that\s+)?(?:we|i|they|he|she|our\s+\w+|"
                        # "so Dr. Lowe can look at them before the weekend"
                        r"(?:dr|mr|mrs|ms)\.?\s+\w+|everyone|the\s+(?:team|board|owner|boss)|"
                        # "so the wrap shop can start Monday": a trade's own next step
                        r"the\s+(?:[\w-]+\s+)?(?:shop|crew|installers?|contractors?))\s+"
                        r"(?:can|could|will|'ll|have time to)\s+"
                        # (not "so they can print Friday": a print date is the work's own)
                        r"(?!(?:print|launch|send|mail|run|ship|publish|post|air|go|install|"
                        r"deliver)\b)[\w-]+(?:\s+(?:at|over|through))?(?:\s+(?:it|them|this|that|"
                        r"the\s+[\w-]+|our\s+[\w-]+))?(?:\s+(?:on|by|at|before|to\s+the\s+\w+"
                        r"(?:\s+on)?))?\s*(?:the\s+)?$", re.IGNORECASE)
#: The client's own occasion, whose day the work is counted back from.
_AN_EVENT = re.compile(r"\b(?:opening|open house|event|fair|show|expo|party|gala|dinner|tour|"
                       r"conference|festival|wedding|ceremony|reception|tournament|race|"
                       r"concert|fundraiser|auction|celebration)\b", re.IGNORECASE)
_BY_BEFORE = frozenset(("by", "before", "until", "till", "til"))
_DAY_ENDS = frozenset(("cob", "eod", "eob", "end", "close", "of", "business", "day"))


# A deadline counted back from a day by a vague stretch: "The event is August 25, so materials
# need to be ready the week before." (the event's day is no deadline; the week before is too
# vague to be one; not "a week before": August 18)
_VAGUE_LEAD = re.compile(r"\b(?:ready|done|printed|delivered|finished|in\s+hand|there|in)\s+"
                         r"(?:the|that)\s+(?:week|weekend|month)\s+(?:before|prior)\b",
                         re.IGNORECASE)


def _drop_vague_leads(doc: Doc, sent: Span, group: Sequence[DateMatch],
                      resolved: list[date | None]) -> None:
    """Days a vague lead counts back from (see ``_VAGUE_LEAD``)."""
    text = text_of(doc)
    for i, match in enumerate(group):
        if _VAGUE_LEAD.search(text, doc[match.end - 1].idx, sent.end_char):
            resolved[i] = None


def _drop_purposes(doc: Doc, group: Sequence[DateMatch], resolved: list[date | None]) -> None:
    """A day in a purpose clause after a deadline ("by Thursday so we can resubmit Friday") is
    the client's own next step, not a second deadline."""
    for i in range(1, len(group)):
        before = group[i - 1]
        lead = before.start - 1  # "by COB Thursday": the deadline's word before its day
        while lead > 0 and doc[lead].lower_ in _DAY_ENDS:
            lead -= 1
        if resolved[i - 1] is None or before.start == 0 or doc[lead].lower_ not in _BY_BEFORE:
            continue
        if _SO_WE_CAN.match(doc[before.end : group[i].start].text):
            resolved[i] = None


def _drop_printed(doc: Doc, group: Sequence[DateMatch], resolved: list[date | None]) -> None:
    """"The date should read March 3", "the letter says December 30": words printed on the
    piece, as if quoted; and the true day told after what a piece says ("... but the donor
    extended it to January 15"): what the piece should say, no deadline."""
    if group and _PRINTED_WRONG.search(doc[group[0].start].sent.text.lower()):
        for i in range(len(group)):  # "the enrollment deadline on the front is wrong, it's
            resolved[i] = None  # May 18 not May 11": what the piece should print
        return
    printed = said = False
    for i, match in enumerate(group):
        if match.start >= 2 and doc[match.start - 1].lower_ in _PRINTED_AFTER \
                and doc[match.start - 2].lower_ in _MODALS:
            resolved[i], printed = None, True
        elif match.start >= 3 and doc[match.start - 1].lower_ == "to" \
                and doc[match.start - 2].lower_ == "line" \
                and doc[match.start - 3].lower_ in ("date", "dates", "day", "time"):
            resolved[i], printed = None, True  # "change the date line to September 8"
        elif printed and [t.lower_ for t in doc[group[i - 1].end : match.start]
                          if not t.is_space] in _CORRECTED_FROM:
            resolved[i] = None  # "... should say May 9, not May 8": the wrong words printed
        elif _a_piece_says(doc, match.start):
            resolved[i], printed, said = None, False, True
        elif said and _TRUTH_AFTER & {t.lower_ for t in doc[group[i - 1].end : match.start]} \
                and doc[group[i - 1].end].sent == doc[match.start].sent:
            resolved[i] = None
        else:
            printed = said = False


#: What a piece of the work says, when a date follows: "the letter says December 30" (not
#: "the printer says Friday": a vendor's word on the timeline)
_PRINTED_PIECES = frozenset(str.split(
    "letter letters banner banners flyer flyers poster posters ad ads email invite invitation "
    "invitations card cards page site website header footer copy text line headline sign "
    "signs label labels mailer brochure post postcard menu program programme ticket tickets"))
_SAYS_NOW = frozenset(("says", "reads", "shows", "lists"))
# Words that tell the truth after what a piece says: "... but the donor extended it to"
_TRUTH_AFTER = frozenset(("but", "actually", "really"))


def _a_piece_says(doc: Doc, start: int) -> bool:
    return start >= 2 and doc[start - 1].lower_ in _SAYS_NOW and any(
        t.lower_ in _PRINTED_PIECES for t in doc[max(0, start - 4) : start - 1])


# A day printed on the piece found wrong: "the enrollment deadline on the front is wrong"
_PRINTED_WRONG = re.compile(
    r"\b(?:deadline|date|dates|day)\s+(?:on|in)\s+(?:the|our|your|this)\s+(?:front|back|cover|"
    r"flyer|poster|mailer|page|ad|banner|postcard|brochure|site|website|form|invite|"
    r"invitation|letter|sign)\b[^.;!?]{0,20}?\b(?:is|are|was)\s+(?:wrong|incorrect|off|a typo|"
    r"not right)\b"
    # "the fecha of the event should be 2 de noviembre, not 1": the event's day the piece
    # prints, put right (not "the launch date should be ...": the work's own day moved)
    # "Please change the date on the invitation to 2 de diciembre": the date the piece prints
    r"|\b(?:change|update|correct|fix|put)\s+the\s+(?:date|day|dates)\s+(?:on|in)\s+(?:the|our)\s+"
    r"(?:invitation|invite|flyer|poster|card|cards|ad|banner|save-the-date|ticket|tickets|sign|"
    r"program|programme|menu|mailer|postcard|email|page)\s+to\b"
    r"|\b(?:date|fecha|day|datum|jour)\s+(?:of|for)\s+(?:the|our)\s+(?:event|party|gala|fair|"
    r"festival|concert|open house|celebration|dinner|tasting|service|market|race|show)\s+"
    r"(?:should|must|needs to|has to)\s+(?:be|read|say)\b[^;!?]{1,40}?,?\s+not\b")
_CORRECTED_FROM = ([",", "not"], ["not"], ["instead", "of"], [",", "instead", "of"],
                   ["rather", "than"], [",", "rather", "than"])


_WEEK_OF = (("week", "of"), ("wk", "of"), ("wks", "of"), ("w", "/", "c"), ("w", "/", "b"),
            ("w/c",), ("w/b",), ("wc",), ("week", "commencing"), ("week", "beginning"),
            ("week", "starting"))


def _drop_named_weeks(doc: Doc, group: Sequence[DateMatch],
                      resolved: list[date | None]) -> None:
    """"the week of December 14", British "w/c 14th December": a week named by its first
    day is a vague time, no deadline (a day inside it is)."""
    for i, match in enumerate(group):
        before = tuple(t.lower_ for t in doc[max(0, match.start - 3) : match.start])
        if any(before[len(before) - len(w):] == w for w in _WEEK_OF):
            resolved[i] = None
        elif match.shape.kind == "iso_week" and before[-1:] in _PLANNED_FOR:
            resolved[i] = None  # "the mailing is planned for KW 41": the week it happens in,
            # no day (not "bis KW 40", "Abgabe in KW 6", "Ende KW 36")


_PLANNED_FOR = frozenset((("for",), ("für",)))


def _drop_kinds_and_windows(doc: Doc, group: Sequence[DateMatch],
                            resolved: list[date | None]) -> None:
    """A weekday naming a kind of thing ("Tuesday classes move to 6pm") and a window of days
    ("go out between August 2 and August 6"): no deadline."""
    text = text_of(doc)
    for i, match in enumerate(group):
        start = doc[match.start].idx
        last = doc[match.end - 1]
        if match.shape.kind == "weekday" and match.end - match.start == 1 and _HOURS_ON.search(
                text, max(0, start - 24), start):
            resolved[i] = None  # "the opening hours on Sunday are wrong": hours, no day
        elif match.shape.kind == "weekday" and _EVERY.search(text, max(0, start - 20), start):
            resolved[i] = None  # "goes out every other Tuesday": a rhythm, no day
        elif match.shape.kind == "today" and _FROM_NOW.search(text, max(0, start - 16), start):
            resolved[i] = None  # "please stop the Instagram ads from today": a start, no deadline
        elif match.shape.kind == "weekday" and match.end - match.start == 1 and _ATTRIBUTIVE.match(
                text, start + len(doc[match.start].text)):
            resolved[i] = None
        elif i + 1 < len(group) and _BETWEEN.search(text, max(0, start - 60), start) \
                and _AND_THEN.fullmatch(text, last.idx + len(last.text),
                                        doc[group[i + 1].start].idx):
            resolved[i] = resolved[i + 1] = None
        elif i + 1 < len(group) and _a_span_of_weekdays(text, match, group[i + 1], doc):
            resolved[i] = resolved[i + 1] = None  # "8am-6pm Monday to Friday": hours, no day
        elif match.shape.kind == "month_day" and match.start > 0 \
                and _DAYS_AFTER.match(text, last.idx + len(last.text)) \
                and _A_STRETCH_OF_WORK.fullmatch(doc[match.start - 1].lower_):
            resolved[i] = None  # "printing October 22-26", "shooting May 3-5": a window of days


# "printing October 22-26": the work's stretch of days (not "the show is Dec 3-5", nor "by
# October 22-26")
_DAYS_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}\b")
_A_STRETCH_OF_WORK = re.compile(r"(?:printing|shooting|filming|installing|installation|"
                                r"production|press|print|shoot|install)")


def _a_span_of_weekdays(text: str, first: DateMatch, second: DateMatch, doc: Doc) -> bool:
    """"Monday to Friday", "Mon-Fri", "Tuesday through Saturday": the days of a week that
    something is open or runs, no day of the calendar (not "from Monday to Friday", a move;
    nor "Monday to Friday" after a move's verb: "push it Monday to Friday")."""
    if first.shape.kind != "weekday" or second.shape.kind != "weekday" or first.shape.modifier \
            or second.shape.modifier or first.end - first.start != 1 \
            or second.end - second.start != 1:
        return False
    a, b = doc[first.start], doc[second.start]
    joined = _WEEKDAY_SPAN.fullmatch(text, a.idx + len(a.text), b.idx)
    if joined is None:
        return False
    if joined["word"] is None or joined["word"].lower() in ("through", "thru"):
        return True  # "Mon-Fri", "Monday through Friday"
    if _FROM_BEFORE.search(text, max(0, a.idx - 8), a.idx):
        return False  # "move the post from Monday to Friday at 9am"
    if _OPEN_HOURS.search(text, max(0, a.idx - 30), min(len(text), b.idx + len(b.text) + 20)):
        return True  # "change the hours to 8am-6pm Monday to Friday"
    return _MOVED_ALONG.search(text, max(0, a.idx - 40), a.idx) is None


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_OPEN_HOURS = re.compile(r"\d\s?(?:am|pm|a\.m\.|p\.m\.)|\d:\d\d|\b(?:hours|open|closed|daily)\b",
                         re.IGNORECASE)
_WEEKDAY_SPAN = re.compile(r"\s*(?:[-–—]|(?P<word>to|through|thru|till|until))\s*", re.IGNORECASE)
# "from Monday to Friday", "push the post Monday to Friday": a move, not a week's span
_MOVED_ALONG = re.compile(r"\b(?:from|move|moved|moving|push|pushed|pushing|shift|shifted|"
                          r"bump|bumped|switch|switched|change|changed|reschedule|"
                          r"rescheduled)\b[^.;!?]*$", re.IGNORECASE)


_GOAL_SAID = re.compile(r"^\W*(?:our|the|my)\s+(?:main\s+|primary\s+|big\s+)?(?:goal|target|"
                        r"objective|aim|ambition)\s+is\s+to\b", re.I)
_RULE_FROM = re.compile(
    r"^\W*(?:from|starting|as of|effective|beginning)\s+(?:on\s+)?[^,.;!?]{1,25},?\s+"
    r"(?:all|every|each|any|no|our|the|we|you)\b[^.;!?]{0,60}?\b(?:must|may only|can only|"
    r"only|no longer|is retired|are retired|always|never|is mandatory|are mandatory|"
    r"is required|are required)\b", re.IGNORECASE)
_BOOKKEEPING = re.compile(
    r"\b(?:accountant|accountants|bookkeeper|accounts payable|accounts department|finance team|"
    r"finance department|payroll|auditors?)\b[^.;!?]{0,20}?\b(?:needs?|wants?|requires?)\s+"
    r"(?:it|them|this|that|the invoices?|an invoice|invoices|the receipts?|a receipt|receipts|"
    r"the w-?9|a w-?9|the statement)\b", re.IGNORECASE)
_GOAL_LINE = re.compile(r"^\W*(?:our\s+)?(?:goals?|targets?|objectives?|kpis?|okrs?)\s*:", re.I)
# A weekday naming a kind of thing ("Tuesday classes", "Saturday hours"), not a day
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:mornings?|afternoons?|evenings?|nights?|works|is|was|has|"
                          r"does|goes|suits|please|pls|plz|thx|thanks|thks|tks|asap|eod|cob|eow|"
                          r"at|by|and|or|for|to|the|this|next|latest|instead|would|will|as|if|"
                          r"so|but|noon|yes|its|his|hers|ours|yours|theirs|thus|plus)\b)"
                          r"[a-z]{3,}s\b")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_EVERY = re.compile(r"\b(?:every|each|every other|every second|alternate)\s+$", re.IGNORECASE)
_FROM_NOW = re.compile(r"\b(?:from|as of|starting|effective)\s+$", re.IGNORECASE)
_HOURS_ON = re.compile(r"\b(?:hours|closed|closing)\s+on\s+$|"
                       # "die Öffnungszeiten am Samstag", "les horaires du samedi", "el horario
                       # del sábado"
                       r"\b(?:öffnungszeiten|geöffnet|geschlossen)\s+am\s+$|"
                       r"\b(?:horaires|ouvert|fermé)\s+(?:du|le)\s+$|"
                       r"\b(?:horario|abierto|cerrado)\s+(?:del|el)\s+$",
                       re.IGNORECASE)
_AND_THEN = re.compile(r"\s+and\s+(?:the\s+)?")


def _around_holidays(doc: Doc, group: Sequence[DateMatch], resolved: list[date | None],
                     ref: Reference) -> None:
    """"The Monday after New Year's", "the Friday before Christmas": the weekday beside the
    holiday, not the coming one; a holiday just past gives no date."""
    text = text_of(doc)  # doc.text rebuilds the whole text on every access
    for i, match in enumerate(group):
        shape = match.shape
        if shape.kind != "weekday" or shape.weekday is None or shape.modifier:
            continue
        last = doc[match.end - 1]
        around = AROUND.match(text, last.idx + len(last.text))
        if around is not None:
            resolved[i] = weekday_around(shape.weekday, around["side"].lower(),
                                         around["name"], ref.today)


_CARRY_HORIZON = timedelta(days=120)


def _month_carried(doc: Doc, group: Sequence[DateMatch], resolved: list[date | None],
                   ref: Reference) -> list[date | None]:
    """A bare "the 11th" after a date with its month, in one sentence, is in that month:
    "the event is on January 14, so the banners must arrive by the 11th" (January 11, not
    the next 11th), "move it from Jan 14 to the 21st". Not a deadline that would then fall
    after the day it is for: "registration opens Jan 5 so we need it by the 31st" (December
    31, the next 31st, before January 5)."""
    out = list(resolved)
    month: date | None = None
    for i, match in enumerate(group):
        if match.shape.kind in ("month_day", "numeric", "iso") and resolved[i] is not None:
            month = resolved[i]
        elif match.shape.kind == "ordinal" and match.shape.day and month is not None:
            carried = safe_date(month.year, month.month, match.shape.day)
            # a month near at hand: "met on Nov 20" (a year ahead when rolled over) lends none
            if carried is None or not ref.today <= carried <= ref.today + _CARRY_HORIZON:
                continue
            own = resolved[i]
            if carried > month and own is not None and own < month and _by_word_before(
                    doc, match.start):
                continue
            out[i] = carried
    return out


def _just_past(match: DateMatch, when: date, ref: Reference) -> date:
    """The day a move replaces, said as a bare "the 14th" the day after it: the 14th just
    gone, not next month's ("we have until the 17th instead of the 14th", written on the
    15th). A day still to come stays."""
    if match.shape.kind != "ordinal" or not match.shape.day or when.month == ref.today.month:
        return when
    gone = safe_date(ref.today.year, ref.today.month, match.shape.day)
    return gone if gone is not None and 0 < (ref.today - gone).days <= 7 else when


def _by_word_before(doc: Doc, start: int) -> bool:
    k = start - 1
    while k >= 0 and (doc[k].is_space or doc[k].lower_ == "the"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("by", "before", "until", "till")


def _anchor_in_sentence(group: list[DateMatch], resolved: list[date | None],
                        i: int) -> int | None:
    """The index of the date a lead ``i`` counts back from, when it is in the same sentence."""
    return next((j for j in range(i - 1, -1, -1)
                 if resolved[j] is not None and group[j].shape.kind != "lead"), None)


def _cue_between(doc: Doc, verdict: Verdict, anchor: DateMatch, lead: DateMatch) -> bool:
    """Whether the cue that made the anchor due stands between it and the lead time ("on
    April 10 we'll need the invitations out three weeks before": the need is the lead's)."""
    if not verdict.cue or anchor.end >= lead.start:
        return False
    first = verdict.cue.split()[0]
    return any(t.lower_ == first for t in doc[anchor.end : lead.start])


def _strong(verdict: Verdict) -> bool:
    """A verdict decided by a cue that names the day outright ("go up", "launch", "by") or
    by one in the date's own clause ("prints on January 20"), not by a cue the next clause
    lends it ("the evening is on the 3rd and the programs should be printed ...")."""
    cue = CUES.get(tuple(verdict.cue.split())) if verdict.cue else None
    return (cue is not None and cue.weight >= 1.0) or verdict.confidence >= _OWN_CLAUSE

#: The least confidence of a due verdict whose cue stands in the date's own clause (a cue
#: from the next clause pays OUTSIDE_CLAUSE_COST and falls below it).
_OWN_CLAUSE = 0.75


def _said_before(group: list[DateMatch], resolved: list[date | None], verdicts: list[Verdict],
                 i: int, earlier: tuple[date, Verdict] | None) -> tuple[date, Verdict] | None:
    """The date said last before match ``i`` (in its sentence, else the sentences before),
    with its verdict: what "a week before that" and "the Tuesday before" count back from."""
    before = [(day, verdicts[j]) for j in range(i)
              if (day := resolved[j]) is not None and group[j].shape.kind != "lead"]
    return before[-1] if before else earlier


#: Tokens a lead time ("two weeks before") may stand before the date it counts back from.
LEAD_REACH = 8


#: Words after a lead time that send it back to the date said before it.
_POINTS_BACK = frozenset(("that", "then", "this", "it", "so", ",", ".", ";", ":", "-", "–", "—",
                          ")"))


#: Words that open a reason: a lead time after one explains the date before it ("we need them
#: by 19 July, because we hand them out a week before [the festival]"), unlike "so".
_REASON_WORDS = frozenset(("because", "cause", "'cause", "since"))


def _leads_back(doc: Doc, group: list[DateMatch], resolved: list[date | None],
                verdicts: list[Verdict], earlier: tuple[date, Verdict] | None,
                ) -> dict[int, tuple[date, Verdict]]:
    """Lead times that count back from the date said before them, with that date:
    "Boards go up November 23, so we need final art a week before that", "Cans hit
    shelves Jan 8. Need final art 10 days before that.", "three days before, so the 27th".
    A lead followed by the thing it is measured from ("a week before the launch on
    April 5") is :func:`_leads`' business."""
    found: dict[int, tuple[date, Verdict]] = {}
    for i, match in enumerate(group):
        if match.shape.kind != "lead":
            continue
        following = next((t.lower_ for t in doc[match.end : match.end + 3] if not t.is_space),
                         ".")
        if following not in _POINTS_BACK:
            continue
        said = [j for j in range(i) if group[j].shape.kind != "lead"]
        if said and any(t.lower_ in _REASON_WORDS for t in doc[group[said[-1]].end : match.start]):
            continue  # "printed by 19 July, because we hand them out one week before": a reason
        anchor = _said_before(group, resolved, verdicts, i, earlier)
        if anchor is not None:
            found[i] = anchor
    return found


def _leads(group: list[DateMatch]) -> dict[int, int]:
    """Lead-time matches (by index) and the index of the date each one counts back from."""
    found = {}
    for i, match in enumerate(group):
        if match.shape.kind != "lead":
            continue
        for j in range(i + 1, len(group)):
            if group[j].start - match.end > LEAD_REACH:
                break
            if group[j].shape.kind != "lead":
                found[i] = j
                break
    return found


def _names_a_deadline(words: Span) -> bool:
    """True when ``words`` hold a due cue of their own ("the launch", "go-live", "deadline")."""
    return any(
        (cue := CUES.get((t.lower_,))) is not None and cue.kind == "due" and cue.weight >= 1.0
        for t in words
    )


def _column(verdict: Verdict, sent: Span, match: DateMatch,
            cells: Sequence[tuple[int, int]]) -> Verdict:
    """A date with no cue of its own, in a table cell under a "Due" header, is due (an hour
    in the cell, "Dec 9 at 5pm", is the deadline's, no meeting)."""
    if (verdict.kind not in ("neutral", "event") and verdict.cue != AT_TIME) or not cells:
        return verdict  # (an event's word in the next cell, "gala is Dec 16", is its own)
    start = sent.doc[match.start].idx
    if any(a <= start < b for a, b in cells):
        return Verdict("due", 0.85, "a due column")
    return verdict


def _verdict(verdict: Verdict, match: DateMatch, when: date, ref: Reference) -> Verdict:
    """The past overrides the words: "last Friday", "yesterday", a date well before sending."""
    if match.shape.modifier == "last" or when < ref.today - timedelta(days=ROLLOVER_GRACE):
        return Verdict("past", 0.9, "before the sent date")
    if match.shape.kind == "today" and match.shape.count < 0:
        return Verdict("past", 0.9, "yesterday")
    return verdict


def _by_sentence(doc: Doc, matches: list[DateMatch]) -> list[tuple[Span, list[DateMatch]]]:
    """Group matches by the sentence they start in (one pass over both, in order)."""
    groups: list[tuple[Span, list[DateMatch]]] = []
    bounds = iter(_within_reach(sentence_bounds(doc), matches))
    start, end = next(bounds)
    for match in matches:
        while match.start >= end:
            start, end = next(bounds)
        if groups and groups[-1][0].start == start:
            groups[-1][1].append(match)
        else:
            groups.append((doc[start:end], [match]))
    return groups


# The most tokens a sentence holds for the date rules. The longest sentence of 106,000 in the
# labelled set and the benchmark corpus has 63 tokens; a line of thousands with no full stop
# (a flattened table of dates) is judged in pieces this long: the cue rules read each date
# against its whole clause, so one such line took minutes (``benchmarks/run_on.py``).
_LONGEST_SENTENCE = 150


def _within_reach(bounds: list[tuple[int, int]],
                  matches: list[DateMatch]) -> list[tuple[int, int]]:
    """``bounds`` with each longer than :data:`_LONGEST_SENTENCE` tokens cut into pieces that
    long, never inside a date."""
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        while end - start > _LONGEST_SENTENCE:
            cut = start + _LONGEST_SENTENCE
            cut = next((m.end for m in matches if m.start < cut < m.end), cut)
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


_QUOTES = frozenset(('"', "“", "”", "''", "``"))


def _quoted(sent: Span, dates: list[DateMatch]) -> list[bool]:
    """For each date, whether it stands inside quotation marks opened earlier in the sentence."""
    doc = sent.doc
    flags = []
    position, inside = sent.start, False
    for match in dates:
        for token in doc[position : match.start]:
            if token.text in _QUOTES:
                inside = token.text != "”" and (token.text == "“" or not inside)
        position = match.start
        flags.append(inside)
    return flags


class _Sentence:
    """One sentence's text, built only when a mention from it is kept."""

    def __init__(self, sent: Span):
        self.sent = sent
        self._text: str | None = None

    def evidence(self, match: DateMatch, confidence: float) -> Evidence:
        if self._text is None:
            self._text = self.sent.text.strip()
        span = self.sent.doc[match.start : match.end]
        return Evidence(span.text, self._text, span.start_char, span.end_char, confidence)


def _keep(found: dict[date, DueDate], item: DueDate) -> None:
    """Keep the most confident mention of each date (the first one on a tie)."""
    current = found.get(item.date)
    if current is None or item.evidence.confidence > current.evidence.confidence:
        found[item.date] = item


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
