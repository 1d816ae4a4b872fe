"""Reply tokens: a draft's identity and version, signed, short enough for an address.

Job: issue the token that goes into a draft mail's ``Reply-To``
(``intake+<token>@<intake domain>``) and its body (``intake-token: <token>``),
and check the token a reply brings back.
Input: the key (``INTAKE_SECRET``), the draft ID and version, the AE address,
the time. Output: a token string, or :class:`TokenClaims` / :class:`TokenError`.

Layout (33 bytes, lower-case RFC 4648 base32 without padding: 53 characters,
so ``intake+<token>`` is 60 octets and fits the 64-octet local part of RFC 5321)::

    format 1 | draft_id 4 | version 2 | issued_at 4 | ttl_minutes 3 | ae 3 | nonce 6 | mac 10

- ``issued_at`` is whole seconds since the Unix epoch (UTC); ``ttl_minutes``
  up to about 31 years.
- ``ae`` is a keyed fingerprint of the AE's address (HMAC, 24 bits): it binds
  the token to the AE without putting the address in it, and lets a valid
  token sent by someone else be told apart (``wrong-ae``) from a forgery.
- ``nonce`` is 48 random bits: with ``draft_id`` it is the handle of the
  single-use check.
- ``mac`` is HMAC-SHA256 over the 23 bytes before it, truncated to 80 bits
  (the RFC 2104 floor; guessing one by mail is hopeless). The MAC key is
  derived from ``INTAKE_SECRET`` for this use only.

Base32 is case-free, so a server that lower- or upper-cases the local part
does no harm: :func:`verify_token` reads either case.

What this module does NOT check, and the caller must, against the database:
- *staleness*: the claims' ``version`` must equal the draft's current version
  (a reply to version 1 after an edit made version 2 changes nothing);
- *single use*: mark ``(draft_id, nonce)`` used atomically (a conditional
  UPDATE or a unique row inserted in the reply's transaction) before acting;
- that ``draft_id`` names an existing draft.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from intake.config.features import DEFAULT_REPLY_TTL
from intake.errors import ConfigError, IntakeError

__all__ = [
    "DEFAULT_TTL",
    "MIN_SECRET_BYTES",
    "SECRET_ENV",
    "TOKEN_LENGTH",
    "TokenClaims",
    "TokenError",
    "issue_token",
    "secret_from_environment",
    "verify_token",
]

SECRET_ENV = "INTAKE_SECRET"
MIN_SECRET_BYTES = 16
DEFAULT_TTL = DEFAULT_REPLY_TTL

_FORMAT = 1
_CLAIMS = struct.Struct(">BIHI3s3s6s")  # format, draft, version, issued, ttl, ae, nonce
_MAC_BYTES = 10
_TOKEN_BYTES = _CLAIMS.size + _MAC_BYTES
#: Characters in every token this version issues.
TOKEN_LENGTH = -(-_TOKEN_BYTES * 8 // 5)
_MAX_TTL_MINUTES = 2**24 - 1
_PURPOSE = b"intake reply token v1"

REASONS = ("malformed", "bad-signature", "expired", "wrong-ae")


class TokenError(IntakeError):
    """A reply's token cannot authorise anything; ``reason`` says why.

    ``reason`` is one of :data:`REASONS`: ``malformed`` (not a token of ours
    at all), ``bad-signature`` (forged or tampered), ``expired``, ``wrong-ae``
    (a genuine token, issued for another AE). The message never echoes the
    token itself.
    """

    def __init__(self, reason: str, message: str | None = None):
        self.reason = reason
        super().__init__(message or reason)


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a verified token says. Times are aware UTC datetimes."""

    draft_id: int
    version: int
    issued_at: datetime
    expires_at: datetime
    nonce: str  # 12 lower-case hex digits


def secret_from_environment(environ: Mapping[str, str]) -> bytes | None:
    """The token key from ``INTAKE_SECRET`` (surrounding whitespace ignored), or None if unset.

    Without a key intake still drafts, but accepts no reply. A key shorter
    than :data:`MIN_SECRET_BYTES` bytes is an operator mistake, not a reason
    to run with a guessable key: ConfigError.
    """
    value = environ.get(SECRET_ENV)
    if value is None:
        return None
    key = value.strip().encode("utf-8")
    if len(key) < MIN_SECRET_BYTES:
        raise ConfigError(
            f"must be at least {MIN_SECRET_BYTES} bytes long (got {len(key)})",
            path="environment",
            key=SECRET_ENV,
        )
    return key


