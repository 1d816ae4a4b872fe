"""Folder transport (the embedded default): message bytes in, one ``.eml`` file per Message-ID out.

Each mail is written to a temporary file, flushed to disk, then linked to its
final name, which is derived from the Message-ID. The link fails when the
name exists, so a re-run after a crash (or a second process) never writes a
mail twice and never leaves a half-written ``.eml`` behind.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path

from intake.errors import MailTransportError, PermanentSendError
from intake.outbound.transport import Refusal

log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^A-Za-z0-9.@+_-]")


def eml_name(message_id: str) -> str:
    """A file name for a Message-ID: readable, safe on any file system, and collision-free.

    Characters outside ``[A-Za-z0-9.@+_-]`` become ``_``; a short hash of the
    exact Message-ID keeps two IDs that differ only there apart.
    """
    core = _UNSAFE.sub("_", message_id.strip().strip("<>"))[:150].lstrip(".") or "mail"
    digest = hashlib.sha256(message_id.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return f"{core}.{digest}.eml"


class FolderTransport:
    """Writes each mail as ``<folder>/<name from Message-ID>.eml``; every recipient "accepts"."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"FolderTransport({str(self.path)!r})"

    def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, Refusal]:
        """Write ``message`` once; an existing file for its Message-ID means it is already there."""
        message_id = BytesHeaderParser(policy=policy.compat32).parsebytes(message)["Message-ID"]
        if not message_id:
            raise PermanentSendError("the mail has no Message-ID: cannot name its file")
        target = self.path / eml_name(str(message_id))
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            if target.exists():
                log.info("outbox folder already has %s", message_id)
                return {}
            self._write_once(target, message)
        except OSError as exc:
            raise MailTransportError(f"cannot write {target}: {exc}") from exc
        log.info("wrote %s to %s for %d recipients", message_id, target.name, len(recipients))
        return {}

    def _write_once(self, target: Path, message: bytes) -> None:
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".eml", dir=self.path)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(message)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(tmp_name, target)  # atomic, and refuses to replace an existing file
            except FileExistsError:
                log.info("outbox folder: %s was written by another run", target.name)
        finally:
            os.unlink(tmp_name)
        _fsync_directory(self.path)


def _fsync_directory(path: Path) -> None:
    """Make the new directory entry durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
