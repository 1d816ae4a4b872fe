"""The drafting service: the pipeline hook, the operator's decisions, and the drafts views.

Input: each stored message (``Pipeline.after_store``: ``(session, work)``),
or an operator's command (``intake drafts confirm ID``). Output: projects,
drafts, decisions, queued mail and audit events in the same unit of work.

What the hook does with a message, by classification:

- ``client``: attach it to a project, draft a CCR and change orders, mail them to the AE;
- ``draft_reply``: apply the AE's reply (:mod:`intake.drafts.replies`);
- anything else sent to the intake mailbox with a draft token (a forgery, an
  auto-reply): refuse it, record it and tell the AE. Our own mail coming
  back and bounces are left alone, and so is token-bearing mail not sent to
  the intake mailbox (the AE forwarding a draft mail to a colleague).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, defer, lazyload

from intake.classify import CLIENT
from intake.drafts.context import INTAKE_ACTOR, DraftContext, audit
from intake.drafts.decisions import KIND_NAMES, Edit, confirm, edit, reject
from intake.drafts.drafting import CCR, create_drafts, find_open_draft, plan_drafts
from intake.drafts.mails import (
    draft_label,
    parts_of,
    queue_combined_mail,
    queue_draft_mail,
    queue_notice,
)
from intake.drafts.projects import attach_project
from intake.drafts.relay import send_to_client
from intake.drafts.replies import ReplyOutcome, handle_reply
from intake.errors import NotFound, UsageError
from intake.tenancy import owned_by
from models import Client, Message, Project
from models.drafts import AuditEvent, Draft, DraftToken, DraftVersion
from models.mentions import Mention

if TYPE_CHECKING:
    from intake.pipeline import Work

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class DraftHook:
    """``Pipeline.after_store`` hook: drafts from client mail, decisions from replies.

    With several AEs each message is drafted, and each reply judged, in the context of
    the AE it belongs to (``tenants``, by AE key): their address, Traffic and tokens, so
    one AE's token never decides another AE's draft."""

    ctx: DraftContext
    tenants: Mapping[str, DraftContext] = field(default_factory=dict)
    # Draft mails of the batch in hand, per thread (mailboxes sync in threads), while the
    # pipeline writes a batch of several messages: mailed together by end_batch.
    _batch: threading.local = field(default_factory=threading.local, compare=False, repr=False)

    def begin_batch(self) -> None:
        """The pipeline starts writing several messages: their draft mails wait for
        :meth:`end_batch`, so a sync that brings many client mails at once mails the AE a
        few combined mails (``[drafts] combine_up_to`` client mails each), not one each."""
        self._batch.waiting = []

    def end_batch(self, session: Session) -> None:
        waiting: list[Waiting] = getattr(self._batch, "waiting", None) or []
        self._batch.waiting = None
        if waiting:
            mail_waiting(session, waiting)

    def abandon_batch(self) -> None:
        """The batch failed (it will be written again message by message): forget it."""
        self._batch.waiting = None

    def __call__(self, session: Session, work: Work) -> None:
        message, mail, verdict = work.message, work.parsed, work.verdict
        if message is None or mail is None or verdict is None:
            return
        ctx = self.tenants.get(message.ae or "", self.ctx)
        if verdict.answers_draft:  # classify decided: a token sent to the intake mailbox
            assert verdict.token is not None
            expire_drafts(session, ctx)  # so a late reply meets an expired draft
            handle_reply(session, ctx, message, mail, verdict.token)
            return
        if verdict.token is not None:
            if not verdict.to_intake:  # the AE forwarding or discussing a draft mail elsewhere
                log.info("message %s carries a draft token but is not addressed to %s: ignored",
                         message.message_id, ctx.agency.intake)
            return  # or our own draft mail come back
        if verdict.kind == CLIENT:
            if message.effective_date < ctx.clock.now() - ctx.settings.max_age:
                return  # history from a first sync: stored and understood, not drafted
            opened = work.thread_opened
            waiting = getattr(self._batch, "waiting", None)
            if waiting is not None and ctx.settings.combine_up_to > 1:
                draft_from_message(session, ctx, message, defer=waiting, thread_opened=opened)
                return
            today, held = mails_today_and_held(session, ctx)
            if held:  # held drafts first
                today += release_held_drafts(session, ctx, today=today)
            draft_from_message(session, ctx, message, today=today, thread_opened=opened)


@dataclass(frozen=True)
class Waiting:
    """Drafts of one client mail whose mail waits for the end of the batch."""

    ctx: DraftContext
    drafts: tuple[Draft, ...]
    intro: str


def mail_waiting(session: Session, waiting: Sequence[Waiting]) -> int:
    """Mail the drafts a batch made: per AE, the latest version of each open draft once,
    ``combine_up_to`` client mails to a mail (one client mail: the usual draft mail), within
    today's cap (past it they are held and the AE told once). The mails queued."""
    queued = 0
    by_ae: dict[str | None, list[Waiting]] = {}
    for entry in waiting:
        by_ae.setdefault(entry.ctx.ae_key, []).append(entry)
    for entries in by_ae.values():
        ctx = entries[0].ctx
        drafts: dict[int, Draft] = {}  # a draft updated twice in the batch: mailed once
        intros: dict[int, str] = {}
        for entry in entries:
            for draft in entry.drafts:
                drafts[draft.id] = draft
                intros[draft.source_message_pk] = entry.intro
        open_drafts = [d for d in drafts.values() if d.status == "draft"]
        parts = parts_of(open_drafts)
        room = ctx.settings.max_per_day - mails_today(session, ctx)
        size = max(1, ctx.settings.combine_up_to)
        for start in range(0, len(parts), size):
            chunk = parts[start:start + size]
            chunk_drafts = [d for part in chunk for d in part]
            if room <= 0:
                hold_drafts(session, ctx, chunk_drafts, now=ctx.clock.now())
                continue
            if len(chunk) == 1:
                queue_draft_mail(session, ctx, chunk_drafts,
                                 intro=intros[chunk[0][0].source_message_pk],
                                 cause_pk=chunk[0][0].source_message_pk)
            else:
                queue_combined_mail(session, ctx, chunk_drafts, intros)
            room -= 1
            queued += 1
    return queued


