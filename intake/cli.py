"""Command line: ``intake init | run | demo | messages | quarantine | extract | drafts |
report | outbox | guidance | reminders``.

Errors are one line on stderr and a meaningful exit code (see
:mod:`intake.errors`): 0 ok, 1 internal error, 2 usage or configuration,
3 mailbox unavailable, 4 mail transport, 5 database, 6 busy (another
``intake run`` holds the scheduler lock), 130 interrupted.
``--debug`` shows the traceback of an internal error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from intake import __version__, cli_drafts, cli_guidance, cli_ops
from intake.errors import IntakeError

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from intake import config as config_module

    return config_module.load(config_module.locate(args.config))


def _app(args: argparse.Namespace, *, check_schema: bool = True):  # type: ignore[no-untyped-def]
    from intake.app import build_app

    return build_app(_config(args), check_schema=check_schema)


def _print_json_lines(rows: Sequence[dict[str, Any]] | Any) -> None:
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str))


# -- commands ---------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from intake.storage import make_engine, migrate

    config = _config(args)
    engine = make_engine(config.database_url)
    migrate(engine)
    engine.dispose()
    print(f"database ready: {_safe_url(config.database_url)}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from intake.demo.run import run_demo

    return run_demo(Path(args.dir), keep=args.keep)


def cmd_messages(args: argparse.Namespace) -> int:
    from intake.views import message_rows, table

    app = _app(args)
    try:
        with app.factory() as session:
            rows = list(message_rows(session, kind=args.kind, limit=args.limit))
    finally:
        app.close()
    if args.json:
        _print_json_lines(rows)
    else:
        print(table(rows, MESSAGE_COLUMNS) if rows else "no messages")
    return 0


MESSAGE_COLUMNS = [
    ("id", "ID", 5),
    ("date", "DATE", 16),
    ("kind", "KIND", 11),
    ("reason", "REASON", 14),
    ("client", "CLIENT", 16),
    ("from", "FROM", 28),
    ("original_sender", "ORIGINAL SENDER", 28),
    ("thread", "THREAD", 6),
    ("subject", "SUBJECT", 40),
]


def cmd_quarantine_list(args: argparse.Namespace) -> int:
    from intake.quarantine import list_quarantine
    from intake.views import quarantine_row, table

    app = _app(args)
    try:
        with app.factory() as session:
            rows = [quarantine_row(r) for r in list_quarantine(session, include_resolved=args.all)]
    finally:
        app.close()
    if args.json:
        _print_json_lines(rows)
    elif not rows:
        print("quarantine is empty")
    else:
        print(
            table(
                rows,
                [
                    ("id", "ID", 5),
                    ("created_at", "SINCE", 19),
                    ("mailbox", "MAILBOX", 12),
                    ("folder", "FOLDER", 12),
                    ("uid", "UID", 8),
                    ("stage", "STAGE", 8),
                    ("attempts", "TRIES", 5),
                    ("error", "ERROR", 60),
                ],
            )
        )
    return 0


def cmd_quarantine_show(args: argparse.Namespace) -> int:
    from intake.quarantine import get_quarantined
    from intake.views import quarantine_row

    app = _app(args)
    try:
        with app.factory() as session:
            row = quarantine_row(get_quarantined(session, args.id), detail=True)
    finally:
        app.close()
    if args.json:
        _print_json_lines([row])
        return 0
    detail, headers = row.pop("detail"), row.pop("headers")
    for key, value in row.items():
        print(f"{key:>16}: {value}")
    print("\n--- headers ---\n" + str(headers))
    print("\n--- error ---\n" + str(detail))
    return 0


def cmd_quarantine_replay(args: argparse.Namespace) -> int:
    from intake.quarantine import replay

    app = _app(args)
    try:
        results = replay(app.factory, app.pipeline, args.id)
    finally:
        app.close()
    if not results:
        print("nothing to replay")
        return 0
    failed = 0
    for result in results:
        outcome = result.outcome
        if outcome.status == "quarantined":
            failed += 1
            print(f"{result.quarantine_id}: still failing in {outcome.stage}: {outcome.error}")
        else:
            print(f"{result.quarantine_id}: {outcome.status} as message {outcome.message_pk}")
    return 1 if failed else 0


def cmd_extract(args: argparse.Namespace) -> int:
    from intake.extract_cli import run_extract

    return run_extract(
        args.paths,
        as_json=args.json,
        timezone=args.timezone,
        day_first=args.day_first,
        currency=args.currency.upper(),
    )


def _safe_url(url: str) -> str:
    """A database URL for display, without any password in it."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        userinfo, _, host = rest.rpartition("@")
        rest = f"{userinfo.partition(':')[0]}@{host}"
    return f"{scheme}{sep}{rest}"


# -- parser -----------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="intake",
        description="An Account Executive's assistant that lives in the mailbox.",
    )
    parser.add_argument("--version", action="version", version=f"intake {__version__}")
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="config file (default: $INTAKE_CONFIG, else ./intake.toml)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = commands.add_parser("init", help="create or upgrade the database schema")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser(
        "run", help="read the mailboxes, process new mail, send due mail (forever)"
    )
    p.add_argument(
        "--once", action="store_true", help="one pass of everything due (sync, send), then exit"
    )
    p.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="with --once: wait this long for another run's scheduler lock",
    )
    p.set_defaults(handler=cli_ops.cmd_run)

    p = commands.add_parser("demo", help="run the whole path on a bundled sample mailbox")
    p.add_argument("--dir", default="intake-demo", help="where to write (default: intake-demo)")
    p.add_argument("--keep", action="store_true", help="reuse an existing demo database")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("messages", help="list stored messages")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--kind", choices=["client", "ae", "draft_reply", "ignored"])
    p.add_argument("--limit", type=int)
    p.set_defaults(handler=cmd_messages)

    q = commands.add_parser("quarantine", help="messages that failed processing")
    qs = q.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    p = qs.add_parser("list", help="list quarantined messages")
    p.add_argument("--all", action="store_true", help="include replayed ones")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(handler=cmd_quarantine_list)
    p = qs.add_parser("show", help="show one quarantined message: headers and error")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_quarantine_show)
    p = qs.add_parser("replay", help="run quarantined messages through the pipeline again")
    p.add_argument("id", type=int, nargs="?", help="one ID (default: every unresolved one)")
    p.set_defaults(handler=cmd_quarantine_replay)

    p = commands.add_parser("extract", help="extract due dates, budgets and requests from .eml")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--timezone", default="UTC", help="sender time zone (default: UTC)")
    p.add_argument("--day-first", action="store_true", help="read 03/07 as 3 July")
    p.add_argument("--currency", default="USD", help='what a bare "$" means (default: USD)')
    p.set_defaults(handler=cmd_extract)

    cli_drafts.register(commands)  # drafts, drafts show|confirm|reject|send-to-client
    cli_ops.register(commands)  # report unanswered, outbox, outbox retry
    cli_guidance.register(commands)  # guidance, reminders
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # imapclient logs whole message bodies at DEBUG: never let it.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except IntakeError as exc:
        print(f"intake: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("intake: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"intake: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
            file=sys.stderr,
        )
        return 1


__all__ = ["build_parser", "main"]
