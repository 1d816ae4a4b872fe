"""Prints whether a statistical second opinion (spaCy ``textcat_multilabel``) helps the rules.

Issue 12 asks to consider one where the rules plateau, and to keep it only if it raises
the blind score. This is that experiment, kept so that it can be run again when the
labelled set grows:

1. every sentence of the labelled mails outside the blind splits (``first`` and the
   ``tune`` splits), cut by intake's own sentence splitter, is labelled CHANGE,
   REQUIREMENT and OBJECTIVE when it holds a labelled phrase of that field
   (:mod:`intake.parsers.statements.textcat_training`);
2. a bag-of-words ``textcat_multilabel`` (``spacy.TextCatBOW.v3``, unigrams and bigrams;
   no vectors, nothing downloaded) is trained on them on a blank English pipeline
   (``--seed``);
3. on every blind split the rules alone are scored beside two ways of combining:
   ``veto`` (a rule's finding of any field is dropped when the model gives its field
   under ``--veto``) and ``union`` (a sentence the model gives over ``--add`` is added),
   and beside what intake ships (``shipped``: the rules with the shipped model's veto of
   requirements whose clause holds a date or an amount,
   :mod:`intake.parsers.statements.second_opinion`).

Run: ``.venv/bin/python benchmarks/textcat.py [--epochs 20] [--veto 0.1] [--add 0.9]
[--seed 7] [--show] [--score blind9 blind10 ...]``.
Prints F1 (P/R) per field, how many of the unit tests' real asks the veto would drop
(a second held-out check), and the model's cost per mail. Result of 2026-12-04 (veto
at 0.1 chosen before the first run): the blind F1 of change requests and
requirements rose (precision; 4 findings), but the veto dropped real asks written for
the unit tests ("Swap slides 4 and 5.") and objectives: not kept in intake. Result of
2026-12-06 on thirteen blind splits (260 mails): the plain veto lowered change requests and
objectives again and raised requirements (0.864 -> 0.886-0.893 over three seeds) but
dropped short real rules of the unit tests; what ships is narrower (see its module and
docs/performance.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake.parsers.evaluation import (  # noqa: E402
    AGENCY_DOMAINS,
    SPLITS,
    Case,
    Predicted,
    is_blind,
    load_set,
    match_phrases,
    predicted_from_extraction,
    score,
    split_of,
)
from intake.parsers.extract import extract_message, message_source  # noqa: E402
from intake.parsers.mime import parse_message  # noqa: E402
from intake.parsers.statements import second_opinion  # noqa: E402
from intake.parsers.statements.textcat_training import (  # noqa: E402
    FIELDS,
    sentences,
    train,
    training_examples,
)
from tests.unit.test_statements import CHANGES, REQUIREMENTS  # noqa: E402

BLIND = tuple(name for name, _lo, _hi in SPLITS if is_blind(name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--veto", type=float, default=0.1)
    parser.add_argument("--add", type=float, default=0.9)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", action="store_true", help="print what the veto changed")
    parser.add_argument("--score", nargs="*", default=list(BLIND),
                        help="blind splits to score (default: every blind split)")
    args = parser.parse_args()
    cases = [c for c in load_set(ROOT / "tests" / "data" / "extraction") if not c.auto_reply]
    mails = {c.name: parse_message(c.raw) for c in cases}
    texts = {c.name: message_source(mails[c.name]).text for c in cases}
    training = training_examples(cases)
    positive = sum(1 for _t, cats in training if any(cats.values()))
    start = time.perf_counter()
    model = train(training, epochs=args.epochs, seed=args.seed)
    print(f"textcat: {len(training)} training sentences ({positive} with a label) from the "
          f"non-blind splits, {args.epochs} epochs in {time.perf_counter() - start:.1f} s")

    def read(case: Case) -> Predicted:
        return predicted_from_extraction(extract_message(
            mails[case.name], timezone=case.timezone, day_first=case.day_first,
            default_currency=case.default_currency, agency_domains=AGENCY_DOMAINS))

    shipped = {case.name: read(case) for case in cases}  # with the shipped second opinion
    veto_below, second_opinion.VETO_BELOW = second_opinion.VETO_BELOW, 0.0
    rules = {case.name: read(case) for case in cases}  # the rules alone
    second_opinion.VETO_BELOW = veto_below

    def scores(case: Case) -> list[tuple[str, dict[str, float]]]:
        found = sentences(texts[case.name])
        return [(s, doc.cats) for s, doc in zip(found, model.pipe(found), strict=True)]

    def veto(case: Case) -> Predicted:
        cats = dict(scores(case))
        kept = {}
        for name, label in FIELDS.items():
            ours = getattr(rules[case.name], name)
            kept[name] = tuple(s for s in ours if _cat(cats, s, label) >= args.veto)
        return replace(rules[case.name], **kept)

    def union(case: Case) -> Predicted:
        added = {}
        for name, label in FIELDS.items():
            ours = list(getattr(rules[case.name], name))
            for sentence, cats in scores(case):
                if cats[label] >= args.add and not match_phrases([sentence], ours):
                    ours.append(sentence)
            added[name] = tuple(ours)
        return replace(rules[case.name], **added)

    blind = [c for c in cases if split_of(c) in args.score]
    print(f"\nblind splits ({', '.join(args.score)}: {len(blind)} messages), F1 (P/R)")
    print(f"  {'field':16} {'rules':>18} {'veto < ' + str(args.veto):>18} "
          f"{'union > ' + str(args.add):>18} {'shipped':>18}")
    reports = [score(blind, lambda c: rules[c.name]), score(blind, veto), score(blind, union),
               score(blind, lambda c: shipped[c.name])]
    for name in FIELDS:
        cells = [r.tallies[name] for r in reports]
        print(f"  {name:16} " + " ".join(
            f"{t.f1:8.3f} ({t.precision:.2f}/{t.recall:.2f})" for t in cells))

    if args.show:
        before = {(m.case, m.field, m.kind, m.item) for m in reports[0].misses}
        after = {(m.case, m.field, m.kind, m.item) for m in reports[1].misses}
        print("\nwhat the veto changed (+ a new miss, - a miss gone):")
        for sign, items in (("-", before - after), ("+", after - before)):
            for case, fld, kind, item in sorted(items):
                print(f"  {sign} {case} {fld} {kind}: {item}")

    # A second held-out check: the hand-written sentences of tests/unit/test_statements.py
    # that the rules read as a change or a requirement (none of them in the labelled set).
    asks = [(s, "CHANGE") for s, _action in CHANGES] + [(s, "REQUIREMENT") for s in REQUIREMENTS]
    lost = [s for (s, label), doc in zip(asks, model.pipe([s for s, _l in asks]), strict=True)
            if doc.cats[label] < args.veto]
    print(f"\nunit-test asks ({len(asks)} real changes and requirements) the veto would drop: "
          f"{len(lost)}")
    for sentence in lost:
        print(f"  - {sentence}")

    sample = [texts[c.name] for c in cases][:200]
    t0 = time.process_time()
    for text in sample:
        list(model.pipe(sentences(text)))
    per_mail = (time.process_time() - t0) / len(sample) * 1000
    print(f"\ncost of the model: {per_mail:.2f} ms CPU per mail of the set (on top of the rules)")
    return 0


def _cat(cats: dict[str, dict[str, float]], sentence: str, label: str) -> float:
    """The model's score for the scored sentence that holds ``sentence`` (a rule's finding
    may be cut differently from the model's sentences): the best overlap."""
    flat = " ".join(sentence.split())
    best = 0.0
    for candidate, scores in cats.items():
        if flat in candidate or candidate in flat:
            best = max(best, scores[label])
    return best if best else 1.0  # not found among the model's sentences: no opinion


if __name__ == "__main__":
    raise SystemExit(main())
