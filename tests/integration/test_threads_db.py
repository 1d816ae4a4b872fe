"""Threading against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from intake.storage import session_factory, unit_of_work
from intake.threads import ThreadIndex, ThreadQuery
from models import Client, Message, MessageReference, Thread

T0 = datetime(2027, 1, 10, 15, 0, tzinfo=UTC)


def assign_thread(session: Session, *, message_id: str | None, references: Sequence[str],
                  subject: str, client_id: int | None, date: datetime) -> Thread:
    """One message threaded the way the pipeline's writer threads a batch."""
    query = ThreadQuery(message_id, tuple(references), subject, client_id, date)
    thread = ThreadIndex(session, [query]).assign(query)
    session.flush()
    return thread


def _message(session, thread_id: int, message_id: str, refs: list[str]) -> None:  # type: ignore[no-untyped-def]
    row = Message(
        fingerprint=message_id,
        raw=b"",
        size=0,
        message_id=message_id,
        kind="client",
        received_at=T0,
        thread_id=thread_id,
        references=refs,
        in_reply_to=refs[-1:],
    )
    session.add(row)
    session.flush()
    session.add_all(MessageReference(message_pk=row.id, ref=r, thread_id=thread_id) for r in refs)
    session.flush()


def test_headers_then_subject_fallback_then_new_thread(engine: Engine) -> None:
    factory = session_factory(engine)
    with unit_of_work(factory) as session:
        client = Client(name="Harbor Foods", domains=["harborfoods.example"], contacts=[])
        session.add(client)
        session.flush()
        first = assign_thread(
            session,
            message_id="a@x",
            references=[],
            subject="Spring campaign",
            client_id=client.id,
            date=T0,
        )
        _message(session, first.id, "a@x", [])

        # A reply naming its parent joins the parent's thread.
        reply = assign_thread(
            session,
            message_id="b@x",
            references=["a@x"],
            subject="Re: Spring campaign",
            client_id=client.id,
            date=T0 + timedelta(hours=1),
        )
        assert reply.id == first.id
        assert first.last_message_at == T0 + timedelta(hours=1)

        # A mailer that drops the headers: "RE:" + same subject + same client joins.
        headerless = assign_thread(
            session,
            message_id="c@x",
            references=[],
            subject="RE: Spring  Campaign",
            client_id=client.id,
            date=T0 + timedelta(days=2),
        )
        assert headerless.id == first.id

        # The same subject without a reply prefix is a new conversation.
        fresh = assign_thread(
            session,
            message_id="d@x",
            references=[],
            subject="Spring campaign",
            client_id=client.id,
            date=T0 + timedelta(days=3),
        )
        assert fresh.id != first.id

        # "RE:" with the same subject from another client (None) does not join.
        other = assign_thread(
            session,
            message_id="e@x",
            references=[],
            subject="RE: Spring campaign",
            client_id=None,
            date=T0 + timedelta(days=3),
        )
        assert other.id != first.id

        # Far outside the window, the subject fallback does not reach.
        late = assign_thread(
            session,
            message_id="f@x",
            references=[],
            subject="Re: Spring campaign",
            client_id=client.id,
            date=T0 + timedelta(days=400),
        )
        assert late.id not in (first.id, fresh.id)


def test_a_parent_that_arrives_after_its_reply_joins_the_reply(engine: Engine) -> None:
    factory = session_factory(engine)
    with unit_of_work(factory) as session:
        reply_thread = assign_thread(
            session,
            message_id="child@x",
            references=["parent@x"],
            subject="Re: Budget",
            client_id=None,
            date=T0,
        )
        _message(session, reply_thread.id, "child@x", ["parent@x"])
        parent = assign_thread(
            session,
            message_id="parent@x",
            references=[],
            subject="Budget",
            client_id=None,
            date=T0 - timedelta(hours=2),
        )
        assert parent.id == reply_thread.id
        assert parent.started_at == T0 - timedelta(hours=2)
