"""Shared setup for the guidance tests: a New York agency, a Zurich client, a print-ad job type.

The print ad: brief (client, 2 business days), first round (agency, 5),
client approval (client, 3), files to publication (agency, 2): 12 business
days in all. March 2027 has no US federal holiday; Zurich moves to summer
time on 28 March 2027 (UTC+1 before, UTC+2 after).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from intake.app import App
from intake.clock import FixedClock
from intake.config import Config, parse
from intake.storage import unit_of_work
from intake.sync import sync_clients
from models import Client, Project

AE = "ae@agency.example"
INTAKE = "intake@agency.example"
CLIENT_CONTACT = "maria@harborfoods.example"
ZURICH = "Europe/Zurich"
NEW_YORK = "America/New_York"
MONDAY = datetime(2027, 3, 1, 14, 0, tzinfo=UTC)  # Monday 1 March 2027, 09:00 in New York

PRINT_AD = {
    "name": "print ad",
    "keywords": ["print ad", "magazine ad"],
    "milestones": [
        {"name": "brief", "business_days": 2, "owner": "client"},
        {"name": "first round", "business_days": 5, "owner": "agency"},
        {"name": "client approval", "business_days": 3, "owner": "client"},
        {"name": "files to publication", "business_days": 2, "owner": "agency"},
    ],
}


def make_config(*, guidance: dict[str, Any] | None = None, contacts: tuple[str, ...] = (
        CLIENT_CONTACT,), client_tz: str | None = ZURICH) -> Config:
    client: dict[str, Any] = {"name": "Harbor Foods", "domains": ["harborfoods.example"],
                              "contacts": list(contacts)}
    if client_tz:
        client["timezone"] = client_tz
    data: dict[str, Any] = {
        "database": {"url": "sqlite:///unused.db"},
        "agency": {"name": "Brightline", "timezone": NEW_YORK, "ae": AE, "intake": INTAKE},
        "clients": [client],
        "schedule": {"holidays": {"country": "US", "subdivision": "NY"},
                     "reminders": {"lead_business_days": 2, "send_at": "10:00"}},
        "job_types": [PRINT_AD],
    }
    if guidance is not None:
        data["guidance"] = guidance
    return parse(data, path=None)


def make_app(engine: Engine, config: Config | None = None, now: datetime = MONDAY) -> App:
    """The real App on ``engine`` and the guidance config, with the clock at ``now``."""
    app = App(config=config or make_config(), engine=engine, clock=FixedClock(now), environ={})
    with unit_of_work(app.factory) as session:
        sync_clients(session, app.config.clients)
    return app


def add_project(session: Session, *, due: date | None, job_type: str | None = "print ad",
                name: str = "Spring print ad", status: str = "active",
                now: datetime = MONDAY) -> Project:
    client_id = session.scalar(select(Client.id).where(Client.name == "Harbor Foods"))
    project = Project(client_id=client_id, name=name, job_type=job_type, status=status,
                      due_date=due, original_due_date=due, created_at=now, updated_at=now)
    session.add(project)
    session.flush()
    return project
