"""The poller: keeps every mailbox synced until told to stop.

Input: an :class:`App` and a stop event. Output: none; messages land in the
database as they arrive. One thread per mailbox: sync, then wait for the
server to report new mail (IDLE) or for the poll interval, and again. A
dropped or frozen connection is noticed through the socket timeout; the
thread reconnects after a jittered, capped exponential backoff and reads on
from the stored checkpoint, so nothing is lost or fetched twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from intake.app import App
from intake.config import MailboxConfig
from intake.errors import (
    AuthenticationFailed,
    ConfigError,
    DatabaseUnavailable,
    MailboxUnavailable,
    StorageError,
)
from intake.progress import SyncObserver
from intake.sources.backoff import Backoff
from intake.storage import is_outage, outage
from intake.sync import SyncReport, sync_source

log = logging.getLogger(__name__)

# After a refused login we retry slowly: only a config change will fix it.
AUTH_RETRY_SECONDS = 600.0
# A database outage is retried sooner than a mailbox's: nothing can be read meanwhile, and
# the mail waits on the server (the checkpoint did not move), so resuming fast matters.
DATABASE_RETRY_CAP = 30.0


def watch_mailbox(
    app: App,
    mailbox: MailboxConfig,
    stop: threading.Event,
    *,
    on_sync: Callable[[SyncReport], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    backoff: Backoff | None = None,
    observer: SyncObserver | None = None,
) -> None:
    """Sync one mailbox whenever it changes, until ``stop`` is set.

    ``on_sync`` and ``on_error`` let tests and monitoring see each pass and each
    connection failure as it happens.
    """
    backoff = backoff or Backoff(base=1.0, cap=300.0)
    database_backoff = Backoff(base=min(backoff.base, DATABASE_RETRY_CAP), cap=DATABASE_RETRY_CAP)
    source = app.source(mailbox)  # reconnects by itself after a failure
    # Stopping must not wait for a long IDLE to end: interrupt it when asked to stop.
    def interrupt_when_stopped() -> None:
        stop.wait()
        source.interrupt()

    threading.Thread(
        target=interrupt_when_stopped,
        name=f"stop-{mailbox.name}",
        daemon=True,
    ).start()
    try:
        while not stop.is_set():
            try:
                source.connect()
                while not stop.is_set():
                    report = sync_source(
                        source, app.pipeline, app.factory, batch_size=mailbox.batch_size,
                        stop=stop, observer=observer,
                    )
                    backoff.reset()
                    database_backoff.reset()
                    if on_sync is not None:
                        on_sync(report)
                    if stop.is_set():
                        break
                    source.wait_for_change(mailbox.poll_interval)
            except ConfigError as exc:
                # A folder the server lacks, say: retrying cannot help, the operator must.
                if on_error is not None:
                    on_error(exc)
                log.error("mailbox %s: %s; not watching it", mailbox.name, exc)
                return
            except AuthenticationFailed as exc:
                if on_error is not None:
                    on_error(exc)
                log.error(
                    "mailbox %s: %s; retrying in %.0f s", mailbox.name, exc, AUTH_RETRY_SECONDS
                )
                source.close()
                stop.wait(AUTH_RETRY_SECONDS)
            except (MailboxUnavailable, StorageError) as exc:
                source.close()
                if isinstance(exc, DatabaseUnavailable):
                    _database_down(mailbox, exc, database_backoff, on_error, stop)
                else:
                    if on_error is not None:
                        on_error(exc)
                    delay = backoff.next_delay()
                    log.warning("mailbox %s: %s; reconnecting in %.1f s", mailbox.name, exc,
                                delay)
                    stop.wait(delay)
            except Exception as exc:  # the poller goes on: a bug must not end the watch
                source.close()
                if is_outage(exc):
                    _database_down(mailbox, outage(exc), database_backoff, on_error, stop)
                else:
                    if on_error is not None:
                        on_error(exc)
                    log.exception("mailbox %s: unexpected error; reconnecting", mailbox.name)
                    stop.wait(backoff.next_delay())
    finally:
        source.close()


def _database_down(mailbox: MailboxConfig, exc: DatabaseUnavailable, backoff: Backoff,
                   on_error: Callable[[Exception], None] | None,
                   stop: threading.Event) -> None:
    if on_error is not None:
        on_error(exc)
    delay = backoff.next_delay()
    log.warning("mailbox %s: %s; nothing of the batch was stored, trying again in %.1f s",
                mailbox.name, exc, delay)
    stop.wait(delay)
