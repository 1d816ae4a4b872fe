"""Worker processes for the pure stages: the same rows as one process, and a worker that
dies or fails takes only its own message to quarantine."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from intake.pipeline import QUARANTINED, STORED, Pipeline
from intake.sources import MailLocation, RawMail
from intake.stages import Extractor
from models import FolderState, Mention, Message, QuarantinedMail
from tests.integration.apps import client_mail, config_for, make_app

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import generate


class _NoServer:
    port = 1


@dataclasses.dataclass(frozen=True)
class Saboteur:
    """The real extractor, except on mail whose subject names a fault: picklable, so the
    worker processes run it."""

    real: Extractor

    def __call__(self, mail: Any, verdict: Any, **kwargs: Any) -> Any:
        if "KILL-THE-WORKER" in mail.subject:
            os._exit(3)  # what a segfault in a C library or the OOM killer looks like
        if "RAISE-IN-WORKER" in mail.subject:
            raise ValueError("the extractor choked on this one")
        return self.real(mail, verdict, **kwargs)


def pipeline_of(engine: Engine, *, workers: int) -> tuple[Pipeline, Any]:
    app = make_app(engine, config_for(_NoServer()))
    pipeline = dataclasses.replace(app.pipeline, workers=workers, pool_threshold=8)
    return pipeline, app


def raws(count: int, *, uid_base: int = 1) -> list[RawMail]:
    return [RawMail(MailLocation("ae", "INBOX", 9, uid_base + i), raw)
            for i, raw in enumerate(generate(count, seed=11))]


def rows(engine: Engine) -> list[tuple[Any, ...]]:
    with Session(engine) as session:
        messages = session.execute(select(
            Message.fingerprint, Message.kind, Message.reason, Message.client_id,
            Message.subject, Message.new_text).order_by(Message.fingerprint)).all()
        mentions = session.execute(select(
            Message.fingerprint, Mention.kind, Mention.words, Mention.due, Mention.amount)
            .join(Message, Message.id == Mention.message_pk)
            .order_by(Message.fingerprint, Mention.start, Mention.kind)).all()
    return [tuple(r) for r in messages] + [tuple(r) for r in mentions]


def test_workers_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    from intake.storage import make_engine, migrate

    stored = []
    for workers in (1, 2):
        engine = make_engine(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        migrate(engine)
        pipeline, app = pipeline_of(engine, workers=workers)
        batch = raws(60)
        outcomes = [o for batch_outcomes in pipeline.run_batches(
            app.factory, [(batch[:30], None), (batch[30:], None)]) for o in batch_outcomes]
        assert len(outcomes) == 60 and all(o.status != QUARANTINED for o in outcomes)
        stored.append(rows(engine))
        engine.dispose()
    assert stored[0] and stored[0] == stored[1]


def test_a_worker_that_dies_quarantines_only_its_message(engine: Engine) -> None:
    pipeline, app = pipeline_of(engine, workers=2)
    pipeline = dataclasses.replace(pipeline, extractor=Saboteur(app.pipeline.extractor))
    batch = [RawMail(MailLocation("ae", "INBOX", 9, uid),
                     client_mail(f"Spring launch part {uid}").as_bytes()) for uid in range(1, 21)]
    batch[6] = RawMail(batch[6].location, client_mail("KILL-THE-WORKER please").as_bytes())
    batch[13] = RawMail(batch[13].location, client_mail("RAISE-IN-WORKER please").as_bytes())

    def finish(session: Session) -> None:
        session.add(FolderState(mailbox="ae", folder="INBOX", uidvalidity=9, last_uid=20))

    (outcomes,) = list(pipeline.run_batches(app.factory, [(batch, finish)]))

    statuses = [o.status for o in outcomes]
    assert statuses.count(STORED) == 18
    assert (statuses[6], statuses[13]) == (QUARANTINED, QUARANTINED)
    assert outcomes[6].stage == "prepare" and "worker process died" in (outcomes[6].error or "")
    assert outcomes[13].stage == "extract"
    assert outcomes[13].error == "ValueError: the extractor choked on this one"
    with app.factory() as session:
        died, raised = session.scalars(select(QuarantinedMail).order_by(QuarantinedMail.uid))
        assert died.raw == batch[6].raw and raised.raw == batch[13].raw
        assert "Traceback" in raised.detail and "choked" in raised.detail  # the worker's own
        assert session.scalar(select(FolderState.last_uid)) == 20
        assert session.scalar(select(Message.id).where(Message.subject.contains("part 20")))


def test_workers_that_cannot_start_leave_the_work_to_this_process(engine: Engine,
                                                                  caplog: Any) -> None:
    """A broken pool must not blame the mail: nothing is quarantined, all is stored here."""
    pipeline, app = pipeline_of(engine, workers=2)
    real = app.pipeline.extractor
    pipeline = dataclasses.replace(pipeline, extractor=lambda *a, **k: real(*a, **k))  # unpicklable
    (outcomes,) = list(pipeline.run_batches(app.factory, [(raws(12), None)]))
    assert [o.status for o in outcomes] == [STORED] * 12
    assert pipeline.workers == 1
    assert "worker processes cannot run" in caplog.text
    with app.factory() as session:
        assert session.scalar(select(Mention.id).limit(1)) is not None
