"""Read-ahead: overlaps fetching the next batch of mail with processing the current one.

Input: any iterable (a source's batches). Output: the same items, in order,
produced one step ahead by a background thread. Socket reads and the IMAP
server's own work then happen while this process parses and stores; errors
raised while producing an item are raised to the consumer at that item.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

_DONE = object()
_POLL_SECONDS = 0.2


class _Failure:
    def __init__(self, error: BaseException):
        self.error = error


def read_ahead(items: Iterable[T], *, depth: int = 1) -> Iterator[T]:
    """Yield ``items`` while a thread produces up to ``depth`` of them in advance."""
    buffer: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                if not _put(buffer, item, stop):
                    return
            _put(buffer, _DONE, stop)
        except BaseException as exc:  # handed to the consumer, raised there
            _put(buffer, _Failure(exc), stop)

    worker = threading.Thread(target=produce, name="read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            item = buffer.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


def _put(buffer: queue.Queue[object], item: object, stop: threading.Event) -> bool:
    """Put unless the consumer has gone away; False when it has."""
    while not stop.is_set():
        try:
            buffer.put(item, timeout=_POLL_SECONDS)
            return True
        except queue.Full:
            continue
    return False
