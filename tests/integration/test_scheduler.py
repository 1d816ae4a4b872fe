"""The scheduler lock with two real processes, and one pass of everything due.

Two ``intake run`` processes on one database: only the lock holder runs
jobs; killed with SIGKILL, the standby takes over. On SQLite the lock is a
file lock next to the database, on PostgreSQL an advisory lock.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from intake.cli import build_parser
from intake.cli.run import cmd_run
from intake.config import DigestSettings, MailboxConfig
from intake.jobs import (
    PostgresAdvisoryLock,
    SchedulerSettings,
    lock_for,
    run_once,
    run_pass,
    serve,
)
from intake.outbound.compose import compose_mail
from intake.outbound.outbox import Outbox
from intake.outbound.transport import RecordingTransport
from tests.integration.apps import counts
from tests.integration.report_support import (
    AE,
    mail,
    make_report_app,
    ny,
    report_config,
    store,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = ny(2027, 1, 19, 10)


def _database_url(engine: Engine) -> str:
    if engine.dialect.name == "sqlite":
        return str(engine.url)
    with engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar()
    return f"{engine.url.render_as_string(hide_password=False)}?options=-csearch_path%3D{schema}"


def _write_config(path: Path, url: str) -> None:
    path.write_text(
        f'[database]\nurl = "{url}"\n'
        '[agency]\nname = "Brightline"\ntimezone = "America/New_York"\n'
        f'ae = "{AE}"\nintake = "intake@agency.example"\n'
        '[report]\nenabled = false\n'
    )


def _start(config: Path, marks: Path) -> subprocess.Popen[str]:
    # The processes' "now" is the test's (INTAKE_NOW), so the queued mail is due there.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INTAKE_NOW": NOW.isoformat()}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.scheduler_runner", str(config), str(marks)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _marks(path: Path) -> list[tuple[int, float]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text().splitlines():
        pid, _, when = line.partition(" ")
        rows.append((int(pid), float(when)))
    return rows


def _wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


@pytest.mark.slow
def test_two_schedulers_one_acts_and_the_standby_takes_over(
    engine: Engine, tmp_path: Path
) -> None:
    config = tmp_path / "intake.toml"
    _write_config(config, _database_url(engine))
    marks = tmp_path / "marks.txt"
    app = make_report_app(engine, report_config(base_dir=tmp_path), NOW)
    first_mail = compose_mail(sender="intake@agency.example", to=[AE], subject="queued before",
                              text="t", html="<p>t</p>", clock=app.clock, kind="notice")
    Outbox(app.factory, app.clock).queue(first_mail)

    first = _start(config, marks)
    second: subprocess.Popen[str] | None = None
    try:
        _wait_for(lambda: any(pid == first.pid for pid, _ in _marks(marks)))
        second = _start(config, marks)
        assert second.stdout is not None
        assert second.stdout.readline().strip() == "started"
        time.sleep(2.0)  # many job intervals: the standby must not run any
        assert {pid for pid, _ in _marks(marks)} == {first.pid}
        sent = list((tmp_path / "outbox").glob("*.eml"))
        assert len(sent) == 1  # the acting process ran the outbox job

        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        killed_at = time.time()
        _wait_for(lambda: any(pid == second.pid for pid, _ in _marks(marks)))
        rows = _marks(marks)
        assert {pid for pid, _ in rows} == {first.pid, second.pid}
        assert all(when < killed_at for pid, when in rows if pid == first.pid)
        assert all(when > killed_at - 0.05 for pid, when in rows if pid == second.pid)
        assert second.stdout.readline().strip() == "acting"

        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=20) == 0
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


def test_run_pass_does_everything_due_once(engine: Engine, tmp_path: Path) -> None:
    config = replace(report_config(base_dir=tmp_path, report={"time": "18:00"}),
                     digest=DigestSettings(enabled=False))  # the digest has its own tests
    app = make_report_app(engine, config, ny(2027, 1, 19, 17, 0))
    store(app, mail("Maria Chen <maria@harborfoods.example>", AE, "Banner", "Can we talk?",
                    ny(2027, 1, 18, 10)))
    transport = RecordingTransport()
    calls: list[object] = []

    def reminders(given_app: object) -> int:
        calls.append(given_app)
        return 2

    before = run_pass(app, transport=transport, reminder_jobs=[reminders])
    assert before.ok and before.reminders == 2 and calls == [app]
    assert before.report is None  # 17:00: not due yet
    assert before.outbox is not None and before.outbox.sent == ()

    app.clock.current = ny(2027, 1, 19, 18, 5)  # type: ignore[attr-defined]
    due = run_pass(app, transport=transport, reminder_jobs=[reminders])
    assert due.ok and due.report is not None and due.report.status == "queued"
    assert due.outbox is not None and due.outbox.sent == (due.report.message_id,)
    assert [m.recipients for m in transport.sent] == [(AE, "ac@agency.example")]
    assert "report: queued" in due.summary() and "outbox: 1 sent" in due.summary()

    again = run_pass(app, transport=transport, reminder_jobs=[reminders])
    assert again.report is None and len(transport.sent) == 1


def test_a_failing_step_does_not_stop_the_pass(engine: Engine, tmp_path: Path) -> None:
    app = make_report_app(engine, report_config(base_dir=tmp_path), ny(2027, 1, 19, 10))
    queued = compose_mail(sender="intake@agency.example", to=[AE], subject="s", text="t",
                          html="<p>t</p>", clock=app.clock)
    Outbox(app.factory, app.clock).queue(queued)

    def broken(_app: object) -> int:
        raise RuntimeError("reminder store is down")

    transport = RecordingTransport()
    result = run_pass(app, transport=transport, reminder_jobs=[broken])
    assert result.errors == (("reminders", "RuntimeError: reminder store is down"),)
    assert result.outbox is not None and result.outbox.sent == (queued.message_id,)


def test_run_once_stands_aside_while_another_holds_the_lock(
    engine: Engine, tmp_path: Path
) -> None:
    app = make_report_app(engine, report_config(base_dir=tmp_path), ny(2027, 1, 19, 10))
    if engine.dialect.name == "sqlite":
        # A file path, so the lock is a file lock: the fixture's URL names the file.
        assert type(lock_for(app.engine)).__name__ == "FileSchedulerLock"
    holder = lock_for(app.engine)
    assert holder.try_acquire()
    try:
        assert run_once(app, transport=RecordingTransport(), reminder_jobs=[]) is None
        assert holder.still_held()
    finally:
        holder.release()
    result = run_once(app, transport=RecordingTransport(), reminder_jobs=[])
    assert result is not None and result.ok


def test_serve_polls_the_mailboxes_while_acting(sqlite_engine: Engine, tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = report_config(base_dir=tmp_path, report={"enabled": False})
    config = replace(config, mailboxes=(MailboxConfig(name="dana", kind="maildir", path=maildir,
                                                      poll_interval=0.2),))
    app = make_report_app(sqlite_engine, config, NOW)
    question = mail("Maria Chen <maria@harborfoods.example>", AE, "Proofs", "Any news?",
                    ny(2027, 1, 18, 10))
    (maildir / "new" / "1.M1P1.test").write_bytes(bytes(question))
    stop = threading.Event()
    acting: list[bool] = []
    settings = SchedulerSettings(outbox_every=0.5, reminders_every=0.5, heartbeat=0.1,
                                 standby_poll=0.1)
    worker = threading.Thread(target=serve, args=(app, stop), kwargs={
        "transport": RecordingTransport(), "reminder_jobs": [], "settings": settings,
        "on_acting": acting.append})
    worker.start()
    try:
        _wait_for(lambda: counts(sqlite_engine)[0] == 1, timeout=30)
    finally:
        stop.set()
        worker.join(timeout=30)
    assert not worker.is_alive()
    assert acting == [True, False]
    again = lock_for(app.engine)
    assert again.try_acquire()  # released on the way out
    again.release()


def test_cli_run_once(sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "intake.toml"
    _write_config(path, str(sqlite_engine.url))
    app = make_report_app(sqlite_engine, report_config(base_dir=tmp_path), NOW)
    queued = compose_mail(sender="intake@agency.example", to=[AE], subject="s", text="t",
                          html="<p>t</p>", clock=app.clock)
    Outbox(app.factory, app.clock).queue(queued)
    monkeypatch.setenv("INTAKE_NOW", NOW.isoformat())
    args = build_parser().parse_args(["--config", str(path), "run", "--once"])
    assert cmd_run(args) == 0
    out = capsys.readouterr().out
    assert "outbox: 1 sent" in out and "report: not due" in out
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


@pytest.mark.postgres
def test_a_lost_postgres_lock_connection_is_noticed_and_the_lock_freed(tmp_path: Path) -> None:
    from tests.conftest import _postgres_engine

    engines = _postgres_engine()
    engine = next(engines)
    try:
        holder, other = PostgresAdvisoryLock(engine), PostgresAdvisoryLock(engine)
        assert holder.try_acquire() and holder.still_held()
        assert not other.try_acquire()
        connection = holder._connection  # only this test's own session is terminated
        assert connection is not None
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        connection.commit()
        with engine.connect() as admin:
            assert admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
        assert not holder.still_held()  # the scheduler stops acting on this
        assert other.try_acquire()
        other.release()
    finally:
        engines.close()
