"""The pipeline: fetched messages from raw bytes to stored, understood rows.

Input: :class:`RawMail` values (a batch from a source, or one for a replay).
Output: an :class:`Outcome` per message, and rows in the caller's transaction.

The pure stages (parse, classify, extract) run per message outside any
transaction. One writer (:meth:`Pipeline._write`) then stores a batch with a
few set-based queries and batched inserts, in one transaction together with
the folder checkpoint. When that fails for any reason, the same writer runs
again on one slot at a time, each inside its own SAVEPOINT, reusing the parse
and extraction already done: a failure rolls back that one message, which is
quarantined with its raw bytes, the stage and the error; the batch (and its
checkpoint) still commits and the poller goes on. ``intake quarantine
replay`` runs a quarantined message through the same writer
(:meth:`Pipeline.process`).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, insert, select
from sqlalchemy.orm import Session, defer, lazyload, sessionmaker

from intake.classify import Classification, Context
from intake.clock import Clock
from intake.errors import ProcessingError
from intake.fingerprint import fingerprint
from intake.sources import MailLocation, RawMail
from intake.stages import Extractor, PureStages, RemoteStageError, Work
from intake.storage import is_outage, outage, unit_of_work
from intake.tenancy import Owners
from intake.threads import IN_CHUNK, ThreadIndex, ThreadQuery
from intake.understanding import mention_values
from intake.workers import Pending, PoolUnavailable, WorkerPool
from models import (
    Mention,
    Message,
    MessageLocation,
    MessageReference,
    QuarantinedMail,
)

log = logging.getLogger(__name__)

STORED = "stored"
DUPLICATE = "duplicate"  # same content already stored: only the new location is added
KNOWN = "known"  # this exact copy was already recorded (or quarantined)
QUARANTINED = "quarantined"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one message."""

    status: str
    message_pk: int | None = None
    quarantine_id: int | None = None
    stage: str | None = None
    error: str | None = None


# What a slot of a batch does when it is written.
NEW = "new"  # content not stored yet: parse, classify, extract, store
COPY = "copy"  # the same content as an earlier NEW slot of this batch: add its location
STORED_COPY = "stored_copy"  # content already stored: add this location to it
# KNOWN (above): this very copy is recorded already, or its content waits in quarantine


@dataclass(slots=True)
class _Slot:
    """One fetched copy in a batch, its role, and (once written) its outcome."""

    raw: RawMail
    role: str
    work: Work
    same_as: Work | None = None  # COPY: the NEW work of the same content
    message_pk: int | None = None  # STORED_COPY, KNOWN: the stored message
    outcome: Outcome | None = None


def _plan(raws: Sequence[RawMail], digests: Sequence[str], known: _Known,
          prepared: dict[str, Work]) -> list[_Slot]:
    """The role of each copy, given what the database holds; ``prepared`` works (parsed and
    extracted by an earlier try of this batch) are reused, not parsed again."""
    slots: list[_Slot] = []
    first_of: dict[str, Work] = {}
    for raw, digest in zip(raws, digests, strict=True):
        if known.has_location(raw.location):
            slots.append(_Slot(raw, KNOWN, Work(raw, digest),
                               message_pk=known.location_pk(raw.location)))
        elif digest in known.messages:
            slots.append(_Slot(raw, STORED_COPY, Work(raw, digest),
                               message_pk=known.messages[digest]))
        elif digest in known.quarantined:
            slots.append(_Slot(raw, KNOWN, Work(raw, digest)))
        elif digest in first_of:
            slots.append(_Slot(raw, COPY, Work(raw, digest), same_as=first_of[digest]))
        else:
            work = prepared.get(digest) or Work(raw, digest)
            work.reset()
            first_of[digest] = work
            slots.append(_Slot(raw, NEW, work))
    return slots


def _target_of(slot: _Slot) -> Work | None:
    """The work whose stored message a NEW or COPY slot's location points at."""
    return slot.work if slot.role == NEW else slot.same_as


