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
                                  stderr=subprocess.DEVNULL) for _ in range(count)]
        while True:
            with engine.connect() as db:
                done = db.execute(select(func.count()).select_from(Message)).scalar() or 0
            if done >= total:
                break
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        rates[count] = total / seconds
        print(f"  {count} worker(s): {total} messages in {seconds:.1f} s, "
              f"{rates[count]:.0f} msgs/s")
        if count == 2:
            with engine.connect() as db:
                held = dict(db.execute(select(Lease.name, Lease.worker_id).where(
                    Lease.name.like("box%"), Lease.expires_at > text("now()"))).all())
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
                  f"(lease {args.lease} s)")
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=60)
        engine.dispose()
        server.destroy()
    print(f"workers benchmark: {BOXES} mailboxes, {total} messages; 2 workers reach "
          f"{rates[2] / rates[1]:.2f}x of 1")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
