"""The outbox against a real aiosmtpd on loopback and real databases (SQLite and PostgreSQL).

Every test asserts what can be seen: the mail the server received (envelope,
Message-ID), the rows the outbox wrote, the files the folder transport left.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from datetime import timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from intake.clock import FixedClock
from intake.errors import ConfigError, MailTransportError, NotFound, UsageError
from intake.outbound.compose import ComposedMail, compose_mail
from intake.outbound.folder import FolderTransport
from intake.outbound.outbox import Outbox, RateLimit, RetryPolicy
from intake.outbound.render import render_mail
from intake.outbound.smtp import SmtpTransport
from intake.outbound.transport import RecordingTransport, Refusal, Transport
from intake.storage import session_factory, unit_of_work
from models.outbox import OutboundMail
from tests.integration.smtp_server import ScriptedHandler, certificates, smtp_server

ROOT = Path(__file__).resolve().parents[2]
AE = "ae@agency.example"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def outbox(engine: Engine, clock: FixedClock) -> Outbox:
    return Outbox(session_factory(engine), clock)


def mail(
    clock: FixedClock,
    to: Sequence[str] = ("dana@acme.example",),
    subject: str = "Notice",
    message: str = "Your brief is due Friday.",
) -> ComposedMail:
    text, html = render_mail(
        "notice", recipient_name="Dana", title=subject, message=message, items=[]
    )
    return compose_mail(sender=AE, to=list(to), subject=subject, text=text, html=html, clock=clock)


def plain(port: int, **kwargs: object) -> SmtpTransport:
    return SmtpTransport(
        "127.0.0.1",
        port,
        tls="none",
        local_hostname="localhost",
        timeout=kwargs.pop("timeout", 5.0),
        **kwargs,
    )  # type: ignore[arg-type]


def status_of(outbox: Outbox, row_id: int) -> str:
    return outbox.get(row_id).status


# -- delivery ----------------------------------------------------------------------------


def test_delivers_queued_mail_once_with_its_message_id(outbox: Outbox, clock: FixedClock) -> None:
    composed = mail(clock, to=["dana@acme.example", "lee@acme.example"])
    row = outbox.queue(composed, kind="notice")
    assert row.status == "pending" and row.message_id == composed.message_id

    with smtp_server() as server:
        report = outbox.send_due(plain(server.port))
        again = outbox.send_due(plain(server.port))

    assert report.sent == (composed.message_id,)
    assert again.sent == ()
    [received] = server.handler.received
    assert received.message_id == composed.message_id
    assert received.mail_from == AE
    assert received.rcpt_tos == ("dana@acme.example", "lee@acme.example")
    assert "auto-submitted" in received.header_names
    entry = outbox.get(row.id)
    assert (entry.status, entry.attempts, entry.last_error) == ("sent", 1, None)
    assert entry.sent_at == clock.now()


def test_list_gives_the_rows_the_cli_shows(outbox: Outbox, clock: FixedClock) -> None:
    composed = mail(clock, subject="Weekly status")
    outbox.queue(composed, kind="report")
    [entry] = outbox.list()
    shown = entry.as_dict()
    assert {
        k: shown[k]
        for k in ("message_id", "to", "subject", "kind", "status", "attempts", "last_error")
    } == {
        "message_id": composed.message_id,
        "to": ["dana@acme.example"],
        "subject": "Weekly status",
        "kind": "report",
        "status": "pending",
        "attempts": 0,
        "last_error": None,
    }
    assert outbox.list(status="sent") == []


# -- 4xx, 5xx and partial refusals --------------------------------------------------------


def test_451_is_retried_with_backoff_and_the_same_message_id(
    outbox: Outbox, clock: FixedClock
) -> None:
    composed = mail(clock)
    row = outbox.queue(composed, kind="notice")
    handler = ScriptedHandler(data_replies=["451 4.3.0 try again later"])
    with smtp_server(handler) as server:
        first = outbox.send_due(plain(server.port))
        entry = outbox.get(row.id)
        too_early = outbox.send_due(plain(server.port))
        clock.advance(outbox.retry_policy.first_delay)
        second = outbox.send_due(plain(server.port))

    assert first.deferred == (composed.message_id,)
    assert entry.status == "pending" and entry.attempts == 1
    assert entry.last_error is not None and "451" in entry.last_error
    assert entry.next_attempt_at == clock.now()  # now = queued + first_delay
    assert too_early.sent == () and too_early.deferred == ()
    assert second.sent == (composed.message_id,)
    assert handler.message_ids() == [composed.message_id]
    assert outbox.get(row.id).attempts == 2


def test_a_deferred_recipient_is_retried_alone(outbox: Outbox, clock: FixedClock) -> None:
    composed = mail(clock, to=["dana@acme.example", "lee@acme.example"])
    row = outbox.queue(composed, kind="notice")
    handler = ScriptedHandler(rcpt_replies={"lee@acme.example": ["452 4.2.2 mailbox full"]})
    with smtp_server(handler) as server:
        outbox.send_due(plain(server.port))
        assert status_of(outbox, row.id) == "pending"
        clock.advance(timedelta(minutes=5))
        outbox.send_due(plain(server.port))

    assert [r.rcpt_tos for r in handler.received] == [("dana@acme.example",), ("lee@acme.example",)]
    assert set(handler.message_ids()) == {composed.message_id}
    assert status_of(outbox, row.id) == "sent"


def test_550_for_one_recipient_is_recorded_and_the_other_delivered(
    outbox: Outbox, clock: FixedClock
) -> None:
    composed = mail(clock, to=["dana@acme.example", "gone@acme.example"])
    row = outbox.queue(composed, kind="notice")
    handler = ScriptedHandler(refuse={"gone@acme.example": "550 5.1.1 no such user"})
    with smtp_server(handler) as server:
        report = outbox.send_due(plain(server.port))

    assert report.sent == (composed.message_id,)
    [received] = handler.received
    assert received.rcpt_tos == ("dana@acme.example",)
    entry = outbox.get(row.id)
    assert entry.status == "sent"
    assert dict(entry.refused) == {"gone@acme.example": "550 5.1.1 no such user"}
    assert entry.last_error == "gone@acme.example: 550 5.1.1 no such user"


def test_all_recipients_refused_fails_the_mail(outbox: Outbox, clock: FixedClock) -> None:
    row = outbox.queue(mail(clock), kind="notice")
    handler = ScriptedHandler(refuse={"dana@acme.example": "550 5.1.1 no such user"})
    with smtp_server(handler) as server:
        report = outbox.send_due(plain(server.port))
    assert report.failed == (row.message_id,)
    assert handler.received == []
    assert status_of(outbox, row.id) == "failed"


def test_5xx_to_the_message_fails_it_without_retry(outbox: Outbox, clock: FixedClock) -> None:
    row = outbox.queue(mail(clock), kind="notice")
    handler = ScriptedHandler(data_replies=["554 5.7.1 rejected as spam"])
    with smtp_server(handler) as server:
        outbox.send_due(plain(server.port))
        clock.advance(timedelta(days=1))
        later = outbox.send_due(plain(server.port))
    entry = outbox.get(row.id)
    assert entry.status == "failed" and "554" in (entry.last_error or "")
    assert later.sent == () and handler.received == []


def test_4xx_gives_up_after_max_attempts(engine: Engine, clock: FixedClock) -> None:
    outbox = Outbox(
        session_factory(engine),
        clock,
        retry_policy=RetryPolicy(max_attempts=2, first_delay=timedelta(seconds=1)),
    )
    row = outbox.queue(mail(clock), kind="notice")
    handler = ScriptedHandler(data_replies=["451 later"] * 5)
    with smtp_server(handler) as server:
        for _ in range(4):
            outbox.send_due(plain(server.port))
            clock.advance(timedelta(minutes=1))
    entry = outbox.get(row.id)
    assert (entry.status, entry.attempts) == ("failed", 2)
    assert len(handler.data_replies) == 3  # two DATA attempts, then no more


def test_unreachable_server_is_transient(outbox: Outbox, clock: FixedClock) -> None:
    row = outbox.queue(mail(clock), kind="notice")
    with smtp_server() as server:
        port = server.port
    report = outbox.send_due(plain(port, timeout=2.0))  # the server is gone
    assert report.deferred == (row.message_id,)
    assert status_of(outbox, row.id) == "pending"


# -- the ambiguous send -------------------------------------------------------------------


def test_late_250_after_timeout_is_uncertain_and_retry_reuses_message_id(
    outbox: Outbox, clock: FixedClock
) -> None:
    """Trade-off: uncertain mail waits for an explicit retry, which may deliver it twice."""
    composed = mail(clock)
    row = outbox.queue(composed, kind="notice")
    handler = ScriptedHandler(data_delay=2.5)
    with smtp_server(handler) as server:
        report = outbox.send_due(plain(server.port, timeout=1.0))
        # The server stored the mail; its 250 was due after the client had given up.
        assert [r.message_id for r in handler.received] == [composed.message_id]
        clock.advance(timedelta(days=1))
        untouched = outbox.send_due(plain(server.port))
        handler.data_delay = 0
        outbox.retry(row.id)
        retried = outbox.send_due(plain(server.port))

    assert report.uncertain == (composed.message_id,)
    assert untouched.sent == () and untouched.uncertain == ()
    assert retried.sent == (composed.message_id,)
    # The server got it twice, both times with the same Message-ID and bytes.
    assert handler.message_ids() == [composed.message_id, composed.message_id]
    assert handler.received[0].data == handler.received[1].data


# -- TLS and AUTH -------------------------------------------------------------------------


def test_starttls_not_offered_means_no_auth_and_no_send(outbox: Outbox, clock: FixedClock) -> None:
    row = outbox.queue(mail(clock), kind="notice")
    with smtp_server() as server:
        transport = SmtpTransport(
            "127.0.0.1",
            server.port,
            tls="starttls",
            username="ae",
            password="secret",
            local_hostname="localhost",
            timeout=5,
        )
        report = outbox.send_due(transport)
    assert report.stopped is not None and "STARTTLS" in report.stopped
    assert server.handler.logins == [] and server.handler.mail_from_seen == []
    entry = outbox.get(row.id)
    assert (entry.status, entry.attempts) == ("pending", 0)


def test_self_signed_certificate_is_refused_by_default(clock: FixedClock) -> None:
    certs = certificates()
    composed = mail(clock)
    with smtp_server(starttls_context=certs.server_context, auth=True) as server:
        transport = SmtpTransport(
            "127.0.0.1",
            server.port,
            username="ae",
            password="secret",
            local_hostname="localhost",
            timeout=5,
        )
        with pytest.raises(MailTransportError, match="certificate"):
            transport.send(composed.raw, sender=composed.sender, recipients=composed.recipients)
    assert server.handler.logins == [] and server.handler.received == []


def test_credentials_are_never_sent_without_tls() -> None:
    with pytest.raises(ConfigError, match="without TLS"):
        SmtpTransport("127.0.0.1", 2525, tls="none", username="ae", password="secret")


def test_starttls_with_trusted_ca_logs_in_and_delivers(
    outbox: Outbox, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    certs = certificates()
    row = outbox.queue(mail(clock), kind="notice")
    with smtp_server(starttls_context=certs.server_context, auth=True) as server:
        transport = SmtpTransport(
            "127.0.0.1",
            server.port,
            username="ae",
            password="secret",
            ssl_context=certs.client_context,
            local_hostname="localhost",
            timeout=5,
        )
        report = outbox.send_due(transport)
    assert report.sent == (row.message_id,)
    assert server.handler.logins == ["ae"]
    assert server.handler.message_ids() == [row.message_id]
    assert "secret" not in repr(transport)
    assert row.message_id in caplog.text and "secret" not in caplog.text


def test_implicit_tls_delivers(clock: FixedClock) -> None:
    certs = certificates()
    composed = mail(clock)
    with smtp_server(implicit_tls_context=certs.server_context) as server:
        transport = SmtpTransport(
            "127.0.0.1",
            server.port,
            tls="ssl",
            ssl_context=certs.client_context,
            local_hostname="localhost",
            timeout=5,
        )
        refused = transport.send(
            composed.raw, sender=composed.sender, recipients=composed.recipients
        )
    assert refused == {}
    assert server.handler.message_ids() == [composed.message_id]


def test_wrong_password_stops_the_run_without_failing_the_mail(
    outbox: Outbox, clock: FixedClock
) -> None:
    certs = certificates()
    row = outbox.queue(mail(clock), kind="notice")
    with smtp_server(starttls_context=certs.server_context, auth=True) as server:
        transport = SmtpTransport(
            "127.0.0.1",
            server.port,
            username="ae",
            password="wrong",
            ssl_context=certs.client_context,
            local_hostname="localhost",
            timeout=5,
        )
        report = outbox.send_due(transport)
    assert report.stopped is not None and "login refused" in report.stopped
    assert server.handler.received == []
    assert status_of(outbox, row.id) == "pending"


# -- kills at each outbox state -----------------------------------------------------------


class Killed(BaseException):
    """Stands for SIGKILL at one point: nothing after it runs, no except clause sees it."""


class KillAround:
    """A transport seam: dies before handing the mail over, or right after the server's 250."""

    def __init__(self, inner: Transport, *, after_send: bool) -> None:
        self.inner = inner
        self.after_send = after_send

    def send(self, message: bytes, *, sender: str, recipients: Sequence[str]) -> dict[str, Refusal]:
        if not self.after_send:
            raise Killed
        self.inner.send(message, sender=sender, recipients=recipients)
        raise Killed


