"""The config as values: who the agency is, its mailboxes, SMTP, clients, and each table.

Frozen dataclasses, built by :mod:`intake.config.loader` and never by hand
outside tests. Secrets are not values here: a mailbox names the environment
variable that holds its password, read when a connection needs it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
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
    # Every AE of the agency and every person intake mails on their behalf (``[[aes]]``);
    # empty with one AE. The classifier and the client directory read these, so one AE's
    # mail is never taken for a client's in another AE's mailbox.
    colleagues: tuple[str, ...] = ()
    all_aes: tuple[str, ...] = ()

    @property
    def ae_addresses(self) -> frozenset[str]:
        """Every AE of the agency (one unless ``[[aes]]`` names several)."""
        return frozenset(self.all_aes or (self.ae,))

    @property
    def staff_addresses(self) -> frozenset[str]:
        """The agency's people across every AE: AEs, Traffic, Account Coordinators."""
        return self.team_addresses | frozenset(self.colleagues) | self.ae_addresses

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
    ae: str | None = None  # the name of the AE whose mailbox this is ([[aes]])

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
    ae: str | None = None  # the name of the AE the client belongs to ([[aes]])


@dataclass(frozen=True, slots=True)
class AeConfig:
    """One Account Executive: their address, Traffic, Coordinator and daily mail times.

    ``key`` (the address, lower-case) is what the rows that belong to this AE hold.
    """

    name: str
    address: str
    traffic: str | None = None
    coordinator: str | None = None
    report_time: time | None = None  # default: [report] time
    digest_time: time | None = None  # default: [digest] time

    @property
    def key(self) -> str:
        return self.address.lower()


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
    aes: tuple[AeConfig, ...] = ()  # [[aes]]; empty: one AE, the one [agency] names
    tenant: str | None = None  # set on the view of one AE (see for_ae)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def tenants(self) -> tuple[AeConfig, ...]:
        """Every AE this config serves: ``[[aes]]``, or the one AE of ``[agency]``."""
        if self.aes:
            return self.aes
        agency = self.agency
        return (AeConfig(name=agency.ae.partition("@")[0], address=agency.ae,
                         traffic=agency.traffic, coordinator=agency.coordinator),)

    @property
    def many_aes(self) -> bool:
        return len(self.aes) > 1

    def ae_named(self, name: str) -> AeConfig:
        for ae in self.tenants:
            if name in (ae.name, ae.key):
                return ae
        known = ", ".join(a.name for a in self.tenants)
        raise ConfigError(f"no AE named {name!r} in the config (known: {known})")

    def for_ae(self, name: str) -> Config:
        """The config as one AE sees it: their address, Traffic and Coordinator as
        ``agency``, their mailboxes and clients, their report and digest times.
        With one AE this is the config itself."""
        ae = self.ae_named(name)
        if not self.aes:
            return replace(self, tenant=ae.name)
        agency = replace(self.agency, ae=ae.address, traffic=ae.traffic,
                         coordinator=ae.coordinator)
        return replace(
            self, agency=agency, tenant=ae.name,
            mailboxes=tuple(m for m in self.mailboxes if m.ae == ae.name),
            clients=tuple(c for c in self.clients if c.ae == ae.name),
            report=replace(self.report, time=ae.report_time or self.report.time),
            digest=replace(self.digest, time=ae.digest_time or self.digest.time),
        )

    @property
    def ae_key(self) -> str | None:
        """The AE whose rows a per-AE view keeps to; None: every row (one AE, or the
        whole agency's config)."""
        return self.ae.key if self.many_aes and self.tenant else None

    @property
    def ae(self) -> AeConfig:
        """The AE of a per-AE view (the first AE of the whole config)."""
        return self.ae_named(self.tenant) if self.tenant else self.tenants[0]
