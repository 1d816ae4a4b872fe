"""The pipeline: one fetched message from raw bytes to stored, understood rows.

Input: a :class:`RawMail` and an open session (the caller's batch
transaction). Output: an :class:`Outcome` and rows in that session.

Each message runs inside its own SAVEPOINT. A failure in any stage rolls
back that message's work only and stores its raw bytes, the stage and the
error in quarantine, so the batch (and its folder checkpoint) still commits
and the poller goes on. ``intake quarantine replay`` runs a quarantined
message through the same stages again.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.classify import IGNORED, Classification, Context, classify
from intake.clock import Clock
from intake.errors import ProcessingError
from intake.fingerprint import fingerprint
from intake.parsers.mentions import Extraction
from intake.parsers.mime import parse_message
from intake.parsers.types import ParsedMail
from intake.sources import MailLocation, RawMail
from intake.threads import assign_thread
from intake.understanding import mention_rows
from models import Message, MessageLocation, MessageReference, QuarantinedMail

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
    extraction: object | None = None
    message: Message | None = None


# An extractor turns a message's own words into mentions; the apply stage of
# later features stores them. None until extraction is configured.
# ``received_at`` stands in for a missing or unreadable Date header.
Extractor = Callable[..., object]
# Called with the message row after it is stored, inside its savepoint: where
# drafting and scheduling plug in. A failure quarantines the message.
AfterStore = Callable[[Session, Work], None]


@dataclass
class Pipeline:
    """The stages, in order, and what they need from the outside world."""

    context: Context
    clock: Clock
    client_ids: dict[str, int]
    extractor: Extractor | None = None
    after_store: tuple[AfterStore, ...] = field(default_factory=tuple)

    def process(
        self, session: Session, raw: RawMail, *, replaying: QuarantinedMail | None = None
    ) -> Outcome:
        """Record, parse, classify, extract and apply one message, exactly once."""
        stage = "record"
        work = Work(raw=raw, fingerprint=fingerprint(raw.raw))
        try:
            with session.begin_nested():
                known = self._record(session, work, replaying=replaying)
                if known is not None:
                    return known
                for name, step in self.stages:
                    stage = name  # remembered for the quarantine record
                    step(session, work)
        except Exception as exc:  # the per-message boundary: never stop the poller
            return self._quarantine(session, work, stage, exc, replaying=replaying)
        assert work.message is not None
        if replaying is not None:
            replaying.resolved_at = self.clock.now()
            replaying.message_pk = work.message.id
        return Outcome(STORED, message_pk=work.message.id)

    @property
    def stages(self) -> tuple[tuple[str, Callable[[Session, Work], None]], ...]:
        # The order of a message's journey (see docs/architecture.md).
        return (
            ("parse", self._parse),  # bytes -> ParsedMail (repairs recorded as defects)
            ("classify", self._classify),  # client / ae / draft_reply / ignored(reason)
            ("extract", self._extract),  # mentions from the client's own words
            ("apply", self._apply),  # rows: message, location, thread, references
            ("apply", self._after_store),  # features: drafts, reminders, outbound mail
        )

    # -- stages -------------------------------------------------------------

    def _record(
        self, session: Session, work: Work, *, replaying: QuarantinedMail | None
    ) -> Outcome | None:
        """Stop early when this copy, or this content, is already stored."""
        loc = work.raw.location
        existing_loc = _find_location(session, loc)
        if existing_loc is not None:
            return Outcome(KNOWN, message_pk=existing_loc.message_pk)
        existing = session.execute(
            select(Message.id).where(Message.fingerprint == work.fingerprint)
        ).scalar()
        if existing is not None:
            session.add(self._location(existing, work.raw))
            if replaying is not None:
                replaying.resolved_at = self.clock.now()
                replaying.message_pk = existing
            return Outcome(DUPLICATE, message_pk=existing)
        if replaying is None and _quarantined(session, work.fingerprint):
            return Outcome(KNOWN)
        return None

    def _parse(self, session: Session, work: Work) -> None:
        work.parsed = parse_message(work.raw.raw)

    def _classify(self, session: Session, work: Work) -> None:
        assert work.parsed is not None
        work.verdict = classify(work.parsed, self.context)

    def _extract(self, session: Session, work: Work) -> None:
        assert work.parsed is not None and work.verdict is not None
        if self.extractor is not None and not work.verdict.is_ignored:
            work.extraction = self.extractor(
                work.parsed, work.verdict, received_at=work.raw.internal_date or self.clock.now()
            )

    def _apply(self, session: Session, work: Work) -> None:
        parsed, verdict = work.parsed, work.verdict
        assert parsed is not None and verdict is not None
        now = self.clock.now()
        date = parsed.date or work.raw.internal_date or now
        original = verdict.original
        client_id = self.client_ids.get(verdict.client.name) if verdict.client else None
        sender = parsed.from_
        message = Message(
            fingerprint=work.fingerprint,
            raw=work.raw.raw,
            size=len(work.raw.raw),
            message_id=parsed.message_id,
            in_reply_to=list(parsed.in_reply_to),
            references=list(parsed.references),
            subject=parsed.subject,
            from_name=sender.name if sender else "",
            from_email=sender.email if sender else "",
            to=[str(a) for a in parsed.to],
            cc=[str(a) for a in parsed.cc],
            date=date,
            received_at=now,
            original_sender=original.sender.email if original and original.sender else None,
            original_name=original.sender.name if original and original.sender else None,
            original_date=original.date if original else None,
            original_subject=original.subject if original else None,
            forward_style=original.style if original else None,
            text=parsed.text,
            new_text=original.text if original else parsed.new_text,
            forward_note=parsed.new_text if original else "",
            defects=list(parsed.defects),
            kind=verdict.kind,
            reason=verdict.reason,
            client_id=client_id,
            processed_at=now,
        )
        session.add(message)
        session.flush()
        message.locations.append(self._location(message.id, work.raw))
        if verdict.kind != IGNORED:
            refs = _unique([*parsed.references, *parsed.in_reply_to])
            thread = assign_thread(
                session,
                message_id=parsed.message_id,
                references=refs,
                subject=original.subject if original else parsed.subject,
                client_id=client_id,
                date=(original.date or date) if original else date,
            )
            message.thread_id = thread.id
            session.add_all(
                MessageReference(message_pk=message.id, ref=ref, thread_id=thread.id)
                for ref in refs
            )
        if isinstance(work.extraction, Extraction):
            session.add_all(mention_rows(work.extraction, message_pk=message.id, now=now))
        work.message = message

    def _after_store(self, session: Session, work: Work) -> None:
        for hook in self.after_store:
            hook(session, work)

    # -- helpers ------------------------------------------------------------

    def _location(self, message_pk: int, raw: RawMail) -> MessageLocation:
        loc = raw.location
        return MessageLocation(
            message_pk=message_pk,
            mailbox=loc.mailbox,
            folder=loc.folder,
            uidvalidity=loc.uidvalidity,
            uid=loc.uid,
            key=loc.key,
            internal_date=raw.internal_date,
            seen_at=self.clock.now(),
        )

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
            "quarantined %s (Message at %s) in stage %s: %s",
            row.id,
            loc.describe(),
            stage,
            type(exc).__name__,
        )
        return Outcome(QUARANTINED, quarantine_id=row.id, stage=stage, error=error)


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


def _quarantined(session: Session, digest: str) -> bool:
    return _open_quarantine(session, digest) is not None


def _open_quarantine(session: Session, digest: str) -> QuarantinedMail | None:
    return session.execute(
        select(QuarantinedMail)
        .where(QuarantinedMail.fingerprint == digest, QuarantinedMail.resolved_at.is_(None))
        .limit(1)
    ).scalar()


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
