"""The scheduler: one process per database polls the mail and runs the timed jobs.

Input: an :class:`~intake.app.App` and a stop event. Output: mail synced,
reminders and the nightly report queued, the outbox sent, on a schedule.

``serve`` is ``intake run``. It first takes the database's *scheduler lock*;
while another process holds it, this one stands by and tries again every
``standby_poll`` seconds, so a second ``intake run`` takes over when the
first dies. Holding the lock, it runs the poller threads and an APScheduler
3 ``BackgroundScheduler`` (in-memory job store: each process has its own,
never shared) with:

==========  ===================================  ===================
job         trigger                              misfire grace
==========  ===================================  ===================
outbox      every ``outbox_every`` s (60)        ``outbox_every`` / 2
reminders   every ``reminders_every`` s (300)    ``reminders_every``
report      daily at ``[report] time``, agency   1 hour
            zone; and once on taking the lock
==========  ===================================  ===================

each with ``coalesce=True`` (a backlog of missed runs is one run) and
``max_instances=1``. The report job queues tonight's report only when
:func:`intake.report_mail.report_due` says so, so a standby that takes over
after 18:00 still sends it, once. Every ``heartbeat`` seconds the lock is
checked; a lost lock (the PostgreSQL connection dropped) stops the jobs and
the process stands by again.

The lock:

- PostgreSQL: a session-level ``pg_try_advisory_lock`` on a dedicated
  connection, keyed by database and schema. The server releases it when the
  holder's connection closes, including when the process is killed.
- SQLite: an OS file lock (``filelock``, ``flock``) on ``<database>.scheduler.lock``
  next to the database file. The kernel releases it when the holder dies;
  SQLite's own file must be on the same machine anyway. Chosen over a lease
  row because it needs no clock agreement and no heartbeat writes.
- anything else (an in-memory database): a lock inside this process.

Two schedulers could never double-send anyway (outbox claims, unique
``dedupe_key`` of reminders and reports); the lock keeps them from doing the
same work twice and from polling the same mailboxes.

``run_pass`` is ``intake run --once``: one pass of everything due, in order
(see :data:`PASS_STEPS`).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from filelock import FileLock, Timeout
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from intake.errors import IntakeError
from intake.outbound.outbox import SendReport
from intake.outbound.transport import Transport
from intake.progress import Observers, SyncObserver, for_this_process
from intake.report_mail import ReportDelivery, queue_unanswered_report, report_due
from intake.scheduling import zone
from intake.sources.backoff import Backoff
from intake.storage import is_outage, outage
from intake.sync import SyncReport

if TYPE_CHECKING:
    from intake.app import App

log = logging.getLogger(__name__)

Job = Callable[["App"], object]  # called with the App; what it returns is logged


# -- the scheduler lock ------------------------------------------------------------------


class SchedulerLock(Protocol):
    """At most one holder per database at a time; released when the holder dies.

    ``try_acquire`` never blocks. ``still_held`` is cheap enough to call every
    few seconds. ``release`` is idempotent.
    """

    description: str

    def try_acquire(self) -> bool: ...

    def still_held(self) -> bool: ...

    def release(self) -> None: ...


class PostgresAdvisoryLock:
    """A session-level advisory lock held on its own connection (see the module docstring)."""

    def __init__(self, engine: Engine, *, name: str = "intake-scheduler") -> None:
        self.engine = engine
        self.name = name
        self.description = f"PostgreSQL advisory lock {name!r}"
        self._connection: Connection | None = None
        self._key: int | None = None

    def try_acquire(self) -> bool:
        if self._connection is not None:
            return self.still_held()
        connection = self.engine.connect()
        try:
            database, schema = connection.execute(
                text("SELECT current_database(), current_schema()")).one()
            key = _lock_key(f"{self.name}:{database}:{schema}")
            got = bool(connection.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                          {"key": key}).scalar())
            connection.commit()  # the lock is the session's, not the transaction's
        except SQLAlchemyError:
            connection.close()
            raise
        if not got:
            connection.close()
            return False
        self._connection, self._key = connection, key
        self.description = f"PostgreSQL advisory lock {key} ({database}.{schema})"
        return True

    def still_held(self) -> bool:
        """The lock lives as long as its session: a live connection still holds it."""
        if self._connection is None:
            return False
        try:
            self._connection.execute(text("SELECT 1"))
            self._connection.commit()
        except SQLAlchemyError as exc:
            log.error("scheduler lock connection lost: %s", exc)
            self._drop()
            return False
        return True

    def release(self) -> None:
        if self._connection is None:
            return
        try:
            self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
            self._connection.commit()
        except SQLAlchemyError:
            pass  # closing the connection releases it too
        self._drop()

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.invalidate()  # never back to the pool: it may still hold the lock
                connection.close()
            except SQLAlchemyError:
                pass


def _lock_key(name: str) -> int:
    """A signed 64-bit advisory lock key from a name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class FileSchedulerLock:
    """An OS file lock next to the SQLite database (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = f"file lock {path}"
        # No soft (file-exists) fallback: only a kernel lock is released when the holder
        # dies. The file is kept, so a waiter never locks an unlinked inode.
        self._lock = FileLock(str(path), timeout=0, thread_local=False, fallback_to_soft=False,
                              preserve_lock_file=True)

    def try_acquire(self) -> bool:
        if self._lock.is_locked:
            return True
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def still_held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)


class LocalSchedulerLock:
    """A lock inside this process: for in-memory databases, which no other process can open."""

    def __init__(self) -> None:
        self.description = "in-process lock"
        self._lock = threading.Lock()
        self._held = False

    def try_acquire(self) -> bool:
        if self._held:
            return True
        self._held = self._lock.acquire(blocking=False)
        return self._held

    def still_held(self) -> bool:
        return self._held

    def release(self) -> None:
        if self._held:
            self._held = False
            self._lock.release()


def lock_for(engine: Engine) -> SchedulerLock:
    """The right lock for this database (see the module docstring)."""
    if engine.dialect.name == "postgresql":
        return PostgresAdvisoryLock(engine)
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        return FileSchedulerLock(Path(database + ".scheduler.lock"))
    return LocalSchedulerLock()


# -- one pass of everything due ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PassReport:
    """What one :func:`run_pass` did; ``errors`` holds (step, message) of failed steps."""

    sync: SyncReport | None = None
    drafts: int = 0  # draft mails released from the daily cap's hold
    reminders: int = 0
    report: ReportDelivery | None = None
    digest: Any = None  # DigestDelivery, when this pass queued one
    outbox: SendReport | None = None
    errors: tuple[tuple[str, str], ...] = ()
    exit_code: int = 0  # of the first failing step: 3 mailbox, 4 transport, 1 anything else

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """One line for the command line."""
        parts = []
        if self.sync is not None:
            counts = ", ".join(f"{k} {v}" for k, v in sorted(self.sync.counts.items()))
            parts.append(f"mail: {counts or 'nothing new'}")
        parts.append(f"reminders queued: {self.reminders}")
        parts.append(f"report: {self.report.status if self.report else 'not due'}")
        parts.append(f"digest: {self.digest.status if self.digest else 'not due'}")
        if self.outbox is not None:
            parts.append(f"outbox: {len(self.outbox.sent)} sent, {len(self.outbox.deferred)} "
                         f"deferred, {len(self.outbox.failed)} failed, "
                         f"{len(self.outbox.uncertain)} uncertain")
        parts.extend(f"{step} failed: {message}" for step, message in self.errors)
        return "; ".join(parts)


def release_held(app: App) -> int:
    """Mail the drafts the daily cap held back, as far as today's cap allows."""
    from intake.drafts.service import release_held_drafts
    from intake.storage import unit_of_work

    held = 0
    for tenant in app.tenants():  # each AE's cap and held drafts
        with unit_of_work(app.factory) as session:
            held += release_held_drafts(session, tenant.draft_context)
    return held


