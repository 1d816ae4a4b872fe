"""The outbox: composed mail in (``queue``), delivered mail and recorded outcomes out.

Every mail intake sends is first a row (``models.outbox.OutboundMail``) with
its final bytes and Message-ID; a separate job sends due rows through a
:class:`~intake.outbound.transport.Transport`. Nothing is sent twice:

1. a row is *claimed* with ``UPDATE ... SET status='sending' WHERE id=? AND
   status='pending' AND next_attempt_at <= now`` in its own committed
   transaction, before any SMTP traffic; only the process whose UPDATE
   changed the row sends it (two processes on one database are safe);
2. the outcome is recorded in a second transaction;
3. a row still ``sending`` after ``lease`` belongs to a process that died
   between 1 and 2: it becomes ``uncertain`` and is never re-sent on its own.

Trade-off: ``uncertain`` (a kill mid-send, or a drop after DATA) favours
"at most once": the mail may be lost until someone runs ``retry``, which
re-sends the same bytes with the same Message-ID (receivers that de-duplicate
by Message-ID then show it once; others may show it twice).

Suppressed addresses (``intake.outbound.suppression``: a delivery report said they
are gone) are refused at queueing and again at sending, with the reason on the
recipient row; a mail left with nobody to send to is ``failed``.

Rate limit: queueing a mail to an address that already has
``RateLimit.per_recipient`` mails within ``RateLimit.window`` stores the row
as ``failed`` with ``last_error`` "rate limited: ..." (visible in ``intake
outbox``; an explicit ``retry`` sends it anyway). Failed rows do not count.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from intake.clock import Clock
from intake.errors import (
    DeliveryUncertain,
    MailTransportError,
    NotFound,
    PermanentSendError,
    StorageError,
    TransientSendError,
    UsageError,
)
from intake.outbound.compose import ComposedMail
from intake.outbound.suppression import refusal_text, suppressed_among
from intake.outbound.transport import Refusal, Transport
from intake.storage import unit_of_work
from models.outbox import OutboundMail, OutboundRecipient

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``per_recipient`` mails to one address within ``window``: stops mail loops.

    ``exempt`` addresses (the agency's own team) are never limited: loops come
    from outside, and the AE's drafts and reports must not crowd each other out.
    """

    per_recipient: int = 20
    window: timedelta = timedelta(hours=1)
    exempt: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff for 4xx replies: ``first_delay`` doubling up to ``max_delay``.

    After ``max_attempts`` attempts the mail (or the recipients still
    deferred) is given up as failed.
    """

    max_attempts: int = 8
    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=2)

    def delay(self, attempts: int) -> timedelta:
        backoff: timedelta = self.first_delay * (2 ** max(attempts - 1, 0))
        return min(backoff, self.max_delay)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One outbox row as the CLI shows it (``intake outbox [--json]``)."""

    id: int
    message_id: str
    to: tuple[str, ...]
    subject: str
    kind: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None
    refused: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: datetimes as ISO 8601 strings, ``to`` as a list."""
        return {
            "id": self.id,
            "message_id": self.message_id,
            "to": list(self.to),
            "subject": self.subject,
            "kind": self.kind,
            "status": self.status,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "created_at": self.created_at.isoformat(),
            "next_attempt_at": self.next_attempt_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "refused": dict(self.refused),
        }

    @classmethod
    def from_row(cls, row: OutboundMail) -> OutboxEntry:
        return cls(
            id=row.id,
            message_id=row.message_id,
            to=tuple(r.address for r in row.recipients),
            subject=row.subject,
            kind=row.kind,
            status=row.status,
            attempts=row.attempts,
            last_error=row.last_error,
            created_at=row.created_at,
            next_attempt_at=row.next_attempt_at,
            sent_at=row.sent_at,
            refused=tuple((r.address, r.reply or "") for r in row.recipients
                          if r.status == "refused"),
        )


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one ``send_due`` run did, by Message-ID.

    ``expired``: rows found ``sending`` past the lease, now ``uncertain``.
    ``skipped``: rows another process claimed first. ``stopped``: the
    configuration error (TLS, login) that ended the run early, if any.
    """

    sent: tuple[str, ...] = ()
    deferred: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    uncertain: tuple[str, ...] = ()
    expired: tuple[str, ...] = ()
    skipped: int = 0
    stopped: str | None = None


