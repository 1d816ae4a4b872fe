"""The cue words statement extraction looks for, as spaCy Matcher patterns over ``NORM``.

Input: nothing (tables). Output: ``matcher(vocab)``, a ``Matcher`` whose
labels are the names below, and the sets the shape rules consult.

``NORM`` rather than ``LOWER``: the English tokenizer normalises
contractions ("n't" -> "not", "ca" -> "can", "'ll" -> "will", "let's" ->
"let us"), so one pattern covers both spellings. The blank pipeline has no
lemmatizer, so inflections are listed where they matter.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import Matcher
from spacy.vocab import Vocab


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, to keep long tables readable."""
    return frozenset(text.split())


# Change verbs (base form, as imperatives and after request frames) -> action.
CHANGE_VERBS: dict[str, str] = {
    **dict.fromkeys(
        _words(
            "change update tweak edit revise amend adjust modify fix correct rework redo rewrite "
            "reword rephrase resize recolor recolour shorten lengthen tighten enlarge crop rename "
            "refresh brighten darken lighten bold italicize italicise capitalize capitalise "
            "center centre align make move shift increase decrease reduce raise lower bump "
            "simplify soften trim tone"
        ),
        "edit",
    ),
    **dict.fromkeys(_words("swap switch replace substitute use go"), "swap"),
    **dict.fromkeys(_words("add insert append include do"), "add"),
    **dict.fromkeys(_words("remove delete drop omit lose cut strip take get"), "remove"),
    **dict.fromkeys(_words("pause hold halt suspend stop freeze"), "hold"),
    **dict.fromkeys(_words("cancel kill scrap axe ditch call pull"), "cancel"),
    **dict.fromkeys(_words("postpone reschedule delay push"), "move_date"),
}
# Verbs that only count with a particle or object that makes them changes.
NEEDS_PARTICLE = {
    "take": ("out", "off", "down"),
    "get": ("rid",),
    "call": ("off",),
    "go": ("with",),
}
PARTICIPLES = _words(
    "changed updated tweaked edited revised amended adjusted modified fixed corrected "
    "reworked redone rewritten reworded rephrased resized shortened lengthened moved "
    "shifted swapped switched replaced substituted added inserted removed deleted dropped "
    "cut omitted paused held halted suspended stopped cancelled canceled killed scrapped "
    "postponed rescheduled delayed pushed bumped increased reduced bigger smaller larger "
    "bolder brighter darker lighter shorter longer simpler cropped renamed"
)
FILLERS = _words(
    "also and then just so ok okay please pls kindly oh btw finally lastly first second "
    "next maybe possibly quickly still actually now go ahead , : - – — ; really perhaps"
)
SUBJECT_EXCLUDE = _words(
    "meeting call catch catch-up sync lunch coffee chat appointment session check-in zoom me us"
)
METRICS = _words(
    "sign-ups signups signup subscribers subscriptions traffic visits visitors sales "
    "revenue awareness consideration leads conversions conversion engagement followers "
    "downloads installs bookings registrations reservations footfall share orders members "
    "membership enrollment enrolment enrollments attendance retention loyalty recall "
    "impressions views clicks ctr roas roi cpa cac churn trials demos inquiries enquiries "
    "applications donations volunteers customers buyers shoppers users students patients "
    "audience buzz visibility presence recognition preference trust purchases basket aov "
    "ltv cpl open-rate opens rsvps attendees calls appointments foot listeners readers "
    "viewers fans installs memberships uptake adoption footprint"
)
AUDIENCES = _words(
    "buyers customers families parents millennials gen students homeowners audience "
    "audiences people users shoppers readers listeners viewers drivers women men moms "
    "dads mums seniors professionals first-time market markets demographic locals "
    "commuters fans teens travelers travellers renters owners businesses smbs doctors "
    "nurses gamers runners new younger older"
)
OBJECTIVE_VERBS = _words(
    "grow increase boost drive double triple lift raise improve generate get hit achieve "
    "gain attract win build acquire convert capture expand maximize maximise lower reduce "
    "cut decrease reach sell bring drum target engage re-engage reactivate"
)
STATUS_OPENERS = _words(
    "did has have is are was were when what where how why who which do does will"
)
PLEASANTRY_OPENERS = _words(
    "hi hello hey dear thanks thank cheers best regards hope appreciate great love enjoy "
    "congrats congratulations"
)


def _seq(phrase: str) -> list[dict[str, object]]:
    """ "could|can you|we" -> token patterns; "x?" is optional."""
    pattern: list[dict[str, object]] = []
    for word in phrase.split():
        op = "?" if word.endswith("?") and len(word) > 1 else None
        word = word.rstrip("?") if op else word
        options = word.split("|")
        spec: dict[str, object] = (
            {"NORM": options[0]} if len(options) == 1 else {"NORM": {"IN": options}}
        )
        if op:
            spec["OP"] = op
        pattern.append(spec)
    return pattern