def queue_due_reminders(app: App) -> int:
    """The reminder job: queue every client reminder whose moment has come."""
    from intake.guidance import send_due_reminders

    return send_due_reminders(app.guidance, app.factory)


def remind_pending_approvals(app: App) -> int:
    """The approval reminder job: approvers who have not answered a proof."""
    from intake.approvals.reminders import queue_approval_reminders

    return queue_approval_reminders(app)


def run_reminder_jobs(app: App, jobs: Sequence[Job]) -> int:
    """Every reminder job for every AE (each in their name); how many were queued."""
    queued = 0
    for tenant in app.tenants():
        for job in jobs:
            result = job(tenant)
            queued += result if isinstance(result, int) else 0
    return queued


def default_reminder_jobs() -> tuple[Job, ...]:
    return (queue_due_reminders, remind_pending_approvals)


@dataclass
class _Pass:
    app: App
    transport: Transport
    reminder_jobs: Sequence[Job]
    observer: SyncObserver | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def sync(self) -> None:
        self.values["sync"] = self.app.sync_once(self.observer)

    def drafts(self) -> None:
        self.values["drafts"] = release_held(self.app)

    def reminders(self) -> None:
        self.values["reminders"] = run_reminder_jobs(self.app, self.reminder_jobs)

    def report(self) -> None:
        for tenant in self.app.tenants():  # one report per AE
            if report_due(tenant):
                self.values["report"] = queue_unanswered_report(tenant)

    def digest(self) -> None:
        from intake.digest import digest_due, queue_digest

        for tenant in self.app.tenants():  # one digest per AE
            if digest_due(tenant):
                self.values["digest"] = queue_digest(tenant)

    def outbox(self) -> None:
        self.values["outbox"] = self.app.outbox.send_due(self.transport)


