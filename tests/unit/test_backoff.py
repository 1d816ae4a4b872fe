"""Backoff: full-jitter exponential delays, capped, reset after success."""

from __future__ import annotations

import random

import pytest

from intake.errors import ConfigError
from intake.sources.backoff import Backoff


class _Extreme(random.Random):
    """Always draws the top (or bottom) of the range, to see the ceiling itself."""

    def __init__(self, top: bool) -> None:
        super().__init__()
        self.top = top

    def uniform(self, a: float, b: float) -> float:
        return b if self.top else a


def test_ceiling_doubles_until_the_cap() -> None:
    backoff = Backoff(base=1.0, cap=10.0, rng=_Extreme(top=True))
    delays = [backoff.next_delay() for _ in range(7)]
    assert delays == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0, 10.0]


def test_delays_are_jittered_within_the_ceiling() -> None:
    backoff = Backoff(base=0.5, cap=30.0, rng=random.Random(7))
    for attempt in range(12):
        delay = backoff.next_delay()
        assert 0.0 <= delay <= min(30.0, 0.5 * 2**attempt)


def test_same_seed_same_delays_different_seed_different_delays() -> None:
    def run(seed: int) -> list[float]:
        backoff = Backoff(base=1.0, cap=300.0, rng=random.Random(seed))
        return [backoff.next_delay() for _ in range(8)]

    assert run(1) == run(1)
    assert run(1) != run(2)


def test_jitter_spreads_over_the_whole_range() -> None:
    """Full jitter, not 'equal jitter': small delays occur too, not only the upper half."""
    draws = []
    for seed in range(200):
        backoff = Backoff(base=1.0, cap=300.0, rng=random.Random(seed))
        backoff.attempts = 5  # ceiling 32 s
        draws.append(backoff.next_delay())
    assert min(draws) < 32 * 0.1
    assert max(draws) > 32 * 0.9


def test_reset_starts_over() -> None:
    backoff = Backoff(base=2.0, cap=100.0, rng=_Extreme(top=True))
    for _ in range(5):
        backoff.next_delay()
    backoff.reset()
    assert backoff.next_delay() == 2.0


def test_long_outage_stays_at_cap_without_overflow() -> None:
    backoff = Backoff(base=1.0, cap=300.0, rng=_Extreme(top=True))
    backoff.attempts = 5000
    assert backoff.next_delay() == 300.0


@pytest.mark.parametrize(("base", "cap"), [(0.0, 10.0), (-1.0, 10.0), (5.0, 1.0)])
def test_nonsense_settings_are_a_config_error(base: float, cap: float) -> None:
    with pytest.raises(ConfigError):
        Backoff(base=base, cap=cap)
