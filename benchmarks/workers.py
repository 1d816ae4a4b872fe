"""Prints what sharing the mailboxes between ``intake run --worker`` processes gains.

A private PostgreSQL (``tests/integration/private_postgres.py``), twelve Maildirs of
``--per-box`` generated mails each (``benchmarks/corpus.py``), and 1, then 2 worker
processes started together: the time until every message is stored, messages per
second, and the speed-up of 2 over 1. Then, with 2 workers running and mail still
arriving, one is SIGKILLed: the time until its mailboxes are held by the other
(failover), against the lease. Each worker uses one process for the pure stages
(``[performance] workers = 1``), so two workers use the machine's two cores.
Run with ``.venv/bin/python benchmarks/workers.py [--per-box 150] [--lease 6]``.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from intake.storage import make_engine, migrate  # noqa: E402
from models import Lease, Message  # noqa: E402
from tests.integration.private_postgres import PrivatePostgres  # noqa: E402

BOXES = 12
CLIENTS = ("harborfoods.example", "northwindbank.example", "alpinetours.example",
           "kestrel.example", "pinecrestmedia.example", "marlinretail.example",
           "cobaltinsure.example", "sakura-foods.example")


def setup(work: Path, url: str, per_box: int, lease: int) -> Path:
    mails = list(generate(BOXES * per_box, seed=11))
    for b in range(BOXES):
        for sub in ("new", "cur", "tmp"):
            (work / f"box{b}" / sub).mkdir(parents=True, exist_ok=True)
        for i in range(per_box):
            (work / f"box{b}" / "new" / f"{i}.M{b}P{i}.bench").write_bytes(
                mails[b * per_box + i])
    clients = "".join(f'[[clients]]\nname = "C{i}"\ndomains = ["{d}"]\n'
                      for i, d in enumerate(CLIENTS))
    boxes = "".join(f'[[mailboxes]]\nname = "box{b}"\nkind = "maildir"\npath = "{work}/box{b}"\n'
                    f'batch_size = 50\n' for b in range(BOXES))
    path = work / "intake.toml"
    path.write_text(f'[database]\nurl = "{url}"\n[agency]\nname = "B"\ntimezone = "UTC"\n'
                    f'ae = "ae@agency.example"\nintake = "intake@agency.example"\n'
                    f'[outbound]\nfolder = "{work}/out"\n[performance]\nworkers = 1\n'
                    f'[workers]\nlease_seconds = {lease}\n{clients}{boxes}')
    return path


def lease_overhead(rounds: int = 300) -> float:
    """Milliseconds of one worker tick's lease statements on a private PostgreSQL."""
    from datetime import UTC, datetime, timedelta

    from intake import leases
    from intake.storage import session_factory, unit_of_work

    server = PrivatePostgres()
    server.start()
    try:
        engine = make_engine(server.url)
        migrate(engine)
        factory = session_factory(engine)
        names = [f"box{b}" for b in range(BOXES)]
        lease = timedelta(seconds=60)
        with unit_of_work(factory) as session:
            leases.register(session, "bench", datetime.now(UTC))
            leases.ensure_rows(session, names, datetime.now(UTC))
            leases.claim(session, "bench", names, datetime.now(UTC), lease, limit=6)
        start = time.perf_counter()
        for _ in range(rounds):
            with unit_of_work(factory) as session:
                now = datetime.now(UTC)
                leases.heartbeat(session, "bench", now)
                held = leases.renew(session, "bench", names[:6], now, lease)
                leases.live_workers(session, now, lease)
                leases.claim(session, "bench", names[6:], now, lease, limit=6 - len(held))
        engine.dispose()
        return (time.perf_counter() - start) / rounds * 1000
    finally:
        server.destroy()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-box", type=int, default=150)
    parser.add_argument("--lease", type=int, default=6)
    args = parser.parse_args()
    total = BOXES * args.per_box
    env = {**os.environ, "INTAKE_SECRET": "workers-benchmark-secret-01"}
    rates = {}
    for count in (1, 2):
        server = PrivatePostgres()
        server.start()
        work = Path(tempfile.mkdtemp(prefix="intake-workers-"))
        engine = make_engine(server.url)
        migrate(engine)
        path = setup(work, server.url, args.per_box, args.lease)
        run = [sys.executable, "-m", "intake", "--config", str(path), "run", "--worker"]
        start = time.perf_counter()
        procs = [subprocess.Popen(run, env=env, stdout=subprocess.DEVNULL,
                                  stderr=open(work / f"w{i}.log", "wb"))  # noqa: SIM115
                 for i in range(count)]
        shares: dict[str, int] = {}
        while True:
            with engine.connect() as db:
                done = db.execute(select(func.count()).select_from(Message)).scalar() or 0
                if done and not shares:
                    shares = dict(db.execute(select(Lease.worker_id, func.count()).where(
                        Lease.expires_at > text("now()")).group_by(Lease.worker_id)).all())
            if done >= total:
                break
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        with engine.connect() as db:  # the database's own record: first lease to last row
            began = db.execute(select(func.min(Lease.acquired_at))).scalar()
            ended = db.execute(select(func.max(Message.received_at))).scalar()
        working = total / (ended - began).total_seconds()
        rates[count] = working
        print(f"  {count} worker(s): {total} messages in {seconds:.1f} s from the start "
              f"({total / seconds:.0f} msgs/s, process start-up included), "
              f"{working:.0f} msgs/s from the first lease taken to the last message stored; "
              f"mailboxes held when the first message was stored: "
              f"{sorted(shares.values(), reverse=True)}", flush=True)
        if count == 2:
            with engine.connect() as db:
                held = dict(db.execute(select(Lease.name, Lease.worker_id).where(
                    Lease.name.like("box%"), Lease.expires_at > text("now()"))).all())
            if not held:
                print("  failover: no lease held after the run (workers idle?)", flush=True)
                continue
            victim_id = next(iter(held.values()))
            victim = next(p for p in procs if f":{p.pid}:" in victim_id)
            theirs = {n for n, w in held.items() if w == victim_id}
            victim.send_signal(signal.SIGKILL)
            victim.wait()
            killed = time.perf_counter()
            while True:
                with engine.connect() as db:
                    now_held = dict(db.execute(select(Lease.name, Lease.worker_id).where(
                        Lease.expires_at > text("now()"))).all())
                if all(now_held.get(n) not in (None, victim_id) for n in theirs):
                    break
                time.sleep(0.05)
            print(f"  failover: {len(theirs)} mailboxes held by the survivor "
                  f"{time.perf_counter() - killed:.1f} s after the SIGKILL "
                  f"(lease {args.lease} s)", flush=True)
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=60)
        engine.dispose()
        server.destroy()
    print(f"  lease work: {lease_overhead():.2f} ms per tick (heartbeat, renew 6, claim, "
          f"count the workers), one tick a third of the lease")
    print(f"workers benchmark: {BOXES} mailboxes, {total} messages; 2 workers reach "
          f"{rates[2] / rates[1]:.2f}x of 1 (first lease to last message)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
