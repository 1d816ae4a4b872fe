"""Both cores: the pure stages of a batch run in worker processes while this one stores.

Input: batches of :class:`Work` and "now". Output: the same works, filled in
(:func:`intake.stages.fill`) in fetch order, when :meth:`WorkerPool.collect`
is called for them.

The workers are forked from multiprocessing's fork server, which imports the
parsers (and spaCy) once before forking, so the workers share those pages
instead of holding a copy each. A worker that dies (a crash in a C library,
the OOM killer) breaks the pool: the messages in flight are run again one at a
time in a fresh pool, and a message that kills a worker on its own fails with
"worker died" (and is quarantined) while the rest of its batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime

from intake.stages import Prepared, PureStages, Work, fill

log = logging.getLogger(__name__)

# Modules the fork server imports once, for every worker to share (warm builds spaCy and
# the matchers there, before any fork).
PRELOAD = ["intake.stages", "intake.parsers.warm"]
#: How long a new pool may take to answer its first task (it imports and warms spaCy).
PROBE_SECONDS = 120
#: Messages per task handed to a worker: enough to amortise pickling, few enough to spread.
CHUNK = 16

_stages: PureStages | None = None  # each worker's own copy, set by _start


def _start(stages: PureStages) -> None:
    global _stages
    _stages = stages


def _probe() -> bool:
    return _stages is not None


def _run(raws: list[tuple[object, datetime]]) -> list[Prepared]:
    assert _stages is not None
    return [_stages.prepare_values(raw, now) for raw, now in raws]  # type: ignore[arg-type]


@dataclass
class Pending:
    """A batch handed to the pool: its works and one future per chunk of them."""

    works: list[Work]
    now: datetime
    futures: list[tuple[list[Work], Future[list[Prepared]]]]


class WorkerPool:
    """A process pool running :class:`PureStages`; use it as a context manager."""

    def __init__(self, stages: PureStages, workers: int):
        self.stages, self.workers = stages, workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the workers and see one answer; :class:`PoolUnavailable` when none can run
        (the message blamed for a crash must never be one a broken pool could not read)."""
        try:
            if not self._pool().submit(_probe).result(timeout=PROBE_SECONDS):
                raise PoolUnavailable("the workers started without their stages")
        except Exception as exc:  # broken, unpicklable, slow: any of them means no workers
            self.close()
            raise PoolUnavailable(f"worker processes cannot run: {exc}") from exc

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            self._executor = ProcessPoolExecutor(self.workers, mp_context=context,
                                                 initializer=_start, initargs=(self.stages,))
        return self._executor

    def submit(self, works: Sequence[Work], *, now: datetime) -> Pending:
        """Hand ``works`` to the workers; returns at once."""
        pending = Pending(list(works), now, [])
        for start in range(0, len(works), CHUNK):
            chunk = list(works[start : start + CHUNK])
            pending.futures.append((chunk, self._submit(chunk, now)))
        return pending

    def _submit(self, chunk: list[Work], now: datetime) -> Future[list[Prepared]]:
        try:
            return self._pool().submit(_run, [(w.raw, now) for w in chunk])
        except BrokenProcessPool:
            self._restart()
            return self._pool().submit(_run, [(w.raw, now) for w in chunk])

    def collect(self, pending: Pending) -> None:
        """Wait for ``pending`` and fill in its works; see the module docstring for crashes."""
        orphans: list[Work] = []
        for chunk, future in pending.futures:
            try:
                results = future.result()
            except BrokenProcessPool:
                orphans += chunk
                continue
            for work, prepared in zip(chunk, results, strict=True):
                fill(work, prepared)
        if orphans:
            log.warning("a worker process died: %d messages run again one by one", len(orphans))
            self._restart()
            for work in orphans:
                self._alone(work, pending.now)

    def _alone(self, work: Work, now: datetime) -> None:
        try:
            (prepared,) = self._submit([work], now).result()
        except BrokenProcessPool:
            self._restart()
            location = work.raw.location.describe()
            log.error("message at %s kills the worker process that reads it", location)
            work.failure = ("prepare", WorkerDied(f"the worker process died reading {location}"))
            return
        fill(work, prepared)

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


class PoolUnavailable(Exception):
    """No worker process could run at all (the pipeline then runs the stages itself)."""


class WorkerDied(Exception):
    """A worker process died while it read this message (a crash, the OOM killer)."""
