"""Drafts the AE decides on by reply: CCRs and change orders, their versions, tokens and audit.

- :class:`Draft`: one Client Contact Report (``ccr``) or change order
  (``change_order``), with a stable id and its current version's fields;
- :class:`DraftVersion`: a snapshot per version (an edit or a move makes a new
  one, with the diff and the Message-ID of the draft mail sent for it);
- :class:`DraftToken`: every reply token issued, by nonce; used at most once;
- :class:`ChangeLedgerEntry`: a confirmed change against a project's original
  budget and due date;
- :class:`AuditEvent`: who did what to which draft, when, and which message caused it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from models.base import Base

DRAFT_KINDS = ("ccr", "change_order")
DRAFT_STATUSES = ("draft", "confirmed", "rejected", "superseded", "expired")


class Draft(Base):
    """A CCR or change order drafted from one client message.

    ``status``: ``draft`` (waiting for the AE), ``confirmed``, ``rejected``,
    ``superseded`` (a later CCR of the same conversation carries its facts) or
    ``expired`` (its last token expired with no decision). ``facts`` is a
    list of ``{"kind", "text", "sentence", ...}`` dicts, each with the client
    sentence it came from; ``impact`` holds a change order's
    ``{"budget": {"before", "after"}, "due": {"before", "after"}}``.
    """

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    source_message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    contact: Mapped[str] = mapped_column(String(320), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    due_date: Mapped[date | None]
    facts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    impact: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(320))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    relayed_at: Mapped[datetime | None]
    sent_to_client_at: Mapped[datetime | None]
    # The AE the row belongs to (their address, lower-case; see [[aes]]).
    ae: Mapped[str | None] = mapped_column(String(320), index=True)

    # Loaded when read, not with the draft: an open CCR that took a month of mail has
    # hundreds of versions, each a snapshot of its facts (see ``latest_version``).
    versions: Mapped[list[DraftVersion]] = relationship(
        back_populates="draft", order_by="DraftVersion.number", lazy="select",
        cascade="all, delete-orphan",
    )

    @property
    def latest_version(self) -> DraftVersion | None:
        """The current version, read alone unless the versions are loaded already."""
        if "versions" in self.__dict__ or self.id is None:
            return self.versions[-1] if self.versions else None
        session = object_session(self)
        if session is None:
            return self.versions[-1] if self.versions else None
        return session.scalars(select(DraftVersion).where(DraftVersion.draft_id == self.id)
                               .order_by(DraftVersion.number.desc()).limit(1)).first()

    def add_version(self, version: DraftVersion) -> None:
        """Add the next version without loading the ones before it."""
        session = object_session(self)
        if "versions" in self.__dict__ or session is None or self.id is None:
            self.versions.append(version)
        else:
            version.draft_id = self.id
            session.add(version)

    __table_args__ = (
        Index("ix_drafts_status", "status"),
        Index("ix_drafts_source_message_pk", "source_message_pk"),
        Index("ix_drafts_project_id", "project_id"),
    )


class DraftVersion(Base):
    """One version of a draft as the AE saw it: its fields, the diff from the last, its mail."""

    __tablename__ = "draft_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    diff: Mapped[list[Any]] = mapped_column(JSON, default=list)
    mail_message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    caused_by_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    created_at: Mapped[datetime]

    draft: Mapped[Draft] = relationship(back_populates="versions")

    __table_args__ = (
        UniqueConstraint("draft_id", "number"),
        # The daily cap counts today's draft mails: by creation time, not a scan.
        Index("ix_draft_versions_created_at", "created_at"),
    )


class DraftToken(Base):
    """A reply token we issued, by its nonce; ``used_at`` is set once, atomically.

    The token itself is not stored: it is a bearer secret, and its HMAC makes
    it verifiable without a lookup. The row makes single use enforceable.
    """

    __tablename__ = "draft_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))

    __table_args__ = (Index("ix_draft_tokens_draft_id", "draft_id"),)


class ChangeLedgerEntry(Base):
    """A confirmed change to a project: what changed and the budget/due date before and after."""

    __tablename__ = "change_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"))
    what: Mapped[str] = mapped_column(Text, default="")
    budget_before: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    budget_after: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    due_before: Mapped[date | None]
    due_after: Mapped[date | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    confirmed_at: Mapped[datetime]

    __table_args__ = (Index("ix_change_ledger_project_id", "project_id"),)


class AuditEvent(Base):
    """One thing that happened to a draft or a reply: drafted, edited, confirmed, refused...

    ``actor`` is an e-mail address, ``intake`` or ``operator:<login>``;
    ``message_pk`` is the message that caused it (a client mail, a reply).
    ``draft_id`` is empty for a refused reply whose token names no draft.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(320))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    reason: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime]

    __table_args__ = (
        Index("ix_audit_events_draft_id", "draft_id"),
        Index("ix_audit_events_action_at", "action", "at"),
    )