# Called with each stored message, in the message's transaction: where drafting
# and scheduling plug in. A failure quarantines the message.
AfterStore = Callable[[Session, Work], None]
# Called in the batch transaction just before it commits (checkpoint, test seams).
Finish = Callable[[Session], None]


@dataclass
class Pipeline:
    """The stages, in order, and what they need from the outside world."""

    context: Context
    clock: Clock
    client_ids: dict[str, int]
    extractor: Extractor | None = None
    after_store: tuple[AfterStore, ...] = field(default_factory=tuple)
    # Worker processes for the pure stages of large batches ([performance] workers); 1: none,
    # and none without an extractor (parsing alone costs less than shipping its result).
    workers: int = 1
    pool_threshold: int = 32
    owners: Owners | None = None  # who each message belongs to ([[aes]]); None: nobody

    @property
    def stages(self) -> PureStages:
        return PureStages(self.context, self.extractor)

    # -- batches -------------------------------------------------------------------------

    def run_batch(
        self,
        factory: sessionmaker[Session],
        raws: Sequence[RawMail],
        *,
        finish: Finish | None = None,
    ) -> list[Outcome]:
        """Store a batch in one transaction; on any failure write it again slot by slot, each
        in its own SAVEPOINT, reusing the parse and extraction already done."""
        return self._complete(factory, self._begin(factory, raws, None), finish)

    def run_batches(
        self,
        factory: sessionmaker[Session],
        batches: Iterable[tuple[Sequence[RawMail], Finish | None]],
    ) -> Iterator[list[Outcome]]:
        """Each batch as :meth:`run_batch` does, in order; with ``workers`` > 1 and a batch of
        ``pool_threshold`` messages or more, ``workers`` worker processes run the pure stages
        of the next batch while this process stores the current one. The pool lives as long
        as the loop."""
        pool: WorkerPool | None = None
        previous: tuple[_Begun, Finish | None] | None = None
        try:
            for raws, finish in batches:
                if (pool is None and self.workers > 1 and self.extractor is not None
                        and len(raws) >= self.pool_threshold):
                    pool = self._start_pool()
                if pool is None and previous is not None:
                    # Nothing runs beside this process: store the batch in hand before
                    # preparing the next, so one batch's parses and mentions are held, not two.
                    yield self._complete(factory, *previous)
                    previous = None
                begun = self._begin(factory, raws, pool)
                if previous is not None:
                    yield self._complete(factory, *previous)
                    begun.known = None  # the batch just stored may hold some of these
                previous = (begun, finish)
            if previous is not None:
                yield self._complete(factory, *previous)
        finally:
            if pool is not None:
                pool.close()

    def _start_pool(self) -> WorkerPool | None:
        pool = WorkerPool(self.stages, self.workers)
        try:
            pool.start()
        except PoolUnavailable as exc:
            log.error("%s; parsing in this process instead", exc)
            self.workers = 1  # not again for every batch
            return None
        return pool

    def _begin(self, factory: sessionmaker[Session], raws: Sequence[RawMail],
               pool: WorkerPool | None) -> _Begun:
        """Plan the batch and start its pure stages: in the pool, or here and now."""
        digests = [fingerprint(raw.raw) for raw in raws]
        with factory() as session:
            known = _Known.load(session, raws, set(digests))
        works = [s.work for s in _plan(raws, digests, known, {}) if s.role == NEW]
        pending = pool.submit(works, now=self.clock.now()) if pool is not None and works else None
        if pending is None:
            for work in works:
                self.prepare(work)
        return _Begun(raws, digests, {w.fingerprint: w for w in works}, known, pool, pending)

    def _complete(self, factory: sessionmaker[Session], begun: _Begun,
                  finish: Finish | None) -> list[Outcome]:
        """Write a begun batch with its checkpoint (see :meth:`run_batch`)."""
        if begun.pool is not None and begun.pending is not None:
            begun.pool.collect(begun.pending)
        raws, digests = begun.raws, begun.digests
        known = begun.known
        if known is None:
            with factory() as session:
                known = _Known.load(session, raws, set(digests))
        slots = self._planned(raws, digests, known, begun.prepared)
        try:
            with unit_of_work(factory) as session:
                self._write(session, slots)
                if finish is not None:
                    finish(session)
        except Exception as exc:  # a batch-level failure: isolate it slot by slot
            if is_outage(exc):  # not the mail's fault: keep nothing, move no checkpoint
                raise outage(exc) from exc
            log.warning("batch store failed (%s); storing message by message", exc)
            try:
                with unit_of_work(factory) as session:
                    # What the database holds may have moved (a replay, another process).
                    known = _Known.load(session, raws, set(digests))
                    slots = self._planned(raws, digests, known, begun.prepared)
                    for slot in slots:
                        self._write_one(session, slot)
                    if finish is not None:
                        finish(session)
            except Exception as again:
                if is_outage(again):
                    raise outage(again) from again
                raise
        return [slot.outcome for slot in slots if slot.outcome is not None]

    def _planned(self, raws: Sequence[RawMail], digests: Sequence[str], known: _Known,
                 prepared: dict[str, Work]) -> list[_Slot]:
        """The slots of a batch; a new message nobody prepared yet is prepared here."""
        slots = _plan(raws, digests, known, prepared)
        for slot in slots:
            if slot.role == NEW and not slot.work.prepared:
                self.prepare(slot.work)
        return slots

    def process(
        self, session: Session, raw: RawMail, *, replaying: QuarantinedMail | None = None
    ) -> Outcome:
        """One message, inside its own SAVEPOINT: a replay, or a test delivering one mail."""
        digest = fingerprint(raw.raw)
        known = _Known.load(session, [raw], {digest})
        if replaying is not None:
            known.quarantined.discard(digest)  # the row being replayed does not block it
        (slot,) = self._planned([raw], [digest], known, {})
        outcome = self._write_one(session, slot, replaying=replaying)
        if replaying is not None and outcome.status in (STORED, DUPLICATE):
            replaying.resolved_at = self.clock.now()
            replaying.message_pk = outcome.message_pk
        return outcome

    def prepare(self, work: Work) -> None:
        """Run the pure stages here; a failure is remembered with its stage, not raised."""
        self.stages.prepare(work, now=self.clock.now())

    # -- the one writer --------------------------------------------------------------------

    def _write_one(self, session: Session, slot: _Slot, *,
                   replaying: QuarantinedMail | None = None) -> Outcome:
        """The writer on a batch of one inside a SAVEPOINT; a failure rolls back that slot
        only and quarantines its raw bytes."""
        try:
            with session.begin_nested():
                self._write(session, [slot], replaying=replaying)
        except Exception as exc:  # the per-message boundary: never stop the poller
            if is_outage(exc):  # the database's trouble, not this message's: no quarantine
                raise outage(exc) from exc
            slot.work.reset()
            stage = "apply" if slot.role == NEW else "record"
            slot.outcome = self._quarantine(session, slot.work, stage, exc, replaying=replaying)
        assert slot.outcome is not None
        return slot.outcome

    def _write(self, session: Session, slots: Sequence[_Slot], *,
               replaying: QuarantinedMail | None = None) -> None:
        """Every row of ``slots`` with a few set-based queries and batched inserts: threads,
        messages, locations, references, mentions; then the hooks; then quarantine rows for
        messages a pure stage failed on. Sets each slot's outcome."""
        now = self.clock.now()
        new = [s.work for s in slots if s.role == NEW]
        good = [w for w in new if w.failure is None]
        threaded = [w for w in good if w.threaded]
        index = ThreadIndex(session, [self._thread_query(w) for w in threaded])
        started: set[int] = set()  # new threads (no ID before the flush), by object
        for work in threaded:
            work.thread = index.assign(self._thread_query(work))
            work.thread_opened = work.thread.id is None and id(work.thread) not in started
            started.add(id(work.thread))
        session.flush()  # new threads get their IDs
        if good:
            # Core INSERT ... RETURNING: the ORM unit of work would cost as much as parsing.
            table = cast(Table, Message.__table__)
            ids = session.connection().execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True),
                [self._message_values(w, now) for w in good],
            ).scalars().all()
            for work, pk in zip(good, ids, strict=True):
                work.message_pk = pk
        locations = []
        for slot in slots:
            target = _target_of(slot)
            if slot.role in (NEW, COPY) and target is not None and target.message_pk is not None:
                locations.append(self._location_values(target.message_pk, slot.raw, now))
                slot.outcome = Outcome(STORED if slot.role == NEW else DUPLICATE,
                                       message_pk=target.message_pk)
            elif slot.role == STORED_COPY:
                locations.append(self._location_values(slot.message_pk, slot.raw, now))
                slot.outcome = Outcome(DUPLICATE, message_pk=slot.message_pk)
            elif slot.role in (KNOWN, COPY):  # COPY here: its original was quarantined
                slot.outcome = Outcome(KNOWN, message_pk=slot.message_pk)
        if locations:
            session.connection().execute(insert(cast(Table, MessageLocation.__table__)), locations)
        references = [
            {"message_pk": w.message_pk, "ref": ref, "thread_id": w.thread.id}
            for w in threaded if w.thread is not None for ref in self._references(w)
        ]
        if references:
            session.connection().execute(insert(cast(Table, MessageReference.__table__)),
                                         references)
        mentions = [
            row for w in good if w.extraction is not None and w.message_pk is not None
            for row in mention_values(w.extraction, message_pk=w.message_pk, now=now)
        ]
        if mentions:
            session.connection().execute(insert(cast(Table, Mention.__table__)), mentions)
        if self.after_store and good:
            session.flush()
            loaded = _load_messages(session, [w.message_pk for w in good])
            # Hooks that can do better with the whole batch (one draft mail for several
            # client mails) hear where it begins and ends; a batch of one is no batch.
            batched: list[Any] = [h for h in self.after_store if hasattr(h, "begin_batch")] \
                if len(good) > 1 else []
            for hook in batched:
                hook.begin_batch()
            try:
                for work in good:
                    work.message = loaded[work.message_pk]
                    for hook in self.after_store:
                        hook(session, work)
                for hook in batched:
                    hook.end_batch(session)
            finally:
                for hook in batched:
                    getattr(hook, "abandon_batch", lambda: None)()
        for slot in slots:
            if slot.role == NEW and slot.work.failure is not None:
                stage, exc = slot.work.failure
                slot.outcome = self._quarantine(session, slot.work, stage, exc,
                                                replaying=replaying)
        session.flush()

    # -- row building -------------------------------------------------------

    def _date(self, work: Work) -> datetime:
        assert work.parsed is not None
        return work.parsed.date or work.raw.internal_date or self.clock.now()

    def _references(self, work: Work) -> list[str]:
        assert work.parsed is not None
        return list(
            dict.fromkeys(r for r in (*work.parsed.references, *work.parsed.in_reply_to) if r)
        )

    def _thread_query(self, work: Work) -> ThreadQuery:
        assert work.parsed is not None and work.verdict is not None
        original = work.verdict.original
        date = self._date(work)
        return ThreadQuery(
            message_id=work.parsed.message_id,
            references=tuple(self._references(work)),
            subject=original.subject if original else work.parsed.subject,
            client_id=self._client_id(work.verdict),
            date=(original.date or date) if original else date,
        )

    def _client_id(self, verdict: Classification) -> int | None:
        return self.client_ids.get(verdict.client.name) if verdict.client else None

    def _message_values(self, work: Work, now: datetime) -> dict[str, Any]:
        """The columns of a message's row (for a Core insert or an ORM object)."""
        parsed, verdict = work.parsed, work.verdict
        assert parsed is not None and verdict is not None
        original = verdict.original
        sender = parsed.from_
        return {
            "fingerprint": work.fingerprint,
            "raw": work.raw.raw,
            "size": len(work.raw.raw),
            "message_id": parsed.message_id,
            "in_reply_to": list(parsed.in_reply_to),
            "references": list(parsed.references),
            "subject": parsed.subject,
            "from_name": sender.name if sender else "",
            "from_email": sender.email if sender else "",
            "to": [str(a) for a in parsed.to],
            "cc": [str(a) for a in parsed.cc],
            "date": self._date(work),
            "received_at": now,
            "original_sender": original.sender.email if original and original.sender else None,
            "original_name": original.sender.name if original and original.sender else None,
            "original_date": original.date if original else None,
            "original_subject": original.subject if original else None,
            "forward_style": original.style if original else None,
            "text": parsed.text,
            "new_text": original.text if original else parsed.new_text,
            "forward_note": parsed.new_text if original else "",
            "defects": list(parsed.defects),
            "kind": verdict.kind,
            "reason": verdict.reason,
            "client_id": self._client_id(verdict),
            "thread_id": work.thread.id if work.thread is not None else None,
            "processed_at": now,
            "ae": self.owners.owner(
                client=verdict.client.name if verdict.client else None,
                sender=sender.email if sender else None, mailbox=work.raw.location.mailbox,
            ) if self.owners is not None else None,
        }

    @staticmethod
    def _location_values(message_pk: int | None, raw: RawMail, now: datetime) -> dict[str, Any]:
        loc = raw.location
        return {
            "message_pk": message_pk,
            "mailbox": loc.mailbox,
            "folder": loc.folder,
            "uidvalidity": loc.uidvalidity,
            "uid": loc.uid,
            "key": loc.key,
            "internal_date": raw.internal_date,
            "seen_at": now,
        }

    def _quarantine(
        self,
        session: Session,
        work: Work,
        stage: str,
        exc: Exception,
        *,
        replaying: QuarantinedMail | None,
    ) -> Outcome:
        if isinstance(exc, ProcessingError):
            stage = exc.stage
        if isinstance(exc, RemoteStageError):  # raised in a worker process
            error, detail = f"{exc.type_name}: {exc.message}"[:2000], exc.trace
        else:
            error = f"{type(exc).__name__}: {exc}"[:2000]
            detail = "".join(traceback.format_exception(exc))[-20000:]
        now = self.clock.now()
        loc = work.raw.location
        row = replaying or _open_quarantine(session, work.fingerprint)
        if row is None:
            row = QuarantinedMail(
                fingerprint=work.fingerprint,
                raw=work.raw.raw,
                mailbox=loc.mailbox,
                folder=loc.folder,
                uidvalidity=loc.uidvalidity,
                uid=loc.uid,
                key=loc.key,
                stage=stage,
                error=error,
                detail=detail,
                attempts=1,
                created_at=now,
                last_attempt_at=now,
            )
            session.add(row)
        else:
            row.attempts += 1
            row.stage, row.error, row.detail, row.last_attempt_at = stage, error, detail, now
        session.flush()
        log.warning(
            "quarantined %s (message at %s) in stage %s: %s",
            row.id,
            loc.describe(),
            stage,
            type(exc).__name__,
        )
        return Outcome(QUARANTINED, quarantine_id=row.id, stage=stage, error=error)


