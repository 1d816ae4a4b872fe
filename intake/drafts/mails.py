"""The mail the drafting service sends the AE: drafts, acknowledgements, refusal notices.

Input: a :class:`models.Draft` (and the message it came from or the reply
that caused the mail) and the :class:`DraftContext`. Output: a queued
outbox row in the caller's unit of work (``Outbox.queue(..., session=)``).

Draft mail goes from the intake address to the AE, with ``Reply-To:
intake+<token>@<intake domain>``, the client's subject in its Subject,
``In-Reply-To``/``References`` to the client message, and the token in the
body as ``intake-token: <token>``. A refusal notice never carries a token
and goes only to the configured AE, never to whoever sent the reply.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.drafts.context import DraftContext
from intake.drafts.tokens import issue_token, verify_token
from intake.outbound.compose import compose_mail
from intake.outbound.render import render_mail
from intake.parsers.types import Address
from models import Client, Message, Project
from models.drafts import AuditEvent, Draft, DraftToken, DraftVersion

log = logging.getLogger(__name__)

KIND_LABELS = {"ccr": "CCR", "change_order": "change order"}
FACT_LABELS = {
    "objective": "Objective",
    "budget": "Budget",
    "requirement": "Requirement",
    "due_date": "Due date",
    "replaced_date": "Replaced date",
    "change_request": "Change request",
    "money": "Amount",
}
NO_KEY = (
    "INTAKE_SECRET is not set where intake runs, so no reply token could be made "
    "and replies are not accepted"
)
REFUSAL_TEXT = {
    "no-key": NO_KEY + ".",
    "forged": "The reply did not come from your address with a passing authentication check.",
    "not-authenticated": "The reply's authentication check (DMARC/DKIM) did not pass.",
    "auto-generated": "The reply was sent automatically (an auto-reply or a machine), "
                      "not written by you.",
    "malformed": "The reply carries no readable draft token.",
    "bad-signature": "The reply's draft token was altered or forged.",
    "tampered": "The reply's draft token was altered or forged.",
    "wrong-ae": "The reply's draft token was issued for another address.",
    "expired": "The reply's draft token has expired.",
    "unknown-draft": "The reply's draft token names a draft that does not exist.",
    "misdirected": "The reply's token belongs to a different draft than the mail it answers.",
    "stale": "The draft was edited since the version this reply answers.",
    "replayed": "This reply's token was already used once.",
    "decided": "The draft was already decided.",
    "unknown-command": "No command was found on the first lines of the reply.",
    "bad-command": "The command could not be applied.",
}
ADVICE = {
    "expired": "Ask for a fresh draft with `intake drafts show ID`, or decide with "
               "`intake drafts confirm ID` / `intake drafts reject ID`.",
    "stale": "Reply to the newest draft mail instead.",
    "unknown-command": "Reply again with confirm, reject [reason], edit (with field: value "
                       "lines), move to <project> or send to client on the first line.",
    "bad-command": "Reply again to the same draft mail with a corrected command.",
    "no-key": "Set INTAKE_SECRET (16 bytes or more) and restart intake; until then decide "
              "with `intake drafts confirm ID` or `intake drafts reject ID`.",
}
DEFAULT_ADVICE = ("Nothing was changed. If you sent this reply, reply again to the newest "
                  "draft mail from your own address; if you did not, someone else tried to.")


def draft_label(draft: Draft) -> str:
    name = "CCR" if draft.kind == "ccr" else "Change order"
    return f"{name} #{draft.id} (version {draft.version})"


def local_time(value: datetime | None, zone: str) -> str:
    if value is None:
        return "unknown date"
    return value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def fact_views(facts: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """Facts as the templates show them: a label, a value and the client's sentence."""
    return [
        {"label": FACT_LABELS.get(f.get("kind", ""), "Fact"), "value": str(f.get("value", "")),
         "sentence": str(f.get("sentence", ""))}
        for f in facts
    ]


def impact_lines(draft: Draft) -> list[str]:
    """A change order's budget and schedule impact as readable lines."""
    lines = []
    due = (draft.impact or {}).get("due")
    if draft.due_date is not None:
        before = due.get("before") if due else None
        lines.append(f"Due date: {before or 'not set'} -> {draft.due_date.isoformat()}")
    if draft.budget is not None:
        budget = (draft.impact or {}).get("budget") or {}
        before = budget.get("before")
        lines.append(f"Budget: {money(before, draft.currency) or 'not set'} -> "
                     f"{money(draft.budget, draft.currency)}")
    return lines


