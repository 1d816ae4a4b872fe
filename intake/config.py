"""Settings: TOML file + environment in, a frozen :class:`Config` out. No I/O at import.

The file is found from ``--config PATH``, else ``$INTAKE_CONFIG``, else
``./intake.toml``. Every error names the file and the key
(``intake.toml: mailboxes[0].port: expected an integer, got 'abc'``).
Secrets never live in the file: a mailbox names the environment variable that
holds its password (``password_env``) and a key that looks like a password is
refused.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intake.errors import ConfigError

DEFAULT_FILE = "intake.toml"
SECRET_KEYS = frozenset({"password", "pass", "passwd", "secret", "token", "api_key", "apikey"})
TLS_MODES = ("ssl", "starttls", "none")


@dataclass(frozen=True, slots=True)
class AgencyConfig:
    """Who we work for: the AE, the intake address and the people we relay to."""

    name: str
    timezone: str
    ae: str
    intake: str
    traffic: str | None = None
    coordinator: str | None = None
    domains: tuple[str, ...] = ()
    trusted_authserv_id: str | None = None

    @property
    def own_addresses(self) -> frozenset[str]:
        """Addresses whose mail is ours (the AE writes; intake sends)."""
        return frozenset(a for a in (self.ae, self.intake) if a)

    @property
    def team_addresses(self) -> frozenset[str]:
        """The agency's people intake mails: the AE, Traffic, the Account Coordinator."""
        return frozenset(a for a in (self.ae, self.traffic, self.coordinator) if a)

    @property
    def intake_local_part(self) -> str:
        return self.intake.partition("@")[0]

    @property
    def intake_domain(self) -> str:
        return self.intake.partition("@")[2]


