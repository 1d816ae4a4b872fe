"""Benchmark: what drafting and reply handling add to storing a message.

Input: N generated client briefs (each opens a project and gets a CCR) and N
AE replies confirming them, run through the real pipeline into a fresh
SQLite database, with the draft hooks and without. Output: printed figures:
client mails per second with and without drafting, replies applied per
second (checks, token claim, confirm, relay and acknowledgement queued),
and how long the outbox takes to hand all queued mail to a recording
transport. Run: ``.venv/bin/python benchmarks/drafts.py [N]`` (default 200).
"""

from __future__ import annotations

import sys
import tempfile
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.outbound.outbox import Outbox  # noqa: E402
from intake.outbound.transport import RecordingTransport  # noqa: E402
from intake.sources import MailLocation, RawMail  # noqa: E402
from intake.storage import make_engine, migrate, unit_of_work  # noqa: E402
from tests.integration.drafts_support import (  # noqa: E402
    CLIENT_BRIEF,
    ae_reply,
    client_message,
    make_rig,
)


def _briefs(n: int) -> list[bytes]:
    return [client_message(f"Campaign {i} launch", CLIENT_BRIEF.replace("Spring Catch",
                                                                        f"Campaign {i}"))
            .as_bytes() for i in range(n)]


def _run(n: int, *, hooks: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        migrate(engine)
        # No rate limit and no daily cap here: 200 briefs in one day is the point.
        rig = make_rig(engine, drafts={"mails_per_hour": 100_000, "max_per_day": 100_000})
        if not hooks:
            rig.app.pipeline.after_store = ()
        briefs = _briefs(n)
        start = time.perf_counter()
        for uid, raw in enumerate(briefs, 1):
            with unit_of_work(rig.app.factory) as session:
                rig.app.pipeline.process(session, RawMail(MailLocation("ae", "INBOX", 1, uid), raw))
        took = time.perf_counter() - start
        label = "with drafting" if hooks else "without drafting"
        print(f"client mail stored {label:>17}: {n / took:8.1f} msg/s "
              f"({took * 1000 / n:.1f} ms each)")
        if not hooks:
            engine.dispose()
            return
        transport = RecordingTransport()
        outbox = Outbox(rig.app.factory, rig.app.clock)
        start = time.perf_counter()
        outbox.send_due(transport, limit=10 * n)
        took = time.perf_counter() - start
        print(f"outbox: {len(transport.sent)} draft mails handed over in {took:.2f} s "
              f"({len(transport.sent) / took:.0f} mail/s)")
        drafts = [BytesParser(policy=policy.default).parsebytes(m.message)
                  for m in transport.sent]
        replies = [ae_reply(d, "confirm").as_bytes() for d in drafts]  # type: ignore[arg-type]
        start = time.perf_counter()
        for uid, raw in enumerate(replies, 1):
            with unit_of_work(rig.app.factory) as session:
                rig.app.pipeline.process(session,
                                         RawMail(MailLocation("intake", "INBOX", 1, uid), raw))
        took = time.perf_counter() - start
        confirmed = sum(d.status == "confirmed" for d in rig.drafts())
        print(f"replies applied: {confirmed}/{len(replies)} at {len(replies) / took:8.1f} "
              f"msg/s ({took * 1000 / len(replies):.1f} ms each)")
        engine.dispose()


def _run_batches(n: int, *, hooks: bool) -> None:
    """The path a sync takes: batches of 100 in one transaction each."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        migrate(engine)
        rig = make_rig(engine, drafts={"mails_per_hour": 100_000, "max_per_day": 100_000})
        if not hooks:
            rig.app.pipeline.after_store = ()
        raws = [RawMail(MailLocation("ae", "INBOX", 1, uid), raw)
                for uid, raw in enumerate(_briefs(n), 1)]
        start = time.perf_counter()
        for first in range(0, n, 100):
            rig.app.pipeline.run_batch(rig.app.factory, raws[first : first + 100])
        took = time.perf_counter() - start
        label = "with drafting" if hooks else "without drafting"
        print(f"batches of 100   {label:>17}: {n / took:8.1f} msg/s "
              f"({took * 1000 / n:.1f} ms each)")
        engine.dispose()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(f"{n} client briefs, SQLite")
    _run_batches(n, hooks=False)
    _run_batches(n, hooks=True)
    print("one unit of work per message (the careful path, replays):")
    _run(n, hooks=False)
    _run(n, hooks=True)


if __name__ == "__main__":
    main()
