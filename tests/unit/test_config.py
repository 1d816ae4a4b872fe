"""Config loading: good files load, bad ones fail with one line naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.config import load, locate
from intake.errors import ConfigError

GOOD = """
[database]
url = "sqlite:///intake.db"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "dana@agency.example"
intake = "intake@agency.example"
traffic = "traffic@agency.example"
coordinator = "ac@agency.example"
[[mailboxes]]
name = "ae"
host = "imap.agency.example"
port = 993
tls = "ssl"
username = "dana@agency.example"
password_env = "INTAKE_AE_PASSWORD"
folders = ["INBOX", "Sent"]
[smtp]
host = "smtp.agency.example"
port = 587
tls = "starttls"
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_documented_example_loads(tmp_path: Path) -> None:
    config = load(write(tmp_path, GOOD))
    assert config.agency.ae == "dana@agency.example"
    assert config.agency.domains == ("agency.example",)
    (mailbox,) = config.mailboxes
    assert (mailbox.host, mailbox.port, mailbox.tls) == ("imap.agency.example", 993, "ssl")
    assert mailbox.folders == ("INBOX", "Sent")
    assert config.smtp is not None and config.smtp.tls == "starttls"
    assert config.clients[0].domains == ("harborfoods.example",)
    # A relative SQLite path is relative to the config file, not to the cwd.
    assert config.database_url == f"sqlite:///{tmp_path / 'intake.db'}"


def test_password_comes_from_the_named_environment_variable(tmp_path: Path) -> None:
    mailbox = load(write(tmp_path, GOOD)).mailboxes[0]
    assert mailbox.password({"INTAKE_AE_PASSWORD": "s3cret"}) == "s3cret"
    with pytest.raises(ConfigError, match="INTAKE_AE_PASSWORD is not set"):
        mailbox.password({})


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (("port = 993", 'port = "abc"'), "mailboxes[0].port", "expected an integer"),
        (("port = 993", "port = 70000"), "mailboxes[0].port", "1-65535"),
        (('tls = "ssl"', 'tls = "tls1.3"'), "mailboxes[0].tls", "expected one of"),
        (('tls = "ssl"', 'tls = "none"'), "mailboxes[0].tls", "loopback"),
        (
            ('password_env = "INTAKE_AE_PASSWORD"', 'password = "hunter2"'),
            "mailboxes[0].password",
            "secrets are not read from the config file",
        ),
        (
            ('timezone = "America/New_York"', 'timezone = "Mars/Olympus"'),
            "agency.timezone",
            "unknown time zone",
        ),
        (('ae = "dana@agency.example"', 'ae = "dana"'), "agency.ae", "not an e-mail address"),
        (
            ('folders = ["INBOX", "Sent"]', 'folders = "INBOX"'),
            "mailboxes[0].folders",
            "list of strings",
        ),
        (("[smtp]", '[smtp]\nhostname = "x"'), "smtp.hostname", "unknown key"),
        (
            ('url = "sqlite:///intake.db"', 'url = "postgresql://u:pw@db/intake"'),
            "database.url",
            "password in the URL",
        ),
    ],
)
def test_bad_values_name_the_file_and_the_key(
    tmp_path: Path, change: tuple[str, str], key: str, problem: str
) -> None:
    old, new = change
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ConfigError) as info:
        load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: {key}: "), message
    assert problem in message
    assert "\n" not in message
    assert "hunter2" not in message


def test_missing_agency_and_broken_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"intake.toml: agency: missing table"):
        load(write(tmp_path, '[database]\nurl = "sqlite:///x.db"\n'))
    with pytest.raises(ConfigError, match="invalid TOML"):
        load(write(tmp_path, "[agency\nname = 1"))
    with pytest.raises(ConfigError, match="no such file"):
        load(tmp_path / "missing.toml")


def test_a_client_must_be_recognisable(tmp_path: Path) -> None:
    text = GOOD.replace('domains = ["harborfoods.example"]', "domains = []")
    with pytest.raises(ConfigError, match=r"clients\[0\]: client 'Harbor Foods' needs domains"):
        load(write(tmp_path, text))


def test_locate_prefers_flag_then_environment_then_default() -> None:
    assert locate("a.toml", {"INTAKE_CONFIG": "b.toml"}) == Path("a.toml")
    assert locate(None, {"INTAKE_CONFIG": "b.toml"}) == Path("b.toml")
    assert locate(None, {}) == Path("intake.toml")


