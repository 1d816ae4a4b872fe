"""Approval by email, end to end on Dovecot: a proof out in Sent, an out-of-office, a
"will look Monday", then "approved with the logo change": one round approved with
changes, one change order; round 2 with a new PDF approved by a Cc'd colleague; a
decision from someone the proof did not go to is kept and flagged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from intake.approvals.rounds import proof_files
from models import ApprovalRound, Draft
from tests.integration.apps import AE, config_for, make_app

T0 = datetime(2027, 1, 12, 15, 0, tzinfo=UTC)
MARIA = "Maria Chen <maria@harborfoods.example>"
TOM = "Tom Ito <tom@harborfoods.example>"


def proof(name: str, body: bytes, *, subject: str = "Spring Catch poster, round 1",
          reply_to: EmailMessage | None = None, when: datetime = T0) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"Dana Reyes <{AE}>"
    mail["To"] = MARIA
    mail["Cc"] = TOM
    mail["Subject"] = subject
    mail["Date"] = format_datetime(when)
    mail["Message-ID"] = make_msgid(domain="agency.example")
    if reply_to is not None:
        mail["In-Reply-To"] = mail["References"] = reply_to["Message-ID"]
    mail.set_content("Hi Maria, attached is the poster proof. Please reply \"approved\" if it "
                     "can go to print, or tell us what to change.\n\nDana")
    mail.add_attachment(body, maintype="application", subtype="pdf", filename=name)
    return mail


def reply(sender: str, text: str, to: EmailMessage, *, when: datetime,
          headers: dict[str, str] | None = None) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = f"Dana Reyes <{AE}>"
    mail["Subject"] = f"Re: {to['Subject']}"
    mail["Date"] = format_datetime(when)
    mail["Message-ID"] = make_msgid(domain="harborfoods.example")
    mail["In-Reply-To"] = mail["References"] = to["Message-ID"]
    for name, value in (headers or {}).items():
        mail[name] = value
    quoted = "\n".join("> " + line for line in to.get_body(("plain",)).get_content().splitlines())
    mail.set_content(f"{text}\n\nOn Tue, Dana Reyes wrote:\n{quoted}\n")
    return mail


def test_a_proof_round_from_sent_mail_to_decision(dovecot, engine: Engine) -> None:
    app = make_app(engine, config_for(dovecot))
    app.environ["INTAKE_SECRET"] = "test-secret-0123456789abcdef"  # type: ignore[index]
    first = proof("poster-v1.pdf", b"%PDF-1.4 round one")
    dovecot.append(AE, "Sent", first.as_bytes())
    dovecot.append(AE, "INBOX", reply(MARIA, "I am out of the office until Monday.", first,
                                      when=T0 + timedelta(hours=1),
                                      headers={"Auto-Submitted": "auto-replied"}).as_bytes())
    dovecot.append(AE, "INBOX", reply(MARIA, "Will look at it on Monday.", first,
                                      when=T0 + timedelta(hours=2)).as_bytes())
    app.sync_once()
    with app.factory() as session:
        [round_one] = session.scalars(select(ApprovalRound)).all()
        assert (round_one.round, round_one.status) == (1, "pending")
        assert round_one.approvers == ["maria@harborfoods.example", "tom@harborfoods.example"]
        [pdf] = round_one.files
        assert pdf["name"] == "poster-v1.pdf" and len(pdf["sha256"]) == 64

    dovecot.append(AE, "INBOX", reply(MARIA, "Approved with one change: please make the logo "
                                      "bigger.", first, when=T0 + timedelta(days=6)).as_bytes())
    app.sync_once()
    with app.factory() as session:
        round_one = session.get_one(ApprovalRound, round_one.id)
        assert round_one.status == "approved_with_changes"
        assert round_one.decided_by == "maria@harborfoods.example"
        assert "logo bigger" in (round_one.evidence or "")
        orders = session.scalars(select(Draft).where(Draft.kind == "change_order")).all()
        assert len(orders) == 1 and "logo" in orders[0].summary.lower()

    second = proof("poster-v2.pdf", b"%PDF-1.4 round two", subject="Spring Catch poster, round 2",
                   reply_to=first, when=T0 + timedelta(days=7))
    dovecot.append(AE, "Sent", second.as_bytes())
    dovecot.append(AE, "INBOX", reply(TOM, "Looks great, approved.", second,
                                      when=T0 + timedelta(days=7, hours=2)).as_bytes())
    dovecot.append(AE, "INBOX", reply("Lee <lee@harborfoods.example>", "Rejected.", second,
                                      when=T0 + timedelta(days=7, hours=3)).as_bytes())
    app.sync_once()
    with app.factory() as session:
        rounds = session.scalars(select(ApprovalRound).order_by(ApprovalRound.round)).all()
        assert [(r.round, r.status) for r in rounds] == [(1, "approved_with_changes"),
                                                         (2, "rejected")]
        decisions = [(d.decided_by, d.status, d.flagged) for d in rounds[1].decisions]
        assert decisions == [("tom@harborfoods.example", "approved", False),
                             ("lee@harborfoods.example", "rejected", True)]
        assert rounds[1].files[0]["name"] == "poster-v2.pdf"


def test_a_proof_without_a_client_recipient_opens_nothing(dovecot, engine: Engine) -> None:
    app = make_app(engine, config_for(dovecot))
    internal = proof("poster.pdf", b"%PDF")
    internal.replace_header("To", "traffic@agency.example")
    del internal["Cc"]
    dovecot.append(AE, "Sent", internal.as_bytes())
    app.sync_once()
    with app.factory() as session:
        assert session.scalars(select(ApprovalRound)).all() == []


def test_files_and_links_of_a_proof_mail() -> None:
    mail = proof("poster.pdf", b"%PDF-1.4")
    mail.add_attachment(b"\x89PNG...", maintype="image", subtype="png", filename="detail.png")
    mail.add_attachment(b"notes", maintype="text", subtype="plain", filename="notes.txt")
    files = proof_files(mail.as_bytes(), "Review it here: https://app.ziflow.com/proof/123 "
                        "or on https://example.com/not-a-proof")
    assert [f["name"] for f in files] == ["poster.pdf", "detail.png",
                                          "https://app.ziflow.com/proof/123"]
    broken = mail.as_bytes().replace(b"Content-Transfer-Encoding: base64",
                                     b"Content-Transfer-Encoding: x-unknown")
    assert [f["name"] for f in proof_files(broken, "")][:2] == ["poster.pdf", "detail.png"]


def test_intake_approvals_json(dovecot, sqlite_engine: Engine, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    from intake.cli import main

    app = make_app(sqlite_engine, config_for(dovecot))
    first = proof("poster-v1.pdf", b"%PDF")
    dovecot.append(AE, "Sent", first.as_bytes())
    dovecot.append(AE, "INBOX", reply(MARIA, "Approved!", first,
                                      when=T0 + timedelta(hours=1)).as_bytes())
    app.sync_once()
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{sqlite_engine.url}"\n[agency]\nname = "B"\n'
                      f'timezone = "America/New_York"\nae = "{AE}"\n'
                      'intake = "intake@agency.example"\n')
    assert main(["--config", str(config), "approvals", "--json"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"id", "client", "project", "round", "status", "files", "sent_at", "decided_at",
            "decided_by", "evidence", "source_message_id", "decision_message_id"} <= set(row)
    assert (row["status"], row["client"], row["round"]) == ("approved", "Harbor Foods", 1)
    assert row["source_message_id"] == first["Message-ID"].strip("<>")
    assert main(["--config", str(config), "approvals", "show", str(row["id"])]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["decisions"][0]["evidence"] == "Approved!"


def test_a_pending_proof_is_something_the_client_owes_today(dovecot, engine: Engine) -> None:
    from intake.today import build_today

    app = make_app(engine, config_for(dovecot))
    dovecot.append(AE, "Sent", proof("poster-v1.pdf", b"%PDF").as_bytes())
    app.sync_once()
    with app.factory() as session:
        owed = build_today(session, app.config, T0 + timedelta(days=2)).section("client_owes")
    assert [(i.client, i.label) for i in owed] == [
        ("Harbor Foods", "Approval of round 1: poster-v1.pdf")]
    assert owed[0].age_business_hours is not None and owed[0].age_business_hours > 8
