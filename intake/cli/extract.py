"""``intake extract PATH...``: extraction on .eml files, with no config and no database.

Input: paths of raw messages. Output: per file one JSON object per line
(``--json``) or a short readable summary: ``source``, ``auto_reply``,
``original_sender``, ``due_dates``, ``budgets``, ``change_requests``,
``requirements``, ``objectives`` and more.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from intake.errors import IntakeError, UsageError


def extract_file(
    path: Path, *, timezone: str, day_first: bool = False, currency: str = "USD",
    language: str | None = None,
) -> dict[str, object]:
    from intake.classify import machine_reason  # parsers import spaCy: only when extracting
    from intake.parsers.extract import extract_message, extraction_to_json, message_source
    from intake.parsers.mime import parse_message

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from exc
    mail = parse_message(raw)
    reason = machine_reason(mail)
    source = message_source(mail)
    result: dict[str, object] = {
        "source": str(path),
        "auto_reply": reason is not None,
        "auto_reply_reason": reason,
        "original_sender": source.sender.email if source.forwarded and source.sender else None,
        "from": mail.from_.email if mail.from_ else None,
        "subject": mail.subject,
        "date": mail.date.isoformat() if mail.date else None,
    }
    if reason is None:
        extraction = extract_message(
            mail, timezone=timezone, day_first=day_first, default_currency=currency,
            language=language,
        )
        result.update(extraction_to_json(extraction))
    else:
        empty: dict[str, object] = {"due_dates": [], "replaced_dates": [], "budgets": [],
                                    "other_money": []}
        result.update(empty | {"change_requests": [], "requirements": [], "objectives": []})
    return result


def run_extract(
    paths: list[str],
    *,
    as_json: bool,
    timezone: str,
    day_first: bool = False,
    currency: str = "USD",
    language: str | None = None,
) -> int:
    """Extract from every path; a file that fails is reported and the rest go on."""
    failures = 0
    for name in paths:
        try:
            result = extract_file(
                Path(name), timezone=timezone, day_first=day_first, currency=currency,
                language=language,
            )
        except IntakeError as exc:
            failures += 1
            print(f"intake: error: {exc}", file=sys.stderr)
            continue
        if as_json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            print(_summary(result))
    return 1 if failures else 0


def _summary(result: dict[str, object]) -> str:
    lines = [f"{result['source']}: {result['subject']!r} from {result['from']}"]
    if result["auto_reply"]:
        lines.append(f"  auto-reply ({result['auto_reply_reason']}): nothing extracted")
        return "\n".join(lines)
    if result["original_sender"]:
        lines.append(f"  forwarded from {result['original_sender']}")
    lines.append(f"  due dates:  {', '.join(result['due_dates']) or '-'}")  # type: ignore[arg-type]
    budgets = [f"{b['amount']} {b['currency']} ({b['kind']})" for b in result["budgets"]]  # type: ignore[attr-defined]
    lines.append(f"  budgets:    {', '.join(budgets) or '-'}")
    for key, label in (
        ("change_requests", "change"),
        ("requirements", "requirement"),
        ("objectives", "objective"),
    ):
        for item in result[key]:  # type: ignore[attr-defined]
            lines.append(f"  {label}: {item['text']}")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    return run_extract(args.paths, as_json=args.json, timezone=args.timezone,
                       day_first=args.day_first, currency=args.currency.upper(),
                       language=args.language)


def register(commands: Any) -> None:
    p = commands.add_parser("extract", help="extract due dates, budgets and requests from .eml")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--timezone", default="UTC", help="sender time zone (default: UTC)")
    p.add_argument("--day-first", action="store_true", help="read 03/07 as 3 July")
    p.add_argument("--currency", default="USD", help='what a bare "$" means (default: USD)')
    p.add_argument("--language", choices=("en", "fr", "de", "es"),
                   help="the language the client writes in (default: detected per mail)")
    p.set_defaults(handler=cmd_extract)
