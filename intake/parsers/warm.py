"""Importing this module builds the extraction pipeline once: spaCy's tokenizer, the date,
money and statement matchers, and the second opinion on requirements.

For the fork server of :mod:`intake.workers`: built there, before any worker is forked,
they are shared by every worker instead of built again in each. ``gc.freeze()`` then keeps
the collector from touching (and so copying) those shared pages.
"""

from __future__ import annotations

import gc
from datetime import UTC, datetime

from intake.parsers.extract import extract
from intake.parsers.statements.second_opinion import model

extract(
    "Hi, please move the launch to March 3 and keep the budget at $5,000. "
    "The logo must be bigger; our goal is 10% more sign-ups.",
    sent_at=datetime(2026, 1, 5, tzinfo=UTC),
    timezone="UTC",
)
model()  # the second opinion, whether or not the sentence above needed it
gc.collect()
gc.freeze()
