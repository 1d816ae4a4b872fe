"""Every spelling a cue table writes can match: the tables are written as people type
("first-time", "can't", "'re"), and the matcher reads them as the tokenizer splits the mail.
A spelling that could never match hid a rule once: "is|are last year 's|last season 's" (a
slot per word) matched nothing for a year of sessions."""

from __future__ import annotations

from intake.parsers.nlp import analyse
from intake.parsers.statements.cues import Slot, cue_tables, matcher

#: Tables whose phrases count only before a number ("we need 200 more copies").
_BEFORE_A_NUMBER = ("NEED_NUM", "OBJ_WANT_NUM")


def _is_tail(word: str) -> bool:
    """A contraction's tail, typed onto the word before it: "we've", "isn't"."""
    return word.startswith(("'", "n'"))


def _phrases(slots: list[Slot], k: int, word: str) -> list[tuple[str, str]]:
    """(text before, phrase) with ``word`` in slot ``k`` and each other slot's first written
    spelling; for a contraction's tail, once after each spelling of the slot before it (at
    the phrase's start, after "we")."""
    first = [next((w for w in slot if w is not None), None) for slot in slots]
    hosts: list[str | None] = [first[k - 1]] if k else [None]
    if _is_tail(word) and k:
        hosts = [w for w in slots[k - 1] if w is not None and not _is_tail(w)]
    out = []
    for host in hosts:
        chosen = [*first[: k - 1], host, word, *first[k + 1 :]] if k else [word, *first[1:]]
        text = ""
        for w in chosen:
            if w is not None:
                text += w if _is_tail(w) and text else f" {w}"
        out.append(("x we" if _is_tail(chosen[0] or "") else "x", text.strip()))
    return out


def _matches(label: str, before: str, text: str) -> bool:
    number = " 200" if label in _BEFORE_A_NUMBER else ""
    doc = analyse(f"{before}{' ' if not _is_tail(text) else ''}{text}{number} x")
    start = len(analyse(before))
    return any(lab == label and s <= start and e == len(doc) - 1
               for lab, s, e in matcher(doc.vocab)(doc))


def test_every_spelling_of_every_cue_matches_its_own_words() -> None:
    unmatched = []
    for label, phrases in cue_tables().items():
        for slots in phrases:
            for k, slot in enumerate(slots):
                for word in slot:
                    if word is None:
                        continue
                    tried = _phrases(slots, k, word)
                    if not any(_matches(label, before, text) for before, text in tried):
                        unmatched.append(f"{label}: {tried[0][1]!r}")
    assert unmatched == []


def test_a_split_spelling_matches_as_typed() -> None:
    doc = analyse("Our first-time buyers can't find it.")
    labels = {label for label, _s, _e in matcher(doc.vocab)(doc)}
    assert "AUDIENCE" in labels
