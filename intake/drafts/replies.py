"""Replies: an AE's answer to a draft mail in, a decision applied or a recorded refusal out.

Input: a stored message that carries a draft token (classified
``draft_reply``, or a token-bearing mail classified otherwise: a forgery,
an auto-reply), its :class:`ParsedMail` and the :class:`DraftContext`.
Output: a :class:`ReplyOutcome`; the decision's rows and mail, or a
``refused`` audit event and at most one notice to the AE, in the caller's
unit of work.

A reply changes a draft only if every check in :data:`CHECKS` holds, in
order; the first that fails names the refusal reason. The token is then
marked used with a conditional UPDATE, together with the decision, in one
savepoint: of two copies of a reply processed at once, one wins and the
other is ``replayed``. A reply whose command cannot be read changes
nothing and leaves the token unused, so the AE can answer again.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake.classify import TOKEN_IN_BODY
from intake.config import AgencyConfig
from intake.drafts.authcheck import sender_authenticated
from intake.drafts.commands import (
    CONFIRM,
    EDIT,
    MOVE,
    REJECT,
    SEND_TO_CLIENT,
    CommandError,
    ReplyCommand,
    edit_values,
    parse_reply,
)
from intake.drafts.context import DraftContext, audit
from intake.drafts.decisions import KIND_NAMES, DraftConflict, Edit, confirm, edit, reject
from intake.drafts.mails import (
    one_ack_for_all,
    parts_of,
    queue_combined_mail,
    queue_draft_mail,
    queue_refusal,
)
from intake.drafts.tokens import TokenClaims, TokenError, verify_token
from intake.parsers.types import ParsedMail
from models import Message
from models.drafts import Draft, DraftToken, DraftVersion

log = logging.getLogger(__name__)

APPLIED = "applied"
REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class ReplyOutcome:
    """What one reply did: ``applied`` (with the action) or ``refused`` (with the reason)."""

    status: str
    reason: str | None = None
    action: str | None = None
    draft_id: int | None = None
    notified: bool = False


class Refused(Exception):
    """A check failed: nothing changes; ``reason`` goes into the audit event and the notice."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(reason)


@dataclass
class Reply:
    """One reply as the checks see it; later checks fill in what earlier ones found."""

    message: Message
    mail: ParsedMail
    token: str | None
    claims: TokenClaims | None = None
    draft: Draft | None = None
    command: ReplyCommand | None = None
    notes: dict[str, Any] = field(default_factory=dict)


# -- the checks, in order ---------------------------------------------------------------


def check_key(session: Session, ctx: DraftContext, reply: Reply) -> None:
    """Without INTAKE_SECRET no token can be verified: no reply is accepted."""
    if ctx.key is None:
        raise Refused("no-key")


# What the sender check's codes mean for the AE (intake.drafts.authcheck.AuthVerdict).
SENDER_REFUSALS = {
    "no-from": "forged",
    "multiple-from": "forged",
    "not-ae": "forged",
    "sender-mismatch": "forged",
    "auto-generated": "auto-generated",
    "no-auth-results": "not-authenticated",
    "auth-fail": "not-authenticated",
    "dkim-unaligned": "not-authenticated",
}


def check_sender(session: Session, ctx: DraftContext, reply: Reply) -> None:
    """One From, the AE's; no other Sender; a person wrote it; DMARC/aligned DKIM passed
    at the trusted server when one is configured (:func:`sender_authenticated`)."""
    verdict = sender_authenticated(
        reply.mail, ae=ctx.agency.ae, trusted_authserv_id=ctx.agency.trusted_authserv_id,
        raw=reply.message.raw,
    )
    reply.notes["auth"] = verdict.reason
    if not verdict.ok:
        raise Refused(SENDER_REFUSALS.get(verdict.reason, "forged"), verdict.detail)


