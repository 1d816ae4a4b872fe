"""What every command shares: one-line usage errors, the config and App of ``--config``,
JSON lines, and who the operator is.

Heavy modules (the App imports the database layer and, through the pipeline,
spaCy) are imported when a command needs them, so ``intake --help`` and
``intake extract`` start fast.
"""

from __future__ import annotations

import argparse
import getpass
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from intake.app import App
    from intake.config import Config


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def load_config(args: argparse.Namespace) -> Config:
    """The config of ``--config``, else ``$INTAKE_CONFIG``, else ``./intake.toml``."""
    from intake.config import load, locate

    return load(locate(getattr(args, "config", None)))


def open_app(args: argparse.Namespace, *, check_schema: bool = True) -> App:
    from intake.app import build_app

    return build_app(load_config(args), check_schema=check_schema)


@contextmanager
def app_of(args: argparse.Namespace) -> Iterator[App]:
    """The App of the command's config, closed when the command is done with it."""
    app = open_app(args)
    try:
        yield app
    finally:
        app.close()


def print_json_lines(rows: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line: the shapes are a public interface (add keys, never rename)."""
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str))


def safe_url(url: str) -> str:
    """A database URL for display, without any password in it."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        userinfo, _, host = rest.rpartition("@")
        rest = f"{userinfo.partition(':')[0]}@{host}"
    return f"{scheme}{sep}{rest}"


def operator() -> str:
    """Who decides from the command line, as the audit trail names them."""
    try:
        return f"operator:{getpass.getuser()}"
    except Exception:  # no login name in some containers
        return "operator:unknown"


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
