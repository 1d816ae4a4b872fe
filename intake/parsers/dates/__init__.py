"""Dates in mail: due dates in a client's words, and dates in headers.

- :mod:`.due`: ``extract_due_dates`` (the steps below, in order) and ``sent_date``;
- :mod:`.patterns`: spaCy ``Matcher`` patterns -> ``DateMatch`` (span + ``Shape``);
- :mod:`.normalise`: a ``Shape`` and the sent day -> a calendar date;
- :mod:`.cues`: due / past / meeting / payment ... from the words around a date, and moves;
- :mod:`.headers`: ``parse_loose_date``, a forwarded header's "Sent:" line.
"""

from intake.parsers.dates.due import MOVE_CONFIDENCE, extract_due_dates, sent_date

__all__ = ["MOVE_CONFIDENCE", "extract_due_dates", "sent_date"]
