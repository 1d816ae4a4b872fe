"""Leases and job runs on PostgreSQL: which worker holds which mailbox, who runs a job.

A lease is one row (``models.workers.Lease``) per mailbox name. A worker
claims free or expired rows with ``SELECT ... FOR UPDATE SKIP LOCKED`` (two workers
never wait on, or take, the same row), renews the ones it holds every third of the
lease, and lets go of them when it stops. A worker that dies keeps its leases until
they expire, then another takes them. Each worker takes at most its fair share (the
mailboxes divided by the live workers, rounded up), so a second worker that starts
gets half of the mailboxes within a lease period as the first one lets go of its
surplus. The checkpoint and content fingerprint keep a hand-over exactly-once even if
two workers overlap by a batch.

Scheduled jobs take no lease: each run is one ``job_runs`` row per job and due time,
and the worker whose insert went in runs it (:func:`claim_run`).
"""

from __future__ import annotations

import math
import os
import socket
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from models import JobRun, Lease, Worker


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def register(session: Session, worker_id: str, now: datetime) -> None:
    session.merge(Worker(id=worker_id, host=socket.gethostname(), pid=os.getpid(),
                         started_at=now, heartbeat_at=now, stopped_at=None))


def heartbeat(session: Session, worker_id: str, now: datetime) -> None:
    session.execute(update(Worker).where(Worker.id == worker_id)
                    .values(heartbeat_at=now, stopped_at=None))


def live_workers(session: Session, now: datetime, lease: timedelta) -> int:
    return int(session.scalar(select(func.count()).select_from(Worker).where(
        Worker.stopped_at.is_(None), Worker.heartbeat_at > now - lease)) or 0) or 1


def fair_share(mailboxes: int, workers: int) -> int:
    return math.ceil(mailboxes / max(workers, 1)) if mailboxes else 0


def ensure_rows(session: Session, names: Sequence[str], now: datetime) -> None:
    """A lease row for every name (free: expired long ago)."""
    if names:
        session.execute(pg_insert(Lease).values(
            [{"name": n, "worker_id": None, "expires_at": now - timedelta(days=1)}
             for n in names]).on_conflict_do_nothing(index_elements=["name"]))


def claim(session: Session, worker_id: str, names: Sequence[str], now: datetime,
          lease: timedelta, *, limit: int) -> list[str]:
    """Take up to ``limit`` free or expired leases among ``names``; the names taken."""
    if limit <= 0 or not names:
        return []
    free = list(session.scalars(
        select(Lease.name).where(Lease.name.in_(names), Lease.expires_at <= now)
        .order_by(Lease.name).limit(limit).with_for_update(skip_locked=True)))
    if free:
        session.execute(update(Lease).where(Lease.name.in_(free)).values(
            worker_id=worker_id, expires_at=now + lease, acquired_at=now, renewed_at=now))
    return free


def renew(session: Session, worker_id: str, names: Sequence[str], now: datetime,
          lease: timedelta) -> list[str]:
    """Extend the leases this worker still holds; the names it still holds."""
    if not names:
        return []
    held = list(session.scalars(
        update(Lease).where(Lease.name.in_(names), Lease.worker_id == worker_id,
                            Lease.expires_at > now)
        .values(expires_at=now + lease, renewed_at=now).returning(Lease.name)))
    return held


def release(session: Session, worker_id: str, names: Sequence[str] | None = None,
            *, now: datetime) -> None:
    """Let go of ``names`` (all of this worker's leases when None) at once."""
    query = update(Lease).where(Lease.worker_id == worker_id)
    if names is not None:
        query = query.where(Lease.name.in_(names))
    session.execute(query.values(worker_id=None, expires_at=now))


def claim_run(session: Session, worker_id: str, name: str, due_at: datetime,
              now: datetime) -> bool:
    """Take the one run of scheduled job ``name`` due at ``due_at``: True for the one worker
    whose row went in, False for every other (an ``INSERT ... ON CONFLICT DO NOTHING``)."""
    inserted = session.execute(pg_insert(JobRun).values(
        name=name, due_at=due_at, worker_id=worker_id, claimed_at=now)
        .on_conflict_do_nothing(index_elements=["name", "due_at"]).returning(JobRun.name))
    return inserted.first() is not None


def finish_run(session: Session, name: str, due_at: datetime, now: datetime) -> None:
    session.execute(update(JobRun).where(JobRun.name == name, JobRun.due_at == due_at)
                    .values(finished_at=now))


def forget_runs(session: Session, before: datetime) -> int:
    """Runs claimed before ``before`` are history: dropped so the table stays small."""
    result = session.execute(delete(JobRun).where(JobRun.claimed_at < before))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def stopped(session: Session, worker_id: str, now: datetime) -> None:
    release(session, worker_id, now=now)
    session.execute(update(Worker).where(Worker.id == worker_id).values(stopped_at=now))

