"""How many house rules said as plain facts intake reads as requirements.

"We only print on recycled stock", "headlines are always in sentence case", "the logo goes
top left on everything": no "must", yet a rule for every piece. Written before the first run
(2026-12-06): twenty tuned sentences, ten held out (counted, never printed, never tuned on),
and twelve look-alikes (habits of people, the past, the business's hours) that set no rule.

Run: .venv/bin/python benchmarks/house_rules.py [-v]   (-v prints the tuned misses)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.parsers.statements import extract_statements

TUNED = (
    "We only print on recycled stock.", "Our logo only ever appears in white.",
    "Photos are always shot in natural light.", "Headlines are always in sentence case.",
    "The logo goes top left on everything.", "Our tone is warm, never salesy.",
    "We use sentence case for all headlines.", "Prices are always shown without VAT.",
    "Our brand colour is teal and nothing else.", "Every post ends with our hashtag.",
    "We never show the product without its box.",
    "The disclaimer sits under the price on every ad.", "All our videos are captioned.",
    "We always credit the photographer.", "Copy is written in British English throughout.",
    "The mascot never appears on packaging.", "We only use our own photography.",
    "Our emails always go out from the CEO's name.", "Menus list allergens next to each dish.",
    "Nothing goes out without Jen's sign-off.",
)
HELD_OUT = (
    "Our labels always carry the lot number.", "We never use the old green.",
    "The tagline only appears in English.", "All copy is checked by legal first.",
    "Every flyer carries the store address.", "We always show prices in both euros and pounds.",
    "Our posts never mention competitors.", "Photos of staff are always in uniform.",
    "The logo is only ever used on white.", "We use the full company name on all documents.",
)
LOOK_ALIKES = (
    "We always love working with you.", "The logo was always a bit small.",
    "We never got the second proof.", "Our team only works Mondays.",
    "Photos were shot in natural light last year.", "The printer always runs late in December.",
    "We only need one more round.", "Every time we call, nobody answers.",
    "Our CEO always reads the newsletter.", "I never liked the old logo.",
    "All our stores are closed on Sunday.", "The launch is always stressful.",
)


def is_rule(sentence: str) -> bool:
    return bool(extract_statements(sentence)[1])


def main(argv: list[str]) -> int:
    misses = [s for s in TUNED if not is_rule(s)]
    print(f"tuned: {len(TUNED) - len(misses)} of {len(TUNED)} read as rules")
    if "-v" in argv:
        for m in misses:
            print(f"    {m}")
    print(f"held-out: {sum(map(is_rule, HELD_OUT))} of {len(HELD_OUT)} read as rules "
          "(never printed)")
    wrong = [s for s in LOOK_ALIKES if is_rule(s)]
    print(f"look-alikes read as rules: {len(wrong)} of {len(LOOK_ALIKES)}")
    if "-v" in argv:
        for w in wrong:
            print(f"    {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
