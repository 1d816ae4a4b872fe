"""Sync: reads new mail from a source into the database through the pipeline.

Input: a :class:`MailSource` and a :class:`Pipeline`. Output: a
:class:`SyncReport`, and per batch one committed transaction holding the
batch's messages and the folder's new checkpoint, so a crash between fetch
and commit loses nothing and stores nothing twice.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from intake.allocator import give_back
from intake.clock import Clock
from intake.config import ClientConfig
from intake.progress import SyncObserver
from intake.readahead import read_ahead
from intake.sources import FolderBatch, FolderCheckpoint, MailSource, RawMail
from models import Client, FolderState

if TYPE_CHECKING:
    from intake.pipeline import Outcome, Pipeline

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """Counts of what one sync did, per outcome status."""

    counts: Counter[str] = field(default_factory=Counter)
    batches: int = 0
    rescans: int = 0

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1

    def merge(self, other: SyncReport) -> None:
        self.counts.update(other.counts)
        self.batches += other.batches
        self.rescans += other.rescans

    @property
    def fetched(self) -> int:
        return sum(self.counts.values())


# A test seam: called after a batch is processed and before it commits.
BeforeCommit = Callable[[FolderBatch], None]


def load_checkpoint(session: Session, mailbox: str, folder: str) -> FolderCheckpoint | None:
    state = _state(session, mailbox, folder)
    if state is None:
        return None
    return FolderCheckpoint(uidvalidity=state.uidvalidity, last_uid=state.last_uid)


def save_checkpoint(
    session: Session, mailbox: str, folder: str, checkpoint: FolderCheckpoint, clock: Clock
) -> None:
    state = _state(session, mailbox, folder)
    if state is None:
        state = FolderState(mailbox=mailbox, folder=folder, uidvalidity=checkpoint.uidvalidity)
        session.add(state)
    if state.uidvalidity != checkpoint.uidvalidity:
        state.uidvalidity = checkpoint.uidvalidity
        state.last_uid = 0
    state.last_uid = max(state.last_uid or 0, checkpoint.last_uid)
    state.synced_at = clock.now()


def _state(session: Session, mailbox: str, folder: str) -> FolderState | None:
    return session.execute(
        select(FolderState).where(FolderState.mailbox == mailbox, FolderState.folder == folder)
    ).scalar()


def sync_source(
    source: MailSource,
    pipeline: Pipeline,
    factory: sessionmaker[Session],
    *,
    batch_size: int = 200,
    before_commit: BeforeCommit | None = None,
    stop: threading.Event | None = None,
    observer: SyncObserver | None = None,
    since: date | None = None,
) -> SyncReport:
    """Fetch and process every new message of every folder of ``source`` once.

    When ``stop`` is set (SIGTERM) the batches in hand are stored and committed with
    their checkpoint and no further batch is fetched: a first sync of years of mail
    ends within a batch or two, and the next run reads on from there. ``observer``
    hears of each folder and batch (progress display, metrics). ``since`` reads only
    mail delivered on or after that day (``intake backfill``).
    """
    report = SyncReport()
    for folder in source.folders:
        if stop is not None and stop.is_set():
            break
        with factory() as session:
            checkpoint = load_checkpoint(session, source.name, folder)
        batches = read_ahead(source.fetch_new(folder, checkpoint, batch_size=batch_size,
                                              **({"since": since} if since else {})))
        jobs = _jobs(source, folder, batches, report, pipeline.clock, before_commit, stop)
        if observer is not None:
            observer.folder_started(source.name, folder)
        pending: list[int] = []  # what each batch leaves to come, in order
        for outcomes in pipeline.run_batches(factory, _noting(jobs, pending)):
            for outcome in outcomes:
                report.add(outcome)
            give_back()
            if observer is not None:
                observer.batch_done(source.name, folder, [o.status for o in outcomes],
                                    pending.pop(0))
        if observer is not None:
            observer.folder_done(source.name, folder)
    if report.fetched:
        log.info("synced %s: %s", source.name, dict(report.counts))
    return report


def _noting(jobs: Iterator[tuple[list[RawMail], Callable[[Session], None], int]],
            pending: list[int]) -> Iterator[tuple[list[RawMail], Callable[[Session], None]]]:
    """The jobs for the pipeline, noting what each batch leaves to come (the pipeline takes
    the next batch before it stores the one before: a queue keeps them paired)."""
    for raws, finish, left in jobs:
        pending.append(left)
        yield raws, finish


def _jobs(source: MailSource, folder: str, batches: Iterator[FolderBatch], report: SyncReport,
          clock: Clock, before_commit: BeforeCommit | None,
          stop: threading.Event | None) -> Iterator[tuple[
              list[RawMail], Callable[[Session], None], int]]:
    """Each fetched batch with what commits with it: the folder's new checkpoint."""
    for batch in batches:
        if stop is not None and stop.is_set():
            log.info("%s/%s: stopping after the batches in hand", source.name, folder)
            close = getattr(batches, "close", None)
            if close is not None:
                close()  # the read-ahead thread stops fetching
            return
        report.batches += 1
        report.rescans += int(batch.rescan)

        def finish(session: Session, batch: FolderBatch = batch) -> None:
            if batch.checkpoint is not None:
                save_checkpoint(session, source.name, folder, batch.checkpoint, clock)
            if before_commit is not None:
                before_commit(batch)

        yield list(batch.messages), finish, batch.pending


def sync_clients(session: Session, clients: tuple[ClientConfig, ...]) -> dict[str, int]:
    """Mirror configured clients into the clients table; returns name -> id.

    New names go in with ``ON CONFLICT DO NOTHING``: workers that start together each
    mirror the same clients, and the second must not fail on the first one's rows."""
    known = set(session.scalars(select(Client.name)))
    new = [{"name": c.name, "domains": [], "contacts": []} for c in clients
           if c.name not in known]
    if new:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            session.execute(pg_insert(Client).values(new)
                            .on_conflict_do_nothing(index_elements=["name"]))
        elif dialect == "sqlite":
            session.execute(sqlite_insert(Client).values(new)
                            .on_conflict_do_nothing(index_elements=["name"]))
        else:
            session.add_all(Client(**values) for values in new)
    rows = {c.name: c for c in session.execute(select(Client)).scalars()}
    for config in clients:
        row = rows[config.name]
        row.domains = list(config.domains)
        row.contacts = list(config.contacts)
        row.timezone = config.timezone
    session.flush()
    return {name: row.id for name, row in rows.items()}