# The order of one pass: new mail first (it may answer a client or move a
# due date), then what it queues, and the outbox last so mail queued in this
# pass goes out in this pass.
PASS_STEPS: tuple[str, ...] = (
    "sync",  # every mailbox: fetch what is new, process it
    "drafts",  # drafts held by yesterday's daily cap -> draft mails
    "reminders",  # due reminders -> outbox rows
    "report",  # tonight's unanswered report, if due -> an outbox row
    "digest",  # this morning's digest, if due and anything is pending -> an outbox row
    "outbox",  # send every due row
)


def run_pass(
    app: App,
    *,
    transport: Transport | None = None,
    reminder_jobs: Sequence[Job] | None = None,
    steps: Sequence[str] = PASS_STEPS,
    observer: SyncObserver | None = None,
) -> PassReport:
    """One pass of everything due (``intake run --once``); a failing step does not stop the rest.
    ``observer`` watches the sync (a progress display)."""
    work = _Pass(app, transport or app.transport,
                 default_reminder_jobs() if reminder_jobs is None else reminder_jobs, observer)
    errors: list[tuple[str, str]] = []
    exit_code = 0
    for step in steps:
        try:
            getattr(work, step)()
        except Exception as exc:  # one failing step must not keep the outbox from sending
            if is_outage(exc):  # ...but without a database no step can do anything
                raise outage(exc) from exc
            log.exception("run pass: %s failed", step)
            errors.append((step, f"{type(exc).__name__}: {exc}"))
            exit_code = exit_code or (exc.exit_code if isinstance(exc, IntakeError) else 1)
    return PassReport(errors=tuple(errors), exit_code=exit_code, **work.values)


# -- the long-running scheduler ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SchedulerSettings:
    """Intervals in seconds. Tests shorten them; production keeps the defaults."""

    outbox_every: float = 60.0
    reminders_every: float = 300.0
    report_grace: int = 3600
    heartbeat: float = 10.0
    standby_poll: float = 5.0
    poll_mail: bool = True


