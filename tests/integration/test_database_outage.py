"""The database going away under ``intake run`` and coming back: the poller waits with
backoff, nothing fetched is lost or stored twice, nothing is sent twice, and it resumes
without a restart. The PostgreSQL here is the test's own (``private_postgres``); a SQLite
database on a full or read-only filesystem stops the pass with one clear line."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from intake.cli import main
from intake.config import MailboxConfig
from intake.jobs import SchedulerSettings, serve
from intake.outbound.compose import compose_mail
from intake.outbound.transport import RecordingTransport
from intake.storage import make_engine, migrate
from models import Message, OutboundMail
from tests.integration.apps import counts
from tests.integration.private_postgres import PrivatePostgres
from tests.integration.report_support import AE, mail, make_report_app, ny, report_config

NOW = ny(2027, 1, 18, 12)


@pytest.fixture
def postgres() -> Iterator[PrivatePostgres]:
    server = PrivatePostgres()
    server.start()
    try:
        yield server
    finally:
        server.destroy()


def _wait_for(condition: Callable[[], bool], timeout: float) -> float:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)
    return time.monotonic() - start


def _deliver(maildir: Path, n: int, start: int) -> None:
    for i in range(start, start + n):
        question = mail("Maria Chen <maria@harborfoods.example>", AE, f"Proofs {i}",
                        f"Any news on proof {i}?", ny(2027, 1, 18, 9, i))
        (maildir / "new" / f"{i}.M{i}P1.test").write_bytes(bytes(question))


def _stored(engine: Engine) -> int:
    try:
        return counts(engine)[0]
    except Exception:
        return -1  # the database is down


def _outbox_statuses(engine: Engine) -> list[str]:
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(OutboundMail.status)).scalars())
    except Exception:
        return []  # the database is down


def test_run_survives_a_postgres_restart_and_loses_nothing(
        postgres: PrivatePostgres, tmp_path: Path) -> None:
    engine = make_engine(postgres.url)
    migrate(engine)
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = report_config(base_dir=tmp_path, report={"enabled": False})
    config = replace(config, mailboxes=(MailboxConfig(name="dana", kind="maildir", path=maildir,
                                                      poll_interval=0.2),))
    app = make_report_app(engine, config, NOW)
    app.outbox.queue(compose_mail(sender="intake@agency.example", to=[AE], subject="before",
                                  text="t", html="<p>t</p>", clock=app.clock))
    transport = RecordingTransport()
    _deliver(maildir, 3, 1)
    stop = threading.Event()
    settings = SchedulerSettings(outbox_every=0.3, reminders_every=0.5, heartbeat=0.2,
                                 standby_poll=0.2)
    worker = threading.Thread(target=serve, args=(app, stop), kwargs={
        "transport": transport, "reminder_jobs": [], "settings": settings}, daemon=True)
    worker.start()
    try:
        # (the send recorded as sent before the outage: a mail handed to the server in the
        # instant the database stops stays "sending", by design, and would fail the end check)
        _wait_for(lambda: _stored(engine) == 3 and len(transport.sent) == 1
                  and _outbox_statuses(engine) == ["sent"], timeout=60)
        postgres.stop()
        _deliver(maildir, 3, 4)  # mail arriving while the database is down
        time.sleep(2.0)  # several failed passes and lock attempts
        assert worker.is_alive()
        postgres.start()
        resumed = _wait_for(lambda: _stored(engine) == 6, timeout=60)
        assert resumed < 45  # the database backoff is capped at 30 s
        time.sleep(1.0)  # another pass or two: nothing more may appear
    finally:
        stop.set()
        worker.join(timeout=60)
    assert not worker.is_alive()
    messages, locations, quarantined = counts(engine)
    assert (messages, locations, quarantined) == (6, 6, 0)
    with engine.connect() as connection:
        subjects = connection.execute(select(Message.subject, func.count())
                                      .group_by(Message.subject)).all()
        assert sorted(subjects) == [(f"Proofs {i}", 1) for i in range(1, 7)]
        assert connection.execute(select(OutboundMail.status)).scalars().all() == ["sent"]
    assert len(transport.sent) == 1  # nothing sent twice
    engine.dispose()


@pytest.fixture
def small_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs of the test's own (needs the right to mount, as root in CI has)."""
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _config(path: Path, database: Path, maildir: Path) -> None:
    path.write_text(f"""
[database]
url = "sqlite:///{database}"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "{AE}"
intake = "intake@agency.example"
[[mailboxes]]
name = "dana"
kind = "maildir"
path = "{maildir}"
[outbound]
folder = "{path.parent / 'out'}"
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
""")


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_a_full_or_read_only_disk_stops_the_pass_with_one_line_and_loses_nothing(
        small_filesystem: Path, tmp_path: Path, fault: str,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_NOW", NOW.isoformat())
    monkeypatch.setenv("INTAKE_SECRET", "a-long-enough-secret-for-tokens")
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    database = small_filesystem / "intake.db"
    config = tmp_path / "intake.toml"
    _config(config, database, maildir)
    assert main(["--config", str(config), "init"]) == 0
    _deliver(maildir, 2, 1)
    assert main(["--config", str(config), "run", "--once"]) == 0
    capsys.readouterr()
    _deliver(maildir, 3, 10)
    if fault == "full":  # a disk nearly full, and mail bigger than what is left
        for path in sorted((maildir / "new").glob("1[0-9].*")):
            path.write_bytes(path.read_bytes().replace(b"Any news", b"Any news " + b"x" * 900_000))
        (small_filesystem / "ballast").write_bytes(b"\0" * 1_200_000)
    else:
        subprocess.run(["mount", "-o", "remount,ro", str(small_filesystem)], check=True)
    code = main(["--config", str(config), "run", "--once"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 5
    assert len(err) == 1 and err[0].startswith("intake: error: "), err
    assert "database" in err[0] and "Traceback" not in err[0]
    # Room again: the same mail is read, once.
    if fault == "full":
        (small_filesystem / "ballast").unlink()
        for path in sorted((maildir / "new").glob("1[0-9].*")):  # and smaller mail
            path.write_bytes(path.read_bytes().replace(b"x" * 900_000, b"x"))
    else:
        subprocess.run(["mount", "-o", "remount,rw", str(small_filesystem)], check=True)
    assert main(["--config", str(config), "run", "--once"]) == 0, capsys.readouterr().err
    engine = make_engine(f"sqlite:///{database}")
    assert counts(engine) == (5, 5, 0)
    engine.dispose()


def test_sqlite_locked_past_the_busy_timeout_stops_the_pass_and_loses_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import intake.storage

    monkeypatch.setattr(intake.storage, "SQLITE_BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv("INTAKE_NOW", NOW.isoformat())
    monkeypatch.setenv("INTAKE_SECRET", "a-long-enough-secret-for-tokens")
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    database = tmp_path / "intake.db"
    config = tmp_path / "intake.toml"
    _config(config, database, maildir)
    assert main(["--config", str(config), "init"]) == 0
    _deliver(maildir, 3, 1)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        code = main(["--config", str(config), "run", "--once"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 5 and len(err) == 1, err
    assert err[0].startswith("intake: error: ") and err[0].endswith(": database is locked")
    assert main(["--config", str(config), "run", "--once"]) == 0
    engine = make_engine(f"sqlite:///{database}")
    assert counts(engine) == (3, 3, 0)
    engine.dispose()
