"""The spaCy pipeline that every extractor shares: text in, one tokenised ``Doc`` out.

Job: build (once per model name) a cheap pipeline for client mail and turn a
message's new text into a ``Doc`` with sentence boundaries tuned for mail.
Input: plain text (``ParsedMail.new_text``). Output: ``spacy.tokens.Doc``.

- ``get_pipeline(None)`` is ``spacy.blank("en")`` plus ``mail_sentences``: line
  breaks and bullets end sentences, "." "!" "?" end them unless they close an
  abbreviation ("e.g.", "a.m.", "Mr.", "J."), and a hard-wrapped line (60+
  characters, no closing punctuation, next line not a list item) does not end one.
- ``get_pipeline("en_core_web_sm")`` loads that trained pipeline when it is
  installed (``mail_sentences`` runs before its parser and only adds
  boundaries); when it is not installed a ``ConfigError`` names ``nlp.model``.

Tokenise a message once: the pipeline calls ``analyse(text)`` and hands the
same ``Doc`` to ``extract_due_dates``, the money and the statement extractors
(each also accepts a plain string and then calls ``analyse`` itself).
``analyse`` keeps the last few Docs, so two extractors given the same string
still share one Doc. It tokenises each distinct whitespace-separated chunk
once (``_ChunkTokenizer``) and builds the Doc from words: the same tokens,
norms and offsets as ``nlp.make_doc``, at a third of the cost. Extractors
treat the Doc as read-only: they run their own ``Matcher`` over it and never
set ``doc.ents`` or extension attributes.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from itertools import pairwise
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import spacy
from spacy.attrs import IDX, NORM, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from intake.errors import ConfigError
from intake.parsers.wrapping import (
    OUTLOOK_MARKS,
    TYPED_BULLETS,
    own_lines,
    typed_list_breaks,
)

if TYPE_CHECKING:
    from thinc.types import Ints2d

__all__ = ["analyse", "get_pipeline", "sentence_starts"]

#: Words whose final "." does not end a sentence (compared lower-case, inner dots kept).
ABBREVIATIONS = frozenset(
    str.split(
        """
    e.g eg i.e ie a.m p.m vs cf approx appx incl excl esp est
    mr mrs ms dr prof st mt jr sr inc ltd co corp dept fig ref tel ext
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k e.u a.k.a n.b p.s p.a
    mwst ust ca bzw usw z.b d.h inkl zzgl evtl ggf nr str gmbh mio mrd tsd rs
    env p.ex etc svp tél aprox sr sra srta dpto avda
    """
    )
)

#: Day names the English tokenizer splits as contractions ("Wed" -> "We" "d", "wed" -> "we" "d").
_SPECIAL_TOKENS = ("Wed", "Wed.", "wed.", "WED", "WED.",
                   # and "wed": "by wed EOD" (a phone's "wed like" is "we'd" already, put
                   # right before the tokenizer sees it: intake.parsers.contractions)
                   "wed",
                   # a month shortened in lower case keeps its dot, as spaCy keeps "Jan.":
                   # "by jan. 15th" (a phone's, or a writer's who types in lower case)
                   "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
                   "oct.", "nov.", "dec.")
#: Phone shorthand read as the word it stands for ("price shd be 49 not 59").
_SHORTHAND = {"shd": "should", "cld": "could", "wld": "would", "plz": "please",
              "pl": "please", "b4": "before", "chg": "change", "chng": "change",
              # thumbs that swapped two letters ("cna you make teh logo bigger"): only
              # spellings that are no English word
              "cna": "can", "teh": "the", "hte": "the", "yuo": "you", "adn": "and",
              "taht": "that", "jsut": "just", "waht": "what", "coudl": "could",
              "woudl": "would", "shoudl": "should", "plese": "please", "pleaes": "please"}


def _add_special_cases(nlp: Language) -> None:
    tokenizer = tokenizer_of(nlp)
    for text in _SPECIAL_TOKENS:
        tokenizer.add_special_case(text, [{"ORTH": text}])
    for short, word in _SHORTHAND.items():
        for spelling in (short, short.capitalize()):
            tokenizer.add_special_case(spelling, [{"ORTH": spelling, "NORM": word}])

# A dash typed without spaces between a word and a number ("Deadline—10 February", "New Year
# teaser–1/2") and a colon typed so ("Deadline:10 February") split there, as spaCy's own
# rules split them before a letter ("the deck—not the flyer"); a hyphen ("COVID-19", "H-1B")
# and a clock ("10:30") stay one token.
_GLUED_INFIXES = (r"(?<=[A-Za-z])[–—](?=[0-9])|(?<=[0-9])[–—](?=[A-Za-z])"
                  r"|(?<=[A-Za-z]{2}):(?=[0-9])"
                  # a weekday in brackets glued to its date, as Japanese offices type it:
                  # "Deadline is 12/15(Tue)."
                  r"|(?<=[0-9])\((?=[A-Za-z])")


def _add_infixes(nlp: Language) -> None:
    tokenizer = tokenizer_of(nlp)
    pattern = getattr(tokenizer.infix_finditer, "__self__", None)
    if isinstance(pattern, re.Pattern):
        tokenizer.infix_finditer = re.compile(f"{pattern.pattern}|{_GLUED_INFIXES}").finditer


#: A line at least this long that ends without closing punctuation and is not
#: followed by a list item was hard-wrapped: the break does not end a sentence.
WRAP_MIN_LINE = 60

_TERMINAL = re.compile(r"[.!?…]+['\"’”)\]]*\s+")
_QUOTE_CLOSED = re.compile(r"[.!?][\"”»]")
_LINE_BREAK = re.compile(r"\n[ \t\r\n]*")
_INLINE_BULLET = re.compile(r"[•▪◦·►]")
_LIST_ITEM = re.compile(
    rf"(?:[-*•▪◦·►>{TYPED_BULLETS}]|\d{{1,2}}[.)]|[a-zA-Z][.)]|{OUTLOOK_MARKS})(?:\s|$)")
# "Hi Sam, one tweak: ...", "Dear Luca, our logo always ...", "Morning all - can we ...": a
# greeting typed on the line of the first sentence is a sentence of its own, as on a line of
# its own (the rules read a sentence from its first word). The greeting word, then at most
# three names or "all"/"team"/"there", then a comma, "!" or a spaced dash (not "Hi-res", nor
# "Evening events, like ...": names are capitalised, but for "hi sam, can we ...", typed in
# lower case).
_GREETING_IN_LINE = re.compile(
    r"^[ \t]*(?i:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon|"
    r"evening|g'day|howdy|greetings|bonjour|hallo|hola|ciao|salut|buongiorno|guten (?:morgen|"
    r"tag)|buenos d[ií]as|buenas)"
    r"(?:[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Sr|Sra)\.?|[A-ZÀ-Þ][\w'’.-]*|(?i:all|team|"
    r"there|everyone|everybody|guys|folks|both|y'all))){0,3}"
    r"(?:[ \t]*[,!][ \t]+|[ \t]+[-–—][ \t]+|[ \t]*[–—][ \t]*)(?=\S)"
    # typed in lower case: "hi sam, can we ..." (one name, a comma)
    r"|^[ \t]*(?i:hi|hello|hey|hiya|dear)[ \t]+[a-zà-ÿ][\w'’.-]*,[ \t]+(?=\S)",
    re.MULTILINE)
_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}")
_DAY_RANGE_AFTER = re.compile(r"(?:to|till|until|through|and|or|bis|und|oder|au|al|-|–|—)\s+"
                              r"\d{1,2}\.")
_ENUMERATOR = re.compile(r"(?:\d{1,2}|[a-zA-Z])")
_MONTH_AFTER = re.compile(
    # an English month only where it cannot open a sentence ("23. January, the ...", not
    # "We ordered 12. June will confirm.", June the colleague), or before a word a sentence
    # does not open with ("the festival is on 29. July and not on 22. July")
    r"(?:(?:january|february|march|april|june|july|august|september|october|november|december)"
    r"(?=\s*[,.;:!?)]|\s+\d|\s*$|\s+(?:and|or|at|to|until|till|not|but|because)\b)|"
    r"jan(?:uar|vier)?|feb(?:ruar)?|f[ée]vrier|m[äa]rz|mars|apr(?:il)?|avril|mai|juni?|"
    r"juin|juli?|juillet|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|septembre|okt(?:ober)?|"
    r"octobre|nov(?:ember)?|novembre|dez(?:ember)?|d[ée]cembre)\b\.?", re.IGNORECASE)

_PIPELINES: dict[str, Language] = {}
_CHUNKERS: dict[str, _ChunkTokenizer] = {}
_DOCS: OrderedDict[tuple[str, str], Doc] = OrderedDict()
#: Right and left single quotation marks and the modifier letter apostrophe, read as "'";
#: no-break, narrow no-break, figure, thin and ideographic spaces, read as a space (plain-text
#: parts that mail clients make from HTML keep them: "by\u00a0Friday" must read as "by
#: Friday"); full-width letters, digits and signs as East Asian input methods type them
#: ("\uff11\uff14", "\uff045,000"), read as their ASCII forms. One character for one.
_TYPOGRAPHY = str.maketrans({
    **dict.fromkeys("\u2019\u2018\u02bc", "'"),
    **dict.fromkeys("\u00a0\u202f\u2007\u2009\u3000", " "),
    # zero-width marks pasted from the web or a chat ("by Friday\u200b."): a space, one for one
    # (not the joiner U+200D, which holds an emoji's parts together)
    **dict.fromkeys("\u200b\u200c\u2060\ufeff", " "),
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
})
# Emoji (pictographs, with their skin tones, variation selectors and joiners): phone writers
# end a sentence with one instead of a full stop ("Make the headline shorter 🙂 Also the CTA
# should be orange 👍") or put one for a word ("swap the 📸 for the new one"). A run at a
# line's end, or before a capital or a word that opens a sentence, is read as a full stop;
# any other as spaces: one character for one, as above (✓ ☐ are typed bullets, not emoji).
_EMOJI = re.compile(
    r"[\U0001F300-\U0001FAFF\u263a\u2728\u2764\u2b50][\U0001F300-\U0001FAFF\u263a\u2728\u2764"
    r"\u2b50\ufe0f\u200d]*(?P<end>(?=[ \t]*(?:\n|$)|\s+(?:[A-Z]|(?:can|could|would|will|please|"
    r"pls|also|we|i|just|btw|ps|plus|thanks|thx|ty|let's|lets|one|and|but|so)\b)))?")


# An ellipsis that ends a thought ("by the 16th...", "can go…") is its full stop.
_TRAILING_DOTS = re.compile(r"(?:\.{2,}|…)(?=\s|$)")


def _dots_read(found: re.Match[str]) -> str:
    size = found.end() - found.start()
    text, end = found.string, found.end()
    if size >= 4 and found.start() > 0 and text[found.start() - 1] in " \t" \
            and end < len(text) and text[end] in " \t":
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)].strip()
        if 0 < len(rest) <= 30:  # "Final files ............ Oct 5": leaders to a value
            return ":" + " " * (size - 1)
    return "." + " " * (size - 1)


def _emoji_read(found: re.Match[str]) -> str:
    size = found.end() - found.start()
    return " " * (size - 1) + "." if found.group("end") is not None else " " * size


_DOC_CACHE_SIZE = 4
_LOCK = threading.Lock()


def sentence_starts(text: str) -> list[int]:
    """Character offsets where a new sentence starts (besides 0), in order.

    Pure and linear in ``len(text)``: three regex scans plus a constant-size
    look at each candidate, so a 100 KB body costs no more per KB than 3 KB.
    """
    starts: set[int] = set()
    size = len(text)
    listed: frozenset[int] | None = None  # the breaks of a list typed without marks, when asked
    for m in _LINE_BREAK.finditer(text):
        end = m.end()
        if end >= size:
            continue
        if m.group().count("\n") == 1 and _wrapped(text, m.start(), end):
            if listed is None:
                listed = typed_list_breaks(text)
            if m.start() not in listed:
                continue
        starts.add(end)
    for m in _TERMINAL.finditer(text):
        end = m.end()
        if end >= size or _ends_abbreviation(text, m.start(), end):
            continue
        if text[end].islower() and _QUOTE_CLOSED.search(m.group()):
            continue  # 'bitte den Hinweis "Neu!" auf dem Etikett streichen': a quoted cry
            # (or a quote's own full stop: 'with "ab 3,9 % p.a." and add the example')
        starts.add(end)
    for m in _INLINE_BULLET.finditer(text):
        starts.add(m.start())
    for m in _GREETING_IN_LINE.finditer(text):
        starts.add(m.end())
    starts.discard(0)
    return sorted(starts)


def _wrapped(text: str, newline: int, next_start: int) -> bool:
    """True when the line before ``newline`` was broken by a mail client's wrapping."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if len(line) < WRAP_MIN_LINE or line[-1] in ".!?:;…":
        return False
    if own_lines(text, line_start, next_start):
        return False  # "p.3 - replace the crane photo, ...\np.5 - ...": two items
    return _LIST_ITEM.match(text, next_start) is None