@pytest.mark.parametrize("after_send", [False, True], ids=["claimed", "accepted"])
def test_a_kill_while_sending_leaves_the_mail_uncertain_never_resent(
    outbox: Outbox, clock: FixedClock, after_send: bool
) -> None:
    row = outbox.queue(mail(clock), kind="notice")
    with smtp_server() as server:
        with pytest.raises(Killed):
            outbox.send_due(KillAround(plain(server.port), after_send=after_send))
        assert status_of(outbox, row.id) == "sending"
        during_lease = outbox.send_due(plain(server.port))
        clock.advance(outbox.lease + timedelta(seconds=1))
        after_lease = outbox.send_due(plain(server.port))
    delivered = 1 if after_send else 0
    assert during_lease.sent == () and after_lease.sent == ()
    assert after_lease.expired == (row.message_id,)
    assert status_of(outbox, row.id) == "uncertain"
    assert len(server.handler.received) == delivered


def test_a_kill_before_claim_or_after_recording_changes_nothing(
    outbox: Outbox, clock: FixedClock
) -> None:
    pending = outbox.queue(mail(clock, subject="one"), kind="notice")
    with smtp_server() as server:
        outbox.send_due(plain(server.port))  # records "sent"; a kill now loses nothing
        queued_after = outbox.queue(mail(clock, subject="two"), kind="notice")  # killed next
        again = outbox.send_due(plain(server.port))  # the next run starts from the rows
    assert again.sent == (queued_after.message_id,)
    assert server.handler.message_ids() == [pending.message_id, queued_after.message_id]


