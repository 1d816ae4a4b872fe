"""Settings: the config file and the environment, read once into frozen values.

- :mod:`.loader`: ``locate``, ``load``, ``parse`` (the file in, a :class:`Config` out);
- :mod:`.model`: the agency, mailboxes, SMTP, clients and the :class:`Config` itself;
- :mod:`.features`: ``[drafts]``, ``[report]``, ``[guidance]``;
- :mod:`.schedule`: ``[schedule]`` and ``[[job_types]]``;
- :mod:`.reader`: typed reads whose errors name the file and the key.
"""

from intake.config.features import (
    ApprovalSettings,
    DigestSettings,
    DraftSettings,
    GuidanceSettings,
    MetricsSettings,
    PerformanceSettings,
    ReportSettings,
    drafts_from_config,
    guidance_from_config,
    report_from_config,
)
from intake.config.loader import DEFAULT_FILE, SECRET_KEYS, TLS_MODES, load, locate, parse
from intake.config.model import AgencyConfig, ClientConfig, Config, MailboxConfig, SmtpConfig
from intake.config.reader import is_loopback, parse_local_time
from intake.config.schedule import schedule_from_config

__all__ = [
    "DEFAULT_FILE",
    "SECRET_KEYS",
    "TLS_MODES",
    "AgencyConfig",
    "ApprovalSettings",
    "ClientConfig",
    "Config",
    "DigestSettings",
    "DraftSettings",
    "GuidanceSettings",
    "MailboxConfig",
    "MetricsSettings",
    "PerformanceSettings",
    "ReportSettings",
    "SmtpConfig",
    "drafts_from_config",
    "guidance_from_config",
    "is_loopback",
    "load",
    "locate",
    "parse",
    "parse_local_time",
    "report_from_config",
    "schedule_from_config",
]
