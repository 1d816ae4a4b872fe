"""`intake demo` and the CLI around it, run as a user would (real SQLite, bundled Maildir)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from intake.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    done = run("demo", "--dir", str(directory))
    assert done.returncode == 0, done.stderr
    assert "messages stored" in done.stdout
    return directory


def messages(demo: Path) -> list[dict[str, object]]:
    done = run("--config", str(demo / "intake.toml"), "messages", "--json")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_demo_understands_the_bundled_mailbox(demo: Path) -> None:
    rows = messages(demo)
    assert len(rows) >= 20
    required = {
        "message_id",
        "mailbox",
        "folder",
        "uid",
        "from",
        "original_sender",
        "subject",
        "date",
        "kind",
        "reason",
        "client",
        "thread",
    }
    assert all(required <= row.keys() for row in rows)
    by_subject = {row["subject"]: row for row in rows}
    # Every forward style is credited to the client, not to the AE who forwarded it.
    forwards = [r for r in rows if r["original_sender"]]
    assert len(forwards) >= 5
    assert all(r["kind"] == "client" and r["client"] for r in forwards)
    assert all(not str(r["original_sender"]).endswith("brightline.example") for r in forwards)
    reasons = {r["reason"] for r in rows if r["kind"] == "ignored"}
    assert {"out-of-office", "bounce", "bulk", "unknown-sender"} <= reasons
    # A reply whose mailer dropped the headers is threaded with its conversation.
    kickoff = by_subject["Spring Catch campaign - kickoff brief"]
    assert by_subject["RE: Spring Catch campaign - kickoff brief"]["thread"] == kickoff["thread"]
    assert any(r["kind"] == "ae" and r["thread"] == kickoff["thread"] for r in rows)


def test_demo_runs_again_from_scratch_with_the_same_result(demo: Path, tmp_path: Path) -> None:
    again = run("demo", "--dir", str(demo))
    assert again.returncode == 0, again.stderr
    assert len(messages(demo)) == len(messages(demo))


def test_run_once_on_the_demo_finds_nothing_new(demo: Path) -> None:
    before = len(messages(demo))
    done = run("--config", str(demo / "intake.toml"), "run", "--once")
    assert done.returncode == 0, done.stderr
    assert len(messages(demo)) == before


def test_cli_errors_are_one_line_with_meaningful_exit_codes(tmp_path: Path) -> None:
    missing = run("--config", str(tmp_path / "nope.toml"), "messages")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "nope.toml: no such file" in missing.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[agency]\nae = "a@b.example"\nintake = "i@b.example"\n'
        '[[mailboxes]]\nname = "x"\nhost = "imap.b.example"\nusername = "u"\n'
        'password = "hunter2"\n'
    )
    refused = run("--config", str(bad), "init")
    assert refused.returncode == 2
    assert "mailboxes[0].password: secrets are not read" in refused.stderr
    assert "hunter2" not in refused.stderr and "Traceback" not in refused.stderr
    usage = run("messages", "--kind", "nonsense")
    assert usage.returncode == 2 and usage.stderr.count("\n") == 1


def test_a_database_without_schema_is_a_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('[agency]\nae = "a@b.example"\nintake = "i@b.example"\n')
    done = run("--config", str(config), "messages")
    assert done.returncode == 5
    assert "run `intake init` first" in done.stderr


def test_quarantine_commands_on_an_empty_quarantine(demo: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = str(demo / "intake.toml")
    assert main(["--config", config, "quarantine", "list"]) == 0
    assert "quarantine is empty" in capsys.readouterr().out
    assert main(["--config", config, "quarantine", "show", "999"]) == 2
    assert "no quarantined message with ID 999" in capsys.readouterr().err