CHILD = """
import sys
from intake.clock import clock_from_environment
from intake.outbound.outbox import Outbox
from intake.outbound.smtp import SmtpTransport
from intake.storage import make_engine, session_factory
url, port, options = sys.argv[1], int(sys.argv[2]), sys.argv[3]
engine = make_engine(url, connect_args={"options": options} if options else {})
report = Outbox(session_factory(engine), clock_from_environment()).send_due(
    SmtpTransport("127.0.0.1", port, tls="none", local_hostname="localhost", timeout=30))
print(len(report.sent), report.skipped, flush=True)
"""


def _child(engine: Engine, port: int, clock: FixedClock) -> subprocess.Popen[str]:
    options = ""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            options = "-csearch_path=" + str(conn.exec_driver_sql("SHOW search_path").scalar())
    env = {**os.environ, "INTAKE_NOW": clock.now().isoformat(), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            engine.url.render_as_string(hide_password=False),
            str(port),
            options,
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_sigkill_during_data_leaves_uncertain_and_nothing_is_sent_twice(
    engine: Engine, outbox: Outbox, clock: FixedClock
) -> None:
    row = outbox.queue(mail(clock), kind="notice")
    hold = threading.Event()
    hold.set()
    handler = ScriptedHandler(hold=hold)
    with smtp_server(handler) as server:
        child = _child(engine, server.port, clock)
        try:
            assert handler.data_arrived.wait(30), child.stderr.read() if child.stderr else ""
            os.kill(child.pid, signal.SIGKILL)
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
        hold.clear()  # the server now says 250 to nobody: the mail was delivered
        assert status_of(outbox, row.id) == "sending"
        clock.advance(outbox.lease + timedelta(minutes=1))
        report = outbox.send_due(plain(server.port))
    assert child.returncode == -signal.SIGKILL
    assert report.expired == (row.message_id,) and report.sent == ()
    assert status_of(outbox, row.id) == "uncertain"
    assert handler.message_ids() == [row.message_id]


# -- two senders, one database ------------------------------------------------------------


@pytest.mark.slow
def test_two_processes_send_each_mail_once(
    engine: Engine, outbox: Outbox, clock: FixedClock
) -> None:
    rows = [outbox.queue(mail(clock, to=[f"c{i}@acme.example"]), kind="notice") for i in range(30)]
    handler = ScriptedHandler(data_delay=0.01)
    with smtp_server(handler) as server:
        children = [_child(engine, server.port, clock) for _ in range(2)]
        outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    sent_counts = [int(out.split()[0]) for out, _ in outputs]
    assert sum(sent_counts) == 30
    assert sorted(handler.message_ids()) == sorted(r.message_id for r in rows)
    assert {e.status for e in outbox.list()} == {"sent"}


def test_two_threads_send_each_mail_once(engine: Engine, clock: FixedClock) -> None:
    factory = session_factory(engine)
    first = Outbox(factory, clock)
    rows = [first.queue(mail(clock, to=[f"c{i}@acme.example"]), kind="notice") for i in range(20)]
    handler = ScriptedHandler()
    start = threading.Barrier(2)
    reports = []

    def run() -> None:
        start.wait()
        reports.append(Outbox(factory, clock).send_due(plain(port)))

    with smtp_server(handler) as server:
        port = server.port
        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert len(reports) == 2
    assert sum(len(r.sent) for r in reports) == 20
    assert sorted(handler.message_ids()) == sorted(r.message_id for r in rows)


# -- queueing rules ---------------------------------------------------------------------


def test_dedupe_key_queues_a_mail_once(outbox: Outbox, engine: Engine, clock: FixedClock) -> None:
    first = outbox.queue(mail(clock), kind="reminder", dedupe_key="reminder:42:2026-03-05")
    second = outbox.queue(mail(clock), kind="reminder", dedupe_key="reminder:42:2026-03-05")
    same_bytes = outbox.queue(
        ComposedMail(first.message_id, AE, ("dana@acme.example",), "x", first.raw), kind="reminder"
    )
    assert second.id == first.id == same_bytes.id
    with unit_of_work(session_factory(engine)) as session:
        assert session.scalar(select(func.count()).select_from(OutboundMail)) == 1


def test_a_caller_wrong_about_a_new_key_still_gets_one_row(
    outbox: Outbox, engine: Engine, clock: FixedClock
) -> None:
    # known_new skips the lookup; the unique key still catches the copy inside the savepoint
    # and the caller's other work in the same unit survives.
    first = outbox.queue(mail(clock), kind="draft", dedupe_key="draft:7:v1")
    factory = session_factory(engine)
    with unit_of_work(factory) as session:
        again = outbox.queue(mail(clock), kind="draft", dedupe_key="draft:7:v1",
                             session=session, known_new=True)
        other = outbox.queue(mail(clock, subject="other"), kind="draft",
                             dedupe_key="draft:8:v1", session=session, known_new=True)
        assert again.id == first.id and other.id != first.id
    with unit_of_work(factory) as session:
        assert session.scalar(select(func.count()).select_from(OutboundMail)) == 2


def test_queue_joins_the_callers_unit_of_work(
    outbox: Outbox, engine: Engine, clock: FixedClock
) -> None:
    factory = session_factory(engine)
    with pytest.raises(RuntimeError), unit_of_work(factory) as session:
        outbox.queue(mail(clock), kind="notice", session=session)
        raise RuntimeError("a later step of the same message failed")
    assert outbox.list() == []
    with unit_of_work(factory) as session:
        kept = outbox.queue(mail(clock), kind="notice", session=session)
    assert [e.message_id for e in outbox.list()] == [kept.message_id]


def test_rate_limit_records_failed_rows(engine: Engine, clock: FixedClock) -> None:
    outbox = Outbox(
        session_factory(engine),
        clock,
        rate_limit=RateLimit(per_recipient=2, window=timedelta(hours=1)),
    )
    rows = [outbox.queue(mail(clock, subject=f"loop {i}"), kind="notice") for i in range(3)]
    other = outbox.queue(mail(clock, to=["lee@acme.example"]), kind="notice")
    assert [r.status for r in rows] == ["pending", "pending", "failed"]
    assert rows[2].last_error is not None and rows[2].last_error.startswith("rate limited")
    assert other.status == "pending"
    clock.advance(timedelta(hours=1, seconds=1))
    assert outbox.queue(mail(clock, subject="later"), kind="notice").status == "pending"
    with smtp_server() as server:
        report = outbox.send_due(plain(server.port))
    assert rows[2].message_id not in server.handler.message_ids()
    assert len(report.sent) == 4


def test_rate_limit_spares_exempt_addresses(engine: Engine, clock: FixedClock) -> None:
    """The agency's own team is never limited; outside recipients still are."""
    outbox = Outbox(
        session_factory(engine),
        clock,
        rate_limit=RateLimit(per_recipient=1, exempt=frozenset({"lee@acme.example"})),
    )
    team = [
        outbox.queue(mail(clock, to=["Lee@acme.example"], subject=f"draft {i}")) for i in range(3)
    ]
    outside = [outbox.queue(mail(clock, subject=f"loop {i}")) for i in range(2)]
    assert [r.status for r in team] == ["pending"] * 3
    assert [r.status for r in outside] == ["pending", "failed"]


def test_retry_rules(outbox: Outbox, clock: FixedClock) -> None:
    row = outbox.queue(mail(clock), kind="notice")
    with pytest.raises(UsageError, match="pending"):
        outbox.retry(row.id)
    with pytest.raises(NotFound):
        outbox.retry(row.id + 1000)
    with smtp_server() as server:
        outbox.send_due(plain(server.port))
    with pytest.raises(UsageError, match="sent"):
        outbox.retry(row.id)


def test_retry_of_partly_refused_mail_sends_only_to_the_refused(
    outbox: Outbox, clock: FixedClock
) -> None:
    composed = mail(clock, to=["dana@acme.example", "gone@acme.example"])
    row = outbox.queue(composed, kind="notice")
    handler = ScriptedHandler(refuse={"gone@acme.example": "550 5.1.1 no such user"})
    with smtp_server(handler) as server:
        outbox.send_due(plain(server.port))
        handler.refuse.clear()  # the client fixed the mailbox
        outbox.retry(row.id)
        outbox.send_due(plain(server.port))
    assert [r.rcpt_tos for r in handler.received] == [
        ("dana@acme.example",),
        ("gone@acme.example",),
    ]
    entry = outbox.get(row.id)
    assert entry.status == "sent" and entry.refused == ()


# -- folder transport ---------------------------------------------------------------------


def test_folder_transport_writes_one_eml_per_mail(
    outbox: Outbox, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "outbox"
    composed = [mail(clock, subject=f"mail {i}") for i in range(3)]
    for item in composed:
        outbox.queue(item, kind="notice")
    report = outbox.send_due(FolderTransport(folder))
    assert len(report.sent) == 3
    FolderTransport(folder).send(composed[0].raw, sender=AE, recipients=composed[0].recipients)

    files = sorted(folder.iterdir())
    assert len(files) == 3 and all(f.suffix == ".eml" for f in files)
    parsed = [BytesParser(policy=policy.default).parsebytes(f.read_bytes()) for f in files]
    assert sorted(m["Message-ID"] for m in parsed) == sorted(c.message_id for c in composed)
    assert {f.read_bytes() for f in files} == {c.raw for c in composed}


def test_recording_transport_seam_records_what_would_be_sent(
    outbox: Outbox, clock: FixedClock
) -> None:
    composed = mail(clock, to=["dana@acme.example", "gone@acme.example"])
    row = outbox.queue(composed, kind="notice")
    transport = RecordingTransport(refuse={"gone@acme.example": Refusal(550, "no such user")})
    report = outbox.send_due(transport)
    assert report.sent == (composed.message_id,)
    [recorded] = transport.sent
    assert (recorded.sender, recorded.recipients) == (AE, ("dana@acme.example",))
    assert recorded.message == composed.raw
    assert dict(outbox.get(row.id).refused) == {"gone@acme.example": "550 no such user"}
