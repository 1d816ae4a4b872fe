"""Training the second opinion (:mod:`.second_opinion`) on the labelled set's sentences.

Every sentence of the labelled mails outside the blind splits (``first`` and the
``tune`` splits), cut by intake's own sentence splitter, is labelled CHANGE,
REQUIREMENT and OBJECTIVE when it holds a labelled phrase of that field (the scorer's
own matching), and nothing when it holds none (CHANGE only in replies: see
:func:`training_examples`). The blind splits stay out, so that they
still measure the model. Used by ``scripts/train-second-opinion`` (which writes the
shipped model) and ``benchmarks/textcat.py`` (which measures it); never at run time.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any

from intake.parsers.evaluation import Case, is_blind, load_set, match_phrases, split_of
from intake.parsers.extract import answers_earlier_mail, message_source
from intake.parsers.mime import parse_message
from intake.parsers.nlp import sentence_starts
from intake.parsers.statements.second_opinion import LABELS, MODEL_DIR, blank_textcat

FIELDS = dict(zip(("change_requests", "requirements", "objectives"), LABELS, strict=True))
CHANGE = FIELDS["change_requests"]
SEED = 7
EPOCHS = 20
Example = tuple[str, dict[str, float]]


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as intake cuts them, whitespace folded."""
    cuts = [0, *sentence_starts(text), len(text)]
    return [s for a, b in pairwise(cuts) if (s := " ".join(text[a:b].split())) and len(s) > 3]


def labelled(case: Case, text: str) -> list[Example]:
    """Each sentence of ``text`` with the fields ``case`` labels in it."""
    found = sentences(text)
    cats = [dict.fromkeys(LABELS, 0.0) for _ in found]
    for name, label in FIELDS.items():
        for _phrase, j in match_phrases(case.expected.get(name, []), found):
            cats[j][label] = 1.0
    return list(zip(found, cats, strict=True))


def training_examples(cases: Iterable[Case]) -> list[Example]:
    """The sentences of every non-blind, non-auto-reply mail of ``cases``, labelled.

    The model reads changes in replies only (:mod:`.model_changes`), and the set labels a
    brief's requests no change (there is no agreed work yet): outside replies the CHANGE label
    is left missing, which spaCy masks in the loss, so briefs teach the rules and goals and
    not that a request is no change (on held-out tune splits, ``benchmarks/
    second_opinion_drift.py``, change requests 913 / 17 / 33 -> 918 / 19 / 28)."""
    out: list[Example] = []
    for case in cases:
        if case.auto_reply or is_blind(split_of(case)):
            continue
        source = message_source(parse_message(case.raw))
        reply = answers_earlier_mail(source)
        for text, cats in labelled(case, source.text):
            out.append((text, cats if reply else {k: v for k, v in cats.items()
                                                  if k != CHANGE}))
    return out


def fingerprint(examples: list[Example]) -> str:
    """A digest of the training sentences and labels: the shipped model's is compared
    with the labelled set's to tell when it needs training again."""
    blob = json.dumps(examples, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()


def train(examples: list[Example], *, epochs: int = EPOCHS, seed: int = SEED) -> Any:
    """A trained pipeline (see :func:`.second_opinion.blank_textcat`); seeded, so the same
    examples give the same model."""
    from spacy.training import Example as SpacyExample
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    nlp = blank_textcat()
    textcat = nlp.get_pipe("textcat_multilabel")
    for label in LABELS:
        textcat.add_label(label)
    data = [SpacyExample.from_dict(nlp.make_doc(text), {"cats": cats})
            for text, cats in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for start in range(0, len(data), 16):
            nlp.update(data[start:start + 16], sgd=optimizer, drop=0.2)
    return nlp


def write_model(labelled_set: Path, target: Path = MODEL_DIR) -> dict[str, Any]:
    """Train on ``labelled_set`` and write the component and ``training.json`` to
    ``target``; returns the training record."""
    examples = training_examples(load_set(labelled_set))
    nlp = train(examples)
    target.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("textcat_multilabel").to_disk(target, exclude=["vocab"])
    record = {
        "sentences": len(examples),
        "labelled": sum(1 for _s, cats in examples if any(cats.values())),
        "epochs": EPOCHS,
        "seed": SEED,
        "fingerprint": fingerprint(examples),
    }
    (target / "training.json").write_text(json.dumps(record, indent=2) + "\n",
                                          encoding="utf-8")
    return record
