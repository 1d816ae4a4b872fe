"""Drafting: a stored client message and its mentions in, CCR and change-order drafts out.

Input: a client :class:`models.Message`, its :class:`models.Mention` rows and
the project it was attached to (if any). Output: :class:`DraftSpec` values
(pure: :func:`plan_drafts`), then :class:`models.Draft` rows with version 1
(:func:`create_drafts`; the service sends the mail).

- A **CCR** is drafted when the mail brings facts the project does not know
  yet: objectives, a budget, requirements, due dates. It lists every fact with
  its source sentence, and the mail's change requests as action items.
- A **change order** is drafted for each change request: only that change,
  with the budget and schedule impact when the mail states them (in the same
  sentence, or anywhere in a mail that asks for one change only).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Message, Project
from models.drafts import Draft, DraftVersion
from models.mentions import Mention

CCR = "ccr"
CHANGE_ORDER = "change_order"

# The kinds of fact a CCR is drafted for, in the order it lists them.
CCR_FACTS = ("objective", "budget", "requirement", "due_date")
ACTION_ITEM = "change_request"
ACTION_LABELS = {
    "edit": "Edit",
    "swap": "Swap",
    "add": "Addition",
    "remove": "Removal",
    "hold": "Hold",
    "cancel": "Cancellation",
    "move_date": "Date change",
    "other": "Change",
}
MAX_SUMMARY = 160
# The fields an edit may change, and the draft attributes they live in.
EDITABLE = ("budget", "due_date", "description", "project")


@dataclass(frozen=True, slots=True)
class DraftSpec:
    """What one draft will say, before it is a row."""

    kind: str
    summary: str
    description: str
    budget: Decimal | None = None
    currency: str | None = None
    due_date: date | None = None
    facts: tuple[dict[str, Any], ...] = ()
    impact: dict[str, Any] = field(default_factory=dict)


def fact(mention: Mention) -> dict[str, Any]:
    """A JSON-ready fact: kind, a readable value, the client's words and sentence."""
    value: str
    if mention.kind in ("due_date", "replaced_date") and mention.due is not None:
        value = mention.due.isoformat()
        if mention.replaces is not None:
            value += f" (was {mention.replaces.isoformat()})"
    elif mention.kind in ("budget", "money") and mention.amount is not None:
        value = money_text(mention.amount, mention.currency)
        if mention.low is not None and mention.high is not None:
            value = (f"{money_text(mention.low, mention.currency)} to "
                     f"{money_text(mention.high, mention.currency)}")
    else:
        value = mention.sentence
    return {
        "kind": mention.kind,
        "value": value,
        "words": mention.words,
        "sentence": mention.sentence,
        "action": mention.action,
        "what": mention.what,
    }