FRAMES = (
    "please|pls|kindly",
    "could|can|would|will you|we|u|someone|somebody|they",
    "let us",
    "'d|would like|love|prefer to|you|if?",
    "we|i need|want you? to",
    "need you to",
    "we have|must|should|could|might|may",
    "we have to",
    "we will|'d|would need|have to",
    "we are going to",
    "we have decided to",
    "we decided to",
    "we 've decided to",
    "you need|will|should|must|could|can",
    "is|would it be possible to",
    "any chance",
    "time to",
    "how about|what if we?",
    "if you|we could|can",
    "why not|do n't|not we?",
)
NEGATIONS = ("not", "never", "no need to", "no")
ON_HOLD = ("on hold", "hold off")
INSTEAD = ("instead", "rather than")
NO_LONGER = ("no longer need|want|require", "not need|want|require")
SCOPE_ADD = ("need|want|require|like a|an|another|additional|extra|one|two|three|more|some",)
SHOULD_READ = ("should|must|to|will|can read|say|be|state", "should|must now? read|say")
PASSIVE = ("be|get",)
REQ_MODAL = (
    "must",
    "have|has|got to",
    "need|needs to",
    "required|require|requires|requirement|"
    "requirements|mandatory|essential|non-negotiable|compulsory|obligatory",
    "make sure",
    "ensure|ensuring",
    "do not forget",
    "remember to",
    "be sure to",
    "is a must",
    "critical|important|vital that",
    "can not|cannot",
    "must not",
    "not allowed|permitted",
    "only use",
    "avoid|avoiding",
    "never use|show|mention",
    "do not use|show|mention|include|change|alter|touch|move|modify|edit",
    "should",
    "has|have|needs|need to be",
    "need the|all|every|our|your|both|each",
)
REQ_TOPIC_STRONG = (
    "legal|lawyers|lawyer|compliance|ceo|cfo|coo|cmo|board|counsel|regulatory|regulator|regulators",
    "approval|approvals|signoff|approve|approves|review",
    "sign|signs -? off",
    "brand|style guidelines|guide|book|standards",
    "guidelines",
    "release|consent forms|form",
    "model|talent|photo release|releases",
    "certificate|certificates|certified|certification|certifications|license|licence|"
    "licenses|licensing|permit|permits|insurance|nda",
    "accessibility|accessible|wcag|ada|captions|captioned|subtitles|subtitled|transcript|"
    "transcripts",
    "alt text",
    "screen -? reader|readers",
    "disclaimer|disclaimers|trademark|trademarks|fda|ftc|regulation|regulations",
    "fine print",
    "legal line|lines",
    "usage rights",
)
REQ_TOPIC_SPEC = (
    "pdf|pdfs|pdf/x-1a|cmyk|rgb|pantone|dpi|ppi|bleed|specs|spec|format|formats|resolution|"
    "dimensions|px|mp4|mov|eps|svg|jpeg|jpg|png|tiff|hi-res|high-res|print-ready|vector|"
    "1080p|16:9|9:16|1:1|4:5|res",
    "file size|sizes|type|types",
    "print -? ready",
    "bilingual|english|french|spanish|german|italian|portuguese|chinese|mandarin|cantonese|"
    "japanese|korean|arabic|hindi|dutch|polish|quebec|québécois|languages|language|"
    "translation|translated|translations",
)
OBJ_NOUN = (
    "goal|goals|objective|objectives|kpi|kpis|okr|okrs|benchmark",
    "north star",
    "target of",
    "our|the|main|primary|key|big|overall aim|target|targets|ambition|mission",
    "success looks|means|would|will|is|metric|metrics|measure|measures|criteria",
    "measure|measured|judge|judged success|it by?",
    "aim|aiming|hope|hoping|looking|trying|want|wants|plan|planning to",
    "'d|would like|love to",
)
PERCENT = ("%", "percent|per cent|pct")


@lru_cache(maxsize=4)
def matcher(vocab: Vocab) -> Matcher:
    """One Matcher for every cue table; built once per vocabulary."""
    m = Matcher(vocab)
    tables: dict[str, tuple[str, ...]] = {
        "FRAME": FRAMES,
        "NEG": NEGATIONS,
        "ON_HOLD": ON_HOLD,
        "INSTEAD": INSTEAD,
        "NO_LONGER": NO_LONGER,
        "SCOPE_ADD": SCOPE_ADD,
        "SHOULD_READ": SHOULD_READ,
        "PASSIVE": PASSIVE,
        "REQ_MODAL": REQ_MODAL,
        "REQ_STRONG": REQ_TOPIC_STRONG,
        "REQ_SPEC": REQ_TOPIC_SPEC,
        "OBJ_NOUN": OBJ_NOUN,
        "PERCENT": PERCENT,
    }
    for label, phrases in tables.items():
        m.add(label, [_seq(p) for p in phrases])
    m.add("CR_VERB", [[{"NORM": {"IN": sorted(CHANGE_VERBS)}}]])
    m.add("PARTICIPLE", [[{"NORM": {"IN": sorted(PARTICIPLES)}}]])
    metric_phrases = ("sign -? ups|up", "foot traffic", "open -? rate|rates", "market share")
    m.add("METRIC", [[{"NORM": {"IN": sorted(METRICS)}}], *(_seq(p) for p in metric_phrases)])
    m.add("OBJ_VERB", [[{"NORM": {"IN": sorted(OBJECTIVE_VERBS)}}]])
    m.add("AUDIENCE", [[{"NORM": {"IN": sorted(AUDIENCES)}}]])
    return m
