"""The values the parsers produce. Frozen, so every later stage can trust them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: display name and lower-cased addr-spec ("" when absent or unparsable)."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2] if "@" in self.email else ""

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True, slots=True)
class Attachment:
    """What an attachment is, not its bytes (those stay in the stored raw message)."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class ForwardedMail:
    """One forwarded message found inside another.

    ``style`` says how it was found: ``gmail``, ``outlook``, ``apple``,
    ``rfc822`` (an attached message) or ``generic``. ``text`` is the
    forwarded message's own new text; ``note`` is what the forwarder wrote
    above it; ``whole`` is the forwarded message's body as forwarded, its quoted
    history included, and ``quoted`` that history alone (where a reply's answers to
    quoted questions are read, as for any mail).
    """

    style: str
    sender: Address | None
    date: datetime | None
    subject: str
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    message_id: str | None = None
    text: str = ""
    note: str = ""
    whole: str = ""
    quoted: str = ""


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """Everything later stages need from one message, decoded and repaired.

    - ``headers``: lower-cased header name -> all its values, decoded to str.
    - ``text``: the whole readable body (text/plain, or HTML made readable).
    - ``new_text``: the author's own words: no quoted history, no signature,
      no forwarded content.
    - ``forwards``: the forward chain, outermost first. ``forwards[0].note``
      equals ``new_text`` of a forward.
    - ``defects``: repairs we made and problems we saw ("charset
      windows-1252 used for a part labelled iso-8859-1", ...).
    - ``bounced``: the recipients a delivery report says failed for good, and
      ``delayed`` those it says are not reached yet (flufl.bounce); both empty for
      mail that is no delivery report.
    """

    message_id: str | None
    subject: str
    from_: Address | None
    date: datetime | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    headers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    content_type: str = "text/plain"
    text: str = ""
    new_text: str = ""
    quoted_text: str = ""
    signature: str = ""
    html_only: bool = False
    forwards: tuple[ForwardedMail, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    bounced: tuple[str, ...] = ()
    delayed: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    @property
    def is_forward(self) -> bool:
        return bool(self.forwards)