def draft_from_message(session: Session, ctx: DraftContext, message: Message, *,
                       today: int | None = None, defer: list[Waiting] | None = None,
                       thread_opened: bool = False) -> list[Draft]:
    """Attach a stored client message to a project and draft what it asks for: at most one
    CCR and one change order, new or as a new version of the project's open one, in one
    mail to the AE (held when today's cap is reached; with ``defer``, mailed with the rest
    of the batch by :func:`mail_waiting`; ``thread_opened``: the mail started its
    conversation, so no project or draft is linked to it yet)."""
    now = ctx.clock.now()
    mentions = list(session.scalars(_MENTIONS_OF, {"pk": message.id}))
    if not mentions:
        return []
    attached = attach_project(session, message, mentions, now=now, job_types=ctx.job_types,
                              thread_opened=thread_opened)
    project = attached.project if attached else None
    opened = bool(attached and attached.how == "new")
    # a project this mail opened has no CCR open yet
    open_ccr = None if opened else find_open_draft(session, message, project, CCR)
    specs = plan_drafts(message, mentions, project, opened=opened,
                        pending=list(open_ccr.facts or []) if open_ccr is not None else [])
    if opened:
        ctx.notify_project_changed(session, project)
    if not specs:
        return []
    drafts = create_drafts(session, message, specs, project, now=now,
                           open_drafts={CCR: open_ccr})
    client = session.get(Client, message.client_id) if message.client_id else None
    for draft in drafts:
        audit(session, action="drafted" if draft.version == 1 else "updated",
              actor=INTAKE_ACTOR, at=now, draft=draft, message_pk=message.id,
              detail={"project_by": attached.how if attached else None,
                      "version": draft.version})
    if defer is not None:
        defer.append(Waiting(ctx, tuple(drafts),
                             draft_intro(client, project, drafts)))
        return drafts
    if (mails_today(session, ctx) if today is None else today) >= ctx.settings.max_per_day:
        hold_drafts(session, ctx, drafts, now=now)
        return drafts
    queue_draft_mail(session, ctx, drafts, intro=draft_intro(client, project, drafts),
                     cause_pk=message.id)
    return drafts


