"""Dates in mail: due dates in a client's words, and dates in headers.

- :mod:`.due`: ``extract_due_dates`` (the steps below, in order) and ``sent_date``;
- :mod:`.patterns`: spaCy ``Matcher`` patterns -> ``DateMatch`` (span + ``Shape``);
- :mod:`.normalise`: a ``Shape`` and the sent day -> a calendar date;
- :mod:`.cues`: due / past / meeting / payment ... from the words around a date, and moves;
- :mod:`.headers`: ``parse_loose_date``, a forwarded header's "Sent:" line.

The names of :mod:`.due` are loaded on first use: parsing headers must not load spaCy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MOVE_CONFIDENCE", "extract_due_dates", "sent_date"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from intake.parsers.dates import due

        return getattr(due, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
