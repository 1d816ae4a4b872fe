"""What guidance needs from the running application: the context.

Built once by :class:`intake.app.App` (the composition root) from the config,
the clock and the one outbox. Output: a frozen :class:`GuidanceContext`:
the ``[schedule]`` and ``[guidance]`` settings (read when the config was
loaded), the outbox, and the client's time zone for a project.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from intake.clock import Clock
from intake.config import ClientConfig, Config, GuidanceSettings
from intake.outbound.outbox import Outbox
from intake.scheduling import JobType, ScheduleSettings, match_job_type, zone
from models import Client, Project


@dataclass(frozen=True)
class GuidanceContext:
    """Everything the guidance planner and mails read besides the database session."""

    config: Config
    clock: Clock
    outbox: Outbox

    @property
    def schedule(self) -> ScheduleSettings | None:
        """The agency's calendar and job types; None without ``[schedule]`` (guidance off)."""
        return self.config.schedule

    @property
    def settings(self) -> GuidanceSettings:
        return self.config.guidance

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
