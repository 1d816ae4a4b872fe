"""The clock port: every "now" in intake comes from here so tests and demos can move time.

``INTAKE_NOW`` (ISO 8601) fixes the clock for a whole process.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from intake.errors import ConfigError


class Clock(Protocol):
    """Tells the current time as an aware UTC datetime. Never naive, never local."""

    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that stands still until a test moves it with ``advance``."""

    current: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 14, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current = self.current + delta


def parse_instant(text: str, *, source: str = "INTAKE_NOW") -> datetime:
    """Parse an ISO 8601 instant; a naive value is taken as UTC."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ConfigError(f"not an ISO 8601 date-time: {text!r}", key=source) from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def clock_from_environment(environ: dict[str, str] | None = None) -> Clock:
    """The process clock: fixed when ``INTAKE_NOW`` is set, else the wall clock."""
    env = os.environ if environ is None else environ
    fixed = env.get("INTAKE_NOW")
    if fixed:
        return FixedClock(parse_instant(fixed))
    return SystemClock()
