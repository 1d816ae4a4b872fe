"""Stored mail: messages, where each copy lives, folder checkpoints, threads, quarantine."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class Message(Base):
    """One message, stored once however often and wherever it was fetched.

    ``fingerprint`` is the SHA-256 of the raw bytes with line endings
    normalised and transport trace headers (Received, Delivered-To, ...)
    left out, so the copy in INBOX and the copy in Sent are one row. Two
    different messages that share a Message-ID have different fingerprints
    and are both kept.
    """

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)

    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    in_reply_to: Mapped[list[Any]] = mapped_column(JSON, default=list)
    references: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    from_name: Mapped[str] = mapped_column(String(320), default="")
    from_email: Mapped[str] = mapped_column(String(320), default="", index=True)
    to: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cc: Mapped[list[Any]] = mapped_column(JSON, default=list)
    date: Mapped[datetime | None]
    received_at: Mapped[datetime]

    original_sender: Mapped[str | None] = mapped_column(String(320))
    original_name: Mapped[str | None] = mapped_column(String(320))
    original_date: Mapped[datetime | None]
    original_subject: Mapped[str | None] = mapped_column(Text)
    forward_style: Mapped[str | None] = mapped_column(String(16))

    text: Mapped[str] = mapped_column(Text, default="")
    new_text: Mapped[str] = mapped_column(Text, default="")
    forward_note: Mapped[str] = mapped_column(Text, default="")
    defects: Mapped[list[Any]] = mapped_column(JSON, default=list)

    kind: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(String(64))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id"))
    processed_at: Mapped[datetime | None]
    # The AE the row belongs to (their address, lower-case; see [[aes]]).
    ae: Mapped[str | None] = mapped_column(String(320), index=True)

    locations: Mapped[list[MessageLocation]] = relationship(
        back_populates="message", cascade="all, delete-orphan", lazy="selectin"
    )
    client: Mapped[Any] = relationship("Client", lazy="joined")

    __table_args__ = (
        Index("ix_messages_thread_date", "thread_id", "date"),
        Index("ix_messages_kind_date", "kind", "date"),
        # The unanswered report: "a later AE mail in this thread" from the index alone.
        Index("ix_messages_kind_thread_date", "kind", "thread_id", "date"),
    )

    @property
    def effective_date(self) -> datetime:
        return self.date or self.received_at


class MessageLocation(Base):
    """One copy of a message in one folder: (mailbox, folder, UIDVALIDITY, UID) or a Maildir key."""

    __tablename__ = "message_locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    mailbox: Mapped[str] = mapped_column(String(128))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    key: Mapped[str | None] = mapped_column(String(512))
    internal_date: Mapped[datetime | None]
    seen_at: Mapped[datetime]

    message: Mapped[Message] = relationship(back_populates="locations")

    __table_args__ = (
        UniqueConstraint("mailbox", "folder", "uidvalidity", "uid"),
        UniqueConstraint("mailbox", "folder", "key"),
        Index("ix_message_locations_message_pk", "message_pk"),
    )


class MessageReference(Base):
    """One Message-ID that a message names in In-Reply-To or References.

    Indexed by the referenced ID so a parent that arrives after its replies
    finds them without scanning every message.
    """

    __tablename__ = "message_references"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(String(998), index=True)
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id"))

    __table_args__ = (UniqueConstraint("message_pk", "ref"),)


class FolderState(Base):
    """The checkpoint of one folder: written in the same transaction as its messages."""

    __tablename__ = "folder_states"

    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(128))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    synced_at: Mapped[datetime | None]

    __table_args__ = (UniqueConstraint("mailbox", "folder"),)


class Thread(Base):
    """A conversation: messages linked by Message-ID headers or by subject and participants."""

    __tablename__ = "threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    subject_key: Mapped[str] = mapped_column(String(512), index=True)
    started_at: Mapped[datetime]
    last_message_at: Mapped[datetime]


class QuarantinedMail(Base):
    """A message that failed a stage: raw bytes, stage and error kept for replay."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    mailbox: Mapped[str] = mapped_column(String(128))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    key: Mapped[str | None] = mapped_column(String(512))
    stage: Mapped[str] = mapped_column(String(16))
    error: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    last_attempt_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
