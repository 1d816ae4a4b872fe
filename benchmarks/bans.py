"""How many of the ways people forbid something in the work intake reads as a rule.

A ban is a rule for every piece ("no alcohol in any of the shots"), and people say it in
many frames: "please avoid", "keep ... out of it", "we'd rather not show", "... is a no-go".
Each frame below is filled with each thing clients forbid; the figure is how many read as a
requirement. The frames were written before the first run (2026-12-06); the second list is
held out (counted, never printed, never tuned on). Look-alikes that forbid nothing (the same
things sold, praised, delivered) must read as nothing.

Run: .venv/bin/python benchmarks/bans.py [-v]   (-v prints the tuned frames' misses)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.parsers.statements import extract_statements

THINGS = ("alcohol", "stock photos", "the colour red", "prices", "competitor names", "emojis",
          "children", "pets", "our old logo", "exclamation marks", "the word 'free'",
          "discount codes", "political imagery", "religious symbols", "patients' faces", "nuts",
          "smoking", "sports cars", "our old address", "celebrities")
FRAMES = ("Please avoid {x}.", "Nothing with {x}, please.", "Keep {x} out of it.",
          "We'd rather not show {x} anywhere.", "{X} is a no-go for us.", "{X} is off-limits.",
          "We don't want {x} in any of the ads.", "Steer clear of {x}.",
          "Please refrain from using {x}.", "No {x} in anything, please.",
          "We never use {x}.", "Don't show {x} anywhere.", "{X} can't appear in anything we "
          "publish.", "Leave {x} out, please.", "Without {x}, please.",
          "Absolutely no {x}.", "Please make sure there are no {x} in the shots.",
          "{X} is a big no for us.", "We can't have {x} in the creative.",
          "Our rule of thumb: no {x}.")
HELD_OUT = ("Please don't include {x}.", "{X} is banned for us.", "We stay away from {x}.",
            "Let's not show {x} at all.", "Zero {x}, please.", "Skip {x} in all the visuals.",
            "{X} are not allowed.", "We steer clear of {x} in our ads.",
            "Keep away from {x}.", "Under no circumstances use {x}.")
# A second held-out list, written after the first fixes and before the structural rule for
# bans (a negation with a scope over all the work): the first held-out list had been read by
# the author by then, so this one is the measure of that rule.
HELD_OUT_2 = ("Hard pass on {x}.", "We won't have {x} in any of our stuff.",
              "Not a single one of {x}, please.", "{X}? Never in our ads.",
              "Please, none of {x} anywhere.", "Take care that {x} never shows up.",
              "{X} is something we never do.", "No way on {x}.",
              "We'd prefer zero {x} across the campaign.", "Drop {x} from everything, always.")
LOOK_ALIKES = ("We sold out of {x} last week.", "Thanks for sending {x}.",
               "{X} arrived this morning.", "I loved {x} in the last campaign.")


def is_rule(sentence: str) -> bool:
    return bool(extract_statements(sentence)[1])


def said(frame: str, thing: str) -> str:
    return frame.replace("{x}", thing).replace("{X}", thing[0].upper() + thing[1:])


def main(argv: list[str]) -> int:
    read = 0
    for frame in FRAMES:
        misses = [said(frame, t) for t in THINGS if not is_rule(said(frame, t))]
        read += len(THINGS) - len(misses)
        print(f"  {frame:52} {len(THINGS) - len(misses):2d}/{len(THINGS)}")
        if "-v" in argv:
            for m in misses[:5]:
                print(f"      {m}")
    print(f"tuned frames: {read} of {len(FRAMES) * len(THINGS)} read as rules")
    held = sum(is_rule(said(f, t)) for f in HELD_OUT for t in THINGS)
    print(f"held-out frames: {held} of {len(HELD_OUT) * len(THINGS)} read as rules "
          "(never printed)")
    held = sum(is_rule(said(f, t)) for f in HELD_OUT_2 for t in THINGS)
    print(f"second held-out frames: {held} of {len(HELD_OUT_2) * len(THINGS)} read as rules "
          "(never printed)")
    wrong = [said(f, t) for f in LOOK_ALIKES for t in THINGS if is_rule(said(f, t))]
    print(f"look-alikes read as rules: {len(wrong)} of {len(LOOK_ALIKES) * len(THINGS)}")
    if "-v" in argv:
        for w in wrong[:10]:
            print(f"      {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
