"""``intake run --worker``: one of several processes sharing the mailboxes on PostgreSQL.

Every ``tick`` (a third of the lease) the worker says it is alive, renews what it
holds, takes free or expired mailboxes up to its fair share and gives back any
surplus (after the batch in hand is committed); the worker holding ``job:scheduler``
runs the scheduled jobs (outbox, reminders, report, digest). See
:mod:`intake.leases`. Leases are timed by the wall clock, whatever clock the rest of
intake is given. SQLite has one process by design: ``--worker`` is refused there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from intake import leases
from intake.errors import ConfigError
from intake.storage import is_outage, outage, unit_of_work

if TYPE_CHECKING:
    from intake.app import App

log = logging.getLogger(__name__)


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
    from intake.jobs import SchedulerSettings, build_scheduler, default_reminder_jobs
    from intake.poller import watch_mailbox

    settings = settings or WorkerSettings()
    me = worker_id or leases.new_worker_id()
    boxes = {m.name: m for m in app.config.mailboxes}
    held: dict[str, _Watch] = {}
    scheduler: Any = None
    with unit_of_work(app.factory) as session:
        leases.register(session, me, _now())
        leases.ensure_rows(session, [*boxes, leases.SCHEDULER], _now())
    log.info("worker %s: sharing %d mailbox(es)", me, len(boxes))
    app.pipeline  # noqa: B018 - build it once, before the threads share it
    try:
        while not stop.is_set():
            try:
                with unit_of_work(app.factory) as session:
                    now = _now()
                    leases.heartbeat(session, me, now)
                    wanted = [*held, *([leases.SCHEDULER] if scheduler else [])]
                    still = set(leases.renew(session, me, wanted, now, settings.lease))
                    share = leases.fair_share(
                        len(boxes), leases.live_workers(session, now, settings.lease))
                    mine = sorted(n for n in held if n in still)
                    surplus = mine[share:]
                    taken = leases.claim(session, me, [n for n in boxes if n not in held], now,
                                         settings.lease, limit=share - len(mine))
                    if scheduler is None:
                        got = leases.claim(session, me, [leases.SCHEDULER], now,
                                           settings.lease, limit=1)
                        still |= set(got)
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
            if leases.SCHEDULER in still and scheduler is None:
                log.info("worker %s: running the scheduled jobs", me)
                jobs = default_reminder_jobs() if reminder_jobs is None else reminder_jobs
                scheduler = build_scheduler(app, transport=transport or app.transport,
                                            reminder_jobs=jobs, settings=SchedulerSettings())
                scheduler.start()
            elif leases.SCHEDULER not in still and scheduler is not None:
                scheduler.shutdown(wait=True)
                scheduler = None
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


def _stop(watch: _Watch) -> None:
    """Stop one mailbox's thread after the batch in hand is committed."""
    watch.stop.set()
    watch.thread.join()


def _now() -> datetime:
    return datetime.now(UTC)
