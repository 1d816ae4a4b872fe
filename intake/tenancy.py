"""Which AE a row belongs to, when an agency's config lists several (``[[aes]]``).

A client belongs to one AE, and so does every mailbox. A stored message belongs to
its client's AE; mail from no known client belongs to the AE who wrote it (an AE's
forward to the intake address, a reply to a draft), else to the AE whose mailbox it
came from. Projects, drafts and approval rounds take the AE of the message that made
them. Rows hold the AE's address in lower case (``AeConfig.key``), so renaming an AE
in the config keeps their rows.

Rows written before tenancy existed hold NULL; :func:`adopt` gives them their
client's AE (else the first AE) when intake starts, so queries scoped to one AE
never miss old mail. With one AE every row is that AE's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select, true, update
from sqlalchemy.orm import Session

from intake.config import Config
from models import ApprovalRound, Client, Draft, Message, Project


@dataclass(frozen=True, slots=True)
class Owners:
    """Who owns what, from the config: clients, mailboxes and AE addresses to AE keys."""

    by_client: dict[str, str]
    by_mailbox: dict[str, str]
    aes: frozenset[str]  # every AE's key (their address, lower-case)
    default: str

    @classmethod
    def of(cls, config: Config) -> Owners:
        keys = {ae.name: ae.key for ae in config.tenants}
        first = config.tenants[0].key
        return cls(
            by_client={c.name: keys.get(c.ae or "", first) for c in config.clients},
            by_mailbox={m.name: keys.get(m.ae or "", first) for m in config.mailboxes},
            aes=frozenset(ae.key for ae in config.tenants),
            default=first,
        )

    def owner(self, *, client: str | None, sender: str | None, mailbox: str | None) -> str:
        """The AE a message belongs to (see the module docstring for the order)."""
        if client is not None and client in self.by_client:
            return self.by_client[client]
        if sender and sender.lower() in self.aes:
            return sender.lower()
        return self.by_mailbox.get(mailbox or "", self.default)


def owned_by(column: Any, ae_key: str | None) -> ColumnElement[bool]:
    """The condition keeping a query to one AE's rows (none when ``ae_key`` is None: with
    one AE every row is theirs)."""
    return true() if ae_key is None else column == ae_key


def adopt(session: Session, config: Config) -> int:
    """Give every row without an AE its client's AE, else the first AE; the rows changed.

    Cheap when nothing is left to adopt (each ``ae`` column is indexed)."""
    owners = Owners.of(config)
    changed = 0
    for name, key in owners.by_client.items():
        session.execute(update(Client).where(Client.name == name, Client.ae.is_distinct_from(key))
                        .values(ae=key))
    for model in (Message, Project, Draft, ApprovalRound):
        owned = select(Client.ae).where(Client.id == model.client_id).scalar_subquery()
        result = session.execute(update(model).where(model.ae.is_(None),
                                                     model.client_id.is_not(None))
                                 .values(ae=owned).execution_options(synchronize_session=False))
        changed += result.rowcount or 0  # type: ignore[attr-defined]
        result = session.execute(update(model).where(model.ae.is_(None))
                                 .values(ae=owners.default)
                                 .execution_options(synchronize_session=False))
        changed += result.rowcount or 0  # type: ignore[attr-defined]
    return changed
