"""Secrets never leak: every command, with ``--debug -v``, against an IMAP server that
refuses the password, an SMTP port nobody listens on, and a PostgreSQL that refuses the
role, with the IMAP and SMTP passwords, the database URL's password and ``INTAKE_SECRET``
set; stdout, stderr (the log), the database file and the outbox are searched for them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.integration.drafts_support import CLIENT_BRIEF, client_message, make_rig

IMAP_PASSWORD = "imap-Pa55-w0rd-7Qx"
SMTP_PASSWORD = "smtp-Pa55-w0rd-9Rz"
DB_PASSWORD = "pg-Pa55-w0rd-4Kv"
SECRET = "intake-secret-for-tokens-3Ty8"
SECRETS = (IMAP_PASSWORD, SMTP_PASSWORD, DB_PASSWORD, SECRET)

COMMANDS = [
    ["init"], ["run", "--once"], ["messages"], ["messages", "--json"],
    ["quarantine", "list"], ["quarantine", "show", "1"], ["quarantine", "replay"],
    ["drafts"], ["drafts", "--json"], ["drafts", "show", "1"], ["drafts", "confirm", "1"],
    ["report", "unanswered"], ["report", "unanswered", "--send"],
    ["outbox"], ["outbox", "retry", "1"], ["outbox", "suppressed"],
    ["guidance"], ["reminders"], ["reminders", "send-due"],
]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config(path: Path, *, imap_port: int, smtp_port: int, database: str) -> None:
    path.write_text(f"""
[database]
{database}
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "ae@agency.example"
intake = "intake@agency.example"
traffic = "traffic@agency.example"
coordinator = "ac@agency.example"
[[mailboxes]]
name = "ae"
host = "127.0.0.1"
port = {imap_port}
tls = "none"
username = "ae@agency.example"
password_env = "LEAK_IMAP_PASSWORD"
timeout = 3
[smtp]
host = "127.0.0.1"
port = {smtp_port}
tls = "starttls"
username = "ae@agency.example"
password_env = "LEAK_SMTP_PASSWORD"
timeout = 3
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
""")


def _run_everything(config: Path, workdir: Path, extra_env: dict[str, str],
                    log_format: str = "text") -> str:
    env = {**os.environ, "LEAK_IMAP_PASSWORD": IMAP_PASSWORD,
           "LEAK_SMTP_PASSWORD": SMTP_PASSWORD, "INTAKE_SECRET": SECRET, **extra_env}
    seen = []
    for argv in COMMANDS:
        done = subprocess.run([sys.executable, "-m", "intake", "--debug", "-v",
                               "--log-format", log_format, "--config", str(config), *argv],
                              capture_output=True, text=True, env=env, cwd=workdir,
                              timeout=120)
        seen.append(f"$ intake {' '.join(argv)} -> {done.returncode}\n{done.stdout}{done.stderr}")
    return "\n".join(seen)


def _assert_clean(*texts: str | bytes) -> None:
    for text in texts:
        raw = text if isinstance(text, bytes) else text.encode()
        for secret in SECRETS:
            assert secret.encode() not in raw, f"{secret!r} leaked"


def test_failing_mail_servers_leak_no_secret(dovecot, sqlite_engine: Engine,
                                             tmp_path: Path) -> None:
    rig = make_rig(sqlite_engine)  # a database with mail, a draft and an outbox row
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    config = tmp_path / "intake.toml"
    _config(config, imap_port=dovecot.port, smtp_port=_closed_port(),
            database=f'url = "{sqlite_engine.url}"')
    output = _run_everything(config, tmp_path, {}, log_format="json")
    assert '"level": "error"' in output  # the JSON log, with the sync's failure in it
    assert "-> 0" in output and "-> 3" in output  # some commands worked, the sync failed
    database = Path(str(sqlite_engine.url.database))
    _assert_clean(output, database.read_bytes(),
                  *(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()))


@pytest.mark.postgres
def test_a_failing_database_leaks_no_secret(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://leak_test_role:{DB_PASSWORD}@127.0.0.1:5432/test"
    config = tmp_path / "intake.toml"
    _config(config, imap_port=_closed_port(), smtp_port=_closed_port(),
            database='url_env = "LEAK_DATABASE_URL"')
    output = _run_everything(config, tmp_path, {"LEAK_DATABASE_URL": url})
    assert output.count("-> 5") >= len(COMMANDS) - 1, output  # the database refused each
    assert "leak_test_role" in output  # the error names the role, not its password
    _assert_clean(output, *(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()))
