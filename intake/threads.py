"""Threading: puts a message into a conversation.

Input: the message's Message-ID, In-Reply-To and References, its subject, its
client and its date. Output: a :class:`models.Thread` row (found or new).

Headers decide first (the parent, then any referenced message, then messages
that already reference this one, for mail that arrives out of order). Clients
whose mailers drop those headers are threaded on the normalised subject with
the same client within :data:`SUBJECT_WINDOW`, but only when the subject says
it is a reply or a forward ("RE:", "AW:", "Fwd:"...): a fresh subject is a
fresh conversation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Message, MessageReference, Thread

SUBJECT_WINDOW = timedelta(days=60)
# Reply and forward prefixes of common mail clients in many languages, with
# counters ("Re[2]:", "RE^3:") and list tags ("[harbor-team]").
_PREFIX = re.compile(
    r"""^\s*(?:
        \[[^\]]{1,40}\]\s*
      | (?:re|aw|sv|vs|antw|antwort|r|rif|ref|odp|res|rv|ré|réf|fw|fwd|wg|tr|enc|rv|doorst|vl)
        (?:\s*[\[(^]?\d+[\])]?)?\s*[:：]\s*
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SPACES = re.compile(r"\s+")


def normalise_subject(subject: str) -> tuple[str, bool]:
    """The subject without reply/forward prefixes and tags, and whether it had any."""
    text = subject or ""
    had_prefix = False
    while True:
        match = _PREFIX.match(text)
        if not match or match.end() == 0:
            break
        if not match.group(0).lstrip().startswith("["):
            had_prefix = True
        text = text[match.end() :]
    return _SPACES.sub(" ", text).strip().lower()[:500], had_prefix


def assign_thread(
    session: Session,
    *,
    message_id: str | None,
    references: Sequence[str],
    subject: str,
    client_id: int | None,
    date: datetime,
) -> Thread:
    """Find the conversation this message belongs to, or start one."""
    key, is_reply = normalise_subject(subject)
    thread = _by_headers(session, message_id, references)
    if thread is None and is_reply and key:
        thread = _by_subject(session, key, client_id, date)
    if thread is None:
        thread = Thread(client_id=client_id, subject_key=key, started_at=date, last_message_at=date)
        session.add(thread)
        session.flush()
        return thread
    if date > thread.last_message_at:
        thread.last_message_at = date
    if date < thread.started_at:
        thread.started_at = date
    if thread.client_id is None and client_id is not None:
        thread.client_id = client_id
    return thread


def _by_headers(
    session: Session, message_id: str | None, references: Sequence[str]
) -> Thread | None:
    """The thread of the nearest referenced message, else of a message that references us."""
    if references:
        rows = session.execute(
            select(Message.message_id, Message.thread_id).where(
                Message.message_id.in_(list(references)), Message.thread_id.is_not(None)
            )
        ).all()
        found = {mid: tid for mid, tid in rows}
        for ref in reversed(references):  # the last reference is the parent
            if ref in found:
                return session.get(Thread, found[ref])
    if message_id:
        # A reply stored before its parent names our ID in its references.
        child = session.execute(
            select(MessageReference.thread_id)
            .where(MessageReference.ref == message_id, MessageReference.thread_id.is_not(None))
            .limit(1)
        ).scalar()
        if child is not None:
            return session.get(Thread, child)
    return None


def _by_subject(session: Session, key: str, client_id: int | None, date: datetime) -> Thread | None:
    if client_id is None:
        return None
    return session.execute(
        select(Thread)
        .where(
            Thread.subject_key == key,
            Thread.client_id == client_id,
            Thread.last_message_at >= date - SUBJECT_WINDOW,
            Thread.started_at <= date + SUBJECT_WINDOW,
        )
        .order_by(Thread.last_message_at.desc())
        .limit(1)
    ).scalar()
