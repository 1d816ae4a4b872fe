"""SMTP transport: message bytes in, refused recipients out. The only module importing smtplib.

One connection per message, so an ambiguous failure never spills onto the
next mail. TLS is STARTTLS (default), implicit TLS (``ssl``), or none (a loopback relay
only: credentials are refused without TLS). Certificates are verified with
``ssl.create_default_context()`` unless the caller passes its own context.
smtplib's exceptions are translated into :mod:`intake.errors`:

=======================================  ==============================================
what happened                            raised
=======================================  ==============================================
cannot connect, 4xx, drop before DATA     TransientSendError
5xx for the sender or the message        PermanentSendError
drop or timeout after DATA was sent      DeliveryUncertain
TLS failure, no STARTTLS, login refused   MailTransportError (configuration)
=======================================  ==============================================

Some refused recipients are not an error: they come back in the result.
The password is kept only in this object, never logged; ``set_debuglevel``
is never called because it prints the AUTH exchange.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Sequence
from typing import Any, Literal, cast

from intake.errors import (
    ConfigError,
    DeliveryUncertain,
    MailTransportError,
    PermanentSendError,
    TransientSendError,
)
from intake.outbound.transport import Refusal

log = logging.getLogger(__name__)

TlsMode = Literal["starttls", "ssl", "none"]  # the values of ``smtp.tls`` in intake.toml
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}
_ALIASES = {"implicit": "ssl", "tls": "ssl"}


class _DataTracking:
    """Remembers whether DATA was started, which makes a later drop ambiguous."""

    data_started = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_started = True
        return cast(tuple[int, bytes], super().data(msg))  # type: ignore[misc]  # a mixin


class _SMTP(_DataTracking, smtplib.SMTP):
    pass


class _SMTPSSL(_DataTracking, smtplib.SMTP_SSL):
    pass


_Client = _SMTP | _SMTPSSL


class SmtpTransport:
    """Sends mail through one SMTP server (see the module docstring for errors)."""

    def __init__(
        self,
        host: str,
        port: int | None = None,
        *,
        tls: TlsMode = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        tls = _ALIASES.get(tls, tls)  # type: ignore[assignment]
        if tls not in DEFAULT_PORTS:
            raise ConfigError(f"unknown TLS mode {tls!r} (starttls, ssl, none)", key="smtp.tls")
        if username and tls == "none":
            raise ConfigError("refusing to send SMTP credentials without TLS", key="smtp.tls")
        if username and password is None:
            raise ConfigError("a username needs a password (from the environment)",
                              key="smtp.password")
        self.host = host
        self.port = port if port is not None else DEFAULT_PORTS[tls]
        self.tls = tls
        self.username = username
        self._password = password
        self.timeout = timeout
        self._context = ssl_context or (ssl.create_default_context() if tls != "none" else None)
        self.local_hostname = local_hostname

    def __repr__(self) -> str:
        user = f", username={self.username!r}" if self.username else ""
        return f"SmtpTransport({self.host!r}, {self.port}, tls={self.tls!r}{user})"

    def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, Refusal]:
        """Deliver ``message`` once; return refused recipients (see :class:`Transport`)."""
        if not recipients:
            return {}
        needs_utf8 = not (sender.isascii() and all(r.isascii() for r in recipients))
        client: _Client | None = None
        try:
            client = self._connect()
            self._secure(client)
            if needs_utf8 and not client.has_extn("smtputf8"):
                raise PermanentSendError(
                    f"{self.host} does not accept non-ASCII addresses (no SMTPUTF8)"
                )
            self._login(client)
            options = ["SMTPUTF8"] if needs_utf8 else []
            try:
                refused = client.sendmail(sender, list(recipients), message,
                                          mail_options=options)
            except smtplib.SMTPRecipientsRefused as exc:
                refused = exc.recipients
        except MailTransportError:
            raise
        except Exception as exc:
            raise _translate(exc, host=self.host,
                             data_started=bool(client and client.data_started)) from exc
        finally:
            if client is not None:
                _close_quietly(client)
        return {addr: Refusal(code, _reply_text(text)) for addr, (code, text) in refused.items()}

    def check(self) -> str:
        """Connect, secure and log in as :meth:`send` would, then QUIT: nothing is sent.
        What the server offered, in words; raises what :meth:`send` would raise."""
        client: _Client | None = None
        try:
            client = self._connect()
            self._secure(client)
            self._login(client)
            secured = isinstance(client.sock, ssl.SSLSocket)
        except MailTransportError:
            raise
        except Exception as exc:
            raise _translate(exc, host=self.host, data_started=False) from exc
        finally:
            if client is not None:
                _close_quietly(client)
        how = {"starttls": "STARTTLS", "ssl": "implicit TLS", "none": "no TLS"}[self.tls]
        verified = " (certificate verified)" if secured else ""
        login = f", AUTH accepted for {self.username}" if self.username else ", no AUTH"
        return f"{self.host}:{self.port}: {how}{verified}{login}"

    def _connect(self) -> _Client:
        if self.tls == "ssl":
            return _SMTPSSL(self.host, self.port, local_hostname=self.local_hostname,
                            timeout=self.timeout, context=self._context)
        return _SMTP(self.host, self.port, local_hostname=self.local_hostname,
                     timeout=self.timeout)

    def _secure(self, client: _Client) -> None:
        client.ehlo()
        if self.tls == "starttls":
            if not client.has_extn("starttls"):
                raise MailTransportError(
                    f"{self.host}:{self.port} does not offer STARTTLS; nothing was sent"
                )
            client.starttls(context=self._context)
            client.ehlo()

    def _login(self, client: _Client) -> None:
        if not self.username:
            return
        if not isinstance(client.sock, ssl.SSLSocket):  # belt and braces: see __init__
            raise MailTransportError("refusing to send SMTP credentials without TLS")
        client.login(self.username, self._password or "")


def _translate(exc: Exception, *, host: str, data_started: bool) -> MailTransportError:
    """Map one smtplib/socket/ssl exception to the intake error that says what to do next."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        if 400 <= exc.smtp_code < 500:
            return TransientSendError(f"{host}: login deferred: {_reply(exc)}")
        return MailTransportError(f"{host}: login refused: {_reply(exc)}")
    if isinstance(exc, smtplib.SMTPConnectError):
        return TransientSendError(f"{host}: greeting refused: {_reply(exc)}")
    if isinstance(exc, smtplib.SMTPResponseException):
        if exc.smtp_code >= 500:
            return PermanentSendError(f"{host}: {_reply(exc)}")
        return TransientSendError(f"{host}: {_reply(exc)}")
    if data_started and isinstance(exc, OSError):  # drops, timeouts, TLS errors mid-DATA
        return DeliveryUncertain(
            f"{host}: connection lost after the message data was sent: {exc}"
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailTransportError(f"{host}: {exc}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailTransportError(f"{host}: certificate not trusted: {exc.verify_message}")
    if isinstance(exc, ssl.SSLError):
        return MailTransportError(f"{host}: TLS failed: {exc.reason or exc}")
    if isinstance(exc, UnicodeEncodeError):
        return PermanentSendError(f"{host}: an address is not ASCII")
    if isinstance(exc, OSError):  # refused, unreachable, dropped or timed out before DATA
        return TransientSendError(f"{host}: {exc}")
    return MailTransportError(f"{host}: unexpected {type(exc).__name__}: {exc}")


def _reply_text(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(text.split())


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_reply_text(exc.smtp_error)}"


def _close_quietly(client: smtplib.SMTP) -> None:
    """QUIT when the connection is still up; the mail's outcome is already decided."""
    try:
        if client.sock is not None:
            client.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        client.close()
