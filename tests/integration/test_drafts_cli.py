"""``intake drafts`` commands against a real SQLite database and a folder transport."""

from __future__ import annotations

import argparse
import json
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from intake.cli.drafts import register
from models import AuditEvent
from tests.integration.drafts_support import (
    CLIENT_BRIEF,
    COORDINATOR,
    SECRET,
    TRAFFIC,
    client_message,
    make_rig,
)

REQUIRED = {"id", "kind", "status", "client", "project", "summary", "budget", "due_date",
            "source_message_id", "created_at", "decided_at"}


def run(config: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="intake")
    parser.add_argument("--config")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--config", str(config), *argv])
    return int(args.handler(args))


@pytest.fixture
def setup(sqlite_engine: Engine, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("INTAKE_SECRET", SECRET)
    monkeypatch.setenv("INTAKE_NOW", "2027-01-15T12:00:00Z")
    outbox = tmp_path / "outbox"
    config = tmp_path / "intake.toml"
    config.write_text(f"""
[database]
url = "{sqlite_engine.url}"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "ae@agency.example"
intake = "intake@agency.example"
traffic = "{TRAFFIC}"
coordinator = "{COORDINATOR}"
[outbound]
folder = "{outbox}"
[[clients]]
name = "Harbor Foods"
domains = ["harborfoods.example"]
""")
    rig = make_rig(sqlite_engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    return config, outbox


def sent_kinds(outbox: Path) -> list[str]:
    kinds = []
    for path in sorted(outbox.glob("*.eml")):
        mail = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        kinds.append(str(mail["X-Intake-Outbound"]))
    return sorted(kinds)


def test_drafts_json_lists_every_field_the_issue_names(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config, _ = setup
    assert run(config, "drafts", "--json") == 0
    [line] = capsys.readouterr().out.splitlines()
    row = json.loads(line)
    assert set(row) >= REQUIRED
    assert (row["kind"], row["status"], row["client"]) == ("ccr", "draft", "Harbor Foods")
    assert row["budget"] == "25000.00" and row["due_date"] == "2027-03-03"
    assert row["project"] == "Spring Catch launch" and row["decided_at"] is None
    assert row["source_message_id"].endswith("@harborfoods.example")  # the client's Message-ID
    assert isinstance(row["source_message"], int)


def test_operator_confirm_relays_audits_and_sends(
    setup: tuple[Path, Path], sqlite_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    config, outbox = setup
    assert run(config, "drafts", "confirm", "1") == 0
    out = capsys.readouterr().out
    assert "draft 1 confirmed" in out and "sent 3" in out  # the draft mail, relay, ack
    assert sent_kinds(outbox) == ["draft", "draft-ack", "relay"]
    assert run(config, "drafts", "--json") == 0
    row = json.loads(capsys.readouterr().out)
    assert row["status"] == "confirmed" and row["decided_at"] is not None
    with sqlite_engine.connect() as conn:
        actors = conn.execute(select(AuditEvent.actor).where(
            AuditEvent.action == "confirmed")).scalars().all()
    assert len(actors) == 1 and actors[0].startswith("operator:")

    assert run(config, "drafts", "reject", "1") == 1  # already decided: nothing changes
    assert "confirmed" in capsys.readouterr().out


def test_show_prints_the_history(setup: tuple[Path, Path],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    config, _ = setup
    assert run(config, "drafts", "reject", "1", "--reason", "duplicate") == 0
    capsys.readouterr()
    assert run(config, "drafts", "show", "1", "--json") == 0
    detail = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in detail["history"]] == ["drafted", "rejected"]
    assert detail["facts"] and detail["versions"][0]["number"] == 1
    assert run(config, "drafts", "show", "1") == 0
    text = capsys.readouterr().out
    assert "rejected by operator:" in text and "Our budget is $25,000." in text


def test_send_to_client_confirms_and_sends_a_recap(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config, outbox = setup
    assert run(config, "drafts", "send-to-client", "1") == 0
    assert "maria@harborfoods.example" in capsys.readouterr().out
    assert sent_kinds(outbox) == ["client-recap", "draft", "draft-ack", "relay"]


def test_operator_edit_makes_version_two_and_mails_it(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config, outbox = setup
    assert run(config, "drafts", "edit", "1", "--budget", "EUR 9,500", "--due", "2027-04-01") == 0
    out = capsys.readouterr().out
    assert "budget: 25000.00 -> 9500.00" in out and "due_date: 2027-03-03 -> 2027-04-01" in out
    assert run(config, "drafts", "--json") == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["version"], row["currency"], row["budget"]) == (2, "EUR", "9500.00")
    assert sent_kinds(outbox) == ["draft", "draft"]
