"""A client's decision on a proof, read from the client's own new words.

Input: the new text of a reply (never the quoted history: the AE's own "please
reply approved" must not approve anything). Output: a :class:`Decision`:
``approved``, ``approved_with_changes``, ``changes_requested``, ``rejected`` or
``none``, with the sentence it rests on and a confidence.

The rules read clause by clause (a clause ends at . ! ? ; : a dash or a line
break). An approval cue counts only when no negation stands just before it in
its clause ("not approved yet", "don't send to print") and the clause sets no
condition ("can't approve until legal signs off", "once compliance checks it",
"let me run it by our VP"). Changes come from the statement rules that read
change requests in every mail (``intake.parsers.statements``), in English,
French, German and Spanish, plus phrases only proofs get ("needs changes",
"not quite there", "round 2 please"). Approval and changes together are
``approved_with_changes``; a rejection wins over everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Decision", "read_decision"]

DECISIONS = ("approved", "approved_with_changes", "changes_requested", "rejected", "none")

# Approval said outright, in the languages the statement rules read.
_APPROVE = re.compile(
    r"""(?ix)
    \b(?:approved? | approval\ (?:is\ )?(?:given|granted) | you\ have\ our\ approval
      | sign(?:ed)?[\s-]off\b(?!\ on) | good\ to\ go | go\ ahead | please\ proceed
      | (?:ok(?:ay)?|fine|good)\ to\ print | print\ it | release\ the\ files
      | happy\ with\ it | all\ good | looks\ (?:good|great|fine) | love\ it
      | go\ for\ it | final\ sign-off
      | freigabe\ erteilt | freigegeben | passt\ so | in\ (?:den\ )?druck\ geben
      | bon\ pour\ accord | valid[ée]e? | c'est\ bon | bon\ pour\ impression
      | aprobad[oa] | apruebo | (?:mandarlo|enviarlo)\ a\ imprenta
    )\b
    | 👍
    """)
# Said of something other than this proof ("we approved the budget last week").
_OTHER_OBJECT = re.compile(
    r"(?i)\bapproved\s+(?:the\s+)?(?:budget|quote|estimate|invoice|po|plan|brief|timeline)\b"
    r"|\bapproval\s+process\b")
# A negation close before the cue, in the same clause.
_NEGATION = re.compile(
    r"(?i)\b(?:not|no|never|nobody|n't|cannot|can't|won't|wouldn't|don't|do\s+not|hold|"
    r"noch\s+nicht|nicht|pas\s+encore|pas|ne|todav[ií]a\s+no|a[uú]n\s+no)\b|n't\b")
# The clause (or the mail) makes the approval wait for someone or something.
_CONDITION = re.compile(
    r"""(?ix)
    \b(?:until|once|if|after\ (?:our|the|you|legal|i)|before\ (?:we|i)\ can
      | need\ to\ check | waiting\ (?:on|for) | wait(?:ing)?\ on | run\ it\ by
      | get\ back\ to\ you | will\ (?:look|review|come) | i'?ll\ (?:look|review|approve|confirm)
      | give\ me\ until | probably | should\ be\ fine | do\ i\ need
      | muss\ es\ noch | attends | falta
    )\b""")
# Waiting words that decide nothing on their own ("hold off", "please wait").
_HOLD = re.compile(r"(?i)\b(?:hold\s+off|please\s+(?:hold|wait)|do\s+not\s+proceed|"
                   r"don't\s+(?:send|print|proceed))\b")
_REJECT = re.compile(
    r"""(?ix)
    \b(?:rejected | can(?:'|no)t\ go\ with\ this | doesn't\ work\ for\ us | killing\ this
      | back\ to\ the\ drawing\ board | start\ over | can(?:'|no)t\ approve\ this
      | not\ good\ to\ go\b
    )""")
_CHANGE_WORDS = re.compile(
    r"""(?ix)
    \b(?:needs?\ (?:some\ |a\ few\ )?changes
      | (?:a\ few|some|two|couple\ of)\ (?:changes|comments|tweaks)
      | not\ quite\ there | round\ \d+\ please | one\ tweak | marked-up | fix\ the
      | with\ (?:one\ |a\ few\ )?changes?\b | but\ please | pending\ a
      | as\ long\ as | once\ you\ (?:fix|move|change|add|swap) | after\ you\ (?:move|fix|change)
      | is\ not: | colou?rs?\ are\ off | w/\s*\d+\s+changes?
      | (?:we'?d\ like\ to|can\ we|could\ we)\ see\ a\ version\ with
      | (?:logo|headline|font|text|image|photo|title)\s+(?:bigger|smaller|larger|darker|lighter)
    )""")
# A condition that is itself the change ("good to go once you fix the typo") keeps the approval.
_CHANGE_CONDITION = re.compile(
    r"(?i)\b(?:once|after)\s+you\s+(?:fix|move|change|add|swap|remove)\b|\bas\s+long\s+as\b")
# Which language an approval cue is in, for a reply too short to detect.
_CUE_LANGUAGE = (("fr", re.compile(r"(?i)\b(?:bon\s+pour|valid[ée]|c'est\s+bon)")),
                 ("de", re.compile(r"(?i)\b(?:freigabe|freigegeben|passt\s+so|druck)")),
                 ("es", re.compile(r"(?i)\b(?:aprobad|apruebo|imprenta)")))
# Saying no changes are needed is no change ("no changes needed - go ahead").
_NO_CHANGES = re.compile(r"(?i)\b(?:no|don't\s+think\s+we\s+need\s+any|without)\s+changes\b")
_CLAUSE = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-–—]\s+|,\s+(?=but\b)")
_OUT_OF_OFFICE = re.compile(r"(?i)\b(?:out\s+of\s+(?:the\s+)?office|on\s+vacation|"
                            r"abwesend|absent|fuera\s+de\s+la\s+oficina)\b")


@dataclass(frozen=True, slots=True)
class Decision:
    """What the reply decides, the clause it rests on (the client's words) and how sure."""

    status: str
    sentence: str = ""
    confidence: float = 0.0


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def _approves(clause: str) -> bool:
    found = _APPROVE.search(clause)
    if found is None or _OTHER_OBJECT.search(clause):
        return False
    before = clause[: found.start()]
    words = before.split()[-4:]  # a negation this close before the cue turns it
    if _NEGATION.search(" ".join(words)) and not _NO_CHANGES.search(clause):
        return False
    return not _CONDITION.search(clause) or bool(_CHANGE_CONDITION.search(clause))


def read_decision(new_text: str, *, language: str | None = None) -> Decision:
    """The decision in ``new_text`` (the reply's own words, quotes already removed)."""
    text = " ".join(line for line in (new_text or "").splitlines()
                    if not line.lstrip().startswith(">"))
    text = new_text if "\n" in (new_text or "") and not text.strip() else text
    if not text.strip() or _OUT_OF_OFFICE.search(text):
        return Decision("none")
    clauses = _clauses(new_text or "")
    if language is None:
        language = next((lang for lang, cue in _CUE_LANGUAGE if cue.search(text)), None)
    for clause in clauses:
        if _REJECT.search(clause) and not re.search(r"(?i)\bnot\s+rejected\b", clause):
            return Decision("rejected", clause, 0.85)
    conditional = any(_CONDITION.search(c) for c in clauses)
    approving = [c for c in clauses if _approves(c)]
    if conditional and approving and not any(_CHANGE_WORDS.search(c) for c in clauses):
        # "If legal is fine with it, it's approved - I'll confirm tomorrow": the mail waits.
        approving = [c for c in approving if not _waits(clauses)]
    changes = _changes(new_text or "", clauses, language)
    if approving and changes:
        return Decision("approved_with_changes", changes[0], 0.8)
    if approving:
        return Decision("approved", approving[0], 0.9)
    if changes:
        return Decision("changes_requested", changes[0], 0.8)
    if any(_HOLD.search(c) for c in clauses):
        return Decision("none", next(c for c in clauses if _HOLD.search(c)), 0.8)
    return Decision("none")


def _waits(clauses: list[str]) -> bool:
    """The mail as a whole defers the decision (a condition or a promise to confirm later)."""
    return any(re.search(r"(?i)\b(?:i'?ll\s+confirm|if\b|until\b|once\b)", c) for c in clauses)


def _changes(text: str, clauses: list[str], language: str | None) -> list[str]:
    """Clauses asking for a change: the statement rules' change requests, proof phrases."""
    from intake.parsers.statements import extract_statements

    found: list[str] = []
    changes, _requirements, _objectives = extract_statements(text, language=language)
    for change in changes:
        sentence = change.evidence.sentence
        # "Hold off for now" is the statement rules' "hold" change; on a proof it is a wait.
        if change.action == "hold" or _HOLD.search(sentence) or _NO_CHANGES.search(sentence):
            continue
        found.append(sentence)
    for clause in clauses:
        if _CHANGE_WORDS.search(clause) and not _NO_CHANGES.search(clause) and not any(
                clause in f or f in clause for f in found):
            found.append(clause)
    return found
