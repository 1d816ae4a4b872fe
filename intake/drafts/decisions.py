"""Decisions on a draft: confirm, reject, edit, move, send to client. Shared by replies and the CLI.

Input: a :class:`models.Draft` in the caller's unit of work, who decides
(the AE's address or ``operator:<login>``) and the message that caused it
(None for an operator). Output: the draft's new state, ledger entries,
queued mail (acknowledgement, relay, recap, the new version's draft mail)
and audit events, all in the caller's transaction.

Every state change is a conditional UPDATE on ``(id, status='draft',
version)``: of two decisions racing on one draft, exactly one wins and the
other raises :class:`DraftConflict` (the caller's savepoint rolls it back).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake.drafts.commands import CommandError
from intake.drafts.context import DraftContext, audit
from intake.drafts.drafting import diff, items_of, order_description, order_summary, snapshot
from intake.drafts.mails import money, queue_ack, queue_draft_mail
from intake.drafts.projects import move_to
from intake.drafts.relay import relay, send_to_client
from intake.errors import UsageError
from models import Message, Project
from models.drafts import ChangeLedgerEntry, Draft, DraftVersion

CENTS = Decimal("0.01")
KIND_NAMES = {"ccr": "CCR", "change_order": "change order"}


class DraftConflict(UsageError):
    """The draft is no longer open at the version the decision was made on."""

    def __init__(self, reason: str, message: str):
        self.reason = reason
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Edit:
    """Field changes an AE asked for: only the ones given are changed."""

    budget: Decimal | None = None
    currency: str | None = None
    due_date: date | None = None
    description: str | None = None
    project: str | None = None
    drop: tuple[int, ...] = ()  # change-order line items to leave out, by number

    @property
    def empty(self) -> bool:
        return not self.drop and all(v is None for v in (self.budget, self.due_date,
                                                         self.description, self.project))


def _claim_status(session: Session, draft: Draft, new_status: str, **values: Any) -> None:
    """Move the draft out of ``draft`` status at its current version, or raise DraftConflict."""
    result = session.execute(
        update(Draft)
        .where(Draft.id == draft.id, Draft.status == "draft", Draft.version == draft.version)
        .values(status=new_status, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(draft)
        raise DraftConflict("decided", f"draft {draft.id} is {draft.status} "
                                       f"(version {draft.version}): nothing changed")
    session.refresh(draft)


def confirm(session: Session, ctx: DraftContext, draft: Draft, *, actor: str,
            reply: Message | None = None, to_client: bool = False) -> list[str]:
    """Confirm, apply to the project (ledger for change orders), relay, acknowledge."""
    now = ctx.clock.now()
    _claim_status(session, draft, "confirmed", decided_at=now, decided_by=actor, updated_at=now)
    cause = reply.id if reply else None
    audit(session, action="confirmed", actor=actor, at=now, draft=draft, message_pk=cause)
    items = [*apply_to_project(session, draft, now=now)]
    if draft.project_id is not None:
        ctx.notify_project_changed(session, session.get(Project, draft.project_id))
    sent = relay(session, ctx, draft, actor=actor, cause_pk=cause)
    items.append(f"Relayed to {', '.join(sent)}" if sent
                 else "Not relayed: no Traffic Manager or Account Coordinator is configured")
    if to_client:
        to = send_to_client(session, ctx, draft, actor=actor, cause_pk=cause)
        items.append(f"Recap sent to {to}")
    queue_ack(session, ctx, draft, action="confirmed", message="Confirmed.", items=items,
              reply=reply)
    return items


def apply_to_project(session: Session, draft: Draft, *, now: Any) -> list[str]:
    """A confirmed change order moves the project's budget/due date and adds a ledger entry;
    a confirmed CCR fills in what the project does not know yet."""
    project = session.get(Project, draft.project_id) if draft.project_id else None
    if project is None:
        return []
    notes: list[str] = []
    if draft.kind == "change_order":
        entry = ChangeLedgerEntry(
            project_id=project.id, draft_id=draft.id, what=draft.description,
            budget_before=project.budget if draft.budget is not None else None,
            budget_after=draft.budget,
            due_before=project.due_date if draft.due_date is not None else None,
            due_after=draft.due_date, currency=draft.currency or project.currency,
            confirmed_at=now,
        )
        session.add(entry)
        if draft.budget is not None:
            project.budget = draft.budget
            project.currency = draft.currency or project.currency
            if project.original_budget is None:
                project.original_budget = draft.budget
            notes.append(f"{project.name}: budget now {money(draft.budget, project.currency)}")
        if draft.due_date is not None:
            project.due_date = draft.due_date
            if project.original_due_date is None:
                project.original_due_date = draft.due_date
            notes.append(f"{project.name}: due date now {draft.due_date.isoformat()}")
        notes.append(f"Added to the change ledger of {project.name}")
    else:
        for f in draft.facts or []:
            if f.get("kind") == "objective" and f["sentence"] not in (project.objectives or []):
                project.objectives = [*(project.objectives or []), f["sentence"]]
            if f.get("kind") == "requirement" and f["sentence"] not in (
                project.requirements or []
            ):
                project.requirements = [*(project.requirements or []), f["sentence"]]
        if draft.budget is not None and project.budget is None:
            project.budget = project.original_budget = draft.budget
            project.currency = draft.currency
        if draft.due_date is not None and project.due_date is None:
            project.due_date = project.original_due_date = draft.due_date
        notes.append(f"Recorded on {project.name}")
    project.updated_at = now
    return notes


def reject(session: Session, ctx: DraftContext, draft: Draft, *, actor: str,
           reason: str | None = None, reply: Message | None = None) -> None:
    now = ctx.clock.now()
    _claim_status(session, draft, "rejected", decided_at=now, decided_by=actor,
                  decision_reason=reason or None, updated_at=now)
    audit(session, action="rejected", actor=actor, at=now, draft=draft,
          message_pk=reply.id if reply else None, detail={"reason": reason or ""})
    queue_ack(session, ctx, draft, action="rejected",
              message=f"Rejected{': ' + reason if reason else ''}. Nothing was relayed.",
              reply=reply)


def edit(session: Session, ctx: DraftContext, draft: Draft, change: Edit, *, actor: str,
         reply: Message | None = None) -> list[dict[str, Any]]:
    """A new version with the changed fields, a new token, and a mail showing the diff."""
    now = ctx.clock.now()
    if change.empty:
        raise DraftConflict("bad-command", "an edit needs at least one field: value line")
    if change.drop:
        check_drop(draft, change.drop)
    before = snapshot(draft)
    old_version = draft.version
    result = session.execute(
        update(Draft)
        .where(Draft.id == draft.id, Draft.status == "draft", Draft.version == old_version)
        .values(version=old_version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(draft)
        raise DraftConflict("decided", f"draft {draft.id} is {draft.status} "
                                       f"(version {draft.version}): nothing changed")
    session.refresh(draft)
    if change.budget is not None:
        draft.budget = change.budget.quantize(CENTS)
        draft.currency = change.currency or draft.currency
    if change.due_date is not None:
        draft.due_date = change.due_date
    if change.drop:
        kept = [f for f in draft.facts or [] if f.get("item") not in change.drop]
        draft.facts = kept
        draft.summary = order_summary(items_of(kept))
        draft.description = order_description(items_of(kept))
    if change.description is not None:
        draft.description = change.description
        if draft.kind == "change_order":
            draft.summary = change.description[:160]
    if change.project is not None:
        source = session.get_one(Message, draft.source_message_pk)
        known = set(session.scalars(select(Project.id).where(
            Project.client_id == source.client_id)))
        project = move_to(session, source, change.project, now=now)
        draft.project_id = project.id
        if project.id not in known:
            ctx.notify_project_changed(session, project)
    after = snapshot(draft)
    changes = diff(before, after)
    if change.project is not None:
        for d in changes:
            if d["field"] == "project_id":
                d.update(field="project", after=change.project,
                         before=_project_name(session, d["before"]))
    session.add(DraftVersion(draft_id=draft.id, number=draft.version, fields=after,
                             diff=changes, caused_by_message_pk=reply.id if reply else None,
                             created_at=now))
    session.flush()
    session.refresh(draft)
    action = "moved" if change.project is not None and len(changes) == 1 else "edited"
    audit(session, action=action, actor=actor, at=now, draft=draft,
          message_pk=reply.id if reply else None,
          detail={"from_version": old_version, "diff": changes})
    queue_draft_mail(
        session, ctx, draft, diff=changes, cause_pk=reply.id if reply else None,
        intro=f"Your {'move' if action == 'moved' else 'edit'} made version {draft.version} "
              f"of {KIND_NAMES[draft.kind]} #{draft.id}; replies to earlier versions no longer "
              "count.",
    )
    return changes


def check_drop(draft: Draft, numbers: tuple[int, ...]) -> None:
    """Every item to drop exists, and at least one stays (dropping all is a rejection)."""
    if draft.kind != "change_order":
        raise CommandError("drop", f"{KIND_NAMES[draft.kind]} #{draft.id} has no line items")
    have = [f["item"] for f in items_of(draft.facts or [])]
    missing = [n for n in numbers if n not in have]
    if missing:
        raise CommandError("drop", f"there is no item {', '.join(map(str, missing))}: change "
                                   f"order #{draft.id} has items {', '.join(map(str, have))}")
    if set(have) <= set(numbers):
        raise CommandError("drop", "that drops every item; reply reject instead")


def _project_name(session: Session, project_id: Any) -> str | None:
    project = session.get(Project, project_id) if project_id else None
    return project.name if project else None
