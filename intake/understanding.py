"""Understanding: runs extraction for the pipeline and turns its findings into rows.

Input: a parsed message and its classification. Output: an
:class:`Extraction` read in the sender's locale (the client's time zone,
day-first dates, home currency; the agency's time zone otherwise), and the
column values of its ``mentions`` rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

from intake.classify import Classification
from intake.config import AgencyConfig
from intake.parsers.mentions import Evidence, Extraction
from intake.parsers.types import ParsedMail


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
            timezone=(client.timezone if client and client.timezone else zone_of_date_header(
                _written_at(mail), self.agency.timezone)),
            day_first=client.day_first if client else False,
            default_currency=client.currency if client else "USD",
            language=client.language if client else None,
            model=self.model,
            received_at=received_at,
            agency_domains=self.agency.domains,
        )


def _written_at(mail: ParsedMail) -> datetime | None:
    """The Date header as written, with the writer's own UTC offset (the parsed date is in
    UTC); None for a forward, whose original's offset the forward header rarely keeps."""
    raw = mail.header("date")
    if mail.forwards or not raw:
        return None
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def zone_of_date_header(sent: datetime | None, fallback: str) -> str:
    """The zone a client without a configured one wrote in, by its Date header's offset.

    "Tue, 1 Dec 2026 10:15 +0900" was written on a Tuesday in Tokyo, whatever the
    day in the agency's zone: "tomorrow" is a Wednesday. Only a whole-hour offset that
    is not UTC counts (IANA's ``Etc/GMT-9`` zones; many servers stamp +0000 whatever
    the writer's zone), and one equal to the agency's own keeps the agency's zone.
    """
    offset = sent.utcoffset() if sent is not None and sent.tzinfo is not None else None
    if not offset or offset.total_seconds() % 3600:
        return fallback
    hours = int(offset.total_seconds() // 3600)
    if sent is not None and sent.astimezone(ZoneInfo(fallback)).utcoffset() == offset:
        return fallback
    return f"Etc/GMT{-hours:+d}" if -14 <= -hours <= 12 else fallback


def mention_values(extraction: Extraction, *, message_pk: int,
                   now: datetime) -> Iterator[dict[str, Any]]:
    """One row per finding, with its words, sentence, offsets and confidence, as column values
    for one Core ``executemany`` (a batch holds thousands: ORM objects would cost more memory
    than the mail itself). Every row has every column, as ``executemany`` wants."""
    for due in extraction.due_dates:
        yield _row("due_date", due.evidence, message_pk, now,
                   due=due.date, replaces=due.replaces, what=due.what)
    for promised in extraction.promised_dates:  # the client's to do, not the work's due
        yield _row("promised_date", promised.evidence, message_pk, now,
                   due=promised.date, what=promised.what)
    for replaced in extraction.replaced_dates:
        yield _row("replaced_date", replaced.evidence, message_pk, now,
                   due=replaced.date, replaces=replaced.replaces, what=replaced.what)
    for money in extraction.money:
        yield _row("budget" if money.is_budget else "money", money.evidence, message_pk, now,
                   amount=money.amount, low=money.low, high=money.high,
                   currency=money.currency, money_kind=money.kind)
    for kind, statements in (
        ("change_request", extraction.change_requests),
        ("requirement", extraction.requirements),
        ("objective", extraction.objectives),
    ):
        for statement in statements:
            yield _row(kind, statement.evidence, message_pk, now, action=statement.action)


_EMPTY = dict.fromkeys(("due", "replaces", "what", "amount", "low", "high", "currency",
                        "money_kind", "action"))


def _row(kind: str, evidence: Evidence, message_pk: int, now: datetime,
         **facts: Any) -> dict[str, Any]:
    return {
        **_EMPTY,
        **facts,
        "message_pk": message_pk,
        "kind": kind,
        "words": evidence.words,
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "confidence": evidence.confidence,
        "extra": {},
        "created_at": now,
    }