_MENTIONS_OF = select(Mention).where(  # built once: every client mail asks
    Mention.message_pk == bindparam("pk")).order_by(Mention.start)


def draft_intro(client: Client | None, project: Project | None,
                drafts: list[Draft]) -> str:
    """The first line of a draft mail: who sent what, and whether it updates an open draft."""
    who = client.name if client else "A client"
    what = " and ".join(
        ("new facts" if d.kind == "ccr" else "changes")
        + (f" (now version {d.version} of the open {KIND_NAMES[d.kind]})" if d.version > 1
           else "")
        for d in sorted(drafts, key=lambda d: d.kind != "ccr")
    )
    about = f" about {project.name}" if project else ""
    return f"{who} sent {what}{about}. Please check and decide."


# -- the daily cap (``[drafts] max_per_day``) ---------------------------------------------


def day_start(ctx: DraftContext) -> datetime:
    """Midnight today in the agency's zone, as UTC: the cap counts the AE's own day."""
    zone = ZoneInfo(ctx.agency.timezone)
    local = ctx.clock.now().astimezone(zone)
    return datetime.combine(local.date(), time(), zone).astimezone(UTC)


def mails_today(session: Session, ctx: DraftContext) -> int:
    """Draft mails sent to the AE since midnight, agency time (one per mail, not per draft)."""
    return session.scalar(_mails_today(ctx.ae_key), {"since": day_start(ctx)}) or 0


@lru_cache(maxsize=64)
def _mails_today(ae_key: str | None) -> Select[int]:
    """Built once per AE (bound to ``since``): every client mail asks, and building the
    statement cost more than running it."""
    query = (select(func.count(func.distinct(DraftVersion.mail_message_id)))
             .where(DraftVersion.mail_message_id.is_not(None),
                    DraftVersion.created_at >= bindparam("since")))
    if ae_key is not None:
        query = query.join(Draft, Draft.id == DraftVersion.draft_id).where(Draft.ae == ae_key)
    return query


@lru_cache(maxsize=64)
def _held(ae_key: str | None) -> Select[Draft]:
    """An AE's open drafts whose current version waits for its mail (held by the daily cap)."""
    return (select(Draft).join(DraftVersion, (DraftVersion.draft_id == Draft.id)
                               & (DraftVersion.number == Draft.version))
            .where(Draft.status == "draft", DraftVersion.mail_message_id.is_(None),
                   owned_by(Draft.ae, ae_key)))


@lru_cache(maxsize=64)
def _today_and_held(ae_key: str | None) -> Select[int, bool]:
    return select(_mails_today(ae_key).scalar_subquery(), _held(ae_key).exists())


def mails_today_and_held(session: Session, ctx: DraftContext) -> tuple[int, bool]:
    """:func:`mails_today`, and whether any draft is held, in one round trip (each client
    mail asks both)."""
    today, held = session.execute(_today_and_held(ctx.ae_key),
                                  {"since": day_start(ctx)}).one()
    return today or 0, bool(held)


def hold_drafts(session: Session, ctx: DraftContext, drafts: list[Draft], *,
                now: datetime) -> None:
    """Over today's cap: the drafts wait for tomorrow's mail; the AE hears of it once a day."""
    for draft in drafts:
        audit(session, action="held", actor=INTAKE_ACTOR, at=now, draft=draft,
              reason="max_per_day", detail={"max_per_day": ctx.settings.max_per_day})
    told = session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "cap-notice", AuditEvent.at >= day_start(ctx)))
    if told:
        return
    queue_notice(
        session, ctx, kind="draft-cap", dedupe_key=f"draft-cap:{day_start(ctx).date()}",
        subject=f"intake: {ctx.settings.max_per_day} draft mails today; the rest wait",
        message=(f"intake mailed you {ctx.settings.max_per_day} drafts today, the daily cap "
                 "([drafts] max_per_day). Further drafts are kept and mailed from tomorrow "
                 "morning; `intake drafts` lists them all now."),
    )
    audit(session, action="cap-notice", actor=INTAKE_ACTOR, at=now,
          detail={"max_per_day": ctx.settings.max_per_day})


