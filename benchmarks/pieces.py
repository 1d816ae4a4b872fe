"""How much reading a statement depends on knowing the name of the piece it is about.

The rules check that a critique or a wish names a piece of the work ("the logo is too
small", not "the room is too small"), from a list of the pieces' names. Agencies make many
more kinds of piece than any list holds: a wordmark, a hang tag, an endcard, a shelf
wobbler. Every change request intake reads in the labelled mail, and reads as one alone,
that names a piece from the list is read again with that name replaced by each name below;
the figures are how many are no longer read as change requests. No labels are needed.

Both lists were written before the first run (2026-12-06); the second is held out: counted,
never printed, never tuned on. Run: .venv/bin/python benchmarks/pieces.py [-v]   (-v prints
what a name loses, from the tuned splits only: blind sentences are counted, never printed)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from intake.parsers.evaluation import AGENCY_DOMAINS, load_set, split_of
from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from intake.parsers.statements import extract_statements
from intake.parsers.statements.changes import _PIECES, WORK_PARTS

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"

NAMES = (
    "wordmark", "masthead", "endcard", "lower third", "hang tag", "lockup", "roundel",
    "swing tag", "favicon", "shelf wobbler", "tent card", "roll-up", "pull-up banner", "decal",
    "sticker", "bookmark", "postcard", "infographic", "thumbnail", "storyboard", "animatic",
    "jingle", "strapline", "subheading", "pull quote", "sidebar", "hero", "splash page",
    "pop-up", "carousel card", "story frame", "product shot", "packshot", "illustration",
    "icon", "badge", "seal", "QR code", "coupon", "voucher",
)
HELD_OUT = (
    "monogram", "nameplate", "placemat", "coaster", "tote bag", "lanyard", "name badge",
    "window cling", "floor graphic", "car wrap", "bus shelter ad", "e-blast", "web banner",
    "skyscraper", "leaderboard", "pre-roll", "bumper ad", "intro card", "title card", "chyron",
    "mascot", "emblem", "crest", "letterhead", "envelope", "sleeve", "gift card", "menu board",
    "price tag", "brochure cover",
)
# Singular names of pieces (a plural one would need its verb changed too).
_SINGULAR = sorted(w for w in WORK_PARTS | _PIECES if not w.endswith("s") and len(w) > 2
                   and w not in ("copy", "text", "type", "body", "music", "colour", "color",
                                 "background", "layout", "intro", "ending", "vo"))
_NAMED = re.compile(r"\b(the|our|this|that|your)\s+(" + "|".join(_SINGULAR) + r")\b(?!-)",
                    re.IGNORECASE)


# The same piece said with another determiner (written with the names, before the first run).
DETERMINERS = ("our", "your", "this", "that", "the new", "the current", "Acme's", "the Acme",
               "the main", "the spring")
HELD_OUT_DETERMINERS = ("their", "my", "the updated", "Jo's", "the big", "each")


def is_change(sentence: str) -> bool:
    return bool(extract_statements(sentence)[0])


def changes() -> list[tuple[str, str]]:
    """(split, sentence) of every change request read alone that names a piece."""
    out = []
    for case in load_set(SET):
        if case.auto_reply:
            continue
        found = extract_message(parse_message(case.raw), timezone=case.timezone,
                                day_first=case.day_first, default_currency=case.default_currency,
                                agency_domains=AGENCY_DOMAINS)
        for statement in found.change_requests:
            sentence = " ".join(statement.evidence.sentence.split())
            if _NAMED.search(sentence) and is_change(sentence):
                out.append((split_of(case), sentence))
    return out


def renamed(sentence: str, name: str) -> str:
    return _NAMED.sub(lambda m: f"{m.group(1)} {name}", sentence, count=1)


def redetermined(sentence: str, determiner: str) -> str:
    def put(m: re.Match[str]) -> str:
        said = determiner.capitalize() if m.group(1)[0].isupper() else determiner
        return f"{said} {m.group(2)}"
    return _NAMED.sub(put, sentence, count=1)


def report(read: list[tuple[str, str]], label: str, tuned: tuple[str, ...],
           held_out: tuple[str, ...], change: Callable[[str, str], str], verbose: bool) -> None:
    """Print what each tuned variant loses (tuned splits' sentences with -v) and the held-out
    variants' total."""
    total = 0
    for variant in tuned:
        lost = [(split, again) for split, s in read if not is_change(again := change(s, variant))]
        total += len(lost)
        print(f"  {variant:18} lost {len(lost):3d}")
        if verbose:
            for split, again in lost[:12]:
                if not split.startswith("blind"):
                    print(f"      {again}")
    print(f"all {label}: {total} of {len(read) * len(tuned)} lost")
    held = sum(1 for _, s in read for variant in held_out if not is_change(change(s, variant)))
    print(f"held-out {label}: {held} of {len(read) * len(held_out)} lost (never printed)")


def main(argv: list[str]) -> int:
    read = changes()
    print(f"{len(read)} change requests read alone that name a piece")
    report(read, "names", NAMES, HELD_OUT, renamed, "-v" in argv)
    report(read, "determiners", DETERMINERS, HELD_OUT_DETERMINERS, redetermined, "-v" in argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
