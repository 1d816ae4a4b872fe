"""Read-ahead keeps order, hands over errors at the right item, and stops its thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from intake.readahead import read_ahead


def test_items_come_in_order_and_the_producer_runs_ahead() -> None:
    produced: list[int] = []

    def numbers() -> Iterator[int]:
        for i in range(5):
            produced.append(i)
            yield i

    seen = []
    for item in read_ahead(numbers()):
        time.sleep(0.05)  # the consumer is slow: the producer must already be further
        seen.append(item)
        assert len(produced) >= min(len(seen) + 1, 5)
    assert seen == [0, 1, 2, 3, 4]


def test_an_error_while_producing_reaches_the_consumer_after_the_good_items() -> None:
    def failing() -> Iterator[int]:
        yield 1
        raise ConnectionError("server went away")

    got = []
    with pytest.raises(ConnectionError, match="server went away"):
        for item in read_ahead(failing()):
            got.append(item)
    assert got == [1]


def test_a_consumer_that_stops_early_stops_the_producer() -> None:
    def endless() -> Iterator[int]:
        i = 0
        while True:
            yield i
            i += 1

    before = threading.active_count()
    stream = read_ahead(endless())
    assert next(stream) == 0
    stream.close()
    assert threading.active_count() == before
