"""Builds a real App on a test database and feeds it mail through the real pipeline.

Used by the report and scheduler tests: no IMAP server is needed because
mail enters as :class:`RawMail` at the pipeline's front door, exactly as the
sync stage hands it over (parse, classify, extract, thread, store).
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from intake.app import App
from intake.clock import FixedClock
from intake.config import Config, parse
from intake.sources import MailLocation, RawMail
from intake.storage import unit_of_work

AE = "dana@agency.example"
COORDINATOR = "ac@agency.example"
INTAKE = "intake@agency.example"
NEW_YORK = ZoneInfo("America/New_York")
_uids = itertools.count(1)


def report_config(*, base_dir: Path | None = None, database_url: str = "sqlite:///unused.db",
                  smtp_port: int | None = None, report: dict[str, Any] | None = None,
                  schedule: bool = True) -> Config:
    data: dict[str, Any] = {
        "database": {"url": database_url},
        "agency": {"name": "Brightline", "timezone": "America/New_York", "ae": AE,
                   "intake": INTAKE, "coordinator": COORDINATOR},
        "clients": [
            {"name": "Harbor Foods", "domains": ["harborfoods.example"]},
            {"name": "Northwind Bank", "domains": ["northwindbank.example"]},
        ],
    }
    if schedule:
        data["schedule"] = {"holidays": {"country": "US", "subdivision": "NY"}}
    if report is not None:
        data["report"] = report
    if smtp_port is not None:
        data["smtp"] = {"host": "127.0.0.1", "port": smtp_port, "tls": "none"}
    return parse(data, path=(base_dir / "intake.toml") if base_dir else None)


def make_report_app(engine: Engine, config: Config, now: datetime) -> App:
    return App(config=config, engine=engine, clock=FixedClock(now), environ={})


def ny(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """An instant given on the agency's (New York) wall clock."""
    return datetime(year, month, day, hour, minute, tzinfo=NEW_YORK).astimezone(UTC)


def mail(
    sender: str,
    to: str,
    subject: str,
    body: str,
    when: datetime,
    *,
    parent: EmailMessage | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].rstrip(">"))
    if parent is not None:
        message["In-Reply-To"] = parent["Message-ID"]
        message["References"] = parent["Message-ID"]
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message


def store(app: App, *messages: EmailMessage, folder: str = "INBOX") -> list[int]:
    """Run each message through the real pipeline; returns the stored Message ids."""
    ids = []
    with unit_of_work(app.factory) as session:
        for message in messages:
            when = datetime.fromisoformat(message["Date"].datetime.isoformat())
            raw = RawMail(MailLocation("dana", folder, 1, next(_uids)), bytes(message), when)
            outcome = app.pipeline.process(session, raw)
            assert outcome.status == "stored", outcome
            ids.append(outcome.message_pk)
    return ids
