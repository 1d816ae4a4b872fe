"""How a message lays out its statements: headings, lead-ins and the list items under them.

Input: a unit's text (and, for a list item, its :class:`View`). Output: the
kind a heading ("Requirements", "Goals") or a lead-in ("A few changes:")
announces, and the statement a list item under a lead-in makes: an item
takes the lead-in's kind, and a change item names its action.
"""

from __future__ import annotations

import re

from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements.changes import TRACKED, WORK_PARTS, find_change, noted, verb_action
from intake.parsers.statements.cues import CHANGE_VERBS
from intake.parsers.statements.requirements import find_requirement, outside_party_needs
from intake.parsers.statements.units import Unit
from intake.parsers.statements.view import (
    ANSWERS,
    COMPARATIVE_OK,
    MEETINGS,
    USE_RULE,
    Hit,
    View,
    words,
)

_KEEP = words("keep stays stay fine good great perfect love like works approved approve ok okay "
              "lovely excellent awesome brilliant unchanged")
_LEAD_CHANGE = re.compile(
    r"(?:\b(?:changes|edits|revisions|amends|amendments|tweaks|corrections|fixes|feedback|"
    r"notes|comments|updates|nits|nitpicks)\b|"
    # "A few things on the donor report:", "Couple of points about the draft:" (not "... on
    # the agenda:", "... about us:")
    r"\b(?:things|points|bits|issues)\s+(?:on|about|in|with)\s+(?:the|your|this|these)\s+"
    r"(?!(?:agenda|meeting|call|schedule|company|team)\b)|"
    r"\b(?:change|update|fix|tweak|adjust|amend|correct)\b[^:]*"
    r"\b(?:following|these|below)\b|"
    # Indian English: "Kindly do the needful for below points:"
    r"\bdo the needful\b)[^:]{0,60}:$",
    re.IGNORECASE,
)
_LEAD_REQ = re.compile(
    r"\b(?:requirements?|must[- ]haves?|constraints|mandator\w*|non-negotiables|legal|"
    r"compliance|rules|guidelines|standards|restrictions|regulations|do'?s and don'?ts|avoid|"
    r"don'?ts|"
    r"no-?gos|must-?dos|keep in mind|bear in mind)\b[^:]{0,60}:$",
    re.IGNORECASE,
)
# "A few things to keep in mind for the packaging" above a numbered list, without a colon.
_LEAD_REQ_BARE = re.compile(
    r"\b(?:things|points|rules|musts) to (?:keep|bear) in mind\b[^.?!:]{0,60}$", re.IGNORECASE)
_REVIEWER = re.compile(r"\b(?:legal|compliance|regulatory|mlr|counsel|lawyers?)\b", re.IGNORECASE)
_REVIEWED = re.compile(r"\b(?:comments|notes|feedback|review|edits|changes|markups?)\b",
                       re.IGNORECASE)
# A table's header naming goals ("Goal | Target", "KPI | Target | By when")
_GOALS_HEADER = re.compile(r"^(?:goals?|objectives?|kpis?)(?:\s*\|\s*(?:targets?|goals?|values?|"
                           r"numbers?|by when|deadline|current|today|now|metric))+$",
                           re.IGNORECASE)
_LEAD_OBJ = re.compile(
    r"\b(?:goals?|objectives?|kpis?|okrs?|targets|success (?:metrics|criteria|measures)|"
    r"what success looks like|aims?)\b[^:]{0,60}:$",
    re.IGNORECASE,
)
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


_LEAD_QUESTION = re.compile(r"\bquestions?\b[^:]{0,40}:$", re.IGNORECASE)
# "Brand notes from corporate for the new site:": the brand's notes are its standing rules
_LEAD_BRAND = re.compile(r"\bbrand\s+(?:notes|points|basics|reminders|dos|do's)\b[^:]{0,60}:$",
                         re.IGNORECASE)


