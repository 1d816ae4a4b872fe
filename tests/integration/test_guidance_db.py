"""on_project_changed and send_due_reminders against real databases (SQLite and PostgreSQL).

Asserts the rows written: reminder rows (pending/queued/cancelled), guidance
rows, and outbox rows with their recipients and dedupe keys.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select

from intake.app import App
from intake.errors import UsageError
from intake.guidance import confirm_guidance, on_project_changed, send_due_reminders
from intake.storage import unit_of_work
from models import GuidanceMail, Message, OutboundMail, Project, ProjectReminder
from tests.guidance_env import (
    CLIENT_CONTACT,
    MONDAY,
    ZURICH,
    add_project,
    make_app,
    make_config,
)

D = date.fromisoformat
BRIEF_REMINDER = datetime(2027, 3, 15, 9, 0, tzinfo=UTC)  # Mon 10:00 in Zurich (CET)
APPROVAL_REMINDER = datetime(2027, 3, 25, 9, 0, tzinfo=UTC)  # Thu 10:00 in Zurich (CET)


def reminders(app: App, project_id: int) -> dict[str, tuple[str, datetime]]:
    with unit_of_work(app.factory) as session:
        rows = session.scalars(select(ProjectReminder).where(
            ProjectReminder.project_id == project_id).order_by(ProjectReminder.id))
        return {f"{r.milestone}@{r.milestone_date}": (r.status, r.due_at) for r in rows}


def outbox_rows(app: App, kind: str | None = None) -> list[OutboundMail]:
    with unit_of_work(app.factory) as session:
        query = select(OutboundMail).order_by(OutboundMail.id)
        if kind:
            query = query.where(OutboundMail.kind == kind)
        return list(session.scalars(query))


def change(app: App, project_id: int | None = None, **facts: object):  # type: ignore[no-untyped-def]
    """Create (no id) or change a project and tell the planner, in one unit of work."""
    with unit_of_work(app.factory) as session:
        if project_id is None:
            project = add_project(session, **facts)  # type: ignore[arg-type]
        else:
            project = session.get_one(Project, project_id)
            for name, value in facts.items():
                setattr(project, name, value)
        return on_project_changed(session, project, context=app.guidance, now=app.clock.now())


# -- planning -----------------------------------------------------------------------------


def test_feasible_project_gets_one_schedule_mail_and_reminders(engine: Engine) -> None:
    app = make_app(engine)
    outcome = change(app, due=D("2027-03-31"))
    assert outcome.action == "schedule" and outcome.feasible is True
    assert outcome.guidance_status == "queued"
    assert reminders(app, outcome.project_id) == {
        "brief@2027-03-17": ("pending", BRIEF_REMINDER),
        "client approval@2027-03-29": ("pending", APPROVAL_REMINDER),
    }
    [row] = outbox_rows(app)
    assert row.kind == "guidance" and [r.address for r in row.recipients] == [CLIENT_CONTACT]
    assert row.status == "pending"

    again = change(app, outcome.project_id, due_date=D("2027-03-31"))
    assert again.reminders.kept == outcome.reminders.added
    assert again.reminders.added == () and again.reminders.cancelled == ()
    assert len(outbox_rows(app)) == 1  # the same plan is never mailed twice


def test_changed_due_date_replans_and_sends_the_new_schedule(engine: Engine) -> None:
    app = make_app(engine)
    first = change(app, due=D("2027-03-31"))
    moved = change(app, first.project_id, due_date=D("2027-04-02"))
    assert len(moved.reminders.cancelled) == 2 and len(moved.reminders.added) == 2
    assert reminders(app, first.project_id) == {
        "brief@2027-03-17": ("cancelled", BRIEF_REMINDER),
        "client approval@2027-03-29": ("cancelled", APPROVAL_REMINDER),
        "brief@2027-03-19": ("pending", datetime(2027, 3, 17, 9, 0, tzinfo=UTC)),
        "client approval@2027-03-31": ("pending", datetime(2027, 3, 29, 8, 0, tzinfo=UTC)),
    }
    # Saturday 3 April rolls back to Friday 2 April: the same milestones, keys kept
    weekend = change(app, first.project_id, due_date=D("2027-04-03"))
    assert weekend.reminders.cancelled == () and weekend.reminders.added == ()
    assert set(weekend.reminders.kept) == set(moved.reminders.added)

    mails = outbox_rows(app, "guidance")
    assert len(mails) == 3  # one schedule per due date
    calendars = [_ics(m.raw) for m in mails]
    assert [c.count("SEQUENCE:") for c in calendars] == [2, 2, 2]
    assert ["SEQUENCE:0" in calendars[0], "SEQUENCE:1" in calendars[1],
            "SEQUENCE:2" in calendars[2]] == [True, True, True]


def _ics(raw: bytes) -> str:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    [attachment] = list(message.iter_attachments())
    return attachment.get_content()


def test_hold_cancels_pending_reminders_and_resume_brings_them_back(engine: Engine) -> None:
    app = make_app(engine)
    first = change(app, due=D("2027-03-31"))
    held = change(app, first.project_id, status="on_hold")
    assert held.action == "stopped" and held.reason == "project is on_hold"
    assert set(held.reminders.cancelled) == set(first.reminders.added)
    assert {s for s, _ in reminders(app, first.project_id).values()} == {"cancelled"}

    app.clock.advance(timedelta(days=9))  # resumed on Wednesday 10 March
    resumed = change(app, first.project_id, status="active")
    assert resumed.action == "schedule"
    assert set(resumed.reminders.added) == set(first.reminders.added)
    assert {s for s, _ in reminders(app, first.project_id).values()} == {"pending"}
    with unit_of_work(app.factory) as session:  # brought back, not duplicated
        assert session.scalar(select(func.count()).select_from(ProjectReminder)) == 2
    assert len(outbox_rows(app)) == 1  # the client already has this schedule


def test_resumed_after_work_began_is_not_called_infeasible(engine: Engine) -> None:
    app = make_app(engine)
    first = change(app, due=D("2027-03-31"))
    change(app, first.project_id, status="on_hold")
    app.clock.current = datetime(2027, 3, 22, 12, 0, tzinfo=UTC)  # after the start (15 March)
    resumed = change(app, first.project_id, status="active")
    assert resumed.action == "schedule" and resumed.feasible is True
    assert reminders(app, first.project_id)["client approval@2027-03-29"][0] == "pending"
    assert reminders(app, first.project_id)["brief@2027-03-17"][0] == "cancelled"  # past
    assert len(outbox_rows(app)) == 1


def test_cancelled_and_done_projects_cancel_reminders(engine: Engine) -> None:
    app = make_app(engine)
    a = change(app, due=D("2027-03-31"), name="A print ad")
    b = change(app, due=D("2027-03-31"), name="B print ad")
    change(app, a.project_id, status="cancelled")
    change(app, b.project_id, status="done")
    for outcome in (a, b):
        assert {s for s, _ in reminders(app, outcome.project_id).values()} == {"cancelled"}


def test_infeasible_date_is_held_for_the_ae_then_confirmed(engine: Engine) -> None:
    app = make_app(engine)
    outcome = change(app, due=D("2027-03-05"))
    assert outcome.action == "infeasible" and outcome.feasible is False
    assert outcome.guidance_status == "awaiting_confirmation"
    assert outcome.earliest_due == D("2027-03-17")
    assert reminders(app, outcome.project_id) == {}
    assert outbox_rows(app) == []

    assert outcome.guidance_id is not None
    app.clock.advance(timedelta(days=1))  # the AE confirms on Tuesday: one day later still
    with unit_of_work(app.factory) as session:
        row = confirm_guidance(session, outcome.guidance_id, context=app.guidance,
                               now=app.clock.now())
        assert row.status == "queued" and row.earliest_due == D("2027-03-18")
    [mail] = outbox_rows(app)
    assert b"Thursday 18 March 2027" in mail.raw.replace(b"=\r\n", b"").replace(b"=\n", b"")
    with unit_of_work(app.factory) as session, pytest.raises(UsageError):
        confirm_guidance(session, outcome.guidance_id, context=app.guidance, now=app.clock.now())


def test_held_explanation_is_cancelled_when_the_date_moves(engine: Engine) -> None:
    app = make_app(engine)
    outcome = change(app, due=D("2027-03-05"))
    fixed = change(app, outcome.project_id, due_date=D("2027-03-31"))
    assert fixed.action == "schedule"
    with unit_of_work(app.factory) as session:
        held = session.get_one(GuidanceMail, outcome.guidance_id)
        assert held.status == "cancelled" and held.reason == "due date is now 2027-03-31"
        with pytest.raises(UsageError):
            confirm_guidance(session, held.id, context=app.guidance, now=app.clock.now())
    assert [m.kind for m in outbox_rows(app)] == ["guidance"]


def test_auto_send_queues_the_explanation_at_once(engine: Engine) -> None:
    app = make_app(engine, make_config(guidance={"auto_send": True}))
    outcome = change(app, due=D("2027-03-05"))
    assert outcome.guidance_status == "queued"
    [mail] = outbox_rows(app)
    assert b"12 business days" in mail.raw


def test_no_address_means_no_mail(engine: Engine) -> None:
    app = make_app(engine, make_config(contacts=()))
    outcome = change(app, due=D("2027-03-31"))
    assert outcome.guidance_status == "skipped"
    assert outbox_rows(app) == []


def _message(session, kind: str, sender: str, *, reason: str | None = None,  # type: ignore[no-untyped-def]
             original: str | None = None) -> Message:
    message = Message(fingerprint=f"{kind}-{sender}-{original}", raw=b"x", size=1,
                      message_id=f"<{kind}.{len(sender)}@harborfoods.example>",
                      subject="Spring print ad", from_name="Maria Chen", from_email=sender,
                      received_at=MONDAY, kind=kind, reason=reason, original_sender=original,
                      original_name="Jo Client" if original else None)
    session.add(message)
    session.flush()
    return message


@pytest.mark.parametrize(
    ("kind", "sender", "original", "reason", "expected", "threaded"),
    [
        ("client", "jo@harborfoods.example", None, None, "jo@harborfoods.example", True),
        ("client", "ae@agency.example", "jo@harborfoods.example", None,
         "jo@harborfoods.example", False),  # the AE forwarded it: write to the client
        ("ignored", "noreply@harborfoods.example", None, "auto-generated", CLIENT_CONTACT,
         False),  # never an auto-generated sender: fall back to the configured contact
        ("client", "no-reply@harborfoods.example", None, None, CLIENT_CONTACT, False),
    ],
)
def test_recipient_is_the_client_who_wrote_never_a_machine(
    engine: Engine, kind: str, sender: str, original: str | None, reason: str | None,
    expected: str, threaded: bool,
) -> None:
    app = make_app(engine)
    with unit_of_work(app.factory) as session:
        message = _message(session, kind, sender, reason=reason, original=original)
        project = add_project(session, due=D("2027-03-31"))
        project.opened_by_message_pk = message.id
        on_project_changed(session, project, context=app.guidance, now=app.clock.now())
    [mail] = outbox_rows(app)
    assert [r.address for r in mail.recipients] == [expected]
    parsed = BytesParser(policy=policy.default).parsebytes(mail.raw)
    assert (parsed["In-Reply-To"] == message.message_id) is threaded


# -- the reminder job ---------------------------------------------------------------------


def test_reminder_is_queued_at_its_moment_exactly_once(engine: Engine) -> None:
    app = make_app(engine)
    outcome = change(app, due=D("2027-03-31"))
    app.clock.current = BRIEF_REMINDER - timedelta(minutes=1)
    assert send_due_reminders(app.guidance, app.factory) == 0
    app.clock.current = BRIEF_REMINDER
    assert send_due_reminders(app.guidance, app.factory) == 1
    assert send_due_reminders(app.guidance, app.factory) == 0  # a second call finds nothing new
    [mail] = outbox_rows(app, "reminder")
    assert mail.dedupe_key is not None and mail.dedupe_key.startswith("reminder:")
    parsed = BytesParser(policy=policy.default).parsebytes(mail.raw)
    assert parsed["Subject"].strip() == ("Reminder: brief for Spring print ad is due "
                                         "Wednesday 17 March 2027")
    status = reminders(app, outcome.project_id)
    assert status["brief@2027-03-17"][0] == "queued"
    assert status["client approval@2027-03-29"][0] == "pending"

    # a re-plan that keeps the brief's key does not bring the sent reminder back
    change(app, outcome.project_id, status="on_hold")
    change(app, outcome.project_id, status="active")
    assert reminders(app, outcome.project_id)["brief@2027-03-17"][0] == "queued"
    assert send_due_reminders(app.guidance, app.factory) == 0
    assert len(outbox_rows(app, "reminder")) == 1


def test_late_job_waits_for_the_clients_business_hours(engine: Engine) -> None:
    app = make_app(engine)
    outcome = change(app, due=D("2027-03-31"))
    zurich = ZoneInfo(ZURICH)
    # the scheduler was down: it runs at 18:30 in Zurich (13:30 in New York, agency open)
    app.clock.current = datetime(2027, 3, 15, 18, 30, tzinfo=zurich).astimezone(UTC)
    assert send_due_reminders(app.guidance, app.factory) == 0
    app.clock.current = datetime(2027, 3, 16, 8, 59, tzinfo=zurich).astimezone(UTC)
    assert send_due_reminders(app.guidance, app.factory) == 0
    app.clock.current = datetime(2027, 3, 16, 9, 0, tzinfo=zurich).astimezone(UTC)
    assert send_due_reminders(app.guidance, app.factory) == 1
    assert reminders(app, outcome.project_id)["brief@2027-03-17"][0] == "queued"
    [mail] = outbox_rows(app, "reminder")
    assert mail.created_at.astimezone(zurich).hour == 9


def test_reminder_too_late_or_for_a_held_project_is_cancelled_not_sent(engine: Engine) -> None:
    app = make_app(engine)
    outcome = change(app, due=D("2027-03-31"))
    app.clock.current = datetime(2027, 3, 18, 10, 0, tzinfo=UTC)  # brief was due the 17th
    assert send_due_reminders(app.guidance, app.factory) == 0
    with unit_of_work(app.factory) as session:
        row = session.scalars(select(ProjectReminder).where(
            ProjectReminder.milestone == "brief")).one()
        assert row.status == "cancelled" and row.reason.startswith("too late")
        # a project put on hold by someone who did not call on_project_changed
        session.get_one(Project, outcome.project_id).status = "on_hold"
    app.clock.current = APPROVAL_REMINDER
    assert send_due_reminders(app.guidance, app.factory) == 0
    assert reminders(app, outcome.project_id)["client approval@2027-03-29"][0] == "cancelled"
    assert outbox_rows(app, "reminder") == []


def test_two_concurrent_runs_queue_each_reminder_once(engine: Engine) -> None:
    app = make_app(engine)
    for i in range(3):
        change(app, due=D("2027-03-31"), name=f"Print ad {i}")
    app.clock.current = BRIEF_REMINDER
    results: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(send_due_reminders(app.guidance, app.factory))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(results) == 3
    assert len(outbox_rows(app, "reminder")) == 3
