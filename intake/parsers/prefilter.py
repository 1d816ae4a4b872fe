"""Regular expressions tried only on texts holding a string that every match contains.

The statement rules ask each sentence a few hundred questions by regular expression, and
nearly every answer is no: replaying every call of an extraction showed them taking about
a third of its time, most of it spent proving that a sentence does *not* say "instead of"
(cProfile hid this, inflating the Python around the calls instead). Python's ``re`` tries
every branch of an alternation at every word boundary; ``"instead of" in text`` is a
single fast scan.

So a pattern's *required strings* are read once from its parse tree: the literal text of
one element that every match must contain, chosen per branch ("shd|should" gives both; a
branch that requires nothing makes the pattern require nothing). A text holding none of
them cannot match, and the pattern is not run on it; any other text is searched exactly
as before, so every answer is the same. Case-insensitive patterns compare lower-cased
ASCII text (``re``'s Unicode case folding matches pairs like "ſ"/"s" that ``lower`` does
not, so non-ASCII text is always searched).

:func:`prefilter_patterns` applies this to the patterns a module binds at its top level.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any, ClassVar

try:  # the parser ``re`` compiles with (private: without it nothing is prefiltered)
    _sre_parse: Any = importlib.import_module("re._parser")
    _sre: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python whose re is laid out otherwise
    _sre_parse = _sre = None


def _fold_table() -> dict[int, int] | None:
    """Characters ``re`` matches as one under IGNORECASE beyond what ``str.lower`` makes equal
    ("ſ" and "s", "ı" and "i", "ς" and "σ"), each mapped to one of its class (the ASCII one
    where there is one); None when ``re`` keeps that list elsewhere (then non-ASCII text is
    always searched)."""
    try:
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - another Python's re
        return None
    table: dict[int, int] = {}
    for lowered, others in extra.items():
        members = {lowered, *others}
        ascii_members = [m for m in members if m < 128]
        rep = min(ascii_members or members)
        for member in members:
            if member != rep:
                table[member] = rep
    return table


_FOLD = _fold_table()


def folded(text: str) -> str | None:
    """``text`` as ``re``'s IGNORECASE compares it, one character to one: lower-cased
    ("İ" first made "i": ``str.lower`` makes it two characters, ``re`` one), the few
    characters it also treats as equal made one. None when that is not known."""
    if text.isascii():
        return text.lower()
    if _FOLD is None:  # pragma: no cover - another Python's re
        return None
    return text.replace("İ", "i").lower().translate(_FOLD)

#: A window longer than this after an anchored start (``match`` at a position of the whole
#: message) is matched without a check of its required strings.
ANCHORED_UNCHECKED = 256
#: More required strings than this and the check costs about what the search does.
MAX_STRINGS = 32
#: Strings nearly every sentence holds: a pattern that may need only one of them is searched
#: as it is (checking first would be pure cost: "the|our" passed 70% of sentences).
EVERYWHERE = frozenset((
    "a", "an", "and", "are", "at", "be", "by", "do", "for", "i", "if", "in", "is", "it", "me",
    "my", "of", "on", "or", "our", "so", "that", "the", "this", "to", "we", "will", "with",
    "you", "your", " ", ",", ".", "-", ":", "'", "s", "e", "t", "n", "o"))
_FLAGS_WE_READ = (re.IGNORECASE | re.UNICODE | re.ASCII | re.VERBOSE | re.MULTILINE
                  | re.DOTALL)

Required = frozenset[str] | None


def required_strings(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """(strings one of which every match of ``pattern`` contains, whether they are
    compared case-insensitively), or None when no such strings are known."""
    if _sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & ~_FLAGS_WE_READ:  # LOCALE (bytes only) or a flag newer than this code
        return None
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    folded_flag = bool(tree.state.flags & re.IGNORECASE)
    scoped = _Scoped()
    found = _in_sequence(list(tree), scoped)
    if found is None or scoped.unknown:
        return None
    if folded_flag or scoped.ignorecase:
        found = frozenset(folded(s) or s.lower() for s in found)
    # "keep" already says what "keep out" would: the shorter string suffices
    kept = tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))
    if not kept or len(kept) > MAX_STRINGS or EVERYWHERE.intersection(kept):
        return None
    return kept, folded_flag or scoped.ignorecase


class _Scoped:
    """What inline flags the parse tree sets inside groups ("(?i:...)")."""

    def __init__(self) -> None:
        self.ignorecase = False
        self.unknown = False


def _best(options: list[Required]) -> Required:
    """The most selective of a sequence's requirements: its shortest string the longest,
    then the fewest strings."""
    known = [o for o in options if o]
    if not known:
        return None
    return max(known, key=lambda s: (min(len(x) for x in s), -len(s)))


def _in_sequence(items: list[tuple[Any, Any]], scoped: _Scoped) -> Required:
    options: list[Required] = []
    run: list[str] = []  # consecutive literal characters: one string
    for op, arg in items:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append(frozenset(("".join(run),)))
            run = []
        options.append(_in_node(op, arg, scoped))
    if run:
        options.append(frozenset(("".join(run),)))
    return _best(options)


def _in_node(op: Any, arg: Any, scoped: _Scoped) -> Required:
    if op is _sre.SUBPATTERN:
        _group, add, remove, inner = arg
        if remove & re.IGNORECASE or (add | remove) & ~_FLAGS_WE_READ:
            scoped.unknown = True
        if add & re.IGNORECASE:
            scoped.ignorecase = True
        return _in_sequence(list(inner), scoped)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alternative in arg[1]:
            found = _in_sequence(list(alternative), scoped)
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, inner = arg
        return _in_sequence(list(inner), scoped) if low >= 1 else None
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in arg) and len(arg) <= 6:
        return frozenset(chr(a) for _, a in arg)  # "[-–—]": one of a few characters
    return None  # a class, an assertion, "." ...: requires no string we can name


class Prefiltered:
    """A compiled pattern that answers "no match" at once for a text holding none of its
    required strings, and otherwise is the pattern itself (same methods, same answers).

    The extractors ask a message's sentences some three thousand such questions and nearly
    every answer is no, so the gate is a plain loop of ``in`` tests inside each method: a
    call to a helper, or ``any(map(...))``, cost a quarter of the gate's time."""

    __slots__ = ("compiled", "required")
    #: Whether the required strings are compared folded (:class:`FoldedPrefiltered`)
    folded: ClassVar[bool] = False

    def __init__(self, compiled: re.Pattern[str], required: tuple[str, ...]) -> None:
        self.compiled, self.required = compiled, required

    def may_match(self, text: str) -> bool:
        return any(string in text for string in self.required)

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        if args:
            return self.compiled.search(string, *args) if self.may_match_in(
                string, args) else None
        for required in self.required:
            if required in string:
                return self.compiled.search(string)
        return None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        if args:
            return self.compiled.match(string, *args) if self.may_match_in(
                string, args, anchored=True) else None
        for required in self.required:
            if required in string:
                return self.compiled.match(string)
        return None

    def may_match_in(self, string: str, args: tuple[int, ...], *,
                     anchored: bool = False) -> bool:
        """Whether a call reading only ``string[pos:endpos]`` (``args``) may match. Every
        match lies in that window, so only the window is checked: the date rules ask about
        a sentence's part of the whole message, and checking the whole message at each
        call cost time growing with its length (0.5 s of a 100 KB body's 0.8 s of dates).
        A long window after an anchored start is not checked: ``match`` fails on its first
        characters, sooner than any check."""
        length = len(string)
        pos = min(max(args[0], 0), length)  # clamped as ``re`` clamps them
        end = min(max(args[1], 0), length) if len(args) > 1 else length
        if anchored and end - pos > ANCHORED_UNCHECKED:
            return True
        return self.may_match_window(string[pos:end])

    #: :meth:`may_match` for a slice made for one call (the folded gate's keeps its cache)
    may_match_window = may_match

    def _may(self, string: str, args: tuple[int, ...]) -> bool:
        return self.may_match_in(string, args) if args else self.may_match(string)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args) if self._may(string, args) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, *args) if self._may(string, args) else iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        return self.compiled.findall(string, *args) if self._may(string, args) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str,
             count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count) if self.may_match(string) else (
            string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit) if self.may_match(string) else [string]

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .groups, .groupindex
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.compiled!r}, {self.required!r})"


