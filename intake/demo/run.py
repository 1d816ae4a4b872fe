"""``intake demo``: the whole path on the bundled sample mailbox, with no set-up.

Input: a directory to work in. Output: a fresh SQLite database, a Maildir
copied from the bundled sample, the config that ties them together, an
outbound folder, and a readable table of what intake understood.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select

from intake.app import build_app
from intake.clock import FixedClock, clock_from_environment
from intake.config import load
from intake.jobs import run_pass
from intake.quarantine import list_quarantine
from intake.storage import make_engine, migrate
from intake.views import message_rows, table
from models import Draft, Mention

DEMO_NOW = datetime(2027, 3, 11, 23, 30, tzinfo=UTC)
DEMO_SECRET = "intake-demo-only-not-a-real-secret"
DEMO_PASSWORD = "intake demo password"  # for the web view of the demo only
DEMO_FILES = ("intake.db", "intake.db-wal", "intake.db-shm")
COLUMNS = [
    ("date", "DATE", 10),
    ("kind", "KIND", 11),
    ("reason", "WHY IGNORED", 14),
    ("client", "CLIENT", 14),
    ("from", "FROM", 30),
    ("original_sender", "FORWARDED FROM", 28),
    ("thread", "THREAD", 6),
    ("subject", "SUBJECT", 44),
]


def prepare(directory: Path, *, keep: bool = False) -> Path:
    """Lay out the demo directory; returns the config file path."""
    directory.mkdir(parents=True, exist_ok=True)
    bundle = resources.files("intake.demo")
    if not keep:
        for name in DEMO_FILES:
            (directory / name).unlink(missing_ok=True)
        for sub in ("maildir", "outbox"):
            shutil.rmtree(directory / sub, ignore_errors=True)
    maildir = directory / "maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    for item in (bundle / "maildir" / "cur").iterdir():
        if item.is_file():
            (maildir / "cur" / item.name).write_bytes(item.read_bytes())
    (directory / "outbox").mkdir(exist_ok=True)
    config_path = directory / "intake.toml"
    config_path.write_text((bundle / "demo.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return config_path


def run_demo(directory: Path, *, keep: bool = False) -> int:
    config_path = prepare(directory, keep=keep)
    config = load(config_path)
    engine = make_engine(config.database_url)
    migrate(engine)
    engine.dispose()
    # The sample mail is from early 2027: unless INTAKE_NOW says otherwise, the demo
    # runs on the evening after the last sample, so the nightly report is due too.
    clock = clock_from_environment() if os.environ.get("INTAKE_NOW") else FixedClock(DEMO_NOW)
    # Reply tokens need a key; the demo brings its own unless one is set.
    environ = {"INTAKE_SECRET": DEMO_SECRET, **os.environ}
    app = build_app(config, clock=clock, environ=environ)
    try:
        result = run_pass(app)  # what `intake run --once` does: sync, drafts, reminders, outbox
        with app.factory() as session:
            rows = list(message_rows(session))
            quarantined = len(list_quarantine(session))
            drafts = session.scalar(select(func.count()).select_from(Draft)) or 0
            mentions = session.scalar(select(func.count()).select_from(Mention)) or 0
    finally:
        app.close()
    for row in rows:
        row["date"] = str(row["date"] or "")[:10]
    print(table(rows, COLUMNS))
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[str(row["kind"])] = kinds.get(str(row["kind"]), 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print()
    outbox = config.outbound_folder or directory / "outbox"
    sent = len(list(outbox.glob("*.eml"))) if outbox.is_dir() else 0
    print(f"{len(rows)} messages stored ({summary}); {quarantined} quarantined.")
    print(
        f"{mentions} facts extracted; {drafts} drafts (CCRs and change orders) for the AE;"
        f" {sent} mails written to the outbound folder."
    )
    print(f"pass:      {result.summary()}")
    print(f"config:    {config_path}")
    print(f"database:  {config.database_url}")
    print(f"mailbox:   {directory / 'maildir'}")
    print(f"outbound:  {outbox}")
    print(f"next:      intake --config {config_path} messages --json")
    print(f"           intake --config {config_path} drafts")
    print(f"web view:  export INTAKE_SECRET={DEMO_SECRET} INTAKE_NOW={DEMO_NOW.isoformat()}")
    print(f"           export INTAKE_WEB_PASSWORD_HASH=\"$(echo '{DEMO_PASSWORD}' | "
          "intake hash-password)\"")
    print(f"           intake --config {config_path} web   # then open http://127.0.0.1:8025/ "
          f"and sign in with: {DEMO_PASSWORD}")
    return 0