def test_database_url_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = GOOD.replace('url = "sqlite:///intake.db"', 'url_env = "INTAKE_DB_URL"')
    monkeypatch.setenv("INTAKE_DB_URL", "postgresql+psycopg://u:pw@db/intake")
    assert load(write(tmp_path, text)).database_url == "postgresql+psycopg://u:pw@db/intake"
    monkeypatch.delenv("INTAKE_DB_URL")
    with pytest.raises(ConfigError, match=r"database\.url_env: environment variable INTAKE_DB_URL"):
        load(write(tmp_path, text))


SCHEDULED = GOOD + """
[schedule]
hours = ["09:00", "17:00"]
[schedule.holidays]
country = "US"
[[job_types]]
name = "print ad"
milestones = [{ name = "brief", business_days = 2, owner = "client" }]
[guidance]
auto_send = true
[drafts]
max_per_day = 5
[report]
time = "19:00"
"""


def test_every_table_is_read_into_values_when_the_file_loads(tmp_path: Path) -> None:
    from datetime import time

    config = load(write(tmp_path, SCHEDULED))
    assert config.schedule is not None and config.schedule.job_types[0].name == "print ad"
    assert config.guidance.auto_send is True
    assert config.drafts.max_per_day == 5
    assert config.report.time == time(19)
    assert not hasattr(config, "extra")


@pytest.mark.parametrize(("old", "new", "key"), [
    ('country = "US"', 'country = "US"\nsubdivisionz = "NY"', "schedule.holidays.subdivisionz"),
    ("auto_send = true", 'auto_send = "yes"', "guidance.auto_send"),
    ("max_per_day = 5", "max_per_day = 0", "drafts.max_per_day"),
    ('time = "19:00"', 'time = "7pm"', "report.time"),
    ("[report]", "[limits]\nper_hour = 3\n[report]", "limits"),  # accepted once, read by nothing
])
def test_a_bad_table_fails_at_load_naming_file_and_key(
    tmp_path: Path, old: str, new: str, key: str
) -> None:
    path = write(tmp_path, SCHEDULED.replace(old, new, 1))
    with pytest.raises(ConfigError) as info:
        load(path)
    assert str(info.value).startswith(f"{path}: {key}: "), str(info.value)


def test_job_types_need_a_schedule(tmp_path: Path) -> None:
    text = GOOD + '[[job_types]]\nname = "print ad"\n'
    with pytest.raises(ConfigError, match=r"job_types: job types need a \[schedule\] table"):
        load(write(tmp_path, text))


def test_one_limit_per_outside_recipient_with_the_older_drafts_key_honoured(
    tmp_path: Path,
) -> None:
    assert load(write(tmp_path, GOOD)).mails_per_hour == 20
    older = GOOD + "[drafts]\nmails_per_hour = 50\n"
    assert load(write(tmp_path, older)).mails_per_hour == 50
    both = older + "[outbound]\nmails_per_hour = 7\n"
    assert load(write(tmp_path, both)).mails_per_hour == 7


@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("LOCALHOST", True), ("127.0.0.1", True), ("127.5.0.1", True),
    ("::1", True), ("[::1]", True), ("localhost.", True),
    ("10.0.0.1", False), ("imap.example.com", False), ("localhost.example.com", False),
])
def test_clear_text_is_allowed_only_on_loopback(tmp_path: Path, host: str,
                                                loopback: bool) -> None:
    from intake.config import is_loopback

    assert is_loopback(host) is loopback
    text = GOOD.replace('host = "imap.agency.example"', f'host = "{host}"').replace(
        'tls = "ssl"', 'tls = "none"')
    if loopback:
        assert load(write(tmp_path, text)).mailboxes[0].tls == "none"
    else:
        with pytest.raises(ConfigError, match=r"mailboxes\[0\]\.tls"):
            load(write(tmp_path, text))


def test_a_client_language_is_read_and_checked(tmp_path: Path) -> None:
    assert load(write(tmp_path, GOOD)).clients[0].language is None  # detected per mail
    french = GOOD.replace('domains = ["harborfoods.example"]',
                          'domains = ["harborfoods.example"]\nlanguage = "FR"')
    assert load(write(tmp_path, french)).clients[0].language == "fr"
    path = write(tmp_path, french.replace('"FR"', '"klingon"'))
    with pytest.raises(ConfigError, match=r"clients\[0\]\.language: expected one of en, fr, de, "
                                          r"es, got 'klingon'"):
        load(path)
