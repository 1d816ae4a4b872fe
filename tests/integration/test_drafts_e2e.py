"""Drafts end to end with real servers on loopback: Dovecot in, aiosmtpd out.

A client mail lands in the AE's INBOX; a sync drafts it and the outbox sends
the draft mail to the SMTP server; the AE's reply (real reply shapes from
Outlook, Gmail, Apple Mail, iPhone and Thunderbird, kept in
``tests/data/drafts``) is appended to the intake mailbox; the next sync
applies it and the relay mail reaches the Traffic Manager and the Account
Coordinator. ``App.sync_once`` then ``Outbox.send_due`` is what
``intake run --once`` does.
"""

from __future__ import annotations

import dataclasses
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import Engine

from intake.outbound.outbox import Outbox
from intake.outbound.smtp import SmtpTransport
from tests.integration.apps import AE, INTAKE
from tests.integration.drafts_support import (
    CLIENT_BRIEF,
    COORDINATOR,
    TRAFFIC,
    DraftsRig,
    client_message,
    make_rig,
    parse,
    reply_address,
)
from tests.integration.smtp_server import RunningServer, smtp_server

REPLIES = Path(__file__).resolve().parents[1] / "data" / "drafts"
FIXTURE_TOKEN = re.compile(r"aeaaaa[a-z2-7]{47}")
DROP = ("received", "authentication-results", "arc-authentication-results", "sender",
        "dkim-signature", "return-path", "delivered-to")


def from_fixture(name: str, draft_mail: EmailMessage) -> EmailMessage:
    """A recorded reply made to answer ``draft_mail``: our AE, our token, our thread."""
    reply = BytesParser(policy=policy.default).parsebytes((REPLIES / name).read_bytes())
    token = reply_address(draft_mail).partition("+")[2].partition("@")[0]
    for header in (*DROP, "from", "to", "cc", "in-reply-to", "references", "message-id"):
        del reply[header]
    reply["From"] = f"Dana Reyes <{AE}>"
    reply["To"] = reply_address(draft_mail)
    reply["Message-ID"] = make_msgid(domain="mail.agency.example")
    reply["In-Reply-To"] = draft_mail["Message-ID"]
    reply["References"] = draft_mail["Message-ID"]
    for part in reply.walk():
        if part.get_content_maintype() == "text":
            content = FIXTURE_TOKEN.sub(token, part.get_content())
            part.set_content(content, subtype=part.get_content_subtype(), charset="utf-8")
    return reply  # type: ignore[return-value]


def e2e_rig(engine: Engine, dovecot: object) -> DraftsRig:
    rig = make_rig(engine, dovecot=dovecot)
    config = rig.app.config
    ae_box = dataclasses.replace(config.mailboxes[0], folders=("INBOX",))
    intake_box = dataclasses.replace(ae_box, name="intake", username=INTAKE)
    rig.app.config = dataclasses.replace(config, mailboxes=(ae_box, intake_box))
    return rig


def run_once(rig: DraftsRig, server: RunningServer) -> int:
    """What ``intake run --once`` does: sync every mailbox, then send what was queued."""
    before = len(server.handler.received)
    rig.app.sync_once()
    transport = SmtpTransport(server.host, server.port, tls="none",
                              local_hostname="localhost", timeout=5)
    report = Outbox(rig.app.factory, rig.app.clock).send_due(transport)
    assert not report.failed and not report.uncertain and report.stopped is None
    return len(server.handler.received) - before


@pytest.mark.dovecot
def test_client_mail_to_draft_to_reply_to_relay(dovecot, engine: Engine) -> None:
    rig = e2e_rig(engine, dovecot)
    with smtp_server() as server:
        brief = client_message("Spring Catch launch", CLIENT_BRIEF)
        dovecot.append(AE, "INBOX", brief.as_bytes())
        assert run_once(rig, server) == 1
        [received] = server.handler.received
        assert received.rcpt_tos == (AE,)
        draft_mail = parse(received.data)
        assert "Spring Catch launch" in draft_mail["Subject"]
        assert draft_mail["References"] == brief["Message-ID"]

        reply = from_fixture("outlook_desktop_new_html_confirm.eml", draft_mail)
        dovecot.append(INTAKE, "INBOX", reply.as_bytes())
        assert run_once(rig, server) == 2  # the relay and the acknowledgement
        relay, ack = sorted(server.handler.received[1:], key=lambda r: len(r.rcpt_tos),
                            reverse=True)
        assert set(relay.rcpt_tos) == {TRAFFIC, COORDINATOR}
        assert "> Our budget is $25,000." in parse(relay.data).get_body(
            preferencelist=("plain",)).get_content()
        assert ack.rcpt_tos == (AE,)
        assert rig.draft(1).status == "confirmed"

        assert run_once(rig, server) == 0  # nothing new, nothing sent twice


@pytest.mark.dovecot
def test_a_forged_reply_through_the_server_changes_nothing(dovecot, engine: Engine) -> None:
    rig = e2e_rig(engine, dovecot)
    with smtp_server() as server:
        dovecot.append(AE, "INBOX", client_message("Spring Catch launch",
                                                   CLIENT_BRIEF).as_bytes())
        run_once(rig, server)
        draft_mail = parse(server.handler.received[0].data)
        forged = from_fixture("gmail_confirm.eml", draft_mail)
        forged.replace_header("From", "Dana Reyes <ae@agency-example.evil>")
        dovecot.append(INTAKE, "INBOX", forged.as_bytes())
        assert run_once(rig, server) == 1
        notice = server.handler.received[-1]
        assert notice.rcpt_tos == (AE,)
        assert parse(notice.data)["X-Intake-Outbound"] == "draft-refused"
        assert rig.draft(1).status == "draft"
        assert rig.refusals()[-1][1] == "forged"


# Reply shapes of the major mail clients, and what each must do to the draft.
CASES = [
    ("gmail_confirm.eml", "confirmed", 1),
    ("outlook_desktop_new_html_confirm.eml", "confirmed", 1),
    ("iphone_confirm.eml", "confirmed", 1),
    ("gmail_html_only_reject.eml", "rejected", 1),
    ("iphone_bottom_posted_reject.eml", "rejected", 1),
    ("outlook_ios_send_to_client.eml", "confirmed", 1),
    ("apple_mail_move.eml", "draft", 2),
    ("outlook_desktop_classic_html_edit.eml", "draft", 2),
    ("thunderbird_bottom_posted_edit.eml", "draft", 2),
    ("gmail_quote_only_unknown.eml", "draft", 1),
]


@pytest.mark.parametrize(("name", "status", "version"), CASES)
def test_reply_shapes_of_the_major_mail_clients(sqlite_engine: Engine, name: str, status: str,
                                                version: int) -> None:
    rig = make_rig(sqlite_engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [draft_mail] = rig.send()
    rig.deliver(from_fixture(name, draft_mail))
    draft = rig.draft(1)
    assert (draft.status, draft.version) == (status, version)
    sent = {m["X-Intake-Outbound"] for m in rig.send()}
    if status == "confirmed":
        assert "relay" in sent
    if version == 2:
        assert "draft" in sent
    if "unknown" in name:
        assert rig.refusals()[-1][1] == "unknown-command" and sent == {"draft-refused"}
    else:
        assert rig.refusals() == []
    if "edit" in name:
        assert str(draft.budget) == "11500.00"
        assert draft.due_date is not None and draft.due_date.isoformat() == "2027-03-14"
    if "send_to_client" in name:
        assert "client-recap" in sent
