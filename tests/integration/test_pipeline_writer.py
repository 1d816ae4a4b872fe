"""The pipeline's one writer: a batch that fails is written again slot by slot, each in its
own savepoint, reusing the parse and the extraction already done; the message that fails
is quarantined alone and the checkpoint still commits with its batch."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from intake.pipeline import DUPLICATE, KNOWN, QUARANTINED, STORED, Work
from intake.sources import MailLocation, RawMail
from intake.storage import unit_of_work
from models import FolderState, Mention, Message, MessageLocation, QuarantinedMail
from tests.integration.apps import client_mail, config_for, make_app


class _NoServer:
    port = 1


BRIEF = "Our budget is $5,000. Launch by March 3, 2027."


def raw(uid: int, subject: str, body: str = BRIEF) -> RawMail:
    return RawMail(MailLocation("ae", "INBOX", 7, uid), client_mail(subject, body).as_bytes())


def test_a_failing_hook_quarantines_its_message_alone_without_parsing_the_batch_again(
    engine: Engine,
) -> None:
    app = make_app(engine, config_for(_NoServer()))
    extracted: Counter[str] = Counter()
    real_extractor = app.pipeline.extractor
    assert real_extractor is not None

    def counting_extractor(parsed: Any, verdict: Any, **kwargs: Any) -> Any:
        extracted[parsed.subject] += 1
        return real_extractor(parsed, verdict, **kwargs)

    def hook(session: Session, work: Work) -> None:
        assert work.parsed is not None
        if "BOOM" in work.parsed.subject:
            raise RuntimeError("the hook failed on this one")

    pipeline = dataclasses.replace(app.pipeline, extractor=counting_extractor,
                                   after_store=(hook,))
    first = raw(1, "Spring launch")
    batch = [first, raw(2, "Summer launch"), raw(3, "BOOM launch"), raw(4, "Fall launch"),
             RawMail(MailLocation("ae", "INBOX", 7, 5), first.raw)]  # the same mail again

    def finish(session: Session) -> None:
        session.add(FolderState(mailbox="ae", folder="INBOX", uidvalidity=7, last_uid=5))

    outcomes = pipeline.run_batch(app.factory, batch, finish=finish)

    assert [o.status for o in outcomes] == [STORED, STORED, QUARANTINED, STORED, DUPLICATE]
    assert outcomes[4].message_pk == outcomes[0].message_pk
    assert outcomes[2].stage == "apply" and "the hook failed" in (outcomes[2].error or "")
    # Parsed and extracted once each: the careful retry reused the work of the batch.
    assert extracted == Counter({"Spring launch": 1, "Summer launch": 1, "BOOM launch": 1,
                                 "Fall launch": 1})
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 3
        assert session.scalar(select(func.count()).select_from(MessageLocation)) == 4
        assert session.scalar(select(func.count()).select_from(Mention)) > 0
        (quarantined,) = session.scalars(select(QuarantinedMail)).all()
        assert quarantined.uid == 3 and quarantined.raw == batch[2].raw
        assert session.scalar(select(FolderState.last_uid)) == 5  # the checkpoint committed


def test_the_same_batch_fetched_again_is_known_and_a_replay_stores_the_quarantined_one(
    engine: Engine,
) -> None:
    app = make_app(engine, config_for(_NoServer()))
    fail = {"on": True}

    def hook(session: Session, work: Work) -> None:
        assert work.parsed is not None
        if fail["on"] and "BOOM" in work.parsed.subject:
            raise RuntimeError("not today")

    pipeline = dataclasses.replace(app.pipeline, after_store=(hook,))
    batch = [raw(1, "Spring launch"), raw(2, "BOOM launch")]
    assert [o.status for o in pipeline.run_batch(app.factory, batch)] == [STORED, QUARANTINED]
    assert [o.status for o in pipeline.run_batch(app.factory, batch)] == [KNOWN, KNOWN]

    fail["on"] = False
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(QuarantinedMail)).one()
        assert row.attempts == 1
        outcome = pipeline.process(session, RawMail(MailLocation("ae", "INBOX", 7, 2), row.raw),
                                   replaying=row)
        assert outcome.status == STORED
        assert row.resolved_at is not None and row.message_pk == outcome.message_pk
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 2


def test_only_the_message_that_starts_a_conversation_is_told_so(engine: Engine) -> None:
    """Hooks skip looking up what a brand-new conversation is linked to; a reply in the same
    batch joins that conversation and must still look (the first one's hook ran before)."""
    app = make_app(engine, config_for(_NoServer()))
    seen: dict[str, bool] = {}

    def hook(session: Session, work: Work) -> None:
        assert work.parsed is not None
        seen[work.parsed.subject] = work.thread_opened

    pipeline = dataclasses.replace(app.pipeline, after_store=(hook,))
    brief = client_mail("Spring launch")
    reply = client_mail("Re: Spring launch", "Also add a French version.", reply_to=brief)
    other = client_mail("Summer launch")
    batch = [RawMail(MailLocation("ae", "INBOX", 7, uid), m.as_bytes())
             for uid, m in enumerate((brief, reply, other), 1)]
    pipeline.run_batch(app.factory, batch)
    assert seen == {"Spring launch": True, "Re: Spring launch": False, "Summer launch": True}
    later = client_mail("Re: Spring launch", "And a German one.", reply_to=brief)
    pipeline.run_batch(app.factory, [RawMail(MailLocation("ae", "INBOX", 7, 4), later.as_bytes())])
    assert seen["Re: Spring launch"] is False
