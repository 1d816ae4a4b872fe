"""``intake doctor``: every part of a set-up checked before ``intake run`` meets it.

Input: a config path and the environment. Output: :class:`Check` rows, one per
thing checked, each ``ok``, ``warn`` or ``fail`` with a line saying what was
found and, when not ok, a hint saying what to do. Nothing is changed: no mail is
fetched, marked or sent (IMAP STATUS only; SMTP is left with QUIT after AUTH), the
database is only read. The exit code names the first failing part, as every
command's does (2 config, 3 mailbox, 4 mail transport, 5 database).
"""

from __future__ import annotations

import os
import time
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from intake.config import Config, MailboxConfig, load
from intake.errors import ConfigError, IntakeError

OK, WARN, FAIL = "ok", "warn", "fail"
#: The exit code of a failing part (the README's exit codes).
PART_EXIT = {"config": 2, "secrets": 2, "clock": 2, "templates": 1, "mailbox": 3, "smtp": 4,
             "database": 5}


@dataclass(frozen=True, slots=True)
class Check:
    """One thing checked: its part, a name, ok/warn/fail, what was found, what to do."""

    part: str
    name: str
    status: str
    detail: str
    hint: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def exit_code(checks: list[Check]) -> int:
    """0 when nothing failed, else the exit code of the first failing part."""
    return next((PART_EXIT[c.part] for c in checks if c.status == FAIL), 0)


def run_checks(path: Path, environ: Mapping[str, str] | None = None) -> list[Check]:
    """Every check, in the order a set-up is fixed: config first, servers last."""
    env = dict(os.environ if environ is None else environ)
    try:
        config = load(path)
    except ConfigError as exc:
        return [Check("config", "config", FAIL, str(exc),
                      "fix the key named above; `intake doctor` again")]
    checks = [Check("config", "config", OK, f"{path} loads")]
    for check in (_addresses, _clients, _secrets, _clock, _templates, _database):
        checks.extend(check(config, env))
    for mailbox in config.mailboxes:
        checks.extend(_mailbox(mailbox, env))
    checks.extend(_smtp(config, env))
    return checks


# -- config-level checks ----------------------------------------------------------------


def _addresses(config: Config, env: Mapping[str, str]) -> Iterator[Check]:
    agency = config.agency
    roles = {"ae": agency.ae, "intake": agency.intake, "traffic": agency.traffic,
             "coordinator": agency.coordinator}
    seen: dict[str, str] = {}
    for role, address in roles.items():
        if not address:
            continue
        if address.lower() in seen:
            yield Check("config", "agency addresses", FAIL,
                        f"agency.{role} and agency.{seen[address.lower()]} are both {address}",
                        "the AE, the intake mailbox, Traffic and the Coordinator need an "
                        "address each: drafts, relays and replies are told apart by address")
            return
        seen[address.lower()] = role
    missing = [r for r in ("traffic", "coordinator") if not roles[r]]
    if missing:
        yield Check("config", "agency addresses", WARN,
                    f"no agency.{' or agency.'.join(missing)}",
                    "confirmed drafts are relayed to Traffic and the Account Coordinator")
    else:
        yield Check("config", "agency addresses", OK, "AE, intake, Traffic, Coordinator distinct")


def _clients(config: Config, env: Mapping[str, str]) -> Iterator[Check]:
    if not config.clients:
        yield Check("config", "clients", WARN, "no [[clients]]",
                    "mail is client mail only from a configured client's domain or contact")
    else:
        yield Check("config", "clients", OK, f"{len(config.clients)} client(s)")


