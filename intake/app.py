"""Wiring: the composition root. Builds every concrete adapter from configuration, once.

Input: a :class:`Config` (every table already read and checked), the
environment and a clock. Output: an :class:`App` holding the engine, the
session factory, and the one of each thing the rest of intake shares: the
outbox, the transport, the guidance and drafting contexts, the pipeline and
the mail sources. Nothing else builds these, so every path (the pipeline's
hooks, ``intake drafts confirm``, the scheduler) acts with the same outbox,
limits and callbacks.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from intake.classify import Context
from intake.clients import ClientDirectory
from intake.clock import Clock, clock_from_environment
from intake.config import Config, MailboxConfig
from intake.drafts.context import DraftContext
from intake.drafts.tokens import secret_from_environment
from intake.guidance import GuidanceContext, on_project_changed
from intake.outbound.outbox import Outbox, RateLimit
from intake.outbound.transport import Transport
from intake.progress import SyncObserver
from intake.sources import MailSource
from intake.storage import make_engine, require_schema, session_factory, unit_of_work
from intake.sync import SyncReport, sync_clients, sync_source
from intake.tenancy import Owners, adopt
from intake.transport_factory import transport_from_config

if TYPE_CHECKING:
    from intake.pipeline import Pipeline
    from models import Project


@dataclass
class App:
    """A configured intake: database, clock, and the shared adapters built from them."""

    config: Config
    engine: Engine
    clock: Clock
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    root: App | None = None  # set on one AE's view: the App whose shared objects it uses
    factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.factory = session_factory(self.engine)
        self._views: dict[str, App] = {}

    # -- many AEs ([[aes]]) -------------------------------------------------------------

    def for_ae(self, name: str) -> App:
        """The App as one AE sees it (their config view: address, Traffic, Coordinator,
        clients, mailboxes, report and digest times), sharing this App's database,
        outbox, transport and pipeline. With one AE, this App itself."""
        if self.root is not None:
            return self.root.for_ae(name)
        if not self.config.many_aes:
            return self
        ae = self.config.ae_named(name)
        if ae.name not in self._views:
            view = App(config=self.config.for_ae(ae.name), engine=self.engine, clock=self.clock,
                       environ=self.environ, root=self)
            view.factory = self.factory
            self._views[ae.name] = view
        return self._views[ae.name]

    def tenants(self) -> list[App]:
        """One App per AE: what the scheduled jobs, reports and digests run for."""
        return [self.for_ae(ae.name) for ae in self.config.tenants]

    @property
    def ae_key(self) -> str | None:
        """The AE whose rows this App's queries keep to; None: every row (one AE)."""
        return self.config.ae_key

    def draft_context_for(self, session: Session, draft_id: int) -> DraftContext:
        """The drafting context in which draft ``draft_id`` is decided: its AE's."""
        from models.drafts import Draft

        draft = session.get(Draft, draft_id)
        return self.draft_context_of(draft.ae if draft is not None else None)

    def draft_context_of(self, ae_key: str | None) -> DraftContext:
        """The drafting context of the AE a row belongs to (their address, Traffic,
        tokens): replies, the CLI and the web view decide a draft in its AE's name."""
        for ae in self.config.tenants:
            if ae.key == ae_key:
                return self.for_ae(ae.name).draft_context
        return self.for_ae(self.config.tenants[0].name).draft_context

    @cached_property
    def outbox(self) -> Outbox:
        """The one outbox: at most ``[outbound] mails_per_hour`` to one outside address (a
        loop guard), never limiting the agency's own team."""
        if self.root is not None:
            return self.root.outbox
        limit = RateLimit(per_recipient=self.config.mails_per_hour, window=timedelta(hours=1),
                          exempt=self.config.agency.staff_addresses)
        return Outbox(self.factory, self.clock, rate_limit=limit)

    @cached_property
    def transport(self) -> Transport:
        """SMTP when ``[smtp]`` is set, else ``.eml`` files in the outbound folder."""
        if self.root is not None:
            return self.root.transport
        return transport_from_config(self.config, self.environ)

    @cached_property
    def guidance(self) -> GuidanceContext:
        """What scheduling guidance and reminders read: config, clock, the outbox."""
        return GuidanceContext(self.config, self.clock, self.outbox)

    @cached_property
    def draft_context(self) -> DraftContext:
        """The one drafting context: the pipeline's hook, ``intake drafts`` and replies decide
        alike (the same outbox; a confirmed date or budget re-plans the client's guidance)."""
        schedule = self.config.schedule
        return DraftContext(
            agency=self.config.agency,
            clients=self.config.clients,
            clock=self.clock,
            outbox=self.outbox,
            key=secret_from_environment(self.environ),
            settings=self.config.drafts,
            job_types=schedule.job_types if schedule is not None else (),
            project_changed=self._project_changed,
            ae_key=self.ae_key,
        )

    def _project_changed(self, session: Session, project: Project) -> None:
        if self.config.schedule is None:
            return  # no calendar, no guidance: nothing to plan (and no queries to pay)
        on_project_changed(session, project, context=self.guidance, now=self.clock.now())

    @cached_property
    def pipeline(self) -> Pipeline:
        """The pipeline, with configured clients mirrored into the database first."""
        if self.root is not None:
            return self.root.pipeline
        from intake.bounce_feedback import BounceFeedback
        from intake.drafts.service import build_draft_hooks  # imports the templates
        from intake.pipeline import Pipeline  # imports spaCy: only commands that ingest pay
        from intake.understanding import Extractor

        with unit_of_work(self.factory) as session:
            client_ids = sync_clients(session, self.config.clients)
            adopt(session, self.config)
        contexts = {ae.key: self.for_ae(ae.name).draft_context for ae in self.config.tenants}
        context = Context(
            agency=self.config.agency,
            directory=ClientDirectory.build(self.config.clients, self.config.agency),
        )
        return Pipeline(
            context=context,
            clock=self.clock,
            client_ids=client_ids,
            extractor=Extractor(self.config.agency, model=self.config.nlp_model),
            after_store=(*build_draft_hooks(self.draft_context, contexts),
                         BounceFeedback(self.draft_context, contexts), self._approval_hook()),
            workers=self.config.performance.workers,
            pool_threshold=self.config.performance.pool_threshold,
            owners=Owners.of(self.config),
        )

    def source(self, mailbox: MailboxConfig) -> MailSource:
        return build_source(mailbox, self.environ)

    def _approval_hook(self) -> Any:
        from intake.approvals.rounds import PROOF_HOSTS, ApprovalHook
        from intake.drafts.mails import queue_notice

        settings = self.config.approvals

        def notify(session: Session, subject: str, message: str, key: str) -> None:
            queue_notice(session, self.draft_context, kind="approval-notice", dedupe_key=key,
                         subject=subject, message=message)

        return ApprovalHook(self.clock, proof_hosts=(*PROOF_HOSTS, *settings.proof_hosts),
                            suppliers=frozenset(settings.suppliers), notify=notify)

    def sync_once(self, observer: SyncObserver | None = None) -> SyncReport:
        """One pass over every mailbox: connect, fetch what is new, process, disconnect."""
        report = SyncReport()
        for mailbox in self.config.mailboxes:
            source = self.source(mailbox)
            source.connect()
            try:
                report.merge(sync_source(source, self.pipeline, self.factory,
                                         batch_size=mailbox.batch_size, observer=observer))
            finally:
                source.close()
        return report

    def backfill(self, since: date, observer: SyncObserver | None = None) -> SyncReport:
        """Mail delivered since ``since`` stored and understood, nothing drafted or answered:
        history imported before ``intake run`` reads on from where this leaves each folder."""
        quiet = dataclasses.replace(self.pipeline, after_store=())
        report = SyncReport()
        for mailbox in self.config.mailboxes:
            source = self.source(mailbox)
            source.connect()
            try:
                report.merge(sync_source(source, quiet, self.factory,
                                         batch_size=mailbox.batch_size, observer=observer,
                                         since=since))
            finally:
                source.close()
        return report

    def close(self) -> None:
        self.engine.dispose()


def build_source(mailbox: MailboxConfig, environ: Mapping[str, str]) -> MailSource:
    """An IMAP or Maildir source for one configured mailbox."""
    if mailbox.kind == "maildir":
        from intake.sources.maildir import MaildirSource

        assert mailbox.path is not None
        return MaildirSource(name=mailbox.name, path=mailbox.path, folders=mailbox.folders)
    from intake.sources.imap import ImapSource

    return ImapSource(
        name=mailbox.name,
        host=mailbox.host,
        port=mailbox.port,
        tls=mailbox.tls,
        username=mailbox.username,
        password=mailbox.password(environ),
        folders=mailbox.folders,
        timeout=mailbox.timeout,
        idle_slice=mailbox.idle_slice,
        use_idle=mailbox.idle,
    )


def build_app(
    config: Config,
    *,
    engine: Engine | None = None,
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
    check_schema: bool = True,
) -> App:
    """The App of a config: its database (or ``engine``), the environment's clock and secrets."""
    env = dict(os.environ if environ is None else environ)
    engine = engine or make_engine(config.database_url)
    if check_schema:
        require_schema(engine)
    return App(config=config, engine=engine, clock=clock or clock_from_environment(env),
               environ=env)