def lead_in(text: str) -> str | None:
    text = text.strip()
    if _GOALS_HEADER.match(text):
        return "objective"  # "Goal | Target": a table whose rows are the goals
    if not text.endswith(":") and len(text) <= 90 and _LEAD_REQ_BARE.search(text):
        return "requirement"
    if not text.endswith(":") or len(text) > 90:
        return None
    if _LEAD_QUESTION.search(text):
        return "question"  # "A couple of questions:": its items ask, they state nothing
    if _LEAD_OBJ.search(text):
        return "objective"
    if _LEAD_BRAND.search(text):
        return "requirement"
    if _LEAD_REQ.search(text):
        if _REVIEWED.search(text):
            if _REVIEWER.search(text):
                return None  # "Compliance comments on the mailer:": notes of every kind, each
                # item read for what it says
            if _LEAD_CHANGE.search(text):
                return "change_request"  # "A few notes on the standards page:"
        return "requirement"
    if _LEAD_CHANGE.search(text):
        return "change_request"
    return None


_REQUEST_WORDS = words("please pls plz kindly can could would let's lets u")
_POLITE_ENDS = words("please pls plz thanks thx ty asap")
_OBJECT_AFTER_VERB = words("the this that it them these those our all a an my your out off up "
                           "down back")


def _asks(line_words: list[str]) -> bool:
    """Whether a short line without a full stop is a request rather than a heading: it opens
    with a request word or an imperative change verb and its object, or ends politely."""
    lowered = [w.lower().strip(",.!?") for w in line_words]
    if len(lowered) < 2:
        return False
    if lowered[0] in _REQUEST_WORDS or lowered[-1] in _POLITE_ENDS:
        return True
    if lowered[0] == "no" and len(lowered) >= 3 and lowered[2] in ("in", "on", "at", "for"):
        return True  # "No caps in the headline": a ban, not a heading
    titled = all(w[:1].isupper() for w in line_words if w[:1].isalpha())
    if len(lowered) <= 3 and not titled and any(
            w in _SIZED and (lowered[k - 1] in WORK_PARTS if k else False
                             or (k + 1 < len(lowered) and lowered[k + 1] in WORK_PARTS))
            for k, w in enumerate(lowered)):
        return True  # "Logo bigger", "Bigger logo": a terse request, not a title ("Bigger
        # Picture", in title case, is one)
    return lowered[0] in CHANGE_VERBS and lowered[1] in _OBJECT_AFTER_VERB


_SIZED = COMPARATIVE_OK - {"pop", "stand", "more", "less"}


def arrowed(text: str) -> bool:
    """'Headline -> "Fresh start"': a change written as an arrow, with no cue word; a
    tracked change pasted from Word ('Deleted: "..." Inserted: "..."') is one too."""
    return "->" in text or "→" in text or (":" in text and TRACKED.search(text) is not None)


_KEY_VALUE = re.compile(r"^[^:|]{1,30}[:|]\s*\S")  # "Format: A4", a table row "Format | A4"
_NOTHING_YET = re.compile(r"^\W*(?:none|n/?a|tbd|tbc|to be (?:confirmed|decided)|nothing|-+|\?+|"
                          r"same as (?:before|last time))\W*$", re.IGNORECASE)


def labelled_line(text: str) -> str | None:
    """The kind a line's label gives its value: "Mandatories: park map on every piece" a
    requirement, "Objective: 25% more bookings" an objective (not "Mandatories: TBC")."""
    if not _KEY_VALUE.match(text):
        return None
    key, _, value = text.partition(":" if ":" in text.split("|")[0] else "|")
    if _NOTHING_YET.match(value):
        return None
    for kind, pattern in (("requirement", _HEAD_REQ), ("requirement", _SPEC_KEYS),
                          ("objective", _HEAD_OBJ)):
        if pattern.fullmatch(key.strip()):
            return kind
    if _ONLY_THESE.match(value):
        return "requirement"  # "Music | Licensed tracks only", "Photos: our own only"
    return None


# A short value allowing one kind of thing: "licensed tracks only", "vector files only"
_ONLY_THESE = re.compile(r"^\s*(?:[\w'’-]+\s+){1,4}only\W*$", re.IGNORECASE)


