"""Typed reads of decoded TOML that fail with the file and the key.

Input: the tables ``tomllib`` decoded, the config file's name for messages and
its folder for relative paths. Output: checked Python values, or a
:class:`ConfigError` such as ``intake.toml: mailboxes[0].port: expected an
integer, got 'abc'``. Every table of the config is read through one
:class:`TableReader`, so every error reads alike.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from datetime import date, time
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intake.errors import ConfigError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def is_loopback(host: str) -> bool:
    """``localhost`` (any case) and loopback IP literals, bracketed or not; names are not
    resolved. The one rule for where clear-text IMAP and SMTP are allowed."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def parse_local_time(value: Any) -> time | None:
    """A wall-clock time from TOML (a time, or "HH:MM[:SS]"); None when it is not one."""
    if isinstance(value, time):
        return value if value.tzinfo is None else None
    if isinstance(value, str):
        try:
            parsed = time.fromisoformat(value.strip())
        except ValueError:
            return None
        return parsed if parsed.tzinfo is None else None
    return None


class TableReader:
    """Reads values out of decoded TOML tables; ``where`` is the dotted key for messages."""

    def __init__(self, label: str, base_dir: Path):
        self.label = label
        self.base_dir = base_dir

    def fail(self, key: str, message: str) -> NoReturn:
        raise ConfigError(message, path=self.label, key=key or None)

    def rekey(self, exc: ConfigError, key: str) -> ConfigError:
        """A domain error (from a value's own checks) re-labelled with this file and key."""
        message = str(exc)
        prefix = f"{exc.key}: " if exc.key else ""
        if prefix and message.startswith(prefix):
            message = message[len(prefix):]
        return ConfigError(message, path=self.label, key=key)

    # -- tables -----------------------------------------------------------------------

    def only_keys(self, table: Mapping[str, Any], where: str, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                name = f"{where}.{key}" if where else key
                self.fail(name, f"unknown key (expected one of: {', '.join(sorted(allowed))})")

    def table(self, data: Mapping[str, Any], key: str, *, where: str | None = None,
              required: bool = False) -> Mapping[str, Any]:
        """``data[key]`` as a table ({} when absent)."""
        where = where or key
        value = data.get(key)
        if value is None:
            if required:
                self.fail(where, "missing table")
            return {}
        if not isinstance(value, Mapping):
            self.fail(where, f"expected a table, got {type(value).__name__}")
        return value

    def section(self, data: Mapping[str, Any], key: str, allowed: set[str], *,
                where: str | None = None, required: bool = False) -> Mapping[str, Any]:
        """``data[key]`` as a table holding only ``allowed`` keys."""
        where = where or key
        table = self.table(data, key, where=where, required=required)
        self.only_keys(table, where, allowed)
        return table

    def array_of_tables(self, data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.fail(key, f"expected [[{key}]] tables")
        return value

    def array(self, table: Mapping[str, Any], where: str, key: str) -> Sequence[Any]:
        value = table.get(key, [])
        if not isinstance(value, list | tuple):
            self.fail(where, f"expected an array, got {value!r}")
        return value

    # -- scalars ----------------------------------------------------------------------

    def string(self, table: Mapping[str, Any], where: str, key: str, *,
               default: str | None = "", required: bool = False) -> Any:
        if key not in table:
            if required:
                self.fail(where, "missing")
            return default
        value = table[key]
        if not isinstance(value, str):
            self.fail(where, f"expected a string, got {value!r}")
        if required and not value.strip():
            self.fail(where, "must not be empty")
        return value.strip()

    def text(self, value: Any, where: str) -> str:
        """A value that must be a non-empty string."""
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"expected a non-empty string, got {value!r}")
        return value.strip()

    def strings(self, table: Mapping[str, Any], where: str, key: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(where, f"expected a list of strings, got {value!r}")
        return [v.strip() for v in value]

    def number(self, table: Mapping[str, Any], where: str, key: str, default: float) -> float:
        """A positive number."""
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            self.fail(where, f"expected a positive number, got {value!r}")
        return float(value)

    def integer(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"expected an integer, got {value!r}")
        return value

    def whole(self, table: Mapping[str, Any], where: str, key: str, default: int, *,
              low: int = 0) -> int:
        """An integer of at least ``low``."""
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            self.fail(where, f"expected a whole number >= {low}, got {value!r}")
        return value

    def port(self, table: Mapping[str, Any], where: str, key: str, default: int) -> int:
        value = self.integer(table.get(key, default), where)
        if not 0 < value < 65536:
            self.fail(where, f"expected a port number 1-65535, got {value}")
        return value

    def boolean(self, table: Mapping[str, Any], where: str, key: str, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            self.fail(where, f"expected true or false, got {value!r}")
        return value

    def choice(self, table: Mapping[str, Any], where: str, key: str,
               choices: tuple[str, ...], *, default: str) -> str:
        value = self.string(table, where, key, default=default)
        if value not in choices:
            self.fail(where, f"expected one of {', '.join(choices)}, got {value!r}")
        return str(value)

    def address(self, table: Mapping[str, Any], where: str, key: str, *,
                required: bool = False) -> Any:
        value = self.string(table, where, key, default=None, required=required)
        if value is None:
            return None
        local, at, domain = value.partition("@")
        if not (local and at and "." in domain) or any(c.isspace() for c in value):
            self.fail(where, f"not an e-mail address: {value!r}")
        return value.lower()

    def env_name(self, table: Mapping[str, Any], where: str, key: str) -> str | None:
        value = self.string(table, where, key, default=None)
        if value is None:
            return None
        if not value.replace("_", "").isalnum() or value[0].isdigit():
            self.fail(where, f"expected an environment variable name, got {value!r}")
        return str(value)

    def timezone(self, name: str, where: str) -> None:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            self.fail(where, f"unknown time zone {name!r}")

    def clock_time(self, value: Any, where: str, *, example: str = "09:00") -> time:
        parsed = parse_local_time(value)
        if parsed is None:
            self.fail(where, f'expected a local time such as "{example}", got {value!r}')
        return parsed

    def day(self, value: Any, where: str) -> date:
        if isinstance(value, date) and not hasattr(value, "hour"):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(where, f"expected a date such as 2026-12-28, got {value!r}")

    def weekday(self, value: Any, where: str) -> int:
        if isinstance(value, str) and value.strip()[:3].casefold() in WEEKDAYS:
            return WEEKDAYS.index(value.strip()[:3].casefold())
        self.fail(where, f'expected a weekday name such as "mon", got {value!r}')

    # -- paths and URLs ---------------------------------------------------------------

    def resolve(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def database_url(self, url: str) -> str:
        """Relative SQLite paths are taken relative to the config file, not the cwd."""
        prefix = "sqlite:///"
        if url.startswith(prefix) and url != "sqlite:///:memory:":
            rest = url[len(prefix):]
            if rest and not rest.startswith("/"):
                return prefix + str(self.resolve(rest))
        if "://" not in url:
            self.fail("database.url", f"not a database URL: {url!r}")
        return url
