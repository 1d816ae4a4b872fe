"""Clients of the agency, mirrored from configuration so rows can refer to them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Client(Base):
    """A client: matched by e-mail domain or by a known contact address."""

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domains: Mapped[list[Any]] = mapped_column(JSON, default=list)
    contacts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    timezone: Mapped[str | None] = mapped_column(String(64))
    # The AE the row belongs to (their address, lower-case; see [[aes]]).
    ae: Mapped[str | None] = mapped_column(String(320), index=True)