@dataclass
class _Begun:
    """A batch planned and handed to the pure stages, not yet written."""

    raws: Sequence[RawMail]
    digests: list[str]
    prepared: dict[str, Work]  # fingerprint -> the work of a new message
    known: _Known | None  # None: stale, load again before writing
    pool: WorkerPool | None
    pending: Pending | None


@dataclass
class _Known:
    """What the database already holds of a batch: copies, contents, open quarantine rows."""

    locations: dict[tuple[str, str, int, int | None, str | None], int]
    messages: dict[str, int]
    quarantined: set[str]

    @classmethod
    def load(cls, session: Session, raws: Sequence[RawMail], digests: set[str]) -> _Known:
        locations: dict[tuple[str, str, int, int | None, str | None], int] = {}
        by_folder: dict[tuple[str, str], list[MailLocation]] = {}
        for raw in raws:
            loc = raw.location
            by_folder.setdefault((loc.mailbox, loc.folder), []).append(loc)
        for (mailbox, folder), locs in by_folder.items():
            uids = [loc.uid for loc in locs if loc.uid is not None]
            keys = [loc.key for loc in locs if loc.key is not None]
            for chunk in _chunks(uids) if uids else ():
                locations.update(_location_map(session, _LOCATIONS_BY_UID, mailbox, folder,
                                               chunk))
            for chunk in _chunks(keys) if keys else ():
                locations.update(_location_map(session, _LOCATIONS_BY_KEY, mailbox, folder,
                                               chunk))
        messages: dict[str, int] = {}
        quarantined: set[str] = set()
        for chunk in _chunks(digests):
            messages.update((fp, pk) for fp, pk in session.execute(_STORED, {"fps": chunk}))
            quarantined.update(session.scalars(_QUARANTINED, {"fps": chunk}))
        return cls(locations, messages, quarantined)

    def has_location(self, loc: MailLocation) -> bool:
        return _loc_key(loc) in self.locations

    def location_pk(self, loc: MailLocation) -> int:
        return self.locations[_loc_key(loc)]


