"""``give_back``: pages freed between batches go back to the system (glibc's malloc_trim)."""

from __future__ import annotations

import sys

import pytest

from intake.allocator import give_back


def _rss_mb() -> int:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) // 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_freed_blocks_with_live_ones_between_them_are_given_back() -> None:
    # 90 MB of blocks, one in fifty kept: malloc keeps the holes between the live ones.
    blocks = [bytes(3000) + i.to_bytes(4, "little") for i in range(30_000)]
    kept = blocks[::50]
    del blocks
    before = _rss_mb()
    assert give_back() is True  # glibc here
    after = _rss_mb()
    assert before - after >= 40, (before, after)
    assert len(kept) == 600
