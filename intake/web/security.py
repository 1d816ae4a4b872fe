"""What keeps the web view the AE's alone: password, session, CSRF, headers, rate limit.

- The password is checked against an argon2 hash from ``INTAKE_WEB_PASSWORD_HASH``
  (``intake hash-password`` makes one); the password itself is stored nowhere.
- Sessions live in a signed cookie (Starlette's ``SessionMiddleware``, keyed from
  ``INTAKE_SECRET``): HttpOnly, SameSite=Strict, expiring.
- Every POST carries the session's CSRF token in a form field named ``csrf_token``.
- Failed logins are limited per client address (:class:`LoginThrottle`).
- Every response carries a CSP without inline script and with images from this
  site only (client mail is hostile input: a remote image must never load),
  ``X-Frame-Options: DENY``, ``Referrer-Policy: no-referrer`` and ``nosniff``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PASSWORD_HASH_ENV = "INTAKE_WEB_PASSWORD_HASH"
HEADERS = {
    "content-security-policy": ("default-src 'none'; style-src 'self'; img-src 'self'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
}


def hash_password(password: str) -> str:
    """An argon2id hash for ``INTAKE_WEB_PASSWORD_HASH``."""
    return PasswordHasher().hash(password)


def password_matches(password: str, stored_hash: str) -> bool:
    """Whether ``password`` matches; a malformed hash matches nothing."""
    try:
        return PasswordHasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def session_key(secret: bytes) -> str:
    """The cookie-signing key: derived from INTAKE_SECRET, never the secret itself."""
    return hmac.new(secret, b"intake web session v1", hashlib.sha256).hexdigest()


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: object, given: object) -> bool:
    return (isinstance(expected, str) and isinstance(given, str) and bool(expected)
            and hmac.compare_digest(expected, given))


class LoginThrottle:
    """At most ``attempts`` failed logins per client address within ``window`` seconds."""

    def __init__(self, *, attempts: int = 5, window: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.attempts, self.window, self.clock = attempts, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str) -> deque[float]:
        failures = self._failures.setdefault(client, deque())
        cutoff = self.clock() - self.window
        while failures and failures[0] < cutoff:
            failures.popleft()
        return failures

    def blocked(self, client: str) -> bool:
        with self._lock:
            return len(self._recent(client)) >= self.attempts

    def failed(self, client: str) -> None:
        with self._lock:
            self._recent(client).append(self.clock())

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)


class SecurityHeaders:
    """ASGI middleware adding :data:`HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()
                            if k.encode() not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
