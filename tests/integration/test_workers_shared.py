"""Several `intake run --worker` processes sharing twelve mailboxes of four AEs on PostgreSQL
(a private server): every message stored once and credited to its AE, each mailbox held by
one worker at a time, each AE's report run and sent once across the workers, and a worker
SIGKILLed mid-run loses its mailboxes to the others within two lease periods."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from intake.storage import make_engine, migrate
from models import JobRun, Lease, Message, MessageLocation, OutboundMail, OutboundRecipient
from tests.integration.private_postgres import PrivatePostgres
from tests.integration.report_support import AE, mail, ny

MAILBOXES = 12
AES = 4
LEASE = 3


def ae_of(box: int) -> int:
    return box // (MAILBOXES // AES)


@pytest.fixture
def postgres() -> Iterator[PrivatePostgres]:
    server = PrivatePostgres()
    server.start()
    try:
        yield server
    finally:
        server.destroy()


def deliver(root: Path, box: int, n: int, start: int) -> None:
    for i in range(start, start + n):
        k = ae_of(box)
        raw = mail(f"Maria Chen <maria@client{k}.example>", f"ae{k}@agency.example",
                   f"Box {box} item {i}",
                   f"Any news on item {i}?", ny(2027, 1, 18, 9, i % 60))
        (root / f"box{box}" / "new" / f"{i}.M{box}P{i}.test").write_bytes(bytes(raw))


def config(tmp_path: Path, url: str) -> Path:
    boxes = "".join(f'[[mailboxes]]\nname = "box{b}"\nkind = "maildir"\n'
                    f'path = "{tmp_path / f"box{b}"}"\npoll_interval = 0.5\nae = "ae{ae_of(b)}"\n'
                    for b in range(MAILBOXES))
    aes = "".join(f'[[aes]]\nname = "ae{k}"\naddress = "ae{k}@agency.example"\n'
                  f'traffic = "traffic{k}@agency.example"\n' for k in range(AES))
    clients = "".join(f'[[clients]]\nname = "Client {k}"\ndomains = ["client{k}.example"]\n'
                      f'ae = "ae{k}"\n' for k in range(AES))
    path = tmp_path / "intake.toml"
    # The report is due all day (00:00) and sent even when empty: every worker's scheduler
    # tries each AE's report as it starts, and one of them must win each.
    path.write_text(f'[database]\nurl = "{url}"\n[agency]\nname = "B"\n'
                    f'timezone = "America/New_York"\n'
                    f'intake = "intake@agency.example"\n[outbound]\nfolder = "{tmp_path / "out"}"\n'
                    f'[report]\ntime = "00:00"\nbusiness_days_only = false\n'
                    f'send_when_empty = true\n'
                    f'[workers]\nlease_seconds = {LEASE}\n{aes}{clients}{boxes}')
    return path


def test_three_workers_share_twelve_mailboxes_and_survive_a_kill(
        postgres: PrivatePostgres, tmp_path: Path) -> None:
    engine = make_engine(postgres.url)
    migrate(engine)
    for b in range(MAILBOXES):
        for sub in ("new", "cur", "tmp"):
            (tmp_path / f"box{b}" / sub).mkdir(parents=True)
        deliver(tmp_path, b, 5, 0)
    path = config(tmp_path, postgres.url)
    env = {**os.environ, "INTAKE_SECRET": "a-long-enough-secret-for-tokens"}
    run = [sys.executable, "-m", "intake", "-v", "--config", str(path), "run", "--worker"]
    workers = [subprocess.Popen(run, env=env, stdout=subprocess.DEVNULL,
                                stderr=open(tmp_path / f"w{i}.log", "wb"))  # noqa: SIM115
               for i in range(3)]

    def holders() -> dict[str, str]:
        with engine.connect() as db:
            return {name: owner for name, owner in db.execute(
                select(Lease.name, Lease.worker_id).where(
                    Lease.name.like("box%"), Lease.expires_at > text("now()")))}

    def stored() -> int:
        with engine.connect() as db:
            return int(db.execute(select(func.count()).select_from(Message)).scalar() or 0)

    try:
        deadline = time.monotonic() + 60
        while not (stored() == 5 * MAILBOXES and len(holders()) == MAILBOXES
                   and len(set(holders().values())) == 3):
            assert time.monotonic() < deadline, (stored(), holders())
            time.sleep(0.2)
        shares = sorted(list(holders().values()).count(w) for w in set(holders().values()))
        assert shares == [4, 4, 4]  # a fair share each
        victim_id = next(iter(holders().values()))
        victim = next(w for w in workers if f":{w.pid}:" in victim_id)
        theirs = {name for name, owner in holders().items() if owner == victim_id}
        for b in range(MAILBOXES):
            deliver(tmp_path, b, 5, 100)  # mail arriving as the worker dies
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        killed = time.monotonic()
        while True:
            now_held = holders()
            if all(now_held.get(name) not in (None, victim_id) for name in theirs):
                break
            assert time.monotonic() - killed < 2 * LEASE + 3, now_held
            time.sleep(0.1)
        moved = time.monotonic() - killed
        while stored() < 10 * MAILBOXES:
            assert time.monotonic() - killed < 60, stored()
            time.sleep(0.2)
        assert moved < 2 * LEASE + 1
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)
    with engine.connect() as db:
        assert stored() == 10 * MAILBOXES
        distinct = db.execute(select(func.count(func.distinct(Message.subject)))).scalar()
        locations = db.execute(select(func.count()).select_from(MessageLocation)).scalar()
        assert distinct == locations == 10 * MAILBOXES  # once each
        released = db.execute(select(func.count()).select_from(Lease).where(
            Lease.worker_id.is_not(None), Lease.expires_at > text("now()"))).scalar()
        assert released == 0  # the survivors let go when they stopped
        owners = set(db.execute(select(Message.subject, Message.ae)).all())
        assert owners == {(f"Box {b} item {i}", f"ae{ae_of(b)}@agency.example")
                          for b in range(MAILBOXES) for i in (*range(5), *range(100, 105))}
        runs = db.execute(select(JobRun.name, func.count()).where(JobRun.name.like("report-%"))
                          .group_by(JobRun.name, JobRun.due_at)).all()
        assert sorted(runs) == [(f"report-ae{k}", 1) for k in range(AES)]
        reports = db.execute(select(OutboundMail.dedupe_key, OutboundMail.status)
                             .where(OutboundMail.dedupe_key.like("unanswered-report:%"))).all()
        assert sorted(key.rpartition(":")[2] for key, _ in reports) == [
            f"ae{k}@agency.example" for k in range(AES)]  # one report per AE, no more
        to = db.execute(select(OutboundRecipient.address).join(
            OutboundMail, OutboundMail.id == OutboundRecipient.mail_id).where(
            OutboundMail.dedupe_key.like("unanswered-report:%"))).scalars().all()
        assert sorted(to) == [f"ae{k}@agency.example" for k in range(AES)]
    engine.dispose()


def test_worker_mode_is_refused_on_sqlite(sqlite_engine: object, tmp_path: Path) -> None:
    from intake.cli import main

    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "x.db"}"\n[agency]\nname = "B"\n'
                    f'timezone = "UTC"\nae = "{AE}"\nintake = "intake@agency.example"\n')
    assert main(["--config", str(path), "init"]) == 0
    assert main(["--config", str(path), "run", "--worker"]) == 2


def test_each_run_of_a_scheduled_job_is_claimed_by_exactly_one_of_many_workers() -> None:
    """Eight threads (each its own connection, as workers are) race for the same runs."""
    import threading
    from datetime import UTC, datetime, timedelta

    from intake import leases
    from intake.storage import session_factory, unit_of_work
    from tests.conftest import _postgres_engine

    gen = _postgres_engine()
    engine = next(gen)
    try:
        migrate(engine)
        factory = session_factory(engine)
        due = [datetime(2027, 1, 5, 18, tzinfo=UTC) + timedelta(days=d) for d in range(5)]
        won: list[tuple[str, str, datetime]] = []
        start = threading.Barrier(8)

        def worker(me: str) -> None:
            start.wait()
            for at in due:
                for name in ("report-dana", "report-sam", "outbox"):
                    with unit_of_work(factory) as session:
                        if leases.claim_run(session, me, name, at, datetime.now(UTC)):
                            won.append((me, name, at))

        threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        runs = sorted((name, at) for _me, name, at in won)
        assert runs == sorted((name, at) for at in due
                              for name in ("report-dana", "report-sam", "outbox"))
        with unit_of_work(factory) as session:
            assert leases.forget_runs(session, datetime.now(UTC) + timedelta(seconds=1)) == 15
    finally:
        gen.close()


def test_workers_starting_together_both_mirror_the_clients() -> None:
    """Each worker mirrors the configured clients as it starts; two at once must both get
    the same ids (the second used to fail on the first one's unique names)."""
    import threading

    from intake.config import ClientConfig
    from intake.storage import session_factory, unit_of_work
    from intake.sync import sync_clients
    from tests.conftest import _postgres_engine

    gen = _postgres_engine()
    engine = next(gen)
    try:
        migrate(engine)
        factory = session_factory(engine)
        clients = tuple(ClientConfig(name=f"Client {i}", domains=(f"c{i}.example",))
                        for i in range(20))
        ids: list[dict[str, int]] = []
        errors: list[BaseException] = []
        start = threading.Barrier(4)

        def worker() -> None:
            start.wait()
            try:
                with unit_of_work(factory) as session:
                    ids.append(sync_clients(session, clients))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(ids) == 4 and all(found == ids[0] for found in ids)
        assert sorted(ids[0]) == sorted(c.name for c in clients)
    finally:
        gen.close()


def test_three_workers_schedulers_queue_each_due_reminder_once() -> None:
    """Three workers' schedulers fire the reminder job at the same moment: one claims the
    run and queues the due reminders, once; the others do nothing."""
    import threading
    from functools import partial

    from intake.jobs import SchedulerSettings, build_scheduler, queue_due_reminders
    from intake.outbound.transport import RecordingTransport
    from intake.worker_loop import _claim_run
    from tests.conftest import _postgres_engine
    from tests.guidance_env import make_app as guidance_app
    from tests.integration.test_guidance_db import BRIEF_REMINDER, D, change

    gen = _postgres_engine()
    engine = next(gen)
    try:
        migrate(engine)
        app = guidance_app(engine)
        for i in range(3):
            change(app, due=D("2027-03-31"), name=f"Print ad {i}")
        app.clock.current = BRIEF_REMINDER  # type: ignore[attr-defined]
        jobs = [build_scheduler(app, transport=RecordingTransport(),
                                reminder_jobs=(queue_due_reminders,),
                                settings=SchedulerSettings(),
                                claim=partial(_claim_run, app, f"w{i}")).get_job("reminders-0")
                for i in range(3)]
        start = threading.Barrier(3)

        def fire(job: object) -> None:
            start.wait()
            job.func()  # type: ignore[attr-defined]  # as APScheduler's executor calls it

        threads = [threading.Thread(target=fire, args=(job,)) for job in jobs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with engine.connect() as db:
            queued = db.execute(select(func.count()).select_from(OutboundMail).where(
                OutboundMail.kind == "reminder")).scalar()
            runs = db.execute(select(JobRun.name)).scalars().all()
        assert queued == 3  # one reminder per project, once
        assert runs == ["reminders-0"]  # one run claimed, by one of the three
    finally:
        gen.close()
