"""Prints how fast guidance plans projects and queues due reminders, on SQLite and PostgreSQL.

Input: ``--projects N`` (default 300). Output: lines of figures:

- ``on_project_changed``: projects per second, each planned, its two
  reminders written and its schedule mail (with .ics) composed and queued,
  one unit of work per project;
- ``send_due_reminders``: reminders queued per second (claim, compose, queue),
  in two runs: every project's brief reminder, then every approval reminder;
- a second ``send_due_reminders`` run over the same rows (nothing left to queue).

Run: ``.venv/bin/python benchmarks/guidance.py [--projects N] [--no-postgres]``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.guidance import on_project_changed, send_due_reminders
from intake.storage import make_engine, migrate, unit_of_work
from tests.guidance_env import add_project, make_app, make_config

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def run(engine: Engine, label: str, projects: int) -> None:
    migrate(engine)
    # one client contact for every project: lift the loop guard so every mail is queued
    app = make_app(engine, replace(make_config(), mails_per_hour=10**9))
    start = time.perf_counter()
    for i in range(projects):
        with unit_of_work(app.factory) as session:
            project = add_project(session, due=date(2027, 3, 31), name=f"Print ad {i}")
            on_project_changed(session, project, context=app.guidance, now=app.clock.now())
    planned = time.perf_counter() - start
    print(f"{label:10} on_project_changed: {projects} projects in {planned:.2f} s "
          f"({projects / planned:.0f}/s)")

    queued, took = 0, 0.0
    for moment in (datetime(2027, 3, 15, 9, 0, tzinfo=UTC),  # 10:00 Zurich: the briefs
                   datetime(2027, 3, 25, 9, 0, tzinfo=UTC)):  # the approvals
        app.clock.current = moment
        start = time.perf_counter()
        while batch := send_due_reminders(app.guidance, app.factory):
            queued += batch
        took += time.perf_counter() - start
    print(f"{label:10} send_due_reminders: {queued} reminders in {took:.2f} s "
          f"({queued / took:.0f}/s)")
    start = time.perf_counter()
    again = send_due_reminders(app.guidance, app.factory)
    print(f"{label:10} send_due_reminders again: {again} queued in "
          f"{(time.perf_counter() - start) * 1000:.1f} ms")


def main() -> None:
    logging.disable(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=300)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        run(engine, "sqlite", args.projects)
        engine.dispose()
    if args.no_postgres:
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        engine = make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
        run(engine, "postgresql", args.projects)
        engine.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
