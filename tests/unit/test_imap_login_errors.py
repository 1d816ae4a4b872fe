"""Which failed IMAP logins mean "wrong credentials" and which are a passing server trouble.

imapclient turns every error during LOGIN into ``LoginError``; the poller waits
ten minutes after a refusal but retries soon after a transient failure, so the
difference matters. Pure: the exceptions are built the way imapclient builds them.
"""

from __future__ import annotations

import imaplib

import pytest
from imapclient.exceptions import LoginError

from intake.sources.imap import _credentials_refused


def login_error(cause: Exception) -> LoginError:
    """Raise ``LoginError`` from inside an ``except`` block, as imapclient's login() does."""
    try:
        try:
            raise cause
        except imaplib.IMAP4.error as exc:
            raise LoginError(str(exc))  # noqa: B904 - exactly as imapclient does
    except LoginError as login:
        return login


@pytest.mark.parametrize(
    "reply",
    [
        "b'[AUTHENTICATIONFAILED] Authentication failed.'",
        "b'[AUTHORIZATIONFAILED] Not allowed.'",
        "b'[EXPIRED] Password expired.'",
        "b'LOGIN failed.'",  # a server with no response code: take it at its word
    ],
)
def test_refusals_are_credentials_problems(reply: str) -> None:
    assert _credentials_refused(login_error(imaplib.IMAP4.error(reply))) is True


@pytest.mark.parametrize(
    "cause",
    [
        imaplib.IMAP4.error("b'[UNAVAILABLE] Temporary authentication failure. [host:2026-11-26]'"),
        imaplib.IMAP4.abort("command: LOGIN => socket error: EOF"),
    ],
)
def test_server_trouble_during_login_is_not_a_refusal(cause: Exception) -> None:
    assert _credentials_refused(login_error(cause)) is False
