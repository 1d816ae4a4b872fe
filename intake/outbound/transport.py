"""The transport port: hand one mail's bytes to a server or a folder; report refused recipients.

Implementations: :class:`intake.outbound.smtp.SmtpTransport` and
:class:`intake.outbound.folder.FolderTransport`; tests may add their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class RecordedMail:
    """One message a :class:`RecordingTransport` accepted, for whom, from whom."""

    sender: str
    recipients: tuple[str, ...]
    message: bytes


@dataclass
class RecordingTransport:
    """A test and demo seam: keeps every message in ``sent`` instead of delivering it.

    ``refuse`` maps an address to the :class:`Refusal` it gets on every send.
    """

    sent: list[RecordedMail] = field(default_factory=list)
    refuse: dict[str, Refusal] = field(default_factory=dict)

    def send(
        self, message: bytes, *, sender: str, recipients: Sequence[str]
    ) -> dict[str, Refusal]:
        refused = {r: self.refuse[r] for r in recipients if r in self.refuse}
        accepted = tuple(r for r in recipients if r not in refused)
        if accepted:
            self.sent.append(RecordedMail(sender, accepted, message))
        return refused