class FoldedPrefiltered(Prefiltered):
    """A case-insensitive pattern's gate, on the text folded as ``re`` folds it
    (:func:`folded`: curly quotes, accents and dashes are common in mail, and a gate that
    searched every non-ASCII text would not gate them). The folded form of the last text
    asked about is kept: the rules ask one sentence many questions in a row."""

    __slots__ = ()
    folded: ClassVar[bool] = True
    #: (a text, its folded form), the form "" when the fold is not known (always searched)
    _last: ClassVar[tuple[str, str]] = ("", "")

    def may_match(self, text: str) -> bool:
        last = FoldedPrefiltered._last  # one read: a thread may replace it meanwhile
        if last[0] is text:
            lowered = last[1]
        else:
            lowered = folded(text) or ""
            FoldedPrefiltered._last = (text, lowered)
        if not lowered:
            return bool(text)  # fold unknown (or empty: "" holds no required string)
        for string in self.required:  # noqa: SIM110 - any() over a generator costs more here
            if string in lowered:
                return True
        return False

    def may_match_window(self, window: str) -> bool:
        lowered = folded(window)
        if not lowered:
            return bool(window)
        return any(string in lowered for string in self.required)

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        if args:
            return self.compiled.search(string, *args) if self.may_match_in(
                string, args) else None
        return self.compiled.search(string) if self.may_match(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        if args:
            return self.compiled.match(string, *args) if self.may_match_in(
                string, args, anchored=True) else None
        return self.compiled.match(string) if self.may_match(string) else None


def prefiltered(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled`` behind its required strings, or itself when it has none worth
    checking (typed as the pattern it stands for: it answers every call the same)."""
    found = required_strings(compiled)
    if found is None:
        return compiled
    required, fold = found
    gate = FoldedPrefiltered if fold else Prefiltered
    return gate(compiled, required)  # type: ignore[return-value]


def prefilter_patterns(namespace: MutableMapping[str, Any]) -> None:
    """Put every pattern bound at the top level of a module (its ``globals()``) behind its
    required strings, and the patterns a top-level dict holds as values or tuples of values
    (one per language: ``{"fr": (request, more, rule), ...}``). Call it at the end of the
    module, after the last pattern: the module's functions read the names at call time. A
    match's ``.re`` is the compiled pattern, not the module's name for it: tell patterns
    apart by their groups."""
    made: dict[int, Any] = {}  # one gate per pattern, however many names it has

    def gated(value: Any) -> Any:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            if id(value) not in made:
                made[id(value)] = prefiltered(value)
            return made[id(value)]
        if isinstance(value, tuple) and value and all(
                isinstance(v, re.Pattern) for v in value):
            return tuple(gated(v) for v in value)
        return value

    for name, value in list(namespace.items()):
        if name.startswith("__"):
            continue  # __builtins__ and the like
        if isinstance(value, dict):
            for key, inner in list(value.items()):
                value[key] = gated(inner)
        else:
            namespace[name] = gated(value)