def release_held_drafts(session: Session, ctx: DraftContext, *, today: int | None = None) -> int:
    """Mail the open drafts that wait for their mail, oldest first, up to today's cap
    (``today``: the draft mails sent today, when the caller has counted them)."""
    room = ctx.settings.max_per_day - (mails_today(session, ctx) if today is None else today)
    if room <= 0:
        return 0
    waiting = session.scalars(_held(ctx.ae_key).order_by(Draft.id)).all()
    sent = 0
    by_source: dict[int, list[Draft]] = {}
    for draft in waiting:
        by_source.setdefault(draft.source_message_pk, []).append(draft)
    for drafts in list(by_source.values())[:room]:
        client = session.get(Client, drafts[0].client_id) if drafts[0].client_id else None
        project = session.get(Project, drafts[0].project_id) if drafts[0].project_id else None
        queue_draft_mail(session, ctx, drafts, intro=draft_intro(client, project, drafts))
        sent += 1
    return sent


def expire_drafts(session: Session, ctx: DraftContext) -> int:
    """Open drafts whose newest token has expired become ``expired`` (audited)."""
    now = ctx.clock.now()
    rows = session.execute(
        select(Draft, DraftToken.expires_at)
        .join(DraftToken, (DraftToken.draft_id == Draft.id)
              & (DraftToken.version == Draft.version))
        .where(Draft.status == "draft", DraftToken.expires_at <= now)
    ).all()
    for draft, expires_at in rows:
        draft.status, draft.updated_at = "expired", now
        audit(session, action="expired", actor=INTAKE_ACTOR, at=now, draft=draft,
              detail={"token_expired_at": expires_at.isoformat()})
    return len(rows)


# -- wiring -------------------------------------------------------------------------------


def build_draft_hooks(ctx: DraftContext, tenants: Mapping[str, DraftContext] | None = None,
                      ) -> tuple[DraftHook, ...]:
    """The after_store hooks to add to ``Pipeline.after_store`` (see the module docstring);
    ``tenants``: each AE's context by AE key, when the config lists several."""
    if ctx.key is None:
        log.warning("INTAKE_SECRET is not set: drafts are mailed, but no reply is accepted")
    return (DraftHook(ctx, dict(tenants or {})),)


# -- operator actions (``intake drafts confirm|reject|send-to-client ID``) -----------------


