"""What guidance needs from the running application, gathered once: the context.

Input: an ``App`` (or anything with ``config``, ``clock`` and ``factory``)
or a ready :class:`GuidanceContext`.
Output: a frozen :class:`GuidanceContext`: config, clock, validated schedule
and guidance settings, the outbox, and the client's time zone for a project.
Settings are parsed once per ``Config`` object (building the holiday
calendar is the costly part).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from intake.clock import Clock
from intake.config import ClientConfig, Config
from intake.guidance.settings import GuidanceSettings, guidance_from_config
from intake.outbound.outbox import Outbox
from intake.scheduling import JobType, ScheduleSettings, match_job_type, schedule_from_config, zone
from models import Client, Project


@dataclass(frozen=True)
class GuidanceContext:
    """Everything the guidance planner and mails read besides the database session."""

    config: Config
    clock: Clock
    schedule: ScheduleSettings | None  # None: no [schedule] table, guidance is off
    settings: GuidanceSettings
    outbox: Outbox

    @property
    def agency_tz(self) -> str:
        return self.config.agency.timezone

    def job_type_of(self, project: Project) -> JobType | None:
        """The configured job type the project names (any case), else the one its words mention."""
        if self.schedule is None:
            return None
        job_types = self.schedule.job_types
        if project.job_type:
            wanted = project.job_type.strip().casefold()
            return next((j for j in job_types if j.name.casefold() == wanted), None)
        return match_job_type(f"{project.name}\n{project.description or ''}", job_types)

    def client_config(self, session: Session, project: Project) -> ClientConfig | None:
        """The configured client of ``project`` (matched by the mirrored client's name)."""
        if project.client_id is None:
            return None
        client = session.get(Client, project.client_id)
        if client is None:
            return None
        return next((c for c in self.config.clients if c.name == client.name), None)

    def client_tz(self, session: Session, project: Project) -> str:
        """The client's zone from config, else the mirrored row, else the agency's zone."""
        configured = self.client_config(session, project)
        if configured is not None and configured.timezone:
            return configured.timezone
        if project.client_id is not None:
            client = session.get(Client, project.client_id)
            if client is not None and client.timezone:
                zone(client.timezone)
                return client.timezone
        return self.agency_tz


_CACHE: dict[int, tuple[Config, ScheduleSettings | None, GuidanceSettings]] = {}
_LOCK = threading.Lock()


def settings_of(config: Config) -> tuple[ScheduleSettings | None, GuidanceSettings]:
    """Validated ``[schedule]``/``[[job_types]]`` and ``[guidance]`` of ``config`` (cached).

    Without a ``[schedule]`` table there is no calendar: guidance is off
    (``None``) rather than an error, so projects still work without it.
    """
    with _LOCK:
        cached = _CACHE.get(id(config))
        if cached is not None and cached[0] is config:
            return cached[1], cached[2]
    path = str(config.path) if config.path else None
    schedule: ScheduleSettings | None = None
    settings = GuidanceSettings()
    if config.extra.get("schedule") is not None:
        schedule = schedule_from_config(
            config.extra.get("schedule"), config.extra.get("job_types"), path=path
        )
        settings = guidance_from_config(config.extra.get("guidance"), schedule, path=path)
    with _LOCK:
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[id(config)] = (config, schedule, settings)
    return schedule, settings


def context_of(app_or_context: Any) -> GuidanceContext:
    """A :class:`GuidanceContext` from an ``App`` (its ``outbox`` if it has one) or itself."""
    if isinstance(app_or_context, GuidanceContext):
        return app_or_context
    config: Config = app_or_context.config
    clock: Clock = app_or_context.clock
    schedule, settings = settings_of(config)
    outbox = getattr(app_or_context, "outbox", None)
    if outbox is None:
        outbox = Outbox(app_or_context.factory, clock)
    return GuidanceContext(config, clock, schedule, settings, outbox)