#: Words a capital letter names one of: "concept A", "option B", "version C", "plan B".
_LETTERED = frozenset(("concept", "concepts", "option", "options", "version", "versions", "plan",
                       "route", "draft", "layout", "design", "scenario", "variant", "variation",
                       "direction", "idea", "mockup", "mock-up", "proposal", "treatment", "round"))


def _ends_abbreviation(text: str, punct: int, next_start: int) -> bool:
    """True when the "." at ``punct`` closes an abbreviation, an initial or a list number."""
    if text[punct] != ".":
        return False
    # Look back at most 64 characters, so a long line without breaks stays linear.
    low = max(0, punct - 64)
    newline = text.rfind("\n", low, punct)
    line_start = newline + 1 if newline >= 0 or low == 0 else -1  # -1: further back
    word_start = max(text.rfind(" ", low, punct), text.rfind("\t", low, punct))
    word_start = max(word_start + 1, line_start, low)
    word = text[word_start:punct].lstrip("([\"'“‘")
    if not word:
        return False
    if word.lower() in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        # ... but not the letter of an option: "The consensus was concept A. They also ..."
        before = text[max(low, word_start - 12) : word_start].split()
        return not (before and before[-1].lower() in _LETTERED)
    if _DAY_MONTH.fullmatch(word):  # "from 07.01. to 14.01.2027"
        # ... but "printed until 29.01. Please don't use ...": a capital opens a sentence
        return not (text[next_start : next_start + 1].isupper()
                    and _MONTH_AFTER.match(text, next_start) is None)
    if word.isdigit() and len(word) <= 2 and _MONTH_AFTER.match(text, next_start):
        return True  # a German day: "bis Freitag, den 8. Januar", "am 11. März"
    if word.isdigit() and len(word) <= 2 and _DAY_RANGE_AFTER.match(text, next_start):
        return True  # a run of days: "from 20. to 23. January", "vom 20. bis 23. Januar"
    # "1. first item" / "a. option" at the start of a line is a list marker.
    return word_start == line_start and _ENUMERATOR.fullmatch(word) is not None


