"""Drafts an AE wants to receive: one change order per request, one mail per client mail,
one reply deciding what that mail shows, a daily cap; real SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, event, select

from intake.drafts.service import operator_confirm
from intake.storage import unit_of_work
from models import AuditEvent, Draft, DraftVersion, ProjectReminder
from tests.guidance_env import PRINT_AD
from tests.integration.drafts_support import ae_reply, client_message, make_rig

BRIEF_WITH_CHANGES = """Hi Dana,

Our budget for the Spring Catch posters is $25,000, and they must be printed on recycled paper.

On the first round: please swap the hero image for the bakery shot. Could we also make
the headline shorter? And the CTA should be bolder.

Maria"""

MORE_CHANGES = "One more: please replace the tagline with \"Fresh from the dock\".\n\nMaria"


def body(mail) -> str:  # type: ignore[no-untyped-def]
    return mail.get_body(("plain",)).get_content()


def test_one_mail_with_facts_and_changes_is_one_draft_mail_and_one_change_order(
    engine: Engine,
) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch posters", BRIEF_WITH_CHANGES))
    drafts = rig.drafts()
    assert sorted(d.kind for d in drafts) == ["ccr", "change_order"]
    order = next(d for d in drafts if d.kind == "change_order")
    assert [f["item"] for f in order.facts if f.get("item")] == [1, 2, 3]
    [mail] = rig.send()
    text = body(mail)
    assert "1. Swap: swap the hero image for the bakery shot" in text
    assert "confirm ccr" in text and "drop: 2" in text
    subject = mail["Subject"]
    assert subject.startswith("[Draft change order #")
    assert "+ CCR #" in subject
    assert "Harbor Foods / Spring Catch posters: Swap the hero image" in subject

    rig.deliver(ae_reply(mail, "confirm"))
    assert {d.status for d in rig.drafts()} == {"confirmed"}


def test_confirm_ccr_decides_only_the_ccr_and_drop_leaves_out_an_item(engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch posters", BRIEF_WITH_CHANGES))
    [mail] = rig.send()
    rig.deliver(ae_reply(mail, "confirm ccr"))
    statuses = {d.kind: d.status for d in rig.drafts()}
    assert statuses == {"ccr": "confirmed", "change_order": "draft"}
    rig.send()
    # The change order's token is used; a drop goes through its own next mail.
    order = next(d for d in rig.drafts() if d.kind == "change_order")
    with unit_of_work(rig.app.factory) as session:
        from intake.drafts.decisions import Edit, edit

        edit(session, rig.app.draft_context, session.get_one(Draft, order.id), Edit(drop=(2,)),
             actor="operator:test")
    order = next(d for d in rig.drafts() if d.kind == "change_order")
    assert [f["item"] for f in order.facts if f.get("item")] == [1, 3]
    assert "headline" not in order.description and order.version == 2


def test_a_drop_of_an_item_that_does_not_exist_is_refused_naming_it(engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch posters", BRIEF_WITH_CHANGES))
    [mail] = rig.send()
    rig.deliver(ae_reply(mail, "edit\ndrop: 7"))
    [notice] = rig.send()
    assert "there is no item 7" in body(notice) and "items 1, 2, 3" in body(notice)
    order = next(d for d in rig.drafts() if d.kind == "change_order")
    assert order.version == 1 and len([f for f in order.facts if f.get("item")]) == 3
    # The token was not used: a corrected reply to the same mail still counts.
    rig.deliver(ae_reply(mail, "drop item 2"))
    order = next(d for d in rig.drafts() if d.kind == "change_order")
    assert order.version == 2


def test_a_later_mail_of_the_thread_adds_items_to_the_open_change_order(engine: Engine) -> None:
    rig = make_rig(engine)
    first = client_message("Spring Catch posters", BRIEF_WITH_CHANGES)
    rig.deliver(first)
    rig.send()
    rig.deliver(client_message("Re: Spring Catch posters", MORE_CHANGES, reply_to=first))
    orders = [d for d in rig.drafts() if d.kind == "change_order"]
    assert len(orders) == 1
    assert [f["item"] for f in orders[0].facts if f.get("item")] == [1, 2, 3, 4]
    assert orders[0].version == 2
    [mail] = rig.send()
    assert "version 2" in body(mail) and "Fresh from the dock" in body(mail)


def test_approval_makes_no_change_order(engine: Engine) -> None:
    rig = make_rig(engine)
    rig.deliver(client_message("Holiday print campaign",
                               "We'd like to move ahead with the holiday print campaign. "
                               "Please proceed.\n\nMaria"))
    assert [d for d in rig.drafts() if d.kind == "change_order"] == []


def test_past_the_daily_cap_drafts_wait_and_the_ae_is_told_once(engine: Engine) -> None:
    rig = make_rig(engine, drafts={"max_per_day": 1})
    for n in range(3):
        rig.deliver(client_message(f"Job {n}", f"Our budget for job {n} is ${n + 1},000.\n"))
    sent = rig.send()
    kinds = sorted(str(m["X-Intake-Outbound"]) for m in sent)
    assert kinds == ["draft", "draft-cap"]
    assert len(rig.drafts()) == 3
    with rig.app.factory() as session:
        held = session.scalars(select(AuditEvent).where(AuditEvent.action == "held")).all()
    assert len(held) == 2


def test_a_confirm_from_the_command_line_re_plans_the_reminders(engine: Engine) -> None:
    """The CLI decides through App.draft_context, the hook's own: a confirmed date moves
    the client's reminders, as the same decision by reply would."""
    rig = make_rig(engine, tables={
        "job_types": [PRINT_AD],
        "schedule": {"holidays": {"country": "US", "subdivision": "NY"}},
    })
    brief = client_message("Spring print ad",
                           "We need a print ad for the spring issue, due by March 30, 2027.\n",
                           when=datetime(2027, 3, 1, 15, tzinfo=UTC))
    rig.deliver(brief)

    def milestone_dates() -> list[str]:
        with rig.app.factory() as session:
            return sorted(r.milestone_date.isoformat() for r in session.scalars(
                select(ProjectReminder).where(ProjectReminder.status == "pending")))

    before = milestone_dates()
    assert before, "the brief planned reminders"
    rig.deliver(client_message("Re: Spring print ad",
                               "Please move the print ad from March 30 to April 13, 2027.\n",
                               reply_to=brief, when=datetime(2027, 3, 2, 15, tzinfo=UTC)))
    order = next(d for d in rig.drafts() if d.kind == "change_order")
    with unit_of_work(rig.app.factory) as session:
        operator_confirm(session, rig.app.draft_context, order.id, actor="operator:test")
    assert milestone_dates() != before


