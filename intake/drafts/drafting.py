"""Drafting: a stored client message and its mentions in, CCR and change-order drafts out.

Input: a client :class:`models.Message`, its :class:`models.Mention` rows and
the project it was attached to (if any). Output: at most one CCR and one
change order (:class:`DraftSpec`, pure: :func:`plan_drafts`), then the
:class:`models.Draft` rows: new ones at version 1, or the project's open
drafts at a new version (:func:`create_drafts`; the service sends the mail).

- A **CCR** is drafted when the mail brings facts the project does not know
  yet, and that no open CCR of the project already lists: objectives, a
  budget, requirements, due dates. It lists every fact with its source
  sentence, and the mail's change requests as action items. An open CCR of
  the project takes the new facts as a new version instead of a second CCR.
- A **change order** is drafted once per mail that asks for changes: one
  numbered line item per requested change, each with its sentence, and the
  budget and schedule impact the mail states. A later mail of the same
  conversation adds its items to the open change order (a new version)
  instead of opening another. Item numbers never change, so "drop: 2" in a
  reply means what the AE read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.drafts.projects import project_name
from intake.parsers.mentions import same_sentence
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
MAX_TITLE = 70
# Words that open a request but say nothing of what is asked ("Also, could you please ...").
# "Hi Sam, please ...": the AE greeted, not the change ("Photos, please ..." keeps its topic).
_VOCATIVE = re.compile(r"^(?i:hi|hello|hey|dear)\s+[A-Z][a-z]+[,!]?\s+")
_REQUEST_LEAD = re.compile(
    r"^(?:(?:and|also|so|ok|okay|one more thing|small change|quick one|finally|lastly|"
    r"please|pls|kindly|could|can|would|will|you|we|i|maybe|perhaps|just|then|"
    r"like to|'d|possibly|"
    # the polite frames of French, German and Spanish requests
    r"pourriez-vous|pouvez-vous|merci de|merci d'|veuillez|s'il vous plaît|"
    r"könnten sie|können sie|würden sie|bitte|"
    r"¿?podrían|¿?podéis|¿?pueden|¿?puedes|por favor)(?!\w)[\s,:;.!-]*)+",
    re.IGNORECASE,
)


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
        if mention.money_kind == "cap":
            value = f"up to {value}"  # "up to $20,000 for production": a ceiling
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
        "confidence": mention.confidence,
    }


def money_text(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return ""
    return f"{currency or ''} {amount:,.2f}".strip()


def is_new_fact(mention: Mention, project: Project | None,
                pending: Sequence[dict[str, Any]] = ()) -> bool:
    """Whether neither the project nor an open draft (``pending`` facts) knows this fact yet."""
    if pending:
        value = fact(mention)["value"]  # (once: an open CCR may hold many facts)
        if any(f.get("kind") == mention.kind and f.get("value") == value
               and (mention.kind not in ("objective", "requirement")
                    or f.get("sentence") == mention.sentence)
               for f in pending):
            return False
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


class _MailsMentions:
    """What titling a mail's changes asks of all its mentions, read once (a mail may hold a
    hundred mentions and tens of changes): the moved date of each sentence, and how many
    statements of a kind each sentence holds."""

    def __init__(self, mentions: Sequence[Mention]):
        self.moved: dict[str, Mention] = {}
        self.said: Counter[tuple[str, str]] = Counter()
        for m in mentions:
            if m.kind == "due_date" and m.replaces is not None and m.due is not None:
                self.moved.setdefault(same_sentence(m.sentence), m)
            self.said[(m.kind, m.sentence)] += 1


def item_title(change: Mention, mentions: Sequence[Mention] | _MailsMentions) -> str:
    """What one requested change asks, in a few words: "move the launch to Mar 9"."""
    read = mentions if isinstance(mentions, _MailsMentions) else _MailsMentions(mentions)
    moved = read.moved.get(same_sentence(change.sentence))
    if moved is not None and moved.due is not None:
        old = moved.replaces
        what = moved.what or (f"{old:%b} {old.day}" if old is not None else "the date")
        return f"move {what} to {moved.due:%b} {moved.due.day}"
    text = " ".join(change.sentence.split())
    if read.said[(change.kind, change.sentence)] > 1:
        text = " ".join(change.words.split())  # "ändern Sie ... und machen Sie ...": two asks
    text = _VOCATIVE.sub("", text, count=1)
    text = text.split("; ", 1)[0]  # "remove 'best'; the bar rules don't allow superlatives"
    reason = _REASON.search(text)
    if reason is not None and len(text[:reason.start()].split()) >= 3:
        text = text[:reason.start()]  # "swap the photo for the red helmet, it shows the frame"
    frame, colon, rest = text.partition(": ")
    first_word = (change.words.split() or [""])[0].lower()
    asked_in_frame = first_word and first_word in frame.lower().split()
    if (colon and len(frame) <= 40 and change.words.lower() not in frame.lower() and rest
            and not asked_in_frame):
        # "On the first round: please swap ..." -> "please swap ..."; not "Merci de modifier
        # le titre : « ... »", whose request starts before the colon
        text = rest
    lead = _REQUEST_LEAD.match(text)
    if lead is not None and lead.end() < len(text):
        text = text[lead.end():]
    return clip(text.rstrip(".!?"), MAX_TITLE)


def items_of(draft_facts: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A change order's line items (facts with an item number), in number order."""
    return sorted((f for f in draft_facts if f.get("item")), key=lambda f: f["item"])