def _loc_key(loc: MailLocation) -> tuple[str, str, int, int | None, str | None]:
    if loc.uid is not None:
        return (loc.mailbox, loc.folder, loc.uidvalidity, loc.uid, None)
    return (loc.mailbox, loc.folder, 0, None, loc.key)


# The batch's lookups, built once (bound to their values): on the careful path building
# them cost more than running them.
_FOUND_AT = select(MessageLocation.uidvalidity, MessageLocation.uid, MessageLocation.key,
                   MessageLocation.message_pk).where(
    MessageLocation.mailbox == bindparam("mailbox"), MessageLocation.folder == bindparam("folder"))
_LOCATIONS_BY_UID = _FOUND_AT.where(MessageLocation.uid.in_(bindparam("values", expanding=True)))
_LOCATIONS_BY_KEY = _FOUND_AT.where(MessageLocation.key.in_(bindparam("values", expanding=True)))
_STORED = select(Message.fingerprint, Message.id).where(
    Message.fingerprint.in_(bindparam("fps", expanding=True)))
_QUARANTINED = select(QuarantinedMail.fingerprint).where(
    QuarantinedMail.fingerprint.in_(bindparam("fps", expanding=True)),
    QuarantinedMail.resolved_at.is_(None))
# The raw bytes and whole text load only if a hook reads them (a reply's DKIM check does): a
# batch of them would double the batch's memory. No hook reads where a message is stored:
# its locations load only if one does.
_FOR_HOOKS = select(Message).options(defer(Message.raw), defer(Message.text),
                                     lazyload(Message.locations)).where(
    Message.id.in_(bindparam("pks", expanding=True)))


