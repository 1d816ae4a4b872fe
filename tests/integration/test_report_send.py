"""``intake report unanswered [--json] [--send]`` and ``intake outbox`` against real servers.

The report mail goes through the outbox into aiosmtpd on loopback; the
command line runs as the integrator wires it (``register`` on intake's parser),
with ``INTAKE_NOW`` fixing the clock.
"""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import Engine

from intake.cli import build_parser
from intake.clock import FixedClock
from intake.errors import NotFound
from intake.report_mail import queue_unanswered_report, send_unanswered_report
from intake.transport_factory import transport_from_config
from tests.integration.report_support import (
    AE,
    COORDINATOR,
    mail,
    make_report_app,
    ny,
    report_config,
    store,
)
from tests.integration.smtp_server import ScriptedHandler, smtp_server

NOW = ny(2027, 1, 19, 18, 30)
MARIA = "Maria Chen <maria@harborfoods.example>"


def _run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


def _seed(app) -> None:  # type: ignore[no-untyped-def]
    store(app,
          mail(MARIA, AE, "Banner <sizes>", "Could the banner be 300x250?", ny(2027, 1, 15, 16)),
          mail(MARIA, AE, "Thanks", "Thanks!", ny(2027, 1, 15, 17)))


def test_send_twice_the_same_night_sends_once(engine: Engine, tmp_path: Path) -> None:
    with smtp_server(ScriptedHandler()) as server:
        config = report_config(base_dir=tmp_path, smtp_port=server.port)
        app = make_report_app(engine, config, NOW)
        _seed(app)
        transport = transport_from_config(config, {})
        first = send_unanswered_report(app, transport)
        assert isinstance(app.clock, FixedClock)
        app.clock.current = ny(2027, 1, 19, 23, 50)  # later the same night
        second = send_unanswered_report(app, transport)
        app.clock.current = ny(2027, 1, 20, 18, 30)  # the next night: a new report
        third = send_unanswered_report(app, transport)

    assert (first.status, second.status, third.status) == ("queued", "already_queued", "queued")
    received = server.handler.received
    assert [r.message_id for r in received] == [f"{first.message_id}", f"{third.message_id}"]
    assert set(received[0].rcpt_tos) == {AE, COORDINATOR}
    report = message_from_bytes(received[0].data, policy=policy.default)
    assert report["Auto-Submitted"] == "auto-generated"
    assert report["Subject"] == "Unanswered client mail: 1 waiting (Tue 19 Jan 2027)"
    text = report.get_body(("plain",)).get_content()
    html = report.get_body(("html",)).get_content()
    assert "Banner <sizes>" in text and "Could the banner be 300x250?" in text
    assert "Banner &lt;sizes&gt;" in html
    assert "Harbor Foods" in text and "waiting 9 business hours" in text


def test_no_coordinator_when_not_wanted_and_no_mail_when_nothing_waits(
    engine: Engine, tmp_path: Path
) -> None:
    config = report_config(base_dir=tmp_path, report={"send_to_coordinator": False})
    app = make_report_app(engine, config, NOW)
    assert queue_unanswered_report(app).status == "nothing_waiting"
    _seed(app)
    delivery = send_unanswered_report(app, transport_from_config(config, {}))
    assert delivery.status == "queued" and delivery.send is not None
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1  # the folder transport: the embedded default
    written = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert written["To"] == AE


def test_cli_json_lines_send_and_outbox(
    sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    engine = sqlite_engine  # the command line opens the database named in its config file
    with smtp_server(ScriptedHandler(refuse={COORDINATOR: "550 5.1.1 no such user"})) as server:
        config = report_config(base_dir=tmp_path, smtp_port=server.port,
                               database_url=str(engine.url))
        _seed(make_report_app(engine, config, NOW))
        path = tmp_path / "intake.toml"
        path.write_text(
            f'[database]\nurl = "{engine.url}"\n'
            '[agency]\nname = "Brightline"\ntimezone = "America/New_York"\n'
            f'ae = "{AE}"\nintake = "intake@agency.example"\ncoordinator = "{COORDINATOR}"\n'
            '[[clients]]\nname = "Harbor Foods"\ndomains = ["harborfoods.example"]\n'
            f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\ntls = "none"\n'
            '[schedule.holidays]\ncountry = "US"\n'
        )
        monkeypatch.setenv("INTAKE_NOW", NOW.isoformat())
        capsys.readouterr()

        assert _run(["--config", str(path), "report", "unanswered", "--json"]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [(r["client"], r["subject"], r["from"]) for r in lines] == [
            ("Harbor Foods", "Banner <sizes>", "maria@harborfoods.example")]
        assert lines[0]["age_business_hours"] == 9.0  # Friday 16-17, Tuesday 9-17
        assert lines[0]["received_at"].startswith("2027-01-15T21:00:00")

        assert _run(["--config", str(path), "report", "unanswered", "--send"]) == 0
        out = capsys.readouterr().out
        assert "Harbor Foods (1)" in out and "report queued and sent as" in out
        assert _run(["--config", str(path), "report", "unanswered", "--send"]) == 0
        assert "already queued" in capsys.readouterr().out
        assert len(server.handler.received) == 1
        assert server.handler.received[0].rcpt_tos == (AE,)  # the coordinator was refused

        assert _run(["--config", str(path), "outbox", "--json"]) == 0
        (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert row["kind"] == "report" and row["status"] == "sent"
        assert row["to"] == [AE, COORDINATOR]
        assert "550" in row["last_error"]
        for key in ("message_id", "subject", "attempts"):
            assert key in row

        assert _run(["--config", str(path), "outbox"]) == 0
        assert "report" in capsys.readouterr().out

        server.handler.refuse.clear()
        assert _run(["--config", str(path), "outbox", "retry", str(row["id"])]) == 0
        assert "sent" in capsys.readouterr().out
        assert [r.rcpt_tos for r in server.handler.received] == [(AE,), (COORDINATOR,)]
        assert server.handler.received[1].message_id == server.handler.received[0].message_id

        with pytest.raises(NotFound):
            _run(["--config", str(path), "outbox", "retry", "999"])
