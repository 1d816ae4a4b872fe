"""IMAP source: reads new mail from IMAP folders without ever changing them.

Input: an IMAP account (host, TLS mode, credentials, folders) and, per folder,
the stored :class:`FolderCheckpoint`. Output: :class:`FolderBatch` values of
:class:`RawMail` (exact bytes, UID, INTERNALDATE in UTC) in UID order, each
with the checkpoint to store alongside it; and ``wait_for_change``, which
blocks (IDLE, or STATUS polling) until the server reports new mail.

Folders are opened read-only (EXAMINE) and bodies fetched with ``BODY.PEEK[]``,
so ``\\Seen`` is never set and nothing is deleted or expunged. Every
imapclient, socket and TLS error leaves this module as
:class:`MailboxUnavailable` (a refused login as :class:`AuthenticationFailed`).
This is the only module that imports imapclient.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any, cast

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from intake.config.reader import is_loopback
from intake.errors import AuthenticationFailed, ConfigError, MailboxUnavailable
from intake.sources import FolderBatch, FolderCheckpoint, MailLocation, RawMail

log = logging.getLogger(__name__)

TLS_MODES = ("ssl", "starttls", "none")
# RFC 2177: servers may drop an IDLE after 30 minutes; re-issue it well before.
MAX_IDLE_SLICE = 29 * 60.0
# Everything imapclient, imaplib, socket and ssl raise on a broken, refused or
# garbled connection (ssl.SSLError and TimeoutError are OSErrors).
_LIBRARY_ERRORS = (imaplib.IMAP4.error, OSError, EOFError)
_CHANGE_RESPONSES = (b"EXISTS", b"RECENT")
_FETCH_ITEMS = ("BODY.PEEK[]", "INTERNALDATE")
# Longest quiet look at the socket inside one IDLE before checking interrupt().
_CHECK_STEP = 0.5


class ImapSource:
    """One IMAP account read through imapclient; see :class:`intake.sources.MailSource`.

    ``use_idle=False`` forces the STATUS-polling fallback even when the server
    offers IDLE (for servers whose IDLE misbehaves, and to test the fallback).
    ``poll_step`` is the pause between two STATUS checks in that fallback.
    """

    def __init__(
        self,
        *,
        name: str,
        host: str,
        port: int,
        tls: str,
        username: str,
        password: str,
        folders: tuple[str, ...],
        timeout: float = 60.0,
        idle_slice: float = 240.0,
        ssl_context: ssl.SSLContext | None = None,
        use_idle: bool = True,
        poll_step: float = 5.0,
    ) -> None:
        key = f"mailboxes.{name}"
        if tls not in TLS_MODES:
            raise ConfigError(f"tls must be one of {', '.join(TLS_MODES)}, got {tls!r}", key=key)
        if tls == "none" and not is_loopback(host):
            raise ConfigError(
                f"tls 'none' would send the password in clear to {host}; "
                "it is allowed only for a loopback host",
                key=key,
            )
        if not folders:
            raise ConfigError("at least one folder is needed", key=key)
        if timeout <= 0:
            raise ConfigError(f"timeout must be positive, got {timeout}", key=key)
        if not 0 < idle_slice <= MAX_IDLE_SLICE:
            raise ConfigError(
                f"idle_slice must be in (0, {MAX_IDLE_SLICE:.0f}] seconds, got {idle_slice}",
                key=key,
            )
        if poll_step <= 0:
            raise ConfigError(f"poll_step must be positive, got {poll_step}", key=key)
        self.name = name
        self.host = host
        self.port = port
        self.tls = tls
        self.username = username
        self._password = password
        self.folders = tuple(folders)
        self.timeout = timeout
        self.idle_slice = idle_slice
        self.use_idle = use_idle
        self.poll_step = poll_step
        self._ssl_context = ssl_context
        self._client: IMAPClient | None = None
        self._broken = False
        self._selected: str | None = None
        # UIDNEXT seen by the last fetch of each folder: mail that lands after
        # that fetch but before IDLE starts would otherwise go unreported.
        self._uidnext_seen: dict[str, int] = {}
        self.capabilities: frozenset[str] = frozenset()
        self._interrupt = threading.Event()

    def __repr__(self) -> str:  # no password, ever
        return f"ImapSource(name={self.name!r}, {self.username}@{self.host}:{self.port}/{self.tls})"

    # -- connection ------------------------------------------------------------

    @property
    def supports_idle(self) -> bool:
        return "IDLE" in self.capabilities

    def connect(self) -> None:
        """Open the connection, secure it as configured, log in, read capabilities."""
        self.close()
        context = self._ssl_context or ssl.create_default_context()
        where = f"{self.host}:{self.port}"
        try:
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=self.tls == "ssl",
                ssl_context=context if self.tls == "ssl" else None,
                timeout=self.timeout,
            )
        except _LIBRARY_ERRORS as exc:
            raise MailboxUnavailable(f"{self.name}: cannot connect to {where}: {exc}") from exc
        self._client = client
        self._broken = False
        try:
            if self.tls == "starttls":
                # Never fall back to clear text: no STARTTLS offered is an error.
                if not client.has_capability("STARTTLS"):
                    raise MailboxUnavailable(f"{self.name}: {where} does not offer STARTTLS")
                try:
                    client.starttls(context)
                except _LIBRARY_ERRORS as exc:
                    raise MailboxUnavailable(f"{self.name}: STARTTLS with {where}: {exc}") from exc
            client.login(self.username, self._password)
            client.normalise_times = False  # aware INTERNALDATEs, converted to UTC below
            self.capabilities = frozenset(
                c.decode("ascii", "replace").upper() for c in client.capabilities()
            )
            missing = [f for f in self.folders if not client.folder_exists(f)]
        except LoginError as exc:
            self._abandon()
            if not _credentials_refused(exc):
                raise MailboxUnavailable(
                    f"{self.name}: {where} could not log in {self.username} now: {exc}"
                ) from exc
            raise AuthenticationFailed(
                f"{self.name}: {where} refused the login of {self.username}: {exc}"
            ) from exc
        except _LIBRARY_ERRORS as exc:
            self._abandon()
            raise MailboxUnavailable(f"{self.name}: cannot log in to {where}: {exc}") from exc
        except MailboxUnavailable:
            self._abandon()
            raise
        if missing:
            # Retrying cannot help: the configuration names a folder the server lacks.
            self.close()
            raise ConfigError(
                f"{where} has no folder {', '.join(repr(f) for f in missing)}",
                key=f"mailboxes '{self.name}'.folders",
            )
        log.info(
            "mailbox %s: connected to %s as %s (%s, idle %s)",
            self.name,
            where,
            self.username,
            self.tls,
            "yes" if self.supports_idle else "no",
        )

    def close(self) -> None:
        """Log out (or just drop a broken connection). Never raises."""
        client, self._client = self._client, None
        self._selected = None
        if client is None:
            return
        if not self._broken:
            try:
                client.logout()
                return
            except Exception:  # close must never raise
                log.debug("mailbox %s: logout failed, dropping the connection", self.name)
        with contextlib.suppress(Exception):
            client.shutdown()

    def message_counts(self) -> dict[str, int]:
        """MESSAGES of every configured folder (STATUS: nothing is selected or fetched)."""
        client = self._require()
        counts = {}
        for folder in self.folders:
            with self._translated(f"STATUS {folder}"):
                status = client.folder_status(folder, ["MESSAGES"])
            counts[folder] = int(status.get(b"MESSAGES", 0))
        return counts

    def _abandon(self) -> None:
        self._broken = True
        self.close()

    def _require(self) -> IMAPClient:
        if self._client is None or self._broken:
            self.connect()
        assert self._client is not None
        return self._client

    @contextlib.contextmanager
    def _translated(self, action: str) -> Iterator[None]:
        """Turn library errors into MailboxUnavailable and mark the connection dead."""
        try:
            yield
        except _LIBRARY_ERRORS as exc:
            self._broken = True
            raise MailboxUnavailable(
                f"{self.name}: {action} on {self.host}:{self.port} failed: "
                f"{type(exc).__name__}: {exc}"
            ) from exc

    def _examine(self, client: IMAPClient, folder: str) -> dict[bytes, Any]:
        with self._translated(f"EXAMINE {folder}"):
            info = client.select_folder(folder, readonly=True)
        self._selected = folder
        return cast(dict[bytes, Any], info)

    # -- fetching --------------------------------------------------------------

    def fetch_new(
        self, folder: str, checkpoint: FolderCheckpoint | None, *, batch_size: int = 200,
        since: date | None = None,
    ) -> Iterator[FolderBatch]:
        """Yield the folder's messages above ``checkpoint`` in batches of ``batch_size``;
        with ``since``, only those the server received on or after that day (SEARCH SINCE,
        by INTERNALDATE).

        A nothing-new sync costs one EXAMINE: no SEARCH, no FETCH.
        """
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
        client = self._require()
        info = self._examine(client, folder)
        if b"UIDVALIDITY" not in info:
            self._broken = True
            raise MailboxUnavailable(f"{self.name}: EXAMINE {folder} gave no UIDVALIDITY")
        uidvalidity = int(info[b"UIDVALIDITY"])
        uidnext = info.get(b"UIDNEXT")
        exists = int(info.get(b"EXISTS", 0))
        rescan = checkpoint is None or checkpoint.uidvalidity != uidvalidity
        last = 0 if rescan or checkpoint is None else checkpoint.last_uid
        if uidnext is not None:
            self._uidnext_seen[folder] = int(uidnext)
        if rescan and checkpoint is not None:
            log.warning(
                "mailbox %s/%s: UIDVALIDITY changed %d -> %d, reading the folder again",
                self.name,
                folder,
                checkpoint.uidvalidity,
                uidvalidity,
            )
        stored_new = FolderBatch(
            mailbox=self.name,
            folder=folder,
            messages=(),
            checkpoint=FolderCheckpoint(uidvalidity=uidvalidity, last_uid=last),
            rescan=rescan,
        )

        if uidnext is not None and int(uidnext) <= last:
            log.warning(
                "mailbox %s/%s: UIDNEXT %d is not above the stored UID %d under the same "
                "UIDVALIDITY: the server broke RFC 3501; mail below it is not read again",
                self.name,
                folder,
                int(uidnext),
                last,
            )
        if exists == 0 or (uidnext is not None and int(uidnext) <= last + 1):
            if rescan:
                yield stored_new
            return

        with self._translated(f"UID SEARCH in {folder}"):
            criteria: list[Any] = ["UID", f"{last + 1}:*"]
            found = client.search(criteria + (["SINCE", since] if since else []))
        # RFC 3501: "n:*" matches the highest UID even when it is below n.
        uids = sorted(uid for uid in found if uid > last)
        if not uids:
            if rescan:
                yield stored_new
            return

        log.debug("mailbox %s/%s: %d new above uid %d", self.name, folder, len(uids), last)
        for start in range(0, len(uids), batch_size):
            chunk = uids[start : start + batch_size]
            with self._translated(f"UID FETCH in {folder}"):
                fetched = client.fetch(chunk, _FETCH_ITEMS)
            messages = tuple(
                mail
                for uid in chunk
                if (mail := self._raw_mail(folder, uidvalidity, uid, fetched.get(uid))) is not None
            )
            yield FolderBatch(
                mailbox=self.name,
                folder=folder,
                messages=messages,
                checkpoint=FolderCheckpoint(uidvalidity=uidvalidity, last_uid=chunk[-1]),
                rescan=rescan,
                pending=len(uids) - start - len(chunk),
            )

    def _raw_mail(
        self, folder: str, uidvalidity: int, uid: int, data: dict[bytes, Any] | None
    ) -> RawMail | None:
        body = None if data is None else data.get(b"BODY[]")
        if body is None:
            # Expunged between SEARCH and FETCH: gone for good, not an error.
            log.info("mailbox %s/%s: uid %d vanished before FETCH", self.name, folder, uid)
            return None
        assert data is not None
        internal = data.get(b"INTERNALDATE")
        if isinstance(internal, datetime):
            internal = internal.astimezone(UTC) if internal.tzinfo else internal.replace(tzinfo=UTC)
        else:
            internal = None
        return RawMail(
            location=MailLocation(
                mailbox=self.name, folder=folder, uidvalidity=uidvalidity, uid=uid
            ),
            raw=bytes(body),
            internal_date=internal,
        )

    # -- waiting -----------------------------------------------------------------

    def wait_for_change(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True as soon as the server reports new mail.

        IDLE watches the first folder; the polling fallback checks every folder.
        A dead or frozen server raises MailboxUnavailable within about
        ``idle_slice`` (or ``poll_step``) plus the socket ``timeout``.
        """
        try:
            if self._interrupt.is_set():
                return False
            client = self._require()
            deadline = time.monotonic() + max(0.0, timeout)
            if self.use_idle and self.supports_idle:
                return self._idle(client, deadline)
            return self._poll(client, deadline)
        finally:
            self._interrupt.clear()

    def interrupt(self) -> None:
        """Make the current (or next) ``wait_for_change`` return False within about
        half a second. Safe to call from another thread, e.g. when the poller stops."""
        self._interrupt.set()

    def _idle(self, client: IMAPClient, deadline: float) -> bool:
        folder = self.folders[0]
        seen = self._uidnext_seen.get(folder)
        info = self._examine(client, folder)
        uidnext = info.get(b"UIDNEXT")
        if uidnext is not None:
            # Remember it, so a caller that waits again without fetching is not
            # woken twice for the same mail.
            self._uidnext_seen[folder] = int(uidnext)
            if seen is not None and int(uidnext) > seen:
                return True  # arrived between our last fetch and now
        while (remaining := deadline - time.monotonic()) > 0 and not self._interrupt.is_set():
            slice_end = time.monotonic() + min(remaining, self.idle_slice)
            responses: list[Any] = []
            with self._translated(f"IDLE on {folder}"):
                client.idle()
                # Short checks inside one IDLE (no traffic) so interrupt() is seen soon.
                while not _reports_change(responses) and not self._interrupt.is_set():
                    left = slice_end - time.monotonic()
                    if left <= 0:
                        break
                    responses += client.idle_check(timeout=min(left, _CHECK_STEP))
                responses += client.idle_done()[1]
                # A frozen server lets idle_check return [] forever; a command
                # with a reply makes the socket timeout fire instead.
                responses += client.noop()[1]
            if _reports_change(responses):
                log.debug("mailbox %s/%s: IDLE reported new mail", self.name, folder)
                return True
        return False

    def _poll(self, client: IMAPClient, deadline: float) -> bool:
        if self._selected is not None:
            # STATUS on the selected folder may answer from a stale view.
            with self._translated("UNSELECT"):
                if "UNSELECT" in self.capabilities:
                    client.unselect_folder()
                else:
                    client.close_folder()  # read-only: CLOSE expunges nothing
            self._selected = None
        baseline = {folder: self._uidnext_seen.get(folder) for folder in self.folders}
        while True:
            for folder in self.folders:
                with self._translated(f"STATUS {folder}"):
                    status = client.folder_status(folder, ["UIDNEXT"])
                uidnext = int(status[b"UIDNEXT"])
                if baseline[folder] is None:
                    baseline[folder] = uidnext
                    self._uidnext_seen[folder] = uidnext
                elif uidnext != baseline[folder]:
                    self._uidnext_seen[folder] = uidnext
                    log.debug("mailbox %s/%s: UIDNEXT moved to %d", self.name, folder, uidnext)
                    return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self._interrupt.wait(min(self.poll_step, remaining)):
                return False


def _credentials_refused(exc: LoginError) -> bool:
    """True when a failed login means wrong credentials, not a passing server trouble.

    imapclient turns every error during LOGIN into LoginError, a dropped
    connection too; RFC 5530's ``[UNAVAILABLE]`` (Dovecot's "Temporary
    authentication failure") is the server's problem and worth retrying soon.
    """
    if isinstance(exc.__context__, imaplib.IMAP4.abort | OSError):
        return False
    return "[UNAVAILABLE]" not in str(exc).upper()


def _reports_change(responses: Sequence[Any]) -> bool:
    """True when an untagged response says the folder has more (or recent) messages."""
    return any(
        isinstance(r, tuple) and len(r) >= 2 and r[1] in _CHANGE_RESPONSES for r in responses
    )