def _guarded(name: str, function: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            result = function()
        except Exception as exc:
            if is_outage(exc):  # one line: it will run again when the database is back
                log.warning("job %s: %s", name, outage(exc))
                return
            log.exception("job %s failed", name)
        else:
            log.debug("job %s: %s", name, result)

    run.__name__ = f"intake_{name}"
    return run


#: ``claim(name, due_at)``: True when this process runs job ``name``'s run due at
#: ``due_at`` (workers: :func:`intake.leases.claim_run`); None runs every run.
RunClaim = Callable[[str, datetime], bool]
#: ``finish(name, due_at)``: the claimed run is done (workers: :func:`intake.leases.finish_run`).
RunFinish = Callable[[str, datetime], None]


def _every(seconds: float) -> Callable[[datetime], datetime]:
    """The due time of an interval job's run at ``now``: ``now`` floored to the interval."""
    step = max(1, int(seconds))

    def slot(now: datetime) -> datetime:
        return datetime.fromtimestamp(int(now.timestamp()) // step * step, UTC)

    return slot


def _daily_at(at: time, tz: Any) -> Callable[[datetime], datetime]:
    """The due time of a daily job's run at ``now``: the latest ``at`` not after ``now``
    (yesterday's before today's time), so a catch-up never takes tonight's run."""

    def slot(now: datetime) -> datetime:
        local = now.astimezone(tz)
        today = datetime.combine(local.date(), at, tzinfo=tz)
        return (today if today <= local else today - timedelta(days=1)).astimezone(UTC)

    return slot


def _claimed(name: str, slot_of: Callable[[datetime], datetime], function: Callable[[], object],
             claim: RunClaim | None, finish: RunFinish | None) -> Callable[[], object]:
    """``function``, run only by the process that claims its due time (see :data:`RunClaim`),
    which says when it is done."""
    if claim is None:
        return function

    def run() -> object:
        due_at = slot_of(datetime.now(UTC))
        if not claim(name, due_at):
            return f"the run due {due_at:%H:%M:%S} is another worker's"
        result = function()
        if finish is not None:
            finish(name, due_at)
        return result

    return run


def build_scheduler(
    app: App,
    *,
    transport: Transport,
    reminder_jobs: Sequence[Job],
    settings: SchedulerSettings,
    now: datetime | None = None,
    claim: RunClaim | None = None,
    finish: RunFinish | None = None,
) -> BackgroundScheduler:
    """The APScheduler with intake's jobs added (not started). The reminder and held-draft
    jobs act for every AE; the report and the digest are one job per AE, at that AE's
    time. With ``claim`` (workers sharing a database) each run is done by one process."""
    tz = zone(app.config.agency.timezone)
    scheduler = BackgroundScheduler(
        timezone=tz,
        executors={"default": ThreadPoolExecutor(3)},
        job_defaults={"coalesce": True, "max_instances": 1},
    )
    outbox = app.outbox
    # (id, title, every so many seconds, misfire grace, what it runs)
    every: tuple[tuple[str, str, float, float, Callable[[], object]], ...] = (
        ("outbox", "send the outbox", settings.outbox_every, settings.outbox_every / 2,
         lambda: outbox.send_due(transport)),
        *((f"reminders-{i}", f"reminders-{i}", settings.reminders_every,
           settings.reminders_every, partial(run_reminder_jobs, app, (job,)))
          for i, job in enumerate(reminder_jobs)),
        ("held-drafts", "mail drafts held by the daily cap", settings.reminders_every,
         settings.reminders_every, lambda: release_held(app)),
    )
    for name, title, seconds, grace, function in every:
        slots = _every(seconds)
        scheduler.add_job(
            _guarded(name, _claimed(name, slots, function, claim, finish)),
            IntervalTrigger(seconds=seconds, timezone=tz,
                            start_date=slots(datetime.now(UTC)) + timedelta(seconds=seconds)),
            id=name, name=title, misfire_grace_time=max(1, int(grace)),
            coalesce=True, max_instances=1,
        )

    from intake.digest import digest_due, queue_digest

    for tenant in app.tenants():
        suffix = f"-{tenant.config.ae.name}" if app.config.many_aes else ""
        for kind, title, due, queue, at in (
            ("report", "nightly unanswered report", report_due, queue_unanswered_report,
             tenant.config.report.time),
            ("digest", "the AE's morning digest", digest_due, queue_digest,
             tenant.config.digest.time),
        ):
            name = f"{kind}{suffix}"
            job = _claimed(name, _daily_at(at, tz),
                           partial(_daily, tenant, outbox, transport, due, queue), claim,
                           finish)
            scheduler.add_job(
                _guarded(name, job),
                CronTrigger(hour=at.hour, minute=at.minute, second=at.second, timezone=tz),
                id=name, name=title,
                misfire_grace_time=settings.report_grace, coalesce=True, max_instances=1,
            )
            # Taking over after the job's time (a restart, a standby): catch up once.
            scheduler.add_job(
                _guarded(f"{name} catch-up", job),
                DateTrigger(run_date=now or datetime.now(tz), timezone=tz),
                id=f"{name}-catch-up", misfire_grace_time=settings.report_grace,
                coalesce=True, max_instances=1,
            )
    return scheduler


def _daily(app: App, outbox: Any, transport: Transport, due: Callable[[App], bool],
           queue: Callable[[App], Any]) -> object:
    """A once-a-day mail (report, digest): queued when due, then sent at once."""
    if not due(app):
        return "not due"
    delivery = queue(app)
    if delivery.status == "queued":
        outbox.send_due(transport)
    return delivery.status


def serve(
    app: App,
    stop: threading.Event,
    *,
    transport: Transport | None = None,
    reminder_jobs: Sequence[Job] | None = None,
    settings: SchedulerSettings = SchedulerSettings(),
    lock: SchedulerLock | None = None,
    on_acting: Callable[[bool], None] | None = None,
) -> None:
    """``intake run``: stand by until the lock is ours, then act until ``stop`` or the lock goes.

    ``on_acting(True/False)`` is told when this process starts and stops acting
    (a seam for tests and monitoring).
    """
    lock = lock or lock_for(app.engine)
    transport = transport or app.transport
    jobs = default_reminder_jobs() if reminder_jobs is None else tuple(reminder_jobs)
    waiting_logged = False
    backoff = Backoff(base=settings.standby_poll, cap=60.0)
    while not stop.is_set():
        try:
            acquired = lock.try_acquire()
        except Exception as exc:
            if not is_outage(exc):
                raise
            delay = backoff.next_delay()
            log.warning("%s; trying again in %.1f s", outage(exc), delay)
            stop.wait(delay)
            continue
        backoff.reset()
        if not acquired:
            if not waiting_logged:
                log.info("standing by: another intake run holds the %s", lock.description)
                waiting_logged = True
            stop.wait(settings.standby_poll)
            continue
        waiting_logged = False
        log.info("acting as the scheduler (%s)", lock.description)
        if on_acting is not None:
            on_acting(True)
        try:
            _act(app, stop, lock, transport=transport, jobs=jobs, settings=settings)
        finally:
            lock.release()
            if on_acting is not None:
                on_acting(False)


def _act(
    app: App,
    stop: threading.Event,
    lock: SchedulerLock,
    *,
    transport: Transport,
    jobs: Sequence[Job],
    settings: SchedulerSettings,
) -> None:
    """Run the poller and the jobs while the lock is held and ``stop`` is not set."""
    from intake.poller import watch_mailbox

    halt = threading.Event()
    threads: list[threading.Thread] = []
    metrics, server = _metrics(app)
    if settings.poll_mail and app.config.mailboxes:
        app.pipeline  # noqa: B018 - build it once, before the threads share it
        for mailbox in app.config.mailboxes:
            watchers: list[SyncObserver] = [for_this_process()]
            hooks: dict[str, Any] = {}
            if metrics is not None:
                watchers.append(metrics)
                hooks = {"on_sync": partial(_synced, metrics, mailbox.name),
                         "on_error": partial(metrics.failed, mailbox.name)}
            threads.append(threading.Thread(
                target=watch_mailbox, args=(app, mailbox, halt),
                kwargs={"observer": Observers(watchers), **hooks},
                name=f"mailbox-{mailbox.name}", daemon=True))
    scheduler = build_scheduler(app, transport=transport, reminder_jobs=jobs, settings=settings)
    for thread in threads:
        thread.start()
    scheduler.start()
    try:
        while not stop.wait(settings.heartbeat):
            if not lock.still_held():
                log.error("lost the %s: stopping the jobs and standing by", lock.description)
                break
    finally:
        halt.set()
        scheduler.shutdown(wait=True)
        for thread in threads:
            thread.join()
        if server is not None:
            server.shutdown()
            server.server_close()


def _metrics(app: App) -> tuple[Any, Any]:
    """(metrics, HTTP server) when ``[metrics] port`` is set, else (None, None)."""
    settings = app.config.metrics
    if settings.port is None:
        return None, None
    from intake.metrics import Metrics

    metrics = Metrics(app.factory)
    return metrics, metrics.serve(settings.host, settings.port)


def _synced(metrics: Any, mailbox: str, _report: SyncReport) -> None:
    metrics.synced(mailbox)


def run_once(app: App, *, wait: float = 0.0, lock: SchedulerLock | None = None,
             transport: Transport | None = None,
             reminder_jobs: Sequence[Job] | None = None,
             observer: SyncObserver | None = None) -> PassReport | None:
    """``intake run --once``: take the lock (waiting up to ``wait`` s), run one pass, let go.

    None when another ``intake run`` kept the lock the whole time.
    """
    lock = lock or lock_for(app.engine)
    deadline = threading.Event()
    waited = 0.0
    while not lock.try_acquire():
        if waited >= wait:
            return None
        deadline.wait(min(0.5, wait - waited))
        waited += 0.5
    try:
        return run_pass(app, transport=transport, reminder_jobs=reminder_jobs, observer=observer)
    finally:
        lock.release()
