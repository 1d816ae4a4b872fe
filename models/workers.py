"""Workers sharing an agency's mailboxes through PostgreSQL (``intake run --worker``).

Each mailbox (and the scheduled jobs, as ``job:scheduler``) is held by at most one
worker at a time under a lease that expires unless renewed; a worker that dies loses
its leases at expiry and another takes them. ``workers`` records each worker's
heartbeat so the others know how many share the work.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Worker(Base):
    """One ``intake run --worker`` process: where it runs and when it last said so."""

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]
    stopped_at: Mapped[datetime | None]


class JobRun(Base):
    """One run of a scheduled job at one due time, claimed by the worker that inserted it:
    with several workers each due report, digest or reminder pass runs once."""

    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    due_at: Mapped[datetime] = mapped_column(primary_key=True)
    worker_id: Mapped[str] = mapped_column(String(128))
    claimed_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class Lease(Base):
    """Who holds one mailbox (or ``job:scheduler``) until when."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    worker_id: Mapped[str | None] = mapped_column(String(128))
    expires_at: Mapped[datetime]
    acquired_at: Mapped[datetime | None]
    renewed_at: Mapped[datetime | None]
