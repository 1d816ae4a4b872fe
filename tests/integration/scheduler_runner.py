"""A real ``intake run`` scheduler process for tests, with fast intervals and a visible job.

``python -m tests.integration.scheduler_runner CONFIG MARKS`` builds the app
from CONFIG and serves until SIGTERM. Its one reminder job appends
``<pid> <unix time>`` to MARKS each time it runs, so a test can see which
process acts and when; "acting"/"standing down" lines go to stdout.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

from intake.app import build_app
from intake.config import load
from intake.jobs import SchedulerSettings, serve

FAST = SchedulerSettings(outbox_every=0.5, reminders_every=0.2, heartbeat=0.2,
                         standby_poll=0.2, poll_mail=False)


def main(config_path: str, marks_path: str) -> int:
    app = build_app(load(Path(config_path)))
    marks = Path(marks_path)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def mark(_app: object) -> int:
        with marks.open("a", encoding="ascii") as handle:
            handle.write(f"{os.getpid()} {time.time():.3f}\n")
        return 0

    def acting(now_acting: bool) -> None:
        print("acting" if now_acting else "standing down", flush=True)

    print("started", flush=True)
    try:
        serve(app, stop, reminder_jobs=[mark], settings=FAST, on_acting=acting)
    finally:
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
