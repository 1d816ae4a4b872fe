"""Answers typed under the AE's quoted questions: an inline reply's words, read in the sense
the question gives them.

Input: what extraction found in the client's own words (``text``, the quote removed) and the
whole body (``body``, the quote kept). Output: the findings an answer adds: an amount opening
the line under "> What's the budget for the spring push?" is the budget; a bare date under
"> When do you need the first concepts?" is the deadline. The AE's question itself is never
read as the client's words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from intake.parsers.dates import extract_due_dates
from intake.parsers.dates.due import COUNT_WORDS, sent_date
from intake.parsers.dates.normalise import Reference, normalise
from intake.parsers.dates.patterns import find_dates
from intake.parsers.mentions import DueDate, Evidence, Money, Statement
from intake.parsers.money import asks_the_budget, extract_money, opens_an_answer
from intake.parsers.nlp import analyse
from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.quotes import find_reply_header, reply_header

# "When do you need the first concepts?", "What's the deadline?": a question whose answer
# is the work's deadline (not "when can we meet?", "when are you back?").
_WHEN_QUESTION = re.compile(
    r"\b(?:by when|what date|which date|deadline|due date|how soon)\b|"
    # "¿Para cuándo necesitáis el catálogo?", "Pour quand ...?", "Bis wann ...?"
    r"\bpara cu[aá]ndo\b|\bpour quand\b|\bpour quelle date\b|\bbis wann\b|"
    r"\bwann\s+(?:braucht|brauchen)\b|"
    r"\bwhen\b.*\b(?:need|needed|ready|live|launch|launches|go out|goes out|deliver|delivered|"
    r"due|print|send|ship|publish|done|finished|start|run)\b", re.IGNORECASE)
_MEETING_QUESTION = re.compile(r"\b(?:meet|meeting|call|chat|catch up|talk|available|free|"
                               r"zoom|back|visit|lunch|coffee)\b", re.IGNORECASE)


def _quoted_above(line: str, body: str) -> str:
    """The quoted line ("> ...") right above ``line`` in ``body``, stripped; empty when the
    line above is not quoted."""
    at = body.find(line) if line else -1
    above = [x for x in body[:at].split("\n") if x.strip()] if at > 0 else []
    quoted = above[-1].strip() if above else ""
    return quoted if quoted.startswith(">") else ""


def quoted_question_above(line: str, body: str) -> str:
    """The quoted question ("> ...?") right above ``line`` in ``body``, without its "> ";
    empty when the line above is anything else."""
    question = _quoted_above(line, body)
    return question.lstrip("> ") if question.endswith("?") else ""


def quoted_line_above(line: str, body: str) -> str:
    """The quoted statement ("> - Launch: October 8") right above ``line`` in ``body``,
    without its "> " and list mark; empty when the line above is not quoted or asks."""
    quoted = _quoted_above(line, body)
    if not quoted or quoted.endswith("?"):
        return ""
    return _LIST_MARK.sub("", quoted.lstrip("> "))


_LIST_MARK = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")


def budgets_answered(money: tuple[Money, ...], text: str, body: str) -> tuple[Money, ...]:
    """``money`` with an amount opening the answer to a quoted budget question made the
    budget ("> What's the budget?" / "Around $20,000, maybe a bit more")."""
    out = []
    for m in money:
        if m.kind == "other":
            line_start = text.rfind("\n", 0, m.evidence.start) + 1
            line_end = text.find("\n", m.evidence.end)
            line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
            if opens_an_answer(text[line_start : m.evidence.start]) and asks_the_budget(
                    quoted_question_above(line, body)):
                m = replace(m, kind="budget", evidence=replace(m.evidence, confidence=0.7))
        out.append(m)
    return tuple(out)


def budget_replied(money: tuple[Money, ...], text: str, quoted: str, *,
                   default_currency: str) -> tuple[Money, ...]:
    """``money`` with the amount of a reply that is nothing but that amount ("15k", "About
    $20,000.") read as the budget when the mail it answers asks the budget ("> What budget
    should we plan around?"): a phone's whole answer, typed above the quote."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or not quoted or len(lines[0]) > 30:
        return money
    questions = [q for q in _LAST_SENTENCE.findall(" ".join(latest_quoted(quoted).split()))
                 if q.strip().endswith("?")]
    if not questions or not asks_the_budget(questions[-1]):
        return money
    at = text.find(lines[0])
    if any(at <= m.evidence.start < at + len(lines[0]) and m.kind != "other" for m in money):
        return money
    lead = "Budget: "  # the question's sense, given to the answer's words to read them by
    sums = [m for m in extract_money(lead + lines[0], default_currency=default_currency)
            if m.is_budget]
    if len(sums) != 1:
        return money
    shift = at - len(lead)
    answer = replace(sums[0], evidence=replace(
        sums[0].evidence, sentence=lines[0], start=sums[0].evidence.start + shift,
        end=sums[0].evidence.end + shift, confidence=0.7))
    kept = [m for m in money if not at <= m.evidence.start < at + len(lines[0])]
    return tuple(sorted((*kept, answer), key=lambda m: m.evidence.start))


def budgets_confirmed(money: tuple[Money, ...], text: str, body: str, *,
                      default_currency: str) -> list[Money]:
    """The sum of a quoted budget question answered with a bare yes ("> Same budget as last
    spring ($2,000)?" / "YES"), with the answer's offsets in ``text``; none for a sum the
    client's words already give, nor for a question about an invoice."""
    found: list[Money] = []
    for line_start, line in _lines(text):
        words = line.strip()
        if not words or len(words) > 40 or not _YES.fullmatch(words) or any(
                line_start <= m.evidence.start <= line_start + len(line) for m in money):
            continue
        question = quoted_question_above(words, body)
        if not question or not asks_the_budget(question):
            continue
        asked = _LAST_SENTENCE.findall(question)[-1]  # what the yes answers
        sums = [m for m in extract_money(asked, default_currency=default_currency)
                if m.low is None]
        if len(sums) != 1 or _SPENT.search(asked):
            continue  # none, two to choose from, or money already spent ("same as last
            # spring" still asks about the budget to come)
        start = line_start + line.index(words)
        found.append(replace(sums[0], kind="budget", evidence=Evidence(
            words, f"{asked} {words}", start, start + len(words), 0.7)))
    return found


_SPENT = re.compile(r"\b(?:had|was|were|did|went|got|sent|paid|spent|yesterday)\b",
                    re.IGNORECASE)


# "Any must-haves?", "Anything we should know about legal?", "Are there brand rules?": a
# question whose answer states the job's rules.
_RULES_QUESTION = re.compile(
    r"\b(?:must[- ]haves?|requirements?|mandatory|non[- ]negotiables?|rules|restrictions|"
    r"constraints|guidelines|legal|compliance|anything (?:we|i) should (?:know|keep in mind|"
    r"avoid)|"
    # "Anything that must stay as it is?", "What can't we change?": what the work must keep
    r"(?:must|has to|should) stay|stays? as (?:it|they) (?:is|are)|(?:must|should) (?:we )?keep|"
    r"(?:can'?t|cannot|must not|mustn'?t) (?:we )?change|off[- ]limits)\b", re.IGNORECASE)


def rules_answered(changes: tuple[Statement, ...], requirements: tuple[Statement, ...],
                   body: str) -> tuple[tuple[Statement, ...], tuple[Statement, ...]]:
    """A change read in the answer to a quoted question about the job's rules is one of
    those rules ("> Any must-haves?" / "The store hours have to be on the back")."""
    kept, ruled = [], list(requirements)
    for change in changes:
        if _RULES_QUESTION.search(quoted_question_above(change.evidence.sentence, body)):
            ruled.append(replace(change, kind="requirement", action=None))
        else:
            kept.append(change)
    if len(kept) == len(changes):
        return changes, requirements
    return tuple(kept), tuple(sorted(ruled, key=lambda s: s.evidence.start))


# "> Anything we should avoid?" / "No photos of kids without a parent in frame, and no small
# parts ...": a ban answering a question about the job's rules, however long
_BAN_LINE = re.compile(r"^\W*(?:no|never|nothing|avoid|don'?t|do not)\s+(?!thanks|thank|worries|"
                       r"rush|problem|need|idea|changes?|comments?)[a-z]", re.IGNORECASE)


# "> Anything that must stay as it is?" / "The logo stays.": what is kept, a rule of the job
_KEEP_LINE = re.compile(r"^\W*(?:(?:the|our|my)\s+[^.?!,]{1,40}?\s+(?:stays|remains|must stay|"
                        r"has to stay|stay)\b|keep\s+(?:the|our|my)\s)", re.IGNORECASE)


def bans_answered(requirements: tuple[Statement, ...], text: str,
                  body: str) -> tuple[Statement, ...]:
    """``requirements`` with the bans (and what must be kept) typed under a quoted rules
    question no rule read."""
    found = list(requirements)
    for line_start, line in _lines(text):
        words = line.strip()
        if not words or not (_BAN_LINE.match(words) or _KEEP_LINE.match(words)):
            continue
        start = line_start + line.index(words)
        paragraph_end = text.find("\n\n", start)
        rest = text[start : paragraph_end if paragraph_end >= 0 else len(text)]
        sentence = _LAST_SENTENCE.findall(rest)[0].rstrip().replace("\n", " ")  # (wrapped)
        if any(r.evidence.start < start + len(sentence) and start < r.evidence.end
               for r in requirements):
            continue  # a rule read already (the line's next sentence may be another)
        if not _RULES_QUESTION.search(quoted_question_above(words, body)):
            continue
        found.append(Statement("requirement", Evidence(sentence, sentence, start,
                                                       start + len(sentence), 0.7)))
    if len(found) == len(requirements):
        return requirements
    return tuple(sorted(found, key=lambda r: r.evidence.start))


# "> What should the site do for you?", "> What's the main goal?": a question whose answer is
# the job's objective (not "> What do you think of the colours?")
_GOAL_QUESTION = re.compile(
    r"\b(?:goals?|objectives?|aim|aims|kpis?|success look like|hoping to (?:get|achieve)|"
    r"want to achieve|(?:should|do you want|would you like)\s+(?:the|this|it|our|your)\s*"
    r"[\w -]{0,20}?\s+(?:to\s+)?(?:do|achieve)\b)", re.IGNORECASE)
# An answer that states no aim: "Not sure yet", "Same as before", "See above"
_NO_AIM = re.compile(r"^\W*(?:not sure|no idea|same|see|tbd|n/?a|none|nothing|don'?t know|"
                     r"we'?ll see|let'?s discuss|good question)\b", re.IGNORECASE)


def objectives_answered(objectives: tuple[Statement, ...], text: str,
                        body: str) -> tuple[Statement, ...]:
    """``objectives`` with the answer typed under a quoted question about the job's goal
    ("> What should the site do for you?" / "Mostly get more people to book online")."""
    found = list(objectives)
    for line_start, line in _lines(text):
        words = line.strip()
        if len(words) < 12 or _NO_AIM.match(words) or words.endswith("?") or any(
                o.evidence.start <= line_start + len(line) and line_start <= o.evidence.end
                for o in objectives):
            continue
        if not _GOAL_QUESTION.search(quoted_question_above(words, body)):
            continue
        start = line_start + line.index(words)
        sentence = _LAST_SENTENCE.findall(words)[0].rstrip()
        found.append(Statement("objective", Evidence(sentence, sentence, start,
                                                     start + len(sentence), 0.65)))
    if len(found) == len(objectives):
        return objectives
    return tuple(sorted(found, key=lambda o: o.evidence.start))


# "> - New member offer: first month $49" / "No, it's $59 now": the AE's line put right
_PUT_RIGHT_BELOW = re.compile(r"^\W*(?:no|nope|not quite|not|actually|wrong)\b[,.!:]?\s+\S",
                              re.IGNORECASE)


def corrections_answered(changes: tuple[Statement, ...], requirements: tuple[Statement, ...],
                         text: str, body: str
                         ) -> tuple[tuple[Statement, ...], tuple[Statement, ...]]:
    """A line typed under a quoted statement of the AE's that puts it right ("> - Photos: we
    shoot at the Elm St studio" / "Not Elm St, it has to be the new Pine Ave studio."): a
    change to what the AE wrote, whatever a rule read in it."""
    kept_changes, kept_rules = list(changes), list(requirements)
    for line_start, line in _lines(text):
        words = line.strip()
        if not words or not _PUT_RIGHT_BELOW.match(words) or not quoted_line_above(words, body):
            continue
        start = line_start + line.index(words)
        sentence = " ".join(words.split())
        end = start + len(words)
        if any(c.evidence.start < end and start < c.evidence.end for c in kept_changes):
            continue
        ruled = [r for r in kept_rules if r.evidence.start < end and start < r.evidence.end]
        kept_rules = [r for r in kept_rules if r not in ruled]
        kept_changes.append(Statement("change_request", Evidence(
            sentence, sentence, start, end, 0.65), "edit"))
    if len(kept_changes) == len(changes):
        return changes, requirements
    return (tuple(sorted(kept_changes, key=lambda c: c.evidence.start)),
            tuple(kept_rules))


def _in_zone(sent_at: datetime, timezone: str) -> datetime:
    """``sent_at``, a time without a zone taken as the writer's local time."""
    return sent_at if sent_at.tzinfo is not None else sent_at.replace(tzinfo=ZoneInfo(timezone))


def deadlines_answered(due: tuple[DueDate, ...], text: str, body: str, *,
                       sent_at: datetime | None, timezone: str,
                       day_first: bool) -> list[DueDate]:
    """Dates of lines answering a quoted when-question ("December 18.", "Jan 15") that
    ``due`` does not hold yet, with their offsets in ``text``."""
    if sent_at is None:
        return []
    sent_at = _in_zone(sent_at, timezone)
    found: list[DueDate] = []
    for line_start, line in _lines(text):
        words = line.strip()
        if not words or len(words) > 80 or any(
                line_start <= d.evidence.start <= line_start + len(line) for d in due):
            continue
        question = quoted_question_above(words, body)
        if not question and _YES.fullmatch(words):
            question = quoted_line_above(words, body)  # "> - Launch: October 8" / "Yes."
        if _MEETING_QUESTION.search(question):
            continue
        if question and _YES.fullmatch(words):  # "> Is Dec 18 still the go-live date?" / "Yes."
            question = _LAST_SENTENCE.findall(question)[-1]  # what the yes answers
            if _PAST.search(question):
                continue  # "> Did you get the files on Dec 1?" / "Yes": the past
            dates, _ = extract_due_dates(question, sent_at=sent_at, timezone=timezone,
                                         day_first=day_first)
            start = line_start + line.index(words)
            found += [replace(d, evidence=Evidence(words, f"{question} {words}", start,
                                                   start + len(words), 0.7)) for d in dates]
            continue
        if not _WHEN_QUESTION.search(question):
            continue
        lead = "Due: "  # the question's sense, given to the answer's words to read them by
        dates, _ = extract_due_dates(lead + words, sent_at=sent_at, timezone=timezone,
                                     day_first=day_first)
        offset = line_start + line.index(words) - len(lead)
        found += [replace(d, evidence=replace(d.evidence, sentence=words,
                                              start=d.evidence.start + offset,
                                              end=d.evidence.end + offset, confidence=0.7))
                  for d in dates]
    return found


# A bare yes under a quoted question that names a day: the day the question says is agreed
# ("> Are we still on for the Jan 8 launch?" / "Yep, still."); not "Yes, but ...".
_YES = re.compile(r"(?:yes|yep|yeah|yup|correct|confirmed|that's right|that is right|exactly|"
                  r"absolutely|affirmative|indeed)\b[\s,.!]*(?:(?:still|it is|it's|please|"
                  r"thanks|thank you|confirmed|correct|that's it|that works|works for (?:us|me)|"
                  r"that (?:date|day) works(?: for (?:us|me))?|that (?:date|day) is fine|"
                  r"(?:that's |that is )?fine|perfect|great|sounds good)\b[\s,.!]*)*",
                  re.IGNORECASE)
_LAST_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# A question about what was just said: "Does that work?", "Is that OK?", "Would that be fine?"
_THAT_ASKED = re.compile(r"\s*(?:does|do|would|will|is|can)\s+(?:that|this|it)\s+"
                         r"(?:date\s+|day\s+)?(?:work|suit|be ok|be okay|be fine|ok|okay|fine|"
                         r"doable|possible)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
# "Friday is fine." / "Tuesday works." under the AE's "until Friday, March 26?" or "Monday
# March 15 or Tuesday March 16?": the weekday of one of the days the quote offered
_WEEKDAY = re.compile(r"\b(?P<weekday>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b",
                      re.IGNORECASE)
_WEEKDAYS = {name: k for k, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_PAST = re.compile(r"\b(?:had|was|were|did|went|got|sent|yesterday|last)\b", re.IGNORECASE)
# A line that is only a day: "Thursday.", "the 19th pls", "Friday, thanks!"
_BARE_DAY = re.compile(r"\W*(?:on\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|(?:mon|tue|tues|wed|"
                       r"thu|thur|thurs|fri|sat|sun)(?:day)?)\W*(?:(?:thanks|thx|pls|please|"
                       r"thank you)\W*)?", re.IGNORECASE)
# A question between days: "Wednesday or Thursday?", "the 12th or the 19th?"
_DAYS_OR = re.compile(r"\bor\b[^?\n]{0,40}\?")


def _days_asked_between(quoted: str, *, sent_at: datetime, timezone: str,
                        day_first: bool) -> tuple[DueDate, ...]:
    """The days of a quoted question that offers two or more ("do you want the cookie box
    labels Wednesday or Thursday?"), none of them a deadline yet: the reply picks one."""
    asked = _DAYS_OR.search(quoted)
    if asked is None or _MEETING_QUESTION.search(quoted[max(0, asked.start() - 120) : asked.end()]):
        return ()  # (not "can we have a call Wednesday or Thursday?": a meeting's day)
    doc = analyse(quoted)
    ref = Reference(sent_date(sent_at, timezone), day_first=day_first)
    days = []
    for match in find_dates(doc):
        day = normalise(match.shape, ref)
        span = doc[match.start : match.end]
        if day is not None:
            days.append(DueDate(day, Evidence(span.text, span.sent.text.strip(), span.start_char,
                                              span.end_char, 0.7)))
    return tuple(days) if len(days) >= 2 else ()
_PICKED = re.compile(r"\b(?:works?|please|fine|go with|let'?s|perfect|best|prefer|ok|okay|"
                     r"good|sounds)\b", re.IGNORECASE)


def latest_quoted(quoted: str) -> str:
    """The newest message of a quoted history: its lines without one level of "> ", up to
    the next reply header or a line quoted deeper (what the reply answers, not the thread's
    older days)."""
    lines = [line[1:].lstrip(" ") if line.startswith(">") else line
             for line in quoted.split("\n")]
    deeper = next((k for k in range(1, len(lines)) if lines[k].startswith(">")), len(lines))
    text = "\n".join(lines[:deeper])
    at, kind = reply_header(text)
    # past the first header: its line ("On ... wrote:"), or its Outlook block's blank line
    body = text.find("\n", max(at, 0)) if kind == "attribution" else text.find("\n\n")
    cut = find_reply_header(text, body + 1) if body >= 0 else -1
    return text[:cut] if cut > body >= 0 else text


# A reply agreeing to the day the quoted mail offered: "Yes, that date works for us.",
# "That works!", "Sounds good" (not "Yes, but ...": a condition, an ask)
_AGREED = re.compile(r"^\W*(?:(?:yes|yep|yeah|sure|great|perfect|ok|okay)[\s,.!]*)?(?:that|this)?"
                     r"\s*(?:date|day)?\s*(?:works|is fine|is good|is perfect|sounds good)"
                     r"(?:\s+for\s+(?:us|me))?[\s,.!]*(?:thanks|thank you|thx)?[\s,.!]*$",
                     re.IGNORECASE)


def day_agreed(due: tuple[DueDate, ...], text: str, quoted: str, *,
               sent_at: datetime | None, timezone: str,
               day_first: bool) -> tuple[DueDate, ...]:
    """The one day the quoted mail offered and asked about ("We can deliver the final files
    on March 8. Does that work?"), when the reply only agrees ("Yes, that date works for
    us."): the work's deadline, though the quoted writer promised it."""
    first = next((line.strip() for _start, line in _lines(text) if line.strip()), "")
    if due or sent_at is None or not quoted or not _AGREED.match(first):
        return due
    latest = latest_quoted(quoted)
    sentences = _LAST_SENTENCE.findall(" ".join(latest.split()))
    asked = next((k for k in range(len(sentences) - 1, -1, -1)
                  if sentences[k].strip().endswith("?")), None)
    if asked is None or not _THAT_ASKED.match(sentences[asked]) or asked == 0:
        return due
    sent_at = _in_zone(sent_at, timezone)
    promised: dict[date, DueDate] = {}
    offered, _ = extract_due_dates(sentences[asked - 1], sent_at=sent_at, timezone=timezone,
                                   day_first=day_first, promised=promised)
    days = {d.date for d in (*offered, *promised.values())}
    if len(days) != 1:
        return due
    start = text.find(first)
    return (DueDate(days.pop(), Evidence(first, first, start, start + len(first), 0.7)),)


def days_picked(due: tuple[DueDate, ...], text: str, quoted: str, *,
                sent_at: datetime | None, timezone: str,
                day_first: bool) -> tuple[DueDate, ...]:
    """A bare "19th" picking one of the days the quoted mail offered ("Jan 12 or Jan 19.
    Which works?" / "19th works."): that day, in the offer's month, is the deadline; a
    "12th" read as the coming 12th is replaced by it."""
    picks = [(line_start, line, m) for line_start, line in _lines(text)
             if not _PAST.search(line)  # "we had the review on the 19th": past, not picked
             and not _MEETING_QUESTION.search(line)  # "Friday works for a call"
             for pattern in (_ORDINAL, _WEEKDAY) for m in pattern.finditer(line)
             if _PICKED.search(line[max(0, m.start() - 25) : m.end() + 25])
             or _BARE_DAY.fullmatch(line)]  # "Thursday." under "Wednesday or Thursday?"
    if sent_at is None or not quoted or not picks:
        return due  # (the quote is read only when a line picks a day)
    sent_at = _in_zone(sent_at, timezone)
    promised: dict[date, DueDate] = {}  # "we can have the proofs to you by Friday the 11th -
    # does that work?": the quoted writer's own part, the work's day once the reply agrees
    latest = latest_quoted(quoted)
    offered, _ = extract_due_dates(latest, sent_at=sent_at, timezone=timezone,
                                   day_first=day_first, promised=promised)
    offered = (*offered, *promised.values())
    if not offered:  # "do you want the labels Wednesday or Thursday?": the days asked between
        offered = _days_asked_between(latest, sent_at=sent_at, timezone=timezone,
                                      day_first=day_first)
    out = list(due)
    for line_start, line, m in picks:
        def same(day: date, m: re.Match[str] = m) -> bool:
            """The picked word names ``day``: "19th" its day of the month, "Friday" its
            weekday."""
            if "weekday" in m.re.groupindex:  # (the weekday pattern's match)
                return day.weekday() == _WEEKDAYS[m["weekday"].lower()[:3]]
            return day.day == int(m["day"])

        matching = {d.date for d in offered if same(d.date)}
        if len(matching) != 1:
            continue
        (picked,) = matching
        start, end = line_start + m.start(), line_start + m.end()
        out = [d for d in out if not (same(d.date) and d.date != picked
                                      and d.evidence.start < end
                                      and start < d.evidence.end)]
        if picked not in {d.date for d in out}:
            out.append(DueDate(picked, Evidence(m.group(0), line.strip(), start, end,
                                                0.7)))
    return tuple(sorted(out, key=lambda d: d.evidence.start))


def _lines(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out



# "Can we do it a week later instead?", "push it back two weeks": the quoted day moved by
# an offset the reply names without naming a day
_SHIFTED = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|\d)\s+(?P<unit>days?|weeks?)\s+(?P<way>later|earlier|"
    r"sooner)\b|\bpush(?:ed|ing)?\s+(?:it|this|that|everything|the\s+\w+)\s+(?:back\s+)?"
    r"(?:by\s+)?(?P<count2>a|an|one|two|three|four|\d)\s+(?P<unit2>days?|weeks?)\b",
    re.IGNORECASE)


def days_moved(due: tuple[DueDate, ...], text: str, quoted: str, *,
               sent_at: datetime | None, timezone: str,
               day_first: bool) -> tuple[DueDate, ...]:
    """A reply that moves the one day the quoted mail named by an offset alone ("> the shoot
    is booked for Tuesday, April 13" / "Can we do it a week later instead?"): that day moved
    is the new deadline. Only when the reply names no day of its own, the quote names one."""
    said = _SHIFTED.search(text)
    if due or said is None or sent_at is None or not quoted or _PAST.search(
            text[max(0, said.start() - 40) : said.end()]):
        return due
    sent_at = _in_zone(sent_at, timezone)
    offered, _ = extract_due_dates(latest_quoted(quoted), sent_at=sent_at, timezone=timezone,
                                   day_first=day_first)
    days = {d.date for d in offered}
    line_start = text.rfind("\n", 0, said.start()) + 1
    line_end = text.find("\n", said.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(days) != 1 or find_dates(analyse(line)):
        return due  # (a day of the reply's own beside it, "a week later, on April 21")
    count = said["count"] or said["count2"]
    unit = said["unit"] or said["unit2"]
    n = COUNT_WORDS.get(count.lower()) or int(count)
    step = timedelta(days=n * (7 if unit.lower().startswith("week") else 1))
    moved = days.pop() + (-step if (said["way"] or "").lower() in ("earlier", "sooner") else step)
    return (DueDate(moved, Evidence(said.group(0), line, said.start(), said.end(), 0.7)),)


# "Let's go with the cream paper." under "> Cream or white paper?": one of the options the
# agency offered, picked; the work is made as offered, nothing is changed.
_OPTION_PICKED = re.compile(
    r"^\W*(?:(?:yes|yep|ok|okay|sure|great|perfect)\b[\s,.!-]*)?(?:let'?s|we'?ll|we will|"
    r"we'?d like to|please|i'?d)?\s*(?:go with|go for|pick|choose|take|opt for|do)\s+"
    r"(?:the\s+|option\s+)?(?P<option>[\w-]+)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_MORE_ASKED = re.compile(r"\b(?:but|and|with)\b")  # "... the cream paper but make the logo gold"
# (the question may follow the options: "20% off or 25% off. Which one?")
_OPTIONS_OFFERED = (r"(?:\b{0}\b[^.?!\n]{{0,40}}\bor\b|\bor\s+(?:the\s+)?{0}\b)"
                    r"(?:[^.!\n]*|[^.!\n]*\.\s+(?:which|what)\b[^.!\n]{{0,30}})\?")


def choices_answered(changes: tuple[Statement, ...], quoted: str) -> tuple[Statement, ...]:
    """``changes`` without a sentence that picks one of the options a quoted question offered
    ("> Cream or white paper?" / "Let's go with the cream paper.")."""
    kept = []
    for change in changes:
        for sentence in _SENTENCE_BREAK.split(change.evidence.sentence):
            picked = _OPTION_PICKED.match(sentence)
            if picked is not None and (len(sentence) - picked.end() > 30
                                       or _MORE_ASKED.search(sentence, picked.end())):
                picked = None  # "go with the cream paper but make the logo gold": an ask too
            if picked is not None:
                break
        if picked is not None and re.search(_OPTIONS_OFFERED.format(re.escape(picked["option"])),
                                            quoted, re.IGNORECASE):
            continue
        kept.append(change)
    return changes if len(kept) == len(changes) else tuple(kept)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())

