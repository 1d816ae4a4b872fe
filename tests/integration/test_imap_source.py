"""ImapSource against a real Dovecot on loopback: what is fetched, what is never touched,
how waiting behaves, and how failures come out. No IMAP mocks."""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from intake.errors import AuthenticationFailed, ConfigError, MailboxUnavailable
from intake.sources import FolderBatch, FolderCheckpoint
from intake.sources.imap import ImapSource
from tests.integration.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot

AE = "ae@agency.example"
INTAKE = "intake@agency.example"


def mail(subject: str, body: str = "Can we move the launch to March 3?") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Maria Chen <maria@harborfoods.example>"
    msg["To"] = AE
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="harborfoods.example")
    msg.set_content(body)
    return msg.as_bytes()


def source(dovecot: DovecotServer, **overrides: object) -> ImapSource:
    settings: dict[str, object] = {
        "name": "ae",
        "host": dovecot.host,
        "port": dovecot.port,
        "tls": "none",
        "username": AE,
        "password": dovecot.password,
        "folders": ("INBOX", "Sent"),
        "timeout": 5.0,
    }
    settings.update(overrides)
    return ImapSource(**settings)  # type: ignore[arg-type]


def fetch_all(
    src: ImapSource, folder: str, checkpoint: FolderCheckpoint | None, batch_size: int = 200
) -> list[FolderBatch]:
    return list(src.fetch_new(folder, checkpoint, batch_size=batch_size))


def subjects(batches: list[FolderBatch]) -> list[str]:
    out = []
    for batch in batches:
        for message in batch.messages:
            line = next(x for x in message.raw.split(b"\n") if x.startswith(b"Subject: "))
            out.append(line[len(b"Subject: ") :].strip().decode())
    return out


def sent_commands(caplog: pytest.LogCaptureFixture) -> list[str]:
    """IMAP command names imapclient wrote to the socket (its debug log, LOGIN redacted)."""
    names = []
    for record in caplog.records:
        text = record.getMessage()
        if not text.startswith("> "):
            continue
        words = text[2:].strip("b'\"").split()
        if len(words) >= 2:
            names.append(" ".join(words[1:3]) if words[1] == "UID" else words[1])
    return names


