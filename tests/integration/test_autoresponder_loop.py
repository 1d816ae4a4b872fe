"""An autoresponder that answers every mail, for several cycles: mail stays bounded.

Real parts: aiosmtpd receives what intake sends; for each mail to the client
it writes an automatic answer straight into the AE's Dovecot INBOX, which
intake reads on its next pass. intake must never answer an answer.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import pytest
from sqlalchemy import Engine, select

from intake.config import SmtpConfig
from intake.jobs import run_pass
from intake.outbound.compose import compose_mail
from intake.storage import session_factory
from models import Message
from tests.integration.apps import AE, config_for, make_app
from tests.integration.smtp_server import ScriptedHandler, smtp_server

pytestmark = pytest.mark.dovecot
CLIENT = "maria@harborfoods.example"
CYCLES = 5


@dataclasses.dataclass
class Autoresponder(ScriptedHandler):
    """Records every mail; answers each one to the client with an automatic reply."""

    dovecot: Any = None
    marked: bool = True
    answered: int = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reply = await super().handle_DATA(server, session, envelope)
        if CLIENT in envelope.rcpt_tos:
            original = message_from_bytes(envelope.original_content, policy=policy.default)
            self.dovecot.append(AE, "INBOX", self._answer(original).as_bytes())
            self.answered += 1
        return reply

    def _answer(self, original: EmailMessage) -> EmailMessage:
        answer = EmailMessage()
        answer["From"] = f"Maria Chen <{CLIENT}>"
        answer["To"] = str(original["Reply-To"] or original["From"])
        answer["Message-ID"] = make_msgid(domain="harborfoods.example")
        answer["In-Reply-To"] = original["Message-ID"]
        if self.marked:  # RFC 3834, as Exchange and Gmail do it
            answer["Subject"] = f"Automatic reply: {original['Subject']}"
            answer["Auto-Submitted"] = "auto-replied"
        else:  # a home-made responder that marks nothing
            answer["Subject"] = f"Re: {original['Subject']}"
        answer.set_content("Thanks for your mail! I am travelling and will answer next week.")
        return answer


@pytest.mark.parametrize("marked", [True, False], ids=["rfc3834", "unmarked"])
def test_an_autoresponder_never_starts_a_loop(dovecot, sqlite_engine: Engine, marked: bool) -> None:
    handler = Autoresponder(dovecot=dovecot, marked=marked)
    with smtp_server(handler) as server:
        config = dataclasses.replace(
            config_for(dovecot, folders=("INBOX",)),
            smtp=SmtpConfig(host="127.0.0.1", port=server.port, tls="none"),
        )
        app = make_app(sqlite_engine, config)
        first = compose_mail(
            sender=config.agency.intake,
            to=[CLIENT],
            reply_to=AE,
            subject="Spring Catch: your recap",
            text="Here is what we agreed.",
            html="<p>Here is what we agreed.</p>",
            clock=app.clock,
            kind="client-recap",
        )
        app.outbox.queue(first, kind="client-recap")
        for _ in range(CYCLES):
            report = run_pass(app)
            assert report.ok, report.summary()
            app.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]

    to_client = [r for r in handler.received if CLIENT in r.rcpt_tos]
    assert len(to_client) == 1, "intake answered an automatic reply"
    assert handler.answered == 1
    assert len(handler.received) == 1  # nothing else left either (no draft, no notice)
    with session_factory(sqlite_engine)() as session:
        (answer,) = session.scalars(select(Message).where(Message.from_email == CLIENT)).all()
    if marked:
        assert (answer.kind, answer.reason) == ("ignored", "out-of-office")
    else:  # a person's mail as far as headers go: kept for the AE, never answered by us
        assert answer.kind == "client"