def money(amount: Any, currency: str | None) -> str:
    if amount is None or amount == "":
        return ""
    from decimal import Decimal

    return f"{currency or ''} {Decimal(str(amount)):,.2f}".strip()


def draft_view(session: Session, ctx: DraftContext, draft: Draft) -> dict[str, Any]:
    """What both draft templates show about a draft and the client mail it came from."""
    source = session.get_one(Message, draft.source_message_pk)
    client = session.get(Client, draft.client_id) if draft.client_id else None
    project = session.get(Project, draft.project_id) if draft.project_id else None
    facts = fact_views(draft.facts or [])
    return {
        "draft_id": draft.id,
        "version": draft.version,
        "client": client.name if client else "unknown client",
        "contact": draft.contact or source.from_email,
        "date": local_time(source.original_date or source.date, ctx.agency.timezone),
        "subject": source.original_subject or source.subject or "(no subject)",
        "project": project.name if project else "no project yet",
        "summary": draft.summary,
        "description": draft.description,
        "budget": money(draft.budget, draft.currency),
        "due_date": draft.due_date.isoformat() if isinstance(draft.due_date, date) else "",
        "facts": [f for f, raw in zip(facts, draft.facts or [], strict=True)
                  if raw.get("kind") != "change_request" or draft.kind == "change_order"],
        "action_items": [f["sentence"] for f in facts if f["label"] == "Change request"]
        if draft.kind == "ccr" else [],
        "impact": impact_lines(draft) if draft.kind == "change_order" else [],
    }


def issue(session: Session, ctx: DraftContext, draft: Draft, now: datetime) -> str | None:
    """A reply token for the draft's current version, recorded by nonce; None without a key."""
    if ctx.key is None:
        return None
    token = issue_token(key=ctx.key, draft_id=draft.id, version=draft.version, ae=ctx.agency.ae,
                        issued_at=now, ttl=ctx.settings.ttl)
    claims = verify_token(token, key=ctx.key, ae=ctx.agency.ae, now=now)
    session.add(DraftToken(nonce=claims.nonce, draft_id=draft.id, version=draft.version,
                           issued_at=claims.issued_at, expires_at=claims.expires_at))
    return token


def bracket(message_id: str | None) -> str | None:
    """A stored Message-ID (kept without angle brackets) as a header value ``<id>``."""
    return f"<{message_id.strip('<>')}>" if message_id else None


def thread_references(source: Message) -> list[str]:
    """References for a mail answering ``source``: its references, then its own Message-ID."""
    ids = [*(source.references or []), *([source.message_id] if source.message_id else [])]
    return [f"<{i.strip('<>')}>" for i in ids]


def _intake(ctx: DraftContext) -> Address:
    return Address(f"{ctx.agency.name} intake", ctx.agency.intake)


# Below this confidence a fact or item is shown as "please check" rather than as fact: at
# least one in five such findings is wrong on mail no rule was tuned on. Calibrated per field
# on thirty blind splits, intake's findings are right 75-98% of the time; the ones shown so
# are the weakest readings of due dates and requirements (about two in three right), not the
# rest (0.75 flagged nearly nothing once confidences were calibrated per field).
CHECK_BELOW = 0.8