@dataclass(frozen=True, slots=True)
class MailboxConfig:
    """One mailbox we read: an IMAP account or a local Maildir."""

    name: str
    kind: str = "imap"
    host: str = ""
    port: int = 993
    tls: str = "ssl"
    username: str = ""
    password_env: str | None = None
    folders: tuple[str, ...] = ("INBOX",)
    path: Path | None = None
    timeout: float = 60.0
    idle: bool = True
    idle_slice: float = 240.0
    poll_interval: float = 60.0
    batch_size: int = 200

    def password(self, environ: Mapping[str, str] | None = None) -> str:
        """The password from the environment; a clear error when it is not set."""
        return _secret(self.password_env, f"mailboxes '{self.name}'.password_env", environ)


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where outbound mail goes when it is not written to a folder."""

    host: str
    port: int = 587
    tls: str = "starttls"
    username: str = ""
    password_env: str | None = None
    timeout: float = 30.0

    def password(self, environ: Mapping[str, str] | None = None) -> str:
        """The password from the environment; a clear error when it is not set."""
        return _secret(self.password_env, "smtp.password_env", environ)


def _secret(variable: str | None, named_by: str, environ: Mapping[str, str] | None) -> str:
    """The value of the environment variable a config key names ("" when none is named)."""
    env = os.environ if environ is None else environ
    if not variable:
        return ""
    value = env.get(variable)
    if value is None:
        raise ConfigError(f"environment variable {variable} is not set (named by {named_by})")
    return value


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """A client of the agency, recognised by domain or by contact address."""

    name: str
    domains: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    timezone: str | None = None
    day_first: bool = False
    currency: str = "USD"


@dataclass(frozen=True, slots=True)
class Config:
    """Everything intake needs to run, validated."""

    path: Path | None
    database_url: str
    agency: AgencyConfig
    mailboxes: tuple[MailboxConfig, ...] = ()
    smtp: SmtpConfig | None = None
    outbound_folder: Path | None = None
    clients: tuple[ClientConfig, ...] = ()
    nlp_model: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def locate(explicit: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """The config file to read: ``--config``, else ``$INTAKE_CONFIG``, else ``./intake.toml``."""
    env = os.environ if environ is None else environ
    raw = explicit or env.get("INTAKE_CONFIG") or DEFAULT_FILE
    return Path(raw)


def load(path: Path) -> Config:
    """Read and validate one config file."""
    label = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            "no such file (pass --config PATH, set INTAKE_CONFIG, or run `intake demo`)",
            path=label,
        ) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path=label) from exc
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path=label) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=label) from exc
    return parse(data, path=path)


def parse(data: dict[str, Any], *, path: Path | None) -> Config:
    """Validate a decoded TOML document into a :class:`Config`."""
    reader = _Reader(str(path) if path else "<config>", path.parent if path else Path.cwd())
    _refuse_secrets(reader, data, "")
    reader.only_keys(
        data,
        "",
        {"database", "agency", "mailboxes", "smtp", "outbound", "clients", "nlp"},
        open_ended={"schedule", "guidance", "job_types", "report", "drafts", "limits"},
    )
    database = reader.table(data, "database")
    reader.only_keys(database, "database", {"url", "url_env"})
    url = _database_url(reader, database)
    agency = _agency(reader, reader.table(data, "agency", required=True))
    mailboxes = tuple(
        _mailbox(reader, item, f"mailboxes[{i}]")
        for i, item in enumerate(reader.array_of_tables(data, "mailboxes"))
    )
    names = [m.name for m in mailboxes]
    for i, name in enumerate(names):
        if names.index(name) != i:
            reader.fail(f"mailboxes[{i}].name", f"duplicate mailbox name {name!r}")
    smtp_table = data.get("smtp")
    smtp = _smtp(reader, reader.table(data, "smtp")) if smtp_table is not None else None
    outbound = reader.table(data, "outbound")
    reader.only_keys(outbound, "outbound", {"folder"})
    folder = reader.string(outbound, "outbound.folder", "folder", default=None)
    clients = tuple(
        _client(reader, item, f"clients[{i}]")
        for i, item in enumerate(reader.array_of_tables(data, "clients"))
    )
    nlp = reader.table(data, "nlp")
    reader.only_keys(nlp, "nlp", {"model"})
    extra = {
        k: data[k]
        for k in ("schedule", "guidance", "job_types", "report", "drafts", "limits")
        if k in data
    }
    return Config(
        path=path,
        database_url=reader.database_url(url),
        agency=agency,
        mailboxes=mailboxes,
        smtp=smtp,
        outbound_folder=reader.resolve(folder) if folder else None,
        clients=clients,
        nlp_model=reader.string(nlp, "nlp.model", "model", default=None),
        extra=extra,
    )


def _database_url(reader: _Reader, table: dict[str, Any]) -> str:
    """``database.url``, or the URL held by the variable ``database.url_env`` names.

    A URL with a password in it belongs in the environment, not in the file.
    """
    env_name = reader.env_name(table, "database.url_env", "url_env")
    if env_name:
        value = os.environ.get(env_name)
        if not value:
            reader.fail("database.url_env", f"environment variable {env_name} is not set")
        return value  # type: ignore[return-value]
    url = reader.string(table, "database.url", "url", default="sqlite:///intake.db")
    _scheme, sep, rest = url.partition("://")
    userinfo = rest.partition("@")[0] if "@" in rest else ""
    if sep and ":" in userinfo:
        reader.fail(
            "database.url",
            "a password in the URL is a secret: put the URL in an environment variable "
            "and name it with database.url_env",
        )
    return url


def _agency(reader: _Reader, table: dict[str, Any]) -> AgencyConfig:
    reader.only_keys(
        table,
        "agency",
        {
            "name",
            "timezone",
            "ae",
            "intake",
            "traffic",
            "coordinator",
            "domains",
            "trusted_authserv_id",
        },
    )
    timezone = reader.string(table, "agency.timezone", "timezone", default="UTC")
    reader.timezone(timezone, "agency.timezone")
    ae = reader.address(table, "agency.ae", "ae", required=True)
    intake = reader.address(table, "agency.intake", "intake", required=True)
    domains = reader.strings(table, "agency.domains", "domains")
    derived = {a.partition("@")[2] for a in (ae, intake)}
    return AgencyConfig(
        name=reader.string(table, "agency.name", "name", default="Agency"),
        timezone=timezone,
        ae=ae,
        intake=intake,
        traffic=reader.address(table, "agency.traffic", "traffic"),
        coordinator=reader.address(table, "agency.coordinator", "coordinator"),
        domains=tuple(sorted({d.lower() for d in domains} | derived)),
        trusted_authserv_id=reader.string(
            table, "agency.trusted_authserv_id", "trusted_authserv_id", default=None
        ),
    )


def _mailbox(reader: _Reader, table: dict[str, Any], where: str) -> MailboxConfig:
    reader.only_keys(
        table,
        where,
        {
            "name",
            "kind",
            "host",
            "port",
            "tls",
            "username",
            "password_env",
            "folders",
            "path",
            "timeout",
            "idle",
            "idle_slice",
            "poll_interval",
            "batch_size",
        },
    )
    name = reader.string(table, f"{where}.name", "name", required=True)
    kind = reader.choice(table, f"{where}.kind", "kind", ("imap", "maildir"), default="imap")
    folders = tuple(reader.strings(table, f"{where}.folders", "folders")) or ("INBOX",)
    common = {
        "name": name,
        "kind": kind,
        "folders": folders,
        "poll_interval": reader.number(table, f"{where}.poll_interval", "poll_interval", 60.0),
        "batch_size": int(reader.number(table, f"{where}.batch_size", "batch_size", 200)),
    }
    if kind == "maildir":
        path = reader.string(table, f"{where}.path", "path", required=True)
        return MailboxConfig(path=reader.resolve(path), **common)
    host = reader.string(table, f"{where}.host", "host", required=True)
    tls = reader.choice(table, f"{where}.tls", "tls", TLS_MODES, default="ssl")
    if tls == "none" and not _is_loopback(host):
        reader.fail(f"{where}.tls", f'"none" is allowed only for a loopback host, not {host!r}')
    default_port = {"ssl": 993, "starttls": 143, "none": 143}[tls]
    timeout = reader.number(table, f"{where}.timeout", "timeout", 60.0)
    idle_slice = reader.number(table, f"{where}.idle_slice", "idle_slice", 240.0)
    if idle_slice >= 29 * 60:
        reader.fail(f"{where}.idle_slice", "must be well under 29 minutes (RFC 2177)")
    return MailboxConfig(
        host=host,
        port=reader.port(table, f"{where}.port", "port", default_port),
        tls=tls,
        username=reader.string(table, f"{where}.username", "username", required=True),
        password_env=reader.env_name(table, f"{where}.password_env", "password_env"),
        timeout=timeout,
        idle=reader.boolean(table, f"{where}.idle", "idle", True),
        idle_slice=idle_slice,
        **common,
    )


def _smtp(reader: _Reader, table: dict[str, Any]) -> SmtpConfig:
    reader.only_keys(table, "smtp", {"host", "port", "tls", "username", "password_env", "timeout"})
    host = reader.string(table, "smtp.host", "host", required=True)
    tls = reader.choice(table, "smtp.tls", "tls", TLS_MODES, default="starttls")
    if tls == "none" and not _is_loopback(host):
        reader.fail("smtp.tls", f'"none" is allowed only for a loopback host, not {host!r}')
    default_port = {"ssl": 465, "starttls": 587, "none": 25}[tls]
    return SmtpConfig(
        host=host,
        port=reader.port(table, "smtp.port", "port", default_port),
        tls=tls,
        username=reader.string(table, "smtp.username", "username", default=""),
        password_env=reader.env_name(table, "smtp.password_env", "password_env"),
        timeout=reader.number(table, "smtp.timeout", "timeout", 30.0),
    )


def _client(reader: _Reader, table: dict[str, Any], where: str) -> ClientConfig:
    reader.only_keys(
        table, where, {"name", "domains", "contacts", "timezone", "day_first", "currency"}
    )
    currency = reader.string(table, f"{where}.currency", "currency", default="USD").upper()
    if len(currency) != 3 or not currency.isalpha():
        reader.fail(f"{where}.currency", f"expected an ISO 4217 code like USD, got {currency!r}")
    timezone = reader.string(table, f"{where}.timezone", "timezone", default=None)
    if timezone:
        reader.timezone(timezone, f"{where}.timezone")
    contacts = reader.strings(table, f"{where}.contacts", "contacts")
    for i, contact in enumerate(contacts):
        if "@" not in contact:
            reader.fail(f"{where}.contacts[{i}]", f"not an e-mail address: {contact!r}")
    domains = reader.strings(table, f"{where}.domains", "domains")
    name = reader.string(table, f"{where}.name", "name", required=True)
    if not domains and not contacts:
        reader.fail(where, f"client {name!r} needs domains or contacts to be recognised")
    return ClientConfig(
        name=name,
        domains=tuple(d.lower().lstrip("@") for d in domains),
        contacts=tuple(c.lower() for c in contacts),
        timezone=timezone,
        day_first=reader.boolean(table, f"{where}.day_first", "day_first", False),
        currency=currency,
    )


def _refuse_secrets(reader: _Reader, value: Any, where: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{where}.{key}" if where else key
            if key.lower() in SECRET_KEYS:
                reader.fail(
                    here,
                    "secrets are not read from the config file; name an environment "
                    "variable with password_env and export it",
                )
            _refuse_secrets(reader, item, here)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _refuse_secrets(reader, item, f"{where}[{i}]")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Reader:
    """Typed access to TOML values that fails with the file and the key."""

    def __init__(self, label: str, base_dir: Path):
        self.label = label
        self.base_dir = base_dir

    def fail(self, key: str, message: str) -> None:
        raise ConfigError(message, path=self.label, key=key or None)

    def only_keys(
        self,
        table: dict[str, Any],
        where: str,
        allowed: set[str],
        *,
        open_ended: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> None:
        for key in table:
            if key not in allowed and key not in open_ended:
                name = f"{where}.{key}" if where else key
                self.fail(name, f"unknown key (expected one of: {', '.join(sorted(allowed))})")

    def table(self, data: dict[str, Any], key: str, *, required: bool = False) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(key, "missing table")
            return {}
        if not isinstance(value, dict):
            self.fail(key, f"expected a table, got {type(value).__name__}")
        return value

    def array_of_tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, f"expected [[{key}]] tables")
        return value

    def string(
        self,
        table: dict[str, Any],
        where: str,
        key: str,
        *,
        default: str | None = "",
        required: bool = False,
    ) -> Any:
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

    def strings(self, table: dict[str, Any], where: str, key: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(where, f"expected a list of strings, got {value!r}")
        return [v.strip() for v in value]

    def number(self, table: dict[str, Any], where: str, key: str, default: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            self.fail(where, f"expected a positive number, got {value!r}")
        return float(value)

    def port(self, table: dict[str, Any], where: str, key: str, default: int) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"expected an integer, got {value!r}")
        if not 0 < value < 65536:
            self.fail(where, f"expected a port number 1-65535, got {value}")
        return value

    def boolean(self, table: dict[str, Any], where: str, key: str, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            self.fail(where, f"expected true or false, got {value!r}")
        return value

    def choice(
        self, table: dict[str, Any], where: str, key: str, choices: tuple[str, ...], *, default: str
    ) -> str:
        value = self.string(table, where, key, default=default)
        if value not in choices:
            self.fail(where, f"expected one of {', '.join(choices)}, got {value!r}")
        return value

    def address(
        self, table: dict[str, Any], where: str, key: str, *, required: bool = False
    ) -> Any:
        value = self.string(table, where, key, default=None, required=required)
        if value is None:
            return None
        local, at, domain = value.partition("@")
        if not (local and at and "." in domain) or any(c.isspace() for c in value):
            self.fail(where, f"not an e-mail address: {value!r}")
        return value.lower()

    def env_name(self, table: dict[str, Any], where: str, key: str) -> str | None:
        value = self.string(table, where, key, default=None)
        if value is None:
            return None
        if not value.replace("_", "").isalnum() or value[0].isdigit():
            self.fail(where, f"expected an environment variable name, got {value!r}")
        return value

    def timezone(self, name: str, where: str) -> None:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            self.fail(where, f"unknown time zone {name!r}")

    def resolve(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def database_url(self, url: str) -> str:
        """Relative SQLite paths are taken relative to the config file, not the cwd."""
        prefix = "sqlite:///"
        if url.startswith(prefix) and url != "sqlite:///:memory:":
            rest = url[len(prefix) :]
            if rest and not rest.startswith("/"):
                return prefix + str(self.resolve(rest))
        if "://" not in url:
            self.fail("database.url", f"not a database URL: {url!r}")
        return url