# "Format: A4, CMYK", "Specs | 300 dpi PDF" (a table's row read as a line): the work's specs.
_SPEC_KEYS = re.compile(r"(?:(?:file|banner|ad|image|video|poster|print|page)\s+)?"
                        r"(?:formats?|specs?|specifications|dimensions|file type|resolution|"
                        r"colou?r mode|language|"
                        r"languages|sizes?|file size|max(?:imum)? file size|paper|paper stock|"
                        r"finish|length|running time|word count|"
                        r"copy length|character limit|bleed|fonts?|typeface|"
                        # the voice it is written in: "Tone: warm, a little playful"
                        r"tone|tone of voice|voice|look and feel|mood|style)", re.IGNORECASE)


# Headings a writer who types in lower case still writes on a line of their own
# ("objectives", "what to avoid", "budget"): only these, since a lower-case short line is
# otherwise a terse ask ("swap the hero image").
_PLAIN_HEADINGS = re.compile(
    r"(?:the\s+)?(?:budget|timeline|timing|deadlines?|dates|schedule|background|context|"
    r"situation|audience|deliverables|next steps|notes?|overview|summary|scope)",
    re.IGNORECASE)


def _named_heading(line: str) -> bool:
    """A heading's words and nothing else ("objectives for aw"; not "goal = 500 signups")."""
    if not _ONLY_WORDS.fullmatch(line):
        return False
    return any(p.match(line) for p in (_HEAD_REQ, _HEAD_OBJ, _HEAD_CHANGE)) \
        or _PLAIN_HEADINGS.fullmatch(line.strip()) is not None


_ONLY_WORDS = re.compile(r"[a-z][a-z' &/-]*")


def heading(text: str, unit: Unit, gap: str) -> str | None:
    """A section heading's kind ("" for other headings such as "Budget"), or None."""
    words = unit.text.split()
    if (
        len(words) > 5
        or len(unit.text) > 40
        or unit.text[-1] in ".!?:;,"
        or not (unit.text[0].isupper() or unit.text[0].isdigit() or _named_heading(unit.text))
        or (gap and "\n" not in gap)
        or (not text.startswith("\n", unit.end) and unit.end < len(text))
        # the last line heads nothing: "Every image needs alt text" is a sentence whose full
        # stop was left off ("Change log", "Update on timing" alone stay titles)
        or (len(words) >= 4 and not text[unit.end:].strip())
    ):
        return None
    if unit.bullet and len(words) > 3:
        return None
    if words[0].endswith(",") and words[0][:-1].lower() in ANSWERS:
        return None  # "NO, MOVED TO MARCH 10" typed under a quoted question: an answer
    if _KEY_VALUE.match(unit.text):
        return None  # "Changes: make the logo bigger": a label and its value, read as a line
    if re.match(r"\d[\d,.]*%?\s+\w", unit.text) and not re.match(r"\d+[.)]\s", unit.text):
        return None  # "500 new members", "20% more bookings": a figure, not a numbered title
    if _asks(words) or arrowed(unit.text) or noted(unit.text):
        return None  # "Swap the hero image", 'Headline -> "Fresh start"', "Logo - bigger": a
        # terse request
    if _TITLE_AT_COMPANY.search(unit.text):
        return None  # "Compliance, North Bay Credit Union": a signature's title line
    for kind, pattern in (
        ("requirement", _HEAD_REQ),
        ("objective", _HEAD_OBJ),
        ("change_request", _HEAD_CHANGE),
    ):
        if pattern.search(unit.text):
            return kind
    return ""


# A job title, a comma and the employer's name: a signature's line under a name.
_TITLE_AT_COMPANY = re.compile(r"^[A-Z][\w&/ -]*,\s+(?:[A-Z][\w&.'-]*\s*){2,}$")


# "Kim to send the shot list", "Sam: call the printer": an action item for a person.
# An item that asks for nothing: "the rates table is correct, no changes there", "all fine"
_NOTHING_TO_CHANGE = re.compile(
    r"\bno (?:changes?|edits?|amends|amendments|corrections?)\b|\bnothing to (?:change|fix)\b|"
    r"\b(?:is|are|looks?|all) (?:correct|right|fine|good)(?: as (?:is|it is))?\s*[,.!]")
_GO_AHEAD = re.compile(r"^\W*(?:otherwise|other than that|apart from that|else)?[\s,]*(?:ship "
                       r"it|good to go|go ahead|print it|send it|publish it|all good|we're good)\b")
