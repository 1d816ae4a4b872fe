"""Progress of a sync, for people and for monitoring.

Input: what :func:`intake.sync.sync_source` reports as it goes (a folder started,
a batch stored with each message's outcome status, a folder done). Output: on a
terminal, one line per folder redrawn in place (messages done of the total, rate,
time left); otherwise a log line every ``interval`` seconds with the same figures;
and the metrics (``intake.metrics``) from the same calls. A first sync of 50,000
messages is no longer silent for an hour. The cost is a clock read and a comparison
per batch (``benchmarks/progress.py``).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TextIO

log = logging.getLogger(__name__)


class SyncObserver(Protocol):
    """What a sync tells whoever watches it; every method must be cheap and never raise."""

    def folder_started(self, mailbox: str, folder: str) -> None: ...

    def batch_done(self, mailbox: str, folder: str, statuses: Sequence[str],
                   pending: int) -> None: ...

    def folder_done(self, mailbox: str, folder: str) -> None: ...


@dataclass
class _Folder:
    started: float
    done: int = 0
    total: int = 0


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


@dataclass
class _Figures:
    """Counts per folder and the line that shows them."""

    clock: Callable[[], float] = time.monotonic
    folders: dict[tuple[str, str], _Folder] = field(default_factory=dict)

    def start(self, mailbox: str, folder: str) -> None:
        self.folders[(mailbox, folder)] = _Folder(self.clock())

    def add(self, mailbox: str, folder: str, stored: int, pending: int) -> _Folder:
        state = self.folders.setdefault((mailbox, folder), _Folder(self.clock()))
        state.done += stored
        state.total = state.done + pending
        return state

    def line(self, mailbox: str, folder: str, state: _Folder, *, bar: bool = False) -> str:
        elapsed = max(self.clock() - state.started, 1e-9)
        rate = state.done / elapsed
        left = (state.total - state.done) / rate if rate > 0 else 0.0
        share = state.done / state.total if state.total else 1.0
        shown = f"[{'#' * round(share * 20):<20}] " if bar else ""
        return (f"{mailbox}/{folder}: {shown}{state.done:,} of {state.total:,} ({share:.0%}), "
                f"{rate:.0f} msgs/s, {_duration(left)} left")


class TerminalProgress:
    """A line per folder, redrawn at most every ``every`` seconds, finished with a newline."""

    def __init__(self, stream: TextIO | None = None, *, every: float = 0.2,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self.figures = _Figures(clock)
        self._drawn = 0.0

    def folder_started(self, mailbox: str, folder: str) -> None:
        self.figures.start(mailbox, folder)

    def batch_done(self, mailbox: str, folder: str, statuses: Sequence[str],
                   pending: int) -> None:
        state = self.figures.add(mailbox, folder, len(statuses), pending)
        now = self.figures.clock()
        if now - self._drawn >= self.every or pending == 0:
            self._drawn = now
            self.stream.write("\r\x1b[K" + self.figures.line(mailbox, folder, state, bar=True))
            self.stream.flush()

    def folder_done(self, mailbox: str, folder: str) -> None:
        state = self.figures.folders.pop((mailbox, folder), None)
        if state is not None and state.done:
            self.stream.write("\r\x1b[K" + self.figures.line(mailbox, folder, state, bar=True)
                              + "\n")
            self.stream.flush()


class LogProgress:
    """A log line every ``interval`` seconds while a folder has work, and one at its end
    when it took longer than that (a quiet mailbox logs nothing)."""

    def __init__(self, *, interval: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self.figures = _Figures(clock)
        self._logged: dict[tuple[str, str], float] = {}

    def folder_started(self, mailbox: str, folder: str) -> None:
        self.figures.start(mailbox, folder)
        self._logged[(mailbox, folder)] = self.figures.clock()

    def batch_done(self, mailbox: str, folder: str, statuses: Sequence[str],
                   pending: int) -> None:
        state = self.figures.add(mailbox, folder, len(statuses), pending)
        now = self.figures.clock()
        if now - self._logged.get((mailbox, folder), state.started) >= self.interval:
            self._logged[(mailbox, folder)] = now
            log.info("sync %s", self.figures.line(mailbox, folder, state))

    def folder_done(self, mailbox: str, folder: str) -> None:
        state = self.figures.folders.pop((mailbox, folder), None)
        self._logged.pop((mailbox, folder), None)
        if state is not None and self.figures.clock() - state.started >= self.interval:
            log.info("sync done %s", self.figures.line(mailbox, folder, state))


@dataclass(frozen=True)
class Observers:
    """Several observers as one."""

    each: Sequence[SyncObserver]

    def folder_started(self, mailbox: str, folder: str) -> None:
        for observer in self.each:
            observer.folder_started(mailbox, folder)

    def batch_done(self, mailbox: str, folder: str, statuses: Sequence[str],
                   pending: int) -> None:
        for observer in self.each:
            observer.batch_done(mailbox, folder, statuses, pending)

    def folder_done(self, mailbox: str, folder: str) -> None:
        for observer in self.each:
            observer.folder_done(mailbox, folder)


def for_this_process(stream: TextIO | None = None) -> SyncObserver:
    """A bar on a terminal, log lines anywhere else (a service, a pipe, a cron job)."""
    stream = stream or sys.stderr
    return TerminalProgress(stream) if stream.isatty() else LogProgress()
