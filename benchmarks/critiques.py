"""How many of the ways people find a piece wanting intake reads as a change request.

"The logo is too small" is read; "the logo is a bit small", "the logo feels small", "I find
the logo small" say the same. Each frame below is filled with each piece and each fault;
the figure is how many read as a change request. Praise in the same frames ("the logo
feels fresh") must read as nothing. Written before the first run (2026-12-06); the second
list of frames is held out (counted, never printed, never tuned on).

Run: .venv/bin/python benchmarks/critiques.py [-v]   (-v prints the tuned frames' misses)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.parsers.statements import extract_statements

PIECES = ("logo", "headline", "photo", "font", "intro", "music", "video", "background",
          "button", "map", "tagline", "copy", "price", "border", "title", "caption", "layout",
          "voiceover", "banner", "cover")
FAULTS = ("small", "dark", "busy", "long", "loud", "harsh", "plain", "boring", "generic",
          "cluttered", "faint", "thin", "heavy", "slow", "cold", "pale", "stiff", "cheesy",
          "corporate", "cramped")
PRAISE = ("clean", "fresh", "clever", "lovely", "sharp")
FRAMES = ("The {p} is too {a}.", "The {p} is a bit {a}.", "The {p} feels {a}.",
          "The {p} looks really {a}.", "The {p} seems kind of {a}.", "The {p} is way too {a}.",
          "The {p} is so {a}.", "I find the {p} {a}.", "The {p} comes across as {a}.",
          "The {p} is quite {a}.", "The {p} is rather {a}.",
          "The {p} is a little on the {a} side.")
HELD_OUT = ("The {p} is super {a}.", "The {p} is pretty {a}.", "The {p} is very {a}.",
            "The {p}'s a tad {a}.", "The {p} strikes me as {a}.", "The {p} is looking {a}.")


def is_change(sentence: str) -> bool:
    return bool(extract_statements(sentence)[0])


def main(argv: list[str]) -> int:
    read = 0
    for frame in FRAMES:
        filled = [frame.format(p=p, a=a) for p in PIECES for a in FAULTS]
        misses = [s for s in filled if not is_change(s)]
        read += len(filled) - len(misses)
        print(f"  {frame:40} {len(filled) - len(misses):3d}/{len(filled)}")
        if "-v" in argv:
            for m in misses[:4]:
                print(f"      {m}")
    print(f"tuned frames: {read} of {len(FRAMES) * len(PIECES) * len(FAULTS)} read as changes")
    held = sum(is_change(f.format(p=p, a=a)) for f in HELD_OUT for p in PIECES for a in FAULTS)
    print(f"held-out frames: {held} of {len(HELD_OUT) * len(PIECES) * len(FAULTS)} read as "
          "changes (never printed)")
    praised = [f.format(p=p, a=a) for f in FRAMES if "too" not in f and "side" not in f
               for p in PIECES for a in PRAISE]
    wrong = [s for s in praised if is_change(s)]
    print(f"praise read as changes: {len(wrong)} of {len(praised)}")
    if "-v" in argv:
        for w in wrong[:10]:
            print(f"      {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
