"""The config as values: who the agency is, its mailboxes, SMTP, clients, and each table.

Frozen dataclasses, built by :mod:`intake.config.loader` and never by hand
outside tests. Secrets are not values here: a mailbox names the environment
variable that holds its password, read when a connection needs it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from intake.config.features import (
    DEFAULT_MAILS_PER_HOUR,
    ApprovalSettings,
    DigestSettings,
    DraftSettings,
    GuidanceSettings,
    MetricsSettings,
    PerformanceSettings,
    ReportSettings,
    WebSettings,
    WorkersSettings,
)
from intake.errors import ConfigError
from intake.scheduling.settings import ScheduleSettings


@dataclass(frozen=True, slots=True)
class AgencyConfig:
    """Who we work for: the AE, the intake address and the people we relay to."""

    name: str
    timezone: str
    ae: str
    intake: str
    traffic: str | None = None
    coordinator: str | None = None
    domains: tuple[str, ...] = ()
    trusted_authserv_id: str | None = None

    @property
    def own_addresses(self) -> frozenset[str]:
        """Addresses whose mail is ours (the AE writes; intake sends)."""
        return frozenset(a for a in (self.ae, self.intake) if a)

    @property
    def team_addresses(self) -> frozenset[str]:
        """The agency's people intake mails: the AE, Traffic, the Account Coordinator."""
        return frozenset(a for a in (self.ae, self.traffic, self.coordinator) if a)

    @property
    def intake_local_part(self) -> str:
        return self.intake.partition("@")[0]

    @property
    def intake_domain(self) -> str:
        return self.intake.partition("@")[2]


@dataclass(frozen=True, slots=True)
class MailboxConfig:
    """One mailbox we read: an IMAP account or a local Maildir."""

    name: str
    kind: str = "imap"
    host: str = ""
    port: int = 993
    tls: str = "ssl"
    username: str = ""
    password_env: str | None = None
    folders: tuple[str, ...] = ("INBOX",)
    path: Path | None = None
    timeout: float = 60.0
    idle: bool = True
    idle_slice: float = 240.0
    poll_interval: float = 60.0
    batch_size: int = 200

    def password(self, environ: Mapping[str, str] | None = None) -> str:
        """The password from the environment; a clear error when it is not set."""
        return _secret(self.password_env, f"mailboxes '{self.name}'.password_env", environ)


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where outbound mail goes when it is not written to a folder."""

    host: str
    port: int = 587
    tls: str = "starttls"
    username: str = ""
    password_env: str | None = None
    timeout: float = 30.0

    def password(self, environ: Mapping[str, str] | None = None) -> str:
        """The password from the environment; a clear error when it is not set."""
        return _secret(self.password_env, "smtp.password_env", environ)


def _secret(variable: str | None, named_by: str, environ: Mapping[str, str] | None) -> str:
    """The value of the environment variable a config key names ("" when none is named)."""
    env = os.environ if environ is None else environ
    if not variable:
        return ""
    value = env.get(variable)
    if value is None:
        raise ConfigError(f"environment variable {variable} is not set (named by {named_by})")
    return value


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """A client of the agency, recognised by domain or by contact address."""

    name: str
    domains: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    timezone: str | None = None
    day_first: bool = False
    currency: str = "USD"
    language: str | None = None  # "en", "fr", "de" or "es"; None: detected per message


@dataclass(frozen=True, slots=True)
class Config:
    """Everything intake needs to run, every table validated when the file was read."""

    path: Path | None
    database_url: str
    agency: AgencyConfig
    mailboxes: tuple[MailboxConfig, ...] = ()
    smtp: SmtpConfig | None = None
    outbound_folder: Path | None = None
    mails_per_hour: int = DEFAULT_MAILS_PER_HOUR  # to one outside address (a loop guard)
    clients: tuple[ClientConfig, ...] = ()
    nlp_model: str | None = None
    schedule: ScheduleSettings | None = None  # None: no [schedule], guidance is off
    guidance: GuidanceSettings = field(default_factory=GuidanceSettings)
    drafts: DraftSettings = field(default_factory=DraftSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    performance: PerformanceSettings = field(default_factory=PerformanceSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    web: WebSettings = field(default_factory=WebSettings)
    approvals: ApprovalSettings = field(default_factory=ApprovalSettings)
    workers: WorkersSettings = field(default_factory=WorkersSettings)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()
