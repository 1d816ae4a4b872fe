"""Maildir source: reads every message of a local Maildir without touching it.

Input: a Maildir path and folder names ("INBOX" is the Maildir itself, any
other name a Maildir++ subfolder: "Sent" is ``<path>/.Sent``). Output:
:class:`FolderBatch` values of :class:`RawMail` whose location carries the
Maildir unique name as ``key`` (flags suffix ``:2,...`` removed, so a message
another client flags or moves from new/ to cur/ keeps its key), ``uidvalidity``
0 and no checkpoint: the pipeline skips keys it already stored.

Files are only listed, stat'ed and read: never moved, renamed or flagged.
The stdlib ``mailbox.Maildir`` is not used because it hides each file's path
and modification time (our INTERNALDATE, as Dovecot uses it) and rewrites line
separators on read.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from intake.errors import ConfigError, MailboxUnavailable
from intake.sources import FolderBatch, FolderCheckpoint, MailLocation, RawMail

log = logging.getLogger(__name__)

_SUBDIRS = ("new", "cur")
# A directory's identity and last change: a delivery, a rename or a removal moves it.
_Stamp = tuple[int, int, int]
_ABSENT: _Stamp = (0, 0, 0)


def maildir_key(file_name: str) -> str:
    """The unique name of a Maildir file: everything before the ``:2,flags`` info."""
    return file_name.split(":", 1)[0]


class MaildirSource:
    """A local Maildir (and its Maildir++ subfolders); see :class:`intake.sources.MailSource`.

    ``poll_step`` is the pause between two looks at the directories in
    ``wait_for_change``.
    """

    def __init__(
        self,
        *,
        name: str,
        path: Path,
        folders: tuple[str, ...] = ("INBOX",),
        poll_step: float = 0.5,
    ) -> None:
        key = f"mailboxes.{name}"
        if not folders:
            raise ConfigError("at least one folder is needed", key=key)
        for folder in folders:
            if "/" in folder or "\0" in folder or not folder.strip("."):
                raise ConfigError(f"not a Maildir folder name: {folder!r}", key=key)
        if poll_step <= 0:
            raise ConfigError(f"poll_step must be positive, got {poll_step}", key=key)
        self.name = name
        self.path = Path(path)
        self.folders = tuple(folders)
        self.poll_step = poll_step
        # Directory stamps taken just before each folder was last listed, so a
        # delivery between a fetch and the next wait is not missed.
        self._stamps: dict[str, dict[Path, _Stamp]] = {}
        self._interrupt = threading.Event()

    def __repr__(self) -> str:
        return f"MaildirSource(name={self.name!r}, path={str(self.path)!r})"

    def folder_path(self, folder: str) -> Path:
        """``INBOX`` is the Maildir root; ``Sent`` (or ``.Sent``) is ``<root>/.Sent``."""
        if folder.upper() == "INBOX":
            return self.path
        return self.path / ("." + folder.lstrip("."))

    def connect(self) -> None:
        """Check that every folder is a readable Maildir."""
        for folder in self.folders:
            self._stamp(folder)

    def close(self) -> None:
        """Nothing to release; present for the MailSource contract."""

    def fetch_new(
        self, folder: str, checkpoint: FolderCheckpoint | None, *, batch_size: int = 200,
        since: date | None = None,
    ) -> Iterator[FolderBatch]:
        """Yield every message in new/ and cur/, sorted by file name, in batches; with
        ``since``, only files delivered (modified) on or after that day."""
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
        self._stamps[folder] = self._stamp(folder)  # before listing: see wait_for_change
        files = self._list(folder)
        if since is not None:
            files = [(key, path) for key, path in files if _delivered_on_or_after(path, since)]
        for start in range(0, len(files), batch_size):
            messages = tuple(
                mail
                for key, path in files[start : start + batch_size]
                if (mail := self._read(folder, key, path)) is not None
            )
            yield FolderBatch(mailbox=self.name, folder=folder, messages=messages, checkpoint=None,
                              pending=max(0, len(files) - start - batch_size))

    def wait_for_change(self, timeout: float) -> bool:
        """Poll the folders' new/ and cur/ directories; True when one changed since the
        last fetch or wait looked at it (a delivery in between is not missed)."""
        try:
            if self._interrupt.is_set():
                return False
            deadline = time.monotonic() + max(0.0, timeout)
            for folder in self.folders:  # first look: what later changes are measured from
                if folder not in self._stamps:
                    self._stamps[folder] = self._stamp(folder)
            baseline = dict(self._stamps)
            while True:
                for folder in self.folders:
                    now = self._stamp(folder)
                    if now != baseline[folder]:
                        self._stamps[folder] = now
                        log.debug("maildir %s/%s changed", self.name, folder)
                        return True
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._interrupt.wait(min(self.poll_step, remaining)):
                    return False
        finally:
            self._interrupt.clear()

    def interrupt(self) -> None:
        """Make the current (or next) ``wait_for_change`` return False at once.
        Safe to call from another thread, e.g. when the poller stops."""
        self._interrupt.set()

    # -- helpers ---------------------------------------------------------------------

    def _stamp(self, folder: str) -> dict[Path, _Stamp]:
        """new/ and cur/ stamps; one of them may be missing (git keeps no empty
        directory), not both, and the folder itself must exist."""
        root = self.folder_path(folder)
        stamps: dict[Path, _Stamp] = {}
        for sub in _SUBDIRS:
            directory = root / sub
            try:
                st = directory.stat()
                if not stat.S_ISDIR(st.st_mode):
                    raise NotADirectoryError(errno.ENOTDIR, "not a directory")
            except FileNotFoundError:
                stamps[directory] = _ABSENT
                continue
            except OSError as exc:
                raise self._unavailable(folder, directory, exc) from exc
            stamps[directory] = (st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
        if all(stamp == _ABSENT for stamp in stamps.values()):
            reason = "no such directory" if not root.exists() else "no new/ or cur/ in it"
            raise MailboxUnavailable(f"{self.name}/{folder}: cannot read Maildir {root}: {reason}")
        return stamps

    def _list(self, folder: str) -> list[tuple[str, Path]]:
        found = []
        for directory, stamp in self._stamp(folder).items():
            if stamp == _ABSENT:
                continue
            try:
                with os.scandir(directory) as entries:
                    for entry in entries:
                        if not entry.name.startswith(".") and entry.is_file():
                            found.append((entry.name, Path(entry.path)))
            except OSError as exc:
                raise self._unavailable(folder, directory, exc) from exc
        found.sort()
        return [(maildir_key(file_name), path) for file_name, path in found]

    def _read(self, folder: str, key: str, path: Path) -> RawMail | None:
        try:
            raw, mtime = _read_file(path)
        except FileNotFoundError:
            # Another client renamed it (new/ -> cur/, or new flags): look once more.
            moved = next((p for k, p in self._list(folder) if k == key), None)
            if moved is None:
                log.info("maildir %s/%s: %s vanished before it was read", self.name, folder, key)
                return None
            try:
                raw, mtime = _read_file(moved)
            except FileNotFoundError:
                log.info("maildir %s/%s: %s vanished before it was read", self.name, folder, key)
                return None
            except OSError as exc:
                raise self._unavailable(folder, moved, exc) from exc
        except OSError as exc:
            raise self._unavailable(folder, path, exc) from exc
        return RawMail(
            location=MailLocation(mailbox=self.name, folder=folder, uidvalidity=0, key=key),
            raw=raw,
            internal_date=datetime.fromtimestamp(mtime, UTC),
        )

    def _unavailable(self, folder: str, path: Path, exc: OSError) -> MailboxUnavailable:
        reason = exc.strerror or str(exc)
        return MailboxUnavailable(f"{self.name}/{folder}: cannot read Maildir {path}: {reason}")


def _read_file(path: Path) -> tuple[bytes, float]:
    with path.open("rb") as fh:
        raw = fh.read()
        mtime = os.fstat(fh.fileno()).st_mtime
    return raw, mtime


def _delivered_on_or_after(path: Path, since: date) -> bool:
    try:
        delivered = datetime.fromtimestamp(path.stat().st_mtime, UTC).date()
    except OSError:
        return True  # renamed meanwhile: let the read find it
    return delivered >= since
