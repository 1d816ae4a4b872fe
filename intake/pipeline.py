"""The pipeline: fetched messages from raw bytes to stored, understood rows.

Input: :class:`RawMail` values (a batch from a source, or one for a replay).
Output: an :class:`Outcome` per message, and rows in the caller's transaction.

Two paths share the same stages:

- :meth:`Pipeline.run_batch`, the fast path: the pure stages (parse,
  classify, extract) run per message outside any transaction; the database
  work of the whole batch is then done with a few set-based queries and
  batched inserts in one transaction, together with the folder checkpoint.
- :meth:`Pipeline.process`, the careful path: one message inside its own
  SAVEPOINT. A batch whose fast store fails for any reason is redone this
  way, so a failure rolls back that one message only.

A message that fails a stage is quarantined with its raw bytes, the stage
and the error; the batch (and its checkpoint) still commits and the poller
goes on. ``intake quarantine replay`` runs it through :meth:`process` again.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from intake.classify import IGNORED, Classification, Context, classify
from intake.clock import Clock
from intake.errors import ProcessingError
from intake.fingerprint import fingerprint
from intake.parsers.mentions import Extraction
from intake.parsers.mime import parse_message
from intake.parsers.types import ParsedMail
from intake.sources import MailLocation, RawMail
from intake.storage import unit_of_work
from intake.threads import IN_CHUNK, ThreadIndex, ThreadQuery, assign_thread
from intake.understanding import mention_rows
from models import Message, MessageLocation, MessageReference, QuarantinedMail, Thread

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


@dataclass(slots=True)
class Work:
    """One message travelling through the stages; each stage fills in its part."""

    raw: RawMail
    fingerprint: str
    parsed: ParsedMail | None = None
    verdict: Classification | None = None
    extraction: Extraction | None = None
    message_pk: int | None = None
    message: Message | None = None  # loaded for the after_store hooks
    thread: Thread | None = None
    failure: tuple[str, Exception] | None = None

    @property
    def threaded(self) -> bool:
        return self.verdict is not None and self.verdict.kind != IGNORED


# An extractor turns a message's own words into mentions. ``received_at`` stands
# in for a missing or unreadable Date header.
Extractor = Callable[..., Extraction]
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

    @property
    def pure_stages(self) -> tuple[tuple[str, Callable[[Work], None]], ...]:
        # The order of a message's journey (see docs/architecture.md).
        return (
            ("parse", self._parse),  # bytes -> ParsedMail (repairs recorded as defects)
            ("classify", self._classify),  # client / ae / draft_reply / ignored(reason)
            ("extract", self._extract),  # mentions from the client's own words
        )

    # -- the fast path ------------------------------------------------------

    def run_batch(
        self,
        factory: sessionmaker[Session],
        raws: Sequence[RawMail],
        *,
        finish: Finish | None = None,
    ) -> list[Outcome]:
        """Store a batch in one transaction; on any failure redo it message by message."""
        digests = [fingerprint(raw.raw) for raw in raws]
        with factory() as session:
            known = _Known.load(session, raws, set(digests))
        outcomes: list[Outcome | None] = [None] * len(raws)
        works: list[Work] = []
        first_of: dict[str, Work] = {}  # fingerprint -> first new work in this batch
        copies: list[tuple[int, Work]] = []  # (position, original) for in-batch duplicates
        stored_copies: list[int] = []  # positions of new copies of already stored messages
        for i, (raw, digest) in enumerate(zip(raws, digests, strict=True)):
            if known.has_location(raw.location):
                outcomes[i] = Outcome(KNOWN, message_pk=known.location_pk(raw.location))
            elif digest in known.messages:
                outcomes[i] = Outcome(DUPLICATE, message_pk=known.messages[digest])
                stored_copies.append(i)
            elif digest in known.quarantined:
                outcomes[i] = Outcome(KNOWN)
            elif digest in first_of:
                copies.append((i, first_of[digest]))
            else:
                work = Work(raw=raw, fingerprint=digest)
                self.prepare(work)
                first_of[digest] = work
                works.append(work)
        try:
            with unit_of_work(factory) as session:
                self._store_batch(session, raws, works, outcomes, copies, stored_copies)
                if finish is not None:
                    finish(session)
        except Exception as exc:  # a batch-level failure: isolate it message by message
            log.warning("batch store failed (%s); retrying message by message", exc)
            with unit_of_work(factory) as session:
                outcomes = [self.process(session, raw) for raw in raws]
                if finish is not None:
                    finish(session)
        return [o for o in outcomes if o is not None]

    def prepare(self, work: Work) -> None:
        """Run the pure stages; a failure is remembered with its stage, not raised."""
        stage = "parse"
        try:
            for name, step in self.pure_stages:
                stage = name
                step(work)
        except Exception as exc:  # the per-message boundary: never stop the poller
            work.failure = (exc.stage if isinstance(exc, ProcessingError) else stage, exc)

    def _store_batch(
        self,
        session: Session,
        raws: Sequence[RawMail],
        works: list[Work],
        outcomes: list[Outcome | None],
        copies: list[tuple[int, Work]],
        stored_copies: list[int],
    ) -> None:
        now = self.clock.now()
        good = [w for w in works if w.failure is None]
        threaded = [w for w in good if w.threaded]
        index = ThreadIndex(session, [self._thread_query(w) for w in threaded])
        for work in threaded:
            work.thread = index.assign(self._thread_query(work))
        session.flush()  # new threads get their IDs
        if good:
            # Core INSERT ... RETURNING in batches: the ORM unit of work would cost
            # as much as parsing does.
            table = Message.__table__
            ids = (
                session.connection()
                .execute(
                    insert(table).returning(table.c.id, sort_by_parameter_order=True),
                    [self._message_values(w, now) for w in good],
                )
                .scalars()
                .all()
            )
            for work, pk in zip(good, ids, strict=True):
                work.message_pk = pk
        locations = [self._location_values(w.message_pk, w.raw, now) for w in good]
        for i, original in copies:
            if original.message_pk is not None:
                locations.append(self._location_values(original.message_pk, raws[i], now))
                outcomes[i] = Outcome(DUPLICATE, message_pk=original.message_pk)
            else:
                outcomes[i] = Outcome(KNOWN)
        for i in stored_copies:
            outcome = outcomes[i]
            assert outcome is not None
            locations.append(self._location_values(outcome.message_pk, raws[i], now))
        if locations:
            session.connection().execute(insert(MessageLocation.__table__), locations)
        references = [
            {"message_pk": w.message_pk, "ref": ref, "thread_id": w.thread.id}
            for w in threaded
            if w.thread is not None
            for ref in self._references(w)
        ]
        if references:
            session.connection().execute(insert(MessageReference.__table__), references)
        for work in good:
            if work.extraction is not None and work.message_pk is not None:
                session.add_all(mention_rows(work.extraction, message_pk=work.message_pk, now=now))
        if self.after_store and good:
            session.flush()
            loaded = _load_messages(session, [w.message_pk for w in good])
            for work in good:
                work.message = loaded[work.message_pk]
                self._after_store(session, work)
        index_of = {id(raw): i for i, raw in enumerate(raws)}
        for work in works:
            i = index_of[id(work.raw)]
            if work.failure is not None:
                stage, exc = work.failure
                outcomes[i] = self._quarantine(session, work, stage, exc, replaying=None)
            else:
                outcomes[i] = Outcome(STORED, message_pk=work.message_pk)
        session.flush()

    # -- the careful path ---------------------------------------------------

    def process(
        self, session: Session, raw: RawMail, *, replaying: QuarantinedMail | None = None
    ) -> Outcome:
        """Record, parse, classify, extract and apply one message inside a SAVEPOINT."""
        stage = "record"
        work = Work(raw=raw, fingerprint=fingerprint(raw.raw))
        try:
            with session.begin_nested():
                known = self._record(session, work, replaying=replaying)
                if known is not None:
                    return known
                self.prepare(work)
                if work.failure is not None:
                    stage, exc = work.failure
                    raise exc
                stage = "apply"
                self._apply(session, work)
                self._after_store(session, work)
        except Exception as exc:  # the per-message boundary: never stop the poller
            return self._quarantine(session, work, stage, exc, replaying=replaying)
        assert work.message is not None
        if replaying is not None:
            replaying.resolved_at = self.clock.now()
            replaying.message_pk = work.message.id
        return Outcome(STORED, message_pk=work.message.id)

    def _record(
        self, session: Session, work: Work, *, replaying: QuarantinedMail | None
    ) -> Outcome | None:
        """Stop early when this copy, or this content, is already stored."""
        existing_loc = _find_location(session, work.raw.location)
        if existing_loc is not None:
            return Outcome(KNOWN, message_pk=existing_loc.message_pk)
        existing = session.execute(
            select(Message.id).where(Message.fingerprint == work.fingerprint)
        ).scalar()
        if existing is not None:
            session.execute(
                insert(MessageLocation),
                [self._location_values(existing, work.raw, self.clock.now())],
            )
            if replaying is not None:
                replaying.resolved_at = self.clock.now()
                replaying.message_pk = existing
            return Outcome(DUPLICATE, message_pk=existing)
        if replaying is None and _open_quarantine(session, work.fingerprint) is not None:
            return Outcome(KNOWN)
        return None

    def _apply(self, session: Session, work: Work) -> None:
        now = self.clock.now()
        if work.threaded:
            query = self._thread_query(work)
            work.thread = assign_thread(
                session,
                message_id=query.message_id,
                references=query.references,
                subject=query.subject,
                client_id=query.client_id,
                date=query.date,
            )
        message = Message(**self._message_values(work, now))
        session.add(message)
        session.flush()
        work.message, work.message_pk = message, message.id
        session.execute(insert(MessageLocation), [self._location_values(message.id, work.raw, now)])
        if work.thread is not None:
            refs = self._references(work)
            if refs:
                session.execute(
                    insert(MessageReference),
                    [
                        {"message_pk": message.id, "ref": r, "thread_id": work.thread.id}
                        for r in refs
                    ],
                )
        if work.extraction is not None:
            session.add_all(mention_rows(work.extraction, message_pk=message.id, now=now))

    # -- pure stages --------------------------------------------------------

    def _parse(self, work: Work) -> None:
        work.parsed = parse_message(work.raw.raw)

    def _classify(self, work: Work) -> None:
        assert work.parsed is not None
        work.verdict = classify(work.parsed, self.context)

    def _extract(self, work: Work) -> None:
        assert work.parsed is not None and work.verdict is not None
        if self.extractor is not None and work.verdict.kind == "client":
            work.extraction = self.extractor(
                work.parsed, work.verdict, received_at=work.raw.internal_date or self.clock.now()
            )

    def _after_store(self, session: Session, work: Work) -> None:
        for hook in self.after_store:
            hook(session, work)

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
                conditions = MessageLocation.uid.in_(chunk)
                locations.update(_location_map(session, mailbox, folder, conditions))
            for chunk in _chunks(keys) if keys else ():
                locations.update(
                    _location_map(session, mailbox, folder, MessageLocation.key.in_(chunk))
                )
        messages: dict[str, int] = {}
        quarantined: set[str] = set()
        for chunk in _chunks(digests):
            messages.update(
                (fp, pk)
                for fp, pk in session.execute(
                    select(Message.fingerprint, Message.id).where(Message.fingerprint.in_(chunk))
                )
            )
            quarantined.update(
                session.scalars(
                    select(QuarantinedMail.fingerprint).where(
                        QuarantinedMail.fingerprint.in_(chunk),
                        QuarantinedMail.resolved_at.is_(None),
                    )
                )
            )
        return cls(locations, messages, quarantined)

    def has_location(self, loc: MailLocation) -> bool:
        return _loc_key(loc) in self.locations

    def location_pk(self, loc: MailLocation) -> int:
        return self.locations[_loc_key(loc)]


def _loc_key(loc: MailLocation) -> tuple[str, str, int, int | None, str | None]:
    if loc.uid is not None:
        return (loc.mailbox, loc.folder, loc.uidvalidity, loc.uid, None)
    return (loc.mailbox, loc.folder, 0, None, loc.key)


def _location_map(
    session: Session, mailbox: str, folder: str, condition: Any
) -> Iterable[tuple[tuple[str, str, int, int | None, str | None], int]]:
    rows = session.execute(
        select(
            MessageLocation.uidvalidity,
            MessageLocation.uid,
            MessageLocation.key,
            MessageLocation.message_pk,
        ).where(MessageLocation.mailbox == mailbox, MessageLocation.folder == folder, condition)
    )
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
        loaded.update(
            (m.id, m) for m in session.scalars(select(Message).where(Message.id.in_(chunk)))
        )
    return loaded


def _find_location(session: Session, loc: MailLocation) -> MessageLocation | None:
    query = select(MessageLocation).where(
        MessageLocation.mailbox == loc.mailbox, MessageLocation.folder == loc.folder
    )
    if loc.uid is not None:
        query = query.where(
            MessageLocation.uidvalidity == loc.uidvalidity, MessageLocation.uid == loc.uid
        )
    else:
        query = query.where(MessageLocation.key == loc.key)
    return session.execute(query.limit(1)).scalar()


def _open_quarantine(session: Session, digest: str) -> QuarantinedMail | None:
    return session.execute(
        select(QuarantinedMail)
        .where(QuarantinedMail.fingerprint == digest, QuarantinedMail.resolved_at.is_(None))
        .limit(1)
    ).scalar()


__all__ = ["DUPLICATE", "KNOWN", "QUARANTINED", "STORED", "Outcome", "Pipeline", "Work"]
