"""``intake web [--host 127.0.0.1] [--port 8025]``: the web view (:mod:`intake.web.app`);
``intake hash-password``: the argon2 hash for ``INTAKE_WEB_PASSWORD_HASH``, from stdin."""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import Any

from intake.cli.common import app_of
from intake.errors import ConfigError, UsageError


def cmd_hash_password(args: argparse.Namespace) -> int:
    from intake.web.security import hash_password

    password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 12:
        raise UsageError("a password of at least 12 characters is needed (read from stdin)")
    print(hash_password(password))
    return 0


def cmd_web(args: argparse.Namespace) -> int:
    import uvicorn

    from intake.config import is_loopback
    from intake.drafts.tokens import secret_from_environment
    from intake.web.app import create_web_app
    from intake.web.security import PASSWORD_HASH_ENV

    password_hash = os.environ.get(PASSWORD_HASH_ENV, "").strip()
    if not password_hash:
        raise ConfigError(f"{PASSWORD_HASH_ENV} is not set: run `intake hash-password` and "
                          "export the hash it prints")
    with app_of(args) as app:
        if not is_loopback(args.host) and not app.config.web.allow_remote:
            raise ConfigError(f"--host {args.host} is not a loopback address: set "
                              "[web] allow_remote = true (and put TLS in front)",
                              key="web.allow_remote")
        secret = secret_from_environment(app.environ)
        if secret is None:
            raise ConfigError("INTAKE_SECRET is not set: the web view signs its sessions "
                              "with it")
        web = create_web_app(app, password_hash=password_hash, secret=secret,
                             https_only=app.config.web.https,
                             ae_password_hashes=ae_password_hashes(app.config, os.environ))
        print(f"intake web on http://{args.host}:{args.port}/ (Ctrl-C to stop)")
        uvicorn.run(web, host=args.host, port=args.port, log_level="warning",
                    server_header=False)
    return 0


def ae_password_hashes(config: Any, environ: Any) -> dict[str, str]:
    """Each AE's own web password hash, from ``INTAKE_WEB_PASSWORD_HASH_<NAME>`` (the AE's
    name upper-cased, other characters as ``_``), for the AEs that have one."""
    from intake.web.security import PASSWORD_HASH_ENV

    found = {}
    for ae in config.aes:
        variable = f"{PASSWORD_HASH_ENV}_{re.sub(r'[^A-Z0-9]', '_', ae.name.upper())}"
        if environ.get(variable, "").strip():
            found[ae.name] = environ[variable].strip()
    return found


def register(commands: Any) -> None:
    p = commands.add_parser("web", help="the AE's web view: today, drafts, clients, outbox")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8025)
    p.set_defaults(handler=cmd_web)
    p = commands.add_parser("hash-password", help="print the argon2 hash of a password read "
                                                  "from stdin (for INTAKE_WEB_PASSWORD_HASH)")
    p.set_defaults(handler=cmd_hash_password)
