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


# Holidays named as the day (written before the first run of any rule for them, twenty-third
# session): a retail client's "by Mother's Day", "before Easter". The mail is sent on 24
# February 2027; each day is the coming one. The second list is held out (counted, never
# printed, never tuned on). Look-alikes name a holiday beside no work: a closure, a greeting,
# a past holiday, a client's own event.
HOLIDAY_DAYS = (("Easter", "2027-03-28"), ("Mother's Day", "2027-05-09"),
                ("Black Friday", "2027-11-26"), ("St. Patrick's Day", "2027-03-17"),
                ("Good Friday", "2027-03-26"), ("Father's Day", "2027-06-20"))
HOLIDAY_FRAMES = ("We need {t} by {d}.", "Please get {t} to us before {d}.",
                  "{T} should be ready for {d}.", "{T} need to be live on {d}.",
                  "Can we have {t} in time for {d}?")
HELD_HOLIDAY_DAYS = (("Cyber Monday", "2027-11-29"), ("Cinco de Mayo", "2027-05-05"),
                     ("Juneteenth", "2027-06-19"), ("Veterans Day", "2027-11-11"),
                     ("Columbus Day", "2027-10-11"), ("Easter Sunday", "2027-03-28"),
                     ("Canada Day", "2027-07-01"), ("Memorial Day weekend", "2027-05-31"))
HOLIDAY_LOOK_ALIKES = ("We're closed on Good Friday.", "Happy Easter to you and the team!",
                       "Hope you had a lovely Mother's Day.",
                       "Our Black Friday sale last year was huge.",
                       "The office is closed for Easter Monday.",
                       "We spent St. Patrick's Day at the lake.",
                       "Easter sales were up 20% last year.",
                       "I'm off from Black Friday to Cyber Monday.",
                       "Our St. Patrick's Day party is at the pub, you should come!",
                       "Mother's Day is our busiest weekend.",
                       "Father's Day brunch at the restaurant sold out last year.",
                       "Are you open on Good Friday?")


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
    holidays(argv)
    return 0


def holidays(argv: list[str]) -> None:
    """The figures of the holiday family (see :data:`HOLIDAY_DAYS`)."""
    rows = [(fill(f, t, d), expected(f, iso)) for f in HOLIDAY_FRAMES for t in THINGS[:4]
            for d, iso in HOLIDAY_DAYS]
    misses = [(s, iso) for s, iso in rows if due(s) != [iso]]
    print(f"holidays, tuned: {len(rows) - len(misses)} of {len(rows)} read the day")
    if "-v" in argv:
        for m, iso in misses[:12]:
            print(f"      {m} -> {due(m)} (want {iso})")
    held = sum(due(fill(f, t, d)) == [expected(f, iso)] for f in HOLIDAY_FRAMES
               for t in THINGS[:4] for d, iso in HELD_HOLIDAY_DAYS)
    print(f"holidays, held-out: {held} of {len(HOLIDAY_FRAMES) * 4 * len(HELD_HOLIDAY_DAYS)} "
          "read the day (never printed)")
    wrong = [s for s in HOLIDAY_LOOK_ALIKES if due(s)]
    print(f"holidays, look-alikes read as due: {len(wrong)} of {len(HOLIDAY_LOOK_ALIKES)}")
    if "-v" in argv:
        for w in wrong:
            print(f"      {w} -> {due(w)}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
