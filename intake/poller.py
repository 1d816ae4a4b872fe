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
from intake.errors import AuthenticationFailed, ConfigError, MailboxUnavailable, StorageError
from intake.sources.backoff import Backoff
from intake.sync import SyncReport, sync_source

log = logging.getLogger(__name__)

# After a refused login we retry slowly: only a config change will fix it.
AUTH_RETRY_SECONDS = 600.0


def watch_mailbox(
    app: App,
    mailbox: MailboxConfig,
    stop: threading.Event,
    *,
    on_sync: Callable[[SyncReport], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    backoff: Backoff | None = None,
) -> None:
    """Sync one mailbox whenever it changes, until ``stop`` is set.

    ``on_sync`` and ``on_error`` let tests and monitoring see each pass and each
    connection failure as it happens.
    """
    backoff = backoff or Backoff(base=1.0, cap=300.0)
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
                        source, app.pipeline, app.factory, batch_size=mailbox.batch_size
                    )
                    backoff.reset()
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
                if on_error is not None:
                    on_error(exc)
                delay = backoff.next_delay()
                log.warning("mailbox %s: %s; reconnecting in %.1f s", mailbox.name, exc, delay)
                source.close()
                stop.wait(delay)
    finally:
        source.close()