@Language.component("mail_sentences")
def mail_sentences(doc: Doc) -> Doc:
    """Mark sentence starts for mail; tokens between them are marked as not starting one."""
    _mark_sentences(doc, inside=-1)
    return doc


@Language.component("mail_sentence_hints")
def mail_sentence_hints(doc: Doc) -> Doc:
    """Mark only sentence starts, leaving the rest to a trained parser."""
    _mark_sentences(doc, inside=0)
    return doc


_SENTENCE_COMPONENTS = {"mail_sentences": -1, "mail_sentence_hints": 0}


def _mark_sentences(doc: Doc, *, inside: int, text: str | None = None) -> None:
    """Set SENT_START for every token at once (``text`` is ``doc.text``, passed when known)."""
    if len(doc) == 0:
        return
    values = np.full(len(doc), inside, dtype="int64")
    values[0] = 1
    offsets = sentence_starts(doc.text if text is None else text)
    if offsets:
        idx = doc.to_array(IDX).astype("int64")
        positions = np.searchsorted(idx, np.asarray(offsets, dtype="int64"), side="left")
        values[positions[positions < len(doc)]] = 1
    doc.from_array([SENT_START], cast("Ints2d", values.view("uint64")))


_CHUNK = re.compile(r"\s+|\S+")
#: Distinct chunks a tokenizer cache keeps before it starts afresh (about 1 KB each at most;
#: a working set of mail words is far smaller, and spaCy keeps its lexemes anyway).
CHUNK_CACHE_SIZE = 20_000


