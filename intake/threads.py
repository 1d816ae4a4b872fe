"""Threading: puts a message into a conversation.

Input: the message's Message-ID, In-Reply-To and References, its subject, its
client and its date. Output: a :class:`models.Thread` row (found or new).

A :class:`ThreadIndex` loads what a whole batch needs in three queries and
then threads its messages in memory, in order, so a reply in the same batch
as its parent finds it.

Headers decide first (the parent, then any referenced message, then messages
that already reference this one, for mail that arrives out of order). Clients
whose mailers drop those headers are threaded on the normalised subject with
the same client within :data:`SUBJECT_WINDOW`, but only when the subject says
it is a reply or a forward ("RE:", "AW:", "Fwd:"...): a fresh subject is a
fresh conversation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from intake.parsers.subjects import normalise_subject
from models import Message, MessageReference, Thread

SUBJECT_WINDOW = timedelta(days=60)
@dataclass(frozen=True, slots=True)
class ThreadQuery:
    """What threading knows of one message."""

    message_id: str | None
    references: tuple[str, ...]
    subject: str
    client_id: int | None
    date: datetime


IN_CHUNK = 500  # keeps IN lists well inside every database's parameter limit

# A batch's lookups, built once (bound to their values): for a batch of one, building them
# cost more than running them.
_PARENTS = select(Message.message_id, Message.thread_id).where(
    Message.message_id.in_(bindparam("ids", expanding=True)), Message.thread_id.is_not(None))
_CHILDREN = select(MessageReference.ref, MessageReference.thread_id).where(
    MessageReference.ref.in_(bindparam("ids", expanding=True)),
    MessageReference.thread_id.is_not(None))
_BY_SUBJECT = select(Thread).where(Thread.subject_key.in_(bindparam("keys", expanding=True)))
_BY_ID = select(Thread).where(Thread.id.in_(bindparam("ids", expanding=True)))


class ThreadIndex:
    """Threads for a batch of messages, from a few queries instead of a few per message."""

    def __init__(self, session: Session, queries: Iterable[ThreadQuery]):
        self.session = session
        queries = list(queries)
        refs = {r for q in queries for r in q.references}
        ids = {q.message_id for q in queries if q.message_id}
        keys = set()
        for q in queries:
            key, is_reply = normalise_subject(q.subject)
            if is_reply and key and q.client_id is not None:
                keys.add(key)
        # message_id -> thread id of a stored message (a parent we may reply to)
        self.parents: dict[str, int] = {}
        for chunk in _chunks(refs):
            rows = session.execute(_PARENTS, {"ids": chunk})
            self.parents.update((m, t) for m, t in rows if m is not None and t is not None)
        # message_id -> thread id of a stored reply that names it (out-of-order arrival)
        self.children: dict[str, int] = {}
        for chunk in _chunks(ids):
            for ref, thread_id in session.execute(_CHILDREN, {"ids": chunk}):
                if thread_id is not None:
                    self.children.setdefault(ref, thread_id)
        self.by_subject: dict[tuple[str, int | None], list[Thread]] = {}
        for chunk in _chunks(keys):
            for thread in session.scalars(_BY_SUBJECT, {"keys": chunk}):
                self.by_subject.setdefault((thread.subject_key, thread.client_id), []).append(
                    thread
                )
        wanted = set(self.parents.values()) | set(self.children.values())
        self.threads: dict[int, Thread] = {}
        for chunk in _chunks(wanted):
            self.threads.update((t.id, t) for t in session.scalars(_BY_ID, {"ids": chunk}))
        # Threads created or found during this batch, by Message-ID, for later messages.
        self.local: dict[str, Thread] = {}
        self.local_children: dict[str, Thread] = {}

    def assign(self, query: ThreadQuery) -> Thread:
        """Find the conversation of one message (in batch order), or start one."""
        key, is_reply = normalise_subject(query.subject)
        thread = self._by_headers(query)
        if thread is None and is_reply and key and query.client_id is not None:
            thread = self._by_subject(key, query.client_id, query.date)
        if thread is None:
            thread = Thread(
                client_id=query.client_id,
                subject_key=key,
                started_at=query.date,
                last_message_at=query.date,
            )
            self.session.add(thread)
            self.by_subject.setdefault((key, query.client_id), []).append(thread)
        else:
            if query.date > thread.last_message_at:
                thread.last_message_at = query.date
            if query.date < thread.started_at:
                thread.started_at = query.date
            if thread.client_id is None and query.client_id is not None:
                thread.client_id = query.client_id
        if query.message_id:
            self.local[query.message_id] = thread
        for ref in query.references:
            self.local_children.setdefault(ref, thread)
        return thread

    def _by_headers(self, query: ThreadQuery) -> Thread | None:
        for ref in reversed(query.references):  # the last reference is the parent
            if ref in self.local:
                return self.local[ref]
            if ref in self.parents:
                return self._thread(self.parents[ref])
        if query.message_id:
            if query.message_id in self.local_children:
                return self.local_children[query.message_id]
            if query.message_id in self.children:
                return self._thread(self.children[query.message_id])
        return None

    def _by_subject(self, key: str, client_id: int, date: datetime) -> Thread | None:
        candidates = [
            t
            for t in self.by_subject.get((key, client_id), [])
            if t.last_message_at >= date - SUBJECT_WINDOW and t.started_at <= date + SUBJECT_WINDOW
        ]
        return max(candidates, key=lambda t: t.last_message_at, default=None)

    def _thread(self, thread_id: int) -> Thread:
        thread = self.threads.get(thread_id)
        if thread is None:
            thread = self.session.get_one(Thread, thread_id)
            self.threads[thread_id] = thread
        return thread


def _chunks(values: set[str] | set[int]) -> Iterable[list]:  # type: ignore[type-arg]
    items = sorted(values)
    for start in range(0, len(items), IN_CHUNK):
        yield items[start : start + IN_CHUNK]
