"""``intake run --worker``: one of several processes sharing the mailboxes on PostgreSQL.

Every ``tick`` (a third of the lease) the worker says it is alive, renews what it
holds, takes free or expired mailboxes up to its fair share and gives back any
surplus (after the batch in hand is committed). Every worker runs the scheduler;
each run of a scheduled job (outbox, reminders, each AE's report and digest) is
claimed by inserting its ``(job, due time)`` row in ``job_runs``, so it runs once
across the workers, and a dead worker's jobs go on in the others without waiting
for a lease. A worker waits one tick after it registers before taking mailboxes, so
workers started together see each other and split the mailboxes from the start.
See :mod:`intake.leases`. Leases are timed by the wall clock, whatever clock the
rest of intake is given. SQLite has one process by design: ``--worker`` is refused
there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from intake import leases
from intake.errors import ConfigError
from intake.storage import is_outage, outage, unit_of_work

if TYPE_CHECKING:
    from intake.app import App

log = logging.getLogger(__name__)
#: How long a new worker waits for the workers started with it to register.
JOIN_WAIT = 2.0
#: How long claimed job runs are kept (the table is history, not state).
RUNS_KEPT = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    lease: timedelta = timedelta(seconds=60)

    @property
    def tick(self) -> float:
        return self.lease.total_seconds() / 3


@dataclass
class _Watch:
    thread: threading.Thread
    stop: threading.Event


def serve_worker(app: App, stop: threading.Event, *, settings: WorkerSettings | None = None,
                 transport: Any = None, reminder_jobs: Sequence[Any] | None = None,
                 worker_id: str | None = None,
                 on_tick: Callable[[set[str]], None] | None = None) -> None:
    """Share the mailboxes with the other workers until ``stop`` (see the module docstring)."""
    if app.engine.dialect.name != "postgresql":
        raise ConfigError("intake run --worker shares the mailboxes through PostgreSQL; with "
                          "SQLite run `intake run` (one process)", key="database.url")
    from intake.poller import watch_mailbox

    settings = settings or WorkerSettings()
    me = worker_id or leases.new_worker_id()
    boxes = {m.name: m for m in app.config.mailboxes}
    held: dict[str, _Watch] = {}
    scheduler: Any = None
    with unit_of_work(app.factory) as session:
        leases.register(session, me, _now())
        leases.ensure_rows(session, list(boxes), _now())
        leases.forget_runs(session, _now() - RUNS_KEPT)
    log.info("worker %s: sharing %d mailbox(es)", me, len(boxes))
    app.pipeline  # noqa: B018 - build it once, before the threads share it
    stop.wait(min(settings.tick, JOIN_WAIT))  # let workers started with this one register
    try:
        from intake.jobs import SchedulerSettings, build_scheduler, default_reminder_jobs

        jobs = default_reminder_jobs() if reminder_jobs is None else reminder_jobs
        scheduler = build_scheduler(app, transport=transport or app.transport,
                                    reminder_jobs=jobs, settings=SchedulerSettings(),
                                    claim=partial(_claim_run, app, me),
                                    finish=partial(_finish_run, app))
        scheduler.start()
        while not stop.is_set():
            try:
                with unit_of_work(app.factory) as session:
                    now = _now()
                    leases.heartbeat(session, me, now)
                    still = set(leases.renew(session, me, list(held), now, settings.lease))
                    share = leases.fair_share(
                        len(boxes), leases.live_workers(session, now, settings.lease))
                    mine = sorted(n for n in held if n in still)
                    surplus = mine[share:]
                    taken = leases.claim(session, me, [n for n in boxes if n not in held], now,
                                         settings.lease, limit=share - len(mine))
            except Exception as exc:
                if not is_outage(exc):
                    raise
                log.warning("worker %s: %s; trying again", me, outage(exc))
                stop.wait(settings.tick)
                continue
            for name in [n for n in held if n not in still]:
                log.warning("worker %s: lost the lease on %s; stopping it", me, name)
                _stop(held.pop(name))
            for name in surplus:
                log.info("worker %s: giving %s back to share the work", me, name)
                _stop(held.pop(name))
                with unit_of_work(app.factory) as session:
                    leases.release(session, me, [name], now=_now())
            for name in taken:
                log.info("worker %s: took %s", me, name)
                halt = threading.Event()
                thread = threading.Thread(target=watch_mailbox, args=(app, boxes[name], halt),
                                          name=f"mailbox-{name}", daemon=True)
                thread.start()
                held[name] = _Watch(thread, halt)
            if on_tick is not None:
                on_tick(set(held))
            stop.wait(settings.tick)
    finally:
        for watch in held.values():
            watch.stop.set()
        for watch in held.values():
            watch.thread.join()
        if scheduler is not None:
            scheduler.shutdown(wait=True)
        try:
            with unit_of_work(app.factory) as session:
                leases.stopped(session, me, _now())
        except Exception as exc:  # the leases expire by themselves
            log.warning("worker %s: could not give the leases back: %s", me, exc)


def _claim_run(app: App, worker_id: str, name: str, due_at: datetime) -> bool:
    """This worker's claim on one run of a scheduled job (see :func:`leases.claim_run`)."""
    with unit_of_work(app.factory) as session:
        return leases.claim_run(session, worker_id, name, due_at, _now())


def _finish_run(app: App, name: str, due_at: datetime) -> None:
    """The run this worker claimed is done: ``job_runs`` says when."""
    with unit_of_work(app.factory) as session:
        leases.finish_run(session, name, due_at, _now())


def _stop(watch: _Watch) -> None:
    """Stop one mailbox's thread after the batch in hand is committed."""
    watch.stop.set()
    watch.thread.join()


def _now() -> datetime:
    return datetime.now(UTC)
