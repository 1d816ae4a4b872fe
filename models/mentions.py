"""Mentions: what extraction found in a message, each with the sentence it came from."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Mention(Base):
    """One finding in one message's own words.

    ``kind``: ``due_date``, ``replaced_date``, ``budget`` (budgets, caps and
    ranges; ``money_kind`` says which), ``money`` (not a budget: invoices,
    prices), ``change_request``, ``requirement`` or ``objective``. ``start`` and
    ``end`` are offsets of ``words`` in the text extraction read.
    """

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    due: Mapped[date | None]
    replaces: Mapped[date | None]
    amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    low: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    high: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    money_kind: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str | None] = mapped_column(String(16))
    what: Mapped[str | None] = mapped_column(String(200))
    words: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_mentions_message_pk", "message_pk"),
        Index("ix_mentions_kind_due", "kind", "due"),
    )
