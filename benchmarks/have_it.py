"""How many of the ways people ask to have a piece a certain way intake reads as a change.

"Can we get the logo bigger?" is read; "can we have the headline in bold?", "any chance of
getting the map a bit bigger?", "it'd be nice to have the phone number on the front" ask the
same. Each frame is filled with each piece and each state; the figure is how many read as a
change request. Twenty sentences in the same frames about the day and the business ("can we
have the meeting on Tuesday instead?", "it'd be nice to have the kickoff in person") must
read as nothing.
Written before the first run (2026-12-06, twenty-first session); the second list of frames
is held out (counted, never printed, never tuned on).

Run: .venv/bin/python benchmarks/have_it.py [-v]   (-v prints the tuned frames' misses)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.parsers.statements import extract_statements

PIECES = ("logo", "headline", "photo", "price", "phone number", "map", "tagline", "button",
          "disclaimer", "address", "title", "caption", "QR code", "date", "subtitle")
STATES = ("bigger", "in bold", "on the front", "in blue", "higher up", "on page 2",
          "a bit smaller", "in the top corner", "in white", "on its own line")
FRAMES = ("Can we have the {p} {s}?", "Any chance of getting the {p} {s}?",
          "Would be good to get the {p} {s}.", "It'd be nice to have the {p} {s}.",
          "Could we have the {p} {s} please?", "Let's have the {p} {s}.")
HELD_OUT = ("Is it possible to have the {p} {s}?", "We'd like to have the {p} {s}.",
            "Would it be possible to get the {p} {s}?", "It would be great to have the {p} {s}.")
# Not the work: the same frames said of the day and the business, as people say them.
OTHERS = ("Can we have the meeting on Tuesday instead?", "Any chance of getting the invoice "
          "paid this week?", "Would be good to get the team together before the launch.",
          "It'd be nice to have the kickoff in person.", "Could we have the call at 3 please?",
          "Let's have the review on Friday.", "Is it possible to have the contract signed by "
          "Monday?", "We'd like to have the whole team there.", "Would it be possible to get "
          "the payment terms in writing?", "It would be great to have you at the dinner.",
          "Can we have lunch after the shoot?", "Any chance of getting a parking space at the "
          "venue?", "Would be good to get your thoughts on the brief.", "It'd be nice to have "
          "a bit more notice next time.", "Let's have a quick chat tomorrow.",
          "Can we have a copy of the invoice?", "We'd like to have the files by Friday.",
          "Could we have a coffee when you're in town?", "Would be good to get everyone's "
          "availability.", "It would be great to have an update on the timeline.")


def is_change(sentence: str) -> bool:
    return bool(extract_statements(sentence)[0])


def main(argv: list[str]) -> int:
    read = total = 0
    for frame in FRAMES:
        filled = [frame.format(p=p, s=s) for p in PIECES for s in STATES]
        misses = [s for s in filled if not is_change(s)]
        read, total = read + len(filled) - len(misses), total + len(filled)
        print(f"  {frame:40} {len(filled) - len(misses):3d}/{len(filled)}")
        if "-v" in argv:
            for m in misses[:4]:
                print(f"      {m}")
    print(f"tuned frames: {read} of {total} read as changes")
    held = [f.format(p=p, s=s) for f in HELD_OUT for p in PIECES for s in STATES]
    print(f"held-out frames: {sum(map(is_change, held))} of {len(held)} read as changes "
          "(never printed)")
    wrong = [s for s in OTHERS if is_change(s)]
    print(f"said of things that are not the work, read as changes: {len(wrong)} of "
          f"{len(OTHERS)}")
    if "-v" in argv:
        for w in wrong[:10]:
            print(f"      {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
