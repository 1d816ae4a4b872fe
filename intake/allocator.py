"""Hand memory the process freed back to the system between batches.

glibc's malloc keeps freed blocks in its arenas for reuse, and a long sync's
parses, spaCy docs and ORM rows leave those arenas fragmented: the resident
size creeps up by about a megabyte a batch though Python holds no more objects.
``malloc_trim`` returns the free pages; elsewhere (musl, macOS) it is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def give_back() -> bool:
    """Return the allocator's free pages to the system; whether it could try."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
