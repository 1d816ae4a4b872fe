"""``[metrics] port``: Prometheus metrics of a running ``intake run`` on loopback, counted
from the database and from the work this process did; no address, subject or body."""

from __future__ import annotations

import threading
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine

from intake.config import MailboxConfig, MetricsSettings
from intake.errors import ConfigError
from intake.jobs import SchedulerSettings, serve
from intake.outbound.transport import RecordingTransport
from tests.integration.apps import counts
from tests.integration.report_support import AE, mail, make_report_app, ny, report_config
from tests.integration.smtp_server import free_port


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as reply:
        return reply.read().decode()


def value(text: str, sample: str) -> float:
    for line in text.splitlines():
        if line.startswith(sample + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{sample} not in the metrics:\n{text}")


def test_run_serves_metrics_from_the_database_and_its_own_work(
        sqlite_engine: Engine, tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for i, sender in enumerate(["Maria Chen <maria@harborfoods.example>",
                                "Maria Chen <maria@harborfoods.example>",
                                "Stranger <who@nowhere.example>"]):
        raw = mail(sender, AE, f"Proofs {i}", "Any news on the proofs?", ny(2027, 1, 18, 9, i))
        (maildir / "new" / f"{i}.M{i}P1.test").write_bytes(bytes(raw))
    port = free_port()
    config = report_config(base_dir=tmp_path, report={"enabled": False})
    config = replace(config, metrics=MetricsSettings(port=port),
                     mailboxes=(MailboxConfig(name="dana", kind="maildir", path=maildir,
                                              poll_interval=0.2),))
    app = make_report_app(sqlite_engine, config, ny(2027, 1, 18, 12))
    stop = threading.Event()
    settings = SchedulerSettings(outbox_every=0.3, reminders_every=0.5, heartbeat=0.1,
                                 standby_poll=0.1)
    worker = threading.Thread(target=serve, args=(app, stop), kwargs={
        "transport": RecordingTransport(), "reminder_jobs": [], "settings": settings})
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while counts(sqlite_engine)[0] < 3:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)  # the pass that stored them has ended
        text = scrape(port)
    finally:
        stop.set()
        worker.join(timeout=30)
    assert value(text, "intake_database_up") == 1
    assert value(text, 'intake_messages{kind="client"}') == 2
    assert value(text, 'intake_messages_ignored{reason="unknown-sender"}') == 1
    assert value(text, "intake_quarantined_messages") == 0
    assert value(text, 'intake_messages_synced_total{folder="INBOX",mailbox="dana",'
                       'outcome="stored"}') == 3  # once each, though the Maildir is re-listed
    assert value(text, 'intake_sync_duration_seconds_count{folder="INBOX",mailbox="dana"}') >= 1
    assert value(text, 'intake_last_sync_success_timestamp_seconds{mailbox="dana"}') > 1.7e9
    assert "# TYPE intake_outbox_mails gauge" in text and "# TYPE intake_drafts gauge" in text
    for private in ("maria@", "harborfoods", "Proofs", "Any news"):
        assert private not in text
    with pytest.raises(OSError):  # the server went with the run
        scrape(port)


def test_metrics_are_served_on_loopback_only(tmp_path: Path) -> None:
    from intake.config import load

    path = tmp_path / "intake.toml"
    base = ('[agency]\nname = "B"\ntimezone = "UTC"\nae = "a@b.example"\n'
            'intake = "i@b.example"\n[metrics]\nport = 9465\n')
    path.write_text(base)
    assert load(path).metrics == MetricsSettings(port=9465, host="127.0.0.1")
    path.write_text(base + 'host = "0.0.0.0"\n')
    with pytest.raises(ConfigError, match=r"metrics\.host: '0\.0\.0\.0' is not a loopback"):
        load(path)
