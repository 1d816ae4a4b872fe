"""Patterns behind their required strings answer every call as the patterns themselves."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from pathlib import Path

import pytest

import intake.parsers
from intake.parsers.evaluation import load_set
from intake.parsers.extract import message_source
from intake.parsers.mime import parse_message
from intake.parsers.prefilter import Prefiltered, folded, prefiltered, required_strings

LABELLED = Path(__file__).resolve().parents[1] / "data" / "extraction"


def _strings(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    found = required_strings(re.compile(pattern, flags))
    return None if found is None else found[0]


@pytest.mark.parametrize(("pattern", "flags", "want"), [
    (r"\binstead of\b", 0, ("instead of",)),
    (r"\b(?:must|should) (?:be|read)\b", 0, ("must", "should")),  # longer than "be|read"
    (r"(?:please )?swap\s+the", 0, ("swap",)),  # an optional part requires nothing
    (r"cut|trim|lose", 0, ("cut", "lose", "trim")),
    (r"(?:ab)+c", 0, ("ab",)),
    (r"Instead Of", re.IGNORECASE, ("instead of",)),
    (r"(?i:Budget) of", 0, ("budget",)),  # a scoped flag folds every string
    (r"[→⇒] *\d", 0, ("→", "⇒")),
    (r"[a-z]+ing\b", 0, ("ing",)),
    (r"keep(?: out)?|keep it", 0, ("keep",)),  # "keep it" holds "keep"
])
def test_required_strings(pattern: str, flags: int, want: tuple[str, ...]) -> None:
    assert _strings(pattern, flags) == want


@pytest.mark.parametrize("pattern", [
    r"\d+|due",  # a branch that requires no string
    r"(?:foo)?\w+",
    r"[a-z]+",
    r"\b(?:the|our)\s+\w+",  # "the|our" is in nearly every sentence: checking is cost
    r"(?-i:Budget)",  # a flag taken away inside: not read
    r".*",
])
def test_patterns_that_require_nothing_are_left_as_they_are(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE if "(?-i" in pattern else 0)
    assert required_strings(compiled) is None
    assert prefiltered(compiled) is compiled


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def test_every_method_answers_as_the_pattern_does() -> None:
    compiled = re.compile(r"\b(?:instead of|rather than)\s+(\w+)", re.IGNORECASE)
    gated = prefiltered(compiled)
    assert isinstance(gated, Prefiltered)
    for text in ("use the blue instead of red", "Use the blue INSTEAD OF red, rather than x",
                 "no such words here", ""):
        assert _span(gated.search(text)) == _span(compiled.search(text))
        assert gated.findall(text) == compiled.findall(text)
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in compiled.finditer(text)]
        assert gated.sub("X", text) == compiled.sub("X", text)
        assert gated.subn("X", text) == compiled.subn("X", text)
        assert gated.split(text) == compiled.split(text)
        assert _span(gated.match(text)) == _span(compiled.match(text))
        assert _span(gated.fullmatch(text)) == _span(compiled.fullmatch(text))
        assert _span(gated.search(text, 3)) == _span(compiled.search(text, 3))
    assert gated.pattern == compiled.pattern and gated.groups == 1


def test_calls_with_a_window_answer_as_the_pattern_does() -> None:
    """``pos``/``endpos`` (a sentence's part of a whole message): only that window is
    checked, clamped as ``re`` clamps it; lookbehind still reads before the window."""
    patterns = [re.compile(r"(?<=the )\bsale\b", re.IGNORECASE), re.compile(r"ends\b"),
                re.compile(r"\bsale ends", re.IGNORECASE)]
    text = "The SALE ends today. Nothing on offer ſale ends here. " * 8
    for compiled in patterns:
        gated = prefiltered(compiled)
        assert isinstance(gated, Prefiltered)
        for pos in (-5, 0, 3, 4, 10, 21, 40, len(text) - 3, len(text) + 9):
            for endpos in (-1, 0, 8, 12, 19, 33, 52, len(text), len(text) + 4):
                args = (pos, endpos)
                assert _span(gated.search(text, *args)) == _span(compiled.search(text, *args))
                assert _span(gated.match(text, *args)) == _span(compiled.match(text, *args))
                assert _span(gated.fullmatch(text, *args)) == _span(
                    compiled.fullmatch(text, *args))
                assert gated.findall(text, *args) == compiled.findall(text, *args)
                assert [m.span() for m in gated.finditer(text, *args)] == [
                    m.span() for m in compiled.finditer(text, *args)]
            assert _span(gated.search(text, pos)) == _span(compiled.search(text, pos))
            assert _span(gated.match(text, pos)) == _span(compiled.match(text, pos))


def test_a_window_without_the_required_string_is_not_searched() -> None:
    """The check reads the window, not the whole text: the required word after it must not
    let the pattern run (the cost that grew with a message's length)."""

    class Counting:
        def __init__(self, compiled: re.Pattern[str]) -> None:
            self.compiled, self.calls = compiled, 0

        def search(self, *args: object) -> object:
            self.calls += 1
            return self.compiled.search(*args)  # type: ignore[arg-type]

    gated = prefiltered(re.compile(r"\binstead of\b", re.IGNORECASE))
    assert isinstance(gated, Prefiltered)
    counting = Counting(gated.compiled)
    gated.compiled = counting  # type: ignore[assignment]
    text = "Make the logo blue. " * 50 + "Use red instead of green."
    assert gated.search(text, 0, 200) is None and counting.calls == 0
    assert gated.search(text, len(text) - 25) is not None and counting.calls == 1


def test_case_folding_beyond_ascii_is_left_to_re() -> None:
    """``re`` matches "ſ" (long s) for "s" under IGNORECASE, which ``lower`` does not say."""
    gated = prefiltered(re.compile(r"\bsale\b", re.IGNORECASE))
    assert gated.search("ſale ends today") is not None
    assert gated.search("SALE ends today") is not None
    assert gated.search("nothing on offer") is None


@cache
def _patterns() -> list[tuple[str, Prefiltered]]:
    found = {}
    for info in pkgutil.walk_packages(intake.parsers.__path__, "intake.parsers."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            inner = value.items() if isinstance(value, dict) and not name.startswith("__") \
                else [("", value)]
            for key, held in inner:
                for k, one in enumerate(held if isinstance(held, tuple) else (held,)):
                    if isinstance(one, Prefiltered):
                        where = f"[{key!r}][{k}]" if key else ""
                        found[id(one)] = (f"{info.name}.{name}{where}", one)
    return sorted(found.values(), key=lambda item: item[0])


@cache
def _texts() -> list[str]:
    """Lines and sentences of the labelled mail, as typed and in capitals."""
    lines = set()
    for case in load_set(LABELLED):
        text = message_source(parse_message(case.raw)).text
        lines.update(line for line in text.splitlines() if line.strip())
        lines.update(s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip())
    ordered = sorted(lines)
    curly = [line.replace("'", "’").replace(' "', " “").replace('"', "”")
             for line in ordered[1::5]]  # as Outlook and Apple Mail type them
    return ordered + [line.upper() for line in ordered[::7]] + [line.lower() for line in
                                                                  ordered[3::7]] + curly


def test_the_extractors_patterns_are_prefiltered() -> None:
    names = {name for name, _ in _patterns()}
    assert "intake.parsers.statements.changes._CORRECTION" in names
    assert "intake.parsers.statements.requirements._KEPT_OUT" in names
    assert "intake.parsers.statements.foreign._RULES['de'][0]" in names  # in a dict's tuple
    assert len(names) > 200


def test_prefiltered_patterns_find_what_the_patterns_find_in_real_mail() -> None:
    """Each pattern of the extractors on every line of the labelled mail: where the pattern
    matches, its required strings are in the text (so nothing is skipped that matched)."""
    texts = _texts()
    assert len(texts) > 5000
    wrong = []
    for name, gated in _patterns():
        for text in texts:
            if gated.compiled.search(text) is not None and not gated.may_match(text):
                wrong.append((name, text))
    assert wrong == []


def test_folded_gates_answer_for_the_text_asked_not_the_one_before() -> None:
    """The lower-cased form of the last text is reused only for that same text."""
    patterns = [re.compile(p, re.IGNORECASE) for p in (r"\bsale\b", r"\bends\b", r"\boffer\b")]
    gated = [prefiltered(p) for p in patterns]
    texts = ["SALE ends today", "nothing on offer", "ſale ends", "", "Offer ENDS",
             "SALE ends today"]
    for text in texts + texts[::-1]:
        for plain, gate in zip(patterns, gated, strict=True):
            assert _span(gate.search(text)) == _span(plain.search(text)), (plain, text)
            assert _span(gate.match(text)) == _span(plain.match(text)), (plain, text)


def test_str_lower_is_res_lower_but_for_dotted_capital_i() -> None:
    """The fold leans on ``str.lower`` giving, for one character, what ``re``'s IGNORECASE
    compares (``_sre.unicode_tolower``); the one exception, "İ", is put right first."""
    sre = importlib.import_module("_sre")
    differ = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
              and chr(cp).lower() != chr(sre.unicode_tolower(cp))]
    assert differ == [0x130]


def test_every_character_re_matches_folds_to_the_same() -> None:
    """For each character of the extractors' required strings, every cased character that
    ``re`` matches to it under IGNORECASE folds to the same character: so a folded text holds
    a required string wherever the pattern can match."""
    sre = importlib.import_module("_sre")
    used = {c for _, gated in _patterns() if gated.folded for s in gated.required for c in s}
    cased = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
             and sre.unicode_iscased(cp)]
    wrong = [(x, c) for x in sorted(used) if x.isalpha()
             for c in cased if re.fullmatch(re.escape(x), c, re.IGNORECASE)
             and folded(c) != folded(x)]
    assert len(used) > 30 and wrong == []


def test_folded_gates_read_non_ascii_text() -> None:
    """Curly quotes, accents and the letters re folds ("ſ", "İ", "ı") no longer send every
    question to the pattern, and the answers stay the pattern's."""
    pattern = re.compile(r"\b(?:instead of|in store)\b", re.IGNORECASE)
    gated = prefiltered(pattern)
    for text in ("we’d like blue “instead of” red", "İNSTEAD OF the old one",
                 "ınstead of it", "ſo nothing here", "café – nothing here", "in ſtore today"):
        assert _span(gated.search(text)) == _span(pattern.search(text)), text
    assert not gated.may_match("café – nothing here")  # gated, not searched