def money_text(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return ""
    return f"{currency or ''} {amount:,.2f}".strip()


def is_new_fact(mention: Mention, project: Project | None) -> bool:
    """Whether the project does not know this fact yet (a new project knows what opened it)."""
    if project is None:
        return True
    if mention.kind == "objective":
        return mention.sentence not in (project.objectives or [])
    if mention.kind == "requirement":
        return mention.sentence not in (project.requirements or [])
    if mention.kind == "budget":
        return project.budget is None or mention.amount != project.budget
    if mention.kind == "due_date":
        return project.due_date is None or mention.due != project.due_date
    return True


def plan_drafts(
    message: Message,
    mentions: Sequence[Mention],
    project: Project | None,
    *,
    opened: bool = False,
) -> tuple[DraftSpec, ...]:
    """The CCR (if the mail brings new facts) and one change order per change request.

    ``opened``: the project was opened from this very mail, so every fact of
    it is new even though the project already holds it.
    """
    changes = [m for m in mentions if m.kind == ACTION_ITEM]
    # A moved date is a change even when no sentence was read as a request.
    changes += [m for m in mentions if m.kind == "due_date" and m.replaces is not None
                and not any(c.sentence == m.sentence for c in changes)]
    orders: list[DraftSpec] = []
    used: list[Mention] = []  # the numbers a change order took as its impact
    for change in changes:
        alone = len(changes) == 1 and not opened
        spec, impact = _change_order(change, mentions, project, only=alone)
        orders.append(spec)
        used += impact
    known = None if opened else project
    new = [m for m in mentions if m.kind in CCR_FACTS and m.replaces is None
           and not any(m is u for u in used) and is_new_fact(m, known)]
    requests = [c for c in changes if c.kind == ACTION_ITEM]
    return (_ccr(message, new, requests), *orders) if new else tuple(orders)


def _ccr(message: Message, new: list[Mention], changes: list[Mention]) -> DraftSpec:
    ordered = sorted(new, key=lambda m: (CCR_FACTS.index(m.kind), m.start))
    budgets = [m for m in ordered if m.kind == "budget"]
    dues = [m for m in ordered if m.kind == "due_date"]
    objectives = [m for m in ordered if m.kind == "objective"]
    subject = message.original_subject or message.subject or "(no subject)"
    summary = objectives[0].sentence if objectives else subject
    return DraftSpec(
        kind=CCR,
        summary=_clip(summary),
        description=summary,
        budget=budgets[0].amount if budgets else None,
        currency=budgets[0].currency if budgets else None,
        due_date=max((m.due for m in dues if m.due), default=None),
        facts=tuple(fact(m) for m in [*ordered, *sorted(changes, key=lambda m: m.start)]),
    )


def _change_order(
    change: Mention, mentions: Sequence[Mention], project: Project | None, *, only: bool
) -> tuple[DraftSpec, list[Mention]]:
    """One change with its own impact: numbers from its sentence, or the mail's if it is alone.

    ``only``: the mail asks for this one change on a project it did not open,
    so a moved date or an amount anywhere in it is this change's impact.
    """
    same = [m for m in mentions if m.sentence == change.sentence and m is not change]
    if change.kind == "due_date":
        same = [change, *(m for m in same if m.kind != "due_date")]
    dues = [m for m in same if m.kind == "due_date"] or (
        [m for m in mentions if m.kind == "due_date" and m.replaces is not None] if only else []
    )
    budgets = [m for m in same if m.kind == "budget"] or (
        [m for m in mentions if m.kind == "budget"] if only else []
    )
    impact: dict[str, Any] = {}
    due = max(dues, key=lambda m: (m.replaces is not None, m.confidence), default=None)
    if due is not None and due.due is not None:
        before = due.replaces or (project.due_date if project else None)
        impact["due"] = {"before": _iso(before), "after": due.due.isoformat()}
    budget = max(budgets, key=lambda m: m.confidence, default=None)
    if budget is not None and project is not None and budget.amount == project.budget:
        budget = None  # the amount the project already has: no budget impact
    if budget is not None and budget.amount is not None:
        before_amount = project.budget if project else None
        impact["budget"] = {
            "before": str(before_amount) if before_amount is not None else None,
            "after": str(budget.amount),
            "currency": budget.currency,
        }
    action = "move_date" if change.kind == "due_date" else change.action
    label = ACTION_LABELS.get(action or "other", "Change")
    impact_mentions = [m for m in (due, budget) if m is not None and m is not change]
    evidence = [change, *impact_mentions]
    return DraftSpec(
        kind=CHANGE_ORDER,
        summary=_clip(f"{label}: {change.sentence}"),
        description=change.sentence,
        budget=budget.amount if budget is not None else None,
        currency=budget.currency if budget is not None else None,
        due_date=due.due if due is not None else None,
        facts=tuple(fact(m) for m in evidence),
        impact=impact,
    ), impact_mentions


def create_drafts(
    session: Session,
    message: Message,
    specs: Sequence[DraftSpec],
    project: Project | None,
    *,
    now: datetime,
) -> list[Draft]:
    """Draft rows (version 1) for the specs; an older open CCR of the conversation is superseded.

    The new CCR carries the superseded CCR's facts that it does not repeat,
    so the AE decides on one CCR per conversation.
    """
    drafts: list[Draft] = []
    contact = f"{message.original_name or message.from_name} <{_contact_email(message)}>"
    for spec in specs:
        facts = list(spec.facts)
        older = _open_ccrs(session, message, project) if spec.kind == CCR else []
        for old in older:
            facts += [f for f in old.facts if f not in facts]
        draft = Draft(
            kind=spec.kind,
            status="draft",
            version=1,
            client_id=message.client_id,
            project_id=project.id if project else None,
            source_message_pk=message.id,
            contact=contact.strip(),
            summary=spec.summary,
            description=spec.description,
            budget=spec.budget,
            currency=spec.currency,
            due_date=spec.due_date,
            facts=facts,
            impact=dict(spec.impact),
            created_at=now,
            updated_at=now,
        )
        session.add(draft)
        session.flush()
        draft.versions.append(DraftVersion(number=1, fields=snapshot(draft), diff=[],
                                           caused_by_message_pk=message.id, created_at=now))
        for old in older:
            old.status, old.superseded_by_id, old.updated_at = "superseded", draft.id, now
        drafts.append(draft)
    session.flush()
    return drafts


def _open_ccrs(session: Session, message: Message, project: Project | None) -> list[Draft]:
    if message.thread_id is None:
        return []
    return list(session.scalars(
        select(Draft)
        .join(Message, Message.id == Draft.source_message_pk)
        .where(Draft.kind == CCR, Draft.status == "draft", Message.thread_id == message.thread_id,
               Draft.project_id == (project.id if project else None))
        .order_by(Draft.id)
    ))


def _contact_email(message: Message) -> str:
    return message.original_sender or message.from_email


def snapshot(draft: Draft) -> dict[str, Any]:
    """The editable fields of a draft as JSON-ready values (a version's ``fields``)."""
    return {
        "budget": str(draft.budget) if draft.budget is not None else None,
        "currency": draft.currency,
        "due_date": _iso(draft.due_date),
        "description": draft.description,
        "project_id": draft.project_id,
    }


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """``[{"field", "before", "after"}]`` for every field that changed, in a stable order."""
    return [
        {"field": key, "before": before.get(key), "after": after.get(key)}
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    ]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SUMMARY else text[: MAX_SUMMARY - 1].rstrip() + "…"
