"""Prometheus metrics of a running ``intake run`` (``[metrics] port``, loopback only).

Two kinds, from two places:

- what the database holds, counted when Prometheus scrapes (so every process and
  every restart agrees): messages by kind, ignored mail by reason, open quarantine,
  drafts by status, outbox mail by status, each folder's last checkpoint time;
- what this process sees as it works (:class:`Metrics`, a
  :class:`~intake.progress.SyncObserver`): sync duration per folder, messages
  processed, the backlog left in a folder, reconnects by reason, the time of the
  last successful sync per mailbox. Lag is ``time() - intake_last_sync_success_timestamp_seconds``.

Nothing here carries an address, a subject or a body: only counts, names of the
configured mailboxes and folders, and statuses.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from models import Draft, FolderState, Message, OutboundMail, QuarantinedMail

log = logging.getLogger(__name__)


class DatabaseCollector(Collector):
    """Counts read from the database at scrape time (a few GROUP BY queries)."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def collect(self) -> Iterator[GaugeMetricFamily]:
        try:
            with self.factory() as session:
                yield from self._families(session)
        except Exception as exc:  # a scrape during an outage: say so, do not crash the server
            log.warning("metrics: the database could not be read: %s", exc)
            up = GaugeMetricFamily("intake_database_up", "1 when the database answered")
            up.add_metric([], 0)
            yield up

    def _families(self, session: Session) -> Iterator[GaugeMetricFamily]:
        def grouped(name: str, doc: str, label: str, column: Any, model: Any,
                    *where: Any) -> GaugeMetricFamily:
            family = GaugeMetricFamily(name, doc, labels=[label])
            query = select(column, func.count()).select_from(model).where(*where)
            for value, count in session.execute(query.group_by(column)):
                family.add_metric([str(value)], count)
            return family

        up = GaugeMetricFamily("intake_database_up", "1 when the database answered")
        up.add_metric([], 1)
        yield up
        yield grouped("intake_messages", "Stored messages by kind", "kind", Message.kind,
                      Message)
        yield grouped("intake_messages_ignored", "Ignored messages by reason", "reason",
                      Message.reason, Message, Message.kind == "ignored")
        yield grouped("intake_drafts", "Drafts by status", "status", Draft.status, Draft)
        yield grouped("intake_outbox_mails", "Outbound mail by status", "status",
                      OutboundMail.status, OutboundMail)
        quarantined = GaugeMetricFamily("intake_quarantined_messages",
                                        "Messages in quarantine, not yet replayed")
        quarantined.add_metric([], session.scalar(
            select(func.count()).select_from(QuarantinedMail)
            .where(QuarantinedMail.resolved_at.is_(None))) or 0)
        yield quarantined
        checkpoints = GaugeMetricFamily(
            "intake_folder_checkpoint_timestamp_seconds",
            "When each folder's checkpoint last moved (new mail stored)",
            labels=["mailbox", "folder"])
        for mailbox, folder, synced in session.execute(
                select(FolderState.mailbox, FolderState.folder, FolderState.synced_at)):
            if synced is not None:
                checkpoints.add_metric([mailbox, folder], synced.timestamp())
        yield checkpoints


class Metrics:
    """This process's metrics; also the sync observer and the poller's error callback."""

    def __init__(self, factory: sessionmaker[Session] | None = None) -> None:
        self.registry = CollectorRegistry()
        self.sync_seconds = Histogram(
            "intake_sync_duration_seconds", "Time to sync one folder (fetch and store)",
            ["mailbox", "folder"], registry=self.registry,
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800))
        self.processed = Counter("intake_messages_synced",
                                 "New messages fetched and processed, by outcome (stored, "
                                 "duplicate, quarantined)",
                                 ["mailbox", "folder", "outcome"], registry=self.registry)
        self.backlog = Gauge("intake_folder_backlog_messages",
                             "Messages of the current pass still to fetch",
                             ["mailbox", "folder"], registry=self.registry)
        self.reconnects = Counter("intake_mailbox_reconnects",
                                  "Mailbox connections lost or refused, by error",
                                  ["mailbox", "error"], registry=self.registry)
        self.last_success = Gauge("intake_last_sync_success_timestamp_seconds",
                                  "When a sync of the mailbox last ended well",
                                  ["mailbox"], registry=self.registry)
        self._started: dict[tuple[str, str], float] = {}
        if factory is not None:
            self.registry.register(DatabaseCollector(factory))

    # -- SyncObserver ------------------------------------------------------------------

    def folder_started(self, mailbox: str, folder: str) -> None:
        self._started[(mailbox, folder)] = time.monotonic()

    def batch_done(self, mailbox: str, folder: str, statuses: Sequence[str],
                   pending: int) -> None:
        for status in statuses:
            if status != "known":  # a copy recorded before (a Maildir is listed every pass)
                self.processed.labels(mailbox, folder, status).inc()
        self.backlog.labels(mailbox, folder).set(pending)

    def folder_done(self, mailbox: str, folder: str) -> None:
        started = self._started.pop((mailbox, folder), None)
        if started is not None:
            self.sync_seconds.labels(mailbox, folder).observe(time.monotonic() - started)
        self.backlog.labels(mailbox, folder).set(0)

    # -- the poller's callbacks ------------------------------------------------------------

    def synced(self, mailbox: str) -> None:
        self.last_success.labels(mailbox).set(time.time())

    def failed(self, mailbox: str, exc: Exception) -> None:
        self.reconnects.labels(mailbox, type(exc).__name__).inc()

    def serve(self, host: str, port: int) -> Any:
        """Serve ``/metrics`` on ``host:port`` in a daemon thread; returns the server."""
        server, _thread = start_http_server(port, addr=host, registry=self.registry)
        log.info("metrics on http://%s:%d/metrics", host, port)
        return server
