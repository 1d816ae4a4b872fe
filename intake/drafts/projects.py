"""Projects: attach a client mail to the job it is about, or open a new one; re-attach on request.

Input: a stored client :class:`models.Message` (its thread, subject, own
words) and what extraction found in it. Output: an :class:`Attachment`
naming the :class:`models.Project` and how it was found, with the thread
linked to it (``project_threads``).

The ways to find a project, in order (:data:`FINDERS`): the conversation is
already linked to one; the mail names exactly one of the client's projects;
otherwise, when the mail opens new work (objectives, a budget, a due date,
a change request), a new project named after the subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Protocol, TypeVar

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Session

from intake.parsers.mentions import same_sentence
from intake.parsers.subjects import normalise_subject
from intake.scheduling.jobs import JobType, match_job_type
from models import Message, Project, ProjectThread
from models.mentions import Mention

BY_THREAD = "thread"
BY_MENTION = "mention"
NEW = "new"

# Mention kinds that mean the client is asking for work.
OPENS_WORK = frozenset({"objective", "budget", "due_date", "change_request", "requirement"})
OPEN_STATUSES = ("active", "on_hold")
MAX_NAME = 120


@dataclass(frozen=True, slots=True)
class Attachment:
    """The project a message belongs to and how we know (``thread``, ``mention``, ``new``)."""

    project: Project
    how: str


Finder = Callable[[Session, Message, Sequence[Mention]], Project | None]


def by_thread(session: Session, message: Message, mentions: Sequence[Mention]) -> Project | None:
    """The project the conversation is already linked to."""
    if message.thread_id is None:
        return None
    return session.execute(
        select(Project)
        .join(ProjectThread, ProjectThread.project_id == Project.id)
        .where(ProjectThread.thread_id == message.thread_id)
    ).scalar()


def by_mention(session: Session, message: Message, mentions: Sequence[Mention]) -> Project | None:
    """The one open project of this client whose name the subject or the mail's words contain."""
    if message.client_id is None:
        return None
    text = f"{message.original_subject or message.subject}\n{message.new_text}"
    named = named_projects(text, open_project_names(session, message.client_id))
    return session.get(Project, named[0].id) if len(named) == 1 else None


def open_project_names(session: Session, client_id: int) -> Sequence[Row[int, str]]:
    """The client's open projects as rows of ``id`` and ``name`` only: a client with years
    of projects must not load them all as objects for every mail."""
    return session.execute(_OPEN_NAMES, {"client_id": client_id}).all()


_OPEN_NAMES = select(Project.id, Project.name).where(  # built once: every client mail asks
    Project.client_id == bindparam("client_id"), Project.status.in_(OPEN_STATUSES))


class _Named(Protocol):
    @property
    def name(self) -> str: ...


P = TypeVar("P", bound=_Named)


def named_projects(text: str, projects: Iterable[P]) -> list[P]:
    """Projects whose whole name occurs in ``text`` (any case); a name inside a longer one loses.

    A client with years of projects is checked in linear time: a project one of whose words
    is not in the text at all is passed over before any pattern is built or run."""
    folded = text.casefold()
    found = [p for p in projects
             if (words := _folded_words(p.name)) and all(map(folded.__contains__, words))
             and _name_pattern(p.name).search(text)]
    return [p for p in found
            if not any(o is not p and p.name.lower() in o.name.lower() for o in found)]


@lru_cache(maxsize=4096)
def _folded_words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in name.split())


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


FINDERS: tuple[tuple[str, Finder], ...] = (
    (BY_THREAD, by_thread),  # the conversation is already linked to a project
    (BY_MENTION, by_mention),  # the mail names one of the client's projects
)


def attach_project(
    session: Session,
    message: Message,
    mentions: Sequence[Mention],
    *,
    now: datetime,
    job_types: Sequence[JobType] = (),
    thread_opened: bool = False,
) -> Attachment | None:
    """Find or open the project of a client mail and link its conversation; None if neither.
    ``thread_opened``: the mail started its conversation, which no project can hold yet."""
    for how, finder in FINDERS:
        if thread_opened and finder is by_thread:
            continue
        project = finder(session, message, mentions)
        if project is not None:
            link_thread(session, message, project)
            return Attachment(project, how)
    if not any(m.kind in OPENS_WORK for m in mentions):
        return None
    # no finder found a project: the conversation is linked to none (by_thread said so)
    project = open_project(session, message, mentions, now=now, job_types=job_types,
                           thread_unlinked=True)
    return Attachment(project, NEW)