def order_summary(items: Sequence[dict[str, Any]]) -> str:
    """The change order's one line: its first item, and how many more there are."""
    if not items:
        return ""
    first = str(items[0].get("title") or items[0].get("sentence", ""))
    more = f" (+{len(items) - 1} more)" if len(items) > 1 else ""
    return clip(first[:1].upper() + first[1:], MAX_SUMMARY - len(more)) + more


def order_description(items: Sequence[dict[str, Any]]) -> str:
    """The items as numbered lines, each with the client's sentence."""
    return "\n".join(f"{f['item']}. {f.get('title') or f.get('sentence', '')}" for f in items)


# ", it shows the new frame better", ", which is our best seller": the why, not the ask.
_REASON = re.compile(r",\s+(?:it|it's|this|that|which|as|since|because|so that|they|"
                     r"the people)\s", re.IGNORECASE)
_REALLOCATION = re.compile(
    r"\b(?:shift|shifting|move|moving|reallocate|reallocating|re-allocate|transfer|redirect|"
    r"divert|put)\b[^.;]*\bfrom\b[^.;]*\b(?:to|into|onto|towards?)\b", re.IGNORECASE)


def plan_drafts(
    message: Message,
    mentions: Sequence[Mention],
    project: Project | None,
    *,
    opened: bool = False,
    pending: Sequence[dict[str, Any]] = (),
) -> tuple[DraftSpec, ...]:
    """The CCR (if the mail brings new facts) and one change order for all its requests.

    ``opened``: the project was opened from this very mail, so every fact of
    it is new even though the project already holds it. ``pending``: the
    facts of the project's open drafts, which are not new either.
    """
    changes = [m for m in mentions if m.kind == ACTION_ITEM]
    # A moved date is a change even when no sentence was read as a request.
    asked = {same_sentence(c.sentence) for c in changes}
    changes += [m for m in mentions if m.kind == "due_date" and m.replaces is not None
                and same_sentence(m.sentence) not in asked]
    changes.sort(key=lambda m: m.start)
    used: list[Mention] = []  # the numbers the change order took as its impact
    order: DraftSpec | None = None
    if changes:
        order, used = _change_order(changes, mentions, project, opened=opened)
    known = None if opened else project
    new = [m for m in mentions if m.kind in CCR_FACTS and m.replaces is None
           and not any(m is u for u in used) and is_new_fact(m, known, pending)]
    requests = [c for c in changes if c.kind == ACTION_ITEM]
    specs = [_ccr(message, new, requests)] if new else []
    return (*specs, *([order] if order else []))


