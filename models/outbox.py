"""The outbox: every mail intake sends is a row here first, then a separate job sends it.

States of :class:`OutboundMail` (``status``):

- ``pending``: waiting until ``next_attempt_at``;
- ``sending``: claimed by one process (``claim_token``) that is talking to the server;
- ``sent``: every recipient is either delivered or permanently refused (see its recipients);
- ``failed``: nobody got it (5xx, too many 4xx, or rate limited before sending);
- ``uncertain``: the connection dropped after the message data went out, or the
  sending process died while claimed; it is never re-sent without ``retry``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base

OUTBOX_STATUSES = ("pending", "sending", "sent", "failed", "uncertain")
RECIPIENT_STATUSES = ("pending", "delivered", "refused", "bounced")


class OutboundMail(Base):
    """One mail to send, stored with its final bytes and Message-ID from the moment it is queued.

    ``raw`` never changes after queueing, so every attempt (and a retry of an
    uncertain send) carries the same Message-ID. ``dedupe_key`` (unique)
    stops the same reminder or draft mail from being queued twice.
    """

    __tablename__ = "outbound_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    dedupe_key: Mapped[str | None] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    sender: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text, default="")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    cause_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))

    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    claimed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]

    recipients: Mapped[list[OutboundRecipient]] = relationship(
        back_populates="mail",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="OutboundRecipient.id",
    )

    __table_args__ = (Index("ix_outbound_mail_status_due", "status", "next_attempt_at"),)


class OutboundRecipient(Base):
    """One envelope recipient of an outbound mail and what its server said.

    ``status`` is ``pending`` (still to try; ``reply`` holds the last 4xx),
    ``delivered``, ``refused`` (a 5xx, kept in ``reply``), or ``bounced`` (accepted,
    then a delivery report came back: ``reply`` says which). ``address`` is
    lower-cased; the per-recipient rate limit counts rows by it.
    """

    __tablename__ = "outbound_recipients"

    id: Mapped[int] = mapped_column(primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("outbound_mail.id", ondelete="CASCADE"))
    address: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    reply: Mapped[str | None] = mapped_column(Text)

    mail: Mapped[OutboundMail] = relationship(back_populates="recipients")

    __table_args__ = (
        Index("ix_outbound_recipients_mail_id", "mail_id"),
        Index("ix_outbound_recipients_address", "address"),
    )


class SuppressedAddress(Base):
    """An outside address intake sends nothing to until the AE clears it.

    Made when a delivery report says mail intake sent there failed for good
    (``bounce_message_pk``, ``outbound_mail_id``, ``reason``); kept after it is
    cleared (``cleared_at``, ``cleared_by``) as the record of what happened. At most
    one row per address is in force (``cleared_at`` empty).
    """

    __tablename__ = "suppressed_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(320), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    bounce_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    outbound_mail_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbound_mail.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    cleared_at: Mapped[datetime | None]
    cleared_by: Mapped[str | None] = mapped_column(String(320))
