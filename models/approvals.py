"""Approval rounds: a proof the agency sent a client, and what the client decided.

A round opens when agency mail carrying a proof (an attachment of a proof kind, or a
link to a proofing service) goes to a client contact; a new proof in the same thread
opens the next round, and the earlier one keeps its outcome. Every decision read from
a reply is kept (:class:`ApprovalDecision`); the round shows the latest.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base

ROUND_STATUSES = ("pending", "approved", "approved_with_changes", "changes_requested",
                  "rejected")


class ApprovalRound(Base):
    """One proof out for approval. ``files``: ``[{"name", "sha256", "content_type"}]`` (or
    ``{"link"}`` for a proofing service); ``approvers``: the client addresses it went to."""

    __tablename__ = "approval_rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id"), index=True)
    round: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(24), default="pending")
    files: Mapped[list[Any]] = mapped_column(JSON, default=list)
    approvers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source_message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    source_message_id: Mapped[str | None] = mapped_column(String(998))
    sent_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(320))
    evidence: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    decision_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    decision_message_id: Mapped[str | None] = mapped_column(String(998))
    # Reminders to the approvers; any reply from one of them stops them (replied_at).
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_reminded_at: Mapped[datetime | None]
    replied_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The AE the row belongs to (their address, lower-case; see [[aes]]).
    ae: Mapped[str | None] = mapped_column(String(320), index=True)

    decisions: Mapped[list[ApprovalDecision]] = relationship(
        back_populates="round_", cascade="all, delete-orphan", lazy="selectin",
        order_by="ApprovalDecision.id")

    __table_args__ = (Index("ix_approval_rounds_status", "status"),)


class ApprovalDecision(Base):
    """One decision read from one reply; ``flagged`` when the sender was not an approver."""

    __tablename__ = "approval_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("approval_rounds.id", ondelete="CASCADE"),
                                          index=True)
    status: Mapped[str] = mapped_column(String(24))
    evidence: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    decided_by: Mapped[str] = mapped_column(String(320), default="")
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    message_id: Mapped[str | None] = mapped_column(String(998))
    decided_at: Mapped[datetime]

    round_: Mapped[ApprovalRound] = relationship(back_populates="decisions")
