"""Prints what intake makes of mangled mail: nothing lost, nothing crashes, few drafts.

Seeds: Python's own email test corpus (``test.test_email``'s data) and, when
``scripts/fetch-bounce-corpus`` has run, Mailman's bounce corpus. Each mutant is one
seed with a few random mutations (bytes flipped, dropped or repeated, lines cut,
headers duplicated or truncated, two messages spliced, CR/LF mixed, NULs, 8-bit in
headers). The mutants go into a Maildir read by ``intake run --once`` in this
process, with every seed's sender domain configured as a client (the worst case:
garbage from a client). Printed: mutants, stored, duplicates folded, quarantined,
lost (a mutant neither stored nor quarantined), crashes (the pass raising), peak RSS,
and the draft mails the garbage made for the AE. Run with
``.venv/bin/python benchmarks/fuzz.py [--mutants 2000] [--seed 7]``.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from collections.abc import Callable
from email import message_from_bytes
from email.utils import parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOUNCES = ROOT / "tests" / ".cache" / "flufl-bounce-6.0.0"


def seeds() -> list[bytes]:
    import test.test_email

    found = sorted((Path(test.test_email.__file__).parent / "data").glob("msg_*.txt"))
    found += sorted(BOUNCES.glob("*.txt"))
    return [p.read_bytes() for p in found]


def _flip(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + bytes([rng.randrange(256)]) + data[i + 1:]


def _drop(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + data[i + rng.randrange(1, 64):]


def _repeat(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + data[i:i + rng.randrange(1, 200)] * rng.randrange(2, 20) + data[i:]


def _cut_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    if len(lines) > 2:
        del lines[rng.randrange(len(lines)):][: rng.randrange(1, 5)]
    return b"\n".join(lines)


def _header_games(data: bytes, rng: random.Random) -> bytes:
    head, sep, body = data.partition(b"\n\n")
    lines = head.split(b"\n")
    line = rng.choice(lines)
    choice = rng.randrange(3)
    if choice == 0:
        lines.insert(rng.randrange(len(lines) + 1), line)  # a duplicated header
    elif choice == 1:
        lines[lines.index(line)] = line[: rng.randrange(len(line) + 1)]  # a truncated one
    else:
        lines.append(b"Subject: =?utf-8?q?" + bytes(rng.randrange(128, 256) for _ in range(8))
                     + b"?=")
    return b"\n".join(lines) + sep + body


def _crlf(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\r", b"\r\r\n"]), rng.randrange(50))


def _nul(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + b"\0" * rng.randrange(1, 8) + data[i:]


MUTATIONS: tuple[Callable[[bytes, random.Random], bytes], ...] = (
    _flip, _drop, _repeat, _cut_lines, _header_games, _crlf, _nul)


def mutants(pool: list[bytes], count: int, rng: random.Random) -> list[bytes]:
    out = []
    for _ in range(count):
        data = rng.choice(pool)
        if rng.random() < 0.1:  # two messages spliced
            other = rng.choice(pool)
            data = data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1):]
        for _ in range(rng.randrange(1, 6)):
            data = rng.choice(MUTATIONS)(data, rng)
        out.append(data)
    return out


def sender_domains(pool: list[bytes]) -> list[str]:
    domains = set()
    for raw in pool:
        _, address = parseaddr(str(message_from_bytes(raw).get("From", "")))
        domain = address.rpartition("@")[2].lower().strip(".>")
        if domain and " " not in domain and '"' not in domain:
            domains.add(domain)
    return sorted(domains)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    from sqlalchemy import func, select

    from intake.app import build_app
    from intake.config import load
    from intake.jobs import run_pass
    from intake.storage import make_engine, migrate
    from models import Message, MessageLocation, OutboundMail, QuarantinedMail

    pool = seeds()
    made = mutants(pool, args.mutants, random.Random(args.seed))
    work = Path(tempfile.mkdtemp(prefix="intake-fuzz-"))
    maildir = work / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for i, raw in enumerate(made):
        (maildir / "new" / f"{i}.M{i}P1.fuzz").write_bytes(raw)
    clients = "\n".join(f'[[clients]]\nname = "Client {i}"\ndomains = ["{d}"]'
                        for i, d in enumerate(sender_domains(pool)))
    config = work / "intake.toml"
    config.write_text(f"""
[database]
url = "sqlite:///{work / 'intake.db'}"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "ae@agency.example"
intake = "intake@agency.example"
[[mailboxes]]
name = "ae"
kind = "maildir"
path = "{maildir}"
[outbound]
folder = "{work / 'out'}"
[drafts]
max_age_days = 100000
max_per_day = 100000
{clients}
""")
    loaded = load(config)
    migrate(make_engine(loaded.database_url))
    app = build_app(loaded)
    app.environ = {**app.environ, "INTAKE_SECRET": "fuzz-benchmark-secret-0123"}  # type: ignore[misc]
    crashes = 0
    start = time.perf_counter()
    try:
        report = run_pass(app, steps=("sync",))
        crashes += len(report.errors)
    except Exception as exc:  # what the benchmark is looking for
        crashes += 1
        print(f"crash: {type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - start
    with app.factory() as session:
        def count(query: object) -> int:
            return int(session.scalar(query) or 0)  # type: ignore[call-overload]

        stored = count(select(func.count()).select_from(Message))
        locations = count(select(func.count()).select_from(MessageLocation))
        quarantined = count(select(func.count()).select_from(QuarantinedMail))
        by_kind = dict(session.execute(select(Message.kind, func.count())
                                       .group_by(Message.kind)).all())
        drafts = count(select(func.count()).select_from(OutboundMail)
                       .where(OutboundMail.kind == "draft"))
    app.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"fuzz benchmark: {len(made)} mutants of {len(pool)} seeds (seed {args.seed}), "
          f"{seconds:.1f} s")
    print(f"  stored {stored} messages at {locations} locations "
          f"({locations - stored} identical mutants folded), quarantined {quarantined}, "
          f"lost {len(made) - locations - quarantined}, crashes {crashes}")
    print(f"  read as {', '.join(f'{k} {v}' for k, v in sorted(by_kind.items()))}")
    print(f"  draft mails to the AE: {drafts}; peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
