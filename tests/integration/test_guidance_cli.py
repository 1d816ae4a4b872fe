"""``intake guidance`` / ``intake reminders`` on a real config file and SQLite database."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from intake.cli.guidance import register
from intake.config import load
from intake.storage import make_engine, migrate, session_factory, unit_of_work
from intake.sync import sync_clients
from models import Client, OutboundMail, Project

CONFIG = """
[database]
url = "sqlite:///{db}"

[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "ae@agency.example"
intake = "intake@agency.example"

[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
contacts = ["maria@harborfoods.example"]
timezone = "Europe/Zurich"

[schedule.holidays]
country = "US"

[guidance]
auto_send = false

[[job_types]]
name = "print ad"
keywords = ["print ad"]
milestones = [
  {{ name = "brief", business_days = 2, owner = "client" }},
  {{ name = "first round", business_days = 5 }},
  {{ name = "client approval", business_days = 3, owner = "client" }},
  {{ name = "files to publication", business_days = 2 }},
]
"""


def run(config: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config")
    register(parser.add_subparsers())
    args = parser.parse_args(["--config", str(config), *argv])
    return int(args.handler(args))


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "intake.toml"
    path.write_text(CONFIG.format(db=tmp_path / "intake.db"))
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    migrate(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as session:
        sync_clients(session, load(path).clients)
        client_id = session.scalar(select(Client.id))
        now = datetime(2027, 3, 1, 14, 0, tzinfo=UTC)
        for name, due in (("Rush print ad", date(2027, 3, 5)), ("Spring print ad",
                                                                 date(2027, 3, 31))):
            session.add(Project(client_id=client_id, name=name, status="active", due_date=due,
                                job_type=None, created_at=now, updated_at=now))
    engine.dispose()
    monkeypatch.setenv("INTAKE_NOW", "2027-03-01T14:00:00Z")
    return path


def test_replan_list_confirm_and_send_due(config: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(config, "guidance", "replan", "1") == 0
    assert run(config, "guidance", "replan", "2") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("project 1: infeasible (due date is 8 business days short); "
                             "guidance 1 awaiting_confirmation")
    assert out[1] == ("project 2: schedule; guidance 2 queued; reminders kept 0, cancelled 0, "
                      "added 2")

    assert run(config, "guidance", "--json", "--status", "awaiting_confirmation") == 0
    [held] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (held["id"], held["project"], held["earliest_due"]) == (1, "Rush print ad",
                                                                   "2027-03-17")
    assert run(config, "guidance", "confirm", "1") == 0
    assert capsys.readouterr().out.strip() == "guidance 1 queued to maria@harborfoods.example"

    assert run(config, "reminders") == 0
    table = capsys.readouterr().out
    assert "2027-03-15 09:00" in table and "Europe/Zurich" in table

    assert run(config, "reminders", "send-due") == 0
    assert capsys.readouterr().out.strip() == "queued 0 reminders"
    monkeypatch.setenv("INTAKE_NOW", "2027-03-15T09:00:00Z")  # 10:00 in Zurich
    assert run(config, "reminders", "send-due") == 0
    assert capsys.readouterr().out.strip() == "queued 1 reminder"

    engine = make_engine(f"sqlite:///{config.parent / 'intake.db'}")
    with session_factory(engine)() as session:
        kinds = sorted(session.scalars(select(OutboundMail.kind)))
    engine.dispose()
    assert kinds == ["guidance", "guidance", "reminder"]


def test_unknown_ids_are_usage_errors(config: Path) -> None:
    from intake.errors import NotFound

    with pytest.raises(NotFound):
        run(config, "guidance", "confirm", "99")
    with pytest.raises(NotFound):
        run(config, "guidance", "replan", "99")
