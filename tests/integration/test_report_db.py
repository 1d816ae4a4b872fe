"""The unanswered report over real stored mail, on SQLite and PostgreSQL.

Mail goes through the real pipeline (parse, classify, thread, extract), so
the rules see the same ``new_text``, kinds, threads and mentions as in use.
"Now" is Tuesday 19 January 2027, 10:00 in New York: the day after Martin
Luther King Jr. Day (a US holiday), after a weekend.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from intake.report import unanswered_report
from tests.integration.report_support import (
    AE,
    mail,
    make_report_app,
    ny,
    report_config,
    store,
)

NOW = ny(2027, 1, 19, 10)
MARIA = "Maria Chen <maria@harborfoods.example>"
LI = "Li Wei <li@northwindbank.example>"


@pytest.fixture
def app(engine: Engine):  # type: ignore[no-untyped-def]
    application = make_report_app(engine, report_config(), NOW)
    yield application


def _report(app):  # type: ignore[no-untyped-def]
    with app.factory() as session:
        return unanswered_report(session, app.config, app.clock.now())


def test_rules_grouping_and_business_hour_ages(app) -> None:  # type: ignore[no-untyped-def]
    # Answered: the AE's reply is in the Sent folder, an hour later.
    answered = mail(MARIA, AE, "Proofs", "Can you send the proofs today?", ny(2027, 1, 13, 10))
    store(app, answered)
    store(app, mail(AE, "maria@harborfoods.example", "Re: Proofs", "Attached.",
                    ny(2027, 1, 13, 11), parent=answered), folder="Sent")
    # Waiting since Friday 16:00: 1 h Friday, weekend, holiday Monday, 1 h Tuesday = 2 h.
    waiting = mail(MARIA, AE, "Banner sizes",
                   "Hi Dana,\n\nCould the banner be 300x250 instead?\nWe need it soon.\n\nMaria",
                   ny(2027, 1, 15, 16))
    # Thanks-only after the AE sent files.
    files = mail(AE, "maria@harborfoods.example", "Final files", "Here are the files.",
                 ny(2027, 1, 14, 9))
    thanks = mail(MARIA, AE, "Re: Final files",
                  "Thanks so much!\n\nMaria Chen\nMarketing Director | Harbor Foods\n+1 555 0100",
                  ny(2027, 1, 14, 10), parent=files)
    # The client owes the reply: the AE asked, the client will come back.
    question = mail(AE, "maria@harborfoods.example", "Copy approval",
                    "Do you approve the headline?", ny(2027, 1, 14, 11))
    owes = mail(MARIA, AE, "Re: Copy approval",
                "Let me check with the team and I'll get back to you tomorrow.",
                ny(2027, 1, 14, 12), parent=question)
    # Auto-generated mail from the client's domain is never client mail.
    auto = mail(MARIA, AE, "Automatic reply: Banner", "I am out of the office until Monday.",
                ny(2027, 1, 15, 17), headers={"Auto-Submitted": "auto-replied"})
    # The latest message in the thread is the AE's question: nothing waits there.
    asked = mail(MARIA, AE, "Spring launch", "When can we see a draft?", ny(2027, 1, 12, 9))
    ae_question = mail(AE, "maria@harborfoods.example", "Re: Spring launch",
                       "Friday. Which photo do you prefer?", ny(2027, 1, 12, 10), parent=asked)
    # Northwind waits longer (Thursday 10:00): 7 h + 8 h + 1 h = 16 h, so it comes first.
    northwind = mail(LI, AE, "Rate sheet", "Please send the updated rate sheet.",
                     ny(2027, 1, 14, 10))
    store(app, waiting, files, thanks, question, owes, auto, asked, ae_question, northwind)

    report = _report(app)

    assert [g.client for g in report.groups] == ["Northwind Bank", "Harbor Foods"]
    assert [m.subject for m in report.groups[0].mails] == ["Rate sheet"]
    assert [m.subject for m in report.groups[1].mails] == ["Banner sizes"]
    banner = report.groups[1].mails[0]
    assert banner.age_business_hours == pytest.approx(2.0)
    assert report.groups[0].mails[0].age_business_hours == pytest.approx(16.0)
    assert banner.sender == "maria@harborfoods.example"
    assert banner.sender_name == "Maria Chen"
    assert banner.first_lines[:2] == ("Could the banner be 300x250 instead?", "We need it soon.")
    assert report.left_out["thanks_only"] == 1
    assert report.left_out["client_owes_reply"] == 1
    row = banner.as_json()
    for key in ("message_id", "client", "from", "subject", "received_at", "age_business_hours"):
        assert key in row
    assert row["message_id"] == waiting["Message-ID"].strip("<>")
    assert row["received_at"].startswith("2027-01-15T21:00:00")


def test_age_without_a_holiday_calendar_counts_monday(engine: Engine) -> None:
    app = make_report_app(engine, report_config(schedule=False), NOW)
    store(app, mail(MARIA, AE, "Banner", "Can we change the banner?", ny(2027, 1, 15, 16)))
    (only,) = _report(app).mails
    assert only.age_business_hours == pytest.approx(1 + 8 + 1)  # Friday, Monday, Tuesday


def test_two_mails_of_one_client_oldest_first(app) -> None:  # type: ignore[no-untyped-def]
    newer = mail(MARIA, AE, "Second", "Can you call me?", ny(2027, 1, 18, 9))
    older = mail(MARIA, AE, "First", "Can you check the budget?", ny(2027, 1, 11, 9))
    store(app, newer, older)
    (group,) = _report(app).groups
    assert [m.subject for m in group.mails] == ["First", "Second"]
    assert group.mails[0].age_business_hours > group.mails[1].age_business_hours


def test_due_dates_of_the_thread_are_at_stake(app) -> None:  # type: ignore[no-untyped-def]
    first = mail(MARIA, AE, "Catalogue", "The catalogue must be at the printer by March 3, 2027.",
                 ny(2027, 1, 12, 9))
    reply = mail(AE, "maria@harborfoods.example", "Re: Catalogue", "Noted, thank you.",
                 ny(2027, 1, 12, 10), parent=first)
    follow_up = mail(MARIA, AE, "Re: Catalogue", "Can the cover be matte?", ny(2027, 1, 13, 9),
                     parent=reply)
    store(app, first, reply, follow_up)
    (waiting,) = _report(app).mails
    assert waiting.subject == "Re: Catalogue"
    assert date(2027, 3, 3) in waiting.due_dates


def test_a_later_ae_mail_in_another_thread_does_not_answer(app) -> None:  # type: ignore[no-untyped-def]
    store(app,
          mail(MARIA, AE, "Budget", "Can we raise the budget?", ny(2027, 1, 13, 9)),
          mail(AE, "maria@harborfoods.example", "Invoice", "Invoice attached.",
               ny(2027, 1, 14, 9)))
    assert [m.subject for m in _report(app).mails] == ["Budget"]


def test_lookback_days_limits_the_window(engine: Engine) -> None:
    app = make_report_app(engine, report_config(report={"lookback_days": 5}), NOW)
    store(app,
          mail(MARIA, AE, "Old", "Can you call me?", ny(2026, 12, 1, 9)),
          mail(MARIA, AE, "Recent", "Can you call me?", ny(2027, 1, 18, 9)))
    assert [m.subject for m in _report(app).mails] == ["Recent"]
