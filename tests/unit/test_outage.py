"""Which failures mean "the database is unavailable" (wait and read the mail again) and
which are the message's or a bug's (quarantine, or report)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import IntegrityError, OperationalError

from intake.errors import DatabaseUnavailable
from intake.storage import is_outage, outage


def operational(message: str) -> OperationalError:
    return OperationalError("INSERT INTO messages ...", {}, sqlite3.OperationalError(message))


def test_a_dropped_server_a_lock_and_a_full_disk_are_outages() -> None:
    for message in ("database is locked", "database or disk is full",
                    "server closed the connection unexpectedly\n\tThis probably means..."):
        assert is_outage(operational(message))
    assert is_outage(DatabaseUnavailable("database unavailable: x"))


def test_a_constraint_or_a_bug_is_no_outage() -> None:
    assert not is_outage(IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE")))
    assert not is_outage(ValueError("bad value"))


def test_an_error_raised_while_the_database_was_failing_counts_as_the_outage() -> None:
    try:
        try:
            raise operational("database is locked")
        except OperationalError as exc:
            raise RuntimeError("could not quarantine") from exc
    except RuntimeError as wrapped:
        assert is_outage(wrapped)


def test_the_outage_is_one_line_naming_the_driver_message() -> None:
    error = outage(operational("server closed the connection unexpectedly\n\tThis probably"))
    assert str(error) == "database unavailable: server closed the connection unexpectedly"
    assert error.exit_code == 5