@dataclass(frozen=True, slots=True)
class _Claim:
    id: int
    token: str
    message_id: str
    kind: str
    sender: str
    raw: bytes
    recipients: tuple[str, ...]


@dataclass
class _Tally:
    sent: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)

    def add(self, status: str, message_id: str) -> None:
        {"sent": self.sent, "pending": self.deferred, "failed": self.failed,
         "uncertain": self.uncertain}[status].append(message_id)


class Outbox:
    """Queue mail as rows and send due rows exactly once (see the module docstring)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        *,
        rate_limit: RateLimit = RateLimit(),
        retry_policy: RetryPolicy = RetryPolicy(),
        lease: timedelta = timedelta(minutes=15),
    ) -> None:
        """``lease`` must exceed the longest a send can take (a few SMTP timeouts)."""
        self._factory = session_factory
        self._clock = clock
        self.rate_limit = rate_limit
        self.retry_policy = retry_policy
        self.lease = lease

    # -- queueing -----------------------------------------------------------------

    def queue(
        self,
        mail: ComposedMail,
        *,
        kind: str | None = None,
        dedupe_key: str | None = None,
        cause_message_pk: int | None = None,
        session: Session | None = None,
        known_new: bool = False,
    ) -> OutboundMail:
        """Store ``mail`` as a pending row (or a ``failed`` one when rate limited).

        ``kind`` defaults to the kind the mail was composed with.
        Idempotent: a row with the same ``dedupe_key`` or Message-ID is
        returned as it is. With ``session`` the row joins the caller's unit of
        work (inside a savepoint) and is committed with it; otherwise it is
        committed here. ``known_new``: the caller knows no row has this key yet (a
        draft version never mailed), so the lookup before the insert is skipped; a
        concurrent copy is still caught by the unique columns and returned.
        """
        row_kind = kind or mail.kind
        if session is not None:
            return self._queue(session, mail, row_kind, dedupe_key, cause_message_pk,
                               known_new=known_new)
        with unit_of_work(self._factory) as own:
            return self._queue(own, mail, row_kind, dedupe_key, cause_message_pk,
                               known_new=known_new)

    def _queue(
        self,
        session: Session,
        mail: ComposedMail,
        kind: str,
        dedupe_key: str | None,
        cause_message_pk: int | None,
        *,
        known_new: bool = False,
    ) -> OutboundMail:
        existing = None if known_new else _find_existing(session, mail.message_id, dedupe_key)
        if existing is not None:
            log.info("not queueing %s again: %s is already queued (key %s)",
                     mail.message_id, existing.message_id, dedupe_key)
            return existing
        now = self._clock.now()
        row = OutboundMail(
            message_id=mail.message_id,
            dedupe_key=dedupe_key,
            kind=kind,
            sender=mail.sender,
            subject=mail.subject,
            raw=mail.raw,
            cause_message_pk=cause_message_pk,
            status="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            updated_at=now,
            recipients=[OutboundRecipient(address=a.lower(), status="pending")
                        for a in mail.recipients],
        )
        if _refuse_suppressed(session, row):
            row.status = "failed"
            row.last_error = _summary(row.recipients)
            log.warning("not sending %s (%s): %s", mail.message_id, kind, row.last_error)
        limited = row.status == "pending" and self._rate_limited(session, mail.recipients, now)
        if limited:
            row.status = "failed"
            row.last_error = limited
            log.warning("rate limited %s (%s): %s", mail.message_id, kind, limited)
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError as exc:  # a concurrent queue of the same key or Message-ID
            existing = _find_existing(session, mail.message_id, dedupe_key)
            if existing is None:
                raise StorageError(f"cannot queue {mail.message_id}: {exc.orig}") from exc
            return existing
        log.info("queued %s (%s) for %d recipients", mail.message_id, kind,
                 len(mail.recipients))
        return row

    def _rate_limited(self, session: Session, recipients: Sequence[str],
                      now: datetime) -> str | None:
        addresses = sorted({a.lower() for a in recipients} - self.rate_limit.exempt)
        if not addresses:
            return None
        counts = session.execute(
            select(OutboundRecipient.address, func.count())
            .join(OutboundMail, OutboundMail.id == OutboundRecipient.mail_id)
            .where(
                OutboundRecipient.address.in_(addresses),
                OutboundMail.created_at > now - self.rate_limit.window,
                OutboundMail.status != "failed",
            )
            .group_by(OutboundRecipient.address)
        ).all()
        for address, count in counts:
            if count >= self.rate_limit.per_recipient:
                return (f"rate limited: {address} already has {count} mails within "
                        f"{self.rate_limit.window}")
        return None

    # -- sending ------------------------------------------------------------------

    def send_due(self, transport: Transport, *, limit: int = 100) -> SendReport:
        """Send up to ``limit`` due rows, one claim each; never raises a transport error.

        A configuration error (TLS, login) puts the row back untouched and
        stops the run (``SendReport.stopped``).
        """
        now = self._clock.now()
        expired = self._expire_stale_claims(now)
        tally = _Tally()
        skipped = 0
        stopped: str | None = None
        for row_id in self._due_ids(now, limit):
            claim = self._claim(row_id)
            if claim is None:
                skipped += 1
                continue
            try:
                refused = transport.send(claim.raw, sender=claim.sender,
                                         recipients=claim.recipients)
            except DeliveryUncertain as exc:
                status = self._record_failure(claim, exc, uncertain=True)
            except PermanentSendError as exc:
                status = self._record_failure(claim, exc, permanent=True)
            except TransientSendError as exc:
                status = self._record_failure(claim, exc)
            except MailTransportError as exc:
                self._release(claim, str(exc))
                stopped = str(exc)
                log.error("outbox stopped at %s: %s", claim.message_id, exc)
                break
            except Exception as exc:  # a bug in a transport: whether it sent is unknown
                self._record_failure(claim, exc, uncertain=True)
                raise
            else:
                status = self._record_refusals(claim, refused)
            tally.add(status, claim.message_id)
        return SendReport(
            sent=tuple(tally.sent),
            deferred=tuple(tally.deferred),
            failed=tuple(tally.failed),
            uncertain=tuple(tally.uncertain),
            expired=expired,
            skipped=skipped,
            stopped=stopped,
        )

    def _expire_stale_claims(self, now: datetime) -> tuple[str, ...]:
        """Rows left ``sending`` by a process that died: ``uncertain``, not re-sent."""
        cutoff = now - self.lease
        with unit_of_work(self._factory) as session:
            rows = session.scalars(
                select(OutboundMail).where(OutboundMail.status == "sending",
                                           OutboundMail.claimed_at < cutoff)
            ).all()
            for row in rows:
                row.status = "uncertain"
                row.updated_at = now
                row.last_error = (
                    f"the sending process stopped while the mail was claimed at "
                    f"{row.claimed_at:%Y-%m-%d %H:%M:%S} UTC: it may or may not have been sent"
                )
                log.warning("outbox: %s was left sending; now uncertain", row.message_id)
            return tuple(row.message_id for row in rows)

    def _due_ids(self, now: datetime, limit: int) -> list[int]:
        with unit_of_work(self._factory) as session:
            return list(session.scalars(
                select(OutboundMail.id)
                .where(OutboundMail.status == "pending", OutboundMail.next_attempt_at <= now)
                .order_by(OutboundMail.next_attempt_at, OutboundMail.id)
                .limit(limit)
            ))

    def _claim(self, row_id: int) -> _Claim | None:
        """Take one row for this process, committed before any SMTP traffic; None if taken."""
        now = self._clock.now()
        token = uuid.uuid4().hex
        with unit_of_work(self._factory) as session:
            result = session.execute(
                update(OutboundMail)
                .where(OutboundMail.id == row_id,
                       OutboundMail.status == "pending",
                       OutboundMail.next_attempt_at <= now)
                .values(status="sending", claim_token=token, claimed_at=now,
                        attempts=OutboundMail.attempts + 1, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                return None
            row = session.get_one(OutboundMail, row_id)
            if _refuse_suppressed(session, row):  # everyone suppressed since it was queued
                self._settle(row, now)
                _log_outcome(row)
                return None
            return _Claim(
                id=row.id,
                token=token,
                message_id=row.message_id,
                kind=row.kind,
                sender=row.sender,
                raw=row.raw,
                recipients=tuple(r.address for r in row.recipients if r.status == "pending"),
            )

    def _owned_row(self, session: Session, claim: _Claim) -> OutboundMail | None:
        row = session.get(OutboundMail, claim.id)
        if row is None or row.claim_token != claim.token or row.status not in (
            "sending", "uncertain"
        ):
            log.warning("outbox: %s changed hands while sending; outcome not recorded",
                        claim.message_id)
            return None
        return row

    def _record_refusals(self, claim: _Claim, refused: dict[str, Refusal]) -> str:
        now = self._clock.now()
        by_address = {address.lower(): refusal for address, refusal in refused.items()}
        with unit_of_work(self._factory) as session:
            row = self._owned_row(session, claim)
            if row is None:
                return "uncertain"
            for recipient in row.recipients:
                if recipient.status != "pending" or recipient.address not in claim.recipients:
                    continue
                refusal = by_address.get(recipient.address)
                if refusal is None:
                    recipient.status, recipient.reply = "delivered", None
                elif refusal.permanent:
                    recipient.status, recipient.reply = "refused", str(refusal)
                else:
                    recipient.reply = str(refusal)
            self._settle(row, now)
            _log_outcome(row)
            return row.status

    def _settle(self, row: OutboundMail, now: datetime) -> None:
        """Status from the recipients: some still deferred -> retry later; else sent or failed."""
        waiting = [r for r in row.recipients if r.status == "pending"]
        if waiting and row.attempts < self.retry_policy.max_attempts:
            row.status = "pending"
            row.next_attempt_at = now + self.retry_policy.delay(row.attempts)
            row.last_error = _summary(waiting)
            row.claim_token = None
            row.updated_at = now
            return
        for recipient in waiting:
            recipient.status = "refused"
            recipient.reply = f"gave up after {row.attempts} attempts: {recipient.reply or ''}"
        refused = [r for r in row.recipients if r.status == "refused"]
        delivered = any(r.status == "delivered" for r in row.recipients)
        row.status = "sent" if delivered else "failed"
        row.sent_at = now if delivered else row.sent_at
        row.last_error = _summary(refused) if refused else None
        row.updated_at = now

    def _record_failure(self, claim: _Claim, exc: Exception, *, permanent: bool = False,
                        uncertain: bool = False) -> str:
        """Nobody got the mail (or nobody knows): failed, uncertain, or pending with backoff."""
        now = self._clock.now()
        with unit_of_work(self._factory) as session:
            row = self._owned_row(session, claim)
            if row is None:
                return "uncertain"
            row.last_error = str(exc) or type(exc).__name__
            row.updated_at = now
            if uncertain:
                row.status = "uncertain"
            elif permanent or row.attempts >= self.retry_policy.max_attempts:
                row.status = "failed"
            else:
                row.status = "pending"
                row.claim_token = None
                row.next_attempt_at = now + self.retry_policy.delay(row.attempts)
            _log_outcome(row)
            return row.status

    def _release(self, claim: _Claim, error: str) -> None:
        """Give the row back untouched (a configuration problem, not the mail's)."""
        now = self._clock.now()
        with unit_of_work(self._factory) as session:
            row = self._owned_row(session, claim)
            if row is not None:
                row.status = "pending"
                row.attempts = max(row.attempts - 1, 0)
                row.claim_token = None
                row.last_error = error
                row.updated_at = now

    # -- operator hooks (``intake outbox``, ``intake outbox retry ID``) -------------------

    def retry(self, row_id: int) -> OutboxEntry:
        """Send a failed, uncertain or partly refused mail again, same bytes, same Message-ID.

        Recipients that already got it are not sent it again; attempts start
        from zero; the rate limit is not applied (this is an explicit request).
        """
        now = self._clock.now()
        with unit_of_work(self._factory) as session:
            row = session.get(OutboundMail, row_id)
            if row is None:
                raise NotFound(f"no outbound mail with id {row_id}")
            partly = row.status == "sent" and any(r.status == "refused" for r in row.recipients)
            if row.status not in ("failed", "uncertain") and not partly:
                raise UsageError(
                    f"outbound mail {row_id} is {row.status}: only failed, uncertain or "
                    "partly refused mail can be retried"
                )
            for recipient in row.recipients:
                if recipient.status != "delivered":
                    recipient.status = "pending"
            row.status = "pending"
            row.attempts = 0
            row.claim_token = None
            row.next_attempt_at = now
            row.updated_at = now
            log.info("outbox: %s queued again by retry", row.message_id)
            return OutboxEntry.from_row(row)

    def get(self, row_id: int) -> OutboxEntry:
        with unit_of_work(self._factory) as session:
            row = session.get(OutboundMail, row_id)
            if row is None:
                raise NotFound(f"no outbound mail with id {row_id}")
            return OutboxEntry.from_row(row)

    def list(self, *, status: str | None = None, limit: int = 200) -> list[OutboxEntry]:
        """The newest rows first, optionally of one status."""
        with unit_of_work(self._factory) as session:
            query = select(OutboundMail).order_by(OutboundMail.id.desc()).limit(limit)
            if status is not None:
                query = query.where(OutboundMail.status == status)
            return [OutboxEntry.from_row(row) for row in session.scalars(query)]


def _find_existing(session: Session, message_id: str,
                   dedupe_key: str | None) -> OutboundMail | None:
    # No autoflush: every outbox row is flushed when queued (its savepoint), so what is
    # pending is the caller's other rows, written with this one's savepoint in one flush.
    with session.no_autoflush:
        if dedupe_key is None:
            return session.scalars(_BY_MESSAGE_ID, {"message_id": message_id}).first()
        return session.scalars(_BY_MESSAGE_ID_OR_KEY,
                               {"message_id": message_id, "key": dedupe_key}).first()


# Built once: every queued mail asks.
_BY_MESSAGE_ID = select(OutboundMail).where(
    OutboundMail.message_id == bindparam("message_id")).limit(1)
_BY_MESSAGE_ID_OR_KEY = select(OutboundMail).where(
    or_(OutboundMail.message_id == bindparam("message_id"),
        OutboundMail.dedupe_key == bindparam("key"))).limit(1)


def _refuse_suppressed(session: Session, row: OutboundMail) -> bool:
    """Refuse the pending recipients whose address is suppressed; whether none is left."""
    pending = [r for r in row.recipients if r.status == "pending"]
    found = suppressed_among(session, (r.address for r in pending))
    for recipient in pending:
        if recipient.address in found:
            recipient.status, recipient.reply = "refused", refusal_text(found[recipient.address])
    return bool(found) and all(r.status != "pending" for r in row.recipients)


def _summary(recipients: Sequence[OutboundRecipient]) -> str:
    return "; ".join(f"{r.address}: {r.reply}" for r in recipients)


def _log_outcome(row: OutboundMail) -> None:
    if row.status == "sent":
        delivered = sum(r.status == "delivered" for r in row.recipients)
        log.info("sent %s (%s) to %d of %d recipients", row.message_id, row.kind, delivered,
                 len(row.recipients))
    elif row.status == "pending":
        log.info("deferred %s (%s) until %s: %s", row.message_id, row.kind,
                 row.next_attempt_at.isoformat(), row.last_error)
    else:
        log.warning("%s %s (%s): %s", row.status, row.message_id, row.kind, row.last_error)