def open_project(
    session: Session,
    message: Message,
    mentions: Sequence[Mention],
    *,
    now: datetime,
    name: str | None = None,
    job_types: Sequence[JobType] = (),
    thread_unlinked: bool = False,
) -> Project:
    """A new project from the mail that opens it: name, objectives, requirements, budget, due.
    ``thread_unlinked``: the caller knows the conversation is linked to no project yet."""
    subject = message.original_subject or message.subject
    title = name or project_name(subject) or f"Project from message {message.id}"
    job = match_job_type(f"{subject}\n{message.new_text}", job_types) if job_types else None
    budget = _project_budget(mentions)
    due = _first(mentions, "due_date")
    project = Project(
        client_id=message.client_id,
        ae=message.ae,
        name=title,
        job_type=job.name if job else None,
        status="active",
        objectives=_sentences(mentions, "objective"),
        requirements=_sentences(mentions, "requirement"),
        budget=budget.amount if budget else None,
        original_budget=budget.amount if budget else None,
        currency=budget.currency if budget else None,
        due_date=due.due if due else None,
        original_due_date=due.due if due else None,
        description="",
        opened_by_message_pk=message.id,
        created_at=now,
        updated_at=now,
    )
    session.add(project)
    session.flush()
    if thread_unlinked and message.thread_id is not None:
        session.add(ProjectThread(project_id=project.id, thread_id=message.thread_id))
    else:
        link_thread(session, message, project)
    return project


def project_name(subject: str) -> str:
    """A readable project name from a subject: no Re:/Fwd:, original case, not too long."""
    key, _ = normalise_subject(subject)
    if not key:
        return ""
    text = " ".join(subject.split())
    start = text.lower().rfind(key)
    name = text[start:start + len(key)] if start >= 0 else key
    return name[:MAX_NAME]


def link_thread(session: Session, message: Message, project: Project) -> None:
    """Link the message's conversation to ``project`` (moving it if it was linked elsewhere)."""
    if message.thread_id is None:
        return
    link = session.execute(
        select(ProjectThread).where(ProjectThread.thread_id == message.thread_id)
    ).scalar()
    if link is None:
        session.add(ProjectThread(project_id=project.id, thread_id=message.thread_id))
        session.flush()
    elif link.project_id != project.id:
        link.project_id = project.id


def find_by_name(session: Session, client_id: int | None, name: str) -> Project | None:
    """The client's project called ``name`` (any case, spaces normalised)."""
    wanted = " ".join(name.split()).lower()
    return session.execute(
        select(Project)
        .where(Project.client_id == client_id, func.lower(Project.name) == wanted)
        .order_by(Project.id)
        .limit(1)
    ).scalar()


def move_to(session: Session, message: Message, name: str, *, now: datetime) -> Project:
    """Re-attach a message's conversation to the project called ``name`` (opened if new)."""
    clean = " ".join(name.split())[:MAX_NAME]
    project = find_by_name(session, message.client_id, clean)
    if project is None:
        project = open_project(session, message, (), now=now, name=clean)
    else:
        link_thread(session, message, project)
    return project


def _first(mentions: Sequence[Mention], kind: str) -> Mention | None:
    best = [m for m in mentions if m.kind == kind]
    return max(best, key=lambda m: m.confidence) if best else None


def _project_budget(mentions: Sequence[Mention]) -> Mention | None:
    """The budget a new project starts with: one stated outside the mail's change requests
    ("shift $15,000 from Meta into August" moves money within it), a budget before a cap,
    then the surest, then the largest ("the overall budget remains $180,000")."""
    asked = {same_sentence(m.sentence) for m in mentions if m.kind == "change_request"}
    budgets = [m for m in mentions if m.kind == "budget"]
    return max(budgets, key=lambda m: (same_sentence(m.sentence) not in asked,
                                       m.money_kind != "cap", m.confidence,
                                       m.amount or 0), default=None)


def _sentences(mentions: Sequence[Mention], kind: str) -> list[str]:
    return list(dict.fromkeys(m.sentence for m in mentions if m.kind == kind))
