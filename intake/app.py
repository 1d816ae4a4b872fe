"""Wiring: builds the concrete adapters from configuration. The only place that does.

Input: a :class:`Config`, the environment and a clock. Output: an :class:`App`
holding the engine, the session factory, the pipeline and the mail sources.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from intake.classify import Context
from intake.clients import ClientDirectory
from intake.clock import Clock, clock_from_environment
from intake.config import Config, MailboxConfig
from intake.outbound.outbox import Outbox, RateLimit
from intake.sources import MailSource
from intake.storage import make_engine, require_schema, session_factory, unit_of_work
from intake.sync import SyncReport, sync_clients, sync_source
from intake.understanding import Extractor

if TYPE_CHECKING:
    from intake.drafts.context import DraftContext
    from intake.pipeline import AfterStore, Pipeline
    from models import Project


@dataclass
class App:
    """A configured intake: database, clock, pipeline and sources."""

    config: Config
    engine: Engine
    factory: sessionmaker[Session]
    clock: Clock
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    _pipeline: Pipeline | None = None
    _outbox: Outbox | None = None
    _draft_context: DraftContext | None = None

    @property
    def pipeline(self) -> Pipeline:
        """The pipeline, with configured clients mirrored into the database first."""
        if self._pipeline is None:
            from intake.pipeline import Pipeline

            with unit_of_work(self.factory) as session:
                client_ids = sync_clients(session, self.config.clients)
            context = Context(
                agency=self.config.agency,
                directory=ClientDirectory.build(self.config.clients, self.config.agency),
            )
            self._pipeline = Pipeline(
                context=context,
                clock=self.clock,
                client_ids=client_ids,
                extractor=Extractor(self.config.agency, model=self.config.nlp_model),
                after_store=self._after_store_hooks(),
            )
        return self._pipeline

    @property
    def outbox(self) -> Outbox:
        """The outbox, limiting mail per outside recipient but never to the agency's team."""
        if self._outbox is None:
            exempt = self.config.agency.team_addresses
            self._outbox = Outbox(self.factory, self.clock, rate_limit=RateLimit(exempt=exempt))
        return self._outbox

    @property
    def draft_context(self) -> DraftContext:
        """The one drafting context: the pipeline's hook and ``intake drafts`` decide alike
        (the same outbox, and a confirmed date or budget re-plans the client's guidance)."""
        if self._draft_context is None:
            from intake.drafts.service import build_context
            from intake.guidance import context_of, on_project_changed

            guidance = context_of(self)  # a bad [schedule] or [guidance] table fails here, once

            def project_changed(session: Session, project: Project) -> None:
                on_project_changed(session, project, app_or_context=guidance,
                                   now=self.clock.now())

            self._draft_context = build_context(self, outbox=self.outbox,
                                                project_changed=project_changed)
        return self._draft_context

    def _after_store_hooks(self) -> tuple[AfterStore, ...]:
        """Drafting (CCRs, change orders, AE replies), which re-plans client guidance."""
        from intake.drafts.service import build_draft_hooks

        return build_draft_hooks(self.draft_context)

    def source(self, mailbox: MailboxConfig) -> MailSource:
        return build_source(mailbox, self.environ)

    def sync_once(self) -> SyncReport:
        """One pass over every mailbox: connect, fetch what is new, process, disconnect."""
        report = SyncReport()
        for mailbox in self.config.mailboxes:
            source = self.source(mailbox)
            source.connect()
            try:
                report.merge(
                    sync_source(source, self.pipeline, self.factory, batch_size=mailbox.batch_size)
                )
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
    clock: Clock | None = None,
    environ: Mapping[str, str] | None = None,
    check_schema: bool = True,
) -> App:
    engine = make_engine(config.database_url)
    if check_schema:
        require_schema(engine)
    return App(
        config=config,
        engine=engine,
        factory=session_factory(engine),
        clock=clock or clock_from_environment(dict(os.environ if environ is None else environ)),
        environ=dict(os.environ if environ is None else environ),
    )
