"""A real SMTP server for tests: aiosmtpd on loopback, scripted replies in, received mail out.

``smtp_server(handler, ...)`` runs an in-process ``aiosmtpd.controller.Controller``
(plain, STARTTLS, implicit TLS, optional AUTH) around a :class:`ScriptedHandler`
that records every accepted message and can answer a RCPT or DATA with a
scripted 4xx/5xx, delay the final reply (the ambiguous send) or hold it
until the test lets go (a kill during DATA). ``certificates()`` makes a
private CA with trustme, so a test can show that an untrusted certificate is
refused and a trusted one accepted.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesHeaderParser
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass(frozen=True)
class Received:
    """One message the server accepted: envelope and bytes as they arrived."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message_id(self) -> str | None:
        return BytesHeaderParser(policy=policy.compat32).parsebytes(self.data)["Message-ID"]

    @property
    def header_names(self) -> list[str]:
        return [n.lower() for n in BytesHeaderParser(policy=policy.compat32).parsebytes(self.data)]


@dataclass
class ScriptedHandler:
    """An aiosmtpd handler whose replies a test scripts.

    - ``refuse``: address -> reply given to every RCPT of it (e.g. ``550 ...``);
    - ``rcpt_replies``: address -> replies used once each, in order, then accept;
    - ``data_replies``: replies to DATA used once each, then ``250``;
    - ``data_delay``: seconds to wait before the final 250; the mail is recorded
      first, as a real server stores it before answering (a client that gives up
      in between closes the connection, and aiosmtpd drops the pending reply);
    - ``hold``: when set, DATA records the mail, sets ``data_arrived`` and waits
      until ``hold`` is cleared before replying 250.
    """

    refuse: dict[str, str] = field(default_factory=dict)
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)
    data_replies: list[str] = field(default_factory=list)
    data_delay: float = 0.0
    hold: threading.Event | None = None
    received: list[Received] = field(default_factory=list)
    mail_from_seen: list[str] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    data_arrived: threading.Event = field(default_factory=threading.Event)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        self.mail_from_seen.append(address)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return self.refuse[address]
        script = self.rcpt_replies.get(address)
        if script:
            return script.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_replies:
            return self.data_replies.pop(0)
        self.received.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos),
                                      bytes(envelope.original_content or envelope.content)))
        self.data_arrived.set()
        if self.hold is not None:
            while self.hold.is_set():
                await asyncio.sleep(0.02)
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        return "250 OK: queued"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                     auth_data: Any) -> AuthResult:
        """aiosmtpd authenticator: user ``ae``, password ``secret``."""
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            self.logins.append(login)
            if login == "ae" and auth_data.password == b"secret":
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def message_ids(self) -> list[str | None]:
        return [r.message_id for r in self.received]


@dataclass
class Certificates:
    """A private CA and a loopback server certificate; ``client_context`` trusts the CA."""

    ca: trustme.CA
    server_context: ssl.SSLContext
    client_context: ssl.SSLContext


def certificates() -> Certificates:
    ca = trustme.CA()
    server_cert = ca.issue_cert("127.0.0.1", "localhost")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_cert.configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    return Certificates(ca, server_context, client_context)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class RunningServer:
    host: str
    port: int
    handler: ScriptedHandler


@contextmanager
def smtp_server(
    handler: ScriptedHandler | None = None,
    *,
    starttls_context: ssl.SSLContext | None = None,
    implicit_tls_context: ssl.SSLContext | None = None,
    auth: bool = False,
) -> Iterator[RunningServer]:
    """Run aiosmtpd on 127.0.0.1 for the ``with`` block.

    ``starttls_context`` makes it offer STARTTLS; ``implicit_tls_context``
    makes it speak TLS from the first byte; ``auth`` offers AUTH (over TLS only,
    aiosmtpd's default) with :meth:`ScriptedHandler.authenticate`.
    """
    handler = handler or ScriptedHandler()
    kwargs: dict[str, Any] = {"ready_timeout": 10.0}
    if starttls_context is not None:
        kwargs["tls_context"] = starttls_context
    if implicit_tls_context is not None:
        kwargs["ssl_context"] = implicit_tls_context
    if auth:
        kwargs["authenticator"] = handler.authenticate
        kwargs["auth_require_tls"] = True
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield RunningServer("127.0.0.1", port, handler)
    finally:
        if handler.hold is not None:
            handler.hold.clear()
        controller.stop()