def _open_draft(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no draft with id {draft_id}")
    return draft


def _reopen_expired(session: Session, ctx: DraftContext, draft: Draft, actor: str) -> None:
    """An operator may still decide on an expired draft: it is open again for that decision."""
    if draft.status == "expired":
        draft.status = "draft"
        audit(session, action="reopened", actor=actor, at=ctx.clock.now(), draft=draft)
        session.flush()


def operator_confirm(session: Session, ctx: DraftContext, draft_id: int, *, actor: str,
                     to_client: bool = False) -> list[str]:
    draft = _open_draft(session, draft_id)
    _reopen_expired(session, ctx, draft, actor)
    return confirm(session, ctx, draft, actor=actor, to_client=to_client)


def operator_reject(session: Session, ctx: DraftContext, draft_id: int, *, actor: str,
                    reason: str | None = None) -> None:
    draft = _open_draft(session, draft_id)
    _reopen_expired(session, ctx, draft, actor)
    reject(session, ctx, draft, actor=actor, reason=reason)


def edit_of(fields: Mapping[str, str], today: date) -> Edit:
    """An edit from the operator's fields (``budget``, ``due``, ``description``, ``project``;
    blank ones left out), read as the AE's reply lines are: the CLI and the web view."""
    from intake.drafts.commands import edit_values

    values = edit_values({k: v for k, v in fields.items() if v}, today=today)
    return Edit(budget=values.budget[0] if values.budget else None,
                currency=values.budget[1] if values.budget else None,
                due_date=values.due, description=values.description, project=values.project)


def operator_edit(session: Session, ctx: DraftContext, draft_id: int, change: Edit, *,
                  actor: str) -> list[dict[str, Any]]:
    draft = _open_draft(session, draft_id)
    _reopen_expired(session, ctx, draft, actor)
    return edit(session, ctx, draft, change, actor=actor)


def operator_send_to_client(session: Session, ctx: DraftContext, draft_id: int, *,
                            actor: str) -> str:
    """Confirmed drafts get a recap; an open one is confirmed (and relayed) first."""
    draft = _open_draft(session, draft_id)
    if draft.status in ("draft", "expired"):
        _reopen_expired(session, ctx, draft, actor)
        confirm(session, ctx, draft, actor=actor, to_client=True)
        return draft.contact
    if draft.status != "confirmed":
        raise UsageError(f"draft {draft_id} is {draft.status}: only a confirmed or open draft "
                         "can be sent to the client")
    return send_to_client(session, ctx, draft, actor=actor, cause_pk=None)


# -- views (``intake drafts [--json]``, ``intake drafts show ID``) ---------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def draft_row(session: Session, draft: Draft) -> dict[str, Any]:
    """One draft as ``intake drafts --json`` prints it (a public shape: add keys, never rename)."""
    client = session.get(Client, draft.client_id) if draft.client_id else None
    project = session.get(Project, draft.project_id) if draft.project_id else None
    source_id = session.scalar(select(Message.message_id).where(
        Message.id == draft.source_message_pk)) if draft.source_message_pk else None
    return {
        "id": draft.id,
        "kind": draft.kind,
        "status": draft.status,
        "version": draft.version,
        "client": client.name if client else None,
        "project": project.name if project else None,
        "project_id": draft.project_id,
        "summary": draft.summary,
        "description": draft.description,
        "budget": str(draft.budget) if draft.budget is not None else None,
        "currency": draft.currency,
        "due_date": draft.due_date.isoformat() if draft.due_date else None,
        "contact": draft.contact,
        "source_message_id": source_id,  # the client's Message-ID
        "source_message": draft.source_message_pk,  # its ID in `intake messages`
        "created_at": _iso(draft.created_at),
        "decided_at": _iso(draft.decided_at),
        "decided_by": draft.decided_by,
        "relayed_at": _iso(draft.relayed_at),
        "sent_to_client_at": _iso(draft.sent_to_client_at),
        "label": draft_label(draft),
    }


def draft_rows(session: Session, *, status: str | None = None,
               ae_key: str | None = None) -> Iterator[dict[str, Any]]:
    """Every draft (of one status; of one AE's, ``ae_key``) as ``intake drafts`` lists it."""
    # A listing needs neither the facts nor the versions: tens of kilobytes a draft.
    query = (select(Draft).where(owned_by(Draft.ae, ae_key)).order_by(Draft.id)
             .options(defer(Draft.facts), defer(Draft.impact), lazyload(Draft.versions))
             .execution_options(yield_per=200))
    if status:
        query = query.where(Draft.status == status)
    for draft in session.scalars(query):
        yield draft_row(session, draft)


def draft_detail(session: Session, draft_id: int) -> dict[str, Any]:
    """A draft with its facts, impact, versions and history of audit events."""
    draft = _open_draft(session, draft_id)
    row = draft_row(session, draft)
    row["facts"] = draft.facts
    row["impact"] = draft.impact
    row["versions"] = [
        {"number": v.number, "fields": v.fields, "diff": v.diff, "mail": v.mail_message_id,
         "created_at": _iso(v.created_at)}
        for v in draft.versions
    ]
    row["history"] = [
        {"at": _iso(e.at), "action": e.action, "actor": e.actor, "reason": e.reason,
         "message": e.message_pk, "detail": e.detail}
        for e in session.scalars(
            select(AuditEvent).where(AuditEvent.draft_id == draft.id)
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    ]
    return row


__all__ = [
    "DraftHook",
    "ReplyOutcome",
    "build_draft_hooks",
    "draft_detail",
    "draft_from_message",
    "draft_rows",
    "operator_confirm",
    "operator_reject",
    "operator_send_to_client",
]
