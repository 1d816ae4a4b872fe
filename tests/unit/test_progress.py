"""Progress of a sync: a redrawn line on a terminal, a log line every N seconds elsewhere."""

from __future__ import annotations

import io
import logging

import pytest

from intake.progress import LogProgress, Observers, TerminalProgress, for_this_process


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_terminal_line_shows_done_total_rate_and_time_left() -> None:
    clock, out = Clock(), io.StringIO()
    bar = TerminalProgress(out, every=0.2, clock=clock)
    bar.folder_started("ae", "INBOX")
    clock.now += 10
    bar.batch_done("ae", "INBOX", ["stored"] * 200, 800)
    line = out.getvalue().split("\r\x1b[K")[-1]
    assert line == "ae/INBOX: [####                ] 200 of 1,000 (20%), 20 msgs/s, 40s left"
    clock.now += 0.1
    bar.batch_done("ae", "INBOX", ["stored"] * 200, 600)  # too soon to redraw
    assert out.getvalue().count("\r") == 1
    clock.now += 30
    bar.batch_done("ae", "INBOX", ["stored"] * 600, 0)  # the last batch always draws
    bar.folder_done("ae", "INBOX")
    assert out.getvalue().endswith("1,000 of 1,000 (100%), 25 msgs/s, 0s left\n")


def test_a_quiet_folder_draws_nothing() -> None:
    out = io.StringIO()
    bar = TerminalProgress(out, clock=Clock())
    bar.folder_started("ae", "Sent")
    bar.folder_done("ae", "Sent")
    assert out.getvalue() == ""


def test_logs_a_line_every_interval_and_one_at_the_end_of_a_long_folder(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="intake.progress")
    clock = Clock()
    progress = LogProgress(interval=30, clock=clock)
    progress.folder_started("ae", "INBOX")
    for k in range(10):  # 10 batches, 10 s apart
        clock.now += 10
        progress.batch_done("ae", "INBOX", ["stored"] * 100, 900 - 100 * k)
    progress.folder_done("ae", "INBOX")
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 4  # at 30, 60 and 90 s, and the end
    assert lines[0] == "sync ae/INBOX: 300 of 1,000 (30%), 10 msgs/s, 1m10s left"
    assert lines[-1] == "sync done ae/INBOX: 1,000 of 1,000 (100%), 10 msgs/s, 0s left"


def test_a_short_sync_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="intake.progress")
    clock = Clock()
    progress = Observers([LogProgress(interval=30, clock=clock)])
    progress.folder_started("ae", "INBOX")
    clock.now += 2
    progress.batch_done("ae", "INBOX", ["stored"] * 3, 0)
    progress.folder_done("ae", "INBOX")
    assert caplog.records == []


def test_a_bar_on_a_terminal_and_log_lines_anywhere_else() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert isinstance(for_this_process(Tty()), TerminalProgress)
    assert isinstance(for_this_process(io.StringIO()), LogProgress)
