"""Every refused reply on real databases: nothing changes, it is recorded, the AE is told once.

Each case starts from one open CCR (version 1, its token unused) and checks
the same things afterwards: the draft's status and version, no relay or
acknowledgement, no token used, one ``refused`` audit event with the
reason, and exactly one notice, to the AE only (never to the sender).
"""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import Engine, select

from intake.clock import FixedClock
from models import DraftToken
from tests.integration.apps import AE
from tests.integration.drafts_support import (
    CLIENT_BRIEF,
    DraftsRig,
    ae_reply,
    body_text,
    client_message,
    make_rig,
    reply_address,
    to_of,
)

FORGER = "Mallory <mallory@evil.example>"


def open_draft(rig: DraftsRig, subject: str = "Spring Catch launch") -> EmailMessage:
    rig.deliver(client_message(subject, CLIENT_BRIEF))
    [mail] = [m for m in rig.send() if m["X-Intake-Outbound"] == "draft"]
    return mail


def assert_refused(rig: DraftsRig, reason: str, *, draft_id: int = 1, version: int = 1,
                   status: str = "draft") -> EmailMessage:
    draft = rig.draft(draft_id)
    assert (draft.status, draft.version) == (status, version)
    assert rig.refusals()[-1][1] == reason
    sent = rig.send()
    assert [m["X-Intake-Outbound"] for m in sent] == ["draft-refused"]
    [notice] = sent
    assert to_of(notice) == {AE}
    assert "intake-token" not in body_text(notice)
    return notice


def unused_tokens(rig: DraftsRig) -> int:
    with rig.app.factory() as session:
        return len(session.scalars(select(DraftToken).where(DraftToken.used_at.is_(None))).all())


