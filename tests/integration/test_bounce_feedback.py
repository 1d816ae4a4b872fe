"""A bounce of mail intake sent to a client: the recipient is marked bounced, the address
suppressed until the AE clears it, and the AE told once; a delay report changes nothing."""

from __future__ import annotations

import argparse
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from intake.cli.outbox import register
from intake.outbound.compose import compose_mail
from intake.storage import unit_of_work
from models import OutboundMail, SuppressedAddress
from tests.integration.drafts_support import AE, DraftsRig, make_rig, to_of

CLIENT = "maria@harborfoods.example"


def reminder(rig: DraftsRig, to: str = CLIENT) -> OutboundMail:
    mail = compose_mail(sender=AE, to=[to],
                        subject="Spring Catch: copy due Friday", text="Hi Maria, a reminder.",
                        html="<p>Hi Maria, a reminder.</p>", clock=rig.app.clock, kind="reminder")
    return rig.outbox.queue(mail)


def dsn(original_id: str, recipient: str, *, action: str = "failed",
        status: str = "5.1.1") -> bytes:
    """A Postfix-style delivery status notification (RFC 3464) about ``original_id``."""
    subject = ("Undelivered Mail Returned to Sender" if action == "failed"
               else "Delayed Mail (still being retried)")
    return f"""\
From: Mail Delivery System <MAILER-DAEMON@mx.harborfoods.example>
To: {AE}
Subject: {subject}
Message-ID: {make_msgid(domain="mx.harborfoods.example")}
Date: Wed, 13 Jan 2027 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mx.harborfoods.example.

<{recipient}>: host said: {status[0]}50 {status} user unknown

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.harborfoods.example

Final-Recipient: rfc822; {recipient}
Action: {action}
Status: {status}

--B
Content-Type: text/rfc822-headers

From: {AE}
To: {recipient}
Message-ID: {original_id}
Subject: Spring Catch: copy due Friday

--B--
""".replace("\n", "\r\n").encode()


def test_a_bounced_reminder_suppresses_the_address_and_tells_the_ae(engine: Engine) -> None:
    rig = make_rig(engine)
    sent = reminder(rig)
    assert [to_of(m) for m in rig.send()] == [{CLIENT}]

    report = dsn(sent.message_id, CLIENT)
    outcome = rig.deliver(report)
    assert outcome.status == "stored"
    with unit_of_work(rig.app.factory) as session:
        row = session.get_one(OutboundMail, sent.id)
        assert [(r.address, r.status) for r in row.recipients] == [(CLIENT, "bounced")]
        [suppressed] = session.scalars(select(SuppressedAddress)).all()
        assert (suppressed.address, suppressed.outbound_mail_id) == (CLIENT, sent.id)
        assert suppressed.bounce_message_pk == outcome.message_pk
    [notice] = rig.send()
    assert to_of(notice) == {AE} and CLIENT in str(notice["Subject"])
    assert f"intake outbox clear {CLIENT}" in notice.get_body(("plain",)).get_content()

    # The report fetched again, and a second server's report on the same mail: nothing new.
    assert rig.deliver(report, folder="Archive").status == "duplicate"
    assert rig.deliver(dsn(sent.message_id, CLIENT)).status == "stored"
    assert rig.send() == []

    later = reminder(rig)
    assert later.status == "failed"
    assert "suppressed since" in (later.recipients[0].reply or "")
    assert rig.send() == []


def test_an_address_suppressed_after_queueing_is_not_sent_to(engine: Engine) -> None:
    rig = make_rig(engine)
    first, second = reminder(rig), reminder(rig)
    assert second.status == "pending"
    rig.outbox.send_due(rig.transport, limit=1)  # the first goes out, then bounces
    rig.deliver(dsn(first.message_id, CLIENT))
    sent = rig.send()
    # the first reminder (sent before the bounce), then the notice; never the second reminder
    assert [to_of(m) for m in sent] == [{CLIENT}, {AE}]
    assert rig.outbox.get(second.id).status == "failed"


def test_a_delay_report_changes_nothing(engine: Engine) -> None:
    rig = make_rig(engine)
    sent = reminder(rig)
    rig.send()
    rig.deliver(dsn(sent.message_id, CLIENT, action="delayed", status="4.4.1"))
    assert rig.send() == []
    assert reminder(rig).status == "pending"
    with unit_of_work(rig.app.factory) as session:
        assert session.scalars(select(SuppressedAddress)).all() == []


def test_a_bounce_of_a_team_address_marks_it_but_suppresses_nothing(engine: Engine) -> None:
    rig = make_rig(engine)
    sent = reminder(rig, to="traffic@agency.example")
    rig.send()
    rig.deliver(dsn(sent.message_id, "traffic@agency.example"))
    with unit_of_work(rig.app.factory) as session:
        row = session.get_one(OutboundMail, sent.id)
        assert [r.status for r in row.recipients] == ["bounced"]
        assert session.scalars(select(SuppressedAddress)).all() == []
    [notice] = rig.send()
    assert to_of(notice) == {AE}


def run(config: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="intake")
    parser.add_argument("--config")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--config", str(config), *argv])
    return int(args.handler(args))


def test_the_ae_lists_and_clears_a_suppressed_address(
        sqlite_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rig = make_rig(sqlite_engine)
    sent = reminder(rig)
    rig.send()
    rig.deliver(dsn(sent.message_id, CLIENT))
    config = tmp_path / "intake.toml"
    config.write_text(f"""
[database]
url = "{sqlite_engine.url}"
[agency]
name = "Brightline"
timezone = "America/New_York"
ae = "{AE}"
intake = "intake@agency.example"
[outbound]
folder = "{tmp_path / 'out'}"
""")
    assert run(config, "outbox", "suppressed") == 0
    listed = capsys.readouterr().out
    assert CLIENT in listed and "Undelivered Mail Returned to Sender" in listed
    assert run(config, "outbox", "clear", CLIENT, "--actor", AE) == 0
    assert "sends there again" in capsys.readouterr().out
    assert run(config, "outbox", "suppressed") == 0
    assert capsys.readouterr().out.strip() == "no address is suppressed"
    assert reminder(rig).status == "pending"
    with unit_of_work(rig.app.factory) as session:
        row = session.scalars(select(SuppressedAddress)).one()
        assert row.cleared_by == AE and row.cleared_at is not None  # the record stays
