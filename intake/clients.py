"""Who a mail is from: matches addresses to the agency's clients.

Input: an e-mail address. Output: the configured client it belongs to, by
exact contact address first, then by domain (sub-domains included:
``mail.harborfoods.example`` is Harbor Foods). Agency domains never match a client.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from intake.config import AgencyConfig, ClientConfig


@dataclass(frozen=True, slots=True)
class ClientDirectory:
    """An immutable lookup of clients by contact address and by domain."""

    by_contact: dict[str, ClientConfig]
    by_domain: dict[str, ClientConfig]
    agency_domains: frozenset[str]
    agency_addresses: frozenset[str]

    @classmethod
    def build(cls, clients: Iterable[ClientConfig], agency: AgencyConfig) -> ClientDirectory:
        by_contact: dict[str, ClientConfig] = {}
        by_domain: dict[str, ClientConfig] = {}
        for client in clients:
            for contact in client.contacts:
                by_contact[contact.lower()] = client
            for domain in client.domains:
                by_domain[domain.lower()] = client
        addresses = {a for a in (agency.intake, *agency.staff_addresses) if a}
        return cls(by_contact, by_domain, frozenset(agency.domains), frozenset(addresses))

    def is_agency(self, address: str) -> bool:
        """True for the agency's own people and addresses (including plus-addresses)."""
        address = address.lower()
        local, _, domain = address.partition("@")
        base = f"{local.partition('+')[0]}@{domain}"
        return (
            address in self.agency_addresses
            or base in self.agency_addresses
            or (self._domain_match(domain, self.agency_domains) is not None)
        )

    def match(self, address: str) -> ClientConfig | None:
        """The client an address belongs to, or None."""
        address = address.lower().strip()
        if not address or self.is_agency(address):
            return None
        client = self.by_contact.get(address)
        if client is not None:
            return client
        domain = self._domain_match(address.rpartition("@")[2], self.by_domain)
        return self.by_domain[domain] if domain is not None else None

    @staticmethod
    def _domain_match(domain: str, domains: Iterable[str]) -> str | None:
        """The configured domain equal to, or a parent of, ``domain``."""
        known = domains if isinstance(domains, dict | frozenset | set) else set(domains)
        labels = domain.split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if candidate in known:
                return candidate
        return None
