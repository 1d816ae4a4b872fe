"""Prints the cost of tokenising (``nlp.analyse``) and due-date extraction per KB.

Input: two built-in client-mail texts, "typical" (about 2 dates per KB) and
"dense" (a date in nearly every sentence, a worst case), each repeated to
1 KB ... 100 KB. Output, on stdout: CPU milliseconds per message and per KB
for each stage, so a pattern that grows faster than the text shows up as a
rising ms/KB. CPU time (``time.process_time``) is used so other processes on
a shared machine disturb the figures less.

Run with ``.venv/bin/python benchmarks/dates.py``.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from intake.parsers.dates import extract_due_dates
from intake.parsers.nlp import analyse

TYPICAL = (
    "Hi Sam,\n\nThanks for sending over the first round of concepts, the team here really liked "
    "the direction of option B, especially the photography and the warmer colour palette. A few "
    "thoughts from our side before we go further.\n\nCould we swap the tagline for something a "
    "bit punchier? Our CEO felt that the current line is too close to what a competitor used "
    "last year. We would also like to see a version of the hero banner with the product on the "
    "left rather than the right, and the logo needs to be at least 20% larger on the mobile "
    "layouts.\n\nOn timing: legal has to sign off on all the copy before anything goes out, so "
    "we need the revised files by March 3 at the latest. The campaign still needs to go live on "
    "the 20th, and the printed point-of-sale material has to reach the stores within 7 working "
    "days of approval.\n\nBudget stays at $18,500 for this phase, including the social "
    "cut-downs.\n- 300x250 and 728x90 banners\n- two 15-second social videos\n- the in-store "
    "poster in A1 and A3\n\nCan we have a quick call on Tuesday at 3pm to walk through the "
    "changes? Let me know if anything is unclear.\n\nBest regards,\nAnna\n"
)
DENSE = (
    "Hi Sam,\n\nThanks for the deck yesterday. Could we swap the tagline for the one from the "
    "spring campaign? We need the final files by March 3, and the banners no later than 2/14. "
    "As we said on Tuesday, the launch is now March 10 instead of March 3. Can we do a call on "
    "Friday at 3pm? Budget stays at $18,500.\n- banner 300x250 due COB Wednesday\n"
    "- social cut-downs within 7 working days\n\nBest,\nAnna\n"
)
SENT = datetime(2026, 11, 26, 15, tzinfo=UTC)
SIZES = ((1_000, 300), (3_000, 200), (5_000, 100), (30_000, 20), (100_000, 6))


def measure(text: str, runs: int) -> tuple[float, float]:
    """CPU ms for analyse and for extract_due_dates, best of ``runs`` (fresh text each run)."""
    best_analyse = best_dates = float("inf")
    for i in range(runs):
        body = f"{text}\nref {i}"  # analyse() caches recent texts: make each one new
        t0 = time.process_time()
        doc = analyse(body)
        t1 = time.process_time()
        extract_due_dates(doc, sent_at=SENT, timezone="America/New_York")
        t2 = time.process_time()
        best_analyse = min(best_analyse, t1 - t0)
        best_dates = min(best_dates, t2 - t1)
    return best_analyse * 1000, best_dates * 1000


def main() -> None:
    for name, body in (("typical", TYPICAL), ("dense", DENSE)):
        print(f"{name} client mail, repeated to size (CPU ms, best run):")
        for size, runs in SIZES:
            text = (body * (size // len(body) + 1))[:size]
            analyse_ms, dates_ms = measure(text, runs)
            kb = size / 1000
            print(
                f"  {size:>7,} chars: analyse {analyse_ms:7.2f} ms ({analyse_ms / kb:.2f} ms/KB)"
                f"   due dates {dates_ms:7.2f} ms ({dates_ms / kb:.2f} ms/KB)"
            )


if __name__ == "__main__":
    main()
