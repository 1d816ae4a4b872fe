"""Quarantine: messages a stage could not handle, kept whole so they can be replayed.

Input: quarantine rows (written by the pipeline). Output: listings for the CLI
and replays through the same pipeline; a successful replay marks the row
resolved and links the stored message.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from intake.errors import NotFound
from intake.pipeline import Outcome, Pipeline
from intake.sources import MailLocation, RawMail
from intake.storage import unit_of_work
from models import QuarantinedMail


@dataclass(frozen=True, slots=True)
class ReplayResult:
    quarantine_id: int
    outcome: Outcome


def list_quarantine(session: Session, *, include_resolved: bool = False) -> list[QuarantinedMail]:
    query = select(QuarantinedMail).order_by(QuarantinedMail.id)
    if not include_resolved:
        query = query.where(QuarantinedMail.resolved_at.is_(None))
    return list(session.execute(query).scalars())


def get_quarantined(session: Session, quarantine_id: int) -> QuarantinedMail:
    row = session.get(QuarantinedMail, quarantine_id)
    if row is None:
        raise NotFound(f"no quarantined message with ID {quarantine_id}")
    return row


def replay(
    factory: sessionmaker[Session], pipeline: Pipeline, quarantine_id: int | None = None
) -> list[ReplayResult]:
    """Run one quarantined message (or every unresolved one) through the pipeline again.

    Each replay is its own transaction: one that fails again stays quarantined
    with its attempt counted and the new error, and the others still go on.
    """
    with factory() as session:
        if quarantine_id is not None:
            ids = [get_quarantined(session, quarantine_id).id]
        else:
            ids = [row.id for row in list_quarantine(session)]
    results = []
    for row_id in ids:
        with unit_of_work(factory) as session:
            row = get_quarantined(session, row_id)
            if row.resolved_at is not None:
                results.append(ReplayResult(row_id, Outcome("known", message_pk=row.message_pk)))
                continue
            raw = RawMail(
                location=MailLocation(
                    mailbox=row.mailbox,
                    folder=row.folder,
                    uidvalidity=row.uidvalidity,
                    uid=row.uid,
                    key=row.key,
                ),
                raw=row.raw,
            )
            results.append(ReplayResult(row_id, pipeline.process(session, raw, replaying=row)))
    return results
