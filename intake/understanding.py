"""Understanding: runs extraction for the pipeline and turns its findings into rows.

Input: a parsed message and its classification. Output: an
:class:`Extraction` read in the sender's locale (the client's time zone,
day-first dates, home currency; the agency's time zone otherwise), and
:class:`models.Mention` rows for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from intake.classify import Classification
from intake.config import AgencyConfig
from intake.parsers.mentions import DueDate, Evidence, Extraction, Money, Statement
from intake.parsers.types import ParsedMail
from models import Mention


@dataclass(frozen=True, slots=True)
class Extractor:
    """The pipeline's extract stage, configured once per process."""

    agency: AgencyConfig
    model: str | None = None

    def __call__(
        self, mail: ParsedMail, verdict: Classification, *, received_at: datetime | None = None
    ) -> Extraction:
        from intake.parsers.extract import extract_message  # spaCy loads on first use only

        client = verdict.client
        return extract_message(
            mail,
            timezone=(client.timezone if client and client.timezone else self.agency.timezone),
            day_first=client.day_first if client else False,
            default_currency=client.currency if client else "USD",
            model=self.model,
            received_at=received_at,
        )


def mention_rows(extraction: Extraction, *, message_pk: int, now: datetime) -> Iterator[Mention]:
    """One row per finding, with its words, sentence, offsets and confidence."""
    for due in extraction.due_dates:
        yield _date_row("due_date", due, message_pk, now)
    for replaced in extraction.replaced_dates:
        yield _date_row("replaced_date", replaced, message_pk, now)
    for money in extraction.money:
        yield _money_row(money, message_pk, now)
    for kind, statements in (
        ("change_request", extraction.change_requests),
        ("requirement", extraction.requirements),
        ("objective", extraction.objectives),
    ):
        for statement in statements:
            yield _statement_row(kind, statement, message_pk, now)


def _base(kind: str, evidence: Evidence, message_pk: int, now: datetime) -> Mention:
    return Mention(
        message_pk=message_pk,
        kind=kind,
        words=evidence.words,
        sentence=evidence.sentence,
        start=evidence.start,
        end=evidence.end,
        confidence=evidence.confidence,
        extra={},
        created_at=now,
    )


def _date_row(kind: str, due: DueDate, message_pk: int, now: datetime) -> Mention:
    row = _base(kind, due.evidence, message_pk, now)
    row.due, row.replaces, row.what = due.date, due.replaces, due.what
    return row


def _money_row(money: Money, message_pk: int, now: datetime) -> Mention:
    row = _base("budget" if money.is_budget else "money", money.evidence, message_pk, now)
    row.amount, row.low, row.high = money.amount, money.low, money.high
    row.currency, row.money_kind = money.currency, money.kind
    return row


def _statement_row(kind: str, statement: Statement, message_pk: int, now: datetime) -> Mention:
    row = _base(kind, statement.evidence, message_pk, now)
    row.action = statement.action
    return row