def _secrets(config: Config, env: Mapping[str, str]) -> Iterator[Check]:
    from intake.drafts.tokens import MIN_SECRET_BYTES, SECRET_ENV

    named = [(f"mailboxes '{m.name}'.password_env", m.password_env) for m in config.mailboxes
             if m.kind == "imap"]
    if config.smtp is not None and config.smtp.username:
        named.append(("smtp.password_env", config.smtp.password_env))
    for key, variable in named:
        if not variable:
            yield Check("secrets", key, FAIL, "no environment variable named",
                        f"set {key} to the name of a variable holding the password")
        elif not env.get(variable):
            yield Check("secrets", key, FAIL, f"${variable} is not set",
                        f"export {variable}=... (or add it to the service's EnvironmentFile)")
        else:
            yield Check("secrets", key, OK, f"${variable} is set")
    secret = env.get(SECRET_ENV, "").strip()
    if not secret:
        yield Check("secrets", SECRET_ENV, WARN, "not set: drafts are mailed, replies refused",
                    f"export {SECRET_ENV}=$(openssl rand -base64 32)")
    elif len(secret.encode()) < MIN_SECRET_BYTES:
        yield Check("secrets", SECRET_ENV, FAIL,
                    f"{len(secret.encode())} bytes; at least {MIN_SECRET_BYTES} are needed",
                    f"export {SECRET_ENV}=$(openssl rand -base64 32)")
    else:
        yield Check("secrets", SECRET_ENV, OK, f"{len(secret.encode())} bytes")


def _clock(config: Config, env: Mapping[str, str]) -> Iterator[Check]:
    if env.get("INTAKE_NOW"):
        yield Check("clock", "clock", WARN, f"fixed by INTAKE_NOW={env['INTAKE_NOW']}",
                    "unset INTAKE_NOW outside tests: reminders would never fall due")
        return
    now = datetime.now(UTC)
    if not 2024 <= now.year <= 2100:
        yield Check("clock", "clock", FAIL, f"the system clock says {now:%Y-%m-%d %H:%M} UTC",
                    "set the clock (NTP): dates in mail resolve against it")
        return
    local = time.strftime("%Z %z")
    yield Check("clock", "clock", OK,
                f"{now:%Y-%m-%d %H:%M} UTC; agency time zone {config.agency.timezone}; "
                f"system {local}")


def _templates(config: Config, env: Mapping[str, str]) -> Iterator[Check]:
    from intake.outbound.render import mail_names, render_mail

    samples = tomllib.loads(resources.files("templates").joinpath("samples.toml").read_text())
    broken = []
    for name in mail_names():
        try:
            render_mail(name, **samples.get(name, {}))
        except Exception as exc:  # a template error is ours: name it, do not crash
            broken.append(f"{name}: {type(exc).__name__}: {exc}")
    if broken:
        yield Check("templates", "templates", FAIL, "; ".join(broken),
                    "reinstall intake: a template does not render with its sample data")
    else:
        yield Check("templates", "templates", OK, f"{len(mail_names())} mails render")


def _database(config: Config, env: Mapping[str, str]) -> Iterator[Check]:
    from intake.cli.common import safe_url
    from intake.storage import make_engine, schema_revisions

    where = safe_url(config.database_url)
    try:
        engine = make_engine(config.database_url)
    except IntakeError as exc:
        yield Check("database", "database", FAIL, str(exc), "fix database.url")
        return
    try:
        current, head = schema_revisions(engine)
    except Exception as exc:  # unreachable, refused, no such database
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0:1] or [type(exc).__name__]
        yield Check("database", "database", FAIL, f"{where}: {first[0]}",
                    "start the database or fix database.url / database.url_env")
        return
    finally:
        engine.dispose()
    if current is None:
        yield Check("database", "database", FAIL, f"{where}: no intake schema",
                    "run `intake init`")
    elif current != head:
        yield Check("database", "database", FAIL,
                    f"{where}: schema at revision {current}, this version needs {head}",
                    "run `intake init` to upgrade (back the database up first)")
    else:
        yield Check("database", "database", OK, f"{where}: at revision {head}")


# -- servers ----------------------------------------------------------------------------


