"""The transport port: hand one mail's bytes to a server or a folder; report refused recipients.

Implementations: :class:`intake.outbound.smtp.SmtpTransport` and
:class:`intake.outbound.folder.FolderTransport`; tests may add their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Refusal:
    """What a server said when it refused one recipient: a 4xx (try later) or 5xx (never)."""

    code: int
    text: str

    @property
    def permanent(self) -> bool:
        return self.code >= 500

    def __str__(self) -> str:
        return f"{self.code} {self.text}".strip()


class Transport(Protocol):
    """Delivers one message to some recipients, at most once per call.

    Contract: returns the recipients that were refused (the others got the
    mail); an empty dict means all were accepted. When nobody got it, raises
    :class:`~intake.errors.TransientSendError` (4xx, connection trouble before
    the data went out), :class:`~intake.errors.PermanentSendError` (5xx for
    the whole message), :class:`~intake.errors.DeliveryUncertain` (the
    connection dropped after the data went out) or
    :class:`~intake.errors.MailTransportError` (configuration: TLS, login).
    Never raises library exceptions; never logs credentials or bodies.
    """

    def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, Refusal]: ...
