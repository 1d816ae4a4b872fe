"""contrib/intake.service: the unit the README installs runs commands that exist, keeps
secrets in an EnvironmentFile, restarts on failure and is hardened."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

from intake.cli import build_parser

UNIT = Path(__file__).resolve().parents[2] / "contrib" / "intake.service"


def unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text())
    return parser


def test_every_command_it_runs_is_a_valid_intake_command_line() -> None:
    service = unit()["Service"]
    for key in ("ExecStartPre", "ExecStart"):
        argv = shlex.split(service[key])
        assert argv[0] == "/opt/intake/bin/intake"
        args = build_parser().parse_args(argv[1:])
        assert args.handler is not None, key
    assert "--log-format" in service["ExecStart"] and service["ExecStart"].endswith(" run")


def test_secrets_come_from_an_environment_file_and_it_restarts_on_failure() -> None:
    service = unit()["Service"]
    assert service["EnvironmentFile"] == "/etc/intake/intake.env"
    assert service["User"] == "intake" and service["Restart"] == "on-failure"
    assert service["KillSignal"] == "SIGTERM" and int(service["TimeoutStopSec"]) >= 60


def test_it_is_hardened() -> None:
    service = unit()["Service"]
    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict" and service["ProtectHome"] == "yes"
    assert service["CapabilityBoundingSet"] == "" and service["StateDirectory"] == "intake"
    assert set(service["RestrictAddressFamilies"].split()) == {"AF_INET", "AF_INET6", "AF_UNIX"}
    assert unit()["Install"]["WantedBy"] == "multi-user.target"


def test_systemd_reads_it_without_a_complaint(tmp_path: Path) -> None:
    """``systemd-analyze verify`` (from the systemd package; Debian has it) parses every
    option; the binary is pointed at this checkout's ``intake`` so it exists."""
    import shutil
    import subprocess
    import sys

    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze is missing: install the systemd package"
    here = Path(sys.executable).parent / "intake"
    copy = tmp_path / "intake.service"
    copy.write_text(UNIT.read_text().replace("/opt/intake/bin/intake", str(here)))
    done = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True,
                          timeout=60)
    complaints = [line for line in (done.stdout + done.stderr).splitlines()
                  if "intake.service" in line]
    assert done.returncode == 0 and complaints == [], complaints