def test_a_new_version_reads_only_the_latest_one_before_it(engine: Engine) -> None:
    """An open change order that took a month of mail has hundreds of versions: taking one
    more mail, and mailing it, reads the latest version only (the list grew per mail)."""
    rig = make_rig(engine)
    first = client_message("Spring Catch posters", BRIEF_WITH_CHANGES)
    rig.deliver(first)
    for page in range(2, 8):
        rig.deliver(client_message("Re: Spring Catch posters",
                                   f"Please swap the photo on page {page} for the dock shot.",
                                   reply_to=first))
    rig.send()
    loaded: list[DraftVersion] = []

    def seen(target: DraftVersion, context: object) -> None:
        loaded.append(target)

    event.listen(DraftVersion, "load", seen)
    try:
        rig.deliver(client_message("Re: Spring Catch posters",
                                   "Please swap the photo on page 9 for the dock shot.",
                                   reply_to=first))
        [mail] = rig.send()
    finally:
        event.remove(DraftVersion, "load", seen)
    order = next(d for d in rig.drafts() if d.kind == "change_order")
    assert order.version == 8 and [v.number for v in order.versions] == list(range(1, 9))
    assert f"version {order.version}" in body(mail)
    assert len(loaded) <= 2, [v.number for v in loaded]  # not the seven before
