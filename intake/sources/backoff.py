"""Reconnect delays: full-jitter exponential backoff with a cap.

Input: how many consecutive failures happened (counted by ``next_delay`` calls).
Output: how many seconds to wait before the next attempt. Pure: the random
source is injected, nothing sleeps here, so the poller (and tests) decide.

Full jitter (a uniform draw in ``[0, min(cap, base * 2**n)]``) spreads the
reconnects of many pollers hitting one recovering server instead of having
them retry in step.
"""

from __future__ import annotations

import random

from intake.errors import ConfigError


class Backoff:
    """Delays for successive failed attempts; ``reset()`` after a success."""

    def __init__(
        self, *, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None
    ) -> None:
        if base <= 0 or cap < base:
            raise ConfigError(f"backoff needs 0 < base <= cap, got base={base} cap={cap}")
        self.base = base
        self.cap = cap
        self.rng = rng if rng is not None else random.Random()
        self.attempts = 0

    def ceiling(self, attempt: int) -> float:
        """The largest delay the ``attempt``-th failure (0-based) may draw."""
        # Compare exponents, not powers, so a long outage cannot overflow a float.
        if attempt >= 64 or self.base * 2.0**attempt >= self.cap:
            return self.cap
        return self.base * 2.0**attempt

    def next_delay(self) -> float:
        """Seconds to wait after one more failure: uniform in ``[0, ceiling]``."""
        delay = self.rng.uniform(0.0, self.ceiling(self.attempts))
        self.attempts += 1
        return delay

    def reset(self) -> None:
        """Forget past failures: the next delay is drawn from ``[0, base]`` again."""
        self.attempts = 0
