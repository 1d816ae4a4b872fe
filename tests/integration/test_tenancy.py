"""Several AEs in one config (``[[aes]]``): each AE's mail, drafts, tokens, day and report
are theirs, on SQLite and PostgreSQL; a database from before tenancy is adopted."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from intake.config import parse
from intake.outbound.transport import RecordingTransport
from intake.report_mail import queue_unanswered_report
from intake.sources import MailLocation, RawMail
from intake.storage import make_engine, migrate, unit_of_work
from intake.tenancy import adopt
from intake.today import build_today
from models import ApprovalRound, Client, Draft, Message, OutboundMail, Project
from tests.integration.apps import make_app
from tests.integration.drafts_support import (
    CLIENT_BRIEF,
    SECRET,
    DraftsRig,
    ae_reply,
    body_text,
    to_of,
)

DANA, SAM = "dana@agency.example", "sam@agency.example"
INTAKE = "intake@agency.example"
NOW = datetime(2027, 1, 15, 12, 0, tzinfo=UTC)

NORTHWIND_BRIEF = """Hi Sam,

We need a new savings-account landing page to grow sign-ups by 15%.
Our budget is $18,000. It must go live by March 10, 2027.

Best,
Lee"""


def two_aes(tmp_path: Path, **report: Any) -> dict[str, Any]:
    return {
        "database": {"url": "sqlite:///unused.db"},
        "agency": {"name": "Brightline", "timezone": "America/New_York", "intake": INTAKE,
                   "coordinator": "ac@agency.example"},
        "aes": [{"name": "dana", "address": DANA, "traffic": "traffic@agency.example"},
                {"name": "sam", "address": SAM, "traffic": "traffic.two@agency.example",
                 "report_time": "17:00"}],
        "clients": [
            {"name": "Harbor Foods", "domains": ["harborfoods.example"], "ae": "dana"},
            {"name": "Northwind Bank", "domains": ["northwindbank.example"], "ae": "sam"},
        ],
        "mailboxes": [
            {"name": "dana", "kind": "maildir", "path": str(tmp_path / "dana"), "ae": "dana"},
            {"name": "sam", "kind": "maildir", "path": str(tmp_path / "sam"), "ae": "sam"},
        ],
        "report": {"send_when_empty": True, "business_days_only": False, **report},
        "outbound": {"folder": str(tmp_path / "out")},
    }


def client_mail(sender: str, to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(datetime(2027, 1, 12, 15, 30, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].rstrip(">"))
    msg.set_content(body)
    return msg


class TwoAeRig(DraftsRig):
    def deliver_to(self, mailbox: str, mail: EmailMessage) -> str:
        uid = next(iter(self.uids))  # type: ignore[call-overload]
        with unit_of_work(self.app.factory) as session:
            return self.app.pipeline.process(
                session, RawMail(MailLocation(mailbox, "INBOX", 1, uid), mail.as_bytes())).status


def rig(engine: Engine, tmp_path: Path) -> TwoAeRig:
    app = make_app(engine, parse(two_aes(tmp_path), path=None))
    app.environ["INTAKE_SECRET"] = SECRET  # type: ignore[index]
    return TwoAeRig(app=app, transport=RecordingTransport())


def briefs(r: TwoAeRig) -> dict[str, EmailMessage]:
    assert r.deliver_to("dana", client_mail("Maria Chen <maria@harborfoods.example>", DANA,
                                            "Spring Catch launch", CLIENT_BRIEF)) == "stored"
    assert r.deliver_to("sam", client_mail("Lee Park <lee@northwindbank.example>", SAM,
                                           "Savings landing page", NORTHWIND_BRIEF)) == "stored"
    return {to: mail for mail in r.send() for to in to_of(mail)}


def test_each_client_is_drafted_to_its_own_ae_and_every_row_says_whose(
        engine: Engine, tmp_path: Path) -> None:
    r = rig(engine, tmp_path)
    by_ae = briefs(r)
    assert set(by_ae) == {DANA, SAM}  # one draft mail each, to the right AE
    assert "Harbor Foods" in by_ae[DANA]["Subject"]
    assert "Northwind Bank" in by_ae[SAM]["Subject"]
    with r.app.factory() as session:
        assert set(session.execute(select(Message.subject, Message.ae)).all()) == {
            ("Spring Catch launch", DANA), ("Savings landing page", SAM)}
        assert {(d.kind, d.ae) for d in session.scalars(select(Draft))} == {
            ("ccr", DANA), ("ccr", SAM)}
        assert set(session.execute(select(Project.name, Project.ae)).all()) == {
            ("Spring Catch launch", DANA), ("Savings landing page", SAM)}
        assert set(session.execute(select(Client.name, Client.ae)).all()) == {
            ("Harbor Foods", DANA), ("Northwind Bank", SAM)}


def test_one_aes_token_never_decides_another_aes_draft(engine: Engine, tmp_path: Path) -> None:
    r = rig(engine, tmp_path)
    by_ae = briefs(r)
    dana_mail = by_ae[DANA]
    # Sam answers Dana's draft mail (forwarded to him, say) with her token: refused.
    stolen = ae_reply(dana_mail, "confirm", sender=f"Sam Ortiz <{SAM}>")
    assert r.deliver_to("dana", stolen) == "stored"
    dana_draft = next(d for d in r.drafts() if d.ae == DANA)
    assert dana_draft.status == "draft"
    assert [reason for _draft, reason, _actor in r.refusals()] != []
    notice = r.send()
    assert notice and all(to_of(m) == {SAM} for m in notice)  # told Sam, not Dana
    # Dana's own reply decides it, and the relay goes to her Traffic Manager.
    assert r.deliver_to("dana", ae_reply(dana_mail, "confirm",
                                         sender=f"Dana Reyes <{DANA}>")) == "stored"
    assert r.draft(dana_draft.id).status == "confirmed"
    relay = next(m for m in r.send() if m["X-Intake-Outbound"] == "relay")
    assert to_of(relay) == {"traffic@agency.example", "ac@agency.example"}
    assert "Spring Catch" in body_text(relay)
    sams = next(d for d in r.drafts() if d.ae == SAM)
    assert sams.status == "draft"  # untouched


def test_the_cli_decides_a_draft_in_its_aes_name(engine: Engine, tmp_path: Path) -> None:
    r = rig(engine, tmp_path)
    briefs(r)
    sams = next(d for d in r.drafts() if d.ae == SAM)
    with r.app.factory() as session:
        ctx = r.app.draft_context_for(session, sams.id)
    assert (ctx.agency.ae, ctx.agency.traffic, ctx.ae_key) == (
        SAM, "traffic.two@agency.example", SAM)


def test_today_and_the_report_are_per_ae(engine: Engine, tmp_path: Path) -> None:
    r = rig(engine, tmp_path)
    briefs(r)
    dana, sam = r.app.for_ae("dana"), r.app.for_ae("sam")
    assert sam.config.report.time.hour == 17 and dana.config.report.time.hour == 18
    with r.app.factory() as session:
        days = {ae: build_today(session, app.config, NOW) for ae, app in
                (("dana", dana), ("sam", sam))}
    assert {i.client for i in days["dana"].items} == {"Harbor Foods"}
    assert {i.client for i in days["sam"].items} == {"Northwind Bank"}
    assert days["dana"].section("drafts") and days["sam"].section("drafts")
    whole = len(days["dana"].items) + len(days["sam"].items)
    with r.app.factory() as session:
        assert len(build_today(session, r.app.config, NOW).items) == whole  # the agency's day
    for app in (dana, sam, dana):  # Dana's twice: still one report a day for her
        queue_unanswered_report(app)
    with r.app.factory() as session:
        reports = session.scalars(select(OutboundMail).where(
            OutboundMail.dedupe_key.like("unanswered-report:%"))).all()
        assert sorted(row.dedupe_key.rpartition(":")[2] for row in reports) == [DANA, SAM]
        assert sorted(a.address for row in reports for a in row.recipients) == [
            "ac@agency.example", "ac@agency.example", DANA, SAM]  # the shared Coordinator too


def test_a_config_without_aes_is_one_ae_and_its_rows_are_that_aes(
        engine: Engine, tmp_path: Path) -> None:
    from tests.integration.drafts_support import client_message, make_rig

    r = make_rig(engine)
    assert r.app.tenants() == [r.app] and r.app.ae_key is None
    r.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [draft] = r.drafts()
    assert draft.ae == r.app.config.agency.ae.lower()


FILLED_0001 = Path(__file__).resolve().parents[1] / "data" / "migrations" / "0001-demo.sqlite"


def test_rows_of_a_database_from_before_tenancy_are_adopted_by_their_clients_ae(
        tmp_path: Path) -> None:
    shutil.copyfile(FILLED_0001, tmp_path / "old.db")
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(engine)
    with engine.connect() as db:
        clients = dict(db.execute(select(Client.id, Client.name)).all())
        assert db.execute(select(func.count()).select_from(Message)
                          .where(Message.ae.is_(None))).scalar() > 20
    data = two_aes(tmp_path)
    first = sorted(clients.values())[0]
    data["clients"] = [{"name": name, "domains": [f"c{i}.example"],
                        "ae": "sam" if name == first else "dana"}
                       for i, name in enumerate(sorted(clients.values()))]
    config = parse(data, path=None)
    with unit_of_work(make_app(engine, config).factory) as session:
        assert adopt(session, config) > 20
    with engine.connect() as db:
        for model in (Message, Project, Draft, ApprovalRound):
            assert db.execute(select(func.count()).select_from(model)
                              .where(model.ae.is_(None))).scalar() == 0
        firsts = {ae for (ae,) in db.execute(select(Message.ae).join(
            Client, Client.id == Message.client_id).where(Client.name == first))}
        assert firsts == {SAM}
        others = {ae for (ae,) in db.execute(select(Message.ae).join(
            Client, Client.id == Message.client_id).where(Client.name != first))}
        assert others == {DANA}
        loose = {ae for (ae,) in db.execute(select(Message.ae).where(
            Message.client_id.is_(None)))}
        assert loose <= {DANA}  # no client: the first AE's
    with unit_of_work(make_app(engine, config).factory) as session:
        assert adopt(session, config) == 0  # nothing left: cheap on every start
    engine.dispose()


def test_the_command_line_shows_one_aes_day_and_mails_each_ae_their_report(
        tmp_path: Path, capsys: Any) -> None:
    import json

    from intake.cli import main

    for box, sender, to, subject, body in (
            ("dana", "Maria Chen <maria@harborfoods.example>", DANA, "Spring Catch launch",
             CLIENT_BRIEF),
            ("sam", "Lee Park <lee@northwindbank.example>", SAM, "Savings landing page",
             NORTHWIND_BRIEF)):
        for sub in ("new", "cur", "tmp"):
            (tmp_path / box / sub).mkdir(parents=True)
        (tmp_path / box / "new" / "1.M1P1.test").write_bytes(
            client_mail(sender, to, subject, body).as_bytes())
    aes = "".join(f'[[aes]]\nname = "{n}"\naddress = "{a}"\n' for n, a in
                  (("dana", DANA), ("sam", SAM)))
    boxes = "".join(f'[[mailboxes]]\nname = "{n}"\nkind = "maildir"\npath = "{tmp_path / n}"\n'
                    f'ae = "{n}"\n' for n in ("dana", "sam"))
    clients = ('[[clients]]\nname = "Harbor Foods"\ndomains = ["harborfoods.example"]\n'
               'ae = "dana"\n[[clients]]\nname = "Northwind Bank"\n'
               'domains = ["northwindbank.example"]\nae = "sam"\n')
    path = tmp_path / "intake.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "i.db"}"\n[agency]\nname = "B"\n'
                    f'timezone = "America/New_York"\nintake = "{INTAKE}"\n'
                    f'[outbound]\nfolder = "{tmp_path / "out"}"\n'
                    f'[report]\nsend_when_empty = true\nbusiness_days_only = false\n'
                    f'{aes}{clients}{boxes}')
    config = ["--config", str(path)]
    assert main([*config, "init"]) == 0
    assert main([*config, "run", "--once"]) == 0
    capsys.readouterr()
    assert main([*config, "today", "--ae", "sam", "--json"]) == 0
    items = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert items and {i["client"] for i in items} == {"Northwind Bank"}
    assert main([*config, "drafts", "--ae", "dana", "--json"]) == 0
    drafts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert drafts and {d["client"] for d in drafts} == {"Harbor Foods"}
    assert main([*config, "today", "--ae", "nobody"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no AE named 'nobody'" in err
    assert main([*config, "report", "unanswered", "--send"]) == 0
    out = capsys.readouterr().out
    assert "dana: " in out and "sam: " in out
    engine = make_engine(f"sqlite:///{tmp_path / 'i.db'}")
    with engine.connect() as db:
        keys = db.execute(select(OutboundMail.dedupe_key).where(
            OutboundMail.dedupe_key.like("unanswered-report:%"))).scalars().all()
    engine.dispose()
    assert sorted(k.rpartition(":")[2] for k in keys) == [DANA, SAM]


def test_the_web_view_shows_one_aes_day_or_the_whole_agency(
        engine: Engine, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from intake.web.app import create_web_app
    from tests.integration.web_support import PASSWORD_HASH, signed_in

    r = rig(engine, tmp_path)
    briefs(r)
    client = TestClient(create_web_app(r.app, password_hash=PASSWORD_HASH,
                                       secret=b"web-secret-for-tenancy-tests"))
    signed_in(client)
    whole = client.get("/").text
    assert "Harbor Foods" in whole and "Northwind Bank" in whole
    assert 'href="/?ae=sam"' in whole  # the chooser, with every AE
    sams = client.get("/?ae=sam").text
    assert "Northwind Bank" in sams and "Harbor Foods" not in sams
    drafts = client.get("/drafts").text  # the choice is kept for the next page
    assert "Northwind Bank" in drafts and "Harbor Foods" not in drafts
    assert "Harbor Foods" not in client.get("/unanswered").text
    assert "Harbor Foods" in client.get("/drafts?ae=").text  # back to the agency
    assert "Harbor Foods" in client.get("/drafts?ae=nobody").text  # unknown: the agency


def test_an_ae_signed_in_with_their_own_password_sees_only_their_own(
        engine: Engine, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from intake.cli.web import ae_password_hashes
    from intake.web.app import create_web_app
    from intake.web.security import hash_password
    from tests.integration.web_support import PASSWORD_HASH, csrf_of

    r = rig(engine, tmp_path)
    briefs(r)
    hashes = ae_password_hashes(r.app.config, {
        "INTAKE_WEB_PASSWORD_HASH_SAM": hash_password("sam's own passphrase")})
    assert list(hashes) == ["sam"]
    client = TestClient(create_web_app(r.app, password_hash=PASSWORD_HASH,
                                       secret=b"web-secret-for-tenancy-tests",
                                       ae_password_hashes=hashes))
    token = csrf_of(client.get("/login").text)
    reply = client.post("/login", data={"password": "sam's own passphrase",
                                        "csrf_token": token}, follow_redirects=False)
    assert reply.status_code == 303
    page = client.get("/?ae=dana").text  # asking for Dana's day does not give it
    assert "Northwind Bank" in page and "Harbor Foods" not in page
    assert "?ae=dana" not in page  # no chooser
    danas = next(d for d in r.drafts() if d.ae == DANA)
    sams = next(d for d in r.drafts() if d.ae == SAM)
    assert client.get(f"/drafts/{danas.id}").status_code == 404
    assert client.get(f"/drafts/{sams.id}").status_code == 200
    token = csrf_of(client.get(f"/drafts/{sams.id}").text)
    assert client.post(f"/drafts/{danas.id}/confirm",
                       data={"csrf_token": token}).status_code == 404
    assert r.draft(danas.id).status == "draft"
    assert "Harbor Foods" not in client.get("/clients").text
    assert client.get("/quarantine").status_code == 403
    assert client.get("/outbox").status_code == 403
    client.post(f"/drafts/{sams.id}/confirm", data={"csrf_token": token})
    assert r.draft(sams.id).status == "confirmed"  # their own: decided, in their name
    assert r.draft(sams.id).decided_by == f"web:{SAM}"


def test_a_bounce_of_mail_caused_by_one_aes_client_tells_that_ae(
        engine: Engine, tmp_path: Path) -> None:
    from intake.outbound.compose import compose_mail
    from tests.integration.test_bounce_feedback import dsn

    r = rig(engine, tmp_path)
    briefs(r)
    with r.app.factory() as session:
        northwind = session.scalars(select(Message.id).where(
            Message.subject == "Savings landing page")).one()
    recap = compose_mail(sender=SAM, to=["lee@northwindbank.example"],
                         subject="Savings landing page: recap", text="Recap.", html="<p>R</p>",
                         clock=r.app.clock, kind="client-recap")
    sent = r.outbox.queue(recap, cause_message_pk=northwind)
    r.send()
    with unit_of_work(r.app.factory) as session:  # the report comes back to Sam's mailbox
        r.app.pipeline.process(session, RawMail(MailLocation("sam", "INBOX", 1, 999),
                                                dsn(sent.message_id, "lee@northwindbank.example")))
    [notice] = [m for m in r.send() if "bounced" in str(m["Subject"])]
    assert to_of(notice) == {SAM}  # Sam's client, Sam's mail: Sam is told, not Dana