def _mac_key(key: bytes) -> bytes:
    if not isinstance(key, bytes) or len(key) < MIN_SECRET_BYTES:
        raise ConfigError(f"must be at least {MIN_SECRET_BYTES} bytes long", key=SECRET_ENV)
    return hmac.new(key, _PURPOSE, hashlib.sha256).digest()


def _ae_fingerprint(mac_key: bytes, ae: str) -> bytes:
    return hmac.new(mac_key, b"ae\x00" + ae.strip().lower().encode("utf-8"), "sha256").digest()[:3]


def _seconds(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware UTC time")
    return int(moment.timestamp())


def issue_token(
    *,
    key: bytes,
    draft_id: int,
    version: int,
    ae: str,
    issued_at: datetime,
    ttl: timedelta = DEFAULT_TTL,
    nonce: bytes | None = None,
) -> str:
    """A new token for ``draft_id`` at ``version``, for ``ae``, valid ``ttl`` from ``issued_at``.

    ``nonce`` (6 bytes) is a test seam; leave it out to get a random one.
    ``issued_at`` is kept to the second and ``ttl`` to the minute.
    """
    if not 0 <= draft_id < 2**32 or not 0 <= version < 2**16:
        raise ValueError("draft_id must fit 32 bits and version 16 bits")
    minutes = int(ttl.total_seconds() // 60)
    if not 1 <= minutes <= _MAX_TTL_MINUTES:
        raise ValueError(f"ttl must be between one minute and {_MAX_TTL_MINUTES} minutes")
    if nonce is None:
        nonce = secrets.token_bytes(6)
    if len(nonce) != 6:
        raise ValueError("nonce must be 6 bytes")
    mac_key = _mac_key(key)
    claims = _CLAIMS.pack(
        _FORMAT,
        draft_id,
        version,
        _seconds(issued_at),
        minutes.to_bytes(3, "big"),
        _ae_fingerprint(mac_key, ae),
        nonce,
    )
    mac = hmac.new(mac_key, claims, hashlib.sha256).digest()[:_MAC_BYTES]
    return base64.b32encode(claims + mac).decode("ascii").rstrip("=").lower()


def _decode(token: str) -> bytes:
    text = token.strip() if isinstance(token, str) else ""
    if len(text) != TOKEN_LENGTH or not text.isascii() or not text.isalnum():
        raise TokenError("malformed", "not a reply token")
    padded = text.upper() + "=" * (-len(text) % 8)
    try:
        data = base64.b32decode(padded)
    except (binascii.Error, ValueError) as exc:
        raise TokenError("malformed", "not a reply token") from exc
    # The last character carries one unused bit: only the canonical spelling is ours.
    if base64.b32encode(data).decode("ascii") != padded:
        raise TokenError("malformed", "not a reply token")
    if len(data) != _TOKEN_BYTES or data[0] != _FORMAT:
        raise TokenError("malformed", "not a reply token of this version")
    return data


def verify_token(token: str, *, key: bytes, ae: str, now: datetime) -> TokenClaims:
    """The claims of ``token`` if we signed it for ``ae`` and it is unexpired at ``now``.

    Checked in this order, the first failure raising :class:`TokenError`:
    shape (``malformed``), signature (``bad-signature``), AE (``wrong-ae``),
    time (``expired``: ``now >= expires_at``). Staleness and single use are
    the caller's (module docstring).
    """
    data = _decode(token)
    claims, mac = data[: _CLAIMS.size], data[_CLAIMS.size :]
    mac_key = _mac_key(key)
    expected = hmac.new(mac_key, claims, hashlib.sha256).digest()[:_MAC_BYTES]
    if not hmac.compare_digest(mac, expected):
        raise TokenError("bad-signature", "the token's signature does not match")
    _, draft_id, version, issued, ttl, fingerprint, nonce = _CLAIMS.unpack(claims)
    if not hmac.compare_digest(fingerprint, _ae_fingerprint(mac_key, ae)):
        raise TokenError("wrong-ae", "the token was issued to another address")
    issued_at = datetime.fromtimestamp(issued, UTC)
    expires_at = issued_at + timedelta(minutes=int.from_bytes(ttl, "big"))
    if _seconds(now) >= expires_at.timestamp():
        raise TokenError("expired", f"the token expired at {expires_at:%Y-%m-%d %H:%M} UTC")
    return TokenClaims(draft_id, version, issued_at, expires_at, nonce.hex())