def check_token(session: Session, ctx: DraftContext, reply: Reply) -> None:
    """The token is ours, for this AE, unexpired; it names an existing draft."""
    assert ctx.key is not None
    if reply.token is None:
        raise Refused("malformed")
    try:
        reply.claims = verify_token(reply.token, key=ctx.key, ae=ctx.agency.ae,
                                    now=ctx.clock.now())
    except TokenError as exc:
        raise Refused(exc.reason, str(exc)) from exc
    reply.draft = session.get(Draft, reply.claims.draft_id)
    if reply.draft is None:
        raise Refused("unknown-draft")


def check_target(session: Session, ctx: DraftContext, reply: Reply) -> None:
    """The token belongs to the draft this mail answers (address, body and thread agree)."""
    assert reply.claims is not None
    found = tokens_in(reply.mail, ctx.agency)
    if len(set(found)) > 1:
        raise Refused("misdirected", "the address and the body carry different tokens")
    answered = answered_draft_ids(session, reply.mail)
    if answered and reply.claims.draft_id not in answered:
        raise Refused("misdirected", f"answers draft {min(answered)}, token of draft "
                                     f"{reply.claims.draft_id}")


def check_open_and_current(session: Session, ctx: DraftContext, reply: Reply) -> None:
    """The draft is still open, and the token is for its current version."""
    assert reply.claims is not None and reply.draft is not None
    if reply.draft.status != "draft":
        raise Refused("decided", f"the draft is {reply.draft.status}")
    if reply.claims.version != reply.draft.version:
        raise Refused("stale", f"this reply answers version {reply.claims.version}; draft "
                               f"#{reply.draft.id} is now at version {reply.draft.version}: "
                               f"reply to the mail of version {reply.draft.version}")


def check_command(session: Session, ctx: DraftContext, reply: Reply) -> None:
    """A command can be read from the AE's own first lines."""
    reply.command = parse_reply(reply.mail)
    if reply.command.action not in (CONFIRM, REJECT, EDIT, MOVE, SEND_TO_CLIENT):
        raise Refused("unknown-command", reply.command.message or reply.command.seen)


Check = Callable[[Session, DraftContext, Reply], None]

CHECKS: tuple[Check, ...] = (
    check_key,  # INTAKE_SECRET is set
    check_sender,  # one From, the AE's, a person, authenticated (authcheck)
    check_token,  # signature, AE binding, expiry, draft exists
    check_target,  # the token is the answered draft's
    check_open_and_current,  # not decided, not edited since
    check_command,  # a command we can read
)


# -- applying -----------------------------------------------------------------------------


def handle_reply(session: Session, ctx: DraftContext, message: Message,
                 mail: ParsedMail, token: str | None) -> ReplyOutcome:
    """Run the checks; apply the command or record the refusal and tell the AE."""
    reply = Reply(message=message, mail=mail, token=token)
    try:
        for check in CHECKS:
            check(session, ctx, reply)
        assert reply.draft is not None and reply.claims is not None
        assert reply.command is not None
        with session.begin_nested():
            claim_token(session, ctx, reply)
            action = apply_command(session, ctx, reply)
    except Refused as refusal:
        return refuse(session, ctx, reply, refusal)
    except (DraftConflict, CommandError) as exc:
        reason = exc.reason if isinstance(exc, DraftConflict) else "bad-command"
        return refuse(session, ctx, reply, Refused(reason, str(exc)))
    log.info("reply %s: %s applied to draft %s", message.message_id, action, reply.draft.id)
    return ReplyOutcome(APPLIED, action=action, draft_id=reply.draft.id)


