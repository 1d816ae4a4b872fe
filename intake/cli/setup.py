"""``intake init`` (create or upgrade the schema) and ``intake demo`` (the bundled mailbox)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intake.cli.common import load_config, safe_url


def cmd_init(args: argparse.Namespace) -> int:
    from intake.storage import make_engine, migrate

    config = load_config(args)
    engine = make_engine(config.database_url)
    migrate(engine)
    engine.dispose()
    print(f"database ready: {safe_url(config.database_url)}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from intake.demo.run import run_demo

    return run_demo(Path(args.dir), keep=args.keep)


def register(commands: Any) -> None:
    p = commands.add_parser("init", help="create or upgrade the database schema")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("demo", help="run the whole path on a bundled sample mailbox")
    p.add_argument("--dir", default="intake-demo", help="where to write (default: intake-demo)")
    p.add_argument("--keep", action="store_true", help="reuse an existing demo database")
    p.set_defaults(handler=cmd_demo)
