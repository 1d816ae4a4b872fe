"""GNU Mailman's corpus of real bounces (flufl.bounce's tests/data, taken by
``scripts/fetch-bounce-corpus``): every one is ignored, even with its sender's domain
configured as a client (a client's own mail server bouncing the AE's mail), except the
messages a person wrote, named below with why."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select

from intake.classify import CLIENT, IGNORED, Context, classify
from intake.clients import ClientDirectory
from intake.config import ClientConfig
from intake.parsers.mime import parse_message
from models import Message
from tests.integration.drafts_support import make_rig

CORPUS = Path(__file__).resolve().parents[1] / ".cache" / "flufl-bounce-6.0.0"
PEOPLE = {
    # A hotel's reservations desk answering, with a forward of the booking below: a person's
    # reply in the corpus because GroupWise's detector must not take it (flufl.bounce's own
    # tests expect no bounced address from it).
    "groupwise_03.txt",
}


def corpus() -> list[Path]:
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) >= 117, f"{CORPUS}: {len(files)} messages; run scripts/fetch-bounce-corpus"
    return files


def sender_domains(files: list[Path]) -> list[str]:
    found = {mail.from_.email.rpartition("@")[2]
             for mail in (parse_message(f.read_bytes()) for f in files)
             if mail.from_ and "@" in mail.from_.email}
    return sorted(d for d in found if d)


def test_every_bounce_is_ignored_with_its_sender_a_client() -> None:
    files = corpus()
    from tests.unit.test_classify import AGENCY

    clients = [ClientConfig(f"Client {i}", domains=(d,))
               for i, d in enumerate(sender_domains(files))]
    ctx = Context(AGENCY, ClientDirectory.build(clients, AGENCY))
    verdicts = {f.name: classify(parse_message(f.read_bytes()), ctx) for f in files}
    read_as_people = sorted(name for name, v in verdicts.items() if v.kind != IGNORED)
    assert read_as_people == sorted(PEOPLE)
    assert all(verdicts[name].kind == CLIENT for name in PEOPLE)
    reasons = [v.reason for v in verdicts.values() if v.kind == IGNORED]
    assert reasons.count("bounce") >= len(files) - 5, reasons  # a few say out-of-office/bulk


def test_the_corpus_through_the_pipeline_makes_no_draft_and_no_mail(engine: Engine) -> None:
    files = corpus()
    domains = sender_domains(files)
    rig = make_rig(engine, tables={"clients": [
        {"name": f"Client {i}", "domains": [d]} for i, d in enumerate(domains)]})
    outcomes = [rig.deliver(f.read_bytes()) for f in files]
    assert all(o.status in ("stored", "duplicate") for o in outcomes), outcomes
    assert rig.drafts() == [] and rig.send() == []
    with rig.app.factory() as session:
        kinds = dict(session.execute(select(Message.subject, Message.kind)).all())
    people = [parse_message((CORPUS / name).read_bytes()).subject for name in PEOPLE]
    assert sorted(s for s, k in kinds.items() if k != IGNORED) == sorted(people)
