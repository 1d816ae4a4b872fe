"""Approval reminders (after N business days, in business hours, at most M times, stopped by
any reply from an approver) and a proof sent to a supplier before the client approved it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from intake.approvals.reminders import queue_approval_reminders
from models import ApprovalRound
from tests.integration.drafts_support import DraftsRig, make_rig, to_of
from tests.integration.test_approvals_e2e import MARIA, proof, reply

TUESDAY = datetime(2027, 1, 12, 15, 0, tzinfo=UTC)  # 10:00 in New York


def rig(engine: Engine, **approvals: object) -> DraftsRig:
    made = make_rig(engine, tables={"approvals": {"remind_after_business_days": 2,
                                                  "max_reminders": 2, **approvals}})
    made.app.clock.current = TUESDAY  # type: ignore[attr-defined]
    return made


def at(made: DraftsRig, when: datetime) -> int:
    made.app.clock.current = when  # type: ignore[attr-defined]
    return queue_approval_reminders(made.app)


def test_reminders_wait_business_days_stay_in_hours_and_stop_at_the_maximum(
        engine: Engine) -> None:
    made = rig(engine)
    sent = proof("poster-v1.pdf", b"%PDF-1.4 one", when=TUESDAY)
    made.deliver(sent.as_bytes(), folder="Sent")
    assert at(made, TUESDAY + timedelta(days=1)) == 0  # one business day
    assert at(made, datetime(2027, 1, 14, 3, 0, tzinfo=UTC)) == 0  # two, but 22:00 in NY
    assert at(made, datetime(2027, 1, 14, 15, 0, tzinfo=UTC)) == 1  # Thursday 10:00
    assert at(made, datetime(2027, 1, 14, 16, 0, tzinfo=UTC)) == 0  # just reminded
    assert at(made, datetime(2027, 1, 16, 15, 0, tzinfo=UTC)) == 0  # Saturday
    assert at(made, datetime(2027, 1, 18, 15, 0, tzinfo=UTC)) == 1  # Monday: Fri, Mon
    assert at(made, datetime(2027, 1, 20, 15, 0, tzinfo=UTC)) == 0  # the maximum was 2
    reminders = [m for m in made.send() if m["Subject"].startswith("Waiting for your approval")]
    assert len(reminders) == 2
    assert to_of(reminders[0]) == {"maria@harborfoods.example", "tom@harborfoods.example"}
    assert reminders[0]["In-Reply-To"] == sent["Message-ID"]
    assert "poster-v1.pdf" in reminders[0].get_body(("plain",)).get_content()


def test_any_reply_from_an_approver_stops_the_reminders(engine: Engine) -> None:
    made = rig(engine)
    sent = proof("poster-v1.pdf", b"%PDF-1.4 one", when=TUESDAY)
    made.deliver(sent.as_bytes(), folder="Sent")
    made.deliver(reply(MARIA, "Will look at it on Monday.", sent,
                       when=TUESDAY + timedelta(hours=1)).as_bytes())
    assert at(made, datetime(2027, 1, 14, 15, 0, tzinfo=UTC)) == 0
    with made.app.factory() as session:
        [rnd] = session.scalars(select(ApprovalRound)).all()
        assert rnd.status == "pending" and rnd.replied_at is not None


def test_a_proof_sent_to_a_supplier_before_approval_is_flagged_at_once(engine: Engine) -> None:
    made = rig(engine, suppliers=["orders@printer.example"])
    sent = proof("poster-v1.pdf", b"%PDF-1.4 one", when=TUESDAY)
    made.deliver(sent.as_bytes(), folder="Sent")
    made.send()
    to_printer = proof("poster-v1.pdf", b"%PDF-1.4 one", subject="Print order",
                       when=TUESDAY + timedelta(hours=2))
    to_printer.replace_header("To", "orders@printer.example")
    del to_printer["Cc"]
    made.deliver(to_printer.as_bytes(), folder="Sent")
    [notice] = made.send()
    assert to_of(notice) == {"ae@agency.example"}
    assert "before the client approved it" in notice["Subject"]
    assert "poster-v1.pdf" in notice.get_body(("plain",)).get_content()
    # Once the client approves, the same file to the printer is no news.
    made.deliver(reply(MARIA, "Approved!", sent, when=TUESDAY + timedelta(hours=3)).as_bytes())
    again = proof("poster-v1.pdf", b"%PDF-1.4 one", subject="Print order, again",
                  when=TUESDAY + timedelta(hours=4))
    again.replace_header("To", "orders@printer.example")
    del again["Cc"]
    made.deliver(again.as_bytes(), folder="Sent")
    assert made.send() == []


def test_the_digest_tells_the_ae_of_a_decision(engine: Engine) -> None:
    from intake.today import build_today

    made = rig(engine)
    sent = proof("poster-v1.pdf", b"%PDF-1.4 one", when=TUESDAY)
    made.deliver(sent.as_bytes(), folder="Sent")
    made.deliver(reply(MARIA, "Approved with one change: please make the logo bigger.", sent,
                       when=TUESDAY + timedelta(hours=1)).as_bytes())
    with made.app.factory() as session:
        facts = build_today(session, made.app.config, TUESDAY + timedelta(hours=2),
                            since=TUESDAY - timedelta(hours=1)).section("new_facts")
    [decision] = [f for f in facts if f.label.startswith("Proof round")]
    assert decision.label == ("Proof round 1 (poster-v1.pdf): approved with changes by "
                              "maria@harborfoods.example")
    assert "logo bigger" in (decision.evidence or "")


def test_pending_proofs_are_in_the_nightly_report(engine: Engine) -> None:
    from intake.report import unanswered_report
    from intake.report_mail import compose_report, report_recipients

    made = rig(engine)
    made.deliver(proof("poster-v1.pdf", b"%PDF-1.4 one", when=TUESDAY).as_bytes(),
                 folder="Sent")
    evening = TUESDAY + timedelta(hours=8)
    with made.app.factory() as session:
        report = unanswered_report(session, made.app.config, evening)
    assert [(c, w) for c, w, _ in report.pending_proofs] == [
        ("Harbor Foods", "round 1: poster-v1.pdf")]
    mail = compose_report(report, made.app.config, clock=made.app.clock,
                          recipients=report_recipients(made.app.config))
    assert b"Proofs waiting for the client's approval (1)" in mail.raw


def test_a_proof_in_a_new_thread_belongs_to_the_project_its_file_names(engine: Engine) -> None:
    from tests.integration.drafts_support import CLIENT_BRIEF, client_message

    made = rig(engine)
    made.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))  # opens the project
    made.deliver(proof("spring-catch-launch-poster-v1.pdf", b"%PDF-1.4", subject="Poster",
                       when=TUESDAY).as_bytes(), folder="Sent")
    made.deliver(proof("autumn-poster.pdf", b"%PDF-1.4 other", subject="Another poster",
                       when=TUESDAY).as_bytes(), folder="Sent")
    with made.app.factory() as session:
        rounds = session.scalars(select(ApprovalRound).order_by(ApprovalRound.id)).all()
        from models import Project

        named = session.scalars(select(Project.name).where(Project.id == rounds[0].project_id))
        assert list(named) == ["Spring Catch launch"]
        assert rounds[1].project_id is None  # names no project: left for the AE
