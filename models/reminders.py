"""Scheduling guidance state per project: timing reminders and the guidance mails (issue 5).

:class:`ProjectReminder`: one reminder to the client before a milestone they
own, planned from the project's schedule. ``status``:

- ``pending``: waiting for ``due_at`` (UTC) and business hours in the client's zone;
- ``queued``: handed to the outbox (``outbound_id``); never queued again;
- ``cancelled``: re-planned away, project on hold/cancelled/done, or too late
  (``reason`` says which). A cancelled reminder that a later plan brings back
  becomes ``pending`` again (same row, same key).

:class:`GuidanceMail`: the one schedule or infeasibility explanation a project
gets for one (job type, due date). ``status``: ``awaiting_confirmation``
(infeasible, ``guidance.auto_send`` off: the AE must confirm), ``queued``,
``cancelled`` (the date or status changed first), ``skipped`` (nobody to mail).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

REMINDER_STATUSES = ("pending", "queued", "cancelled")
GUIDANCE_STATUSES = ("awaiting_confirmation", "queued", "cancelled", "skipped")
GUIDANCE_KINDS = ("schedule", "infeasible")


class ProjectReminder(Base):
    """A reminder before one client-owned milestone; ``key`` is ``intake.scheduling.reminder_key``.

    ``(project_id, key)`` is unique, so a plan that names the same milestone,
    date and moment again finds the existing row instead of adding a second.
    """

    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    milestone: Mapped[str] = mapped_column(String(200))
    milestone_date: Mapped[date]
    due_at: Mapped[datetime]
    client_tz: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    reason: Mapped[str | None] = mapped_column(Text)
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_mail.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("project_id", "key"),
        Index("ix_reminders_status_due_at", "status", "due_at"),
    )


class GuidanceMail(Base):
    """The schedule (feasible) or the explanation (infeasible) sent for one job type and due date.

    Unique per ``(project_id, kind, job_type, due_date)``: asking twice for
    the same plan never mails the client twice.
    """

    __tablename__ = "guidance_mails"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    job_type: Mapped[str] = mapped_column(String(100))
    due_date: Mapped[date]
    earliest_due: Mapped[date]
    status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str | None] = mapped_column(Text)
    recipient: Mapped[str | None] = mapped_column(String(320))
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_mail.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("project_id", "kind", "job_type", "due_date"),
        Index("ix_guidance_mails_status", "status"),
    )
