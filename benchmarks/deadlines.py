"""How many of the ways people set a deadline intake reads as the due date.

Each frame below is filled with each deliverable and each day; the figure is how many read
exactly that day as due. Look-alikes (a meeting, the past, someone's leave, an invoice, a
client's own event beside no work) must read no due date. Written before the first run
(2026-12-06); the second list of frames is held out (counted, never printed, never tuned on).
The mail is sent on Wednesday 24 February 2027. "before {day}" expects the day before, as the
labelling rules read it (issue 12: "before the 14th": the 13th is the deadline); the first
run counted it as the day itself, a fault of this benchmark, not of intake.

Run: .venv/bin/python benchmarks/deadlines.py [-v]   (-v prints the tuned frames' misses)
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.parsers.extract import extract

SENT = datetime(2027, 2, 24, 15, tzinfo=UTC)
ZONE = "America/New_York"
THINGS = ("the banners", "the final files", "the menu cards", "the new landing page",
          "the brochure", "the radio script", "the social posts", "the shelf wobblers",
          "the press release", "the invitation")
DAYS = (("March 3", "2027-03-03"), ("Friday", "2027-02-26"), ("the 15th", "2027-03-15"),
        ("3/10", "2027-03-10"), ("next Tuesday", "2027-03-02"))
FRAMES = ("We need {t} by {d}.", "{T} should be ready for {d}.", "{T} are due {d}.",
          "Could we have {t} for {d}?", "Ideally {t} would be done {d}.",
          "Expecting {t} on {d}.", "{T}: {d} at the latest.", "Please get {t} to us before {d}.",
          "Deadline for {t} is {d}.", "{T} have to be with the printer on {d}.",
          "Aim to have {t} finished by {d}.", "We're hoping to see {t} by {d}.",
          "No later than {d} for {t}, please.", "{T} need to be live {d}.",
          "Make sure {t} land on my desk by {d}.")
HELD_OUT = ("Would love {t} by {d}.", "{T} -- {d} latest.", "Can you send over {t} by {d}?",
            "We'd like {t} wrapped up by {d}.", "Target date for {t}: {d}.",
            "Let's lock {t} by {d}.", "{T} should go out {d}.", "Please have {t} done {d}.")
LOOK_ALIKES = ("We met about {t} on {d}.", "{T} were sent last week, on {d}.",
               "I'm out of the office {d}.", "The invoice for {t} is dated {d}.",
               "Can we have a call about {t} {d}?")


def expected(frame: str, iso: str) -> str:
    """The day a filled frame sets: the day itself, or the day before for "before"."""
    if "before {d}" not in frame:
        return iso
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def due(sentence: str) -> list[str]:
    return [d.date.isoformat() for d in extract(sentence, sent_at=SENT, timezone=ZONE).due_dates]


def fill(frame: str, thing: str, day: str) -> str:
    said = frame.replace("{t}", thing).replace("{T}", thing[0].upper() + thing[1:])
    return said.replace("{d}", day)


def main(argv: list[str]) -> int:
    total = 0
    for frame in FRAMES:
        rows = [(fill(frame, t, d), expected(frame, iso)) for t in THINGS for d, iso in DAYS]
        misses = [s for s, iso in rows if due(s) != [iso]]
        total += len(rows) - len(misses)
        print(f"  {frame:50} {len(rows) - len(misses):3d}/{len(rows)}")
        if "-v" in argv:
            for m in misses[:4]:
                print(f"      {m} -> {due(m)}")
    print(f"tuned frames: {total} of {len(FRAMES) * len(THINGS) * len(DAYS)} read the day")
    held = sum(due(fill(f, t, d)) == [expected(f, iso)]
               for f in HELD_OUT for t in THINGS for d, iso in DAYS)
    print(f"held-out frames: {held} of {len(HELD_OUT) * len(THINGS) * len(DAYS)} read the day "
          "(never printed)")
    wrong = [fill(f, t, d) for f in LOOK_ALIKES for t in THINGS for d, _ in DAYS
             if due(fill(f, t, d))]
    print(f"look-alikes read as due: {len(wrong)} of {len(LOOK_ALIKES) * len(THINGS) * len(DAYS)}")
    if "-v" in argv:
        for w in wrong[:10]:
            print(f"      {w} -> {due(w)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
