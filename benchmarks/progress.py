"""Prints what the progress display and the metrics cost a sync: with and without.

A Maildir of ``--messages`` generated mails (``benchmarks/corpus.py``) is synced into a
fresh SQLite database (no extraction, so the sync's own work is as small as it gets
and the observers' share as large as it can be), ``--rounds`` times each way in
alternation: no observer; a terminal bar (written to /dev/null, redrawn every batch)
with the log progress and the metrics. Printed: the best wall time of each, the
difference in percent, and the time spent inside the observers' calls themselves.
Run with ``.venv/bin/python benchmarks/progress.py [--messages 5000] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402


class Timed:
    """An observer that adds up the time its inner observer spends."""

    def __init__(self, inner: object) -> None:
        self.inner, self.seconds = inner, 0.0

    def __getattr__(self, name: str) -> object:
        method = getattr(self.inner, name)

        def timed(*args: object) -> None:
            start = time.perf_counter()
            method(*args)
            self.seconds += time.perf_counter() - start
        return timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from intake.app import App
    from intake.clock import clock_from_environment
    from intake.config import AgencyConfig, Config, MailboxConfig
    from intake.metrics import Metrics
    from intake.progress import LogProgress, Observers, TerminalProgress
    from intake.storage import make_engine, migrate

    work = Path(tempfile.mkdtemp(prefix="intake-progress-"))
    maildir = work / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for i, raw in enumerate(generate(args.messages, seed=5)):
        (maildir / "new" / f"{i:06d}.M{i}P1.bench").write_bytes(raw)
    agency = AgencyConfig(name="A", timezone="UTC", ae="ae@agency.example",
                          intake="intake@agency.example")

    def sync(observer: object | None, n: int) -> float:
        url = f"sqlite:///{work / f'run{n}.db'}"
        engine = make_engine(url)
        migrate(engine)
        config = Config(path=None, database_url=url, agency=agency, mailboxes=(
            MailboxConfig(name="ae", kind="maildir", path=maildir, batch_size=200),))
        app = App(config=config, engine=engine, clock=clock_from_environment({}), environ={})
        app.pipeline = replace(app.pipeline, extractor=None, after_store=(), workers=1)  # type: ignore[misc]
        start = time.perf_counter()
        app.sync_once(observer)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        engine.dispose()
        return seconds

    plain, watched, inside = [], [], []
    devnull = open(os.devnull, "w")  # noqa: SIM115
    for n in range(args.rounds):
        plain.append(sync(None, 2 * n))
        observer = Timed(Observers([TerminalProgress(devnull, every=0.0), LogProgress(),
                                    Metrics()]))
        watched.append(sync(observer, 2 * n + 1))
        inside.append(observer.seconds)
    best_plain, best_watched = min(plain), min(watched)
    print(f"progress benchmark: {args.messages} messages, Maildir -> SQLite, no extraction, "
          f"best of {args.rounds}")
    print(f"  without observers {best_plain:.2f} s, with bar + log + metrics "
          f"{best_watched:.2f} s ({(best_watched - best_plain) / best_plain:+.1%})")
    print(f"  inside the observers: {min(inside) * 1000:.1f} ms "
          f"({min(inside) / best_plain:.3%} of the sync)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
