"""Ingest figures: prints parse-only vs full-ingest throughput, IDLE latency, sync scaling, RSS.

Run: .venv/bin/python benchmarks/ingest.py [--messages 5000] [--big 10000]
Needs Dovecot (scripts/ensure-dovecot); starts a private one on loopback.

- parse-only: mail-parser alone over the generated corpus (msgs/s)
- ingest: `App.sync_once()` from that corpus in Dovecot into a fresh SQLite
  file: fetch, record, parse, classify, thread, commit (msgs/s), and the ratio;
  then the same with extraction and the drafting hooks switched on
- latency: APPEND to stored row while the poller IDLEs (median, p90, of N mails)
- sync scaling: a sync finding 10 new messages in a 1,000- and a 10,000-message
  folder (seconds, and their ratio)
- peak RSS of this process (includes the benchmark's own corpus in memory)
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mailparser  # noqa: E402

from benchmarks.corpus import generate  # noqa: E402
from intake.storage import make_engine, migrate  # noqa: E402
from tests.integration.apps import client_mail, config_for, counts, make_app  # noqa: E402
from tests.integration.dovecot import DovecotServer  # noqa: E402


def parse_only(raws: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in raws:
        with contextlib.suppress(Exception):  # a crash still costs its time
            mailparser.parse_from_bytes(raw)
    return len(raws) / (time.perf_counter() - start)


def fresh_engine(tmp: Path, name: str):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp / name}")
    migrate(engine)
    return engine


def full_ingest(
    server: DovecotServer, user: str, raws: list[bytes], tmp: Path, *, understand: bool
) -> float:
    """Sync ``raws`` from Dovecot into a fresh SQLite file; msgs/s.

    ``understand=False`` times the foundation stages (record, parse, classify,
    thread, store); ``True`` adds extraction and the drafting hooks.
    """
    for start in range(0, len(raws), 1000):
        server.append_many(user, "INBOX", raws[start : start + 1000])
    engine = fresh_engine(tmp, f"ingest-{user}.db")
    app = make_app(engine, config_for(server, user=user, folders=("INBOX",), batch_size=500))
    if not understand:
        app.pipeline.extractor = None
        app.pipeline.after_store = ()
    app.pipeline  # noqa: B018 - mirror clients before timing
    start = time.perf_counter()
    report = app.sync_once()
    elapsed = time.perf_counter() - start
    stored, _, quarantined = counts(engine)
    print(f"  full ingest: {report.fetched} fetched, {stored} stored, {quarantined} quarantined")
    return report.fetched / elapsed


def idle_latency(server: DovecotServer, user: str, tmp: Path, samples: int) -> list[float]:
    from intake.poller import watch_mailbox

    engine = fresh_engine(tmp, "latency.db")
    config = config_for(server, user=user, folders=("INBOX",), poll_interval=60)
    app = make_app(engine, config)
    stop = threading.Event()
    ready = threading.Event()
    worker = threading.Thread(
        target=watch_mailbox,
        args=(app, config.mailboxes[0], stop),
        kwargs={"on_sync": lambda _r: ready.set()},
        daemon=True,
    )
    worker.start()
    ready.wait(10)
    latencies = []
    for i in range(samples):
        time.sleep(0.3)  # let the poller get back into IDLE
        before = counts(engine)[0]
        start = time.perf_counter()
        server.append(user, "INBOX", client_mail(f"Latency {i}").as_bytes())
        while counts(engine)[0] == before:
            time.sleep(0.005)
        latencies.append(time.perf_counter() - start)
    stop.set()
    worker.join(10)
    return latencies


def sync_scaling(server: DovecotServer, user: str, size: int, tmp: Path) -> float:
    """Seconds for a sync that finds 10 new messages in a folder of ``size``."""
    batch = [client_mail(f"Filler {i}").as_bytes() for i in range(500)]
    for start in range(0, size, len(batch)):
        server.append_many(user, "INBOX", batch[: min(len(batch), size - start)])
    engine = fresh_engine(tmp, f"scale-{size}.db")
    app = make_app(engine, config_for(server, user=user, folders=("INBOX",), batch_size=500))
    app.sync_once()  # the initial sync is not what we time
    server.append_many(user, "INBOX", [client_mail(f"New {i}").as_bytes() for i in range(10)])
    start = time.perf_counter()
    report = app.sync_once()
    elapsed = time.perf_counter() - start
    assert report.counts.get("stored") == 10, report.counts
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--big", type=int, default=10000)
    parser.add_argument("--latency-samples", type=int, default=20)
    args = parser.parse_args()

    raws = list(generate(args.messages))
    size_kb = sum(map(len, raws)) / len(raws) / 1024
    print(f"corpus: {len(raws)} generated messages, mean {size_kb:.1f} KB")
    users = ["bench-ingest@agency.example", "bench-latency@agency.example",
             "bench-small@agency.example", "bench-big@agency.example",
             "bench-full@agency.example"]
    server = DovecotServer(users=users)
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmpdir:
            tmp = Path(tmpdir)
            parse_rate = parse_only(raws)
            print(f"parse-only (mail-parser alone): {parse_rate:8.0f} msgs/s")
            ingest_rate = full_ingest(server, users[0], raws, tmp, understand=False)
            print(f"ingest IMAP -> SQLite:          {ingest_rate:8.0f} msgs/s  (record, parse,"
                  " classify, thread, store)")
            print(f"ingest / parse-only ratio:      {ingest_rate / parse_rate:8.2f}  (goal >= 0.5)")
            full_rate = full_ingest(server, users[4], raws, tmp, understand=True)
            print(f"ingest + extraction + drafting: {full_rate:8.0f} msgs/s"
                  f"  (ratio {full_rate / parse_rate:.2f})")
            lat = idle_latency(server, users[1], tmp, args.latency_samples)
            print(
                f"APPEND -> stored row (IDLE):    median {statistics.median(lat) * 1000:.0f} ms, "
                f"p90 {sorted(lat)[int(len(lat) * 0.9) - 1] * 1000:.0f} ms, "
                f"max {max(lat) * 1000:.0f} ms over {len(lat)}  (goal median < 1 s)"
            )
            small = sync_scaling(server, users[2], args.small, tmp)
            big = sync_scaling(server, users[3], args.big, tmp)
            print(f"sync finding 10 new in {args.small:>6}: {small * 1000:8.1f} ms")
            print(f"sync finding 10 new in {args.big:>6}: {big * 1000:8.1f} ms")
            print(f"ratio big / small:              {big / small:8.2f}  (goal < 1.5)")
    finally:
        server.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
