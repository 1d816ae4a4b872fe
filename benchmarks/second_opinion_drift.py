"""Prints what the second opinion reads on tune splits it was not trained on, trained two ways.

The model is trained on the non-blind labelled set minus a holdout of tune splits (``HOLD``,
"60-80" by default: tune60 to tune80), (A) on every mail's sentences with every label (as
shipped until the thirtieth session), (B) on the sentences of replies only (the model reads
changes in replies alone), (C) on every mail's with the change label missing outside replies
(spaCy masks a missing label: as shipped since); the holdout's change
requests and requirements are then scored through the whole pipeline. No blind mail is read
or scored: a way to choose how the model is trained without tuning on the blind splits.

Run: HOLD=60-80 .venv/bin/python benchmarks/second_opinion_drift.py A|B|C
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake.parsers.evaluation import (  # noqa: E402
    AGENCY_DOMAINS,
    Case,
    is_blind,
    load_set,
    predicted_from_extraction,
    score_field,
    split_of,
)
from intake.parsers.extract import (  # noqa: E402
    answers_earlier_mail,
    extract_message,
    message_source,
)
from intake.parsers.mime import parse_message  # noqa: E402
from intake.parsers.statements import second_opinion  # noqa: E402
from intake.parsers.statements.textcat_training import labelled, train  # noqa: E402

SET = ROOT / "tests" / "data" / "extraction"
FIELDS = ("change_requests", "requirements")


def examples_of(cases: list[Case], mode: str) -> list:
    """A: every mail's sentences; B: replies' only; C: every mail's, the change label left
    missing (masked in the loss) outside replies."""
    out = []
    for case in cases:
        source = message_source(parse_message(case.raw))
        reply = answers_earlier_mail(source)
        if mode == "B" and not reply:
            continue
        for text, cats in labelled(case, source.text):
            if mode == "C" and not reply:
                cats = {k: v for k, v in cats.items() if k != "CHANGE"}
            out.append((text, cats))
    return out


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "A"
    low, high = (int(x) for x in os.environ.get("HOLD", "60-80").split("-"))
    held = {f"tune{n}" for n in range(low, high + 1)}
    cases = [c for c in load_set(SET) if not c.auto_reply and not is_blind(split_of(c))]
    hold = [c for c in cases if split_of(c) in held]
    rest = [c for c in cases if split_of(c) not in held]
    examples = examples_of(rest, mode)
    nlp = train(examples)
    with tempfile.TemporaryDirectory() as target:
        nlp.get_pipe("textcat_multilabel").to_disk(target, exclude=["vocab"])
        second_opinion.MODEL_DIR = Path(target)
        second_opinion.model.cache_clear()
        tally = {f: [0, 0, 0] for f in FIELDS}
        for case in hold:
            predicted = predicted_from_extraction(extract_message(
                parse_message(case.raw), timezone=case.timezone, day_first=case.day_first,
                default_currency=case.default_currency, agency_domains=AGENCY_DOMAINS))
            for name in FIELDS:
                tp, missed, spurious = score_field(name, case.expected, predicted)
                tally[name][0] += tp
                tally[name][1] += len(spurious)
                tally[name][2] += len(missed)
    for name, (tp, fp, fn) in tally.items():
        print(f"{mode} trained on {len(examples)} sentences; held out tune{low}-tune{high} "
              f"({len(hold)} mails): {name} {tp}/{fp}/{fn} F1 {2 * tp / (2 * tp + fp + fn):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