def test_a_forged_sender_changes_nothing_and_only_the_ae_is_told(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    forged = ae_reply(draft_mail, "confirm", sender=FORGER)
    rig.deliver(forged)
    notice = assert_refused(rig, "forged")
    assert "mallory@evil.example" not in to_of(notice)
    assert unused_tokens(rig) == 1
    assert rig.refusals()[-1][2] == "mallory@evil.example"


def test_two_from_addresses_are_forged(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    reply = ae_reply(draft_mail, "confirm", sender=f"{AE}, mallory@evil.example")
    rig.deliver(reply)
    assert_refused(rig, "forged")


def test_a_replayed_reply_changes_nothing_the_second_time(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    first = ae_reply(draft_mail, "reject")
    rig.deliver(first)
    assert rig.draft(1).status == "rejected"
    rig.send()
    again = ae_reply(draft_mail, "confirm")  # a new mail, the same (now used) token
    rig.deliver(again)
    assert_refused(rig, "decided", status="rejected")


def test_a_used_token_is_replayed_even_when_the_draft_is_open(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    with rig.app.factory() as session:  # the token was used by a reply still in flight
        token = session.scalars(select(DraftToken)).one()
        token.used_at = rig.app.clock.now()
        session.commit()
    rig.deliver(ae_reply(draft_mail, "confirm"))
    assert_refused(rig, "replayed")


def test_an_expired_token_changes_nothing(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    clock = rig.app.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=7, minutes=1))
    rig.deliver(ae_reply(draft_mail, "confirm"))
    notice = assert_refused(rig, "expired", status="expired")
    assert "expired" in body_text(notice)
    assert unused_tokens(rig) == 1


def test_a_tampered_token_changes_nothing(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    local, _, domain = reply_address(draft_mail).partition("@")
    # Tamper with a character of the signature, not the last one: the 53rd base32 character
    # also holds a padding bit, and setting it makes the token malformed rather than forged.
    at = len(local) - 5
    flipped = local[:at] + ("a" if local[at] != "a" else "b") + local[at + 1:]
    rig.deliver(ae_reply(draft_mail, "confirm", to=f"{flipped}@{domain}", quote=False))
    assert_refused(rig, "bad-signature")
    assert unused_tokens(rig) == 1


def test_another_drafts_token_is_misdirected(engine: Engine) -> None:
    rig = make_rig(engine)
    first = open_draft(rig, "Spring Catch launch")
    second = open_draft(rig, "Summer Grill launch")
    reply = ae_reply(first, "confirm", to=reply_address(second), quote=False)
    rig.deliver(reply)
    assert rig.draft(2).status == "draft"
    assert_refused(rig, "misdirected")
    assert unused_tokens(rig) == 2


def test_a_reply_to_an_edited_draft_is_stale(engine: Engine) -> None:
    rig = make_rig(engine)
    v1 = open_draft(rig)
    rig.deliver(ae_reply(v1, "edit\nbudget: 30000"))
    assert rig.draft(1).version == 2
    rig.send()
    rig.deliver(ae_reply(v1, "confirm"))  # answers version 1's mail with version 1's token
    notice = assert_refused(rig, "stale", version=2)
    assert "edited" in body_text(notice)


def test_an_auto_reply_from_the_ae_changes_nothing(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    auto = ae_reply(draft_mail, "I am out of the office until Monday. confirm",
                    headers={"Auto-Submitted": "auto-replied"})
    rig.deliver(auto)
    assert_refused(rig, "auto-generated")


def test_without_the_key_drafts_are_mailed_but_no_reply_is_accepted(engine: Engine) -> None:
    rig = make_rig(engine, secret=None)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    [draft_mail] = rig.send()
    assert "intake+" not in str(draft_mail["Reply-To"])
    assert "INTAKE_SECRET is not set" in body_text(draft_mail)
    reply = ae_reply(draft_mail, "confirm", to="intake+whatever12345@agency.example")
    rig.deliver(reply)
    notice = assert_refused(rig, "no-key")
    assert "INTAKE_SECRET" in body_text(notice)


def test_a_failed_dmarc_check_from_the_trusted_server_changes_nothing(engine: Engine) -> None:
    rig = make_rig(engine, agency={"trusted_authserv_id": "mx.agency.example"})
    draft_mail = open_draft(rig)
    reply = ae_reply(draft_mail, "confirm", headers={
        "Authentication-Results": "mx.agency.example; dkim=fail header.d=agency.example; "
                                  "spf=fail smtp.mailfrom=agency.example; "
                                  "dmarc=fail header.from=agency.example",
    })
    rig.deliver(reply)
    assert_refused(rig, "not-authenticated")


def test_a_passing_dmarc_check_from_the_trusted_server_is_accepted(engine: Engine) -> None:
    rig = make_rig(engine, agency={"trusted_authserv_id": "mx.agency.example"})
    draft_mail = open_draft(rig)
    reply = ae_reply(draft_mail, "confirm", headers={
        "Authentication-Results": "mx.agency.example; dkim=pass header.d=agency.example; "
                                  "spf=pass smtp.mailfrom=agency.example; "
                                  "dmarc=pass header.from=agency.example",
    })
    rig.deliver(reply)
    assert rig.draft(1).status == "confirmed"
    assert rig.refusals() == []


def test_an_unreadable_command_keeps_the_token_for_another_try(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    rig.deliver(ae_reply(draft_mail, "confirm but lower the budget"))
    assert_refused(rig, "unknown-command")
    assert unused_tokens(rig) == 1
    rig.deliver(ae_reply(draft_mail, "confirm"))
    assert rig.draft(1).status == "confirmed"


@pytest.mark.parametrize("notices", [2])
def test_refusal_notices_are_rate_limited_but_every_refusal_is_recorded(
    engine: Engine, notices: int
) -> None:
    rig = make_rig(engine, drafts={"refusal_notices_per_hour": notices})
    draft_mail = open_draft(rig)
    for _ in range(4):
        rig.deliver(ae_reply(draft_mail, "confirm", sender=FORGER))
    assert [r[1] for r in rig.refusals()] == ["forged"] * 4
    sent = rig.send()
    assert [m["X-Intake-Outbound"] for m in sent] == ["draft-refused"] * notices
    assert all(to_of(m) == {AE} for m in sent)
    assert rig.draft(1).status == "draft"


def test_a_client_mail_to_the_intake_address_with_a_token_is_refused(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    token = reply_address(draft_mail).partition("+")[2].partition("@")[0]
    sneaky = client_message("Re: Spring Catch launch", f"confirm\n\nintake-token: {token}\n")
    sneaky.replace_header("To", "intake@agency.example")
    rig.deliver(sneaky)
    assert_refused(rig, "forged")
    assert unused_tokens(rig) == 1
    assert rig.refusals()[-1][2] == "maria@harborfoods.example"


def test_the_ae_forwarding_a_draft_mail_elsewhere_is_not_a_reply(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    forward = ae_reply(draft_mail, "confirm this with me tomorrow?", to="kim@agency.example")
    forward.replace_header("Subject", f"Fwd: {draft_mail['Subject']}")
    rig.deliver(forward)
    assert rig.draft(1).status == "draft"
    assert rig.refusals() == [] and rig.send() == []
    assert unused_tokens(rig) == 1


def test_an_edit_with_an_unreadable_value_says_what_to_fix(engine: Engine) -> None:
    rig = make_rig(engine)
    draft_mail = open_draft(rig)
    rig.deliver(ae_reply(draft_mail, "edit\nbudget: twelve apples"))
    notice = assert_refused(rig, "bad-command")
    assert "budget" in body_text(notice)
    assert unused_tokens(rig) == 1
