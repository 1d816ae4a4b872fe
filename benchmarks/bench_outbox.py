"""Prints how fast mail is rendered, composed, queued and sent on this machine.

Input: a mail count (default 300). Output: one line per stage with mails per
second: render + compose (pure), queue into a fresh SQLite outbox (one commit
per mail), send to aiosmtpd on loopback (one SMTP connection per mail, no
TLS) and to a folder (one fsync'd .eml per mail). Run with
``.venv/bin/python benchmarks/bench_outbox.py [COUNT]``.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink

from intake.clock import SystemClock
from intake.outbound.compose import ComposedMail, compose_mail
from intake.outbound.folder import FolderTransport
from intake.outbound.outbox import Outbox, RateLimit
from intake.outbound.render import render_mail
from intake.outbound.smtp import SmtpTransport
from intake.storage import make_engine, migrate, session_factory


def line(label: str, count: int, seconds: float) -> None:
    print(f"{label:<52} {count / seconds:9.0f} mails/s  ({seconds * 1e3 / count:6.2f} ms/mail)")


def composed_mails(count: int) -> list[ComposedMail]:
    clock = SystemClock()
    mails = []
    for i in range(count):
        text, html = render_mail("notice", recipient_name=f"Client {i}", title="Status",
                                 message="Your brief is due Friday.", items=["Brief", "Budget"])
        mails.append(compose_mail(sender="ae@agency.example", to=[f"c{i}@acme.example"],
                                  subject=f"Status {i}", text=text, html=html, clock=clock,
                                  kind="notice"))
    return mails


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fresh_outbox(directory: Path, name: str) -> Outbox:
    engine = make_engine(f"sqlite:///{directory / name}")
    migrate(engine)
    return Outbox(session_factory(engine), SystemClock(),
                  rate_limit=RateLimit(per_recipient=1_000_000))


def main(count: int) -> None:
    start = time.perf_counter()
    mails = composed_mails(count)
    line("render + compose", count, time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        for target in ("smtp", "folder"):
            outbox = fresh_outbox(directory, f"{target}.db")
            start = time.perf_counter()
            for composed in mails:
                outbox.queue(composed)
            if target == "smtp":
                line("queue (SQLite, one commit per mail)", count, time.perf_counter() - start)
                port = free_port()
                controller = Controller(Sink(), hostname="127.0.0.1", port=port)
                controller.start()
                try:
                    transport = SmtpTransport("127.0.0.1", port, tls="none",
                                              local_hostname="localhost")
                    start = time.perf_counter()
                    report = outbox.send_due(transport, limit=count)
                    line("send_due to aiosmtpd (claim, SMTP, record)", len(report.sent),
                         time.perf_counter() - start)
                finally:
                    controller.stop()
            else:
                start = time.perf_counter()
                report = outbox.send_due(FolderTransport(directory / "out"), limit=count)
                line("send_due to a folder (claim, fsync'd .eml, record)", len(report.sent),
                     time.perf_counter() - start)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