def wait_until(condition: Callable[[], bool], timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def later(delay: float, action: Callable[[], object]) -> tuple[threading.Thread, list[float]]:
    """Run ``action`` in a thread after ``delay``; the list gets the time it finished."""
    done: list[float] = []

    def run() -> None:
        time.sleep(delay)
        action()
        done.append(time.monotonic())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, done


# -- fetching ------------------------------------------------------------------------


def test_first_sync_returns_every_message_with_bytes_uid_and_date(dovecot) -> None:
    when = datetime(2026, 1, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    raws = [mail(f"Brief {i}") for i in range(3)]
    uids = [dovecot.append(AE, "INBOX", raw, msg_time=when) for raw in raws]
    uidvalidity = dovecot.status(AE, "INBOX")["UIDVALIDITY"]

    src = source(dovecot)
    try:
        batches = fetch_all(src, "INBOX", None)
    finally:
        src.close()

    assert len(batches) == 1
    batch = batches[0]
    assert batch.rescan is True  # no checkpoint yet: read from UID 1
    assert (batch.mailbox, batch.folder) == ("ae", "INBOX")
    assert batch.checkpoint == FolderCheckpoint(uidvalidity=uidvalidity, last_uid=uids[-1])
    assert [m.raw.replace(b"\r\n", b"\n") for m in batch.messages] == [
        r.replace(b"\r\n", b"\n") for r in raws
    ]
    assert [m.location.uid for m in batch.messages] == uids
    for message in batch.messages:
        assert message.location.uidvalidity == uidvalidity
        assert message.location.key is None
        assert message.internal_date == when.astimezone(UTC)
        assert message.internal_date.tzinfo is UTC


def test_incremental_sync_returns_only_new_messages_and_sent_works_too(dovecot) -> None:
    dovecot.append_many(AE, "INBOX", [mail("Old 1"), mail("Old 2")])
    src = source(dovecot)
    try:
        first = fetch_all(src, "INBOX", None)
        checkpoint = first[-1].checkpoint
        assert checkpoint is not None and checkpoint.last_uid == 2

        dovecot.append(AE, "INBOX", mail("New 3"))
        dovecot.append(AE, "Sent", mail("Our reply"))
        second = fetch_all(src, "INBOX", checkpoint)
        sent = fetch_all(src, "Sent", None)
    finally:
        src.close()

    assert subjects(second) == ["New 3"]
    assert second[0].rescan is False
    assert second[0].checkpoint == FolderCheckpoint(checkpoint.uidvalidity, 3)
    assert subjects(sent) == ["Our reply"]
    assert sent[0].messages[0].location.folder == "Sent"


def test_nothing_new_issues_no_search_and_no_fetch(dovecot, caplog) -> None:
    dovecot.append_many(AE, "INBOX", [mail(f"Mail {i}") for i in range(40)])
    src = source(dovecot)
    try:
        checkpoint = fetch_all(src, "INBOX", None)[-1].checkpoint
    finally:
        src.close()

    caplog.set_level(logging.DEBUG, logger="imapclient")
    again = source(dovecot)
    try:
        batches = fetch_all(again, "INBOX", checkpoint)
    finally:
        again.close()

    assert batches == []
    commands = sent_commands(caplog)
    assert "EXAMINE" in commands  # the log really shows what was sent
    assert not [c for c in commands if "SEARCH" in c or "FETCH" in c], commands
    # The server agrees: the session that synced nothing read no message body.
    assert wait_until(lambda: "body_count=0" in _last_logout(dovecot, AE))


def _last_logout(dovecot: DovecotServer, user: str) -> str:
    lines = [x for x in dovecot.log_lines() if f"imap({user})" in x and "Logged out" in x]
    return lines[-1] if lines else ""


def test_batches_are_in_uid_order_with_a_checkpoint_each(dovecot) -> None:
    uids = dovecot.append_many(AE, "INBOX", [mail(f"Mail {i}") for i in range(5)])
    src = source(dovecot)
    try:
        batches = fetch_all(src, "INBOX", None, batch_size=2)
    finally:
        src.close()
    assert [len(b.messages) for b in batches] == [2, 2, 1]
    assert [b.checkpoint.last_uid for b in batches if b.checkpoint] == [uids[1], uids[3], uids[4]]
    assert [m.location.uid for b in batches for m in b.messages] == uids
    assert all(b.rescan for b in batches)


def test_uidvalidity_change_rescans_everything(dovecot) -> None:
    dovecot.append_many(AE, "INBOX", [mail("One"), mail("Two")])
    src = source(dovecot)
    try:
        checkpoint = fetch_all(src, "INBOX", None)[-1].checkpoint
        assert checkpoint is not None
        dovecot.set_uidvalidity(AE, "INBOX", checkpoint.uidvalidity + 1000)
        dovecot.append(AE, "INBOX", mail("Three"))
        rescanned = fetch_all(src, "INBOX", checkpoint, batch_size=2)
    finally:
        src.close()

    assert subjects(rescanned) == ["One", "Two", "Three"]
    assert all(b.rescan for b in rescanned)
    assert rescanned[-1].checkpoint == FolderCheckpoint(checkpoint.uidvalidity + 1000, 3)
    assert {m.location.uidvalidity for b in rescanned for m in b.messages} == {
        checkpoint.uidvalidity + 1000
    }


def test_empty_folder_stores_its_uidvalidity_once(dovecot) -> None:
    uidvalidity = dovecot.status(AE, "INBOX")["UIDVALIDITY"]
    src = source(dovecot)
    try:
        first = fetch_all(src, "INBOX", None)
        known = fetch_all(src, "INBOX", FolderCheckpoint(uidvalidity, 0))
        stale = fetch_all(src, "INBOX", FolderCheckpoint(uidvalidity - 1, 7))
    finally:
        src.close()
    assert len(first) == 1 and first[0].messages == () and first[0].rescan
    assert first[0].checkpoint == FolderCheckpoint(uidvalidity, 0)
    assert known == []
    assert [(b.messages, b.checkpoint, b.rescan) for b in stale] == [
        ((), FolderCheckpoint(uidvalidity, 0), True)
    ]


def test_a_checkpoint_above_uidnext_reads_nothing_and_warns(dovecot, caplog) -> None:
    dovecot.append_many(AE, "INBOX", [mail("One"), mail("Two")])
    uidvalidity = dovecot.status(AE, "INBOX")["UIDVALIDITY"]
    src = source(dovecot)
    try:
        assert fetch_all(src, "INBOX", FolderCheckpoint(uidvalidity, 50)) == []
    finally:
        src.close()
    assert "UIDNEXT 3 is not above the stored UID 50" in caplog.text


def test_a_message_expunged_between_search_and_fetch_is_skipped(dovecot) -> None:
    uids = dovecot.append_many(AE, "INBOX", [mail("Keep 1"), mail("Vanishes"), mail("Keep 3")])
    src = source(dovecot)
    try:
        batches = src.fetch_new("INBOX", None, batch_size=1)
        first = next(batches)  # SEARCH is done, UIDs 2 and 3 are not fetched yet
        other = dovecot.client(AE)
        other.select_folder("INBOX")
        other.delete_messages([uids[1]])
        other.expunge()
        other.logout()
        rest = list(batches)
    finally:
        src.close()
    assert subjects([first, *rest]) == ["Keep 1", "Keep 3"]
    assert [b.checkpoint.last_uid for b in rest if b.checkpoint] == [uids[1], uids[2]]


def test_seen_elsewhere_is_still_fetched_and_we_never_set_seen(dovecot) -> None:
    seen_uid = dovecot.append(AE, "INBOX", mail("Read on the phone"))
    dovecot.add_flags(AE, "INBOX", seen_uid, [b"\\Seen", b"\\Flagged"])
    unseen_uid = dovecot.append(AE, "INBOX", mail("Not read yet"))
    before = {uid: dovecot.get_flags(AE, "INBOX", uid) for uid in (seen_uid, unseen_uid)}

    src = source(dovecot)
    try:
        batches = fetch_all(src, "INBOX", None)
    finally:
        src.close()

    assert subjects(batches) == ["Read on the phone", "Not read yet"]
    after = {uid: dovecot.get_flags(AE, "INBOX", uid) for uid in (seen_uid, unseen_uid)}
    assert after == before
    assert b"\\Seen" in after[seen_uid]
    assert b"\\Seen" not in after[unseen_uid]
    assert dovecot.status(AE, "INBOX")["MESSAGES"] == 2


# -- waiting -----------------------------------------------------------------------------


def test_idle_wakes_soon_after_an_append(dovecot, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="imapclient")
    src = source(dovecot, folders=("INBOX",))
    try:
        src.connect()
        assert src.supports_idle
        fetch_all(src, "INBOX", None)
        thread, appended = later(0.5, lambda: dovecot.append(AE, "INBOX", mail("Pushed")))
        assert src.wait_for_change(10.0) is True
        woke = time.monotonic()
        thread.join()
    finally:
        src.close()
    assert appended, "the append never finished"
    assert woke - appended[0] < 2.0
    assert "IDLE" in sent_commands(caplog)


def test_idle_times_out_in_slices_and_reports_no_change(dovecot, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="imapclient")
    src = source(dovecot, folders=("INBOX",), idle_slice=0.4)
    try:
        src.connect()
        fetch_all(src, "INBOX", None)
        started = time.monotonic()
        assert src.wait_for_change(1.0) is False
        elapsed = time.monotonic() - started
    finally:
        src.close()
    assert 1.0 <= elapsed < 2.0
    assert sent_commands(caplog).count("IDLE") >= 3  # 1 s in 0.4 s slices


def test_mail_arriving_between_fetch_and_wait_is_not_missed(dovecot) -> None:
    src = source(dovecot, folders=("INBOX",))
    try:
        fetch_all(src, "INBOX", None)
        dovecot.append(AE, "INBOX", mail("Slipped in"))
        started = time.monotonic()
        assert src.wait_for_change(10.0) is True
        assert time.monotonic() - started < 1.0
    finally:
        src.close()


def test_polling_fallback_without_idle(dovecot, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="imapclient")
    src = source(dovecot, use_idle=False, poll_step=0.2)
    try:
        src.connect()
        for folder in src.folders:
            fetch_all(src, folder, None)
        started = time.monotonic()
        assert src.wait_for_change(0.6) is False
        assert time.monotonic() - started >= 0.6

        thread, appended = later(0.3, lambda: dovecot.append(AE, "Sent", mail("Sent elsewhere")))
        assert src.wait_for_change(10.0) is True
        woke = time.monotonic()
        thread.join()
    finally:
        src.close()
    assert appended and woke - appended[0] < 1.0
    commands = sent_commands(caplog)
    assert "STATUS" in commands
    assert "IDLE" not in commands


@pytest.mark.parametrize("use_idle", [True, False])
def test_interrupt_ends_a_wait_early_from_another_thread(dovecot, use_idle: bool) -> None:
    src = source(dovecot, folders=("INBOX",), use_idle=use_idle, poll_step=5.0, idle_slice=60.0)
    try:
        src.connect()
        fetch_all(src, "INBOX", None)
        timer = threading.Timer(0.3, src.interrupt)
        started = time.monotonic()
        timer.start()
        assert src.wait_for_change(30.0) is False
        elapsed = time.monotonic() - started
        timer.join()
        assert 0.3 <= elapsed < 1.5

        src.interrupt()  # before the wait: it returns at once, and only once
        started = time.monotonic()
        assert src.wait_for_change(30.0) is False
        assert time.monotonic() - started < 0.2
        dovecot.append(AE, "INBOX", mail("Still watched"))
        assert src.wait_for_change(10.0) is True
    finally:
        src.close()


# -- failures ------------------------------------------------------------------------------


def test_frozen_server_raises_within_the_socket_timeout_and_recovery_works(dovecot) -> None:
    dovecot.append(AE, "INBOX", mail("Before the freeze"))
    src = source(dovecot, folders=("INBOX",), timeout=2.0, idle_slice=1.0)
    src.connect()
    checkpoint = fetch_all(src, "INBOX", None)[-1].checkpoint
    try:
        dovecot.freeze()
        started = time.monotonic()
        with pytest.raises(MailboxUnavailable):
            src.wait_for_change(60.0)
        assert time.monotonic() - started < 1.0 + 2.0 + 1.5
        closing = time.monotonic()
        src.close()  # a dead connection is dropped, not logged out of
        assert time.monotonic() - closing < 0.5

        fresh = source(dovecot, folders=("INBOX",), timeout=2.0)
        started = time.monotonic()
        with pytest.raises(MailboxUnavailable):
            fetch_all(fresh, "INBOX", checkpoint)
        assert time.monotonic() - started < 2.0 + 1.5
        fresh.close()
    finally:
        dovecot.thaw()

    dovecot.append(AE, "INBOX", mail("After the thaw"))
    again = source(dovecot, folders=("INBOX",), timeout=2.0)
    try:
        again.connect()
        assert subjects(fetch_all(again, "INBOX", checkpoint)) == ["After the thaw"]
    finally:
        again.close()


def test_a_kicked_session_raises_and_the_next_connect_reads_on(dovecot) -> None:
    src = source(dovecot, folders=("INBOX",))
    try:
        src.connect()
        checkpoint = fetch_all(src, "INBOX", None)[-1].checkpoint
        dovecot.kick(AE)
        assert wait_until(lambda: not dovecot.session_pids(AE))
        with pytest.raises(MailboxUnavailable):
            fetch_all(src, "INBOX", checkpoint)
        dovecot.append(AE, "INBOX", mail("After the kick"))
        src.connect()
        assert subjects(fetch_all(src, "INBOX", checkpoint)) == ["After the kick"]
    finally:
        src.close()


def test_bad_password_is_authentication_failed_and_never_shown(dovecot, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    password = "Tr0ub4dor&3-not-it"
    src = source(dovecot, password=password)
    with pytest.raises(AuthenticationFailed) as info:
        src.connect()
    src.close()
    assert password not in str(info.value)
    assert password not in repr(src)
    assert password not in caplog.text
    assert AE in str(info.value)


def test_nothing_listening_is_mailbox_unavailable(dovecot) -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(MailboxUnavailable) as info:
        source(dovecot, port=port).connect()
    assert not isinstance(info.value, AuthenticationFailed)


def test_starttls_never_falls_back_to_clear_text(dovecot) -> None:
    """This Dovecot has no TLS, so it offers no STARTTLS: we must not log in anyway."""
    src = source(dovecot, tls="starttls", username=INTAKE)
    before = len(dovecot.log_lines())  # the server is shared: look only at this test's lines
    with pytest.raises(MailboxUnavailable, match="STARTTLS"):
        src.connect()
    src.close()
    new_lines = dovecot.log_lines()[before:]
    assert not [x for x in new_lines if f"user=<{INTAKE}>" in x and "Login:" in x]


def test_ssl_against_a_clear_text_port_is_mailbox_unavailable(dovecot) -> None:
    with pytest.raises(MailboxUnavailable):
        source(dovecot, tls="ssl", timeout=2.0).connect()


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"tls": "none", "host": "imap.example.com"}, "loopback"),
        ({"tls": "none", "host": "10.0.0.1"}, "loopback"),
        ({"tls": "tls"}, "tls"),
        ({"idle_slice": 31 * 60.0}, "idle_slice"),
        ({"folders": ()}, "folder"),
    ],
)
def test_unsafe_or_impossible_settings_are_config_errors(overrides, needle) -> None:
    settings = {
        "name": "ae",
        "host": "127.0.0.1",
        "port": 143,
        "tls": "none",
        "username": AE,
        "password": "secret",
        "folders": ("INBOX",),
    }
    settings.update(overrides)
    with pytest.raises(ConfigError, match=needle):
        ImapSource(**settings)  # type: ignore[arg-type]


