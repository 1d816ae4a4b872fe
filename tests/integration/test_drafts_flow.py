"""Drafts on real databases (SQLite and PostgreSQL): client mail -> drafts -> AE reply -> relay.

Messages go through the real pipeline; mail leaves through the real outbox
into a RecordingTransport, so every assertion is on stored rows or on the
exact mail bytes a server would receive.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from intake.drafts.mails import CHECK_BELOW
from intake.drafts.tokens import TOKEN_LENGTH
from intake.sources import MailLocation, RawMail
from intake.storage import unit_of_work
from models import ChangeLedgerEntry, DraftToken, Mention, Project
from tests.integration.apps import AE
from tests.integration.drafts_support import (
    CLIENT_BRIEF,
    CLIENT_CHANGE,
    COORDINATOR,
    TRAFFIC,
    ae_reply,
    body_text,
    client_message,
    make_rig,
    reply_address,
    to_of,
)


def test_a_brief_becomes_a_project_a_ccr_and_a_draft_mail(engine: Engine) -> None:
    rig = make_rig(engine)
    brief = client_message("Spring Catch launch", CLIENT_BRIEF)
    assert rig.deliver(brief).status == "stored"

    [ccr] = rig.drafts()
    assert (ccr.kind, ccr.status, ccr.version) == ("ccr", "draft", 1)
    assert ccr.budget == Decimal("25000.00") and ccr.due_date == date(2027, 3, 3)
    kinds = [f["kind"] for f in ccr.facts]
    assert {"objective", "budget", "requirement", "due_date"} <= set(kinds)
    assert all(f["sentence"] for f in ccr.facts)
    with rig.app.factory() as session:
        project = session.get(Project, ccr.project_id)
        assert project is not None and project.name == "Spring Catch launch"
        assert project.original_budget == Decimal("25000.00")
        assert project.original_due_date == date(2027, 3, 3)

    [mail] = rig.send()
    assert to_of(mail) == {AE}
    assert mail["From"].addresses[0].addr_spec == "intake@agency.example"
    assert "Spring Catch launch" in mail["Subject"]
    assert mail["In-Reply-To"] == brief["Message-ID"]
    assert brief["Message-ID"] in mail["References"]
    local, _, domain = reply_address(mail).partition("@")
    token = local.partition("+")[2]
    assert local.startswith("intake+") and domain == "agency.example"
    assert len(token) == TOKEN_LENGTH
    text = body_text(mail)
    assert f"intake-token: {token}" in text
    assert "Our budget is $25,000." in text  # the client's sentence
    assert mail.get_body(preferencelist=("html",)) is not None


def test_old_mail_from_a_first_sync_is_understood_but_not_drafted(engine: Engine) -> None:
    """A mailbox's history must not bury the AE in drafts: only mail within max_age_days."""
    rig = make_rig(engine, drafts={"max_age_days": 14})
    now = rig.app.clock.now()
    old = client_message("Last year's brief", CLIENT_BRIEF, when=now - timedelta(days=15))
    recent = client_message("This week's brief", CLIENT_BRIEF, when=now - timedelta(days=13))
    assert rig.deliver(old).status == "stored"
    assert rig.drafts() == []
    assert rig.count(Mention) > 0  # still understood: mentions are stored
    assert rig.deliver(recent).status == "stored"
    assert [d.kind for d in rig.drafts()] == ["ccr"]


