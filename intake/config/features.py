"""The feature tables of the config: ``[drafts]``, ``[report]`` and ``[guidance]``.

Input: the decoded tables, a :class:`TableReader` and (for guidance) the
already read ``[schedule]``. Output: frozen settings, each with the defaults
a new install runs on, or a ``ConfigError`` naming the file and the key.
Read once, when the config is loaded; the code that uses them never sees TOML.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from typing import Any

from intake.config.reader import TableReader, is_loopback
from intake.scheduling.settings import ScheduleSettings

#: How long a draft's reply token is valid unless ``[drafts] reply_ttl_days`` says otherwise.
DEFAULT_REPLY_TTL = timedelta(days=7)
#: Mail to one outside address per hour, unless ``[outbound] mails_per_hour`` says otherwise.
DEFAULT_MAILS_PER_HOUR = 20


@dataclass(frozen=True, slots=True)
class DraftSettings:
    """``[drafts]``::

        reply_ttl_days = 7               # how long a draft's reply token is valid
        refusal_notices_per_hour = 3     # notices to the AE about refused replies
        mails_per_hour = 200             # older spelling of [outbound] mails_per_hour
        max_age_days = 14                # client mail older than this is stored and understood
                                         # but not drafted: the first sync of years of history
                                         # must not bury the AE in drafts
        max_per_day = 40                 # draft mails to the AE per day (agency time); past it
                                         # drafts wait for the next day and the AE is told once
        combine_up_to = 8                # client mails per draft mail when a sync brings several
                                         # at once (numbered: "confirm 2"); 1: one mail each
    """

    ttl: timedelta = DEFAULT_REPLY_TTL
    notices_per_hour: int = 3
    max_age: timedelta = timedelta(days=14)
    max_per_day: int = 40
    combine_up_to: int = 8


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """``[report]``: the nightly unanswered-mail report::

        enabled = true
        time = "18:00"               # agency time
        send_to_coordinator = true   # also to agency.coordinator, when configured
        business_days_only = true    # no report on weekends, holidays and closures
        send_when_empty = false      # no mail on a night when nothing waits
        lookback_days = 0            # only mail of the last N days; 0: all stored mail
        first_lines = 3              # lines of the client's words shown per mail
    """

    enabled: bool = True
    time: time = time(18)
    send_to_coordinator: bool = True
    business_days_only: bool = True
    send_when_empty: bool = False
    lookback_days: int = 0
    first_lines: int = 3


@dataclass(frozen=True, slots=True)
class GuidanceSettings:
    """``[guidance]``: how guidance mail and reminders behave::

        auto_send = false          # infeasible dates: mail the client without the AE's say
        lead_business_days = 2     # default: [schedule.reminders].lead_business_days
        send_at = "10:00"          # default: [schedule.reminders].send_at (client's clock)

    ``auto_send`` only concerns the infeasible-date explanation: a feasible
    schedule is always sent, because it only repeats what the client asked for.
    """

    auto_send: bool = False
    lead_business_days: int = 2
    send_at: time = time(10)


@dataclass(frozen=True, slots=True)
class PerformanceSettings:
    """``[performance]``::

        workers = 2          # worker processes that parse and extract a large batch
                             # while this one stores the batch before (default: the
                             # machine's cores; 1: everything in this process)
        pool_threshold = 32  # a batch this large or larger starts the workers (a first
                             # sync, a backfill); mail arriving a few at a time never does
    """

    workers: int = 1
    pool_threshold: int = 32


def read_performance(reader: TableReader, data: Mapping[str, Any]) -> PerformanceSettings:
    table = reader.section(data, "performance", {"workers", "pool_threshold"})
    cores = os.cpu_count() or 1
    return PerformanceSettings(
        workers=reader.whole(table, "performance.workers", "workers", cores, low=1),
        pool_threshold=reader.whole(table, "performance.pool_threshold", "pool_threshold", 32,
                                    low=1),
    )


@dataclass(frozen=True, slots=True)
class MetricsSettings:
    """``[metrics]``::

        port = 9465          # serve Prometheus metrics on http://127.0.0.1:9465/metrics
                             # while `intake run` acts (default: off)
        host = "127.0.0.1"   # a loopback address only: the metrics are not authenticated
    """

    port: int | None = None
    host: str = "127.0.0.1"


def read_metrics(reader: TableReader, data: Mapping[str, Any]) -> MetricsSettings:
    table = reader.section(data, "metrics", {"port", "host"})
    if "port" not in table:
        return MetricsSettings()
    host = reader.string(table, "metrics.host", "host", default="127.0.0.1")
    if not is_loopback(host):
        reader.fail("metrics.host", f"{host!r} is not a loopback address: the metrics are "
                    "not authenticated; put a proxy in front to expose them")
    port = reader.whole(table, "metrics.port", "port", 9465, low=1)
    if port > 65535:
        reader.fail("metrics.port", f"expected a port number up to 65535, got {port}")
    return MetricsSettings(port=port, host=host)


def read_drafts(reader: TableReader, data: Mapping[str, Any]) -> DraftSettings:
    table = reader.section(data, "drafts", {"reply_ttl_days", "refusal_notices_per_hour",
                                            "mails_per_hour", "max_age_days", "max_per_day",
                                            "combine_up_to"})
    ttl = table.get("reply_ttl_days", DEFAULT_REPLY_TTL.days)
    if isinstance(ttl, bool) or not isinstance(ttl, int | float) or not 0 < ttl <= 365:
        reader.fail("drafts.reply_ttl_days",
                    f"expected a number of days between 0 and 365, got {ttl!r}")
    max_age = reader.number(table, "drafts.max_age_days", "max_age_days", 14)
    reader.whole(table, "drafts.mails_per_hour", "mails_per_hour", 20, low=1)  # see read_outbound
    return DraftSettings(
        ttl=timedelta(days=ttl),
        notices_per_hour=reader.whole(table, "drafts.refusal_notices_per_hour",
                                      "refusal_notices_per_hour", 3),
        max_age=timedelta(days=max_age),
        max_per_day=reader.whole(table, "drafts.max_per_day", "max_per_day", 40, low=1),
        combine_up_to=reader.whole(table, "drafts.combine_up_to", "combine_up_to", 8, low=1),
    )


def read_outbound_rate(reader: TableReader, data: Mapping[str, Any]) -> int:
    """``[outbound] mails_per_hour``: mail to one outside address per hour, a guard against
    loops (the agency's own team is never limited). ``[drafts] mails_per_hour`` is the
    older spelling, read when the new one is absent."""
    outbound = reader.table(data, "outbound")
    drafts = reader.table(data, "drafts")
    if "mails_per_hour" in outbound or "mails_per_hour" not in drafts:
        return reader.whole(outbound, "outbound.mails_per_hour", "mails_per_hour",
                            DEFAULT_MAILS_PER_HOUR, low=1)
    return reader.whole(drafts, "drafts.mails_per_hour", "mails_per_hour",
                        DEFAULT_MAILS_PER_HOUR, low=1)


@dataclass(frozen=True, slots=True)
class DigestSettings:
    """``[digest]``: the AE's morning digest (``intake today`` as a mail)::

        enabled = true
        time = "08:00"               # agency time, business days only
        send_to_coordinator = false  # a copy without the drafts to agency.coordinator
        items_per_section = 25       # the oldest first; the rest counted, in `intake today`

    Nothing is sent on a morning when nothing is pending. A morning after a first sync of
    years of mail would otherwise list thousands of items: a mail nobody reads to its end.
    """

    enabled: bool = True
    time: time = time(8)
    send_to_coordinator: bool = False
    items_per_section: int = 25


def read_digest(reader: TableReader, data: Mapping[str, Any]) -> DigestSettings:
    defaults = DigestSettings()
    table = reader.section(data, "digest", set(DigestSettings.__dataclass_fields__))
    return DigestSettings(
        enabled=reader.boolean(table, "digest.enabled", "enabled", defaults.enabled),
        time=reader.clock_time(table.get("time", defaults.time), "digest.time", example="08:00"),
        send_to_coordinator=reader.boolean(table, "digest.send_to_coordinator",
                                           "send_to_coordinator", defaults.send_to_coordinator),
        items_per_section=reader.whole(table, "digest.items_per_section", "items_per_section",
                                       defaults.items_per_section, low=1),
    )


@dataclass(frozen=True, slots=True)
class WebSettings:
    """``[web]``: ``intake web``::

        allow_remote = false   # true lets --host name a non-loopback address
        https = false          # true: cookies only over HTTPS (behind a TLS proxy)
    """

    allow_remote: bool = False
    https: bool = False


def read_web(reader: TableReader, data: Mapping[str, Any]) -> WebSettings:
    table = reader.section(data, "web", {"allow_remote", "https"})
    return WebSettings(
        allow_remote=reader.boolean(table, "web.allow_remote", "allow_remote", False),
        https=reader.boolean(table, "web.https", "https", False))


@dataclass(frozen=True, slots=True)
class ApprovalSettings:
    """``[approvals]``: proofs out for the client's approval::

        proof_hosts = ["ziflow.com", "filestage.io"]   # links that are proofs (defaults:
                                                        # the common proofing services)
        suppliers = ["orders@printer.example"]          # a proof sent here before the
                                                        # client approved it is flagged
        remind_after_business_days = 2                  # remind the approvers after this
        max_reminders = 2                               # and at most this often
    """

    proof_hosts: tuple[str, ...] = ()
    suppliers: tuple[str, ...] = ()
    remind_after_business_days: int = 2
    max_reminders: int = 2


def read_approvals(reader: TableReader, data: Mapping[str, Any]) -> ApprovalSettings:
    table = reader.section(data, "approvals", set(ApprovalSettings.__dataclass_fields__))
    return ApprovalSettings(
        proof_hosts=tuple(h.lower() for h in reader.strings(table, "approvals.proof_hosts",
                                                            "proof_hosts")),
        suppliers=tuple(a.lower() for a in reader.strings(table, "approvals.suppliers",
                                                          "suppliers")),
        remind_after_business_days=reader.whole(
            table, "approvals.remind_after_business_days", "remind_after_business_days", 2,
            low=1),
        max_reminders=reader.whole(table, "approvals.max_reminders", "max_reminders", 2),
    )


@dataclass(frozen=True, slots=True)
class WorkersSettings:
    """``[workers]``: ``intake run --worker`` on PostgreSQL::

        lease_seconds = 60   # a dead worker's mailboxes move on after this
    """

    lease_seconds: int = 60


def read_workers(reader: TableReader, data: Mapping[str, Any]) -> WorkersSettings:
    table = reader.section(data, "workers", {"lease_seconds"})
    return WorkersSettings(lease_seconds=reader.whole(table, "workers.lease_seconds",
                                                      "lease_seconds", 60, low=3))


def read_report(reader: TableReader, data: Mapping[str, Any]) -> ReportSettings:
    defaults = ReportSettings()
    table = reader.section(data, "report", set(ReportSettings.__dataclass_fields__))
    flags = {key: reader.boolean(table, f"report.{key}", key, getattr(defaults, key))
             for key in ("enabled", "send_to_coordinator", "business_days_only",
                         "send_when_empty")}
    return ReportSettings(
        time=reader.clock_time(table.get("time", defaults.time), "report.time", example="18:00"),
        lookback_days=reader.whole(table, "report.lookback_days", "lookback_days", 0),
        first_lines=reader.whole(table, "report.first_lines", "first_lines", 3, low=1),
        **flags,
    )


def read_guidance(reader: TableReader, data: Mapping[str, Any],
                  schedule: ScheduleSettings | None) -> GuidanceSettings:
    """``[guidance]``; missing keys fall back to ``[schedule.reminders]``. Without a
    ``[schedule]`` there is no calendar and guidance is off: the defaults stand."""
    table = reader.section(data, "guidance", {"auto_send", "lead_business_days", "send_at"})
    if schedule is None:
        return GuidanceSettings()
    lead = reader.integer(table.get("lead_business_days", schedule.lead_business_days),
                          "guidance.lead_business_days")
    if lead < 0:
        reader.fail("guidance.lead_business_days", f"must not be negative, got {lead}")
    send_at = reader.clock_time(table.get("send_at", schedule.send_at), "guidance.send_at",
                                example="10:00")
    opens, closes = schedule.calendar.hours
    if not opens <= send_at < closes:
        reader.fail("guidance.send_at",
                    f"{send_at:%H:%M} is outside business hours {opens:%H:%M}-{closes:%H:%M}")
    return GuidanceSettings(
        auto_send=reader.boolean(table, "guidance.auto_send", "auto_send", False),
        lead_business_days=lead,
        send_at=send_at,
    )


def _alone(name: str, table: Any, path: str | None) -> tuple[TableReader, dict[str, Any]]:
    return TableReader(path or "<config>", Path.cwd()), {name: table}


def drafts_from_config(table: Any, *, path: str | None = None) -> DraftSettings:
    """``[drafts]`` on its own (the tests' and the benchmarks' way in)."""
    return read_drafts(*_alone("drafts", table, path))


def report_from_config(table: Any, *, path: str | None = None) -> ReportSettings:
    """``[report]`` on its own."""
    return read_report(*_alone("report", table, path))


def guidance_from_config(table: Any, schedule: ScheduleSettings, *,
                         path: str | None = None) -> GuidanceSettings:
    """``[guidance]`` on its own, against a schedule."""
    return read_guidance(*_alone("guidance", table, path), schedule)
