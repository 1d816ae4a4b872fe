"""``intake doctor [--json]``: check config, secrets, database, mailboxes and SMTP before
``intake run`` meets them (see :mod:`intake.doctor`); exit code of the first failing part."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from intake.cli.common import print_json_lines

MARKS = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}


def cmd_doctor(args: argparse.Namespace) -> int:
    from intake.config import locate
    from intake.doctor import exit_code, run_checks

    started = time.monotonic()
    checks = run_checks(locate(args.config))
    if args.json:
        print_json_lines(c.as_dict() for c in checks)
    else:
        for check in checks:
            print(f"{MARKS[check.status]}  {check.name}: {check.detail}")
            if check.hint:
                print(f"      -> {check.hint}")
        failed = sum(c.status == "fail" for c in checks)
        warned = sum(c.status == "warn" for c in checks)
        print(f"{len(checks)} checks in {time.monotonic() - started:.1f} s: "
              f"{failed} failed, {warned} warnings", file=sys.stderr if failed else sys.stdout)
    return exit_code(checks)


def register(commands: Any) -> None:
    p = commands.add_parser("doctor", help="check the set-up: config, secrets, database, "
                                           "mailboxes, SMTP (sends and changes nothing)")
    p.add_argument("--json", action="store_true", help="one JSON object per check")
    p.set_defaults(handler=cmd_doctor)
