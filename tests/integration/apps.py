"""Builds a real App for integration tests: a real database, a real Dovecot, a fixed clock."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from intake.app import App
from intake.clock import FixedClock
from intake.config import Config, parse
from intake.storage import session_factory
from models import Message, MessageLocation, QuarantinedMail

AE = "ae@agency.example"
INTAKE = "intake@agency.example"
PASSWORD_ENV = "INTAKE_TEST_IMAP_PASSWORD"
# One folder per test process for mail a test sends through the folder transport.
_TEST_OUTBOX = Path(tempfile.gettempdir()) / f"intake-test-outbox-{os.getpid()}"


def config_for(
    dovecot: Any,
    *,
    user: str = AE,
    folders: tuple[str, ...] = ("INBOX", "Sent"),
    base_dir: Path | None = None,
    tables: dict[str, Any] | None = None,
    **mailbox: Any,
) -> Config:
    """A config reading ``user``'s mailbox on the test Dovecot; ``tables`` adds or replaces
    top-level tables (``drafts``, ``schedule``, ``job_types``...)."""
    data: dict[str, Any] = {
        "database": {"url": "sqlite:///unused.db"},
        "agency": {
            "name": "Brightline",
            "timezone": "America/New_York",
            "ae": AE,
            "intake": INTAKE,
            "traffic": "traffic@agency.example",
            "coordinator": "ac@agency.example",
        },
        "mailboxes": [
            {
                "name": user.partition("@")[0],
                "host": "127.0.0.1",
                "port": dovecot.port,
                "tls": "none",
                "username": user,
                "password_env": PASSWORD_ENV,
                "folders": list(folders),
                "timeout": 5,
                **mailbox,
            }
        ],
        "clients": [
            {"name": "Harbor Foods", "domains": ["harborfoods.example"]},
            {"name": "Northwind Bank", "domains": ["northwindbank.example"]},
        ],
    }
    if base_dir is None:  # outbound mail of tests goes to a temporary folder, never ./outbox
        data["outbound"] = {"folder": str(_TEST_OUTBOX)}
    data.update(tables or {})
    return parse(data, path=(base_dir / "intake.toml") if base_dir else None)


def make_app(engine: Engine, config: Config, *, password: str = "secret") -> App:
    return App(
        config=config,
        engine=engine,
        clock=FixedClock(datetime(2027, 1, 15, 12, 0, tzinfo=UTC)),
        environ={PASSWORD_ENV: password},
    )


def client_mail(
    subject: str,
    body: str = "Can we launch the spring campaign on March 3?",
    *,
    sender: str = "Maria Chen <maria@harborfoods.example>",
    to: str = AE,
    reply_to: EmailMessage | None = None,
    when: datetime | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """A small, realistic message; unique Message-ID each time."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2027, 1, 12, 15, 30, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].rstrip(">"))
    if reply_to is not None:
        msg["In-Reply-To"] = reply_to["Message-ID"]
        msg["References"] = reply_to["Message-ID"]
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg


def counts(engine: Engine) -> tuple[int, int, int]:
    """(messages, locations, open quarantine rows)."""
    with session_factory(engine)() as session:
        return (
            session.scalar(select(func.count()).select_from(Message)) or 0,
            session.scalar(select(func.count()).select_from(MessageLocation)) or 0,
            session.scalar(
                select(func.count())
                .select_from(QuarantinedMail)
                .where(QuarantinedMail.resolved_at.is_(None))
            )
            or 0,
        )


def subjects(engine: Engine) -> list[str]:
    with session_factory(engine)() as session:
        return sorted(session.scalars(select(Message.subject)))
