"""Guidance and reminders end to end: project change -> outbox -> real aiosmtpd on loopback.

Checks what the SMTP server received: envelope, safety headers, the text and
HTML parts, the ``.ics`` (parsed with icalendar), and that the reminder job
plus two outbox runs deliver each reminder once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import Engine

from intake.guidance import confirm_guidance, on_project_changed, send_due_reminders
from intake.outbound.smtp import SmtpTransport
from intake.storage import unit_of_work
from tests.guidance_env import CLIENT_CONTACT, INTAKE, ZURICH, add_project, make_app
from tests.integration.smtp_server import smtp_server

D = date.fromisoformat


def transport(port: int) -> SmtpTransport:
    return SmtpTransport("127.0.0.1", port, tls="none", local_hostname="localhost", timeout=5.0)


def parsed(data: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(data)  # type: ignore[return-value]


def test_schedule_mail_and_reminder_arrive_once_each(engine: Engine) -> None:
    app = make_app(engine)
    with unit_of_work(app.factory) as session:
        project = add_project(session, due=D("2027-03-31"), name="Spring print ad")
        on_project_changed(session, project, context=app.guidance, now=app.clock.now())

    with smtp_server() as server:
        first = app.outbox.send_due(transport(server.port))
        assert len(first.sent) == 1 and first.failed == ()
        [received] = server.handler.received
        assert received.mail_from == INTAKE
        assert received.rcpt_tos == (CLIENT_CONTACT,)
        mail = parsed(received.data)
        assert mail["Auto-Submitted"] == "auto-generated"
        assert mail["X-Auto-Response-Suppress"] == "All"
        assert mail["X-Intake-Outbound"] == "guidance"
        assert mail["Bcc"] is None
        text = mail.get_body(("plain",)).get_content()
        assert "- brief: by the end of business on Wednesday 17 March 2027" in text
        assert mail.get_body(("html",)).get_content().lstrip().startswith("<!DOCTYPE html>")
        [ics] = [p for p in mail.iter_attachments() if p.get_content_type() == "text/calendar"]
        events = icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")
        assert sorted((e.decoded("dtstart"), str(e["summary"])) for e in events) == [
            (D("2027-03-17"), "Spring print ad: brief"),
            (D("2027-03-29"), "Spring print ad: client approval"),
        ]

        # the brief's reminder: Monday 15 March, 10:00 in Zurich
        app.clock.current = datetime(2027, 3, 15, 10, 0, tzinfo=ZoneInfo(ZURICH)).astimezone(UTC)
        assert send_due_reminders(app.guidance, app.factory) == 1
        assert send_due_reminders(app.guidance, app.factory) == 0
        second = app.outbox.send_due(transport(server.port))
        third = app.outbox.send_due(transport(server.port))
        assert len(second.sent) == 1 and third.sent == ()
        assert len(server.handler.received) == 2
        reminder = parsed(server.handler.received[1].data)
        assert server.handler.received[1].rcpt_tos == (CLIENT_CONTACT,)
        assert reminder["X-Intake-Outbound"] == "reminder"
        assert reminder["Subject"].strip() == (
            "Reminder: brief for Spring print ad is due Wednesday 17 March 2027")
        assert "we need the brief from you by the end of business on Wednesday 17 March 2027" \
            in reminder.get_body(("plain",)).get_content()
        sent_at = parsed(server.handler.received[1].data)["Date"].datetime
        assert sent_at.astimezone(ZoneInfo(ZURICH)).hour == 10


def test_infeasible_explanation_is_delivered_only_after_the_ae_confirms(engine: Engine) -> None:
    app = make_app(engine)
    with unit_of_work(app.factory) as session:
        project = add_project(session, due=D("2027-03-05"), name="Rush print ad")
        outcome = on_project_changed(session, project, context=app.guidance, now=app.clock.now())
    assert outcome.guidance_status == "awaiting_confirmation" and outcome.guidance_id

    with smtp_server() as server:
        assert app.outbox.send_due(transport(server.port)).sent == ()
        assert server.handler.received == []

        app.clock.advance(timedelta(hours=2))
        with unit_of_work(app.factory) as session:
            confirm_guidance(session, outcome.guidance_id, context=app.guidance,
                             now=app.clock.now())
        assert len(app.outbox.send_due(transport(server.port)).sent) == 1
        [received] = server.handler.received
        assert received.rcpt_tos == (CLIENT_CONTACT,)
        text = parsed(received.data).get_body(("plain",)).get_content()
        assert "A print ad takes 12 business days" in text
        assert "is Wednesday 17 March 2027" in text
