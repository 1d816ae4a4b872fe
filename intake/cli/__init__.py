"""Command line: ``intake init | doctor | run | demo | messages | quarantine | extract | drafts |
report | outbox | guidance | reminders``; one module per command group.

Errors are one line on stderr and a meaningful exit code (see
:mod:`intake.errors`): 0 ok, 1 internal error, 2 usage or configuration,
3 mailbox unavailable, 4 mail transport, 5 database, 6 busy (another
``intake run`` holds the scheduler lock), 130 interrupted.
``--debug`` shows the traceback of an internal error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from intake import __version__
from intake.cli import (
    approvals,
    doctor,
    drafts,
    extract,
    guidance,
    mail,
    outbox,
    report,
    run,
    setup,
    web,
)
from intake.cli.common import Parser
from intake.errors import IntakeError
from intake.logs import FORMATS
from intake.logs import configure as configure_logs

Handler = Callable[[argparse.Namespace], int]

# The command groups in the order ``intake --help`` lists them; each adds its commands.
GROUPS = (
    setup,  # init, demo
    doctor,  # doctor [--json]
    run,  # run [--once]
    mail,  # messages, quarantine list|show|replay
    extract,  # extract PATH... (no config, no database)
    drafts,  # drafts, drafts show|confirm|reject|edit|send-to-client
    approvals,  # approvals [--json], approvals show ID
    report,  # report unanswered
    outbox,  # outbox, outbox retry
    guidance,  # guidance, reminders
    web,  # web, hash-password
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="intake",
        description="An Account Executive's assistant that lives in the mailbox.",
    )
    parser.add_argument("--version", action="version", version=f"intake {__version__}")
    parser.add_argument(
        "--config", metavar="PATH", help="config file (default: $INTAKE_CONFIG, else ./intake.toml)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    parser.add_argument("--log-format", choices=FORMATS, default="text",
                        help="text (default) or json: one JSON object per line, for log shippers")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logs(verbose=args.verbose, log_format=args.log_format, debug=args.debug)
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
