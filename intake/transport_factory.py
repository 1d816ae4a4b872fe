"""Picks the outbound transport from configuration: a :class:`Config` in, a Transport out.

``[smtp]`` set: :class:`SmtpTransport` (password from the variable that
``smtp.password_env`` names). Otherwise the embedded default, a
:class:`FolderTransport` writing ``.eml`` files to ``[outbound] folder``, or
``<config dir>/outbox`` when that is not set either.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from intake.config import Config
from intake.outbound.folder import FolderTransport
from intake.outbound.smtp import SmtpTransport
from intake.outbound.transport import Transport


def transport_from_config(config: Config, environ: Mapping[str, str] | None = None) -> Transport:
    """The transport every outbox send of this configuration uses."""
    smtp = config.smtp
    if smtp is None:
        return FolderTransport(config.outbound_folder or config.base_dir / "outbox")
    env = os.environ if environ is None else environ
    return SmtpTransport(
        smtp.host,
        smtp.port,
        tls=smtp.tls,  # type: ignore[arg-type]
        username=smtp.username or None,
        password=smtp.password(env) if smtp.username else None,
        timeout=smtp.timeout,
    )