def _mailbox(mailbox: MailboxConfig, env: Mapping[str, str]) -> Iterator[Check]:
    name = f"mailbox {mailbox.name}"
    if mailbox.kind == "maildir":
        assert mailbox.path is not None
        ok = mailbox.path.is_dir()
        yield Check("mailbox", name, OK if ok else FAIL,
                    f"Maildir {mailbox.path}" + ("" if ok else " does not exist"),
                    "" if ok else "create it or fix the mailbox's path")
        return
    from intake.app import build_source
    from intake.sources.imap import ImapSource

    try:
        source = build_source(mailbox, env)
    except ConfigError as exc:
        yield Check("mailbox", name, FAIL, str(exc), "see the secrets checks above")
        return
    assert isinstance(source, ImapSource)
    started = time.monotonic()
    try:
        source.connect()
        counts = source.message_counts()
    except ConfigError as exc:  # a folder the server lacks
        yield Check("mailbox", name, FAIL, str(exc),
                    "fix folders: the server's folder names are listed by any mail client")
        return
    except IntakeError as exc:
        yield Check("mailbox", name, FAIL, str(exc), _imap_hint(str(exc)))
        return
    finally:
        source.close()
    seconds = time.monotonic() - started
    secured = {"ssl": "implicit TLS, certificate verified",
               "starttls": "STARTTLS, certificate verified",
               "none": "no TLS (loopback only)"}[mailbox.tls]
    folders = ", ".join(f"{f} {n}" for f, n in counts.items())
    yield Check("mailbox", name, WARN if mailbox.tls == "none" else OK,
                f"{mailbox.username}@{mailbox.host}:{mailbox.port}: logged in over {secured} "
                f"in {seconds:.1f} s; folders: {folders}",
                "use tls = \"ssl\" or \"starttls\" for a server that is not on this machine"
                if mailbox.tls == "none" else "")
    if source.supports_idle or not mailbox.idle:
        yield Check("mailbox", f"{name} IDLE", OK,
                    "IDLE offered: new mail is seen at once" if source.supports_idle
                    else f"IDLE turned off: polled every {mailbox.poll_interval:g} s")
    else:
        yield Check("mailbox", f"{name} IDLE", WARN,
                    f"the server offers no IDLE: polled every {mailbox.poll_interval:g} s",
                    "lower poll_interval if mail must be seen sooner")


def _imap_hint(message: str) -> str:
    lowered = message.lower()
    if "certificate" in lowered:
        return ("the server's certificate is not trusted here: install its CA (or point "
                "SSL_CERT_FILE at it); intake never skips verification")
    if "refused the login" in lowered:
        return "check username and the password variable; some servers need an app password"
    if "starttls" in lowered:
        return "the server offers no STARTTLS on this port: try tls = \"ssl\" on port 993"
    return "check host, port and tls, and that the server is reachable from here"


def _smtp(config: Config, env: Mapping[str, str]) -> Iterator[Check]:
    if config.smtp is None:
        folder = config.outbound_folder or config.base_dir / "outbox"
        writable = _writable(folder)
        yield Check("smtp", "outbound", OK if writable else FAIL,
                    f"no [smtp]: outbound mail is written to {folder}",
                    "" if writable else f"make {folder} writable for intake's user")
        return
    from intake.transport_factory import transport_from_config

    try:
        transport = transport_from_config(config, env)
        detail = transport.check()  # type: ignore[attr-defined]
    except ConfigError as exc:
        yield Check("smtp", "smtp", FAIL, str(exc), "see the secrets checks above")
        return
    except IntakeError as exc:
        yield Check("smtp", "smtp", FAIL, str(exc), _smtp_hint(str(exc)))
        return
    yield Check("smtp", "smtp", OK, f"{detail}; no mail sent")


def _smtp_hint(message: str) -> str:
    lowered = message.lower()
    if "certificate" in lowered:
        return ("the relay's certificate is not trusted here: install its CA (or point "
                "SSL_CERT_FILE at it)")
    if "starttls" in lowered:
        return "the relay offers no STARTTLS here: use port 465 with tls = \"ssl\""
    if "login refused" in lowered or "auth" in lowered:
        return "check smtp.username and the password variable"
    return "check smtp.host, port and tls, and that the relay is reachable from here"


def _writable(folder: Path) -> bool:
    """Whether the folder, or the nearest existing folder it would be created in, is
    writable."""
    target = folder
    while not target.exists() and target != target.parent:
        target = target.parent
    return os.access(target, os.W_OK)
