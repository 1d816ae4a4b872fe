"""Helpers for the drafts tests: an App with the draft hooks, mail in, mail out, AE replies.

``DraftsRig`` runs messages through the real pipeline into a real database
(SQLite or PostgreSQL) and sends the outbox through a RecordingTransport, so
tests see the exact bytes a server would get. ``ae_reply`` builds the AE's
answer to a draft mail the way mail clients do (To: the Reply-To address,
In-Reply-To/References the draft mail, the draft quoted below).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import selectinload

from intake.app import App
from intake.outbound.outbox import Outbox
from intake.outbound.transport import RecordingTransport
from intake.pipeline import Outcome
from intake.sources import MailLocation, RawMail
from intake.storage import unit_of_work
from models import AuditEvent, Draft
from tests.integration.apps import AE, config_for, make_app

SECRET = "test-secret-0123456789abcdef"
TRAFFIC = "traffic@agency.example"
COORDINATOR = "ac@agency.example"

CLIENT_BRIEF = """Hi Dana,

We want to launch the Spring Catch campaign to lift frozen sales by 10% this quarter.
Our budget is $25,000. The launch must happen by March 3, 2027.
All ads must use the new logo.

Thanks,
Maria"""

CLIENT_CHANGE = """Hi Dana,

Please move the Spring Catch launch from March 3 to March 10, 2027.

Thanks,
Maria"""


class _NoServer:
    port = 1


def parse(raw: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(raw)  # type: ignore[return-value]


def body_text(mail: EmailMessage) -> str:
    part = mail.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


@dataclasses.dataclass
class DraftsRig:
    """An App with the draft hooks on a real database; messages in, recorded mail out."""

    app: App
    transport: RecordingTransport
    uids: Iterable[int] = dataclasses.field(default_factory=lambda: itertools.count(1))
    seen: int = 0

    @property
    def outbox(self) -> Outbox:
        return self.app.outbox

    def deliver(self, mail: EmailMessage | bytes, *, folder: str = "INBOX") -> Outcome:
        """Run one message through the pipeline, as a sync would."""
        raw = mail if isinstance(mail, bytes) else mail.as_bytes()
        uid = next(iter(self.uids))  # type: ignore[call-overload]
        with unit_of_work(self.app.factory) as session:
            return self.app.pipeline.process(
                session, RawMail(MailLocation("ae", folder, 1, uid), raw)
            )

    def send(self) -> list[EmailMessage]:
        """Send what is due; the mail sent since the last call, parsed."""
        self.outbox.send_due(self.transport)
        new = self.transport.sent[self.seen:]
        self.seen = len(self.transport.sent)
        return [parse(r.message) for r in new]

    def draft(self, draft_id: int) -> Draft:
        with self.app.factory() as session:
            # with its versions: the tests read them after the session is gone
            draft = session.get(Draft, draft_id, options=[selectinload(Draft.versions)])
            assert draft is not None
            session.expunge(draft)
            return draft

    def drafts(self) -> list[Draft]:
        with self.app.factory() as session:
            rows = list(session.scalars(select(Draft).order_by(Draft.id)
                                        .options(selectinload(Draft.versions))))
            for row in rows:
                session.expunge(row)
            return rows

    def refusals(self) -> list[tuple[int | None, str | None, str]]:
        with self.app.factory() as session:
            return [(e.draft_id, e.reason, e.actor) for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "refused").order_by(AuditEvent.id)
            )]

    def count(self, model: Any) -> int:
        with self.app.factory() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0


def make_rig(
    engine: Engine,
    *,
    secret: str | None = SECRET,
    dovecot: Any = None,
    agency: dict[str, Any] | None = None,
    drafts: dict[str, Any] | None = None,
    tables: dict[str, Any] | None = None,
    project_changed: Any = None,
) -> DraftsRig:
    """A real App on ``engine``; ``drafts`` is the ``[drafts]`` table, ``tables`` any others.
    ``project_changed`` replaces the guidance callback (a seam to watch project changes)."""
    tables = {**(tables or {}), **({"drafts": drafts} if drafts is not None else {})}
    config = config_for(dovecot or _NoServer(), tables=tables)
    if agency:
        config = dataclasses.replace(config, agency=dataclasses.replace(config.agency, **agency))
    app = make_app(engine, config)
    if secret is not None:
        app.environ["INTAKE_SECRET"] = secret  # type: ignore[index]
    if project_changed is not None:  # before the pipeline is built from it
        app.draft_context = dataclasses.replace(app.draft_context,
                                                project_changed=project_changed)
    return DraftsRig(app=app, transport=RecordingTransport())


def client_message(subject: str, body: str, *, reply_to: EmailMessage | None = None,
                   when: datetime | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Maria Chen <maria@harborfoods.example>"
    msg["To"] = AE
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime(2027, 1, 12, 15, 30, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain="harborfoods.example")
    if reply_to is not None:
        msg["In-Reply-To"] = reply_to["Message-ID"]
        msg["References"] = reply_to["Message-ID"]
    msg.set_content(body)
    return msg


def reply_address(draft_mail: EmailMessage) -> str:
    return str(draft_mail["Reply-To"].addresses[0].addr_spec)


def ae_reply(draft_mail: EmailMessage, command: str, *, sender: str = f"Dana Reyes <{AE}>",
             to: str | None = None, headers: dict[str, str] | None = None,
             quote: bool = True) -> EmailMessage:
    """The AE's reply to a draft mail, Gmail-style: command on top, the draft quoted below."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to or reply_address(draft_mail)
    msg["Subject"] = f"Re: {draft_mail['Subject']}"
    msg["Date"] = format_datetime(datetime(2027, 1, 15, 12, 5, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain="mail.agency.example")
    msg["In-Reply-To"] = draft_mail["Message-ID"]
    msg["References"] = draft_mail["Message-ID"]
    for name, value in (headers or {}).items():
        msg[name] = value
    text = command
    if quote:
        quoted = "\n".join(f"> {line}" for line in body_text(draft_mail).splitlines())
        text += ("\n\nOn Fri, Jan 15, 2027 at 12:00 PM Brightline intake "
                 f"<intake@agency.example> wrote:\n{quoted}\n")
    msg.set_content(text)
    return msg


def to_of(mail: EmailMessage) -> set[str]:
    return {a.addr_spec.lower() for h in ("To", "Cc") for v in mail.get_all(h, [])
            for a in v.addresses}
