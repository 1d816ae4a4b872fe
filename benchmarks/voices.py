"""Scores the voice grids (tests/data/voices/): sentences and whole mails, one line a grid.

Run: .venv/bin/python benchmarks/voices.py [-v]   (-v prints each miss: want / got)
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.parsers.extract import extract, extract_message  # noqa: E402
from intake.parsers.mentions import Extraction  # noqa: E402
from intake.parsers.mime import parse_message  # noqa: E402

GRIDS = ROOT / "tests" / "data" / "voices"
SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # Wednesday, 10:00 in New York
ZONE = "America/New_York"
AGENCY = ("brightlane.agency",)  # the AE's domain, as intake's config always knows it


def as_mail(body: str, *, html: bool = False) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Kim Lee <kim@client.example>"
    mail["To"] = "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Re: Spring campaign", format_datetime(SENT)
    mail["Message-ID"] = "<grid@client.example>"
    mail.set_content(body, subtype="html" if html else "plain")
    return mail.as_bytes()


def reduced(x: Extraction) -> dict[str, Any]:
    return {"due": sorted(d.date.isoformat() for d in x.due_dates),
            "budget": sorted(f"{m.currency} {m.amount:.0f}" for m in x.budgets),
            "cr": len(x.change_requests), "req": len(x.requirements), "obj": len(x.objectives)}


def expected(want: dict[str, Any]) -> dict[str, Any]:
    return {"due": sorted(want.get("due", [])), "budget": sorted(want.get("budget", [])),
            "cr": want.get("cr", 0), "req": want.get("req", 0), "obj": want.get("obj", 0)}


def read(row: tuple[Any, ...]) -> dict[str, Any]:
    given = row[0]
    if isinstance(given, dict):  # a whole mail
        return reduced(extract_message(parse_message(as_mail(**given)), timezone=ZONE,
                                       agency_domains=AGENCY))
    return reduced(extract(given, sent_at=SENT, timezone=ZONE))


def main(argv: list[str]) -> int:
    total_ok = total = 0
    for path in sorted(GRIDS.glob("g*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ok = 0
        for row in module.GRID:
            got, want = read(row), expected(row[1])
            if got == want:
                ok += 1
            elif "-v" in argv:
                text = row[0]["body"] if isinstance(row[0], dict) else row[0]
                print(f"  miss {path.stem}: {' '.join(text.split())[:90]!r}")
                differ = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
                print(f"       want/got {differ}")
        print(f"{path.stem:16} {ok:3d}/{len(module.GRID)}")
        total_ok, total = total_ok + ok, total + len(module.GRID)
    print(f"{'all':16} {total_ok:3d}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