def _location_map(
    session: Session, query: Select[int, int | None, str | None, int], mailbox: str,
    folder: str, values: list[Any],
) -> Iterable[tuple[tuple[str, str, int, int | None, str | None], int]]:
    rows = session.execute(query, {"mailbox": mailbox, "folder": folder, "values": values})
    for uidvalidity, uid, key, message_pk in rows:
        if uid is not None:
            yield (mailbox, folder, uidvalidity, uid, None), message_pk
        else:
            yield (mailbox, folder, 0, None, key), message_pk


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = list(values)
    for start in range(0, len(items), IN_CHUNK):
        yield items[start : start + IN_CHUNK]


def _load_messages(session: Session, pks: Sequence[int | None]) -> dict[int | None, Message]:
    """The stored rows of a batch, for the hooks, in a few queries."""
    loaded: dict[int | None, Message] = {}
    for chunk in _chunks(pk for pk in pks if pk is not None):
        loaded.update((m.id, m) for m in session.scalars(_FOR_HOOKS, {"pks": chunk}))
    return loaded


def _open_quarantine(session: Session, digest: str) -> QuarantinedMail | None:
    return session.execute(
        select(QuarantinedMail)
        .where(QuarantinedMail.fingerprint == digest, QuarantinedMail.resolved_at.is_(None))
        .limit(1)
    ).scalar()


__all__ = ["DUPLICATE", "KNOWN", "QUARANTINED", "STORED", "Outcome", "Pipeline", "Work"]
