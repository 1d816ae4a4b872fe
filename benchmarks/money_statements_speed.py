"""Speed of money and statement extraction: prints ms per message and ms per KB.

Input: built-in realistic client text (a 3 KB brief, the same kinds of
paragraphs repeated to 100 KB) and adversarial bodies (one 100 KB line,
digit runs, "$" storms). Output: figures on stdout; nothing is asserted.

    .venv/bin/python benchmarks/money_statements_speed.py

Tokenising (``analyse``) is timed apart: the pipeline does it once per
message for all extractors, so the budget for this part is extraction only.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from intake.parsers.money import extract_money
from intake.parsers.nlp import analyse
from intake.parsers.statements import extract_statements

BRIEF = """Hi Sam,

Following our call last Thursday, here's the short version of the brief for the
summer campaign. We want to grow trial subscriptions by 20% over the summer,
mostly with first-time buyers in the 25-34 bracket. The second goal is to win
back lapsed subscribers who cancelled in the last 12 months.

Budget is $75k for paid social and another $20k for influencer seeding. We'd
like to see concepts by April 24 and launch on June 1. Production is capped at
$25,000, and the printer quoted $1.85 per poster for 250 copies on 100lb gloss.

A couple of must-haves: every claim about calories or nutrition has to be
cleared by our registered dietitian before anything goes live. All creative
needs to follow the new 2026 brand guidelines (I'll send the PDF separately).

A few edits on the last round:
- Swap the hero photo for the sourdough shot from the February shoot
- Change "Fresh every morning" to "Baked fresh every morning"
- Remove the QR code from the small 11x17 version
- Make the store hours text larger, it's hard to read at 8pt

Also, could we push the radio flight back a week? The podcast ads are on hold
until the host situation is sorted; please don't book anything there. We'd also
need a French version of the landing page for Montreal, and the French copy
must be reviewed by our Quebec office.

Invoice #4471 for $5,400 is attached; our PO 4500123 covers it. Our box price
is $59.99 per week, in case you need it for the offer mechanics.

Thanks so much, and have a great weekend!

Cheers,
Marcus
"""


def _time(fn: Callable[[], object], *, repeat: int) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def _report(name: str, text: str, *, repeat: int) -> None:
    kb = len(text.encode()) / 1024
    variants = iter(range(1, 10_000))  # a new string each run: analyse caches recent Docs
    tok = _time(lambda: analyse(text + " " * next(variants)), repeat=max(1, repeat // 4))
    doc = analyse(text)
    money = _time(lambda: extract_money(doc), repeat=repeat)
    statements = _time(lambda: extract_statements(doc), repeat=repeat)
    both = money + statements
    found = len(extract_money(doc)), *(len(x) for x in extract_statements(doc))
    print(
        f"{name:28s} {kb:7.1f} KB  analyse {tok:8.2f} ms | money {money:7.2f} ms"
        f"  statements {statements:7.2f} ms  together {both:7.2f} ms = {both / kb:5.2f} ms/KB"
        f"  (money, changes, requirements, objectives found: {found})"
    )


def main() -> None:
    paragraphs = BRIEF.split("\n\n")
    big = ""
    i = 0
    while len(big) < 100 * 1024:
        big += paragraphs[i % len(paragraphs)] + "\n\n"
        i += 1
    _report("brief (3 KB)", BRIEF * 2, repeat=50)
    _report("brief repeated (100 KB)", big, repeat=5)
    kb100 = 100 * 1024
    _report("one 100 KB line", BRIEF.replace("\n", " ") * 35, repeat=3)
    _report("digit runs (100 KB)", ("1 234 567 890 12,345,678.90 " * 3600)[:kb100], repeat=3)
    _report("dollar storm (100 KB)", ("$ $1 $1, $1,0 $1,00 US$ CA$1k " * 3500)[:kb100], repeat=3)
    _report("no punctuation (100 KB)", ("please change the thing and " * 3700)[:kb100], repeat=3)


if __name__ == "__main__":
    main()
