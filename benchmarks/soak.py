"""Prints what a long ``intake run`` against Dovecot loses, duplicates or sends twice.

For ``--minutes`` (default 20) a private Dovecot (``tests/integration/dovecot.py``)
receives client mail at a steady rate while ``intake run`` (a child process) reads
it; at random moments Dovecot is restarted or ``intake run`` is SIGKILLed and
started again. At the end the appending stops, the last run catches up and is
stopped with SIGTERM. Printed: messages appended, stored, duplicated (a Message-ID
stored twice), lost (appended, never stored), draft mails and outbox rows sent twice
(one Message-ID in two files of the outbound folder; one client mail with two draft
mails), the faults made, and the memory (summed RSS of the process tree) of the
longest-lived ``intake run`` one minute after its start and at its end. Run with
``.venv/bin/python benchmarks/soak.py [--minutes 20] [--rate 2] [--seed 3]``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from memory import _kb, _tree  # noqa: E402

from tests.integration.dovecot import DovecotServer  # noqa: E402

INTAKE = str(Path(sys.executable).parent / "intake")
AE = "ae@agency.example"


def client_mail(i: int, rng: random.Random) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Maria Chen <maria@harborfoods.example>"
    mail["To"] = AE
    mail["Subject"] = f"Spring campaign, item {i}"
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid(idstring=f"soak{i}", domain="harborfoods.example")
    asks = [f"Our budget for item {i} is ${rng.randrange(5, 90)},000.",
            f"The posters for item {i} must be at the printer by March {rng.randrange(1, 28)}.",
            "Please swap the hero photo for the harbour shot.", "Thanks, talk soon!"]
    mail.set_content("Hi Dana,\n\n" + " ".join(rng.sample(asks, rng.randrange(1, 4)))
                     + "\n\nMaria\n")
    return mail


def rss_mb(pid: int) -> float:
    return sum(_kb(p, "status", "VmRSS:") for p in _tree(pid)) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=2.0, help="messages appended per second")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    dovecot = DovecotServer(users=[AE]).start()
    work = Path(tempfile.mkdtemp(prefix="intake-soak-"))
    outbox = work / "out"
    config = work / "intake.toml"
    config.write_text(f"""
[database]
url = "sqlite:///{work / 'intake.db'}"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "{AE}"
intake = "intake@agency.example"
[[mailboxes]]
name = "ae"
host = "127.0.0.1"
port = {dovecot.port}
tls = "none"
username = "{AE}"
password_env = "SOAK_IMAP_PASSWORD"
folders = ["INBOX"]
timeout = 5
poll_interval = 2
[outbound]
folder = "{outbox}"
mails_per_hour = 100000
[drafts]
max_per_day = 100000
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
""")
    env = {**os.environ, "SOAK_IMAP_PASSWORD": dovecot.password,
           "INTAKE_SECRET": "soak-benchmark-secret-0123456"}
    subprocess.run([INTAKE, "--config", str(config), "init"], env=env, check=True,
                   capture_output=True)
    log = (work / "run.log").open("ab")

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen([INTAKE, "--config", str(config), "run"], env=env,
                                stdout=log, stderr=log)

    appended: list[str] = []
    stop = threading.Event()

    def append() -> None:
        imap = dovecot.client(AE)
        i = 0
        while not stop.wait(1.0 / args.rate):
            mail = client_mail(i, rng)
            try:
                imap.append("INBOX", mail.as_bytes())
            except Exception:  # Dovecot restarting: reconnect, the mail is sent again later
                time.sleep(0.5)
                with contextlib.suppress(Exception):
                    imap = dovecot.client(AE)
                continue
            appended.append(str(mail["Message-ID"]))
            i += 1

    run = start()
    lives: list[tuple[float, float, float]] = []  # (seconds lived, RSS after 60 s, RSS at end)
    born, at_minute = time.monotonic(), 0.0
    faults: Counter[str] = Counter()
    appender = threading.Thread(target=append, daemon=True)
    appender.start()
    deadline = time.monotonic() + args.minutes * 60
    next_fault = time.monotonic() + rng.uniform(30, 90)
    while time.monotonic() < deadline:
        time.sleep(1.0)
        if not at_minute and time.monotonic() - born >= 60:
            at_minute = rss_mb(run.pid)
        if time.monotonic() < next_fault:
            continue
        next_fault = time.monotonic() + rng.uniform(30, 90)
        if rng.random() < 0.5:
            dovecot.restart()
            faults["dovecot restarted"] += 1
        else:
            lives.append((time.monotonic() - born, at_minute, rss_mb(run.pid)))
            run.send_signal(signal.SIGKILL)
            run.wait()
            faults["intake run killed"] += 1
            run, born, at_minute = start(), time.monotonic(), 0.0
    stop.set()
    appender.join()
    time.sleep(15)  # the last run catches up
    lives.append((time.monotonic() - born, at_minute, rss_mb(run.pid)))
    run.send_signal(signal.SIGTERM)
    run.wait(timeout=120)
    subprocess.run([INTAKE, "--config", str(config), "run", "--once"], env=env, check=False,
                   capture_output=True)

    import sqlite3

    with sqlite3.connect(work / "intake.db") as db:
        stored = Counter(row[0] for row in db.execute("SELECT message_id FROM messages"))
        drafts_per_mail = Counter(row[0] for row in db.execute(
            "SELECT cause_message_pk FROM outbound_mail WHERE kind = 'draft'"))
    parser_ = BytesParser()
    sent = Counter(str(parser_.parsebytes(p.read_bytes(), headersonly=True)["Message-ID"])
                   for p in outbox.glob("*.eml"))
    wanted = {m.strip("<>") for m in appended}
    have = {m.strip("<>") for m in stored}
    duplicated = sum(n - 1 for m, n in stored.items() if m and m.strip("<>") in wanted)
    print(f"soak benchmark: {args.minutes:g} min, {args.rate:g} mails/s appended, "
          f"faults: {', '.join(f'{k} {v}' for k, v in sorted(faults.items())) or 'none'}")
    print(f"  appended {len(appended)}, stored {len(wanted & have)}, duplicated {duplicated}, "
          f"lost {len(wanted - have)}")
    print(f"  outbox: {len(sent)} mails written, sent twice {sum(n > 1 for n in sent.values())}; "
          f"client mails with two draft mails {sum(n > 1 for n in drafts_per_mail.values())}")
    longest = max(lives)
    if longest[1]:
        growth = (longest[2] - longest[1]) / longest[1] * 100
        print(f"  longest run {longest[0] / 60:.1f} min: RSS {longest[1]:.0f} MB after a "
              f"minute, {longest[2]:.0f} MB at its end ({growth:+.1f}%)")
    dovecot.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
