"""SIGTERM to ``intake run`` in the middle of a first sync: the batch in hand is stored and
committed with its checkpoint, the process exits promptly with 0, and the next run reads on
from there: nothing lost, nothing stored twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from intake.storage import make_engine
from models import Message, MessageLocation
from tests.integration.apps import AE, client_mail
from tests.integration.dovecot import DovecotServer

TOTAL = 700  # 200 stored before the signal, at most a batch more: the rest is read after


def _config(path: Path, database: Path, port: int) -> None:
    path.write_text(f"""
[database]
url = "sqlite:///{database}"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "{AE}"
intake = "intake@agency.example"
[[mailboxes]]
name = "ae"
host = "127.0.0.1"
port = {port}
tls = "none"
username = "{AE}"
password_env = "SIGTERM_IMAP_PASSWORD"
folders = ["INBOX"]
batch_size = 100
timeout = 10
[outbound]
folder = "{path.parent / 'out'}"
[performance]
workers = 1
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
""")


def _counts(database: Path) -> tuple[int, int, int]:
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            messages = connection.execute(select(func.count()).select_from(Message)).scalar()
            distinct = connection.execute(
                select(func.count(func.distinct(Message.message_id)))).scalar()
            locations = connection.execute(
                select(func.count()).select_from(MessageLocation)).scalar()
        return int(messages or 0), int(distinct or 0), int(locations or 0)
    finally:
        engine.dispose()


def test_sigterm_mid_sync_commits_the_batch_in_hand_and_loses_nothing(
        dovecot: DovecotServer, tmp_path: Path) -> None:
    dovecot.append_many(AE, "INBOX", [
        client_mail(f"Spring item {i}", f"Item {i}: can we launch on March 3?").as_bytes()
        for i in range(TOTAL)])
    database, config = tmp_path / "intake.db", tmp_path / "intake.toml"
    _config(config, database, dovecot.port)
    env = {**os.environ, "SIGTERM_IMAP_PASSWORD": dovecot.password}
    intake = [sys.executable, "-m", "intake", "--config", str(config)]
    subprocess.run([*intake, "init"], env=env, check=True, capture_output=True)
    run = subprocess.Popen([*intake, "-v", "run"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while _counts(database)[0] < 200:
            assert time.monotonic() < deadline and run.poll() is None
            time.sleep(0.05)
        run.send_signal(signal.SIGTERM)
        asked = time.monotonic()
        output, _ = run.communicate(timeout=60)
        took = time.monotonic() - asked
    finally:
        if run.poll() is None:
            run.kill()
    stored_at_exit = _counts(database)
    assert run.returncode == 0, output
    assert took < 15, output
    assert stored_at_exit[0] < TOTAL, "the sync was not interrupted: raise TOTAL"
    assert stored_at_exit[0] == stored_at_exit[1] == stored_at_exit[2]  # whole batches only
    assert stored_at_exit[0] % 100 == 0 or stored_at_exit[0] == TOTAL
    subprocess.run([*intake, "run", "--once"], env=env, check=True, capture_output=True)
    assert _counts(database) == (TOTAL, TOTAL, TOTAL)
