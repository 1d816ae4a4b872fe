"""Addresses intake sends nothing to: an outside address a delivery report said is gone.

Input: the addresses of a mail about to be queued or sent. Output: those in force
here, with why (:class:`models.outbox.SuppressedAddress`). The outbox refuses those
recipients (a refused recipient row saying why, the mail ``failed`` when nobody is
left) until the AE clears the address (``intake outbox clear ADDRESS``): guidance and
reminders to a dead address would bounce again, and a client who changed address is
the AE's to find out, not intake's to keep mailing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from intake.errors import NotFound
from models.outbox import SuppressedAddress


def suppressed_among(session: Session, addresses: Iterable[str]) -> dict[str, SuppressedAddress]:
    """The addresses of ``addresses`` in force now, lower-cased, with their rows."""
    wanted = sorted({a.lower() for a in addresses})
    if not wanted:
        return {}
    rows = session.scalars(_IN_FORCE, {"wanted": wanted})
    return {row.address: row for row in rows}


# Built once: every queued mail asks.
_IN_FORCE = select(SuppressedAddress).where(
    SuppressedAddress.address.in_(bindparam("wanted", expanding=True)),
    SuppressedAddress.cleared_at.is_(None))


def refusal_text(row: SuppressedAddress) -> str:
    """What a refused recipient row says, with the command that lifts it."""
    return (f"suppressed since {row.created_at:%Y-%m-%d}: {row.reason} "
            f"(intake outbox clear {row.address})")


def suppress(session: Session, address: str, *, reason: str, now: datetime,
             bounce_message_pk: int | None = None,
             outbound_mail_id: int | None = None) -> SuppressedAddress | None:
    """Suppress ``address``; None when it already is (the row in force stays as it is)."""
    address = address.lower()
    if address in suppressed_among(session, [address]):
        return None
    row = SuppressedAddress(address=address, reason=reason[:2000], created_at=now,
                            bounce_message_pk=bounce_message_pk,
                            outbound_mail_id=outbound_mail_id)
    session.add(row)
    session.flush()
    return row


def clear(session: Session, address: str, *, actor: str, now: datetime) -> SuppressedAddress:
    """Send to ``address`` again; :class:`NotFound` when it is not suppressed."""
    row = suppressed_among(session, [address]).get(address.lower())
    if row is None:
        raise NotFound(f"{address} is not suppressed")
    row.cleared_at, row.cleared_by = now, actor
    return row


def in_force(session: Session) -> Sequence[SuppressedAddress]:
    """Every suppression in force, oldest first."""
    return session.scalars(select(SuppressedAddress)
                           .where(SuppressedAddress.cleared_at.is_(None))
                           .order_by(SuppressedAddress.id)).all()