def test_confirm_relays_to_traffic_and_coordinator_and_acknowledges(engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [draft_mail] = rig.send()

    reply = ae_reply(draft_mail, "Confirm, thanks!")
    assert rig.deliver(reply).status == "stored"
    [ccr] = rig.drafts()
    assert ccr.status == "confirmed" and ccr.decided_by == AE and ccr.decided_at is not None

    sent = rig.send()
    by_kind = {m["X-Intake-Outbound"]: m for m in sent}
    assert set(by_kind) == {"relay", "draft-ack"}
    relay = by_kind["relay"]
    assert to_of(relay) == {TRAFFIC, COORDINATOR}
    relay_text = body_text(relay)
    assert "> Our budget is $25,000." in relay_text  # the client's own words, quoted
    assert "original budget USD 25,000.00" in relay_text
    ack = by_kind["draft-ack"]
    assert to_of(ack) == {AE} and ack["In-Reply-To"] == reply["Message-ID"]
    with rig.app.factory() as session:
        [token] = session.scalars(select(DraftToken)).all()
        assert token.used_at is not None


def test_reject_with_a_reason(engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [draft_mail] = rig.send()
    rig.deliver(ae_reply(draft_mail, "Reject - wrong client"))
    [ccr] = rig.drafts()
    assert ccr.status == "rejected"
    assert ccr.decision_reason and "wrong client" in ccr.decision_reason
    [ack] = rig.send()
    assert ack["X-Intake-Outbound"] == "draft-ack" and "wrong client" in body_text(ack)


def test_a_change_order_updates_the_project_and_its_ledger_when_confirmed(engine: Engine) -> None:
    rig = make_rig(engine)
    brief = client_message("Spring Catch launch", CLIENT_BRIEF)
    rig.deliver(brief)
    [ccr_mail] = rig.send()
    rig.deliver(ae_reply(ccr_mail, "confirm"))
    rig.send()

    change = client_message("Re: Spring Catch launch", CLIENT_CHANGE, reply_to=brief)
    rig.deliver(change)
    drafts = rig.drafts()
    [order] = [d for d in drafts if d.kind == "change_order"]
    assert order.project_id == drafts[0].project_id  # attached by thread
    assert order.due_date == date(2027, 3, 10)
    assert order.impact["due"] == {"before": "2027-03-03", "after": "2027-03-10"}
    assert "move" in order.description.lower()
    [order_mail] = [m for m in rig.send() if "change order" in m["Subject"]]
    assert "Due date: 2027-03-03 -> 2027-03-10" in body_text(order_mail)

    rig.deliver(ae_reply(order_mail, "confirm"))
    assert rig.draft(order.id).status == "confirmed"
    with rig.app.factory() as session:
        project = session.get(Project, order.project_id)
        assert project is not None
        assert project.due_date == date(2027, 3, 10)
        assert project.original_due_date == date(2027, 3, 3)
        [entry] = session.scalars(select(ChangeLedgerEntry)).all()
        assert (entry.due_before, entry.due_after) == (date(2027, 3, 3), date(2027, 3, 10))
    relay = next(m for m in rig.send() if m["X-Intake-Outbound"] == "relay")
    assert "2027-03-03 -> 2027-03-10" in body_text(relay)
    assert "> Please move the Spring Catch launch" in body_text(relay)


def test_edit_makes_a_new_version_with_a_new_token_and_a_diff(engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [v1_mail] = rig.send()
    rig.deliver(ae_reply(v1_mail, "edit\nbudget: $27,500\ndue: 2027-03-12"))

    [ccr] = rig.drafts()
    assert (ccr.status, ccr.version) == ("draft", 2)
    assert ccr.budget == Decimal("27500") and ccr.due_date == date(2027, 3, 12)
    assert [v.number for v in ccr.versions] == [1, 2]
    assert {d["field"] for d in ccr.versions[1].diff} == {"budget", "due_date"}
    [v2_mail] = rig.send()
    assert [v.mail_message_id for v in rig.draft(ccr.id).versions] == [
        v1_mail["Message-ID"].strip("<>"), v2_mail["Message-ID"].strip("<>")]
    assert reply_address(v2_mail) != reply_address(v1_mail)
    assert "v2" in v2_mail["Subject"]
    assert "budget: 25000.00 -> 27500.00" in body_text(v2_mail)

    rig.deliver(ae_reply(v2_mail, "confirm"))
    assert rig.draft(ccr.id).status == "confirmed"


def test_move_to_another_project_and_send_to_client(engine: Engine) -> None:
    rig = make_rig(engine)
    brief = client_message("Spring Catch launch", CLIENT_BRIEF)
    rig.deliver(brief)
    [v1_mail] = rig.send()
    rig.deliver(ae_reply(v1_mail, "move to Summer Grill"))
    [ccr] = rig.drafts()
    assert ccr.version == 2
    with rig.app.factory() as session:
        project = session.get(Project, ccr.project_id)
        assert project is not None and project.name == "Summer Grill"
    [v2_mail] = rig.send()
    assert "Project: Summer Grill" in body_text(v2_mail)

    rig.deliver(ae_reply(v2_mail, "send to client"))
    assert rig.draft(ccr.id).status == "confirmed"
    sent = {m["X-Intake-Outbound"]: m for m in rig.send()}
    recap = sent["client-recap"]
    assert to_of(recap) == {"maria@harborfoods.example"}
    assert recap["In-Reply-To"] == brief["Message-ID"]
    assert recap["From"].addresses[0].addr_spec == AE
    assert "USD 25,000.00" in body_text(recap)
    assert "relay" in sent and "draft-ack" in sent


def test_mail_without_new_facts_makes_no_draft(engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Lunch", "Hi Dana, thanks for lunch yesterday! Maria"))
    assert rig.drafts() == []
    assert rig.send() == []


def test_a_named_project_in_a_new_conversation_is_found_by_mention(engine: Engine) -> None:
    """The second mail names the project: its new facts join the project's open CCR."""
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch", CLIENT_BRIEF))
    rig.deliver(client_message(
        "Quick note", "For Spring Catch, all posters must be printed on recycled paper.\n"
                      "Our budget for printing is $3,000."))
    [ccr] = rig.drafts()
    assert rig.count(Project) == 1
    assert (ccr.kind, ccr.version) == ("ccr", 2)
    assert any("recycled paper" in f["sentence"] for f in ccr.facts)


def test_a_later_mail_updates_the_open_ccr_instead_of_a_second_one(engine: Engine) -> None:
    rig = make_rig(engine)
    brief = client_message("Spring Catch launch", CLIENT_BRIEF)
    rig.deliver(brief)
    [v1] = rig.send()
    rig.deliver(client_message("Re: Spring Catch launch",
                               "One more thing: the budget is now $30,000.", reply_to=brief))
    [ccr] = rig.drafts()
    assert (ccr.status, ccr.version) == ("draft", 2)
    sentences = [f["sentence"] for f in ccr.facts]
    assert "Our budget is $25,000." in sentences
    assert any("$30,000" in s for s in sentences)
    assert ccr.budget == Decimal("30000.00")
    [v2] = rig.send()
    assert "v2" in v2["Subject"] and "now version 2" in v2.get_body(("plain",)).get_content()
    # The same facts again make no draft mail at all.
    rig.deliver(client_message("Re: Spring Catch launch",
                               "As said, the budget is now $30,000.", reply_to=brief))
    assert rig.send() == []
    # The first mail's token is stale now: the refusal names the version to answer.
    rig.deliver(ae_reply(v1, "confirm"))
    [notice] = rig.send()
    assert "now at version 2" in notice.get_body(("plain",)).get_content()
    assert rig.drafts()[0].status == "draft"


def test_two_copies_of_a_reply_at_once_decide_exactly_once(engine: Engine) -> None:
    """The second transaction waits for the first; then it finds the token used (or the draft
    decided) and records a refusal instead of deciding again."""
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [draft_mail] = rig.send()
    first, second = ae_reply(draft_mail, "confirm"), ae_reply(draft_mail, "confirm")
    outcomes: list[str] = []
    with unit_of_work(rig.app.factory) as session:
        outcomes.append(rig.app.pipeline.process(
            session, RawMail(MailLocation("intake", "INBOX", 1, 101), first.as_bytes())).status)
        other = threading.Thread(target=lambda: outcomes.append(rig.deliver(second).status))
        other.start()
        other.join(timeout=1.0)
        assert other.is_alive()  # blocked behind the first transaction
    other.join(timeout=30)
    assert outcomes == ["stored", "stored"]
    assert rig.draft(1).status == "confirmed"
    assert [r[1] for r in rig.refusals()] in (["replayed"], ["decided"])
    kinds = sorted(m["X-Intake-Outbound"] for m in rig.send())
    assert kinds == ["draft-ack", "draft-refused", "relay"]


def test_a_reply_to_the_stripped_intake_address_uses_the_token_in_the_quote(
    engine: Engine,
) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [draft_mail] = rig.send()
    rig.deliver(ae_reply(draft_mail, "confirm", to="intake@agency.example"))
    assert rig.draft(1).status == "confirmed"
    assert rig.refusals() == []


def test_project_changes_are_reported_to_the_project_changed_seam(engine: Engine) -> None:
    seen: list[tuple[str, str | None]] = []

    def changed(session: Session, project: Project) -> None:
        seen.append((project.name, project.due_date.isoformat() if project.due_date else None))

    rig = make_rig(engine, project_changed=changed)
    brief = client_message("Spring Catch launch", CLIENT_BRIEF)
    rig.deliver(brief)
    assert seen == [("Spring Catch launch", "2027-03-03")]  # opened by the brief
    rig.send()
    rig.deliver(client_message("Re: Spring Catch launch", CLIENT_CHANGE, reply_to=brief))
    assert len(seen) == 1  # a draft changes nothing yet
    [order_mail] = rig.send()
    rig.deliver(ae_reply(order_mail, "confirm"))
    assert seen[-1] == ("Spring Catch launch", "2027-03-10")


def test_a_weakly_read_fact_is_shown_as_please_check_and_a_firm_one_as_fact(
        engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message(
        "Harbour signage", "Hi Dana,\n\nA few brand rules from corporate: the logo always "
        "sits on white. The boards go up by March 3.\n\nMaria"))
    [ccr] = rig.drafts()
    confidence = {f["kind"]: f["confidence"] for f in ccr.facts}
    assert confidence["requirement"] < CHECK_BELOW <= confidence["due_date"]
    [mail] = rig.send()
    lines = body_text(mail).splitlines()
    rule = next(line for line in lines if line.strip().startswith("- Requirement"))
    due = next(line for line in lines if line.strip().startswith("- Due"))
    assert "(please check)" in rule and "please check" not in due
    html = mail.get_body(preferencelist=("html",))
    assert html is not None and html.get_content().count("(please check)") == 1