_YET = re.compile(r"\b(?:but|except|apart from|however|though|wrong|missing)\b")
_ACTION_ITEM = re.compile(r"^\W*(?:[A-Z][a-z]+|i|we|you|they)\s+(?:to|will|'ll)\s+[a-z]+")


def _kept(v: View) -> bool:
    """Whether an item passes a part as it is ("Love the music.", "Keep it."): a word of
    keeping, not "like" as a wish or a comparison ("our GM would like a welcome note",
    "right-aligned, like on our restaurant menu")."""
    for k, word in enumerate(v.n):
        if word not in _KEEP:
            continue
        if word == "like" and (v.at(k - 1) in ("would", "'d", ",", "just", "exactly", "more")
                               or v.at(k + 1) in _LIKE_AS):
            continue
        return True
    return False


def _standing(v: View) -> bool:
    """Whether an item says a rule that stands for all the work: "always", "never", "may only",
    a least size ("The disclosure must appear in at least 8 pt type") (not "Only use the photo
    on the left": which photo, for this piece)."""
    return any(w in ("always", "never") or (w == "only" and v.at(k - 1) in ("may", "can", "must"))
               for k, w in enumerate(v.n)) or _LEAST_SIZE.search(v.lower) is not None


# A least size a piece must keep: "must appear in at least 8 pt type", "has to be no smaller
# than 6pt" (not "the logo should be at least twice as big": a change of this piece)
_LEAST_SIZE = re.compile(r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:appear|be|run|print|"
                         r"show)\s+(?:set\s+)?(?:in\s+)?(?:at\s+least|no\s+smaller\s+than|a\s+minimum\s+"
                         r"of|min\.?)\s+\d+(?:\.\d+)?\s*(?:pt|pts|point|points|px|mm)\b")



_LIKE_AS = words("on in at a an our the this that those these before last we you it")


def list_item(v: View, lead: str) -> Hit | None:
    """An item under a lead-in: takes the lead-in's kind; a change item names its action.
    Under "Questions:" nothing is stated; under "Notes:" a question, a meeting or a person's
    action item asks no change, and a rule for all the work ("use the spring palette
    throughout") is a requirement."""
    last = v.last
    if lead == "question":
        return None
    if lead != "change_request":
        return Hit(lead, 0, last, 0.8)
    if v.pleasantry or (_kept(v) and not v.has("CR_VERB")) or _GO_AHEAD.search(v.lower):
        return None  # "Love the music.", "Keep it.", "Otherwise ship it." under "A few notes:"
    if v.status_question and find_change(v) is None:
        return None  # (not "Where is the QR code?": a part the piece lacks)
    if MEETINGS & set(v.n) or v.at(v.first) in ("call", "meeting") or _ACTION_ITEM.match(
            v.unit.text):
        return None  # "Call with legal next Tuesday", "Kim to send the shot list"
    if _standing(v) and isinstance(standing := find_requirement(v, None), Hit) \
            and standing.kind == "requirement":
        return Hit("requirement", 0, last, 0.8)  # "Image credits must always appear in full
        # ...; please don't shorten them": a standing rule among the notes, not a change
    hit = find_change(v)
    if hit is None and USE_RULE.search(v.lower):
        return Hit("requirement", 0, last, 0.8)
    if hit is None and _NOTHING_TO_CHANGE.search(v.lower) and not _YET.search(v.lower):
        return None  # "Page 5: the rates table is correct, no changes there."
    if hit is None and isinstance(rule := outside_party_needs(v, None), Hit):
        return rule  # "Compliance needs our license number on the back cover": their rule
    if hit is not None:
        return Hit("change_request", 0, last, 0.9, hit.action)
    for s, _e in v.rel("CR_VERB"):
        action = verb_action(v, s)
        if action:
            return Hit("change_request", 0, last, 0.85, action)
    if sum(w.isalpha() for w in v.n) <= 2 and not v.has("CRITIQUE") \
            and not arrowed(v.unit.text) and not any(c.isdigit() for c in v.unit.text):
        return None  # "hero copy 👍": a part named and passed (not "Price -> $49")
    return Hit("change_request", 0, last, 0.75, "edit")


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