def _one_per_sentence(facts: list[Mention]) -> list[Mention]:
    """Two parties' rules in one sentence are two requirements but one sentence to read."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for m in facts:
        key = (m.kind, same_sentence(m.sentence))
        if m.kind in ("requirement", "objective") and key in seen:
            continue
        seen.add(key)
        kept.append(m)
    return kept


def _ccr(message: Message, new: list[Mention], changes: list[Mention]) -> DraftSpec:
    ordered = sorted(new, key=lambda m: (CCR_FACTS.index(m.kind), m.start))
    ordered = _one_per_sentence(ordered)
    budgets = [m for m in ordered if m.kind == "budget"]
    dues = [m for m in ordered if m.kind == "due_date"]
    objectives = [m for m in ordered if m.kind == "objective"]
    raw_subject = message.original_subject or message.subject or ""
    subject = project_name(raw_subject) or raw_subject or "(no subject)"  # no "RE:", "Fwd:"
    summary = objectives[0].sentence if objectives else subject
    return DraftSpec(
        kind=CCR,
        summary=clip(summary),
        description=summary,
        budget=budgets[0].amount if budgets else None,
        currency=budgets[0].currency if budgets else None,
        due_date=max((m.due for m in dues if m.due), default=None),
        facts=tuple(fact(m) for m in [*ordered, *changes]),
    )


def _change_order(
    changes: Sequence[Mention], mentions: Sequence[Mention], project: Project | None, *,
    opened: bool,
) -> tuple[DraftSpec, list[Mention]]:
    """All of a mail's changes as numbered items, with the budget and schedule impact.

    The impact is what the change sentences state; on a project the mail did
    not open, a moved date or a budget anywhere in the mail is the impact too.
    """
    sentences = {same_sentence(c.sentence) for c in changes}
    same = [m for m in mentions if same_sentence(m.sentence) in sentences
            and m.kind in ("due_date", "budget")]
    dues = [m for m in same if m.kind == "due_date"] or (
        [] if opened else [m for m in mentions if m.kind == "due_date" and m.replaces is not None]
    )
    # "shift $15,000 from Meta into August": money moved within the budget, not a new one
    moved_money = [m for m in same if m.kind == "budget" and _REALLOCATION.search(m.sentence)]
    budgets = [m for m in same if m.kind == "budget" and m not in moved_money] or (
        [] if opened or moved_money else [m for m in mentions if m.kind == "budget"]
    )
    impact: dict[str, Any] = {}
    due = max(dues, key=lambda m: (m.replaces is not None, m.confidence), default=None)
    if due is not None and due.due is not None:
        # a project this mail opened took its due date from this very mail: nothing before
        before = due.replaces or (project.due_date if project and not opened else None)
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
    read = _MailsMentions(mentions)
    items = [
        {**fact(change), "item": number, "title": item_title(change, read),
         "label": ACTION_LABELS.get(
             "move_date" if change.kind == "due_date" else (change.action or "other"), "Change")}
        for number, change in enumerate(changes, start=1)
    ]
    impact_mentions = [m for m in (due, budget) if m is not None and m not in changes]
    impact_mentions += moved_money  # the change order's own, not a fact of the CCR
    return DraftSpec(
        kind=CHANGE_ORDER,
        summary=order_summary(items),
        description=order_description(items),
        budget=budget.amount if budget is not None else None,
        currency=budget.currency if budget is not None else None,
        due_date=due.due if due is not None else None,
        facts=(*items, *(fact(m) for m in impact_mentions)),
        impact=impact,
    ), impact_mentions


def create_drafts(
    session: Session,
    message: Message,
    specs: Sequence[DraftSpec],
    project: Project | None,
    *,
    now: datetime,
    open_drafts: dict[str, Draft | None] | None = None,
) -> list[Draft]:
    """Draft rows for the specs: the project's open draft of the kind at a new version, or a
    new draft at version 1.

    An open change order of the same conversation takes the new items (numbered
    after its own); an open CCR of the project takes the facts it lacks.
    """
    drafts: list[Draft] = []
    contact = f"{message.original_name or message.from_name} <{_contact_email(message)}>"
    for spec in specs:
        if open_drafts is not None and spec.kind in open_drafts:
            open_draft = open_drafts[spec.kind]  # already looked up by the caller
        else:
            open_draft = find_open_draft(session, message, project, spec.kind)
        if open_draft is not None:
            drafts.append(_update(session, open_draft, spec, message, now=now))
            continue
        draft = Draft(
            kind=spec.kind,
            status="draft",
            version=1,
            client_id=message.client_id,
            project_id=project.id if project else None,
            source_message_pk=message.id,
            ae=message.ae,
            contact=contact.strip(),
            summary=spec.summary,
            description=spec.description,
            budget=spec.budget,
            currency=spec.currency,
            due_date=spec.due_date,
            facts=list(spec.facts),
            impact=dict(spec.impact),
            created_at=now,
            updated_at=now,
        )
        # The first version set while the draft is new: appending later would load the
        # (empty) collection from the database first.
        draft.versions = [DraftVersion(number=1, fields=snapshot(draft), diff=[],
                                       caused_by_message_pk=message.id, created_at=now)]
        session.add(draft)
        drafts.append(draft)
    session.flush()
    return drafts


def _update(session: Session, draft: Draft, spec: DraftSpec, message: Message, *,
            now: datetime) -> Draft:
    """The open draft with what ``spec`` adds, as a new version (its old token goes stale)."""
    before = snapshot(draft)
    facts = list(draft.facts or [])
    if spec.kind == CHANGE_ORDER:
        known = {f.get("sentence") for f in facts}
        number = max((f.get("item") or 0 for f in facts), default=0)
        for f in spec.facts:
            if f.get("sentence") in known:
                continue
            if f.get("item"):
                number += 1
                f = {**f, "item": number}
            facts.append(f)
        items = items_of(facts)
        draft.summary, draft.description = order_summary(items), order_description(items)
        draft.impact = {**(draft.impact or {}), **spec.impact}
    else:
        facts += [f for f in spec.facts if f not in facts]
    draft.facts = facts
    if spec.budget is not None:
        draft.budget, draft.currency = spec.budget, spec.currency
    if spec.due_date is not None:
        draft.due_date = spec.due_date
    draft.version += 1
    draft.updated_at = now
    after = snapshot(draft)
    changes = diff(before, after)
    draft.add_version(DraftVersion(number=draft.version, fields=after, diff=changes,
                                   caused_by_message_pk=message.id, created_at=now))
    return draft


def find_open_draft(session: Session, message: Message, project: Project | None,
                    kind: str) -> Draft | None:
    """The open draft a new one of ``kind`` would repeat: for a change order the one of the
    same conversation and project; for a CCR the project's (the conversation's without one)."""
    query = select(Draft).where(Draft.kind == kind, Draft.status == "draft",
                                Draft.client_id == message.client_id)
    if project is not None:
        query = query.where(Draft.project_id == project.id)
    else:
        query = query.where(Draft.project_id.is_(None))
    if kind == CHANGE_ORDER or project is None:
        if message.thread_id is None:
            return None
        query = query.join(Message, Message.id == Draft.source_message_pk).where(
            Message.thread_id == message.thread_id)
    return session.scalars(query.order_by(Draft.id.desc()).limit(1)).first()


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
        "items": [f["item"] for f in items_of(draft.facts or [])],
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


def clip(text: str, width: int = MAX_SUMMARY) -> str:
    """One line of at most ``width`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"
