"""Read-only views of stored rows for the command line: rows in, plain dicts out.

The JSON shapes here are a public interface (``intake messages --json`` and
friends): add keys, never rename or remove them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Client, Message, MessageLocation, QuarantinedMail


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def message_rows(
    session: Session, *, kind: str | None = None, limit: int | None = None
) -> Iterator[dict[str, object]]:
    """One dict per stored message, oldest first, with its first-seen location."""
    query = (
        select(Message, Client.name)
        .outerjoin(Client, Message.client_id == Client.id)
        .options(selectinload(Message.locations))
        .order_by(Message.date, Message.id)
    )
    if kind:
        query = query.where(Message.kind == kind)
    if limit:
        query = query.limit(limit)
    for message, client_name in session.execute(query):
        loc: MessageLocation | None = min(message.locations, key=lambda x: x.id, default=None)
        yield {
            "id": message.id,
            "message_id": message.message_id,
            "mailbox": loc.mailbox if loc else None,
            "folder": loc.folder if loc else None,
            "uid": loc.uid if loc else None,
            "from": message.from_email or None,
            "from_name": message.from_name or None,
            "original_sender": message.original_sender,
            "subject": message.subject,
            "date": iso(message.date),
            "kind": message.kind,
            "reason": message.reason,
            "client": client_name,
            "thread": message.thread_id,
            "forward_style": message.forward_style,
            "copies": len(message.locations),
        }


def quarantine_row(row: QuarantinedMail, *, detail: bool = False) -> dict[str, object]:
    data: dict[str, object] = {
        "id": row.id,
        "mailbox": row.mailbox,
        "folder": row.folder,
        "uidvalidity": row.uidvalidity,
        "uid": row.uid,
        "key": row.key,
        "stage": row.stage,
        "error": row.error,
        "attempts": row.attempts,
        "size": len(row.raw),
        "created_at": iso(row.created_at),
        "last_attempt_at": iso(row.last_attempt_at),
        "resolved_at": iso(row.resolved_at),
        "message": row.message_pk,
    }
    if detail:
        data["detail"] = row.detail
        data["headers"] = _header_block(row.raw)
    return data


def _header_block(raw: bytes, limit: int = 4000) -> str:
    head = raw.replace(b"\r\n", b"\n").partition(b"\n\n")[0][:limit]
    return head.decode("utf-8", "replace")


def table(rows: list[dict[str, object]], columns: list[tuple[str, str, int]]) -> str:
    """A plain-text table: (key, heading, max width) per column; long cells are cut with '…'."""
    cells = [[_cell(row.get(key), width) for key, _, width in columns] for row in rows]
    widths = [
        max([len(heading), *(len(line[i]) for line in cells)])
        for i, (_, heading, _) in enumerate(columns)
    ]
    lines = ["  ".join(h.ljust(w) for (_, h, _), w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in cells]
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: object, width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
