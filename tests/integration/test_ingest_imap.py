"""Intake from a real Dovecot into a real database, end to end through the pipeline."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from intake.storage import session_factory
from intake.sync import SyncReport
from models import FolderState, Message, MessageLocation
from tests.integration.apps import (
    AE,
    PASSWORD_ENV,
    client_mail,
    config_for,
    counts,
    make_app,
    subjects,
)

pytestmark = pytest.mark.dovecot
ROOT = Path(__file__).resolve().parents[2]


def test_first_incremental_and_empty_syncs(dovecot, engine: Engine) -> None:
    app = make_app(engine, config_for(dovecot))
    first = client_mail("Spring campaign")
    dovecot.append_many(AE, "INBOX", [first.as_bytes(), client_mail("Budget").as_bytes()])

    report = app.sync_once()
    assert report.counts["stored"] == 2
    assert counts(engine) == (2, 2, 0)

    reply = client_mail(
        "Re: Spring campaign",
        "Sounds good, March 3 it is.",
        sender="Dana <ae@agency.example>",
        to="maria@harborfoods.example",
        reply_to=first,
    )
    dovecot.append(AE, "Sent", reply.as_bytes())
    dovecot.append(AE, "INBOX", client_mail("Logo files").as_bytes())
    report = app.sync_once()
    assert report.counts == {"stored": 2}
    assert counts(engine) == (4, 4, 0)

    nothing = app.sync_once()
    assert nothing.fetched == 0 and nothing.batches == 0

    with session_factory(engine)() as session:
        rows = {m.subject: m for m in session.scalars(select(Message))}
        assert rows["Re: Spring campaign"].kind == "ae"
        assert rows["Re: Spring campaign"].thread_id == rows["Spring campaign"].thread_id
        assert rows["Budget"].thread_id != rows["Spring campaign"].thread_id
        assert rows["Spring campaign"].client.name == "Harbor Foods"
        states = {s.folder: s.last_uid for s in session.scalars(select(FolderState))}
        assert states == {"INBOX": 3, "Sent": 1}


def test_the_same_message_in_inbox_and_sent_is_one_message(dovecot, engine: Engine) -> None:
    app = make_app(engine, config_for(dovecot))
    raw = client_mail(
        "Kickoff", sender="Dana <ae@agency.example>", to="maria@harborfoods.example"
    ).as_bytes()
    dovecot.append(AE, "Sent", raw)
    delivered = b"Delivered-To: ae@agency.example\r\nReceived: from x by y; now\r\n" + raw
    dovecot.append(AE, "INBOX", delivered)
    report = app.sync_once()
    assert report.counts == {"stored": 1, "duplicate": 1}
    assert counts(engine) == (1, 2, 0)


def test_two_messages_sharing_a_message_id_are_both_kept(dovecot, engine: Engine) -> None:
    app = make_app(engine, config_for(dovecot, folders=("INBOX",)))
    a = client_mail("Same ID", "first body")
    b = client_mail("Same ID", "a different body")
    b.replace_header("Message-ID", a["Message-ID"])
    dovecot.append_many(AE, "INBOX", [a.as_bytes(), b.as_bytes()])
    app.sync_once()
    assert counts(engine)[0] == 2


def test_uidvalidity_change_rescans_without_duplicates_or_losses(
    dovecot, engine: Engine
) -> None:
    app = make_app(engine, config_for(dovecot, folders=("INBOX",)))
    dovecot.append_many(AE, "INBOX", [client_mail(f"Mail {i}").as_bytes() for i in range(3)])
    app.sync_once()
    assert counts(engine)[0] == 3

    dovecot.set_uidvalidity(AE, "INBOX", 777)
    dovecot.append(AE, "INBOX", client_mail("After the change").as_bytes())
    report = app.sync_once()
    assert report.rescans >= 1
    assert report.counts == {"duplicate": 3, "stored": 1}
    messages, locations, _ = counts(engine)
    assert messages == 4
    assert locations == 3 + 4  # old copies kept, every copy under the new UIDVALIDITY added
    with session_factory(engine)() as session:
        state = session.scalars(select(FolderState)).one()
        assert (state.uidvalidity, state.last_uid) == (777, 4)


def test_a_message_marked_seen_elsewhere_is_still_ingested_and_stays_as_it_was(
    dovecot, engine: Engine
) -> None:
    app = make_app(engine, config_for(dovecot, folders=("INBOX",)))
    seen_uid = dovecot.append(AE, "INBOX", client_mail("Read on the phone").as_bytes())
    dovecot.add_flags(AE, "INBOX", seen_uid, [b"\\Seen"])
    unseen_uid = dovecot.append(AE, "INBOX", client_mail("Not read yet").as_bytes())
    app.sync_once()
    assert subjects(engine) == ["Not read yet", "Read on the phone"]
    assert b"\\Seen" in dovecot.get_flags(AE, "INBOX", seen_uid)
    assert b"\\Seen" not in dovecot.get_flags(AE, "INBOX", unseen_uid)


CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy.orm import sessionmaker
    from intake.config import load
    from intake.app import build_app
    from intake.sync import sync_source

    app = build_app(load(__import__("pathlib").Path(sys.argv[1])))
    mailbox = app.config.mailboxes[0]
    source = app.source(mailbox)
    source.connect()

    def die(batch):
        # The batch is fetched and processed, the transaction is open: kill -9.
        os.kill(os.getpid(), signal.SIGKILL)

    sync_source(source, app.pipeline, app.factory, batch_size=2, before_commit=die)
    """
)


