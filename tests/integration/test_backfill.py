"""``intake backfill --since DATE``: mail delivered since that day is stored and understood,
nothing is drafted or sent, older mail is left alone, and ``intake run`` reads on after it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from intake.cli import main
from models import Draft, Message, OutboundMail
from tests.integration.apps import AE, client_mail
from tests.integration.dovecot import DovecotServer

BRIEF = ("Hi Dana, our budget for the spring posters is $25,000 and they must be at the "
         "printer by March 3. Please swap the hero photo for the harbour shot.")


def _config(path: Path, database: str, port: int) -> Path:
    path.write_text(f"""
[database]
url = "{database}"
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
password_env = "BACKFILL_IMAP_PASSWORD"
folders = ["INBOX"]
[outbound]
folder = "{path.parent / 'out'}"
[drafts]
max_age_days = 3650
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
""")
    return path


def _count(engine: Engine, model: object) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(model)).scalar() or 0)


def test_backfill_imports_history_since_a_day_without_drafting(
        dovecot: DovecotServer, sqlite_engine: Engine, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BACKFILL_IMAP_PASSWORD", dovecot.password)
    monkeypatch.setenv("INTAKE_SECRET", "a-long-enough-secret-for-tokens")
    monkeypatch.setenv("INTAKE_NOW", "2026-12-04T12:00:00+00:00")
    old = [client_mail(f"October {i}", BRIEF).as_bytes() for i in range(3)]
    recent = [client_mail(f"Spring posters {i}", BRIEF).as_bytes() for i in range(4)]
    dovecot.append_many(AE, "INBOX", old, msg_time=datetime(2026, 10, 2, 9, tzinfo=UTC))
    dovecot.append_many(AE, "INBOX", recent, msg_time=datetime(2026, 11, 20, 9, tzinfo=UTC))
    config = _config(tmp_path / "intake.toml", str(sqlite_engine.url), dovecot.port)

    assert main(["--config", str(config), "backfill", "--since", "2026-11-15"]) == 0
    out = capsys.readouterr().out
    assert "backfill since 2026-11-15: stored 4; nothing drafted or sent" in out, out
    assert _count(sqlite_engine, Message) == 4
    assert _count(sqlite_engine, Draft) == 0 and _count(sqlite_engine, OutboundMail) == 0
    with sqlite_engine.connect() as connection:
        subjects = set(connection.execute(select(Message.subject)).scalars())
    assert subjects == {f"Spring posters {i}" for i in range(4)}

    dovecot.append(AE, "INBOX", client_mail("Summer posters", BRIEF).as_bytes())
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert _count(sqlite_engine, Message) == 5  # the new one; October stays out
    assert _count(sqlite_engine, Draft) >= 1  # and only new mail is drafted


def test_a_bad_date_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["backfill", "--since", "last tuesday"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["intake backfill: error: argument --since: expected a date like 2026-01-31, "
                   "got 'last tuesday' (see intake backfill --help)"]
