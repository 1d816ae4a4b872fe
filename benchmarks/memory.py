"""Memory and time of `intake run --once` over a generated Maildir, workers counted.

Run: .venv/bin/python benchmarks/memory.py [--messages 5000] [--workers 1 2] [--trace 5]

For each worker count it writes the corpus (benchmarks/corpus.py) into a
Maildir with a config whose clients match its senders, runs `intake init`
and `intake run --once` as a child process, and samples the child and all its
descendants (the fork server and the workers) every 0.2 s. It prints the wall
time, messages per second, the main process's peak RSS and the peak of the
tree's summed PSS (proportional set size: a page shared by three processes
counts a third in each, so the sum is the memory the run really holds).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

INTAKE = str(Path(sys.executable).parent / "intake")
CLIENTS = {
    "Harbor Foods": "harborfoods.example", "Northwind Bank": "northwindbank.example",
    "Alpine Tours": "alpinetours.example", "Kestrel": "kestrel.example",
    "Pinecrest": "pinecrestmedia.example", "Marlin": "marlinretail.example",
    "Cobalt": "cobaltinsure.example", "Sakura": "sakura-foods.example",
}


def write_maildir(folder: Path, count: int) -> None:
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for i, raw in enumerate(generate(count)):
        (folder / "cur" / f"{i:06d}.bench:2,S").write_bytes(raw)


def write_config(base: Path, workers: int) -> Path:
    clients = "".join(f'[[clients]]\nname = "{name}"\ndomains = ["{domain}"]\n'
                      for name, domain in CLIENTS.items())
    path = base / "intake.toml"
    path.write_text(f"""[database]
url = "sqlite:///intake.db"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "dana@brightline.example"
intake = "intake@brightline.example"
traffic = "traffic@brightline.example"
coordinator = "ac@brightline.example"
[[mailboxes]]
name = "ae"
kind = "maildir"
path = "maildir"
[outbound]
folder = "outbox"
[drafts]
max_age_days = 3650   # draft every client mail: the heaviest case
[performance]
workers = {workers}
{clients}""", encoding="utf-8")
    return path


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo += [int(c) for c in children]
    return found


def _kb(pid: int, path: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(messages: int, workers: int, maildir: Path, trace: float = 0.0) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "maildir").symlink_to(maildir)
        config = write_config(base, workers)
        env = {**os.environ, "INTAKE_SECRET": "benchmark-secret-0123456789",
               "INTAKE_NOW": "2026-07-01T12:00:00Z"}
        subprocess.run([INTAKE, "--config", str(config), "init"], check=True, env=env,
                       capture_output=True)
        start = time.perf_counter()
        child = subprocess.Popen([INTAKE, "--config", str(config), "run", "--once"], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        peaks = {"rss": 0, "pss": 0}
        done = threading.Event()

        def sample() -> None:
            said = 0.0
            while not done.wait(0.2):
                rss = _kb(child.pid, "status", "VmRSS:")
                peaks["rss"] = max(peaks["rss"], rss)
                each = [_kb(p, "smaps_rollup", "Pss:") for p in _tree(child.pid)]
                total = sum(each)
                peaks["pss"] = max(peaks["pss"], total)
                if trace and time.perf_counter() - start - said >= trace:
                    said = time.perf_counter() - start
                    print(f"  {said:6.1f} s: main RSS {rss / 1024:5.0f} MB, "
                          f"tree PSS {total / 1024:5.0f} MB "
                          f"({', '.join(f'{kb / 1024:.0f}' for kb in each)})", flush=True)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        output, _ = child.communicate()
        elapsed = time.perf_counter() - start
        done.set()
        sampler.join()
        summary = next((line for line in output.splitlines() if line.startswith("mail:")), output)
        print(f"workers={workers}: {elapsed:6.1f} s, {messages / elapsed:5.1f} msgs/s, "
              f"main peak RSS {peaks['rss'] / 1024:5.0f} MB, "
              f"tree peak PSS {peaks['pss'] / 1024:5.0f} MB   ({summary.strip()[:60]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--trace", type=float, default=0.0, metavar="SECONDS",
                        help="print the main RSS and the tree's PSS every SECONDS")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        maildir = Path(tmp) / "maildir"
        write_maildir(maildir, args.messages)
        print(f"{args.messages} generated messages, `intake run --once`, drafting every one")
        for workers in args.workers:
            run(args.messages, workers, maildir, args.trace)


if __name__ == "__main__":
    main()
