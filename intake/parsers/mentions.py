"""What extraction finds in a client's words: frozen values, each tied to its source sentence.

Every mention keeps the exact words matched, the sentence around them, the
character offsets of the words in the analysed text, and a confidence in
[0, 1], so drafts can quote the client and the AE can check the machine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TypeVar


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a mention came from: ``text[start:end]`` of the analysed text is ``words``."""

    words: str
    sentence: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class DueDate:
    """A date by which something must happen, resolved to the calendar.

    ``replaces`` is the earlier date a move supersedes ("move the launch from
    March 3 to March 10": date=March 10, replaces=March 3). ``what`` names the
    deliverable when the sentence says it ("the launch", "first round").
    """

    date: dt.date
    evidence: Evidence
    replaces: dt.date | None = None
    what: str | None = None


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money.

    ``kind``: ``budget`` (an amount to spend), ``cap`` (a limit: "no more than",
    "up to", "max of"), ``range`` (``low``..``high``; ``amount`` is ``high``),
    or a non-budget kind such as ``invoice``, ``price``, ``fee`` or ``other``.
    ``currency`` is an ISO 4217 code. ``amount`` is exact (Decimal).
    """

    amount: Decimal
    currency: str
    kind: str
    evidence: Evidence
    low: Decimal | None = None
    high: Decimal | None = None

    @property
    def is_budget(self) -> bool:
        return self.kind in ("budget", "cap", "range")


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence-level finding: a change request, a special requirement or an objective.

    ``kind``: ``change_request``, ``requirement`` or ``objective``. For change
    requests ``action`` is one of ``edit``, ``swap``, ``add``, ``remove``,
    ``hold``, ``cancel``, ``move_date`` or ``other``.
    """

    kind: str
    evidence: Evidence
    action: str | None = None

    @property
    def text(self) -> str:
        return self.evidence.sentence


_M = TypeVar("_M", "DueDate", "Money", "Statement")


@dataclass(frozen=True, slots=True)
class Extraction:
    """All mentions found in one message's own words."""

    due_dates: tuple[DueDate, ...] = ()
    replaced_dates: tuple[DueDate, ...] = ()
    money: tuple[Money, ...] = ()
    #: Days the client promises their own part ("I'll send the logo files on Monday").
    promised_dates: tuple[DueDate, ...] = ()
    change_requests: tuple[Statement, ...] = ()
    requirements: tuple[Statement, ...] = ()
    objectives: tuple[Statement, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def budgets(self) -> tuple[Money, ...]:
        return tuple(m for m in self.money if m.is_budget)

    def with_evidence(self, change: Callable[[Evidence], Evidence]) -> Extraction:
        """Every mention with its evidence passed through ``change``: what was found in a
        text rewritten for reading (apostrophes put back, capitals folded) told in the
        writer's own text."""
        def each(items: tuple[_M, ...]) -> tuple[_M, ...]:
            return tuple(replace(item, evidence=change(item.evidence)) for item in items)

        return replace(
            self,
            due_dates=each(self.due_dates),
            replaced_dates=each(self.replaced_dates),
            promised_dates=each(self.promised_dates),
            money=each(self.money),
            change_requests=each(self.change_requests),
            requirements=each(self.requirements),
            objectives=each(self.objectives),
        )


def same_sentence(sentence: str) -> str:
    """A sentence as the date and statement rules both quote it: a bullet's "- ", a numbered
    item's "3. " and a hard wrap's spaces are one reader's cut and not another's."""
    return _ITEM_NUMBER.sub("", " ".join(sentence.split()).lstrip("-*•·–— ").rstrip())


_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+")
