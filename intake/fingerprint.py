"""Content fingerprint of a raw message: what makes "the same mail" the same.

Input: raw bytes as fetched. Output: a SHA-256 hex digest of the bytes with
line endings normalised to LF and the transport trace headers that servers
add on delivery left out (Received, Delivered-To, Return-Path, ...). So the
copy the AE sent (in Sent) and the copy delivered back to INBOX fingerprint
alike, while two different messages sharing a Message-ID do not.
"""

from __future__ import annotations

import hashlib
import re

TRACE_HEADERS = frozenset(
    {
        b"received",
        b"return-path",
        b"delivered-to",
        b"x-original-to",
        b"x-received",
        b"authentication-results",
        b"received-spf",
        b"x-spam-status",
        b"x-spam-score",
        b"x-spam-level",
        b"x-spam-flag",
        b"x-spam-checker-version",
        b"x-virus-scanned",
        b"x-rspamd-server",
        b"x-rspamd-queue-id",
        b"x-rspamd-action",
        b"arc-seal",
        b"arc-message-signature",
        b"arc-authentication-results",
        b"x-ms-exchange-organization-authas",
        b"x-gm-message-state",
    }
)
_NEWLINES = re.compile(rb"\r\n?")


def fingerprint(raw: bytes) -> str:
    """SHA-256 hex of the message minus trace headers, with LF line endings."""
    data = _NEWLINES.sub(b"\n", raw)
    head, sep, body = data.partition(b"\n\n")
    if not sep:
        head, body = data, b""
    kept: list[bytes] = []
    skipping = False
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        name = line.partition(b":")[0].strip().lower()
        skipping = name in TRACE_HEADERS
        if not skipping:
            kept.append(line)
    digest = hashlib.sha256(b"\n".join(kept))
    digest.update(b"\n\n")
    digest.update(body.rstrip(b"\n"))
    return digest.hexdigest()