def test_loopback_names_allow_clear_text() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        src = ImapSource(
            name="x", host=host, port=143, tls="none", username="u", password="p", folders=("X",)
        )
        assert src.tls == "none"


# -- TLS -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_dovecot() -> Iterator[DovecotServer]:
    """A second Dovecot with a self-signed certificate for 127.0.0.1 (imaps and STARTTLS)."""
    server = DovecotServer(tls=True).start()
    try:
        yield server
    finally:
        server.stop()


def trusting(server: DovecotServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.cert_path))


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_tls_modes_fetch_when_the_certificate_is_trusted(tls_dovecot, tls: str) -> None:
    tls_dovecot.append(AE, "INBOX", mail(f"Over {tls}"))
    port = tls_dovecot.ssl_port if tls == "ssl" else tls_dovecot.port
    src = source(
        tls_dovecot, tls=tls, port=port, folders=("INBOX",), ssl_context=trusting(tls_dovecot)
    )
    try:
        assert f"Over {tls}" in subjects(fetch_all(src, "INBOX", None))
    finally:
        src.close()
    logins = [x for x in tls_dovecot.log_lines() if f"user=<{AE}>" in x and "Login:" in x]
    assert logins and ", TLS," in logins[-1]


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_an_unverified_certificate_is_refused_before_login(tls_dovecot, tls: str) -> None:
    """The default context verifies: a self-signed server never sees our password."""
    port = tls_dovecot.ssl_port if tls == "ssl" else tls_dovecot.port
    src = source(tls_dovecot, tls=tls, port=port, username=INTAKE)
    with pytest.raises(MailboxUnavailable, match="CERTIFICATE_VERIFY_FAILED"):
        src.connect()
    src.close()
    assert not [x for x in tls_dovecot.log_lines() if f"user=<{INTAKE}>" in x and "Login:" in x]


# -- the fixture itself -------------------------------------------------------------------------


def test_reset_users_gives_empty_mailboxes_even_with_a_session_open(dovecot) -> None:
    dovecot.append(AE, "INBOX", mail("Left over"))
    dovecot.append(INTAKE, "Sent", mail("Left over too"))
    lingering = source(dovecot, folders=("INBOX",))
    lingering.connect()  # a test that forgot to close must not keep the old mail alive
    dovecot.reset_users()
    lingering.close()
    assert dovecot.status(AE, "INBOX")["MESSAGES"] == 0
    assert dovecot.status(INTAKE, "Sent")["MESSAGES"] == 0
    assert dovecot.append(AE, "INBOX", mail("Fresh")) == 1
