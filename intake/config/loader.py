"""Reading the config file: TOML + environment in, a frozen :class:`Config` out.

The file is found from ``--config PATH``, else ``$INTAKE_CONFIG``, else
``./intake.toml``. Every table is read and checked here, once, when the file is
loaded; every error names the file and the key
(``intake.toml: mailboxes[0].port: expected an integer, got 'abc'``).
Secrets never live in the file: a mailbox names the environment variable that
holds its password (``password_env``) and a key that looks like a password is
refused. No I/O at import.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from intake.config.features import (
    read_approvals,
    read_digest,
    read_drafts,
    read_guidance,
    read_metrics,
    read_outbound_rate,
    read_performance,
    read_report,
    read_web,
    read_workers,
)
from intake.config.model import (
    AeConfig,
    AgencyConfig,
    ClientConfig,
    Config,
    MailboxConfig,
    SmtpConfig,
)
from intake.config.reader import TableReader, is_loopback
from intake.config.schedule import read_schedule
from intake.errors import ConfigError
from intake.parsers.language import LANGUAGES

DEFAULT_FILE = "intake.toml"
SECRET_KEYS = frozenset({"password", "pass", "passwd", "secret", "token", "api_key", "apikey"})
TLS_MODES = ("ssl", "starttls", "none")
#: The tables a config file may hold.
TOP_LEVEL = {"database", "agency", "mailboxes", "smtp", "outbound", "clients", "nlp",
             "schedule", "job_types", "guidance", "drafts", "report", "performance", "metrics",
             "digest", "web", "approvals", "workers", "aes"}


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


def parse(data: Mapping[str, Any], *, path: Path | None) -> Config:
    """Validate a decoded TOML document into a :class:`Config`: every table, now."""
    reader = TableReader(str(path) if path else "<config>", path.parent if path else Path.cwd())
    _refuse_secrets(reader, data, "")
    reader.only_keys(data, "", TOP_LEVEL)
    database = reader.section(data, "database", {"url", "url_env"})
    url = _database_url(reader, database)
    aes = tuple(_ae(reader, item, f"aes[{i}]")
                for i, item in enumerate(reader.array_of_tables(data, "aes")))
    agency, aes = _agency(reader, reader.table(data, "agency", required=True), aes)
    mailboxes = tuple(
        _mailbox(reader, item, f"mailboxes[{i}]")
        for i, item in enumerate(reader.array_of_tables(data, "mailboxes"))
    )
    names = [m.name for m in mailboxes]
    for i, name in enumerate(names):
        if names.index(name) != i:
            reader.fail(f"mailboxes[{i}].name", f"duplicate mailbox name {name!r}")
    smtp = _smtp(reader, reader.table(data, "smtp")) if data.get("smtp") is not None else None
    outbound = reader.section(data, "outbound", {"folder", "mails_per_hour"})
    folder = reader.string(outbound, "outbound.folder", "folder", default=None)
    clients = tuple(
        _client(reader, item, f"clients[{i}]")
        for i, item in enumerate(reader.array_of_tables(data, "clients"))
    )
    nlp = reader.section(data, "nlp", {"model"})
    schedule = read_schedule(reader, data)
    mailboxes, clients = _owned(reader, aes, mailboxes, clients)
    return Config(
        path=path,
        database_url=reader.database_url(url),
        agency=agency,
        mailboxes=mailboxes,
        smtp=smtp,
        outbound_folder=reader.resolve(folder) if folder else None,
        mails_per_hour=read_outbound_rate(reader, data),
        clients=clients,
        nlp_model=reader.string(nlp, "nlp.model", "model", default=None),
        schedule=schedule,
        guidance=read_guidance(reader, data, schedule),
        drafts=read_drafts(reader, data),
        report=read_report(reader, data),
        performance=read_performance(reader, data),
        metrics=read_metrics(reader, data),
        digest=read_digest(reader, data),
        web=read_web(reader, data),
        approvals=read_approvals(reader, data),
        workers=read_workers(reader, data),
        aes=aes,
    )


def _ae(reader: TableReader, table: Mapping[str, Any], where: str) -> AeConfig:
    reader.only_keys(table, where, {"name", "address", "traffic", "coordinator",
                                    "report_time", "digest_time"})
    times = {key: reader.clock_time(table[key], f"{where}.{key}", example="18:00")
             for key in ("report_time", "digest_time") if key in table}
    return AeConfig(
        name=reader.string(table, f"{where}.name", "name", required=True),
        address=reader.address(table, f"{where}.address", "address", required=True).lower(),
        traffic=reader.address(table, f"{where}.traffic", "traffic"),
        coordinator=reader.address(table, f"{where}.coordinator", "coordinator"),
        **times,
    )


def _owned(reader: TableReader, aes: tuple[AeConfig, ...],
           mailboxes: tuple[MailboxConfig, ...], clients: tuple[ClientConfig, ...],
           ) -> tuple[tuple[MailboxConfig, ...], tuple[ClientConfig, ...]]:
    """Every mailbox and client with the AE it belongs to: named by ``ae`` when ``[[aes]]``
    lists several, else the one AE."""
    names = [a.name for a in aes]
    for i, ae in enumerate(aes):
        if names.index(ae.name) != i:
            reader.fail(f"aes[{i}].name", f"duplicate AE name {ae.name!r}")
        if [a.key for a in aes].index(ae.key) != i:
            reader.fail(f"aes[{i}].address", f"{ae.address} is already another AE's address")

    def owner(given: str | None, where: str) -> str | None:
        if given is None:
            if len(aes) > 1:
                reader.fail(f"{where}.ae", f"missing: with several [[aes]] it names one of "
                                           f"{', '.join(names)}")
            return names[0] if aes else None
        if not aes:
            reader.fail(f"{where}.ae", "names an AE, but the config has no [[aes]]")
        if given not in names:
            reader.fail(f"{where}.ae", f"no AE named {given!r} (known: {', '.join(names)})")
        return given

    return (
        tuple(replace(m, ae=owner(m.ae, f"mailboxes[{i}]")) for i, m in enumerate(mailboxes)),
        tuple(replace(c, ae=owner(c.ae, f"clients[{i}]")) for i, c in enumerate(clients)),
    )


def _database_url(reader: TableReader, table: Mapping[str, Any]) -> str:
    """``database.url``, or the URL held by the variable ``database.url_env`` names.

    A URL with a password in it belongs in the environment, not in the file.
    """
    env_name = reader.env_name(table, "database.url_env", "url_env")
    if env_name:
        value = os.environ.get(env_name)
        if not value:
            reader.fail("database.url_env", f"environment variable {env_name} is not set")
        return value
    url = reader.string(table, "database.url", "url", default="sqlite:///intake.db")
    _scheme, sep, rest = url.partition("://")
    userinfo = rest.partition("@")[0] if "@" in rest else ""
    if sep and ":" in userinfo:
        reader.fail(
            "database.url",
            "a password in the URL is a secret: put the URL in an environment variable "
            "and name it with database.url_env",
        )
    return str(url)


def _agency(reader: TableReader, table: Mapping[str, Any], aes: tuple[AeConfig, ...],
            ) -> tuple[AgencyConfig, tuple[AeConfig, ...]]:
    """``[agency]``, and the AEs with the agency's Traffic and Coordinator where they name
    none of their own."""
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
    if aes and "ae" in table:
        reader.fail("agency.ae", "with [[aes]] each AE's address is [[aes]] address; "
                                 "remove agency.ae")
    ae = aes[0].address if aes else reader.address(table, "agency.ae", "ae", required=True)
    intake = reader.address(table, "agency.intake", "intake", required=True)
    domains = reader.strings(table, "agency.domains", "domains")
    derived = {a.partition("@")[2] for a in (ae, intake, *(a.address for a in aes))}
    traffic = reader.address(table, "agency.traffic", "traffic")
    coordinator = reader.address(table, "agency.coordinator", "coordinator")
    aes = tuple(replace(a, traffic=a.traffic or traffic, coordinator=a.coordinator or coordinator)
                for a in aes)
    agency = AgencyConfig(
        name=reader.string(table, "agency.name", "name", default="Agency"),
        timezone=timezone,
        ae=ae,
        intake=intake,
        traffic=aes[0].traffic if aes else traffic,
        coordinator=aes[0].coordinator if aes else coordinator,
        domains=tuple(sorted({d.lower() for d in domains} | derived)),
        all_aes=tuple(a.address for a in aes),
        colleagues=tuple(sorted({p for a in aes for p in (a.address, a.traffic, a.coordinator)
                                 if p})),
        trusted_authserv_id=reader.string(
            table, "agency.trusted_authserv_id", "trusted_authserv_id", default=None
        ),
    )
    return agency, aes


def _mailbox(reader: TableReader, table: Mapping[str, Any], where: str) -> MailboxConfig:
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
            "ae",
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
        "ae": reader.string(table, f"{where}.ae", "ae", default=None),
    }
    if kind == "maildir":
        path = reader.string(table, f"{where}.path", "path", required=True)
        return MailboxConfig(path=reader.resolve(path), **common)
    host = reader.string(table, f"{where}.host", "host", required=True)
    tls = reader.choice(table, f"{where}.tls", "tls", TLS_MODES, default="ssl")
    if tls == "none" and not is_loopback(host):
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


def _smtp(reader: TableReader, table: Mapping[str, Any]) -> SmtpConfig:
    reader.only_keys(table, "smtp", {"host", "port", "tls", "username", "password_env", "timeout"})
    host = reader.string(table, "smtp.host", "host", required=True)
    tls = reader.choice(table, "smtp.tls", "tls", TLS_MODES, default="starttls")
    if tls == "none" and not is_loopback(host):
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


def _client(reader: TableReader, table: Mapping[str, Any], where: str) -> ClientConfig:
    reader.only_keys(
        table, where,
        {"name", "domains", "contacts", "timezone", "day_first", "currency", "language", "ae"},
    )
    language = reader.string(table, f"{where}.language", "language", default=None)
    if language is not None:
        language = language.lower()
        if language not in LANGUAGES:
            reader.fail(f"{where}.language",
                        f"expected one of {', '.join(LANGUAGES)}, got {language!r}")
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
        language=language,
        ae=reader.string(table, f"{where}.ae", "ae", default=None),
    )


def _refuse_secrets(reader: TableReader, value: Any, where: str) -> None:
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
