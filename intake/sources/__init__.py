"""Mail sources: where raw messages come from (IMAP folders, local Maildirs).

A source yields :class:`FolderBatch` values; the pipeline stores each batch's
messages and its checkpoint in one transaction, so a crash between fetch and
commit re-fetches the batch instead of losing or duplicating it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class MailLocation:
    """Where one copy of a message lives.

    IMAP copies have ``uid`` (and ``key`` None); Maildir copies have ``key``
    (the Maildir unique name) and ``uid`` None, ``uidvalidity`` 0.
    """

    mailbox: str
    folder: str
    uidvalidity: int
    uid: int | None = None
    key: str | None = None

    def describe(self) -> str:
        ref = f"uid {self.uid}" if self.uid is not None else f"key {self.key}"
        return f"{self.mailbox}/{self.folder} (uidvalidity {self.uidvalidity}, {ref})"


@dataclass(frozen=True, slots=True)
class RawMail:
    """One fetched message: the exact bytes the server gave us and where they came from."""

    location: MailLocation
    raw: bytes
    internal_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class FolderCheckpoint:
    """How far a folder has been read: the UIDVALIDITY seen and the highest UID stored."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class FolderBatch:
    """Some new messages of one folder, in UID order, and the checkpoint to store with them.

    ``rescan`` is True when UIDVALIDITY changed and the folder is being read again
    from the start (de-duplication by content fingerprint keeps it exactly-once).
    ``pending`` is how many messages of this pass are still to come after this batch
    (what a progress display and the backlog metric show).
    """

    mailbox: str
    folder: str
    messages: tuple[RawMail, ...]
    checkpoint: FolderCheckpoint | None
    rescan: bool = False
    pending: int = 0


class MailSource(Protocol):
    """A mailbox we read but never modify.

    Contract: ``fetch_new`` never sets ``\\Seen``, never deletes, and yields only
    messages with a UID above the checkpoint (all of them when UIDVALIDITY
    changed), and with ``since`` only those delivered on or after that day.
    ``wait_for_change`` blocks at most ``timeout`` seconds and returns
    True when the server reported new mail; ``interrupt`` (safe from another
    thread) ends that wait early. Library errors come out as
    :class:`intake.errors.MailboxUnavailable`.
    """

    name: str
    folders: tuple[str, ...]

    def connect(self) -> None: ...

    def close(self) -> None: ...

    def fetch_new(
        self, folder: str, checkpoint: FolderCheckpoint | None, *, batch_size: int = 200,
        since: date | None = None,
    ) -> Iterator[FolderBatch]: ...

    def wait_for_change(self, timeout: float) -> bool: ...

    def interrupt(self) -> None:
        """Make a running ``wait_for_change`` return soon; safe from another thread."""
