"""The AE's day at a glance: what waits for the AE, what the client owes, what is due.

Input: the database, the config and "now". Output: :class:`Today`, items in six
sections, each with the client, the project, a label, its age in business hours
(where it waits for someone), a due date and the sentence it came from:

- ``drafts``: drafts waiting for the AE's decision;
- ``unanswered``: client mail waiting for the AE's answer (the rows of
  ``intake report unanswered``);
- ``client_owes``: what a client promised to send ("I'll get back to you with the
  copy"), proofs waiting for the client's approval, and client-owned milestones a
  reminder was already sent for;
- ``due_soon``: project due dates and client milestones in the next
  :data:`DUE_SOON_BUSINESS_DAYS` business days;
- ``overdue``: active projects whose due date has passed;
- ``new_facts``: due dates, budgets, requirements, objectives and change
  requests read from client mail since ``since`` (the last digest).

``intake today`` prints it; the morning digest (``intake.digest``) mails it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import Config
from intake.report import _AgeMeter, report_calendar, unanswered_report
from intake.scheduling import zone
from intake.tenancy import owned_by
from models import (
    ApprovalDecision,
    ApprovalRound,
    Client,
    Draft,
    Mention,
    Message,
    Project,
    ProjectReminder,
    ProjectThread,
)

SECTIONS = ("drafts", "unanswered", "client_owes", "due_soon", "overdue", "new_facts")
TITLES = {
    "drafts": "Drafts waiting for your decision",
    "unanswered": "Client mail waiting for your answer",
    "client_owes": "What clients owe you",
    "due_soon": "Due in the next five business days",
    "overdue": "Overdue",
    "new_facts": "New facts since the last digest",
}
DUE_SOON_BUSINESS_DAYS = 5
FACT_KINDS = {"due_date": "Due date", "budget": "Budget", "requirement": "Requirement",
              "objective": "Objective", "change_request": "Change requested"}
MAX_NEW_FACTS = 50


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One line of the day: where it belongs and what it is."""

    section: str
    client: str | None
    project: str | None
    label: str
    age_business_hours: float | None = None
    due: date | None = None
    evidence: str | None = None
    draft_id: int | None = None  # the draft an item of ``drafts`` is (the web view links it)

    def as_json(self) -> dict[str, Any]:
        """One line of ``intake today --json`` (add keys, never rename them)."""
        return {"section": self.section, "client": self.client, "project": self.project,
                "label": self.label, "age_business_hours": self.age_business_hours,
                "due": self.due.isoformat() if self.due else None, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Today:
    """The day's items, in section order; empty sections have no items."""

    generated_at: datetime
    items: tuple[TodayItem, ...]

    def section(self, name: str) -> list[TodayItem]:
        return [item for item in self.items if item.section == name]

    @property
    def sections(self) -> list[tuple[str, list[TodayItem]]]:
        """(name, items) of every section that has items, in order."""
        return [(name, found) for name in SECTIONS if (found := self.section(name))]

    @property
    def pending(self) -> bool:
        """Whether anything waits for someone (what a digest is sent for)."""
        return bool(self.items)


def build_today(session: Session, config: Config, now: datetime,
                since: datetime | None = None) -> Today:
    """The day as of ``now``; ``new_facts`` counts from ``since`` (default: a day ago).
    A per-AE config (``Config.for_ae``) keeps to that AE's rows."""
    mine = config.ae_key
    calendar = report_calendar(config)
    tz = config.agency.timezone
    today = now.astimezone(zone(tz)).date()
    clients = dict(session.execute(select(Client.id, Client.name)).all())
    # Columns, not ORM objects: an agency has thousands of projects and this runs per page.
    projects = {row.id: row for row in session.execute(select(
        Project.id, Project.name, Project.client_id, Project.status, Project.due_date)
        .where(owned_by(Project.ae, mine)))}
    by_thread = dict(session.execute(select(ProjectThread.thread_id, ProjectThread.project_id))
                     .all())

    def project_of_thread(thread_id: int | None) -> Any:
        project_id = by_thread.get(thread_id) if thread_id is not None else None
        return projects.get(project_id) if project_id is not None else None

    report = unanswered_report(session, config, now)
    # Columns and the first fact's sentence, not ORM drafts: a draft's facts and versions
    # run to tens of kilobytes, and an AE back from leave has thousands waiting.
    drafts = session.execute(
        select(Draft.id, Draft.kind, Draft.summary, Draft.project_id, Draft.client_id,
               Draft.created_at, Draft.due_date,
               Draft.facts[0]["sentence"].as_string().label("first_sentence"))
        .where(Draft.status == "draft", owned_by(Draft.ae, mine))
        .order_by(Draft.created_at, Draft.id)).all()
    meter = _AgeMeter(calendar, tz, now, [d.created_at for d in drafts])
    items: list[TodayItem] = []
    for draft in drafts:
        project = projects.get(draft.project_id) if draft.project_id else None
        kind = "Change order" if draft.kind == "change_order" else "CCR"
        client = clients.get(draft.client_id) if draft.client_id is not None else None
        items.append(TodayItem("drafts", client, project.name if project
                               else None, f"{kind} #{draft.id}: {draft.summary}",
                               meter.hours(draft.created_at), draft.due_date,
                               draft.first_sentence or None, draft.id))
    for mail in report.mails:
        project = project_of_thread(mail.thread_id)
        items.append(TodayItem("unanswered", mail.client, project.name if project else None,
                               f"{mail.sender_name or mail.sender}: {mail.subject}",
                               mail.age_business_hours, min(mail.due_dates, default=None),
                               mail.first_lines[0] if mail.first_lines else None))
    for mail in report.owed:
        project = project_of_thread(mail.thread_id)
        items.append(TodayItem("client_owes", mail.client, project.name if project else None,
                               f"{mail.sender_name or mail.sender} promised to come back: "
                               f"{mail.subject}", mail.age_business_hours,
                               min(mail.due_dates, default=None),
                               mail.first_lines[0] if mail.first_lines else None))
    items += _reminded(session, projects, clients, today)
    rounds = list(session.scalars(select(ApprovalRound).where(ApprovalRound.status == "pending",
                                                              owned_by(ApprovalRound.ae, mine))
                                  .order_by(ApprovalRound.sent_at)))
    waiting = _AgeMeter(calendar, tz, now, [r.sent_at for r in rounds])
    for rnd in rounds:
        project = projects.get(rnd.project_id) if rnd.project_id is not None else None
        names = ", ".join(f["name"] for f in rnd.files[:3]) or "the proof"
        items.append(TodayItem("client_owes", clients.get(rnd.client_id or -1),
                               project.name if project else None,
                               f"Approval of round {rnd.round}: {names}",
                               waiting.hours(rnd.sent_at)))
    horizon = calendar.add_business_days(today, DUE_SOON_BUSINESS_DAYS)
    items += _due(session, projects, clients, today, horizon)
    items += _new_facts(session, clients, project_of_thread, since or now - timedelta(days=1),
                        mine)
    items += _decisions(session, clients, projects, since or now - timedelta(days=1), mine)
    return Today(now, tuple(sorted(items, key=lambda i: SECTIONS.index(i.section))))


def _reminded(session: Session, projects: dict[int, Any], clients: dict[int, str],
              today: date) -> Iterator[TodayItem]:
    """Client-owned milestones still ahead that a reminder was already sent for."""
    for reminder in session.scalars(select(ProjectReminder).where(
            ProjectReminder.status == "queued", ProjectReminder.milestone_date >= today)
            .order_by(ProjectReminder.milestone_date)):
        project = projects.get(reminder.project_id)
        if project is None or project.status != "active":
            continue
        yield TodayItem("client_owes", clients.get(project.client_id or -1), project.name,
                        f"{reminder.milestone} (reminder sent)", None, reminder.milestone_date)


def _due(session: Session, projects: dict[int, Any], clients: dict[int, str], today: date,
         horizon: date) -> Iterator[TodayItem]:
    for project in sorted(projects.values(), key=lambda p: (p.due_date or date.max, p.id)):
        if project.status != "active" or project.due_date is None:
            continue
        client = clients.get(project.client_id or -1)
        if project.due_date < today:
            yield TodayItem("overdue", client, project.name,
                            f"{project.name} was due", None, project.due_date)
        elif project.due_date <= horizon:
            yield TodayItem("due_soon", client, project.name, f"{project.name} due", None,
                            project.due_date)
    for reminder in session.scalars(select(ProjectReminder).where(
            ProjectReminder.status.in_(("pending", "queued")),
            ProjectReminder.milestone_date >= today, ProjectReminder.milestone_date <= horizon)
            .order_by(ProjectReminder.milestone_date)):
        owner = projects.get(reminder.project_id)
        if owner is not None and owner.status == "active":
            yield TodayItem("due_soon", clients.get(owner.client_id or -1), owner.name,
                            f"{reminder.milestone} (client)", None, reminder.milestone_date)


def _new_facts(session: Session, clients: dict[int, str], project_of_thread: Any,
               since: datetime, mine: str | None) -> Iterator[TodayItem]:
    rows: Sequence[Any] = session.execute(
        select(Mention, Message.client_id, Message.thread_id)
        .join(Message, Message.id == Mention.message_pk)
        .where(Mention.created_at > since, Mention.kind.in_(tuple(FACT_KINDS)),
               Message.kind == "client", owned_by(Message.ae, mine))
        .order_by(Mention.created_at, Mention.id).limit(MAX_NEW_FACTS)).all()
    for mention, client_id, thread_id in rows:
        found = project_of_thread(thread_id)
        # A date or an amount says itself; a requirement or a change is its sentence.
        what = mention.words if mention.kind in ("due_date", "budget") else mention.sentence
        label = f"{FACT_KINDS[mention.kind]}: {_short(what)}"
        yield TodayItem("new_facts", clients.get(client_id), found.name if found else None,
                        label, None, mention.due, mention.sentence)


def _decisions(session: Session, clients: dict[int, str], projects: dict[int, Any],
               since: datetime, mine: str | None) -> Iterator[TodayItem]:
    """Decisions on proofs read since ``since``: the AE learns of them in the digest."""
    for decision, rnd in session.execute(
            select(ApprovalDecision, ApprovalRound)
            .join(ApprovalRound, ApprovalRound.id == ApprovalDecision.round_id)
            .where(ApprovalDecision.decided_at > since, owned_by(ApprovalRound.ae, mine))
            .order_by(ApprovalDecision.id)):
        project = projects.get(rnd.project_id) if rnd.project_id is not None else None
        names = ", ".join(f["name"] for f in rnd.files[:3]) or "the proof"
        flag = " (not among the approvers: check)" if decision.flagged else ""
        unclear = " (unclear: please check)" if decision.confidence < 0.75 else ""
        yield TodayItem("new_facts", clients.get(rnd.client_id or -1),
                        project.name if project else None,
                        f"Proof round {rnd.round} ({names}): "
                        f"{decision.status.replace('_', ' ')} by {decision.decided_by}"
                        f"{flag}{unclear}", None, None, decision.evidence)


def _short(text: str, width: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "\u2026"
