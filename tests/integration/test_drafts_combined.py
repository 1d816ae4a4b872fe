"""A sync that brings several client mails at once: one combined draft mail with numbered
parts, decided whole or part by part by reply, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import Engine

from intake.sources import MailLocation, RawMail
from tests.integration.apps import AE
from tests.integration.drafts_support import (
    CLIENT_BRIEF,
    CLIENT_CHANGE,
    COORDINATOR,
    TRAFFIC,
    DraftsRig,
    ae_reply,
    body_text,
    make_rig,
    to_of,
)

NORTHWIND = """Hi Dana,

We need a new savings-account landing page to grow sign-ups by 15%.
Our budget is $18,000. It must go live by March 10, 2027.

Best,
Lee"""

def mail(sender: str, subject: str, body: str, minute: int,
         reply_to: EmailMessage | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, AE, subject
    msg["Date"] = format_datetime(datetime(2027, 1, 12, 15, minute, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].rstrip(">"))
    if reply_to is not None:
        msg["In-Reply-To"] = msg["References"] = reply_to["Message-ID"]
    msg.set_content(body)
    return msg


_uids = itertools.count(1000)


def sync(rig: DraftsRig, *mails: EmailMessage) -> None:
    """The mails as one batch of a mailbox sync."""
    rig.app.pipeline.run_batch(rig.app.factory, [
        RawMail(MailLocation("ae", "INBOX", 1, next(_uids)), m.as_bytes()) for m in mails])


BRIEFS = (
    ("Maria Chen <maria@harborfoods.example>", "Spring Catch launch", CLIENT_BRIEF),
    ("Lee Park <lee@northwindbank.example>", "Savings landing page", NORTHWIND),
    ("Ana Ruiz <ana@harborfoods.example>", "Summer Promo", CLIENT_BRIEF.replace(
        "Spring Catch", "Summer Promo").replace("March 3", "June 9")),
)


def test_three_client_mails_in_one_sync_make_one_numbered_mail(engine: Engine) -> None:
    rig = make_rig(engine)
    sync(rig, *(mail(s, subj, body, i) for i, (s, subj, body) in enumerate(BRIEFS)))
    [combined] = rig.send()
    text = body_text(combined)
    assert combined["Subject"].startswith("[Drafts from 3 client mails] ")
    assert "Harbor Foods" in combined["Subject"] and "Northwind Bank" in combined["Subject"]
    assert to_of(combined) == {AE}
    for n, (_s, subject, _b) in enumerate(BRIEFS, 1):
        assert f"---- {n}. " in text and subject in text
    assert "confirm 2" in text and "intake-token:" in text
    assert {d.status for d in rig.drafts()} == {"draft"} and len(rig.drafts()) == 3


def test_confirm_2_decides_only_the_second_and_the_rest_comes_again(engine: Engine) -> None:
    rig = make_rig(engine)
    sync(rig, *(mail(s, subj, body, i) for i, (s, subj, body) in enumerate(BRIEFS)))
    [combined] = rig.send()
    rig.deliver(ae_reply(combined, "confirm 2"))
    by_subject = {d.summary: d for d in rig.drafts()}
    statuses = sorted((d.source_message_pk, d.status) for d in by_subject.values())
    assert [s for _pk, s in statuses] == ["draft", "confirmed", "draft"]
    sent = rig.send()
    relay = next(m for m in sent if m["X-Intake-Outbound"] == "relay")
    assert to_of(relay) == {TRAFFIC, COORDINATOR} and "Northwind" in body_text(relay)
    again = next(m for m in sent if m["X-Intake-Outbound"] == "draft")
    assert again["Subject"].startswith("[Drafts from 2 client mails] ")
    assert "Northwind" not in body_text(again).split("Reply to this mail")[0]
    # The new mail numbers afresh: its 2 is the third brief.
    rig.deliver(ae_reply(again, "reject 2 not ours"))
    last = sorted(rig.drafts(), key=lambda d: d.source_message_pk)[-1]
    assert last.status == "rejected" and last.decision_reason == "not ours"
    sent = rig.send()
    final = next(m for m in sent if m["X-Intake-Outbound"] == "draft")
    rig.deliver(ae_reply(final, "confirm"))
    assert sorted(d.status for d in rig.drafts()) == ["confirmed", "confirmed", "rejected"]


def test_confirm_alone_decides_every_part(engine: Engine) -> None:
    rig = make_rig(engine)
    sync(rig, *(mail(s, subj, body, i) for i, (s, subj, body) in enumerate(BRIEFS)))
    [combined] = rig.send()
    rig.deliver(ae_reply(combined, "Confirm, thanks"))
    assert {d.status for d in rig.drafts()} == {"confirmed"}
    sent = rig.send()
    assert all(m["X-Intake-Outbound"] != "draft" for m in sent)  # nothing left
    [ack] = [m for m in sent if m["X-Intake-Outbound"] == "draft-ack"]  # one, not three
    assert ack["Subject"] == "[Decided] confirmed 3" and to_of(ack) == {AE}
    assert body_text(ack).count("Confirmed.") == 3


def test_a_part_that_does_not_exist_is_refused_naming_it_and_nothing_changes(
        engine: Engine) -> None:
    rig = make_rig(engine)
    sync(rig, *(mail(s, subj, body, i) for i, (s, subj, body) in enumerate(BRIEFS[:2])))
    [combined] = rig.send()
    rig.deliver(ae_reply(combined, "confirm 1 and 4"))
    assert {d.status for d in rig.drafts()} == {"draft"}  # nothing half-applied
    [notice] = rig.send()
    assert "no part 4" in body_text(notice) and "parts 1 to 2" in body_text(notice)
    rig.deliver(ae_reply(combined, "edit\nbudget: 20000"))  # which one?
    [notice] = rig.send()
    assert "say which" in body_text(notice)
    rig.deliver(ae_reply(combined, "edit 1\nbudget: 26000"))
    first = min(rig.drafts(), key=lambda d: d.source_message_pk)
    assert first.version == 2 and str(first.budget) == "26000.00"


def test_a_draft_updated_twice_in_one_sync_is_mailed_once_at_its_last_version(
        engine: Engine) -> None:
    rig = make_rig(engine)
    brief = mail(*BRIEFS[0], 0)
    sync(rig, brief, mail("Maria Chen <maria@harborfoods.example>", "Re: Spring Catch launch",
                          CLIENT_CHANGE, 5, reply_to=brief))
    sent = rig.send()
    drafts = [m for m in sent if m["X-Intake-Outbound"] == "draft"]
    versions = {(d.kind, d.version) for d in rig.drafts()}
    assert len(drafts) == 1  # one mail for the sync, not one per client mail
    text = body_text(drafts[0])
    for kind, version in versions:
        title = "Change order" if kind == "change_order" else "Client Contact Report"
        assert f"{title} #" in text and f"(version {version})" in text


def test_one_client_mail_in_a_sync_gets_the_usual_mail_and_combine_up_to_1_keeps_one_each(
        engine: Engine) -> None:
    rig = make_rig(engine)
    sync(rig, mail(*BRIEFS[0], 0))
    [single] = rig.send()
    assert single["Subject"].startswith("[Draft CCR #")
    one_each = make_rig(engine, drafts={"combine_up_to": 1})
    sync(one_each, *(mail(s, subj, body, 20 + i) for i, (s, subj, body) in
                     enumerate(BRIEFS[1:])))
    assert [m["Subject"].startswith("[Draft ") for m in one_each.send()] == [True, True]


def test_a_reject_reason_starting_with_a_number_stays_a_reason_in_a_one_part_mail(
        engine: Engine) -> None:
    rig = make_rig(engine)
    sync(rig, mail(*BRIEFS[0], 0))
    [single] = rig.send()
    rig.deliver(ae_reply(single, "reject 3 of these facts are wrong"))
    [draft] = rig.drafts()
    assert draft.status == "rejected" and draft.decision_reason == "3 of these facts are wrong"


def test_parts_keep_their_numbers_when_one_was_decided_elsewhere(engine: Engine) -> None:
    from intake.drafts.service import operator_confirm
    from intake.storage import unit_of_work

    rig = make_rig(engine)
    sync(rig, *(mail(s, subj, body, i) for i, (s, subj, body) in enumerate(BRIEFS)))
    [combined] = rig.send()
    second, third = sorted(rig.drafts(), key=lambda d: d.source_message_pk)[1:]
    with unit_of_work(rig.app.factory) as session:  # part 2 decided in the web view
        operator_confirm(session, rig.app.draft_context, second.id, actor="web:test")
    rig.send()
    rig.deliver(ae_reply(combined, "confirm 2"))  # refused: decided already, and says so
    assert [m for m in rig.send() if "part 2 of this mail was decided already" in body_text(m)]
    assert rig.draft(third.id).status == "draft"  # nothing else moved
    rig.deliver(ae_reply(combined, "reject 3 not ours"))  # still the mail's part 3
    assert rig.draft(third.id).status == "rejected"
    assert rig.draft(second.id).status == "confirmed"
