"""--log-format json: one JSON object per line, with the Message-ID and no traceback."""

from __future__ import annotations

import json
import logging

from intake.logs import JsonFormatter


def record(message: str, *args: object, exc: BaseException | None = None,
           **extra: object) -> logging.LogRecord:
    rec = logging.LogRecord("intake.pipeline", logging.WARNING, __file__, 1, message, args,
                            (type(exc), exc, exc.__traceback__) if exc else None)
    rec.__dict__.update(extra)
    return rec


def test_one_object_with_the_message_id_read_from_the_message() -> None:
    line = JsonFormatter().format(record("quarantined %s at stage %s", "<a1@harbor.example>",
                                         "parse"))
    assert "\n" not in line
    row = json.loads(line)
    assert row["level"] == "warning" and row["logger"] == "intake.pipeline"
    assert row["message"] == "quarantined <a1@harbor.example> at stage parse"
    assert row["message_id"] == "<a1@harbor.example>" and row["time"].endswith("+00:00")


def test_an_explicit_message_id_wins_and_none_is_left_out() -> None:
    row = json.loads(JsonFormatter().format(record("stored", message_id="<x@y.example>")))
    assert row["message_id"] == "<x@y.example>"
    assert "message_id" not in json.loads(JsonFormatter().format(record("synced ae: 3 new")))


def test_an_error_is_one_line_and_the_traceback_only_with_debug() -> None:
    try:
        raise ValueError("bad value\nsecond line")
    except ValueError as caught:
        exc = caught
    plain = json.loads(JsonFormatter().format(record("job failed", exc=exc)))
    assert plain["error"] == "ValueError: bad value" and "traceback" not in plain
    debug = json.loads(JsonFormatter(tracebacks=True).format(record("job failed", exc=exc)))
    assert "Traceback" in debug["traceback"]