def _cross_chunk_pairs(nlp: Language) -> tuple[frozenset[tuple[str, str]], Tokenizer]:
    """Neighbouring tokens of a special case that the tokenizer's affix rules split.

    spaCy finds special cases ("):", "a.m.") as token sequences over the whole
    text, so one can straddle a space and block another: two chunks whose
    tokens meet as such a pair are left to spaCy.
    """
    tokenizer = tokenizer_of(nlp)
    bare = Tokenizer(
        nlp.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    pairs: set[tuple[str, str]] = set()
    for special in tokenizer.rules:
        words = [t.text for t in bare(special)]
        pairs.update(pairwise(words))
    return frozenset(pairs), bare


class _ChunkTokenizer:
    """The pipeline's tokenizer, run once per distinct whitespace-separated chunk.

    spaCy tokenises each chunk between whitespace on its own and caches only
    chunks without special cases, yet still walks the text character by
    character: about 0.45 ms per KB. Mail repeats its words, so keeping each
    chunk's tokens (and the norms special cases give them: "n't" -> "not")
    and building the ``Doc`` from words costs a tenth of that. The whitespace
    rule is spaCy's own: a run of whitespace that starts with one " " after a
    token becomes that token's trailing space, the rest of the run a token.
    """

    def __init__(self, nlp: Language):
        self.tokenizer = tokenizer_of(nlp)
        self.vocab = nlp.vocab
        self.cache: dict[str, tuple[Any, ...]] = {}
        self.pairs, self.bare = _cross_chunk_pairs(nlp)
        self.firsts = {a for a, _ in self.pairs}
        self.seconds = {b for _, b in self.pairs}

    def pieces(
        self, chunk: str
    ) -> tuple[list[str], list[bool], list[tuple[int, int]], set[str] | None, set[str] | None]:
        """The chunk's token texts, their (absent) trailing spaces, (position, norm) where a
        special case set the norm, and its possible first and last tokens before special
        cases apply."""
        found = self.cache.get(chunk)
        if found is None:
            doc = self.tokenizer(chunk)
            lexemes = self.vocab
            bare = self.bare(chunk)
            first = {doc[0].text, bare[0].text} & self.seconds
            final = {doc[-1].text, bare[-1].text} & self.firsts
            found = (
                [t.text for t in doc],
                [False] * len(doc),
                [(t.i, t.norm) for t in doc if t.norm != lexemes[t.orth].norm],
                first or None,
                final or None,
            )
            if len(self.cache) >= CHUNK_CACHE_SIZE:
                self.cache.clear()
            self.cache[chunk] = found
        return found

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[tuple[int, int]] = []
        pieces, cache = self.pieces, self.cache
        last: set[str] | None = None
        for chunk in _CHUNK.findall(text):
            if chunk[0] == " " and words:  # leading whitespace is a token of its own
                spaces[-1] = True
                chunk = chunk[1:]
                if not chunk:
                    continue
            tokens, falses, special, first, final = cache.get(chunk) or pieces(chunk)
            if last and first and any((a, b) in self.pairs for a in last for b in first):
                # spaCy matches special cases across whitespace ("): " next to ":]"),
                # which a chunk alone cannot see: let spaCy tokenise this text itself.
                return cast(Doc, self.tokenizer(text))
            if special:
                norms.extend((len(words) + i, norm) for i, norm in special)
            words += tokens
            spaces += falses
            last = final
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if norms:
            values = doc.to_array(NORM)
            for i, norm in norms:
                values[i] = norm
            doc.from_array([NORM], cast("Ints2d", values))
        return doc


def tokenizer_of(nlp: Language) -> Tokenizer:
    """The pipeline's tokenizer as the rule-based ``Tokenizer`` every spaCy pipeline has."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer), type(tokenizer)
    return tokenizer


def _blank() -> Language:
    nlp = spacy.blank("en")
    _add_special_cases(nlp)
    _add_infixes(nlp)
    nlp.add_pipe("mail_sentences")
    return nlp


def _trained(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install it or leave nlp.model unset",
            key="nlp.model",
        ) from exc
    _add_special_cases(nlp)
    _add_infixes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("mail_sentence_hints", before="parser")
    elif "senter" not in nlp.pipe_names:
        nlp.add_pipe("mail_sentences", first=True)
    return nlp


def get_pipeline(model: str | None = None) -> Language:
    """The shared pipeline for ``model`` (``None``: blank English), built once per name.

    Raises ``ConfigError`` (key ``nlp.model``) when a named pipeline is not installed.
    """
    key = model or ""
    nlp = _PIPELINES.get(key)
    if nlp is None:
        with _LOCK:
            nlp = _PIPELINES.get(key)
            if nlp is None:
                nlp = _trained(model) if model else _blank()
                _PIPELINES[key] = nlp
    return nlp


def _chunker(model: str | None) -> _ChunkTokenizer:
    key = model or ""
    chunker = _CHUNKERS.get(key)
    if chunker is None:
        chunker = _CHUNKERS.setdefault(key, _ChunkTokenizer(get_pipeline(model)))
    return chunker


TEXT_KEY = "intake.text"


def text_of(doc: Doc) -> str:
    """``doc.text`` without rebuilding it when :func:`analyse` made the Doc."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else doc.text


_BOUNDS_KEY = "intake.sentence_bounds"


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of each sentence: ``doc.sents`` builds a Token object for
    every token on every pass, these come from one array read and are kept with the Doc."""
    bounds = doc.user_data.get(_BOUNDS_KEY)
    if isinstance(bounds, list):
        return bounds
    if len(doc) == 0:
        bounds = []
    elif not doc.has_annotation("SENT_START"):
        bounds = [(s.start, s.end) for s in doc.sents]
    else:
        starts = np.flatnonzero(doc.to_array(SENT_START).astype("int64") == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True))
    doc.user_data[_BOUNDS_KEY] = bounds
    return bounds


def analyse(text: str, *, model: str | None = None) -> Doc:
    """Tokenise ``text`` once and mark its sentences; the one ``Doc`` every extractor reads.

    The last few results are kept, so calling it again with the same text
    (another extractor given a string) returns the same ``Doc`` object. Typographic
    apostrophes become straight ones first (one character for one, so every offset still
    points into the caller's text): Outlook, Word and phones type "we’ve", "can’t",
    "I’ll", and every rule reads them as "we've", "can't", "I'll"; no-break spaces become
    spaces the same way.
    """
    text = text.translate(_TYPOGRAPHY)
    if not text.isascii():
        text = _EMOJI.sub(_emoji_read, text)
    if ".." in text or "…" in text:
        text = _TRAILING_DOTS.sub(_dots_read, text)
    key = (model or "", text)
    with _LOCK:
        doc = _DOCS.get(key)
        if doc is not None:
            _DOCS.move_to_end(key)
            return doc
    nlp = get_pipeline(model)
    doc = _chunker(model)(text)
    # spaCy rebuilds ``doc.text`` token by token on every access: keep the original.
    doc.user_data[TEXT_KEY] = text
    for name, component in nlp.pipeline:
        inside = _SENTENCE_COMPONENTS.get(name)
        if inside is None:
            doc = component(doc)
        else:  # the same as the component, without rebuilding doc.text
            _mark_sentences(doc, inside=inside, text=text)
    with _LOCK:
        _DOCS[key] = doc
        while len(_DOCS) > _DOC_CACHE_SIZE:
            _DOCS.popitem(last=False)
    return doc
