"""Planner rules and guidance mails as pure functions: no database, no server.

Dates are worked by hand from the job type in ``tests.guidance_env`` (12
business days; March 2027 has no US federal holiday; Zurich is UTC+1 until
28 March 2027 and UTC+2 after).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.clock import FixedClock
from intake.guidance.context import GuidanceContext
from intake.guidance.mail import (
    Person,
    Threading,
    compose_infeasible,
    compose_reminder,
    compose_schedule,
    long_date,
    usable_address,
)
from intake.guidance.planner import decide
from models import Project, ProjectReminder
from tests.guidance_env import CLIENT_CONTACT, MONDAY, ZURICH, make_config

D = date.fromisoformat
MARIA = Person("Maria Chen", CLIENT_CONTACT)


def context(guidance: dict[str, object] | None = None) -> GuidanceContext:
    config = make_config(guidance=guidance)
    return GuidanceContext(config, FixedClock(MONDAY),
                           outbox=None)  # type: ignore[arg-type]  # pure tests queue nothing


def project(due: date | None, *, status: str = "active", job_type: str | None = "print ad",
            name: str = "Spring print ad", description: str = "") -> Project:
    return Project(id=7, name=name, job_type=job_type, status=status, due_date=due,
                   description=description)


# -- decide -------------------------------------------------------------------------------


def test_feasible_date_is_worked_back_and_reminds_in_zurich_business_hours() -> None:
    decision = decide(project(D("2027-03-31")), context(), now=MONDAY, client_tz=ZURICH)
    plan = decision.plan
    assert plan is not None and plan.feasible
    assert [(m.name, m.date) for m in plan.milestones] == [
        ("brief", D("2027-03-17")),
        ("first round", D("2027-03-24")),
        ("client approval", D("2027-03-29")),
        ("files to publication", D("2027-03-31")),
    ]
    assert [(r.milestone, r.send_at) for r in decision.reminders] == [
        ("brief", datetime(2027, 3, 15, 9, 0, tzinfo=UTC)),  # Mon 10:00 CET
        ("client approval", datetime(2027, 3, 25, 9, 0, tzinfo=UTC)),  # Thu 10:00 CET
    ]
    for reminder in decision.reminders:
        local = reminder.send_at.astimezone(ZoneInfo(ZURICH))
        assert local.time() == time(10) and local.weekday() < 5
        # 04:00/05:00 in New York: the client's hours count, not the agency's
        assert reminder.send_at.astimezone(ZoneInfo("America/New_York")).hour < 9


def test_reminder_after_the_dst_change_stays_at_ten_local() -> None:
    decision = decide(project(D("2027-04-09")), context(), now=MONDAY, client_tz=ZURICH)
    approval = [r for r in decision.reminders if r.milestone == "client approval"]
    # approval 2027-04-07 (Wed), reminder Mon 5 April 10:00 CEST = 08:00 UTC
    assert approval[0].send_at == datetime(2027, 4, 5, 8, 0, tzinfo=UTC)


def test_infeasible_date_has_no_reminders_and_offers_the_earliest_date() -> None:
    decision = decide(project(D("2027-03-05")), context(), now=MONDAY, client_tz=ZURICH)
    plan = decision.plan
    assert plan is not None and not plan.feasible
    assert decision.reminders == ()
    # forward from Monday 1 March: 2 + 5 + 3 + 2 business days
    assert plan.earliest_due == D("2027-03-17")
    assert decision.reason == "due date is 8 business days short"


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        ({"status": "on_hold"}, "project is on_hold"),
        ({"status": "cancelled"}, "project is cancelled"),
        ({"status": "done"}, "project is done"),
        ({"due": None}, "no due date"),
        ({"job_type": "billboard"}, "unknown job type 'billboard'"),
        ({"job_type": None, "name": "Website refresh"}, "no job type"),
    ],
)
def test_no_plan_and_why(facts: dict[str, object], reason: str) -> None:
    args: dict[str, object] = {"due": D("2027-03-31")} | facts
    due = args.pop("due")
    decision = decide(project(due, **args), context(), now=MONDAY,  # type: ignore[arg-type]
                      client_tz=ZURICH)
    assert decision.plan is None and decision.reminders == ()
    assert decision.reason == reason


def test_job_type_is_recognised_from_the_project_words_and_any_case() -> None:
    by_words = decide(project(D("2027-03-31"), job_type=None, name="Magazine ad for May"),
                      context(), now=MONDAY, client_tz=ZURICH)
    by_name = decide(project(D("2027-03-31"), job_type="Print Ad"), context(), now=MONDAY,
                     client_tz=ZURICH)
    assert by_words.plan is not None and by_words.plan.job_type.name == "print ad"
    assert by_name.plan is not None and by_name.plan.job_type.name == "print ad"


def test_lead_and_send_time_from_guidance_settings() -> None:
    ctx = context({"lead_business_days": 1, "send_at": "16:30"})
    decision = decide(project(D("2027-03-31")), ctx, now=MONDAY, client_tz=ZURICH)
    # brief 17 March -> Tuesday 16 March 16:30 CET
    assert decision.reminders[0].send_at == datetime(2027, 3, 16, 15, 30, tzinfo=UTC)


def test_reminders_already_past_are_not_planned() -> None:
    # due Fri 16 April: brief Fri 2 April (reminder Wed 31 March 10:00 CEST = 08:00 UTC),
    # approval Wed 14 April; work starts Wed 31 March, today: still feasible
    later = datetime(2027, 3, 31, 12, 0, tzinfo=UTC)
    decision = decide(project(D("2027-04-16")), context(), now=later, client_tz=ZURICH)
    assert decision.plan is not None and decision.plan.feasible
    assert all(r.send_at > later for r in decision.reminders)
    assert [r.milestone for r in decision.reminders] == ["client approval"]


# -- mails --------------------------------------------------------------------------------


def parse(raw: bytes):  # type: ignore[no-untyped-def]
    return BytesParser(policy=policy.default).parsebytes(raw)


def test_schedule_mail_lists_client_dates_and_attaches_a_parseable_ics() -> None:
    ctx = context()
    decision = decide(project(D("2027-03-31")), ctx, now=MONDAY, client_tz=ZURICH)
    assert decision.plan is not None
    mail = compose_schedule(ctx, project(D("2027-03-31")), decision.plan, MARIA,
                            Threading("<a@harborfoods.example>", ("<a@harborfoods.example>",)),
                            client_tz=ZURICH, sequence=1)
    message = parse(mail.raw)
    assert mail.recipients == (CLIENT_CONTACT,)
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert message["Reply-To"] == "ae@agency.example"
    assert message["In-Reply-To"] == "<a@harborfoods.example>"
    text = message.get_body(("plain",)).get_content()
    assert "Hello Maria," in text
    assert "- brief: by the end of business on Wednesday 17 March 2027" in text
    assert "- client approval: by the end of business on Monday 29 March 2027" in text
    assert "2 business days before each of your dates" in text
    html = message.get_body(("html",)).get_content()
    assert "<strong>Wednesday 31 March 2027</strong>" in html

    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "schedule.ics"
    calendar = icalendar.Calendar.from_ical(attachment.get_content())
    events = [c for c in calendar.walk("VEVENT")]
    assert [(str(e["summary"]), e.decoded("dtstart")) for e in events] == [
        ("Spring print ad: brief", D("2027-03-17")),
        ("Spring print ad: client approval", D("2027-03-29")),
    ]
    assert all(int(e["sequence"]) == 1 for e in events)


def test_infeasible_mail_explains_the_time_needed_and_the_earliest_date() -> None:
    ctx = context()
    decision = decide(project(D("2027-03-05")), ctx, now=MONDAY, client_tz=ZURICH)
    assert decision.plan is not None
    mail = compose_infeasible(ctx, project(D("2027-03-05")), decision.plan, MARIA, Threading())
    message = parse(mail.raw)
    text = message.get_body(("plain",)).get_content()
    assert "A print ad takes 12 business days" in text
    assert "Friday 5 March 2027 is 8 business days too soon" in text
    assert "The earliest date we can deliver, starting now, is Wednesday 17 March 2027" in text
    assert "- first round: 5 business days, by Wednesday 10 March 2027 (us)" in text
    assert list(message.iter_attachments()) == []
    assert message["In-Reply-To"] is None


def test_client_text_is_data_in_bodies_and_cannot_add_headers() -> None:
    ctx = context()
    name = "Ad {{ 7*7 }} <b>x</b>\r\nBcc: evil@example.com =?utf-8?q?=0D=0ACc:_a@evil.example?="
    p = project(D("2027-03-31"), name=name)
    decision = decide(p, ctx, now=MONDAY, client_tz=ZURICH)
    assert decision.plan is not None
    mail = compose_schedule(ctx, p, decision.plan, Person("Eve\r\nBcc: x@evil.example",
                            CLIENT_CONTACT), Threading(), client_tz=ZURICH, sequence=0)
    message = parse(mail.raw)
    assert mail.recipients == (CLIENT_CONTACT,)
    assert message["Bcc"] is None and message["Cc"] is None
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html


def test_reminder_mail() -> None:
    ctx = context()
    row = ProjectReminder(milestone="client approval", milestone_date=D("2027-03-29"),
                          key="k", due_at=MONDAY + timedelta(days=24), client_tz=ZURICH)
    mail = compose_reminder(ctx, project(D("2027-03-31")), row, Person("", CLIENT_CONTACT),
                            Threading())
    message = parse(mail.raw)
    assert mail.kind == "reminder"
    # the email package folds a long Subject right after the colon; readers unfold it
    assert message["Subject"].strip() == ("Reminder: client approval for Spring print ad is due "
                                  "Monday 29 March 2027")
    assert "Hello there," in message.get_body(("plain",)).get_content()


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("maria@harborfoods.example", True),
        ("noreply@harborfoods.example", False),
        ("no-reply@harborfoods.example", False),
        ("MAILER-DAEMON@harborfoods.example", False),
        ("ae@agency.example", False),
        ("someone@agency.example", False),
        ("not-an-address", False),
    ],
)
def test_usable_address(address: str, ok: bool) -> None:
    assert usable_address(address, context()) is ok


def test_long_date_names_the_weekday_and_month() -> None:
    assert long_date(D("2027-03-05")) == "Friday 5 March 2027"


# -- properties ---------------------------------------------------------------------------

ZONES = ["Europe/Zurich", "America/New_York", "Asia/Tokyo", "Australia/Sydney",
         "America/Los_Angeles", "Pacific/Auckland"]
CONTEXT = context()


@settings(max_examples=150, deadline=None)
@given(
    due=st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)),
    days_before=st.integers(min_value=0, max_value=120),
    hour=st.integers(min_value=0, max_value=23),
    tz=st.sampled_from(ZONES),
)
def test_every_reminder_is_in_the_clients_business_hours_and_before_its_milestone(
    due: date, days_before: int, hour: int, tz: str
) -> None:
    now = datetime.combine(due - timedelta(days=days_before), time(hour), tzinfo=UTC)
    decision = decide(project(due), CONTEXT, now=now, client_tz=tz)
    assert CONTEXT.schedule is not None
    calendar = CONTEXT.schedule.calendar
    if decision.plan is None or not decision.plan.feasible:
        assert decision.reminders == ()
        return
    client_milestones = {m.name: m.date for m in decision.plan.client_milestones}
    for reminder in decision.reminders:
        local = reminder.send_at.astimezone(ZoneInfo(tz))
        assert reminder.send_at > now
        assert local.time() == time(10)
        assert calendar.is_business_day(local.date())
        assert calendar.next_business_moment(reminder.send_at, tz) == reminder.send_at
        assert local.date() < client_milestones[reminder.milestone]
        assert calendar.business_days_between(local.date(), reminder.milestone_date) == 2
