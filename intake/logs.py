"""Log lines for people (the default) or for log shippers (``--log-format json``).

Input: the standard ``logging`` records of every module. Output on stderr: either
``time LEVEL logger: message`` or one JSON object per line with ``time`` (UTC, ISO
8601), ``level``, ``logger``, ``message``, ``message_id`` when the record names a
Message-ID (an ``extra={"message_id": ...}`` or the first ``<...@...>`` in the
message), and ``error`` with the exception's one-line summary. Bodies and secrets
are never logged by intake in the first place (tests/integration/test_secrets_never_leak);
this format adds no field that could carry them, and no traceback unless ``--debug``.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

FORMATS = ("text", "json")
_MESSAGE_ID = re.compile(r"<[^<>\s@]{1,200}@[^<>\s@]{1,200}>")


class JsonFormatter(logging.Formatter):
    """One JSON object per record (see the module docstring)."""

    def __init__(self, *, tracebacks: bool = False) -> None:
        super().__init__()
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        out: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": message,
        }
        message_id = getattr(record, "message_id", None)
        if message_id is None and (found := _MESSAGE_ID.search(message)):
            message_id = found.group(0)
        if message_id:
            out["message_id"] = message_id
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            out["error"] = f"{type(exc).__name__}: {exc}".splitlines()[0][:500]
            if self.tracebacks:
                out["traceback"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def configure(*, verbose: bool, log_format: str = "text", debug: bool = False) -> None:
    """Set up the root logger once per process, as ``intake``'s command line asks."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter(tracebacks=debug))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    # imapclient logs whole message bodies at DEBUG: never let it. Alembic's plugin
    # chatter on every start says nothing an operator needs.
    for noisy in ("imapclient", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