def test_a_kill_between_fetch_and_commit_loses_and_duplicates_nothing(
    dovecot, tmp_path: Path
) -> None:
    """A real process killed with SIGKILL inside the batch transaction (SQLite on disk)."""
    config_file = tmp_path / "intake.toml"
    config_file.write_text(
        textwrap.dedent(
            f"""
            [database]
            url = "sqlite:///intake.db"
            [agency]
            ae = "{AE}"
            intake = "intake@agency.example"
            [[mailboxes]]
            name = "ae"
            host = "127.0.0.1"
            port = {dovecot.port}
            tls = "none"
            username = "{AE}"
            password_env = "{PASSWORD_ENV}"
            folders = ["INBOX"]
            [[clients]]
            name = "Harbor Foods"
            domains = ["harborfoods.example"]
            """
        )
    )
    env = {**os.environ, PASSWORD_ENV: "secret", "PYTHONPATH": str(ROOT)}
    cli = [sys.executable, "-m", "intake", "--config", str(config_file)]
    assert subprocess.run([*cli, "init"], env=env, capture_output=True).returncode == 0
    dovecot.append_many(AE, "INBOX", [client_mail(f"Mail {i}").as_bytes() for i in range(5)])

    crashed = subprocess.run(
        [sys.executable, "-c", CRASHER, str(config_file)], env=env, capture_output=True
    )
    assert crashed.returncode == -9, crashed.stderr.decode()[-2000:]

    from intake.storage import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    assert counts(engine) == (0, 0, 0)  # the killed batch left nothing behind

    done = subprocess.run([*cli, "run", "--once"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert counts(engine) == (5, 5, 0)
    again = subprocess.run([*cli, "run", "--once"], env=env, capture_output=True, text=True)
    assert "mail: nothing new" in again.stdout
    assert counts(engine) == (5, 5, 0)


def test_crash_shaped_mail_does_not_stop_the_poller(dovecot, engine: Engine, data_dir) -> None:
    crashers = sorted((data_dir / "parse").glob("crash_*.eml"))
    assert len(crashers) >= 5, "the parser tests ship one file per mail-parser crash shape"
    app = make_app(engine, config_for(dovecot, folders=("INBOX",)))
    raws = [p.read_bytes() for p in crashers]
    dovecot.append_many(AE, "INBOX", [client_mail("Before").as_bytes(), *raws])
    dovecot.append(AE, "INBOX", client_mail("After").as_bytes())
    report = app.sync_once()
    assert report.fetched == len(raws) + 2
    stored, _, quarantined = counts(engine)
    assert stored + quarantined == len(raws) + 2
    assert {"Before", "After"} <= set(subjects(engine))


def test_every_message_of_pythons_email_corpus_is_stored_or_quarantined(
    dovecot, sqlite_engine: Engine
) -> None:
    import test.test_email

    corpus = sorted((Path(test.test_email.__file__).parent / "data").glob("msg_*.txt"))
    assert len(corpus) >= 40
    raws = [p.read_bytes() for p in corpus]
    app = make_app(sqlite_engine, config_for(dovecot, folders=("INBOX",)))
    dovecot.append_many(AE, "INBOX", raws)
    report = app.sync_once()
    assert report.fetched == len(raws)
    assert set(report.counts) <= {"stored", "duplicate", "quarantined"}
    stored, locations, quarantined = counts(sqlite_engine)
    # Every copy is either a location of a stored message or an open quarantine row.
    assert locations + report.counts["quarantined"] == len(raws)
    assert stored + quarantined == report.counts["stored"] + report.counts["quarantined"]


def test_idle_wakes_the_poller_and_a_frozen_server_is_survived(dovecot, engine: Engine) -> None:
    from intake.poller import watch_mailbox

    config = config_for(dovecot, folders=("INBOX",), timeout=2, idle_slice=1, poll_interval=30)
    app = make_app(engine, config)
    stop = threading.Event()
    synced: list[float] = []
    errors: list[tuple[float, Exception]] = []

    def on_sync(report: SyncReport) -> None:
        synced.append(time.monotonic())

    def on_error(exc: Exception) -> None:
        errors.append((time.monotonic(), exc))

    from intake.sources.backoff import Backoff

    worker = threading.Thread(
        target=watch_mailbox,
        args=(app, config.mailboxes[0], stop),
        kwargs={"on_sync": on_sync, "on_error": on_error, "backoff": Backoff(base=0.2, cap=1.0)},
        daemon=True,
    )
    worker.start()
    try:
        _wait(lambda: synced, 10, "first sync")
        appended = time.monotonic()
        dovecot.append(AE, "INBOX", client_mail("Pushed by IDLE").as_bytes())
        _wait(lambda: "Pushed by IDLE" in subjects(engine), 5, "IDLE delivery")
        assert time.monotonic() - appended < 3.0

        dovecot.freeze()
        frozen_at = time.monotonic()
        _wait(lambda: errors, 10, "frozen server detected")
        detected = errors[0][0] - frozen_at
        assert detected < 2 + 1 + 2.5, f"took {detected:.1f}s to notice a frozen server"
        dovecot.thaw()
        dovecot.append(AE, "INBOX", client_mail("After the freeze").as_bytes())
        _wait(lambda: "After the freeze" in subjects(engine), 20, "recovery")
    finally:
        stop.set()
        dovecot.thaw()
        worker.join(timeout=15)
    assert not worker.is_alive()
    assert counts(engine) == (2, 2, 0)


def test_a_folder_the_server_lacks_is_a_config_error_not_an_endless_retry(
    dovecot, sqlite_engine: Engine
) -> None:
    from intake.errors import ConfigError
    from intake.poller import watch_mailbox

    config = config_for(dovecot, folders=("INBOX", "Archive/2026"))
    app = make_app(sqlite_engine, config)
    with pytest.raises(ConfigError, match="has no folder 'Archive/2026'") as info:
        app.sync_once()
    assert "mailboxes 'ae'.folders" in str(info.value)
    errors: list[Exception] = []
    worker = threading.Thread(
        target=watch_mailbox,
        args=(app, config.mailboxes[0], threading.Event()),
        kwargs={"on_error": errors.append},
    )
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()  # the watcher gave up at once instead of retrying forever
    assert [type(e) for e in errors] == [ConfigError]


def test_locations_record_where_each_copy_lives(dovecot, engine: Engine) -> None:
    app = make_app(engine, config_for(dovecot, folders=("INBOX",)))
    uid = dovecot.append(AE, "INBOX", client_mail("Where").as_bytes())
    app.sync_once()
    with session_factory(engine)() as session:
        loc = session.scalars(select(MessageLocation)).one()
        assert (loc.mailbox, loc.folder, loc.uid) == ("ae", "INBOX", uid)
        assert loc.uidvalidity == dovecot.status(AE, "INBOX")["UIDVALIDITY"]


def _wait(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
