"""Projects (jobs) of a client: what the agency is making, by when, for how much."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Project(Base):
    """A job for a client.

    ``due_date`` and ``budget`` are the current agreed values; ``original_*``
    are what was first agreed, so confirmed change orders form a ledger
    against them. ``status``: ``active``, ``on_hold``, ``cancelled``, ``done``.
    ``job_type`` names a configured job type (lead times) when recognised.
    """

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    name: Mapped[str] = mapped_column(String(300))
    job_type: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="active")
    due_date: Mapped[date | None]
    original_due_date: Mapped[date | None]
    budget: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    original_budget: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    objectives: Mapped[list[Any]] = mapped_column(JSON, default=list)
    requirements: Mapped[list[Any]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    opened_by_message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The AE the row belongs to (their address, lower-case; see [[aes]]).
    ae: Mapped[str | None] = mapped_column(String(320), index=True)

    __table_args__ = (
        Index("ix_projects_client_status", "client_id", "status"),
        Index("ix_projects_client_name", "client_id", "name"),
    )


class ProjectThread(Base):
    """Which conversations belong to which project (a thread can open or join one)."""

    __tablename__ = "project_threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id"), unique=True)
