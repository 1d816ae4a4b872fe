"""How many of the ways people say a piece wants work intake reads as a change request.

"The logo needs to be bigger" is read; "the headline wants tightening", "the intro could
do with a trim", "the photo would benefit from more contrast", "the tagline is crying out
for a rewrite" ask the same in everyday (often British) words. Each frame is filled with
each piece and each fix; the figure is how many read as a change request. The same frames
said of things that are not the work ("the team could do with a break") must read as
nothing. Written before the first run (2026-12-06, twenty-first session); the second list
of frames is held out (counted, never printed, never tuned on).

Run: .venv/bin/python benchmarks/wants.py [-v]   (-v prints the tuned frames' misses)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.parsers.statements import extract_statements

PIECES = ("logo", "headline", "photo", "font", "intro", "music", "video", "background",
          "button", "map", "tagline", "copy", "price", "border", "title", "caption", "layout",
          "voiceover", "banner", "cover")
# What the piece wants, said as a noun ("a trim") and as a gerund ("tightening").
FIXES = ("a trim", "another pass", "more contrast", "a bit more space", "a rethink",
         "a refresh", "a tidy-up", "more punch", "a stronger colour", "some breathing room")
GERUNDS = ("tightening", "shortening", "brightening", "simplifying", "reworking",
           "toning down", "moving up", "enlarging", "softening", "rewriting")
FRAMES = ("The {p} could do with {f}.", "The {p} could use {f}.",
          "The {p} would benefit from {f}.", "The {p} is crying out for {f}.",
          "I think the {p} could do with {f}.", "The {p} needs {f}.")
GERUND_FRAMES = ("The {p} wants {g}.", "The {p} needs {g}.", "The {p} could do with {g}.")
HELD_OUT = ("The {p} might benefit from {f}.", "Feels like the {p} could use {f}.",
            "The {p} is in need of {f}.", "Honestly the {p} could do with {f}.")
HELD_OUT_GERUNDS = ("The {p} could probably do with {g}.", "The {p} badly needs {g}.")
# Not the work: the same frames said of people, places and the business.
OTHERS = ("team", "office", "kitchen", "garden", "car", "weekend", "sales team", "weather",
          "dog", "budget meeting")


def is_change(sentence: str) -> bool:
    return bool(extract_statements(sentence)[0])


def _filled(frames: tuple[str, ...], gerund_frames: tuple[str, ...],
            pieces: tuple[str, ...]) -> list[tuple[str, str]]:
    """(frame, sentence) for every frame, piece and fix."""
    return ([(f, f.format(p=p, f=x)) for f in frames for p in pieces for x in FIXES]
            + [(f, f.format(p=p, g=g)) for f in gerund_frames for p in pieces for g in GERUNDS])


def main(argv: list[str]) -> int:
    tuned = _filled(FRAMES, GERUND_FRAMES, PIECES)
    read = 0
    for frame in (*FRAMES, *GERUND_FRAMES):
        filled = [s for f, s in tuned if f == frame]
        misses = [s for s in filled if not is_change(s)]
        read += len(filled) - len(misses)
        print(f"  {frame:40} {len(filled) - len(misses):3d}/{len(filled)}")
        if "-v" in argv:
            for m in misses[:4]:
                print(f"      {m}")
    print(f"tuned frames: {read} of {len(tuned)} read as changes")
    held = _filled(HELD_OUT, HELD_OUT_GERUNDS, PIECES)
    print(f"held-out frames: {sum(is_change(s) for _f, s in held)} of {len(held)} read as "
          "changes (never printed)")
    others = _filled((*FRAMES, *HELD_OUT), (*GERUND_FRAMES, *HELD_OUT_GERUNDS), OTHERS)
    wrong = [s for _f, s in others if is_change(s)]
    print(f"said of things that are not the work, read as changes: {len(wrong)} of "
          f"{len(others)}")
    if "-v" in argv:
        for w in wrong[:10]:
            print(f"      {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
