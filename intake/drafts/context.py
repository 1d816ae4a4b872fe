"""What the drafting service needs from the outside world.

Input: the agency and client config, the clock, the outbox, the token key
(``INTAKE_SECRET``; None disables replies) and the ``[drafts]`` settings, all
gathered by :class:`intake.app.App`. Output: a frozen :class:`DraftContext`
every drafts module takes, and the :func:`audit` helper that records who did
what, when, because of which message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from intake.clock import Clock
from intake.config import AgencyConfig, ClientConfig, DraftSettings
from intake.outbound.outbox import Outbox
from intake.scheduling.jobs import JobType
from models import Client, Project
from models.drafts import AuditEvent, Draft

INTAKE_ACTOR = "intake"
ProjectChanged = Callable[[Session, Project], object]


@dataclass(frozen=True)
class DraftContext:
    """The drafting service's view of the world: config, clock, outbox, key, settings."""

    agency: AgencyConfig
    clients: tuple[ClientConfig, ...]
    clock: Clock
    outbox: Outbox
    key: bytes | None
    settings: DraftSettings = field(default_factory=DraftSettings)
    job_types: tuple[JobType, ...] = ()
    # Called in the same unit of work when drafting opens a project or a confirmed
    # draft changes one (scheduling guidance re-plans reminders from it).
    project_changed: ProjectChanged | None = None
    # The AE whose drafts these are, when the config lists several ([[aes]]): the daily cap
    # and the held drafts count only theirs. None: one AE, every draft.
    ae_key: str | None = None

    def notify_project_changed(self, session: Session, project: Project | None) -> None:
        if project is not None and self.project_changed is not None:
            self.project_changed(session, project)

    def client_config(self, session: Session, client_id: int | None) -> ClientConfig | None:
        if client_id is None:
            return None
        row = session.get(Client, client_id)
        return next((c for c in self.clients if row and c.name == row.name), None)


def audit(
    session: Session,
    *,
    action: str,
    actor: str,
    at: datetime,
    draft: Draft | None = None,
    draft_id: int | None = None,
    message_pk: int | None = None,
    reason: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record one event (drafted, edited, confirmed, rejected, relayed, refused...)."""
    event = AuditEvent(
        draft_id=draft.id if draft is not None else draft_id,
        project_id=draft.project_id if draft is not None else None,
        action=action,
        actor=actor,
        message_pk=message_pk,
        reason=reason,
        detail=detail or {},
        at=at,
    )
    session.add(event)
    return event
