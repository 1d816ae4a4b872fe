"""``intake doctor`` against the test Dovecot, aiosmtpd and SQLite, healthy and with each
fault made on purpose: it names the fault, hints at the fix, exits with the part's code,
and sends, marks or changes nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from intake.cli import main
from intake.storage import make_engine, migrate
from tests.integration.apps import AE
from tests.integration.dovecot import DovecotServer
from tests.integration.smtp_server import certificates, free_port, smtp_server

PASSWORD = "secret"


def write_config(path: Path, *, database: Path, imap_port: int, smtp_port: int,
                 imap_tls: str = "none", smtp_tls: str = "starttls",
                 folders: str = '["INBOX", "Sent"]') -> Path:
    path.write_text(f"""
[database]
url = "sqlite:///{database}"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "{AE}"
intake = "intake@agency.example"
traffic = "traffic@agency.example"
coordinator = "ac@agency.example"
[[mailboxes]]
name = "ae"
host = "127.0.0.1"
port = {imap_port}
tls = "{imap_tls}"
username = "{AE}"
password_env = "DOCTOR_IMAP_PASSWORD"
folders = {folders}
timeout = 5
[smtp]
host = "127.0.0.1"
port = {smtp_port}
tls = "{smtp_tls}"
username = "ae"
password_env = "DOCTOR_SMTP_PASSWORD"
timeout = 5
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
""")
    return path


@pytest.fixture
def trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A private CA this process trusts (SSL_CERT_FILE), as an admin would install one."""
    certs = certificates()
    ca = tmp_path / "ca.pem"
    certs.ca.cert_pem.write_to_path(str(ca))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    yield certs


@pytest.fixture
def setup(dovecot: DovecotServer, sqlite_engine: Engine, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOCTOR_IMAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("DOCTOR_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("INTAKE_SECRET", "a-long-enough-secret-for-tokens")
    monkeypatch.delenv("INTAKE_NOW", raising=False)
    return Path(str(sqlite_engine.url.database))


def doctor(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, dict]]:
    code = main(["--config", str(config), "doctor", "--json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return code, {row["name"]: row for row in rows}


def test_a_healthy_set_up_passes_in_under_three_seconds_and_changes_nothing(
        setup: Path, dovecot: DovecotServer, trusted: object, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    dovecot.append(AE, "INBOX", b"Subject: hello\r\nFrom: a@b.example\r\n\r\nhi\r\n")
    with smtp_server(starttls_context=trusted.server_context, auth=True) as server:  # type: ignore[attr-defined]
        config = write_config(tmp_path / "intake.toml", database=setup,
                              imap_port=dovecot.port, smtp_port=server.port)
        started = time.monotonic()
        code = main(["--config", str(config), "doctor"])
        seconds = time.monotonic() - started
        out = capsys.readouterr().out
        assert code == 0, out
        assert seconds < 3.0
        assert server.handler.logins == ["ae"] and server.handler.received == []
    assert "INBOX 1, Sent 0" in out and "IDLE offered" in out
    assert "STARTTLS (certificate verified), AUTH accepted for ae; no mail sent" in out
    assert "FAIL" not in out
    assert b"\\Seen" not in dovecot.get_flags(AE, "INBOX", 1)  # read nothing


@pytest.mark.parametrize(("fault", "name", "words", "code"), [
    ("wrong password", "mailbox ae", "refused the login", 3),
    ("missing folder", "mailbox ae", "no folder 'Archive'", 3),
    ("unreachable host", "mailbox ae", "cannot connect", 3),
    ("no STARTTLS", "smtp", "does not offer STARTTLS", 4),
    ("database behind", "database", "schema at revision 0002", 5),
    ("short secret", "INTAKE_SECRET", "at least 16 are needed", 2),
    ("unset password", "mailboxes 'ae'.password_env", "$DOCTOR_IMAP_PASSWORD is not set", 2),
])
def test_each_fault_is_named_with_a_hint_and_its_exit_code(
        setup: Path, dovecot: DovecotServer, trusted: object, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        fault: str, name: str, words: str, code: int) -> None:
    imap_port, folders = dovecot.port, '["INBOX", "Sent"]'
    if fault == "wrong password":
        monkeypatch.setenv("DOCTOR_IMAP_PASSWORD", "not-the-password")
    elif fault == "missing folder":
        folders = '["INBOX", "Archive"]'
    elif fault == "unreachable host":
        imap_port = free_port()
    elif fault == "database behind":
        setup.unlink()
        engine = make_engine(f"sqlite:///{setup}")
        migrate(engine, revision="0002")
        engine.dispose()
    elif fault == "short secret":
        monkeypatch.setenv("INTAKE_SECRET", "short")
    elif fault == "unset password":
        monkeypatch.delenv("DOCTOR_IMAP_PASSWORD")
    starttls = None if fault == "no STARTTLS" else trusted.server_context  # type: ignore[attr-defined]
    with smtp_server(starttls_context=starttls, auth=starttls is not None) as server:
        config = write_config(tmp_path / "intake.toml", database=setup, imap_port=imap_port,
                              smtp_port=server.port, folders=folders)
        exit_code, rows = doctor(config, capsys)
        assert server.handler.received == []
    assert exit_code == code, rows
    assert rows[name]["status"] == "fail" and words in rows[name]["detail"], rows[name]
    assert rows[name]["hint"]


def test_a_self_signed_certificate_is_refused_on_both_servers(
        setup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secure = DovecotServer(users=[AE], password=PASSWORD, tls=True).start()
    certs = certificates()  # a CA nobody here trusts
    try:
        with smtp_server(starttls_context=certs.server_context, auth=True) as server:
            config = write_config(tmp_path / "intake.toml", database=setup,
                                  imap_port=secure.ssl_port, imap_tls="ssl",
                                  smtp_port=server.port)
            exit_code, rows = doctor(config, capsys)
            assert server.handler.logins == []  # no password went to an untrusted server
    finally:
        secure.stop()
    assert exit_code == 3
    for name in ("mailbox ae", "smtp"):
        assert rows[name]["status"] == "fail"
        assert "certificate" in rows[name]["detail"].lower(), rows[name]
        assert "SSL_CERT_FILE" in rows[name]["hint"]


def test_a_config_error_exits_2_naming_file_and_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('[agency]\nname = "B"\ntimezone = "Mars/Olympus"\nae = "a@b.example"\n'
                      'intake = "i@b.example"\n')
    exit_code, rows = doctor(config, capsys)
    assert exit_code == 2
    assert rows["config"]["status"] == "fail" and "agency.timezone" in rows["config"]["detail"]