def claim_token(session: Session, ctx: DraftContext, reply: Reply) -> None:
    """Mark the token used, once: a conditional UPDATE that only one transaction can win."""
    assert reply.claims is not None
    result = session.execute(
        update(DraftToken)
        .where(DraftToken.nonce == reply.claims.nonce,
               DraftToken.draft_id == reply.claims.draft_id,
               DraftToken.used_at.is_(None))
        .values(used_at=ctx.clock.now(), used_by_message_pk=reply.message.id)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        known = session.scalar(select(DraftToken.id).where(
            DraftToken.nonce == reply.claims.nonce))
        raise Refused("replayed" if known else "unknown-draft")


def shown_in_mail(session: Session, draft: Draft) -> list[Draft]:
    """Every draft the answered mail showed, decided since or not: its parts keep the
    numbers the mail gave them when some were decided elsewhere (the web view, the CLI)."""
    latest = draft.latest_version
    mail_id = latest.mail_message_id if latest is not None else None
    if mail_id is None:
        return [draft]
    ids = select(DraftVersion.draft_id).where(DraftVersion.mail_message_id == mail_id)
    return list(session.scalars(select(Draft).where(Draft.id.in_(ids)).order_by(Draft.id)))


def still_open(shown: list[Draft], draft: Draft) -> list[Draft]:
    """What a reply may still decide of the drafts a mail ``shown``: the token's draft first,
    then the others still open whose current version is the one that mail showed."""
    latest = draft.latest_version
    mail_id = latest.mail_message_id if latest is not None else None
    others = [d for d in shown if d.id != draft.id and d.status == "draft"
              and (mine := d.latest_version) is not None and mine.mail_message_id == mail_id]
    return [draft, *others]


def targets(bundle: list[Draft], command: ReplyCommand,
            shown: Sequence[Draft] | None = None) -> list[Draft]:
    """The drafts a command decides: those of its numbered parts (numbered as the mail
    ``shown`` them), then of its target kind, else all for confirm and reject; an edit goes
    to the change order when it drops items, else to the token's draft. A mail of several
    parts needs a part for an edit or move."""
    parts = parts_of(shown or bundle)
    if command.parts:
        missing = [n for n in command.parts if not 1 <= n <= len(parts)]
        if missing:
            listed = "only part 1" if len(parts) == 1 else f"parts 1 to {len(parts)}"
            raise CommandError("part", f"this mail shows no part {missing[0]} ({listed})")
        still = {d.id for d in bundle}
        for n in command.parts:
            if not any(d.id in still for d in parts[n - 1]):
                raise CommandError("part", f"part {n} of this mail was decided already")
        bundle = [d for n in command.parts for d in parts[n - 1] if d.id in still]
    elif len(parts) > 1 and command.action in (EDIT, MOVE):
        raise CommandError("part", f"this mail shows {len(parts)} client mails: say which, "
                                   f"as in \"{command.action} 2\"")
    if command.target:
        chosen = [d for d in bundle if d.kind == command.target]
        if not chosen:
            raise CommandError("target", f"this mail shows no {KIND_NAMES[command.target]}")
        return chosen
    if command.action in (EDIT, MOVE):
        if command.fields.get("drop"):
            return [d for d in bundle if d.kind == "change_order"][:1] or bundle[:1]
        return bundle[:1]
    return bundle


def apply_command(session: Session, ctx: DraftContext, reply: Reply) -> str:
    draft, command, actor = reply.draft, reply.command, ctx.agency.ae
    assert draft is not None and command is not None
    shown = shown_in_mail(session, draft)
    bundle = still_open(shown, draft)
    if (command.action == REJECT and command.parts and command.parts != (1,)
            and len(parts_of(shown)) == 1):  # "reject 3 items are wrong": a reason
        command = dataclasses.replace(command, parts=(), reason=" ".join(
            [*map(str, command.parts), command.reason]).strip())
    chosen = targets(bundle, command, shown)
    with one_ack_for_all(session, ctx) if len(chosen) > 1 else nullcontext():
        for target in chosen:
            apply_to(session, ctx, target, command, actor=actor, reply=reply.message)
    if len(parts_of(shown)) > 1:  # a combined mail: what is still open comes again
        rest = [d for d in bundle if d not in chosen and d.status == "draft"]
        if rest:
            remail_open(session, ctx, rest)
    return command.action


def remail_open(session: Session, ctx: DraftContext, drafts: list[Draft]) -> None:
    """The drafts of a combined mail the AE has not decided yet, in a new mail with a new
    token (the answered mail's token is used), numbered afresh."""
    still = "Still waiting for your decision."
    if len(parts_of(drafts)) > 1:
        queue_combined_mail(session, ctx, drafts, {d.source_message_pk: still for d in drafts})
    else:
        queue_draft_mail(session, ctx, drafts, intro=still)


def apply_to(session: Session, ctx: DraftContext, draft: Draft, command: ReplyCommand, *,
             actor: str, reply: Message) -> None:
    """One command on one draft, as the operator's command line would apply it."""
    if command.action == CONFIRM:
        confirm(session, ctx, draft, actor=actor, reply=reply)
    elif command.action == SEND_TO_CLIENT:
        confirm(session, ctx, draft, actor=actor, reply=reply, to_client=True)
    elif command.action == REJECT:
        reject(session, ctx, draft, actor=actor, reason=command.reason, reply=reply)
    elif command.action == MOVE:
        edit(session, ctx, draft, Edit(project=command.project), actor=actor, reply=reply)
    else:
        client = ctx.client_config(session, draft.client_id)
        values = edit_values(
            command.fields, today=ctx.clock.now().date(),
            day_first=client.day_first if client else False,
            default_currency=draft.currency or (client.currency if client else "USD"),
        )
        edit(session, ctx, draft, Edit(
            budget=values.budget[0] if values.budget else None,
            currency=values.budget[1] if values.budget else None,
            due_date=values.due, description=values.description, project=values.project,
            drop=values.drop,
        ), actor=actor, reply=reply)


def refuse(session: Session, ctx: DraftContext, reply: Reply, refusal: Refused) -> ReplyOutcome:
    """Record the refusal (who, when, which message, why) and tell the AE once, rate-limited."""
    draft = reply.draft or peek_draft(session, ctx, reply)
    now = ctx.clock.now()
    audit(session, action="refused", actor=reply.message.from_email or "(no sender)", at=now,
          draft_id=draft.id if draft else None, message_pk=reply.message.id,
          reason=refusal.reason,
          detail={"detail": refusal.detail[:500], "subject": reply.message.subject[:300],
                  **reply.notes})
    notified = queue_refusal(session, ctx, reply=reply.message, reason=refusal.reason,
                             draft=draft, detail=refusal.detail)
    log.warning("refused reply %s from %s: %s", reply.message.message_id,
                reply.message.from_email, refusal.reason)
    return ReplyOutcome(REFUSED, reason=refusal.reason, draft_id=draft.id if draft else None,
                        notified=notified)


def peek_draft(session: Session, ctx: DraftContext, reply: Reply) -> Draft | None:
    """The draft a refused reply was about, for the record: its thread, else its token."""
    answered = answered_draft_ids(session, reply.mail)
    if answered:
        return session.get(Draft, min(answered))
    if ctx.key is None or reply.token is None:
        return None
    try:
        claims = verify_token(reply.token, key=ctx.key, ae=ctx.agency.ae, now=ctx.clock.now())
    except TokenError:
        return None
    return session.get(Draft, claims.draft_id)


def tokens_in(mail: ParsedMail, agency: AgencyConfig) -> list[str]:
    """Every draft token the mail carries: plus-addresses of the intake mailbox and the body."""
    local, domain = agency.intake_local_part, agency.intake_domain
    found = []
    recipients = [a.email for a in (*mail.to, *mail.cc)]
    recipients += [v.strip("<> ").lower() for v in mail.headers.get("delivered-to", ())]
    for address in recipients:
        box, _, dom = address.partition("@")
        base, plus, tag = box.partition("+")
        if plus and base == local and dom == domain and tag:
            found.append(tag.lower())
    found += [m.lower() for m in TOKEN_IN_BODY.findall(mail.new_text)]
    return found


def answered_draft_ids(session: Session, mail: ParsedMail) -> set[int]:
    """The drafts whose mail this one answers (In-Reply-To, else the last draft mail
    referenced); two when that mail showed a CCR and a change order."""
    ids = [*mail.in_reply_to, *reversed(mail.references)]
    if not ids:
        return set()
    rows: dict[str, set[int]] = {}
    for mail_id, draft_id in session.execute(
        select(DraftVersion.mail_message_id, DraftVersion.draft_id)
        .where(DraftVersion.mail_message_id.in_(ids))
    ):
        if mail_id is not None:
            rows.setdefault(mail_id, set()).add(draft_id)
    for message_id in ids:
        if message_id in rows:
            return rows[message_id]
    return set()