def section_view(ctx: DraftContext, draft: Draft,
                 diff: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """One draft as a section of a draft mail (the template's ``sections``)."""
    facts = draft.facts or []
    low = [f.get("confidence") is not None and f["confidence"] < CHECK_BELOW for f in facts]
    kind_title = "Change order" if draft.kind == "change_order" else "Client Contact Report"
    return {
        "kind": draft.kind,
        "title": f"{kind_title} #{draft.id}",
        "draft_id": draft.id,
        "version": draft.version,
        "summary": draft.summary,
        "budget": money(draft.budget, draft.currency),
        "due_date": draft.due_date.isoformat() if isinstance(draft.due_date, date) else "",
        "items": [
            {"number": f["item"], "label": f.get("label") or "Change",
             "title": f.get("title") or f.get("sentence", ""),
             "sentence": str(f.get("sentence", "")), "check": check}
            for f, check in sorted(((f, c) for f, c in zip(facts, low, strict=True)
                                    if f.get("item")), key=lambda fc: fc[0]["item"])
        ],
        "facts": [
            {**view, "check": check,
             "value": "" if view["value"] == view["sentence"] else view["value"]}
            for view, raw, check in zip(fact_views(facts), facts, low, strict=True)
            if raw.get("kind") != "change_request" and not raw.get("item")
        ] if draft.kind == "ccr" else [],
        "action_items": [str(f.get("sentence", "")) for f in facts
                         if f.get("kind") == "change_request"] if draft.kind == "ccr" else [],
        "impact": impact_lines(draft) if draft.kind == "change_order" else [],
        "diff": diff_lines(draft, diff),
    }


def diff_lines(draft: Draft, diff: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """What a version changed, as the AE reads it: a change order's items say what its
    description repeats; a value that was empty was "not set"; lists as their items."""
    shown = []
    for d in diff:
        if draft.kind == "change_order" and d.get("field") == "description":
            continue
        shown.append({"field": str(d.get("field", "")).replace("_", " "),
                      "before": _shown(d.get("before")), "after": _shown(d.get("after"))})
    return shown


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "not set"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def asked(draft: Draft) -> str:
    """What a draft is about, in a few words, for subjects: a change order's first item, or
    the kinds of fact a CCR brings."""
    if draft.kind == "change_order":
        return draft.summary
    kinds = [f.get("kind") for f in draft.facts or [] if f.get("kind") != "change_request"]
    names = [FACT_LABELS.get(k or "", "fact").lower() + ("s" if kinds.count(k) > 1 else "")
             for k in dict.fromkeys(kinds)]
    return "new " + ", ".join(names) if names else draft.summary


def subject_line(view: dict[str, Any], drafts: Sequence[Draft]) -> str:
    """"Orbit Bikes / Spring launch: move launch to Mar 9": client, project, what is asked."""
    project = view["project"] if view["project"] != "no project yet" else view["subject"]
    return f"{view['client']} / {project}: {asked(drafts[0])}"


def queue_draft_mail(
    session: Session,
    ctx: DraftContext,
    drafts: Draft | Sequence[Draft],
    *,
    intro: str,
    diff: Sequence[dict[str, Any]] = (),
    cause_pk: int | None = None,
) -> str:
    """Queue one mail for the drafts' current versions; returns its Message-ID.

    With a change order and a CCR from one client mail, the mail covers both
    and its one token (the change order's) decides both: a reply decides
    every open draft whose current version this mail shows.
    """
    bundle = sorted([drafts] if isinstance(drafts, Draft) else list(drafts),
                    key=lambda d: (d.kind != "change_order", d.id))
    primary = bundle[0]
    now = ctx.clock.now()
    source = session.get_one(Message, primary.source_message_pk)
    token = issue(session, ctx, primary, now)
    view = draft_view(session, ctx, primary)
    sections = [section_view(ctx, d, diff if d is primary else _latest_diff(d))
                for d in bundle]
    if len(sections) > 1:  # the change order beside it lists them already
        for section in sections:
            section["action_items"] = []
    text, html = render_mail(
        "draft", intro=intro, sections=sections, both=len(bundle) > 1,
        has_items=any(s["items"] for s in sections),
        client=view["client"], contact=view["contact"], date=view["date"],
        subject=view["subject"], project=view["project"],
        token=token or "", no_token_reason="" if token else NO_KEY,
    )
    agency = ctx.agency
    reply_to = (Address("", f"{agency.intake_local_part}+{token}@{agency.intake_domain}")
                if token else _intake(ctx))
    labels = " + ".join(f"{KIND_LABELS[d.kind]} #{d.id} v{d.version}" for d in bundle)
    mail = compose_mail(
        sender=_intake(ctx), to=[agency.ae], reply_to=reply_to,
        subject=f"[Draft {labels}] {subject_line(view, bundle)}",
        text=text, html=html, clock=ctx.clock, kind="draft",
        in_reply_to=bracket(source.message_id),
        references=thread_references(source),
    )
    key = "+".join(f"{d.id}:v{d.version}" for d in bundle)
    # A version and its mail's outbox row are written together, so versions not mailed yet
    # have no row under this key.
    never_mailed = all(_latest(d).mail_message_id is None for d in bundle)
    for draft in bundle:  # before queueing: written in the same flush as the outbox row
        _latest(draft).mail_message_id = mail.message_id.strip("<>")
    ctx.outbox.queue(mail, kind="draft", dedupe_key=f"draft:{key}",
                     cause_message_pk=cause_pk or source.id, session=session,
                     known_new=never_mailed)
    log.info("queued draft mail %s for drafts %s", mail.message_id, key)
    return mail.message_id


def _latest(draft: Draft) -> DraftVersion:
    version = draft.latest_version
    assert version is not None, f"draft {draft.id} has no version"
    return version


def _latest_diff(draft: Draft) -> list[Any]:
    return list(_latest(draft).diff or [])


def parts_of(bundle: Sequence[Draft]) -> list[list[Draft]]:
    """The numbered parts of a draft mail: its drafts grouped by the client mail that made
    them, in that mail's order (a combined mail shows several; most show one). The mail and
    the reply that answers it number them with this one function."""
    parts: dict[int, list[Draft]] = {}
    for draft in sorted(bundle, key=lambda d: (d.source_message_pk, d.kind != "change_order",
                                               d.id)):
        parts.setdefault(draft.source_message_pk, []).append(draft)
    return list(parts.values())


def queue_combined_mail(session: Session, ctx: DraftContext, drafts: Sequence[Draft],
                        intros: dict[int, str]) -> str:
    """One mail for the drafts of several client mails (a sync that brought them at once):
    numbered parts (:func:`parts_of`), one token that decides them all, or some by number
    ("confirm 2"); returns its Message-ID. ``intros``: by source message."""
    ordered = parts_of(drafts)
    primary = ordered[0][0]
    now = ctx.clock.now()
    token = issue(session, ctx, primary, now)
    views = []
    for number, part in enumerate(ordered, 1):
        intro = intros.get(part[0].source_message_pk, "")
        view = draft_view(session, ctx, part[0])
        sections = [section_view(ctx, d, _latest_diff(d)) for d in part]
        if len(sections) > 1:  # the change order beside it lists them already
            for section in sections:
                section["action_items"] = []
        views.append({"number": number, "client": view["client"], "project": view["project"],
                      "contact": view["contact"], "date": view["date"],
                      "subject": view["subject"], "intro": intro, "sections": sections})
    text, html = render_mail(
        "drafts_combined", parts=views,
        intro=(f"{len(views)} client mails came in together with something to decide. "
               "Please check and decide: all at once, or by number."),
        has_items=any(s["items"] for v in views for s in v["sections"]),
        token=token or "", no_token_reason="" if token else NO_KEY,
    )
    agency = ctx.agency
    reply_to = (Address("", f"{agency.intake_local_part}+{token}@{agency.intake_domain}")
                if token else _intake(ctx))
    clients = ", ".join(dict.fromkeys(str(v["client"]) for v in views))
    mail = compose_mail(
        sender=_intake(ctx), to=[agency.ae], reply_to=reply_to,
        subject=f"[Drafts from {len(views)} client mails] {clients}"[:200],
        text=text, html=html, clock=ctx.clock, kind="draft",
    )
    bundle = [d for part in ordered for d in part]
    key = "+".join(f"{d.id}:v{d.version}" for d in bundle)
    if len(key) > 200:
        key = hashlib.sha256(key.encode()).hexdigest()
    ctx.outbox.queue(mail, kind="draft", dedupe_key=f"draft:{key}",
                     cause_message_pk=primary.source_message_pk, session=session)
    for draft in bundle:
        _latest(draft).mail_message_id = mail.message_id.strip("<>")
    log.info("queued one draft mail %s for %d client mails (drafts %s)", mail.message_id,
             len(views), key)
    return mail.message_id


def queue_ack(
    session: Session,
    ctx: DraftContext,
    draft: Draft,
    *,
    action: str,
    message: str,
    items: Sequence[str] = (),
    reply: Message | None = None,
) -> None:
    """A short acknowledgement of one decision, to the AE, in the reply's thread (gathered
    into one by :func:`one_ack_for_all` when one reply decides several drafts)."""
    view = draft_view(session, ctx, draft)
    gathered = _GATHERED_ACKS.get()
    if gathered is not None:
        what = "; ".join([message, *items])
        gathered.append((action, f"{draft_label(draft)}, {view['client']} / {view['project']}: "
                                 f"{what}", reply))
        return
    text, html = render_mail(
        "draft_ack", client=view["client"], draft_label=draft_label(draft), items=list(items),
        message=message, project=view["project"], summary=draft.summary,
    )
    mail = compose_mail(
        sender=_intake(ctx), to=[ctx.agency.ae],
        subject=f"[{action.capitalize()}] {KIND_LABELS[draft.kind]} #{draft.id}: "
                f"{view['subject']}",
        text=text, html=html, clock=ctx.clock, kind="draft-ack",
        in_reply_to=bracket(reply.message_id) if reply else None,
        references=[f"<{reply.message_id.strip('<>')}>"] if reply and reply.message_id else [],
    )
    cause = reply.id if reply else "operator"
    ctx.outbox.queue(mail, kind="draft-ack",
                     dedupe_key=f"ack:{draft.id}:v{draft.version}:{action}:{cause}",
                     cause_message_pk=reply.id if reply else None, session=session)


#: While one reply decides several drafts: the acknowledgements, gathered for one mail.
_GATHERED_ACKS: ContextVar[list[tuple[str, str, Message | None]] | None] = ContextVar(
    "gathered_acks", default=None)


@contextmanager
def one_ack_for_all(session: Session, ctx: DraftContext) -> Iterator[None]:
    """Acknowledge every decision made inside as one mail to the AE (a combined draft mail
    decided by one reply), not one mail per draft."""
    gathered: list[tuple[str, str, Message | None]] = []
    token = _GATHERED_ACKS.set(gathered)
    try:
        yield
    finally:
        _GATHERED_ACKS.reset(token)
    if not gathered:
        return
    counts = Counter(action for action, _line, _reply in gathered)
    summary = ", ".join(f"{action} {n}" for action, n in sorted(counts.items()))
    reply = gathered[0][2]
    text, html = render_mail("notice", recipient_name=ctx.agency.ae.partition("@")[0],
                             title=f"Decided: {summary}",
                             message=f"Your reply decided {len(gathered)} drafts:",
                             items=[line for _action, line, _reply in gathered])
    mail = compose_mail(
        sender=_intake(ctx), to=[ctx.agency.ae], subject=f"[Decided] {summary}",
        text=text, html=html, clock=ctx.clock, kind="draft-ack",
        in_reply_to=bracket(reply.message_id) if reply else None,
        references=[f"<{reply.message_id.strip('<>')}>"] if reply and reply.message_id else [],
    )
    cause = reply.id if reply else "operator"
    ctx.outbox.queue(mail, kind="draft-ack", dedupe_key=f"acks:{cause}:{len(gathered)}",
                     cause_message_pk=reply.id if reply else None, session=session)


def notices_sent_recently(session: Session, ctx: DraftContext, now: datetime) -> int:
    return session.scalar(
        select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "refusal-notice", AuditEvent.at > now - timedelta(hours=1)
        )
    ) or 0


def queue_refusal(
    session: Session,
    ctx: DraftContext,
    *,
    reply: Message,
    reason: str,
    draft: Draft | None,
    detail: str = "",
) -> bool:
    """Tell the AE (only the AE) why a reply changed nothing; False when rate limited.

    ``detail`` is added for the AE's own mistakes (a command we could not read
    or apply), where it says what to fix; other details stay in the audit log.
    """
    now = ctx.clock.now()
    if notices_sent_recently(session, ctx, now) >= ctx.settings.notices_per_hour:
        log.warning("refused reply %s (%s): notice to the AE rate limited",
                    reply.message_id, reason)
        return False
    text, html = render_mail(
        "draft_refused",
        advice=ADVICE.get(reason, DEFAULT_ADVICE).replace("ID", str(draft.id) if draft else "ID"),
        draft_label=draft_label(draft) if draft else "",
        reason_text=" ".join(filter(None, (
            REFUSAL_TEXT.get(reason, reason),
            f"It is {draft.status}." if draft is not None and reason == "decided" else "",
            detail[:300] if reason in ("unknown-command", "bad-command", "stale") else "",
        ))),
        reply_date=local_time(reply.date, ctx.agency.timezone),
        reply_from=reply.from_email or "(no sender)",
        reply_subject=reply.subject or "(no subject)",
    )
    mail = compose_mail(
        sender=_intake(ctx), to=[ctx.agency.ae],
        subject=f"Reply not accepted: {reply.subject or '(no subject)'}",
        text=text, html=html, clock=ctx.clock, kind="draft-refused",
    )
    ctx.outbox.queue(mail, kind="draft-refused", dedupe_key=f"refused:{reply.fingerprint}",
                     cause_message_pk=reply.id, session=session)
    session.add(AuditEvent(draft_id=draft.id if draft else None, action="refusal-notice",
                           actor="intake", message_pk=reply.id, reason=reason,
                           detail={"to": ctx.agency.ae}, at=now))
    return True


def queue_notice(session: Session, ctx: DraftContext, *, kind: str, dedupe_key: str,
                 subject: str, message: str, items: Sequence[str] = ()) -> None:
    """A short notice to the AE about intake itself (a cap reached...), never with a token."""
    text, html = render_mail("notice", recipient_name=ctx.agency.ae.partition("@")[0],
                             title=subject, message=message, items=list(items))
    mail = compose_mail(sender=_intake(ctx), to=[ctx.agency.ae], subject=subject, text=text,
                        html=html, clock=ctx.clock, kind=kind)
    ctx.outbox.queue(mail, kind=kind, dedupe_key=dedupe_key, session=session)
