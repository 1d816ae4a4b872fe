"""One exception tree for intake.

The core sees only these classes: adapters translate library errors
(``raise MailboxUnavailable(...) from exc``). Each class carries the CLI exit
code it maps to, so "whose mistake is it" is decided in one place.
"""

from __future__ import annotations


class IntakeError(Exception):
    """Base class of every error intake raises on purpose."""

    exit_code = 1


class ConfigError(IntakeError):
    """The configuration file or environment is wrong: the operator's mistake.

    The message names the file and the key, e.g.
    ``intake.toml: mailboxes[0].port: expected an integer``.
    """

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, key: str | None = None):
        self.path = path
        self.key = key
        parts = [p for p in (path, key) if p]
        super().__init__(": ".join([*parts, message]))


class UsageError(IntakeError):
    """The command line asks for something that cannot be done (bad ID, bad flag)."""

    exit_code = 2


class NotFound(UsageError):
    """A row asked for by ID does not exist."""


class MailboxUnavailable(IntakeError):
    """An IMAP server or local mailbox cannot be reached, logged into or read.

    Transient from the poller's point of view: it reconnects with backoff.
    """

    exit_code = 3


class AuthenticationFailed(MailboxUnavailable):
    """The server refused our credentials: retrying will not help until config changes."""


class MailTransportError(IntakeError):
    """Mail could not be handed to the SMTP server or the outbound folder."""

    exit_code = 4


class TransientSendError(MailTransportError):
    """A 4xx reply or a dropped connection before DATA: retry later."""


class PermanentSendError(MailTransportError):
    """A 5xx reply: this recipient will never accept the mail."""


class DeliveryUncertain(MailTransportError):
    """The connection dropped after the message data was sent, before the server's reply.

    The server may or may not have accepted the mail: the outbox records it as
    ``uncertain`` and never re-sends it on its own (a retry could deliver twice).
    """


class StorageError(IntakeError):
    """The database cannot be reached or its schema is not what this version needs."""

    exit_code = 5


class DatabaseUnavailable(StorageError):
    """The database went away, is locked past the busy timeout, or cannot be written (a
    full or read-only disk): nothing of the batch in hand was committed, its checkpoint
    did not move, so the same mail is read again once the database is back."""


class ProcessingError(IntakeError):
    """One message failed in one pipeline stage; it goes to quarantine, the poller goes on.

    ``stage`` is one of ``record``, ``parse``, ``classify``, ``extract``, ``apply``.
    """

    def __init__(self, stage: str, message: str):
        self.stage = stage
        super().__init__(f"{stage}: {message}")
