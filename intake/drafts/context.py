"""What the drafting service needs from the outside world, and the ``[drafts]`` config table.

Input: the agency and client config, the clock, the outbox, the token key
(``INTAKE_SECRET``; None disables replies) and ``Config.extra["drafts"]``.
Output: a frozen :class:`DraftContext` every drafts module takes, and the
:func:`audit` helper that records who did what, when, because of which message.

``[drafts]`` shape (every key optional)::

    [drafts]
    reply_ttl_days = 7               # how long a draft's reply token is valid
    refusal_notices_per_hour = 3     # notices to the AE about refused replies
    mails_per_hour = 200             # outbox limit per outside recipient (client recaps);
                                     # the agency's own team is never limited
    max_age_days = 14                # client mail older than this is stored and understood
                                     # but not drafted: the first sync of a mailbox with years
                                     # of history must not bury the AE in drafts
    max_per_day = 40                 # draft mails to the AE per day (agency time); past it
                                     # drafts wait for the next day and the AE is told once
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from intake.clock import Clock
from intake.config import AgencyConfig, ClientConfig
from intake.drafts.tokens import DEFAULT_TTL
from intake.errors import ConfigError
from intake.outbound.outbox import Outbox
from intake.scheduling.jobs import JobType
from models import Client, Project
from models.drafts import AuditEvent, Draft

INTAKE_ACTOR = "intake"
ProjectChanged = Callable[[Session, Project], object]


@dataclass(frozen=True, slots=True)
class DraftSettings:
    """Validated ``[drafts]`` settings."""

    ttl: timedelta = DEFAULT_TTL
    notices_per_hour: int = 3
    mails_per_hour: int = 200
    max_age: timedelta = timedelta(days=14)
    max_per_day: int = 40


def settings_from_config(table: Any, *, path: str | None = None) -> DraftSettings:
    """Read ``[drafts]``; a wrong value names the file and the key."""
    if table is None:
        return DraftSettings()
    if not isinstance(table, Mapping):
        raise ConfigError("expected a table", path=path, key="drafts")
    allowed = {"reply_ttl_days", "refusal_notices_per_hour", "mails_per_hour", "max_age_days",
               "max_per_day"}
    for key in table:
        if key not in allowed:
            raise ConfigError(f"unknown key (expected one of {sorted(allowed)})",
                              path=path, key=f"drafts.{key}")
    ttl = table.get("reply_ttl_days", DEFAULT_TTL.days)
    if isinstance(ttl, bool) or not isinstance(ttl, int | float) or not 0 < ttl <= 365:
        raise ConfigError(f"expected a number of days between 0 and 365, got {ttl!r}",
                          path=path, key="drafts.reply_ttl_days")
    notices = table.get("refusal_notices_per_hour", 3)
    if isinstance(notices, bool) or not isinstance(notices, int) or notices < 0:
        raise ConfigError(f"expected a whole number >= 0, got {notices!r}",
                          path=path, key="drafts.refusal_notices_per_hour")
    per_hour = table.get("mails_per_hour", 200)
    if isinstance(per_hour, bool) or not isinstance(per_hour, int) or per_hour < 1:
        raise ConfigError(f"expected a whole number >= 1, got {per_hour!r}",
                          path=path, key="drafts.mails_per_hour")
    max_age = table.get("max_age_days", 14)
    if isinstance(max_age, bool) or not isinstance(max_age, int | float) or max_age <= 0:
        raise ConfigError(f"expected a positive number of days, got {max_age!r}",
                          path=path, key="drafts.max_age_days")
    per_day = table.get("max_per_day", 40)
    if isinstance(per_day, bool) or not isinstance(per_day, int) or per_day < 1:
        raise ConfigError(f"expected a whole number >= 1, got {per_day!r}",
                          path=path, key="drafts.max_per_day")
    return DraftSettings(ttl=timedelta(days=ttl), notices_per_hour=notices,
                         mails_per_hour=per_hour, max_age=timedelta(days=max_age),
                         max_per_day=per_day)


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

    @property
    def replies_enabled(self) -> bool:
        return self.key is not None

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
