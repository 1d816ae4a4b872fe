"""How much reading a statement depends on the words people wrap around it.

Real mail rarely asks in a clean sentence: "Sam, ...", "Oh and ...", "[9:15 AM] Jess: ...",
"One more thing: ...", "... if it's not too late", "..., thanks!". Earlier blind mail was
missed on exactly these wrappers (a vocative, "No, swap for the bowl shot", a chat's time
stamp, a courtesy "if it's not too much trouble"), each then fixed for its own words. Every
change request, requirement and objective intake reads in the labelled mail, and reads as
that kind alone, is read again inside each lead-in and each trailer below; the figures are
how many are no longer read as their kind. No labels are needed: a wrapper that asks, rules
or aims nothing of its own must not take the statement away.

The wrappers were written before the first run (2026-12-06), from how mail is written, not
from any miss. Run: .venv/bin/python benchmarks/wrappers.py [-v]   (-v prints what a wrapper
loses, from the tuned splits only: blind sentences are counted, never printed)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from intake.parsers.evaluation import AGENCY_DOMAINS, load_set, split_of
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from intake.parsers.statements import extract_statements

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"
KINDS = ("change_request", "requirement", "objective")

LEADS = (
    "Sam, {s}", "Hi Sam, {s}", "Sam - {s}", "Oh, and {s}", "Also, {s}", "Plus {s}", "PS: {s}",
    "P.S. {s}", "One more thing: {s}", "Quick one: {s}", "Last thing - {s}", "Small thing: {s}",
    "Re the flyer: {s}", "On page 2, {s}", "For the banner, {s}", "If possible, {s}",
    "When you get a chance, {s}", "No rush, but {s}", "As discussed, {s}", "Per our call, {s}",
    "Like I said, {s}", "Actually, {s}", "On second thought, {s}", "Jess says: {s}",
    "[9:15 AM] Jess Wu: {s}", "1) {s}", "- {s}", "Sorry, {s}", "Honestly, {s}",
    "Sorry to be a pain, but {s}", "Looks great overall, but {s}", "Ok so {s}", "So {s}",
    "Hmm, {s}", "Feedback from the team: {s}", "Before you send it, {s}", "Ideally, {s}",
    "Just a heads up, {s}", "Following up on my last email, {s}", "Thanks again - {s}",
)
TRAILS = (
    "{s}, thanks!", "{s} if possible.", "{s} when you get a chance.", "{s}, no rush.",
    "{s} asap.", "{s} :)", "{s} pls", "{s}, cheers.", "{s} - thanks in advance!",
    "{s}, if that's ok.", "{s}, if it's not too late.", "{s} before Friday.",
    "{s}, does that work?", "{s}, thank you so much.", "{s} Thx!", "{s}, please and thank you.",
    "{s}, the boss insists.", "{s} (see attached).", "{s} 🙏",
    "{s}, let me know if that's a problem.",
)


# Held out: written with the lists above, before the first run, and never printed or tuned on;
# their total says whether fixes made for the wrappers above carry to other wrappers.
HELD_OUT_LEADS = (
    "Morning Sam! {s}", "Alex, quick note - {s}", "And another thing, {s}", "Btw {s}",
    "By the way, {s}", "Oh and one more: {s}", "Apologies for the back and forth, but {s}",
    "Thanks for the quick turnaround! {s}", "Great work on this. {s}", "Two small notes. {s}",
    "From the client: {s}", "Mark's comment: {s}", "[10:42] Priya: {s}", "Update: {s}",
    "If you have a sec, {s}", "Whenever you can, {s}", "Following our meeting, {s}",
    "As per the brief, {s}", "Going back to the proofs, {s}", "To confirm, {s}",
    "I forgot to mention, {s}", "Almost there! {s}", "Nearly perfect - {s}", "Regarding p.3, {s}",
    "In the email version, {s}", "After chatting with the team, {s}", "Sorry for the delay - {s}",
    "Hope your week is going well. {s}", "Ugh, {s}", "Ah, {s}",
)
HELD_OUT_TRAILS = (
    "{s}, thanks so much!", "{s} if you can.", "{s} whenever you get a sec.", "{s}, ta.",
    "{s}, much appreciated.", "{s} - cheers!", "{s}, if that makes sense.", "{s}, hope that's ok!",
    "{s}, shout if any questions.", "{s}, sorry!",
)


def _lowered(s: str) -> str:
    """The sentence as it reads after a lead-in ("Please swap" -> "please swap"; not "I")."""
    first = s.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower() and first[0].isupper() and first != "I":
        return s[0].lower() + s[1:]
    return s


def _bare(s: str) -> str:
    return s.rstrip().rstrip(".!")


def wrapped(sentence: str, leads: tuple[str, ...] = LEADS,
            trails: tuple[str, ...] = TRAILS) -> dict[str, str]:
    """The sentence inside each lead-in and trailer."""
    out = {lead: lead.format(s=_lowered(sentence)) for lead in leads}
    out.update({trail: trail.format(s=_bare(sentence)) for trail in trails
                if not sentence.rstrip().endswith("?")})
    return out


def kinds(sentence: str) -> set[str]:
    found = extract_statements(sentence)
    return {kind for kind, items in zip(KINDS, found, strict=True) if items}


def statements() -> list[tuple[str, str, str]]:
    """(split, kind, sentence) of every statement read in the labelled mail that reads as its
    kind alone."""
    out = []
    for case in load_set(SET):
        if case.auto_reply:
            continue
        found = extract_message(parse_message(case.raw), timezone=case.timezone,
                                day_first=case.day_first, default_currency=case.default_currency,
                                agency_domains=AGENCY_DOMAINS)
        for kind, items in zip(KINDS, (found.change_requests, found.requirements,
                                       found.objectives), strict=True):
            for statement in items:
                sentence = " ".join(statement.evidence.sentence.split()).lstrip("-*• ")
                if "\n" not in statement.evidence.sentence and kind in kinds(sentence):
                    out.append((split_of(case), kind, sentence))
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    read = statements()
    print(f"{len(read)} statements read as their kind alone "
          + ", ".join(f"{k} {sum(1 for _, kk, _ in read if kk == k)}" for k in KINDS))
    lost: dict[str, list[tuple[str, str, str]]] = {}
    total = 0
    for split, kind, sentence in read:
        for name, again in wrapped(sentence).items():
            total += 1
            if kind not in kinds(again):
                lost.setdefault(name, []).append((split, kind, again))
    print(f"{total} wrapped sentences, {sum(map(len, lost.values()))} lost")
    for name in (*LEADS, *TRAILS):
        rows = lost.get(name, [])
        by_kind = " ".join(f"{k[:3]} {sum(1 for _, kk, _ in rows if kk == k)}" for k in KINDS)
        print(f"  {name:42} lost {len(rows):3d}  ({by_kind})")
        if verbose:
            for split, kind, again in rows:
                if not split.startswith("blind"):
                    print(f"      [{kind[:3]}] {again}")
    held = [(split, kind, again) for split, kind, sentence in read
            for again in wrapped(sentence, HELD_OUT_LEADS, HELD_OUT_TRAILS).values()]
    held_lost = [row for row in held if row[1] not in kinds(row[2])]
    print(f"held-out wrappers: {len(held)} wrapped sentences, {len(held_lost)} lost "
          f"(never printed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
